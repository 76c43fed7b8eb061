//! Captured requests: writing them (one person, however they came in), the open ones a
//! later export may bring again, the pending requests with where they came from, and the
//! decisions still to be carried out on the platform.

use rusqlite::{Connection, OptionalExtension as _, Transaction, params};
use serde::Serialize;

use super::StoreError;
use super::sql_types::{secs, time};
use crate::domain::capture::{
    CaptureSource, CapturedRequest, ReceivedDay, note_key, same_request_without_link,
};
use crate::domain::contact::MAX_FIELD_CHARS;
use crate::domain::identity::{normalise_name, normalise_profile_url_on};
use crate::domain::signals::{Job, JobChange};
use crate::domain::time::Timestamp;
use crate::domain::{ContactFields, ContactId, EventId, EventKind, NewEvent, PlatformRules};

/// A profile link matches an earlier request of the same person when the two days are at
/// most this far apart: a page says "1 week ago" for 7 to 13 days.
const SAME_REQUEST_DAYS: i64 = 14;

/// What capturing a list of requests did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct CaptureReport {
    /// Requests new to the log.
    pub added: u64,
    /// Requests the log had already (captured before, or brought by an export).
    pub existing: u64,
    /// Of the existing ones, those this capture completed (a profile link, a headline).
    pub completed: u64,
    /// Contacts made for new people.
    #[serde(skip)]
    pub created_contacts: Vec<ContactId>,
    /// The request events appended.
    #[serde(skip)]
    pub created_events: Vec<EventId>,
    /// Every contact changed.
    #[serde(skip)]
    pub touched: Vec<ContactId>,
}

/// A request already in the log, as captures are compared with it.
struct Known {
    contact: ContactId,
    name_key: String,
    note: String,
    at: Timestamp,
    /// Whether `at` is an exact time (an export's, a mail's) rather than a pasted day.
    exact: bool,
    pending: bool,
}

