//! The loader: decides who is who and writes people and events through one
//! [`Bulk`] (one transaction). Identity rules, in order:
//!
//! 1. a profile URL (normalised) identifies a person on its platform;
//! 2. an e-mail address (compared case-insensitively, Unicode-aware) links profiles on
//!    different platforms into one contact — unless that contact already has another
//!    profile URL on the same platform;
//! 3. a row with neither (older LinkedIn exports have no URL column) matches a contact on
//!    the same platform whose profile has no URL and whose name is the same — and whose
//!    connection day is the row's, when both are known — each such contact at most once
//!    per import: re-importing an old export does not duplicate, and two different
//!    "Peter Fischer"s in one file stay two;
//! 4. a row with a link nobody has yet (a 2026 export after a 2018/2022 one without
//!    links) matches a contact on that platform without a link whose name *and*
//!    connection day are the row's; among several, the one at the same company.
//!
//! Equal names alone never merge a row with a link. An event already in the log (same contact, platform,
//! kind, time and source) is not appended again.

use std::collections::{HashMap, HashSet};

use crate::domain::contact::{MAX_FIELD_CHARS, MAX_NOTES_CHARS};
use crate::domain::identity::{
    normalise_email, normalise_name, normalise_profile_url_on, squeeze_whitespace,
};
use crate::domain::signals::job::{Job, JobChange, same_job};
use crate::domain::tag::clean_tag_name;
use crate::domain::time::Timestamp;
use crate::domain::{ContactFields, ContactId, EventKind, Field, PlatformRules};
use crate::store::{Bulk, JournalEntry, StoreError};

use super::{ImportError, ImportReport, IssueReason, Person, RowIssue};

/// The source of the job changes an import notices.
pub const JOB_CHANGE_SOURCE: &str = "import";

/// The loader's maps are looked up several times per row of files with tens of thousands
/// of rows: foldhash costs far less than the default `SipHash` for these short
/// keys, and still seeded per map.
pub(super) type FastMap<K, V> = HashMap<K, V, foldhash::fast::RandomState>;
type FastSet<K> = HashSet<K, foldhash::fast::RandomState>;

/// A platform by its position in the rules, so keys need no string.
type PlatformIx = usize;

/// What makes an event the same event: contact, platform, kind and time (seconds).
type EventSig = (ContactId, PlatformIx, EventKind, i64);

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
    /// (platform, normalised URL; `None`: on the platform, link unknown), one per platform.
    profiles: Vec<(String, Option<String>)>,
}

impl Known {
    /// The profile on `platform`: `None` when not on it, `Some(None)` when on it without a link.
    fn profile(&self, platform: &str) -> Option<&Option<String>> {
        self.profiles
            .iter()
            .find(|(p, _)| p == platform)
            .map(|(_, u)| u)
    }

    fn set_profile(&mut self, platform: &str, url: Option<String>) {
        match self.profiles.iter_mut().find(|(p, _)| p == platform) {
            Some(slot) => slot.1 = url,
            None => self.profiles.push((platform.to_owned(), url)),
        }
    }
}

/// What an update does with one profile the file names.
enum ProfileStep {
    /// The contact has another link there: kept, with a warning.
    Conflict(IssueReason),
    /// Nothing new.
    Keep,
    /// New platform, or a link where there was none.
    Set,
}

/// An open import: the bulk write, the identity indexes and the report so far.
pub struct Loader<'s> {
    bulk: Bulk<'s>,
    rules: PlatformRules,
    known: FastMap<ContactId, Known>,
    /// Per platform (by its index in the rules): normalised profile URL → contact.
    by_url: Vec<FastMap<String, ContactId>>,
    by_email: FastMap<String, ContactId>,
    /// (platform, normalised name) → contacts on that platform without a profile URL.
    urlless: FastMap<(String, String), Vec<ContactId>>,
    /// normalised name → live contacts with no profile and no e-mail (generic imports).
    bare: FastMap<String, Vec<ContactId>>,
    claimed: FastSet<ContactId>,
    /// (contact, platform) → the day they became a connection there, where known: read
    /// only when some contact has no link, and kept up to date by this import.
    connection_days: FastMap<(ContactId, PlatformIx), chrono::NaiveDate>,
    touched: FastMap<ContactId, Touch>,
    events: FastSet<EventSig>,
    /// (contact, platform, kind) of events in `events`, for facts without a real time.
    kinds: FastSet<(ContactId, PlatformIx, EventKind)>,
    sources_loaded: FastSet<String>,
    /// The jobs each contact has left, by earlier job changes: going back to one (an older
    /// export read again) is no job change.
    left_jobs: FastMap<ContactId, Vec<Job>>,
    pub report: ImportReport,
}

