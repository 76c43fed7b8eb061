//! The loader: decides who is who and writes people and events through one
//! [`Bulk`] (one transaction). Identity rules, in order:
//!
//! 1. a profile URL (normalised) identifies a person on its platform;
//! 2. an e-mail address (compared case-insensitively, Unicode-aware) links profiles on
//!    different platforms into one contact — unless that contact already has another
//!    profile URL on the same platform;
//! 3. a row with neither (older LinkedIn exports have no URL column) matches a contact on
//!    the same platform whose profile has no URL and whose name is the same, each such
//!    contact at most once per import: re-importing an old export does not duplicate, and
//!    two different "Peter Fischer"s in one file stay two.
//!
//! Equal names alone never merge. An event already in the log (same contact, platform,
//! kind, time and source) is not appended again.

use std::collections::{HashMap, HashSet};

use crate::domain::contact::{MAX_FIELD_CHARS, MAX_NOTES_CHARS};
use crate::domain::identity::{normalise_email, normalise_name, normalise_profile_url};
use crate::domain::time::Timestamp;
use crate::domain::{ContactFields, ContactId, EventKind, NewEvent, PlatformRules};
use crate::store::{Bulk, EventKey, JournalEntry, StoreError};

use super::{Field, ImportError, ImportReport, IssueReason, Person, RowIssue};

/// What this import did to a contact; the strongest wins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Touch {
    Unchanged,
    Updated,
    Added,
}

/// A contact as the loader tracks it.
#[derive(Debug, Clone)]
struct Known {
    fields: ContactFields,
    live: bool,
    /// platform → normalised URL (None: on the platform, link unknown).
    profiles: HashMap<String, Option<String>>,
}

/// An open import: the bulk write, the identity indexes and the report so far.
pub struct Loader<'s> {
    bulk: Bulk<'s>,
    rules: PlatformRules,
    known: HashMap<ContactId, Known>,
    by_url: HashMap<(String, String), ContactId>,
    by_email: HashMap<String, ContactId>,
    /// (platform, normalised name) → contacts on that platform without a profile URL.
    urlless: HashMap<(String, String), Vec<ContactId>>,
    /// normalised name → live contacts with no profile and no e-mail (generic imports).
    bare: HashMap<String, Vec<ContactId>>,
    claimed: HashSet<ContactId>,
    touched: HashMap<ContactId, Touch>,
    events: HashSet<EventKey>,
    /// (contact, platform, kind) of events in `events`, for facts without a real time.
    kinds: HashSet<(ContactId, String, EventKind)>,
    sources_loaded: HashSet<String>,
    pub report: ImportReport,
}

impl<'s> Loader<'s> {
    /// Opens the loader on a bulk write and reads the identity indexes.
    pub fn new(
        bulk: Bulk<'s>,
        rules: PlatformRules,
        report: ImportReport,
    ) -> Result<Self, StoreError> {
        let mut known: HashMap<ContactId, Known> = bulk
            .known_contacts()?
            .into_iter()
            .map(|c| {
                (
                    c.id,
                    Known {
                        fields: c.fields,
                        live: c.live,
                        profiles: HashMap::new(),
                    },
                )
            })
            .collect();
        let mut by_url = HashMap::new();
        for p in bulk.known_profiles()? {
            if let Some(u) = &p.url {
                by_url.insert((p.platform.clone(), u.clone()), p.contact);
            }
            if let Some(k) = known.get_mut(&p.contact) {
                k.profiles.insert(p.platform, p.url);
            }
        }
        let mut me = Self {
            bulk,
            rules,
            known: HashMap::new(),
            by_url,
            by_email: HashMap::new(),
            urlless: HashMap::new(),
            bare: HashMap::new(),
            claimed: HashSet::new(),
            touched: HashMap::new(),
            events: HashSet::new(),
            kinds: HashSet::new(),
            sources_loaded: HashSet::new(),
            report,
        };
        let mut ids: Vec<ContactId> = known.keys().copied().collect();
        ids.sort_unstable();
        for id in ids {
            if let Some(k) = known.remove(&id) {
                me.index(id, &k);
                me.known.insert(id, k);
            }
        }
        Ok(me)
    }

    fn index(&mut self, id: ContactId, k: &Known) {
        if !k.live {
            return;
        }
        if !k.fields.email.is_empty() {
            self.by_email
                .entry(normalise_email(&k.fields.email))
                .or_insert(id);
        }
        let name = normalise_name(&k.fields.first_name, &k.fields.last_name);
        for (platform, url) in &k.profiles {
            if url.is_none() {
                self.urlless
                    .entry((platform.clone(), name.clone()))
                    .or_default()
                    .push(id);
            }
        }
        if k.profiles.is_empty() && k.fields.email.is_empty() {
            self.bare.entry(name).or_default().push(id);
        }
    }

