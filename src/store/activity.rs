//! Read-side queries for the morning routine: open requests waiting for triage and
//! follower changes over recent days.

use rusqlite::params;

use super::StoreError;
use super::sql_types::{secs, time};
use crate::domain::time::Timestamp;
use crate::domain::{ContactId, EventKind};

/// An incoming request waiting for my decision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingRequest {
    pub contact: ContactId,
    pub first_name: String,
    pub last_name: String,
    pub company: String,
    pub position: String,
    pub platform: String,
    /// The request's text (from the latest request event).
    pub message: String,
    pub at: Timestamp,
    /// Put off with "later".
    pub deferred: bool,
}

/// Followers gained and lost on a platform.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FollowerChange {
    pub platform: String,
    pub gained: u64,
    pub lost: u64,
}

impl super::Store {
    /// Undecided incoming requests of live contacts, newest first; deferred ones last.
    pub fn pending_requests(&self) -> Result<Vec<PendingRequest>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT c.id, c.first_name, c.last_name, c.company, c.position, r.platform, r.request_at,
                    r.deferred_at IS NOT NULL,
                    (SELECT e.message FROM events e WHERE e.contact_id = r.contact_id AND e.platform = r.platform
                       AND e.kind = ?1
                       AND NOT EXISTS (SELECT 1 FROM event_retractions x WHERE x.event_id = e.id)
                     ORDER BY e.at DESC, e.id DESC LIMIT 1)
             FROM relationships r JOIN contacts c ON c.id = r.contact_id
             WHERE r.state = 'request_received' AND c.deleted_at IS NULL
             ORDER BY r.deferred_at IS NOT NULL, r.request_at DESC, c.id",
        )?;
        let rows = stmt.query_map([EventKind::RequestReceived], |r| {
            Ok(PendingRequest {
                contact: r.get(0)?,
                first_name: r.get(1)?,
                last_name: r.get(2)?,
                company: r.get(3)?,
                position: r.get(4)?,
                platform: r.get(5)?,
                at: time(r.get::<_, Option<i64>>(6)?.unwrap_or_default()),
                deferred: r.get(7)?,
                message: r.get::<_, Option<String>>(8)?.unwrap_or_default(),
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Followers gained and lost per platform since `since` (from the event log).
    pub fn follower_changes_since(
        &self,
        since: Timestamp,
    ) -> Result<Vec<FollowerChange>, StoreError> {
        let mut out: Vec<FollowerChange> = self
            .rules
            .keys()
            .map(|k| FollowerChange {
                platform: k.to_owned(),
                ..FollowerChange::default()
            })
            .collect();
        let mut stmt = self.conn.prepare_cached(
            "SELECT e.platform, e.kind, count(*) FROM events e JOIN contacts c ON c.id = e.contact_id
             WHERE e.at >= ?1 AND e.kind IN (?2, ?3) AND c.deleted_at IS NULL
               AND NOT EXISTS (SELECT 1 FROM event_retractions x WHERE x.event_id = e.id)
             GROUP BY e.platform, e.kind",
        )?;
        let mut rows = stmt.query(params![
            secs(since),
            EventKind::StartedFollowing,
            EventKind::StoppedFollowing
        ])?;
        while let Some(r) = rows.next()? {
            let platform: String = r.get(0)?;
            let kind: EventKind = r.get(1)?;
            let n: i64 = r.get(2)?;
            if let Some(fc) = out.iter_mut().find(|f| f.platform == platform) {
                if kind == EventKind::StartedFollowing {
                    fc.gained = n as u64;
                } else {
                    fc.lost = n as u64;
                }
            }
        }
        Ok(out)
    }
}
