//! Bulk writes in one transaction, for the demo filler and the importers: everything is
//! written or, if the [`Bulk`] is dropped without [`Bulk::commit`], nothing is.
//!
//! Derived data is brought up to date once, at commit, for what the write touched: the
//! search index for contacts added or changed (the search triggers stand aside while a
//! bulk write is open; see `migrations/004_search_index.sql`) and the relationship
//! projection for contacts with new events.

use std::collections::BTreeSet;

use rusqlite::{Transaction, params};

use super::posts::PostKey;
use super::sql_types::{secs, time};
use super::{StoreError, contacts, posts, relationships, tags};
use crate::domain::time::{Timestamp, now};
use crate::domain::{
    ContactFields, ContactId, EventKind, NewEvent, NewPost, PlatformRules, Relationship,
};

/// An open bulk write.
pub struct Bulk<'s> {
    pub(super) tx: Transaction<'s>,
    pub(super) rules: &'s PlatformRules,
    pub(super) now: Timestamp,
    /// Contacts added by this write: indexed for search at commit.
    added: BTreeSet<ContactId>,
    /// Contacts that were there before and whose searchable text (fields, tags) this write
    /// may have changed: indexed again at commit.
    changed: BTreeSet<ContactId>,
    /// Events this write logged for contacts it added: the whole history of those
    /// contacts, so their relationships are derived from it at commit without reading
    /// the events back. (contact, platform index in the rules, time, order logged, kind).
    fresh_events: Vec<(ContactId, usize, i64, usize, EventKind)>,
    /// Contacts from before that this write logged events for: their relationships are
    /// derived again from the log at commit.
    with_events: BTreeSet<ContactId>,
}

impl<'s> Bulk<'s> {
    pub(crate) fn new(tx: Transaction<'s>, rules: &'s PlatformRules) -> Result<Self, StoreError> {
        tx.execute("INSERT OR IGNORE INTO search_deferred (one) VALUES (1)", [])?;
        Ok(Self {
            tx,
            rules,
            now: now(),
            added: BTreeSet::new(),
            changed: BTreeSet::new(),
            fresh_events: Vec::new(),
            with_events: BTreeSet::new(),
        })
    }

    /// Adds a contact after validating its fields.
    pub fn add_contact(&mut self, fields: ContactFields) -> Result<ContactId, StoreError> {
        let fields = fields.validated()?;
        let id = contacts::insert(&self.tx, &fields, self.now)?;
        self.added.insert(id);
        Ok(id)
    }