/// Writes `requests` in the open transaction: each is a new request, or one the log has.
/// A request is the same as one in the log by its profile link (normal form) on the same
/// platform, else by name, platform, note and day (or, for a request still pending, name,
/// platform and note). A known request gets what it lacked (the link, the headline as
/// position); nothing is added twice.
pub(crate) fn capture(
    tx: &Transaction<'_>,
    rules: &PlatformRules,
    requests: Vec<CapturedRequest>,
    now: Timestamp,
) -> Result<CaptureReport, StoreError> {
    let mut report = CaptureReport::default();
    for req in requests {
        let req = req.validated()?;
        let rule = rules.require(&req.platform)?;
        // A link on the platform that is no profile (a mail's opaque `comm/profile/view?id=`,
        // the invitation page) would make everyone with it one person: left out.
        let url = match req.profile_url.as_deref().map(str::trim) {
            Some(u) if !u.is_empty() => Some(normalise_profile_url_on(rule, u)?).filter(|n| {
                n.starts_with(&format!("{}/{}/", rule.profile_host, rule.profile_path))
            }),
            _ => None,
        };
        let known = known_requests(tx, &req.platform)?;
        let by_url = match &url {
            Some(u) => owner_of(tx, &req.platform, u)?,
            None => None,
        };
        let name_key = req.name_key();
        let same = known.iter().find(|k| match by_url {
            Some(owner) => {
                k.contact == owner
                    && (k.pending || (k.at - req.received_at).num_days().abs() <= SAME_REQUEST_DAYS)
            }
            None => {
                url.as_ref()
                    .is_none_or(|_| !has_link(tx, k.contact, &req.platform))
                    && (same_request_without_link(
                        &k.name_key,
                        &k.note,
                        ReceivedDay {
                            day: k.at.date_naive(),
                            exact: k.exact,
                        },
                        &name_key,
                        &req.note,
                        ReceivedDay {
                            day: req.day(),
                            exact: req.exact_time,
                        },
                    ) || (k.pending
                        && k.name_key == name_key
                        && note_key(&k.note) == note_key(&req.note)))
            }
        });
        if let Some(k) = same {
            report.existing += 1;
            if complete(tx, rules, k.contact, &req, url.as_deref(), now, &mut report)? {
                report.completed += 1;
                report.touched.push(k.contact);
            }
            continue;
        }
        let contact = if let Some(c) = by_url {
            complete(tx, rules, c, &req, None, now, &mut report)?;
            c
        } else {
            let fields = ContactFields {
                first_name: req.first_name.clone(),
                last_name: req.last_name.clone(),
                position: req.headline.chars().take(MAX_FIELD_CHARS).collect(),
                ..ContactFields::default()
            }
            .validated()?;
            let id = super::contacts::insert(tx, &fields, now)?;
            super::contacts::set_normalised_profile(tx, rules, id, &req.platform, url.as_deref())?;
            report.created_contacts.push(id);
            id
        };
        let event = NewEvent {
            contact_id: contact,
            platform: req.platform.clone(),
            kind: EventKind::RequestReceived,
            at: req.received_at,
            message: req.note.trim().to_owned(),
            source: req.source.event_source().to_owned(),
        };
        let id = super::events::append(tx, rules, &event, now)?;
        tx.prepare_cached(
            "INSERT INTO captured_requests (event_id, name, headline, invitation_url, mutual, exact_time)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?
        .execute(params![
            id,
            req.display_name(),
            req.headline,
            req.invitation_url,
            req.mutual_connections,
            req.exact_time
        ])?;
        super::relationships::refresh(tx, contact, &req.platform)?;
        report.added += 1;
        report.created_events.push(id);
        report.touched.push(contact);
    }
    report.touched.sort_unstable();
    report.touched.dedup();
    Ok(report)
}

/// Every live request received on `platform`, with whether it still waits for a decision.
fn known_requests(conn: &Connection, platform: &str) -> Result<Vec<Known>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT c.id, c.first_name, c.last_name, e.message, e.at,
                coalesce(r.state = 'request_received', 0), coalesce(k.exact_time, 1)
         FROM events e JOIN contacts c ON c.id = e.contact_id
         LEFT JOIN relationships r ON r.contact_id = e.contact_id AND r.platform = e.platform
         LEFT JOIN captured_requests k ON k.event_id = e.id
         WHERE e.kind = ?1 AND e.platform = ?2 AND c.deleted_at IS NULL
           AND NOT EXISTS (SELECT 1 FROM event_retractions x WHERE x.event_id = e.id)",
    )?;
    let rows = stmt.query_map(params![EventKind::RequestReceived, platform], |r| {
        Ok(Known {
            contact: r.get(0)?,
            name_key: normalise_name(&r.get::<_, String>(1)?, &r.get::<_, String>(2)?),
            note: r.get(3)?,
            at: time(r.get(4)?),
            pending: r.get(5)?,
            exact: r.get(6)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// The live contact whose profile on `platform` is `url` (normal form).
fn owner_of(conn: &Connection, platform: &str, url: &str) -> Result<Option<ContactId>, StoreError> {
    Ok(conn
        .prepare_cached(
            "SELECT p.contact_id FROM profiles p JOIN contacts c ON c.id = p.contact_id
             WHERE p.platform = ?1 AND p.url = ?2 AND c.deleted_at IS NULL",
        )?
        .query_row(params![platform, url], |r| r.get(0))
        .optional()?)
}

fn has_link(conn: &Connection, contact: ContactId, platform: &str) -> bool {
    conn.prepare_cached(
        "SELECT 1 FROM profiles WHERE contact_id = ?1 AND platform = ?2 AND url IS NOT NULL",
    )
    .and_then(|mut s| s.exists(params![contact, platform]))
    .unwrap_or(false)
}

/// Gives a known contact what the capture knows and it lacks: the profile link on the
/// platform, the headline as position. Returns whether anything changed.
fn complete(
    tx: &Transaction<'_>,
    rules: &PlatformRules,
    contact: ContactId,
    req: &CapturedRequest,
    url: Option<&str>,
    now: Timestamp,
    report: &mut CaptureReport,
) -> Result<bool, StoreError> {
    let mut changed = false;
    if let Some(u) = url
        && !has_link(tx, contact, &req.platform)
        && owner_of(tx, &req.platform, u)?.is_none()
    {
        super::contacts::set_normalised_profile(tx, rules, contact, &req.platform, Some(u))?;
        changed = true;
    }
    let c = super::contacts::require(tx, contact)?;
    // A headline that states another job than the one known is a job change, as a later
    // export's would be: the event once, and the fields follow. Only against a job known
    // with its company (from an export or a card): a position that is itself an earlier
    // headline is no job to compare with.
    let have = Job::new(&c.fields.company, &c.fields.position);
    let change = (!have.company.is_empty())
        .then(|| Job::from_headline(&req.headline))
        .flatten()
        .and_then(|stated| JobChange::detect(&have, &stated));
    if let Some(change) = change {
        let event = NewEvent {
            contact_id: contact,
            platform: req.platform.clone(),
            kind: EventKind::JobChanged,
            at: req.received_at,
            message: change.to_message(),
            source: req.source.event_source().to_owned(),
        };
        // With the captured events, so that undoing the capture takes it back too.
        report
            .created_events
            .push(super::events::append(tx, rules, &event, now)?);
        let fields = ContactFields {
            company: change.to.company.chars().take(MAX_FIELD_CHARS).collect(),
            position: change.to.position.chars().take(MAX_FIELD_CHARS).collect(),
            ..c.fields
        }
        .validated()?;
        super::contacts::update(tx, contact, &fields, now)?;
        return Ok(true);
    }
    if c.fields.position.is_empty() && !req.headline.trim().is_empty() {
        let fields = ContactFields {
            position: req.headline.chars().take(MAX_FIELD_CHARS).collect(),
            ..c.fields
        }
        .validated()?;
        super::contacts::update(tx, contact, &fields, now)?;
        changed = true;
    }
    Ok(changed)
}

/// A captured request still open to be replaced by an export's (not yet superseded, not
/// retracted).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenCapture {
    pub event: EventId,
    pub contact: ContactId,
    pub name_key: String,
    pub note: String,
    pub at: Timestamp,
    /// The contact's profile link on the platform (normal form), if known.
    pub url: Option<String>,
    /// Whether `at` is exact (a mail's date) or a pasted or typed-in day.
    pub exact: bool,
}

pub(crate) fn open_captures(
    conn: &Connection,
    platform: &str,
) -> Result<Vec<OpenCapture>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT e.id, c.id, c.first_name, c.last_name, e.message, e.at, p.url, k.exact_time
         FROM captured_requests k JOIN events e ON e.id = k.event_id
         JOIN contacts c ON c.id = e.contact_id
         LEFT JOIN profiles p ON p.contact_id = c.id AND p.platform = e.platform
         WHERE e.platform = ?1 AND k.superseded_by IS NULL AND c.deleted_at IS NULL
           AND NOT EXISTS (SELECT 1 FROM event_retractions x WHERE x.event_id = e.id)",
    )?;
    let rows = stmt.query_map([platform], |r| {
        Ok(OpenCapture {
            event: r.get(0)?,
            contact: r.get(1)?,
            name_key: normalise_name(&r.get::<_, String>(2)?, &r.get::<_, String>(3)?),
            note: r.get(4)?,
            at: time(r.get(5)?),
            url: r.get(6)?,
            exact: r.get(7)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Marks a captured request as brought again by an export: its event is retracted (the
/// export's, with the exact time, is the request now) and the export's event named.
pub(crate) fn supersede(
    conn: &Connection,
    captured: EventId,
    by: EventId,
    now: Timestamp,
) -> Result<(), StoreError> {
    conn.prepare_cached("UPDATE captured_requests SET superseded_by = ?2 WHERE event_id = ?1")?
        .execute(params![captured, by])?;
    super::events::retract(conn, &[captured], now)?;
    Ok(())
}

/// A pending request as `followdesk triage list` and the to-do lists show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestDetails {
    pub contact: ContactId,
    pub platform: String,
    /// The contact's profile link on the platform (normal form).
    pub profile_url: Option<String>,
    pub invitation_url: Option<String>,
    pub headline: String,
    pub mutual_connections: Option<u32>,
    pub source: Option<CaptureSource>,
}

pub(crate) fn details(
    conn: &Connection,
    contact: ContactId,
    platform: &str,
) -> Result<RequestDetails, StoreError> {
    let url: Option<String> = conn
        .prepare_cached("SELECT url FROM profiles WHERE contact_id = ?1 AND platform = ?2")?
        .query_row(params![contact, platform], |r| r.get(0))
        .optional()?
        .flatten();
    let latest = conn
        .prepare_cached(
            "SELECT e.source, k.invitation_url, k.headline, k.mutual FROM events e
             LEFT JOIN captured_requests k ON k.event_id = e.id
             WHERE e.contact_id = ?1 AND e.platform = ?2 AND e.kind = ?3
               AND NOT EXISTS (SELECT 1 FROM event_retractions x WHERE x.event_id = e.id)
             ORDER BY e.at DESC, e.id DESC LIMIT 1",
        )?
        .query_row(
            params![contact, platform, EventKind::RequestReceived],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, Option<String>>(1)?,
                    r.get::<_, Option<String>>(2)?,
                    r.get::<_, Option<u32>>(3)?,
                ))
            },
        )
        .optional()?;
    let (source, invitation_url, headline, mutual) = latest.unwrap_or_default();
    Ok(RequestDetails {
        contact,
        platform: platform.to_owned(),
        profile_url: url,
        invitation_url,
        headline: headline.unwrap_or_default(),
        mutual_connections: mutual,
        source: CaptureSource::of_event_source(&source),
    })
}

/// A decision taken here and not yet carried out on the platform.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlatformTodo {
    pub contact: ContactId,
    pub first_name: String,
    pub last_name: String,
    pub platform: String,
    /// The decision: accepted, redirected to Follow or declined.
    pub decision: EventKind,
    pub decided_at: Timestamp,
    pub details: RequestDetails,
}

/// Decisions on requests taken here since `since` that wait to be done on the platform:
/// no "done on the platform" after them, and — for an acceptance — no connection an import
/// brought after them. Newest first.
pub(crate) fn platform_todos(
    conn: &Connection,
    since: Timestamp,
) -> Result<Vec<PlatformTodo>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT c.id, c.first_name, c.last_name, d.platform, d.kind, d.at FROM events d
         JOIN contacts c ON c.id = d.contact_id
         WHERE d.kind IN ('request_accepted', 'redirected_to_follow', 'request_declined')
           AND d.source = 'manual' AND d.at >= ?1 AND c.deleted_at IS NULL
           AND NOT EXISTS (SELECT 1 FROM event_retractions x WHERE x.event_id = d.id)
           AND d.id = (SELECT d2.id FROM events d2 WHERE d2.contact_id = d.contact_id
                AND d2.platform = d.platform
                AND d2.kind IN ('request_accepted', 'redirected_to_follow', 'request_declined')
                AND NOT EXISTS (SELECT 1 FROM event_retractions x WHERE x.event_id = d2.id)
                ORDER BY d2.at DESC, d2.id DESC LIMIT 1)
           AND EXISTS (SELECT 1 FROM events q WHERE q.contact_id = d.contact_id
                AND q.platform = d.platform AND q.kind = 'request_received'
                AND NOT EXISTS (SELECT 1 FROM event_retractions x WHERE x.event_id = q.id))
           AND NOT EXISTS (SELECT 1 FROM events k WHERE k.contact_id = d.contact_id
                AND k.platform = d.platform AND k.id > d.id
                AND NOT EXISTS (SELECT 1 FROM event_retractions x WHERE x.event_id = k.id)
                AND (k.kind = 'done_on_platform'
                     OR (d.kind = 'request_accepted' AND k.kind IN ('connected', 'request_accepted')
                         AND k.source <> 'manual')))
         ORDER BY d.at DESC, d.id DESC",
    )?;
    let rows = stmt.query_map([secs(since)], |r| {
        Ok((
            r.get::<_, ContactId>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, EventKind>(4)?,
            time(r.get(5)?),
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (contact, first_name, last_name, platform, decision, decided_at) = row?;
        let details = details(conn, contact, &platform)?;
        out.push(PlatformTodo {
            contact,
            first_name,
            last_name,
            platform,
            decision,
            decided_at,
            details,
        });
    }
    Ok(out)
}

impl super::Bulk<'_> {
    /// Captures requests inside this bulk write, so that an import (the invitation mails)
    /// records them and its journal entry in one transaction.
    pub fn capture_requests(
        &mut self,
        requests: Vec<CapturedRequest>,
    ) -> Result<CaptureReport, StoreError> {
        capture(&self.tx, self.rules, requests, self.now)
    }
}

impl super::Store {
    /// Captures requests in one transaction (the loader the paste, mail and quick-entry
    /// paths share): all are written, or on an error none. See [`capture`].
    pub fn capture_requests(
        &mut self,
        requests: Vec<CapturedRequest>,
    ) -> Result<CaptureReport, StoreError> {
        let tx = super::write(&mut self.conn, self.path.as_deref())?;
        let report = capture(&tx, &self.rules, requests, crate::domain::time::now())?;
        tx.commit()?;
        Ok(report)
    }

    /// Where a pending request came from, its links and what the capture saw.
    pub fn request_details(
        &self,
        contact: ContactId,
        platform: &str,
    ) -> Result<RequestDetails, StoreError> {
        details(&self.conn, contact, platform)
    }

    /// Decisions since `since` still to be carried out on the platform, newest first.
    pub fn platform_todos(&self, since: Timestamp) -> Result<Vec<PlatformTodo>, StoreError> {
        platform_todos(&self.conn, since)
    }
}
