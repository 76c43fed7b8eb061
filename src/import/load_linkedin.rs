//! Loading LinkedIn's export: connections become connected contacts (connected on their
//! day), invitations become requests (undecided incoming ones wait in triage; those from
//! or to a connection are followed by their acceptance), messages become message events
//! with every participant who is a contact, and my shares become my posts on LinkedIn.

use std::borrow::Cow;
use std::collections::HashMap;
use std::path::Path;

use chrono::{NaiveDate, TimeZone, Utc};

use crate::domain::identity::{normalise_name, normalise_profile_url};
use crate::domain::time::Timestamp;
use crate::domain::{ContactFields, ContactId, EventKind};
use crate::store::Store;

use super::linkedin::invitations::{Direction, Invitation};
use super::linkedin::{archive, connections, invitations, messages, shares};
use super::load_shares;
use super::loader::Loader;
use super::{
    Control, ImportError, ImportReport, ImportRequest, IssueReason, Parsed, Person, RowIssue, Step,
};

/// The platform and the event source of this import.
const PLATFORM: &str = "linkedin";
const SOURCE: &str = "linkedin-export";
/// Longest message text kept on a message event (characters).
const MESSAGE_CHARS: usize = 500;

/// One connection of this archive, once loaded.
struct Loaded {
    contact: ContactId,
    connected_on: NaiveDate,
    /// When an invitation from or to them was sent (the latest).
    invited_at: Option<Timestamp>,
}

pub(super) fn run(
    store: &mut Store,
    request: &ImportRequest,
    path: &Path,
    ctl: &mut Control<'_>,
) -> Result<ImportReport, ImportError> {
    ctl.step(&Step::ReadingArchive, 0)?;
    let files = archive::open(path)?;
    let mut report = ImportReport::new(request.kind, &request.paths);
    report.files = files.entries().map(|e| e.name.clone()).collect();

    let conns = match &files.connections {
        Some(e) => {
            ctl.step(&Step::Reading(e.name.clone()), 0)?;
            connections::parse(&e.name, &e.bytes)?
        }
        None => Parsed::default(),
    };
    let invs = match &files.invitations {
        Some(e) => {
            ctl.step(&Step::Reading(e.name.clone()), 0)?;
            invitations::parse(&e.name, &e.bytes)?
        }
        None => Parsed::default(),
    };
    let msgs = match &files.messages {
        Some(e) => {
            ctl.step(&Step::Reading(e.name.clone()), 0)?;
            messages::parse(&e.name, &e.bytes)?
        }
        None => Parsed::default(),
    };
    let posts = match &files.shares {
        Some(e) => {
            ctl.step(&Step::Reading(e.name.clone()), 0)?;
            shares::parse(&e.name, &e.bytes)?
        }
        None => Parsed::default(),
    };
    for p in [&conns.skipped, &invs.skipped, &msgs.skipped, &posts.skipped] {
        report.skipped.extend(p.iter().cloned());
    }
    ctl.check()?;

    let rules = store.rules().clone();
    let mut loader = Loader::new(store.bulk()?, rules, report)?;
    let conn_file = files.connections.as_ref().map_or("", |e| e.name.as_str());
    let inv_file = files.invitations.as_ref().map_or("", |e| e.name.as_str());

    // Connections.
    let step = &Step::Connections;
    let total = conns.records.len() as u64;
    ctl.step(step, total)?;
    let mut connected: Vec<Loaded> = Vec::with_capacity(conns.records.len());
    let mut by_url: HashMap<String, usize> = HashMap::new();
    let mut by_name: HashMap<String, usize> = HashMap::new();
    for (i, c) in conns.records.into_iter().enumerate() {
        ctl.row(step, i as u64, total)?;
        let name = normalise_name(&c.first_name, &c.last_name);
        let url = normalise_profile_url(&c.url).ok();
        let person = Person {
            fields: ContactFields {
                first_name: c.first_name,
                last_name: c.last_name,
                company: c.company,
                position: c.position,
                email: c.email,
                ..ContactFields::default()
            },
            profiles: vec![(PLATFORM.to_owned(), Some(c.url).filter(|u| !u.is_empty()))],
            tags: Vec::new(),
            file: conn_file.to_owned(),
            line: c.line,
        };
        let Some(contact) = loader.person(person)? else {
            continue;
        };
        let idx = connected.len();
        connected.push(Loaded {
            contact,
            connected_on: c.connected_on,
            invited_at: None,
        });
        if let Some(u) = url {
            by_url.insert(u, idx);
        }
        by_name.entry(name).or_insert(idx);
    }

    // Invitations.
    loader.new_stage();
    let step = &Step::Invitations;
    let total = invs.records.len() as u64;
    ctl.step(step, total)?;
    for (i, inv) in invs.records.iter().enumerate() {
        ctl.row(step, i as u64, total)?;
        invitation(
            &mut loader,
            inv,
            inv_file,
            &mut connected,
            &by_url,
            &by_name,
        )?;
    }

    // Connection events: accepted requests, or plain connections.
    for l in &connected {
        let day = midnight(l.connected_on);
        match l.invited_at {
            Some(sent) => loader.event(
                l.contact,
                PLATFORM,
                EventKind::RequestAccepted,
                day.max(sent),
                "",
                SOURCE,
            )?,
            None => loader.event(l.contact, PLATFORM, EventKind::Connected, day, "", SOURCE)?,
        };
    }

    // Messages.
    let step = &Step::Messages;
    let total = msgs.records.len() as u64;
    ctl.step(step, total)?;
    let msg_file = files.messages.as_ref().map_or("", |e| e.name.as_str());
    // The same few links come back in message after message (mine in every one): each is
    // normalised and looked up once. Messages add no contacts, so the answers hold.
    let mut owners: HashMap<&str, Option<ContactId>> = HashMap::new();
    for (i, m) in msgs.records.iter().enumerate() {
        ctl.row(step, i as u64, total)?;
        let mut contacts: Vec<ContactId> = m
            .participant_urls()
            .filter_map(|u| {
                *owners
                    .entry(u)
                    .or_insert_with(|| loader.by_profile(PLATFORM, u))
            })
            .collect();
        if m.sender_url.is_empty() && m.recipient_urls.is_empty() {
            // Older exports: no links, so match names against this archive's connections.
            contacts.extend(
                std::iter::once(m.from.as_str())
                    .chain(m.to.split(','))
                    .filter_map(|n| {
                        let (f, l) = Person::split_name(n);
                        by_name.get(&normalise_name(&f, &l))
                    })
                    .map(|&i| connected[i].contact),
            );
        }
        contacts.sort_unstable();
        contacts.dedup();
        if contacts.is_empty() {
            loader.report.skipped.push(RowIssue::new(
                msg_file,
                m.line,
                IssueReason::NoParticipant {
                    from: m.from.clone(),
                    to: m.to.clone(),
                },
            ));
            continue;
        }
        let text = message_text(&m.subject, &m.content);
        for c in contacts {
            loader.event(c, PLATFORM, EventKind::Message, m.at, &text, SOURCE)?;
        }
    }
    load_shares::load(&mut loader, PLATFORM, SOURCE, &posts.records, ctl)?;
    ctl.step(&Step::Saving, 0)?;
    loader.finish()
}

