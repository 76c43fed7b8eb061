//! Bulk writes in one transaction, for the demo filler and the importers: everything is
//! written or, if the [`Bulk`] is dropped without [`Bulk::commit`], nothing is.

use rusqlite::{Transaction, params};

use super::posts::PostKey;
use super::sql_types::secs;
use super::{StoreError, contacts, posts, relationships, tags};
use crate::domain::time::{Timestamp, now};
use crate::domain::{ContactFields, ContactId, NewEvent, NewPost, PlatformRules};

/// An open bulk write. Relationship projections are rebuilt once, at commit.
pub struct Bulk<'s> {
    pub(super) tx: Transaction<'s>,
    pub(super) rules: &'s PlatformRules,
    pub(super) now: Timestamp,
}

impl<'s> Bulk<'s> {
    pub(crate) fn new(tx: Transaction<'s>, rules: &'s PlatformRules) -> Self {
        Self {
            tx,
            rules,
            now: now(),
        }
    }

    /// Adds a contact after validating its fields.
    pub fn add_contact(&mut self, fields: ContactFields) -> Result<ContactId, StoreError> {
        let fields = fields.validated()?;
        contacts::insert(&self.tx, &fields, self.now)
    }

    /// Sets a contact's profile on a platform (the URL is normalised and must be free).
    pub fn set_profile(
        &mut self,
        id: ContactId,
        platform: &str,
        url: Option<&str>,
    ) -> Result<(), StoreError> {
        contacts::set_profile(&self.tx, self.rules, id, platform, url)
    }

    /// Tags a contact.
    pub fn tag(&mut self, id: ContactId, name: &str) -> Result<(), StoreError> {
        tags::add(&self.tx, id, name).map(|_| ())
    }

    /// Appends an event; the contact must exist (the foreign key checks it).
    pub fn event(&mut self, e: &NewEvent) -> Result<(), StoreError> {
        self.rules.require(&e.platform)?;
        self.tx
            .prepare_cached(
                "INSERT INTO events (contact_id, platform, kind, at, message, source, recorded_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?
            .execute(params![
                e.contact_id,
                e.platform,
                e.kind,
                secs(e.at),
                e.message,
                e.source,
                secs(self.now)
            ])?;
        Ok(())
    }

    /// Records one of my posts, as if logged by hand.
    pub fn post(&mut self, p: &NewPost) -> Result<(), StoreError> {
        posts::insert(&self.tx, self.rules, p, "").map(|_| ())
    }

    /// Records one of my posts read from an import's `source`. The caller checks
    /// [`Bulk::post_keys`] first: the same link (or, without one, the same time and text)
    /// from the same source is refused by the schema.
    pub fn imported_post(&mut self, p: &NewPost, source: &str) -> Result<(), StoreError> {
        posts::insert(&self.tx, self.rules, p, source).map(|_| ())
    }

    /// What tells the posts on `platform` apart, to import each post once.
    pub fn post_keys(&self, platform: &str) -> Result<Vec<PostKey>, StoreError> {
        posts::keys(&self.tx, platform)
    }

    /// Rebuilds the relationship projection and commits everything.
    pub fn commit(self) -> Result<(), StoreError> {
        relationships::rebuild_all(&self.tx)?;
        self.tx.commit()?;
        Ok(())
    }
}

impl super::Store {
    /// Starts a bulk write.
    pub fn bulk(&mut self) -> Result<Bulk<'_>, StoreError> {
        let tx = self.conn.transaction()?;
        Ok(Bulk::new(tx, &self.rules))
    }
}