    /// Notes that a contact's searchable text may have changed (not needed for one added
    /// by this write: it is indexed whole at commit).
    pub(super) fn search_text_changed(&mut self, id: ContactId) {
        if !self.added.contains(&id) {
            self.changed.insert(id);
        }
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

    /// [`Bulk::set_profile`] with a URL the importer has normalised already.
    pub(crate) fn set_normalised_profile(
        &mut self,
        id: ContactId,
        platform: &str,
        url: Option<&str>,
    ) -> Result<(), StoreError> {
        contacts::set_normalised_profile(&self.tx, self.rules, id, platform, url)
    }

    /// Tags a contact.
    pub fn tag(&mut self, id: ContactId, name: &str) -> Result<(), StoreError> {
        self.add_tag(id, name).map(|_| ())
    }

    /// Tags a contact; returns whether the tag was new on it.
    pub fn add_tag(&mut self, id: ContactId, name: &str) -> Result<bool, StoreError> {
        let added = tags::add(&self.tx, id, name)?;
        if added {
            self.search_text_changed(id);
        }
        Ok(added)
    }

    /// Appends an event; the contact must exist (the foreign key checks it).
    pub fn event(&mut self, e: &NewEvent) -> Result<(), StoreError> {
        self.log(
            e.contact_id,
            &e.platform,
            e.kind,
            e.at,
            &e.message,
            &e.source,
        )
    }

    /// [`Bulk::event`] from borrowed parts, for importers that log tens of thousands.
    pub fn log(
        &mut self,
        contact: ContactId,
        platform: &str,
        kind: EventKind,
        at: Timestamp,
        message: &str,
        source: &str,
    ) -> Result<(), StoreError> {
        self.rules.require(platform)?;
        let at = secs(at);
        self.tx
            .prepare_cached(
                "INSERT INTO events (contact_id, platform, kind, at, message, source, recorded_at, uuid)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )?
            .execute(params![
                contact,
                platform,
                kind,
                at,
                message,
                source,
                secs(self.now),
                uuid::Uuid::now_v7().to_string()
            ])?;
        let platform_ix = self.rules.index_of(platform);
        match platform_ix.filter(|_| self.added.contains(&contact)) {
            Some(ix) => {
                let order = self.fresh_events.len();
                self.fresh_events.push((contact, ix, at, order, kind));
            }
            None => {
                self.with_events.insert(contact);
            }
        }
        Ok(())
    }

    /// The id of the event [`Bulk::log`] appended last.
    #[must_use]
    pub fn last_event_id(&self) -> crate::domain::EventId {
        crate::domain::EventId(self.tx.last_insert_rowid())
    }

    /// Captured requests on `platform` a data export may bring again.
    pub fn open_captures(
        &self,
        platform: &str,
    ) -> Result<Vec<super::captures::OpenCapture>, StoreError> {
        super::captures::open_captures(&self.tx, platform)
    }

    /// A captured request brought again by an export: the export's event `by` replaces
    /// it; the contact's relationship is derived again at commit.
    pub fn supersede_capture(
        &mut self,
        contact: ContactId,
        captured: crate::domain::EventId,
        by: crate::domain::EventId,
    ) -> Result<(), StoreError> {
        super::captures::supersede(&self.tx, captured, by, self.now)?;
        if !self.added.contains(&contact) {
            self.with_events.insert(contact);
        }
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

    /// Sets who one of my posts was shared with, as the import says.
    pub fn set_post_audience(
        &mut self,
        id: crate::domain::PostId,
        audience: crate::domain::PostAudience,
    ) -> Result<(), StoreError> {
        posts::set_audience(&self.tx, id, audience)
    }

    /// What tells the posts on `platform` apart, to import each post once.
    pub fn post_keys(&self, platform: &str) -> Result<Vec<PostKey>, StoreError> {
        posts::keys(&self.tx, platform)
    }

    /// Indexes the contacts it added or changed for search, derives the relationships of
    /// the contacts it logged events for, and commits everything.
    pub fn commit(mut self) -> Result<(), StoreError> {
        self.tx.execute("DELETE FROM search_deferred", [])?;
        for id in &self.changed {
            self.tx
                .prepare_cached("DELETE FROM contacts_fts WHERE rowid = ?1")?
                .execute([id])?;
        }
        let index: Vec<ContactId> = self.added.iter().chain(&self.changed).copied().collect();
        if !index.is_empty() {
            self.tx.execute(
                "INSERT INTO contacts_fts (rowid, name, company, position, notes, tags)
                 SELECT c.id, c.first_name || ' ' || c.last_name, c.company, c.position, c.notes,
                        (SELECT coalesce(group_concat(t.name, ' '), '') FROM contact_tags ct
                         JOIN tags t ON t.id = ct.tag_id WHERE ct.contact_id = c.id)
                 FROM contacts c WHERE c.id IN (SELECT value FROM json_each(?1))",
                [ids_json(&index)],
            )?;
        }
        self.derive_fresh_relationships()?;
        if !self.with_events.is_empty() {
            relationships::rebuild_contacts(&self.tx, &ids_json(&self.with_events))?;
        }
        self.tx.commit()?;
        Ok(())
    }
}

impl Bulk<'_> {
    /// Derives the relationships of the contacts this write added from the events it
    /// logged for them, in time order (ties in the order logged, as ids order them).
    fn derive_fresh_relationships(&mut self) -> Result<(), StoreError> {
        let mut events = std::mem::take(&mut self.fresh_events);
        events.sort_unstable();
        let platforms: Vec<&str> = self.rules.keys().collect();
        for history in events.chunk_by(|a, b| (a.0, a.1) == (b.0, b.1)) {
            let (contact, platform_ix, ..) = history[0];
            let mut rel = Relationship::default();
            for &(_, _, at, _, kind) in history {
                rel.apply(kind, time(at));
            }
            relationships::write(&self.tx, contact, platforms[platform_ix], &rel)?;
        }
        Ok(())
    }
}

/// Ids as a JSON array, for `json_each` (one statement for any number of contacts).
fn ids_json<'a>(ids: impl IntoIterator<Item = &'a ContactId>) -> String {
    let mut s = String::from("[");
    for (i, id) in ids.into_iter().enumerate() {
        if i > 0 {
            s.push(',');
        }
        s.push_str(&id.0.to_string());
    }
    s.push(']');
    s
}

impl super::Store {
    /// Starts a bulk write.
    pub fn bulk(&mut self) -> Result<Bulk<'_>, StoreError> {
        if let Some(reason) = self.backup_before_bulk.take() {
            self.backup(&reason)
                .map_err(|e| StoreError::NoBackup(Box::new(e)))?;
        }
        let tx = super::write(&mut self.conn, self.path.as_deref())?;
        Bulk::new(tx, &self.rules)
    }
}
