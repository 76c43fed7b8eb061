//! `team sync`: the union of append-only logs. My new events (and retractions) are pushed
//! with `ON CONFLICT DO NOTHING` on their uuid, then the others' events are pulled by server
//! sequence number greater than my mark, each page stored with the new mark in one local
//! transaction. Any step may fail or be cut off; repeating the sync adds nothing twice and
//! loses nothing: a page pushed but not marked is pushed again and ignored by the server,
//! a page pulled but not stored is pulled again.

use postgres::Client;

use super::{TeamError, TeamUrl, connect, schema};
use crate::domain::EventKind;
use crate::domain::team::{Claim, PersonRef, TeamEvent};
use crate::domain::time::{from_secs, now};
use crate::store::Store;

/// How a sync runs.
#[derive(Debug, Clone, Copy)]
pub struct SyncOptions {
    /// Rows per round trip (and per local transaction).
    pub batch: usize,
    /// Stops with [`TeamError::Interrupted`] after this many batches, at the worst moment
    /// to be cut off: a push batch committed on the server but not marked here, a pulled
    /// page fetched but not stored. For tests of interrupted syncs.
    pub stop_after_batches: Option<usize>,
}

impl Default for SyncOptions {
    fn default() -> Self {
        Self {
            batch: 5_000,
            stop_after_batches: None,
        }
    }
}

/// What a sync did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SyncReport {
    pub pushed: u64,
    pub retractions: u64,
    /// Other reps' events (and retractions) pulled.
    pub pulled: u64,
    /// Open claims on the team after the sync.
    pub claims: u64,
}

/// Syncs `store` with the team it joined, recording the outcome (or the error, in words)
/// in the store for the app's status line.
pub fn sync(store: &mut Store, opts: SyncOptions) -> Result<SyncReport, TeamError> {
    let state = store.team_state()?.ok_or(TeamError::NotJoined)?;
    let url = TeamUrl::parse(&state.url)?;
    let result = connect(&url).and_then(|mut client| {
        schema::check(&mut client, &url)?;
        sync_with(store, &mut client, &state.rep, opts)
    });
    match &result {
        Ok(_) => store.team_record_sync(now(), None)?,
        Err(e) => store.team_record_sync(now(), Some(&e.to_string()))?,
    }
    result
}

struct Batches {
    done: usize,
    stop_after: Option<usize>,
}

impl Batches {
    /// Counts a batch the server committed; fails when a test asked to stop here.
    fn committed(&mut self) -> Result<(), TeamError> {
        self.done += 1;
        match self.stop_after {
            Some(n) if self.done >= n => Err(TeamError::Interrupted(self.done)),
            _ => Ok(()),
        }
    }
}

fn sync_with(
    store: &mut Store,
    client: &mut Client,
    me: &str,
    opts: SyncOptions,
) -> Result<SyncReport, TeamError> {
    let mut report = SyncReport::default();
    let mut batches = Batches {
        done: 0,
        stop_after: opts.stop_after_batches,
    };
    let batch = opts.batch.max(1);
    push_events(store, client, batch, &mut batches, &mut report)?;
    push_retractions(store, client, &mut batches, &mut report)?;
    pull(store, client, me, batch, &mut batches, &mut report)?;
    report.claims = pull_directory(store, client)?;
    Ok(report)
}

fn push_events(
    store: &mut Store,
    client: &mut Client,
    batch: usize,
    batches: &mut Batches,
    report: &mut SyncReport,
) -> Result<(), TeamError> {
    let server = |e: postgres::Error| TeamError::server(&e);
    loop {
        let mark = store
            .team_state()?
            .ok_or(TeamError::NotJoined)?
            .pushed_event;
        let page = store.team_outgoing(mark, batch)?;
        let Some(last) = page.last().map(|e| e.local_id) else {
            return Ok(());
        };
        let mut cols = Columns::default();
        for e in &page {
            cols.uuid.push(e.uuid.clone());
            cols.platform.push(e.platform.clone());
            cols.kind.push(e.kind.code().to_owned());
            cols.at.push(e.at.timestamp());
            cols.url.push(e.person.url.clone());
            cols.email.push(e.person.email.clone());
            cols.name.push(e.person_name.clone());
        }
        let n = client
            .execute(
                "INSERT INTO followdesk.events (uuid, platform, kind, at, person_url, person_email, person_name)
                 SELECT u::uuid, p, k, a, pu, pe, pn
                 FROM unnest($1::text[], $2::text[], $3::text[], $4::int8[], $5::text[], $6::text[], $7::text[])
                      AS t(u, p, k, a, pu, pe, pn)
                 ON CONFLICT DO NOTHING",
                &[
                    &cols.uuid,
                    &cols.platform,
                    &cols.kind,
                    &cols.at,
                    &cols.url,
                    &cols.email,
                    &cols.name,
                ],
            )
            .map_err(server)?;
        report.pushed += n;
        batches.committed()?;
        store.team_mark_pushed(last, &[])?;
    }
}

