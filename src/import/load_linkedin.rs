//! Loading LinkedIn's export: connections become connected contacts (connected on their
//! day), invitations become requests (undecided incoming ones wait in triage; those from
//! or to a connection are followed by their acceptance), messages become message events
//! with every participant who is a contact, and my shares become my posts on LinkedIn.

use std::borrow::Cow;
use std::path::Path;

use chrono::{NaiveDate, TimeZone, Utc};

use crate::domain::capture::{ReceivedDay, same_request_without_link};
use crate::domain::identity::{normalise_name, normalise_profile_url_on};
use crate::domain::time::Timestamp;
use crate::domain::{ContactFields, ContactId, EventKind};
use crate::store::{OpenCapture, Store, StoreError};

use super::linkedin::archive::ExportFiles;
use super::linkedin::invitations::{Direction, Invitation};
use super::linkedin::messages::Message;
use super::linkedin::shares::Share;
use super::linkedin::{archive, connections, invitations, messages, shares};
use super::load_shares;
use super::loader::{FastMap, Loader};
use super::{
    Control, FileProblem, ImportError, ImportReport, ImportRequest, IssueReason, Parsed, Person,
    RowIssue, Step,
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
    std::thread::scope(|scope| {
        // The other files are read on the second core while connections are loaded:
        // messages.csv is the biggest file of an archive and needs nothing loaded first.
        let rest = scope.spawn(|| parse_rest(&files));
        load(store, &files, report, rest, ctl)
    })
}

/// Invitations, messages and shares of an archive, parsed.
struct Rest {
    invitations: Parsed<Invitation>,
    messages: Parsed<Message>,
    shares: Parsed<Share>,
}

fn parse_rest(files: &ExportFiles) -> Result<Rest, ImportError> {
    fn parse<T>(
        entry: Option<&archive::Entry>,
        parse: fn(&str, &[u8]) -> Result<Parsed<T>, ImportError>,
    ) -> Result<Parsed<T>, ImportError> {
        entry.map_or_else(
            || Ok(Parsed::default()),
            |e| unknown_layout_skipped(parse(&e.name, &e.bytes)),
        )
    }
    Ok(Rest {
        invitations: parse(files.invitations.as_ref(), invitations::parse)?,
        messages: parse(files.messages.as_ref(), messages::parse)?,
        shares: parse(files.shares.as_ref(), shares::parse)?,
    })
}