    /// Starts a new file or stage: contacts matched by name may be matched again.
    pub fn new_stage(&mut self) {
        self.claimed.clear();
    }

    /// The platform rules of the store.
    #[must_use]
    pub fn rules(&self) -> &PlatformRules {
        &self.rules
    }

    /// The contact whose profile on `platform` has this URL, if any (this import's too).
    #[must_use]
    pub fn by_profile(&self, platform: &str, url: &str) -> Option<ContactId> {
        let url = normalise_profile_url(url).ok()?;
        self.by_url.get(&(platform.to_owned(), url)).copied()
    }

    /// Finds or adds the contact for `person` and brings it up to date. `None` when the
    /// row was skipped (the reason is in the report).
    pub fn person(&mut self, mut person: Person) -> Result<Option<ContactId>, ImportError> {
        self.clean(&mut person);
        if person.fields.first_name.is_empty() && person.fields.last_name.is_empty() {
            self.report.skipped.push(RowIssue::new(
                &person.file,
                person.line,
                IssueReason::NoName,
            ));
            return Ok(None);
        }
        let profiles = self.clean_profiles(&person);
        let id = match self.find(&person, &profiles) {
            Some(id) => {
                self.update(id, &person, &profiles)?;
                id
            }
            None => self.add(&person, &profiles)?,
        };
        for tag in &person.tags {
            if self.bulk.add_tag(id, tag)? {
                self.touch(id, Touch::Updated);
            }
        }
        Ok(Some(id))
    }

    /// Trims over-long fields and drops an e-mail address that is not one, with a warning.
    fn clean(&mut self, p: &mut Person) {
        let (file, line) = (p.file.clone(), p.line);
        let f = &mut p.fields;
        for (field, value) in [
            (Field::FirstName, &mut f.first_name),
            (Field::LastName, &mut f.last_name),
            (Field::Company, &mut f.company),
            (Field::Position, &mut f.position),
            (Field::Email, &mut f.email),
            (Field::Phone, &mut f.phone),
        ] {
            *value = value.split_whitespace().collect::<Vec<_>>().join(" ");
            if value.chars().count() > MAX_FIELD_CHARS {
                *value = value.chars().take(MAX_FIELD_CHARS).collect();
                self.report.warnings.push(RowIssue::new(
                    &file,
                    line,
                    IssueReason::FieldCut {
                        field,
                        max: MAX_FIELD_CHARS,
                    },
                ));
            }
        }
        if f.notes.chars().count() > MAX_NOTES_CHARS {
            f.notes = f.notes.chars().take(MAX_NOTES_CHARS).collect();
            self.report
                .warnings
                .push(RowIssue::new(&file, line, IssueReason::NotesCut));
        }
        if !f.email.is_empty() {
            let probe = ContactFields {
                email: f.email.clone(),
                ..ContactFields::named("x", "")
            };
            if probe.validated().is_err() {
                self.report.warnings.push(RowIssue::new(
                    &file,
                    line,
                    IssueReason::NotAnEmail {
                        value: f.email.clone(),
                    },
                ));
                f.email.clear();
            }
        }
    }

    /// Profiles with normalised URLs; links that are not http(s) are left out with a warning.
    fn clean_profiles(&mut self, p: &Person) -> Vec<(String, Option<String>)> {
        let mut out: Vec<(String, Option<String>)> = Vec::new();
        for (platform, url) in &p.profiles {
            if self.rules.get(platform).is_none() {
                continue;
            }
            let url = match url.as_deref().map(str::trim).filter(|u| !u.is_empty()) {
                None => None,
                Some(u) => {
                    let normalised = normalise_profile_url(u).ok();
                    if normalised.is_none() {
                        self.report.warnings.push(RowIssue::new(
                            &p.file,
                            p.line,
                            IssueReason::BadProfileLink { url: u.to_owned() },
                        ));
                    }
                    normalised
                }
            };
            match out.iter_mut().find(|(pl, _)| pl == platform) {
                Some(slot) if slot.1.is_none() => slot.1 = url,
                Some(_) => {}
                None => out.push((platform.clone(), url)),
            }
        }
        out
    }

