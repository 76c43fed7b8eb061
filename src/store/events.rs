//! The event log: append, retract, read.

use rusqlite::{Connection, params};

use super::StoreError;
use super::sql_types::{secs, time};
use crate::domain::time::Timestamp;
use crate::domain::{ContactId, Event, EventId, NewEvent, PlatformRules};

/// Appends one event after checking its platform; the caller refreshes the projection.
pub(crate) fn append(
    conn: &Connection,
    rules: &PlatformRules,
    e: &NewEvent,
    now: Timestamp,
) -> Result<EventId, StoreError> {
    rules.require(&e.platform)?;
    super::contacts::require(conn, e.contact_id)?;
    conn.prepare_cached(
        "INSERT INTO events (contact_id, platform, kind, at, message, source, recorded_at, uuid)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        e.contact_id,
        e.platform,
        e.kind,
        secs(e.at),
        e.message,
        e.source,
        secs(now),
        uuid::Uuid::now_v7().to_string()
    ])?;
    Ok(EventId(conn.last_insert_rowid()))
}

/// Marks events as recorded in error. Returns the `(contact, platform)` pairs touched.
pub(crate) fn retract(
    conn: &Connection,
    ids: &[EventId],
    now: Timestamp,
) -> Result<Vec<(ContactId, String)>, StoreError> {
    let mut touched = Vec::new();
    for id in ids {
        let key: (ContactId, String) = conn
            .prepare_cached("SELECT contact_id, platform FROM events WHERE id = ?1")?
            .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))?;
        conn.prepare_cached(
            "INSERT OR IGNORE INTO event_retractions (event_id, retracted_at) VALUES (?1, ?2)",
        )?
        .execute(params![id, secs(now)])?;
        if !touched.contains(&key) {
            touched.push(key);
        }
    }
    Ok(touched)
}

/// Events of one contact on one platform, or on all with `None`, oldest first;
/// retracted events are left out.
pub(crate) fn for_contact(
    conn: &Connection,
    id: ContactId,
    platform: Option<&str>,
) -> Result<Vec<Event>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, contact_id, platform, kind, at, message, source FROM events e
         WHERE contact_id = ?1 AND (?2 IS NULL OR platform = ?2)
           AND NOT EXISTS (SELECT 1 FROM event_retractions r WHERE r.event_id = e.id)
         ORDER BY at, id",
    )?;
    let rows = stmt.query_map(params![id, platform], row_to_event)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub(crate) fn row_to_event(r: &rusqlite::Row<'_>) -> rusqlite::Result<Event> {
    Ok(Event {
        id: r.get(0)?,
        contact_id: r.get(1)?,
        platform: r.get(2)?,
        kind: r.get(3)?,
        at: time(r.get(4)?),
        message: r.get(5)?,
        source: r.get(6)?,
    })
}

impl super::Store {
    /// A contact's history on every platform, oldest first.
    pub fn events(&self, id: ContactId) -> Result<Vec<Event>, StoreError> {
        for_contact(&self.conn, id, None)
    }

    /// Every live (not retracted) event, in time order, streamed to `f` — for metrics
    /// over the whole log.
    pub fn for_each_event(&self, mut f: impl FnMut(Event)) -> Result<(), StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, contact_id, platform, kind, at, message, source FROM events e
             WHERE NOT EXISTS (SELECT 1 FROM event_retractions r WHERE r.event_id = e.id)
             ORDER BY at, id",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            f(row_to_event(r)?);
        }
        Ok(())
    }

    /// How many events the log holds, retracted ones included.
    pub fn event_count(&self) -> Result<u64, StoreError> {
        let n: i64 = self
            .conn
            .query_row("SELECT count(*) FROM events", [], |r| r.get(0))?;
        Ok(n as u64)
    }
}
