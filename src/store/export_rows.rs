//! Everything an export writes about each live contact: fields, profiles and tags, read
//! in three queries rather than three per contact.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::{ProfileRow, StoreError};
use crate::domain::{ContactFields, ContactId};

/// One contact with its profiles and tag names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FullContact {
    pub id: ContactId,
    pub fields: ContactFields,
    /// `(platform, normalised URL)`, by platform.
    pub profiles: Vec<(String, Option<String>)>,
    /// Tag names, alphabetically.
    pub tags: Vec<String>,
}

impl super::Store {
    /// Every live contact, by id, with profiles and tags.
    pub fn full_contacts(&self) -> Result<Vec<FullContact>, StoreError> {
        let mut profiles: HashMap<ContactId, Vec<(String, Option<String>)>> = HashMap::new();
        {
            let mut stmt = self.conn.prepare_cached(
                "SELECT contact_id, platform, url FROM profiles ORDER BY contact_id, platform",
            )?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                let p = ProfileRow {
                    platform: r.get(1)?,
                    url: r.get(2)?,
                };
                profiles
                    .entry(r.get(0)?)
                    .or_default()
                    .push((p.platform, p.url));
            }
        }
        let mut tags: HashMap<ContactId, Vec<String>> = HashMap::new();
        {
            let mut stmt = self.conn.prepare_cached(
                "SELECT ct.contact_id, t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id
                 ORDER BY ct.contact_id, t.name COLLATE NOCASE",
            )?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                tags.entry(r.get(0)?).or_default().push(r.get(1)?);
            }
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, first_name, last_name, company, position, email, phone, notes
             FROM contacts WHERE deleted_at IS NULL ORDER BY id",
        )?;
        let mut rows = stmt.query([])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let id: ContactId = r.get(0)?;
            out.push(FullContact {
                id,
                fields: super::contacts::fields_from_row(r, 1)?,
                profiles: profiles.remove(&id).unwrap_or_default(),
                tags: tags.remove(&id).unwrap_or_default(),
            });
        }
        Ok(out)
    }
}