    fn find(&mut self, p: &Person, profiles: &[(String, Option<String>)]) -> Option<ContactId> {
        for (platform, url) in profiles {
            if let Some(u) = url
                && let Some(id) = self.by_url.get(&(platform.clone(), u.clone()))
            {
                return Some(*id);
            }
        }
        if !p.fields.email.is_empty()
            && let Some(&id) = self.by_email.get(&normalise_email(&p.fields.email))
        {
            let conflict = profiles.iter().any(|(platform, url)| {
                url.is_some()
                    && self
                        .known
                        .get(&id)
                        .and_then(|k| k.profiles.get(platform))
                        .is_some_and(Option::is_some)
            });
            if !conflict {
                return Some(id);
            }
        }
        let name = normalise_name(&p.fields.first_name, &p.fields.last_name);
        let candidates = if profiles.is_empty() {
            if !p.fields.email.is_empty() {
                return None;
            }
            self.bare.get(&name)
        } else if profiles.iter().all(|(_, u)| u.is_none()) {
            self.urlless.get(&(profiles[0].0.clone(), name))
        } else {
            None
        };
        let id = candidates?
            .iter()
            .copied()
            .find(|id| !self.claimed.contains(id))?;
        self.claimed.insert(id);
        Some(id)
    }

    fn add(
        &mut self,
        p: &Person,
        profiles: &[(String, Option<String>)],
    ) -> Result<ContactId, ImportError> {
        let id = self.bulk.add_contact(p.fields.clone())?;
        let mut known = Known {
            fields: p.fields.clone(),
            live: true,
            profiles: HashMap::new(),
        };
        for (platform, url) in profiles {
            self.bulk.set_profile(id, platform, url.as_deref())?;
            if let Some(u) = url {
                self.by_url.insert((platform.clone(), u.clone()), id);
            }
            known.profiles.insert(platform.clone(), url.clone());
        }
        self.index(id, &known);
        self.known.insert(id, known);
        // A contact made by this import is not matched by name again in the same stage.
        self.claimed.insert(id);
        self.touch(id, Touch::Added);
        Ok(id)
    }

    fn update(
        &mut self,
        id: ContactId,
        p: &Person,
        profiles: &[(String, Option<String>)],
    ) -> Result<(), ImportError> {
        let Some(known) = self.known.get(&id).cloned() else {
            return Err(StoreError::NoSuchContact(id.0).into());
        };
        let merged = merge_fields(&known.fields, &p.fields);
        let mut changed = false;
        if merged != known.fields {
            self.bulk.update_contact(id, merged.clone())?;
            if known.fields.email.is_empty() && !merged.email.is_empty() {
                self.by_email
                    .entry(normalise_email(&merged.email))
                    .or_insert(id);
            }
            changed = true;
        }
        let mut new_profiles = known.profiles.clone();
        for (platform, url) in profiles {
            match (known.profiles.get(platform), url) {
                (Some(Some(have)), Some(u)) if have != u => {
                    self.report.warnings.push(RowIssue::new(
                        &p.file,
                        p.line,
                        IssueReason::ProfileTaken {
                            platform: self
                                .rules
                                .get(platform)
                                .map_or_else(|| platform.clone(), |r| r.name.clone()),
                            have: have.clone(),
                            url: u.clone(),
                        },
                    ));
                }
                (Some(_), None) | (Some(Some(_)), Some(_)) => {}
                (None | Some(None), _) => {
                    if let Some(u) = url {
                        if self
                            .by_url
                            .get(&(platform.clone(), u.clone()))
                            .is_some_and(|o| *o != id)
                        {
                            continue;
                        }
                        self.by_url.insert((platform.clone(), u.clone()), id);
                    }
                    self.bulk.set_profile(id, platform, url.as_deref())?;
                    new_profiles.insert(platform.clone(), url.clone());
                    changed = true;
                }
            }
        }
        if let Some(k) = self.known.get_mut(&id) {
            k.fields = merged;
            k.profiles = new_profiles;
        }
        self.touch(
            id,
            if changed {
                Touch::Updated
            } else {
                Touch::Unchanged
            },
        );
        Ok(())
    }

    fn touch(&mut self, id: ContactId, t: Touch) {
        let slot = self.touched.entry(id).or_insert(t);
        *slot = (*slot).max(t);
    }

    fn load_source(&mut self, source: &str) -> Result<(), StoreError> {
        if self.sources_loaded.insert(source.to_owned()) {
            for k in self.bulk.event_keys(source)? {
                self.kinds.insert((k.contact, k.platform.clone(), k.kind));
                self.events.insert(k);
            }
        }
        Ok(())
    }

