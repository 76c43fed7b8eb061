//! What the importers need to tell who is who inside one bulk write: every contact with its
//! fields, every profile, and the events already logged from a source (so an import never
//! appends the same fact twice). Read once per import, so a 30,000-row export costs a few
//! queries, not one per row.

use rusqlite::params;

use super::{Bulk, StoreError, contacts};
use crate::domain::time::Timestamp;
use crate::domain::{ContactFields, ContactId, EventKind};

/// A contact as the importers see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownContact {
    pub id: ContactId,
    pub fields: ContactFields,
    /// Not in the trash.
    pub live: bool,
}

/// A profile row: the contact is on `platform`, with a normalised URL when known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownProfile {
    pub contact: ContactId,
    pub platform: String,
    pub url: Option<String>,
}

impl Bulk<'_> {
    /// Every contact, trashed ones included.
    pub fn known_contacts(&self) -> Result<Vec<KnownContact>, StoreError> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT id, first_name, last_name, company, position, email, phone, notes, deleted_at IS NULL
             FROM contacts",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(KnownContact {
                id: r.get(0)?,
                fields: super::contacts::fields_from_row(r, 1)?,
                live: r.get(8)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Every profile.
    pub fn known_profiles(&self) -> Result<Vec<KnownProfile>, StoreError> {
        let mut stmt = self
            .tx
            .prepare_cached("SELECT contact_id, platform, url FROM profiles")?;
        let rows = stmt.query_map([], |r| {
            Ok(KnownProfile {
                contact: r.get(0)?,
                platform: r.get(1)?,
                url: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Each event already in the log from `source` as (contact, platform, kind, time in
    /// seconds), retracted ones included (a retracted fact stays retracted; importing it
    /// again must not bring it back). Streamed: a re-import reads tens of thousands.
    pub fn for_each_event_key(
        &self,
        source: &str,
        mut f: impl FnMut(ContactId, &str, EventKind, i64),
    ) -> Result<(), StoreError> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT contact_id, platform, kind, at FROM events WHERE source = ?1",
        )?;
        let mut rows = stmt.query(params![source])?;
        while let Some(r) = rows.next()? {
            let platform = r.get_ref(1)?.as_str().map_err(rusqlite::Error::from)?;
            f(r.get(0)?, platform, r.get(2)?, r.get(3)?);
        }
        Ok(())
    }

    /// The first day each contact became a connection on each platform (a `connected` or
    /// `request_accepted` event, retracted ones included), as (contact, platform, time in
    /// seconds): what tells people without profile links apart.
    pub fn for_each_connection_day(
        &self,
        mut f: impl FnMut(ContactId, &str, i64),
    ) -> Result<(), StoreError> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT contact_id, platform, min(at) FROM events
             WHERE kind IN ('connected', 'request_accepted') GROUP BY contact_id, platform",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let platform = r.get_ref(1)?.as_str().map_err(rusqlite::Error::from)?;
            f(r.get(0)?, platform, r.get(2)?);
        }
        Ok(())
    }

    /// Replaces a contact's fields after validating them.
    pub fn update_contact(
        &mut self,
        id: ContactId,
        fields: ContactFields,
    ) -> Result<(), StoreError> {
        let fields = fields.validated()?;
        contacts::update(&self.tx, id, &fields, self.now)?;
        self.search_text_changed(id);
        Ok(())
    }

    /// When this bulk write started (what it records as "now").
    #[must_use]
    pub fn started_at(&self) -> Timestamp {
        self.now
    }
}
