//! The relationship projection: `domain::Relationship::derive` over each (contact,
//! platform) event history, kept in the `relationships` table for fast lists and counts.
//! It is always rebuilt from the log, never edited on its own.

use rusqlite::{Connection, params};

use super::StoreError;
use super::sql_types::{opt_time, secs};
use crate::domain::{ContactId, Relationship};

/// Re-derives the relationship of one contact on one platform from its events.
pub(crate) fn refresh(conn: &Connection, id: ContactId, platform: &str) -> Result<(), StoreError> {
    let events = super::events::for_contact(conn, id, Some(platform))?;
    if events.is_empty() {
        conn.prepare_cached("DELETE FROM relationships WHERE contact_id = ?1 AND platform = ?2")?
            .execute(params![id, platform])?;
        return Ok(());
    }
    write(conn, id, platform, &Relationship::derive(&events))
}

/// Re-derives every relationship of a contact.
pub(crate) fn refresh_contact(conn: &Connection, id: ContactId) -> Result<(), StoreError> {
    let platforms: Vec<String> = conn
        .prepare_cached(
            "SELECT DISTINCT platform FROM events WHERE contact_id = ?1
             UNION SELECT platform FROM relationships WHERE contact_id = ?1",
        )?
        .query_map([id], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    for p in platforms {
        refresh(conn, id, &p)?;
    }
    Ok(())
}

pub(crate) fn write(
    conn: &Connection,
    id: ContactId,
    platform: &str,
    r: &Relationship,
) -> Result<(), StoreError> {
    conn.prepare_cached(
        "INSERT OR REPLACE INTO relationships (contact_id, platform, state, follows_me, i_follow,
            redirected, i_hide, request_at, deferred_at, connected_at, last_interaction, last_event)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )?
    .execute(params![
        id,
        platform,
        r.state,
        r.follows_me,
        r.i_follow,
        r.redirected,
        r.i_hide,
        r.request_at.map(secs),
        r.deferred_at.map(secs),
        r.connected_at.map(secs),
        r.last_interaction.map(secs),
        r.last_event.map(secs),
    ])?;
    Ok(())
}

/// Rebuilds the whole projection from the log in one pass.
pub(crate) fn rebuild_all(conn: &Connection) -> Result<(), StoreError> {
    conn.execute("DELETE FROM relationships", [])?;
    let mut stmt = conn.prepare(
        "SELECT contact_id, platform, kind, at FROM events e
         WHERE NOT EXISTS (SELECT 1 FROM event_retractions r WHERE r.event_id = e.id)
         ORDER BY contact_id, platform, at, id",
    )?;
    derive_rows(conn, stmt.query([])?)
}

/// Rebuilds the projection of these contacts (ids as a JSON array) in one pass: after a
/// bulk write, for the contacts it logged events for.
pub(crate) fn rebuild_contacts(conn: &Connection, ids_json: &str) -> Result<(), StoreError> {
    conn.prepare_cached(
        "DELETE FROM relationships WHERE contact_id IN (SELECT value FROM json_each(?1))",
    )?
    .execute([ids_json])?;
    let mut stmt = conn.prepare_cached(
        "SELECT contact_id, platform, kind, at FROM events e
         WHERE contact_id IN (SELECT value FROM json_each(?1))
           AND NOT EXISTS (SELECT 1 FROM event_retractions r WHERE r.event_id = e.id)
         ORDER BY contact_id, platform, at, id",
    )?;
    derive_rows(conn, stmt.query([ids_json])?)
}

/// Folds event rows (contact, platform, kind, at), ordered by contact, platform and time,
/// into one relationship per contact and platform, and writes each.
fn derive_rows(conn: &Connection, mut rows: rusqlite::Rows<'_>) -> Result<(), StoreError> {
    let mut current: Option<(ContactId, String, Relationship)> = None;
    while let Some(row) = rows.next()? {
        let id: ContactId = row.get(0)?;
        let platform = row.get_ref(1)?.as_str().map_err(rusqlite::Error::from)?;
        let same = matches!(&current, Some((c, p, _)) if *c == id && p == platform);
        if !same {
            if let Some((c, p, r)) = current.take() {
                write(conn, c, &p, &r)?;
            }
            current = Some((id, platform.to_owned(), Relationship::default()));
        }
        if let Some((_, _, rel)) = current.as_mut() {
            rel.apply(row.get(2)?, super::sql_types::time(row.get(3)?));
        }
    }
    if let Some((c, p, r)) = current {
        write(conn, c, &p, &r)?;
    }
    Ok(())
}

fn row_to_relationship(r: &rusqlite::Row<'_>, first: usize) -> rusqlite::Result<Relationship> {
    Ok(Relationship {
        state: r.get(first)?,
        follows_me: r.get(first + 1)?,
        i_follow: r.get(first + 2)?,
        redirected: r.get(first + 3)?,
        i_hide: r.get(first + 4)?,
        request_at: opt_time(r.get(first + 5)?),
        deferred_at: opt_time(r.get(first + 6)?),
        connected_at: opt_time(r.get(first + 7)?),
        last_interaction: opt_time(r.get(first + 8)?),
        last_event: opt_time(r.get(first + 9)?),
    })
}

/// The projection's columns, in the order `row_to_relationship` reads them.
const COLUMNS: &str = "state, follows_me, i_follow, redirected, i_hide, request_at, deferred_at,
    connected_at, last_interaction, last_event";

impl super::Store {
    /// A contact's relationship on each platform it has history on.
    pub fn relationships(&self, id: ContactId) -> Result<Vec<(String, Relationship)>, StoreError> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT platform, {COLUMNS} FROM relationships WHERE contact_id = ?1 ORDER BY platform"
        ))?;
        let rows = stmt.query_map([id], |r| Ok((r.get(0)?, row_to_relationship(r, 1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Every relationship of contacts not in the trash, streamed to `f`.
    pub fn for_each_relationship(
        &self,
        mut f: impl FnMut(ContactId, &str, &Relationship),
    ) -> Result<(), StoreError> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT r.contact_id, r.platform, {COLUMNS} FROM relationships r
             JOIN contacts c ON c.id = r.contact_id WHERE c.deleted_at IS NULL"
        ))?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let id: ContactId = row.get(0)?;
            let platform: String = row.get(1)?;
            f(id, &platform, &row_to_relationship(row, 2)?);
        }
        Ok(())
    }

    /// Rebuilds the relationship projection from the event log.
    pub fn rebuild_relationships(&mut self) -> Result<(), StoreError> {
        let tx = super::write(&mut self.conn, self.path.as_deref())?;
        rebuild_all(&tx)?;
        tx.commit()?;
        Ok(())
    }
}