    /// Appends an event unless the log has it already (same contact, platform, kind, time
    /// and source). Returns whether it was appended.
    pub fn event(
        &mut self,
        contact: ContactId,
        platform: &str,
        kind: EventKind,
        at: Timestamp,
        message: &str,
        source: &str,
    ) -> Result<bool, ImportError> {
        self.load_source(source)?;
        let key = EventKey::new(contact, platform, kind, at);
        if self.events.contains(&key) {
            self.report.events_existing += 1;
            return Ok(false);
        }
        self.bulk.event(&NewEvent {
            contact_id: contact,
            platform: platform.to_owned(),
            kind,
            at,
            message: message.to_owned(),
            source: source.to_owned(),
        })?;
        self.kinds.insert((contact, platform.to_owned(), kind));
        self.events.insert(key);
        self.report.events_added += 1;
        Ok(true)
    }

    /// Appends an event whose time the file does not tell (a vCard says "connected", not
    /// since when): added once per contact, platform, kind and source, at `at`.
    pub fn event_once(
        &mut self,
        contact: ContactId,
        platform: &str,
        kind: EventKind,
        at: Timestamp,
        source: &str,
    ) -> Result<bool, ImportError> {
        self.load_source(source)?;
        if self.kinds.contains(&(contact, platform.to_owned(), kind)) {
            self.report.events_existing += 1;
            return Ok(false);
        }
        self.event(contact, platform, kind, at, "", source)
    }

    /// Gives access to the bulk write for what is not about people (analytics days).
    pub fn bulk(&mut self) -> &mut Bulk<'s> {
        &mut self.bulk
    }

    /// When this import started.
    #[must_use]
    pub fn started_at(&self) -> Timestamp {
        self.bulk.started_at()
    }

    /// Counts contacts, writes the journal entry and commits. Returns the report.
    pub fn finish(mut self) -> Result<ImportReport, ImportError> {
        for t in self.touched.values() {
            match t {
                Touch::Added => self.report.added += 1,
                Touch::Updated => self.report.updated += 1,
                Touch::Unchanged => self.report.unchanged += 1,
            }
        }
        self.commit()
    }

    /// Writes the journal entry with the report's counts as they are, and commits.
    pub fn commit(mut self) -> Result<ImportReport, ImportError> {
        let path = self
            .report
            .paths
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join("\n");
        let json = serde_json::to_string(&self.report).unwrap_or_else(|_| "{}".into());
        let id = self.bulk.record_import(&JournalEntry {
            kind: self.report.kind.code(),
            path: &path,
            added: self.report.added,
            updated: self.report.updated,
            unchanged: self.report.unchanged,
            skipped: self.report.skipped.len() as u64,
            report_json: &json,
        })?;
        self.report.journal_id = id;
        self.bulk.commit()?;
        Ok(self.report)
    }
}

/// What an import changes in a contact it found: names only where they were empty;
/// company, position and phone take the file's newer value; an e-mail address is added
/// where none was known (a different one is kept as it is); notes are added to, never
/// replaced.
fn merge_fields(have: &ContactFields, new: &ContactFields) -> ContactFields {
    let keep_or_fill = |a: &str, b: &str| {
        if a.is_empty() {
            b.to_owned()
        } else {
            a.to_owned()
        }
    };
    let newer = |a: &str, b: &str| {
        if b.is_empty() {
            a.to_owned()
        } else {
            b.to_owned()
        }
    };
    let notes = if new.notes.trim().is_empty() || have.notes.contains(new.notes.trim()) {
        have.notes.clone()
    } else if have.notes.is_empty() {
        new.notes.trim().to_owned()
    } else {
        format!("{}\n\n{}", have.notes, new.notes.trim())
    };
    ContactFields {
        first_name: keep_or_fill(&have.first_name, &new.first_name),
        last_name: keep_or_fill(&have.last_name, &new.last_name),
        company: newer(&have.company, &new.company),
        position: newer(&have.position, &new.position),
        email: keep_or_fill(&have.email, &new.email),
        phone: newer(&have.phone, &new.phone),
        notes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merging_fills_gaps_takes_newer_jobs_and_adds_notes() {
        let have = ContactFields {
            company: "Old GmbH".into(),
            email: "anna@old.de".into(),
            notes: "met at DMEXCO".into(),
            ..ContactFields::named("Anna", "Müller")
        };
        let new = ContactFields {
            company: "New AG".into(),
            email: "anna@new.de".into(),
            notes: "XING note".into(),
            ..ContactFields::named("Anne", "")
        };
        let m = merge_fields(&have, &new);
        assert_eq!(m.first_name, "Anna");
        assert_eq!(m.company, "New AG");
        assert_eq!(m.email, "anna@old.de");
        assert_eq!(m.notes, "met at DMEXCO\n\nXING note");
        assert_eq!(merge_fields(&m, &new), m, "merging twice changes nothing");
    }
}
