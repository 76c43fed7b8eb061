//! Tags and which contacts carry them.

use rusqlite::{Connection, OptionalExtension, params};

use super::StoreError;
use crate::domain::tag::{DEFAULT_TAG_COLOR, clean_color, clean_tag_name};
use crate::domain::{ContactId, Tag, TagId};

/// The tag with this name (case-insensitive), created if new.
pub(crate) fn ensure(conn: &Connection, name: &str) -> Result<TagId, StoreError> {
    let name = clean_tag_name(name)?;
    if let Some(id) = find(conn, &name)? {
        return Ok(id);
    }
    conn.prepare_cached("INSERT INTO tags (name, color) VALUES (?1, ?2)")?
        .execute(params![name, DEFAULT_TAG_COLOR])?;
    Ok(TagId(conn.last_insert_rowid()))
}

pub(crate) fn find(conn: &Connection, name: &str) -> Result<Option<TagId>, StoreError> {
    Ok(conn
        .prepare_cached("SELECT id FROM tags WHERE name = ?1")?
        .query_row([name.trim()], |r| r.get(0))
        .optional()?)
}

/// Tags a contact; returns whether the tag was new on it.
pub(crate) fn add(conn: &Connection, contact: ContactId, name: &str) -> Result<bool, StoreError> {
    super::contacts::require(conn, contact)?;
    let tag = ensure(conn, name)?;
    let n = conn
        .prepare_cached("INSERT OR IGNORE INTO contact_tags (contact_id, tag_id) VALUES (?1, ?2)")?
        .execute(params![contact, tag])?;
    Ok(n > 0)
}

/// Untags a contact; returns whether it had the tag.
pub(crate) fn remove(
    conn: &Connection,
    contact: ContactId,
    name: &str,
) -> Result<bool, StoreError> {
    let Some(tag) = find(conn, name)? else {
        return Ok(false);
    };
    let n = conn
        .prepare_cached("DELETE FROM contact_tags WHERE contact_id = ?1 AND tag_id = ?2")?
        .execute(params![contact, tag])?;
    Ok(n > 0)
}

pub(crate) fn get(conn: &Connection, id: TagId) -> Result<Tag, StoreError> {
    conn.prepare_cached("SELECT id, name, color FROM tags WHERE id = ?1")?
        .query_row([id], row_to_tag)
        .optional()?
        .ok_or(StoreError::NoSuchTag(id.0))
}

pub(crate) fn rename(conn: &Connection, id: TagId, name: &str) -> Result<String, StoreError> {
    let old = get(conn, id)?;
    let name = clean_tag_name(name)?;
    if let Some(other) = find(conn, &name)?
        && other != id
    {
        return Err(StoreError::TagExists(name));
    }
    conn.prepare_cached("UPDATE tags SET name = ?2 WHERE id = ?1")?
        .execute(params![id, name])?;
    Ok(old.name)
}

pub(crate) fn recolor(conn: &Connection, id: TagId, color: &str) -> Result<String, StoreError> {
    let old = get(conn, id)?;
    let color = clean_color(color)?;
    conn.prepare_cached("UPDATE tags SET color = ?2 WHERE id = ?1")?
        .execute(params![id, color])?;
    Ok(old.color)
}

fn row_to_tag(r: &rusqlite::Row<'_>) -> rusqlite::Result<Tag> {
    Ok(Tag {
        id: r.get(0)?,
        name: r.get(1)?,
        color: r.get(2)?,
    })
}

impl super::Store {
    /// The tags a contact carries, by name.
    pub fn tags_of(&self, contact: ContactId) -> Result<Vec<Tag>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT t.id, t.name, t.color FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id
             WHERE ct.contact_id = ?1 ORDER BY t.name COLLATE NOCASE",
        )?;
        let rows = stmt.query_map([contact], row_to_tag)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Every tag, by name.
    pub fn all_tags(&self) -> Result<Vec<Tag>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id, name, color FROM tags ORDER BY name COLLATE NOCASE")?;
        let rows = stmt.query_map([], row_to_tag)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
