//! What the importers need to tell who is who inside one bulk write: every contact with its
//! fields, every profile, and the events already logged from a source (so an import never
//! appends the same fact twice). Read once per import, so a 30,000-row export costs a few
//! queries, not one per row.

use rusqlite::params;

use super::sql_types::{secs, time};
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

/// What makes an event the same event: contact, platform, kind and time (the source is
/// the one it was read for).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct EventKey {
    pub contact: ContactId,
    pub platform: String,
    pub kind: EventKind,
    pub at_secs: i64,
}

impl EventKey {
    #[must_use]
    pub fn new(contact: ContactId, platform: &str, kind: EventKind, at: Timestamp) -> Self {
        Self {
            contact,
            platform: platform.to_owned(),
            kind,
            at_secs: secs(at),
        }
    }

    /// The time as a timestamp.
    #[must_use]
    pub fn at(&self) -> Timestamp {
        time(self.at_secs)
    }
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

    /// The events already in the log from `source`, retracted ones included (a retracted
    /// fact stays retracted; importing it again must not bring it back).
    pub fn event_keys(&self, source: &str) -> Result<Vec<EventKey>, StoreError> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT contact_id, platform, kind, at FROM events WHERE source = ?1",
        )?;
        let rows = stmt.query_map(params![source], |r| {
            Ok(EventKey {
                contact: r.get(0)?,
                platform: r.get(1)?,
                kind: r.get(2)?,
                at_secs: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
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