/// One invitation: the request, and its acceptance when they are a connection.
fn invitation(
    loader: &mut Loader<'_>,
    inv: &Invitation,
    file: &str,
    connected: &mut [Loaded],
    by_url: &HashMap<String, usize>,
    by_name: &HashMap<String, usize>,
) -> Result<(), ImportError> {
    let (name, url) = inv.other();
    let (first, last) = Person::split_name(name);
    let conn = match normalise_profile_url(url) {
        Ok(u) => by_url.get(&u),
        Err(_) => by_name.get(&normalise_name(&first, &last)),
    };
    let sent_at = Utc.from_utc_datetime(&inv.sent_at);
    let contact = if let Some(&i) = conn {
        let l = &mut connected[i];
        l.invited_at = Some(l.invited_at.map_or(sent_at, |t| t.max(sent_at)));
        l.contact
    } else {
        let person = Person {
            fields: ContactFields::named(&first, &last),
            profiles: vec![(
                PLATFORM.to_owned(),
                Some(url.to_owned()).filter(|u| !u.is_empty()),
            )],
            tags: Vec::new(),
            file: file.to_owned(),
            line: inv.line,
        };
        match loader.person(person)? {
            Some(id) => id,
            None => return Ok(()),
        }
    };
    let kind = match inv.direction {
        Direction::Incoming => EventKind::RequestReceived,
        Direction::Outgoing => EventKind::RequestSent,
    };
    loader.event(contact, PLATFORM, kind, sent_at, &inv.message, SOURCE)?;
    Ok(())
}

fn midnight(day: NaiveDate) -> Timestamp {
    Utc.from_utc_datetime(&day.and_time(chrono::NaiveTime::MIN))
}

/// Subject and content, shortened for the event log (borrowed when it is the content as is).
fn message_text<'a>(subject: &str, content: &'a str) -> Cow<'a, str> {
    let text: Cow<'a, str> = match (subject.is_empty(), content.is_empty()) {
        (false, false) => format!("{subject}: {content}").into(),
        (false, true) => subject.to_owned().into(),
        _ => content.into(),
    };
    if text.chars().count() > MESSAGE_CHARS {
        let mut t: String = text.chars().take(MESSAGE_CHARS - 1).collect();
        t.push('…');
        t.into()
    } else {
        text
    }
}