impl<'s> Loader<'s> {
    /// Opens the loader on a bulk write and reads the identity indexes.
    pub fn new(
        bulk: Bulk<'s>,
        rules: PlatformRules,
        report: ImportReport,
    ) -> Result<Self, StoreError> {
        let mut known: FastMap<ContactId, Known> = bulk
            .known_contacts()?
            .into_iter()
            .map(|c| {
                (
                    c.id,
                    Known {
                        fields: c.fields,
                        live: c.live,
                        profiles: Vec::new(),
                    },
                )
            })
            .collect();
        let mut by_url: Vec<FastMap<String, ContactId>> =
            rules.all().iter().map(|_| FastMap::default()).collect();
        for p in bulk.known_profiles()? {
            if let Some(u) = &p.url
                && let Some(ix) = rules.index_of(&p.platform)
            {
                by_url[ix].insert(u.clone(), p.contact);
            }
            if let Some(k) = known.get_mut(&p.contact) {
                k.set_profile(&p.platform, p.url);
            }
        }
        let mut me = Self {
            bulk,
            rules,
            known: FastMap::default(),
            by_url,
            by_email: FastMap::default(),
            urlless: FastMap::default(),
            bare: FastMap::default(),
            claimed: FastSet::default(),
            connection_days: FastMap::default(),
            touched: FastMap::default(),
            events: FastSet::default(),
            kinds: FastSet::default(),
            sources_loaded: FastSet::default(),
            left_jobs: FastMap::default(),
            report,
        };
        for (id, change) in me.bulk.job_change_history()? {
            me.left_jobs.entry(id).or_default().push(change.from);
        }
        let mut ids: Vec<ContactId> = known.keys().copied().collect();
        ids.sort_unstable();
        for id in ids {
            if let Some(k) = known.remove(&id) {
                me.index(id, &k);
                me.known.insert(id, k);
            }
        }
        if !me.urlless.is_empty() {
            let (rules, days) = (&me.rules, &mut me.connection_days);
            me.bulk.for_each_connection_day(|contact, platform, secs| {
                if let (Some(ix), Some(at)) = (
                    rules.index_of(platform),
                    chrono::DateTime::from_timestamp(secs, 0),
                ) {
                    days.insert((contact, ix), at.date_naive());
                }
            })?;
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
        let bare = k.profiles.is_empty() && k.fields.email.is_empty();
        if !bare && k.profiles.iter().all(|(_, url)| url.is_some()) {
            return; // found by link or e-mail only: no need for the name
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
        if bare {
            self.bare.entry(name).or_default().push(id);
        }
    }

    /// The contact whose profile on `platform` has this normalised URL.
    fn url_owner(&self, platform: &str, url: &str) -> Option<ContactId> {
        let ix = self.rules.index_of(platform)?;
        self.by_url[ix].get(url).copied()
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
        let url = normalise_profile_url_on(self.rules.get(platform)?, url).ok()?;
        self.url_owner(platform, &url)
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
        if let Some(problem) = refused_value(&person.fields) {
            let person_name = format!("{} {}", person.fields.first_name, person.fields.last_name)
                .chars()
                .map(|c| if c.is_control() { '\u{fffd}' } else { c })
                .collect::<String>();
            self.report.skipped.push(RowIssue::new(
                &person.file,
                person.line,
                IssueReason::BadValue {
                    person: person_name.trim().to_owned(),
                    problem,
                },
            ));
            return Ok(None);
        }
        let profiles = self.clean_profiles(&person);
        let day_ix = profiles.first().and_then(|(p, _)| self.rules.index_of(p));
        let id = match self.find(&person, &profiles) {
            Some(id) => {
                self.update(id, &person, &profiles)?;
                id
            }
            None => self.add(std::mem::take(&mut person.fields), profiles)?,
        };
        if let Some(day) = person.connected_on
            && let Some(ix) = day_ix
        {
            let slot = self.connection_days.entry((id, ix)).or_insert(day);
            *slot = (*slot).min(day);
        }
        for tag in &person.tags {
            if let Err(problem) = clean_tag_name(tag) {
                self.report.warnings.push(RowIssue::new(
                    &person.file,
                    person.line,
                    IssueReason::BadTag {
                        tag: tag.chars().filter(|c| !c.is_control()).collect(),
                        problem,
                    },
                ));
                continue;
            }
            if self.bulk.add_tag(id, tag)? {
                self.touch(id, Touch::Updated);
            }
        }
        Ok(Some(id))
    }

    /// Brings the known contact `id` up to date with `person`, a row found to be them by
    /// other means (a captured request the export brings again): fills a missing link.
    pub fn update_known(&mut self, id: ContactId, mut person: Person) -> Result<(), ImportError> {
        self.clean(&mut person);
        let profiles = self.clean_profiles(&person);
        self.update(id, &person, &profiles)
    }

    /// Trims over-long fields and drops an e-mail address that is not one, with a warning.
    fn clean(&mut self, p: &mut Person) {
        let mut warnings: Vec<IssueReason> = Vec::new();
        let f = &mut p.fields;
        super::person::move_titles(&mut f.first_name, &mut f.last_name);
        for (field, value) in [
            (Field::FirstName, &mut f.first_name),
            (Field::LastName, &mut f.last_name),
            (Field::Company, &mut f.company),
            (Field::Position, &mut f.position),
            (Field::Email, &mut f.email),
            (Field::Phone, &mut f.phone),
        ] {
            squeeze_whitespace(value);
            if value.chars().count() > MAX_FIELD_CHARS {
                *value = value.chars().take(MAX_FIELD_CHARS).collect();
                warnings.push(IssueReason::FieldCut {
                    field,
                    max: MAX_FIELD_CHARS,
                });
            }
        }
        if f.notes.chars().count() > MAX_NOTES_CHARS {
            f.notes = f.notes.chars().take(MAX_NOTES_CHARS).collect();
            warnings.push(IssueReason::NotesCut);
        }
        if !f.email.is_empty() {
            let probe = ContactFields {
                email: f.email.clone(),
                ..ContactFields::named("x", "")
            };
            if probe.validated().is_err() {
                warnings.push(IssueReason::NotAnEmail {
                    value: f.email.clone(),
                });
                f.email.clear();
            }
        }
        for w in warnings {
            self.report.warnings.push(RowIssue::new(&p.file, p.line, w));
        }
    }

    /// Profiles with normalised URLs; links that are not http(s) are left out with a warning.
    fn clean_profiles(&mut self, p: &Person) -> Vec<(String, Option<String>)> {
        let mut out: Vec<(String, Option<String>)> = Vec::new();
        for (platform, url) in &p.profiles {
            let Some(rule) = self.rules.get(platform) else {
                continue;
            };
            let url = match url.as_deref().map(str::trim).filter(|u| !u.is_empty()) {
                None => None,
                Some(u) => {
                    let normalised = normalise_profile_url_on(rule, u).ok();
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
                && let Some(id) = self.url_owner(platform, u)
            {
                return Some(id);
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
                        .and_then(|k| k.profile(platform))
                        .is_some_and(Option::is_some)
            });
            if !conflict {
                return Some(id);
            }
        }
        let name = || normalise_name(&p.fields.first_name, &p.fields.last_name);
        // With a link nobody has: only a contact without one, of the same name and day.
        let linked = profiles.iter().find(|(_, u)| u.is_some());
        let candidates = if profiles.is_empty() {
            if !p.fields.email.is_empty() {
                return None;
            }
            self.bare.get(&name())
        } else if let Some((platform, _)) = linked {
            p.connected_on?;
            self.urlless.get(&(platform.clone(), name()))
        } else {
            self.urlless.get(&(profiles[0].0.clone(), name()))
        };
        let platform = linked.or(profiles.first()).map(|(pl, _)| pl.as_str());
        let ix = platform.and_then(|pl| self.rules.index_of(pl));
        let fits = |id: &ContactId| {
            if self.claimed.contains(id) {
                return false;
            }
            let Some(ix) = ix else { return true };
            let day = self.connection_days.get(&(*id, ix));
            let still_unlinked = platform
                .and_then(|pl| self.known.get(id).and_then(|k| k.profile(pl)))
                .is_some_and(Option::is_none);
            match (linked.is_some(), day, p.connected_on) {
                (true, Some(d), Some(want)) => *d == want && still_unlinked,
                (true, ..) => false,
                (false, Some(d), Some(want)) => *d == want,
                (false, ..) => true,
            }
        };
        let fitting: Vec<ContactId> = candidates?.iter().copied().filter(fits).collect();
        let same_company = |id: &&ContactId| {
            !p.fields.company.is_empty()
                && self.known.get(id).is_some_and(|k| {
                    k.fields.company.to_lowercase() == p.fields.company.to_lowercase()
                })
        };
        let id = *fitting.iter().find(same_company).or(fitting.first())?;
        self.claimed.insert(id);
        Some(id)
    }

    fn add(
        &mut self,
        fields: ContactFields,
        profiles: Vec<(String, Option<String>)>,
    ) -> Result<ContactId, ImportError> {
        let id = self.bulk.add_contact(fields.clone())?;
        for (platform, url) in &profiles {
            self.bulk
                .set_normalised_profile(id, platform, url.as_deref())?;
            if let Some(u) = url
                && let Some(ix) = self.rules.index_of(platform)
            {
                self.by_url[ix].insert(u.clone(), id);
            }
        }
        let known = Known {
            fields,
            live: true,
            profiles,
        };
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
        let Some(known) = self.known.get_mut(&id) else {
            return Err(StoreError::NoSuchContact(id.0).into());
        };
        let mut changed = false;
        let job_change = JobChange::detect(
            &Job::new(&known.fields.company, &known.fields.position),
            &Job::new(&p.fields.company, &p.fields.position),
        );
        if let Some(merged) = merge_fields(&known.fields, &p.fields) {
            self.bulk.update_contact(id, merged.clone())?;
            if known.fields.email.is_empty() && !merged.email.is_empty() {
                self.by_email
                    .entry(normalise_email(&merged.email))
                    .or_insert(id);
            }
            known.fields = merged;
            changed = true;
        }
        for (platform, url) in profiles {
            let step = match (known.profile(platform), url) {
                (Some(Some(have)), Some(u)) if have != u => {
                    ProfileStep::Conflict(IssueReason::ProfileTaken {
                        platform: self.rules.name_of(platform).to_owned(),
                        have: have.clone(),
                        url: u.clone(),
                    })
                }
                (Some(_), None) | (Some(Some(_)), Some(_)) => ProfileStep::Keep,
                (None | Some(None), _) => ProfileStep::Set,
            };
            match step {
                ProfileStep::Conflict(warning) => {
                    self.report
                        .warnings
                        .push(RowIssue::new(&p.file, p.line, warning));
                }
                ProfileStep::Keep => {}
                ProfileStep::Set => {
                    if let Some(u) = url
                        && let Some(ix) = self.rules.index_of(platform)
                    {
                        if self.by_url[ix].get(u).is_some_and(|o| *o != id) {
                            continue;
                        }
                        self.by_url[ix].insert(u.clone(), id);
                    }
                    self.bulk
                        .set_normalised_profile(id, platform, url.as_deref())?;
                    known.set_profile(platform, url.clone());
                    changed = true;
                }
            }
        }
        if let Some(change) = job_change {
            self.job_changed(id, profiles, &change)?;
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

    /// Records a job change on the contact's first platform in the file, once: not when
    /// the new job is one they left before (an older file read after a newer one).
    fn job_changed(
        &mut self,
        id: ContactId,
        profiles: &[(String, Option<String>)],
        change: &JobChange,
    ) -> Result<(), ImportError> {
        let left = self.left_jobs.entry(id).or_default();
        if left.iter().any(|j| same_job(j, &change.to)) {
            return Ok(());
        }
        left.push(change.from.clone());
        let Some((platform, _)) = profiles.first() else {
            return Ok(());
        };
        let at = self.bulk.started_at();
        self.bulk.log(
            id,
            platform,
            EventKind::JobChanged,
            at,
            &change.to_message(),
            JOB_CHANGE_SOURCE,
        )?;
        self.report.events_added += 1;
        Ok(())
    }

    fn touch(&mut self, id: ContactId, t: Touch) {
        let slot = self.touched.entry(id).or_insert(t);
        *slot = (*slot).max(t);
    }

    fn load_source(&mut self, source: &str) -> Result<(), StoreError> {
        if self.sources_loaded.contains(source) {
            return Ok(());
        }
        self.sources_loaded.insert(source.to_owned());
        let (rules, events, kinds) = (&self.rules, &mut self.events, &mut self.kinds);
        self.bulk
            .for_each_event_key(source, |contact, platform, kind, at_secs| {
                // Events on a platform the rules no longer know can never be added again.
                if let Some(ix) = rules.index_of(platform) {
                    kinds.insert((contact, ix, kind));
                    events.insert((contact, ix, kind, at_secs));
                }
            })
    }

    /// The platform's index in the rules; an unknown platform is refused as the store does.
    fn require_platform(&self, platform: &str) -> Result<PlatformIx, StoreError> {
        self.rules.require(platform)?;
        Ok(self.rules.index_of(platform).unwrap_or_default())
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
        let ix = self.require_platform(platform)?;
        let sig = (contact, ix, kind, at.timestamp());
        if self.events.contains(&sig) {
            self.report.events_existing += 1;
            return Ok(false);
        }
        self.bulk
            .log(contact, platform, kind, at, message, source)?;
        self.kinds.insert((contact, ix, kind));
        self.events.insert(sig);
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
        let ix = self.require_platform(platform)?;
        if self.kinds.contains(&(contact, ix, kind)) {
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

/// The domain's objection to a contact's fields as the loader cleaned them (a control
/// character, mostly): found by a scan, without copying the fields.
fn refused_value(f: &ContactFields) -> Option<crate::domain::DomainError> {
    let fields = [
        (Field::FirstName, &f.first_name),
        (Field::LastName, &f.last_name),
        (Field::Company, &f.company),
        (Field::Position, &f.position),
        (Field::Email, &f.email),
        (Field::Phone, &f.phone),
    ];
    let has_control = fields.iter().any(|(_, v)| v.chars().any(char::is_control))
        || f.notes
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t' && c != '\r');
    if !has_control {
        return None;
    }
    f.clone().validated().err()
}

/// What an import changes in a contact it found: names only where they were empty;
/// company, position and phone take the file's newer value; an e-mail address is added
/// where none was known (a different one is kept as it is); notes are added to, never
/// replaced. `None` when that changes nothing (a re-import, mostly): nothing is copied.
fn merge_fields(have: &ContactFields, new: &ContactFields) -> Option<ContactFields> {
    let keep_or_fill = |a: &str, b: &str| (if a.is_empty() { b } else { a }).to_owned();
    let newer = |a: &str, b: &str| (if b.is_empty() { a } else { b }).to_owned();
    let fill_changes = |a: &str, b: &str| a.is_empty() && !b.is_empty();
    let newer_changes = |a: &str, b: &str| !b.is_empty() && a != b;
    let new_notes = new.notes.trim();
    let notes_change = !new_notes.is_empty() && !have.notes.contains(new_notes);
    let changes = fill_changes(&have.first_name, &new.first_name)
        || fill_changes(&have.last_name, &new.last_name)
        || newer_changes(&have.company, &new.company)
        || newer_changes(&have.position, &new.position)
        || fill_changes(&have.email, &new.email)
        || newer_changes(&have.phone, &new.phone)
        || notes_change;
    if !changes {
        return None;
    }
    let notes = if !notes_change {
        have.notes.clone()
    } else if have.notes.is_empty() {
        new_notes.to_owned()
    } else {
        format!("{}\n\n{}", have.notes, new_notes)
    };
    Some(ContactFields {
        first_name: keep_or_fill(&have.first_name, &new.first_name),
        last_name: keep_or_fill(&have.last_name, &new.last_name),
        company: newer(&have.company, &new.company),
        position: newer(&have.position, &new.position),
        email: keep_or_fill(&have.email, &new.email),
        phone: newer(&have.phone, &new.phone),
        notes,
    })
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
        let m = merge_fields(&have, &new).unwrap();
        assert_eq!(m.first_name, "Anna");
        assert_eq!(m.company, "New AG");
        assert_eq!(m.email, "anna@old.de");
        assert_eq!(m.notes, "met at DMEXCO\n\nXING note");
        assert_eq!(
            merge_fields(&m, &new),
            None,
            "merging twice changes nothing"
        );
    }
}