fn load(
    store: &mut Store,
    files: &ExportFiles,
    mut report: ImportReport,
    rest: std::thread::ScopedJoinHandle<'_, Result<Rest, ImportError>>,
    ctl: &mut Control<'_>,
) -> Result<ImportReport, ImportError> {
    let conns = match &files.connections {
        Some(e) => {
            ctl.step(&Step::Reading(e.name.clone()), 0)?;
            unknown_layout_skipped(connections::parse(&e.name, &e.bytes))?
        }
        None => Parsed::default(),
    };
    report.skipped.extend(conns.skipped);
    report.warnings.extend(conns.warnings);
    ctl.check()?;

    let rules = store.rules().clone();
    let li_rule = rules.require(PLATFORM).map_err(StoreError::from)?.clone();
    let mut loader = Loader::new(store.bulk()?, rules, report)?;
    let conn_file = files.connections.as_ref().map_or("", |e| e.name.as_str());
    let inv_file = files.invitations.as_ref().map_or("", |e| e.name.as_str());

    // Connections.
    let step = &Step::Connections;
    let total = conns.records.len() as u64;
    ctl.step(step, total)?;
    let mut connected: Vec<Loaded> = Vec::with_capacity(conns.records.len());
    let mut by_url: FastMap<String, usize> = FastMap::default();
    let mut by_name: FastMap<String, usize> = FastMap::default();
    for (i, c) in conns.records.into_iter().enumerate() {
        ctl.row(step, i as u64, total)?;
        let name = normalise_name(&c.first_name, &c.last_name);
        let url = normalise_profile_url_on(&li_rule, &c.url).ok();
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
            connected_on: Some(c.connected_on),
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

    let Rest {
        invitations: invs,
        messages: msgs,
        shares: posts,
    } = rest
        .join()
        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))?;
    for skipped in [invs.skipped, msgs.skipped, posts.skipped] {
        loader.report.skipped.extend(skipped);
    }
    for warnings in [invs.warnings, msgs.warnings, posts.warnings] {
        loader.report.warnings.extend(warnings);
    }
    refuse_if_nothing_known(files, &loader.report.skipped)?;
    ctl.check()?;

    // Invitations.
    loader.new_stage();
    let mut captures = loader.bulk().open_captures(PLATFORM)?;
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
            (&by_url, &by_name),
            &mut captures,
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
    let mut owners: FastMap<&str, Option<ContactId>> = FastMap::default();
    for (i, m) in msgs.records.iter().enumerate() {
        ctl.row(step, i as u64, total)?;
        let sender = Some(m.sender_url.as_str())
            .filter(|u| !u.is_empty())
            .and_then(|u| owner_of(&mut owners, &loader, u));
        let mut contacts: Vec<ContactId> = m
            .recipient_urls
            .iter()
            .filter_map(|u| owner_of(&mut owners, &loader, u))
            .collect();
        let recipients_found = !contacts.is_empty();
        contacts.extend(sender);
        // Older exports have no links, or the sender's only (2022), and connections from
        // an export without links have none stored: participants not found by a link are
        // matched by name against this archive's connections.
        let unlinked_from = sender.is_none().then_some(m.from.as_str());
        let unlinked_to = (!recipients_found).then_some(m.to.as_str());
        if unlinked_from.is_some() || unlinked_to.is_some() {
            contacts.extend(
                unlinked_from
                    .into_iter()
                    .chain(unlinked_to.into_iter().flat_map(|to| to.split(',')))
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
    // Skipped rows file by file in the order they were loaded, each file's by line,
    // whether the file's reader or the loader skipped them.
    let order = [
        &files.connections,
        &files.invitations,
        &files.messages,
        &files.shares,
    ]
    .map(|e| e.as_ref().map(|e| e.name.as_str()));
    let rank = |file: &str| order.iter().position(|f| *f == Some(file));
    loader
        .report
        .skipped
        .sort_by_key(|issue| (rank(&issue.file), issue.line));
    ctl.step(&Step::Saving, 0)?;
    loader.finish()
}

/// The contact whose LinkedIn profile `url` is, each link looked up once.
fn owner_of<'m>(
    owners: &mut FastMap<&'m str, Option<ContactId>>,
    loader: &Loader<'_>,
    url: &'m str,
) -> Option<ContactId> {
    *owners
        .entry(url)
        .or_insert_with(|| loader.by_profile(PLATFORM, url))
}

/// One invitation: the request, and its acceptance when they are a connection. An
/// incoming one that was captured before (pasted, from a mail, typed in) is that request:
/// the export's event, with the exact time, replaces the captured one, and the captured
/// person gets the export's link.
fn invitation(
    loader: &mut Loader<'_>,
    inv: &Invitation,
    file: &str,
    connected: &mut [Loaded],
    (by_url, by_name): (&FastMap<String, usize>, &FastMap<String, usize>),
    open_captures: &mut Vec<OpenCapture>,
) -> Result<(), ImportError> {
    let (name, url) = inv.other();
    let (first, last) = Person::split_name(name);
    let normalised = loader
        .rules()
        .get(PLATFORM)
        .and_then(|rule| normalise_profile_url_on(rule, url).ok());
    let conn = match &normalised {
        Some(u) => by_url.get(u),
        None => by_name.get(&normalise_name(&first, &last)),
    };
    let sent_at = Utc.from_utc_datetime(&inv.sent_at);
    let captured = (inv.direction == Direction::Incoming)
        .then(|| {
            let name = normalise_name(&first, &last);
            open_captures
                .iter()
                .position(|c| match (&c.url, &normalised) {
                    (Some(have), Some(u)) => have == u,
                    _ => same_request_without_link(
                        &c.name_key,
                        &c.note,
                        ReceivedDay {
                            day: c.at.date_naive(),
                            exact: c.exact,
                        },
                        &name,
                        &inv.message,
                        ReceivedDay {
                            day: sent_at.date_naive(),
                            exact: true,
                        },
                    ),
                })
        })
        .flatten()
        .map(|i| open_captures.swap_remove(i));
    let contact = if let Some(&i) = conn {
        let l = &mut connected[i];
        l.invited_at = Some(l.invited_at.map_or(sent_at, |t| t.max(sent_at)));
        l.contact
    } else if let Some(c) = &captured {
        let person = Person {
            fields: ContactFields::named(&first, &last),
            profiles: vec![(
                PLATFORM.to_owned(),
                Some(url.to_owned()).filter(|u| !u.is_empty()),
            )],
            tags: Vec::new(),
            connected_on: None,
            file: file.to_owned(),
            line: inv.line,
        };
        loader.update_known(c.contact, person)?;
        c.contact
    } else {
        let person = Person {
            fields: ContactFields::named(&first, &last),
            profiles: vec![(
                PLATFORM.to_owned(),
                Some(url.to_owned()).filter(|u| !u.is_empty()),
            )],
            tags: Vec::new(),
            connected_on: None,
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
    let appended = loader.event(contact, PLATFORM, kind, sent_at, &inv.message, SOURCE)?;
    if let Some(c) = captured
        && appended
    {
        let by = loader.bulk().last_event_id();
        loader.bulk().supersede_capture(c.contact, c.event, by)?;
    }
    Ok(())
}

/// A file of the export whose header is not one of the layouts known is left out with a
/// note naming it, instead of refusing the whole export; a file that is no CSV at all
/// (an unbalanced quote) is still refused.
fn unknown_layout_skipped<T>(
    parsed: Result<Parsed<T>, ImportError>,
) -> Result<Parsed<T>, ImportError> {
    match parsed {
        Err(ImportError::Invalid {
            file,
            line: None,
            reason: reason @ (FileProblem::NoHeader { .. } | FileProblem::MissingColumn { .. }),
        }) => Ok(Parsed {
            records: Vec::new(),
            warnings: Vec::new(),
            skipped: vec![RowIssue::new(
                &file,
                0,
                IssueReason::UnknownLayout { problem: reason },
            )],
        }),
        other => other,
    }
}

/// An export none of whose files is in a known layout is no export this version can
/// read: refused with the first file's problem (nothing has been written).
fn refuse_if_nothing_known(files: &ExportFiles, skipped: &[RowIssue]) -> Result<(), ImportError> {
    let mut unknown = skipped.iter().filter_map(|i| match &i.reason {
        IssueReason::UnknownLayout { problem } => Some((&i.file, problem)),
        _ => None,
    });
    let first = unknown.next();
    if let Some((file, problem)) = first
        && unknown.count() + 1 == files.entries().count()
    {
        return Err(ImportError::file(file.clone(), problem.clone()));
    }
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