#[derive(Default)]
struct Columns {
    uuid: Vec<String>,
    platform: Vec<String>,
    kind: Vec<String>,
    at: Vec<i64>,
    url: Vec<Option<String>>,
    email: Vec<Option<String>>,
    name: Vec<String>,
}

fn push_retractions(
    store: &mut Store,
    client: &mut Client,
    batches: &mut Batches,
    report: &mut SyncReport,
) -> Result<(), TeamError> {
    let pending = store.team_outgoing_retractions()?;
    if pending.is_empty() {
        return Ok(());
    }
    let ids: Vec<i64> = pending.iter().map(|(id, _)| *id).collect();
    let targets: Vec<String> = pending.into_iter().map(|(_, u)| u).collect();
    let fresh: Vec<String> = targets
        .iter()
        .map(|_| uuid::Uuid::now_v7().to_string())
        .collect();
    // A retraction copies what it takes back (platform, person), so that a rep who
    // pulls it knows where it belongs; the unique index on `retracts` keeps one per event.
    let n = client
        .execute(
            "INSERT INTO followdesk.events (uuid, platform, kind, at, person_url, person_email, person_name, retracts)
             SELECT f::uuid, e.platform, e.kind, e.at, e.person_url, e.person_email, e.person_name, e.uuid
             FROM unnest($1::text[], $2::text[]) AS t(f, target)
             JOIN followdesk.events e ON e.uuid = t.target::uuid
             ON CONFLICT DO NOTHING",
            &[&fresh, &targets],
        )
        .map_err(|e| TeamError::server(&e))?;
    report.retractions += n;
    batches.committed()?;
    let mark = store
        .team_state()?
        .ok_or(TeamError::NotJoined)?
        .pushed_event;
    store.team_mark_pushed(mark, &ids)?;
    Ok(())
}

fn pull(
    store: &mut Store,
    client: &mut Client,
    me: &str,
    batch: usize,
    batches: &mut Batches,
    report: &mut SyncReport,
) -> Result<(), TeamError> {
    loop {
        let mark = store.team_state()?.ok_or(TeamError::NotJoined)?.pulled_seq;
        let rows = client
            .query(
                "SELECT seq, uuid::text, rep, platform, kind, at, person_url, person_email,
                        person_name, retracts::text
                 FROM followdesk.events WHERE seq > $1 ORDER BY seq LIMIT $2",
                &[&mark, &(batch as i64)],
            )
            .map_err(|e| TeamError::server(&e))?;
        let Some(last) = rows.last().map(|r| r.get::<_, i64>(0)) else {
            return Ok(());
        };
        let mut page = Vec::with_capacity(rows.len());
        for r in &rows {
            let rep: String = r.get(2);
            // Mine are in my own log already; a kind this build does not know (a newer
            // followdesk's) is left out of the copy.
            let Ok(kind) = EventKind::from_code(r.get(4)) else {
                continue;
            };
            if rep == me {
                continue;
            }
            page.push(TeamEvent {
                seq: r.get(0),
                uuid: r.get(1),
                rep,
                platform: r.get(3),
                kind,
                at: from_secs(r.get(5)),
                person: PersonRef {
                    url: r.get(6),
                    email: r.get(7),
                },
                person_name: r.get(8),
                retracts: r.get(9),
            });
        }
        batches.committed()?;
        report.pulled += page.len() as u64;
        store.team_store_pulled(&page, last)?;
    }
}

/// Copies the open claims and the reps; returns how many claims are open.
pub(crate) fn pull_directory(store: &mut Store, client: &mut Client) -> Result<u64, TeamError> {
    let server = |e: postgres::Error| TeamError::server(&e);
    let claims: Vec<Claim> = client
        .query(
            "SELECT person_key, rep, extract(epoch FROM claimed_at)::int8
             FROM followdesk.claims WHERE released_at IS NULL",
            &[],
        )
        .map_err(server)?
        .iter()
        .map(|r| Claim {
            person_key: r.get(0),
            rep: r.get(1),
            since: from_secs(r.get(2)),
        })
        .collect();
    let reps: Vec<(String, String, bool)> = client
        .query("SELECT role, name, manager FROM followdesk.reps", &[])
        .map_err(server)?
        .iter()
        .map(|r| (r.get(0), r.get(1), r.get(2)))
        .collect();
    store.team_store_directory(&claims, &reps)?;
    Ok(claims.len() as u64)
}
