//! `followdesk demo`: fills an empty store with realistic, deterministic history on every
//! platform — connections, followers, requests with real-looking messages, redirects to
//! Follow that later connected or not, lost followers, engagement and my own posts.
//!
//! The generator decides a *scenario* for each relationship and tallies what that scenario
//! should mean for the summary, independently of the event fold; a test checks that the
//! store's summary (derived from the events) agrees.

mod signals;
mod texts;

use chrono::{Duration, NaiveDate, TimeZone, Utc};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::domain::summary::Summary;
use crate::domain::tag::REDIRECT_TAG;
use crate::domain::time::Timestamp;
use crate::domain::{
    ContactFields, ContactId, EventKind, NewEvent, NewPost, PlatformRule, PostAudience, PostKind,
};
use crate::store::{Bulk, Store, StoreError};
use crate::t;

/// What to generate.
#[derive(Debug, Clone, Copy)]
pub struct DemoOptions {
    pub contacts: u32,
    pub seed: u64,
    /// The day the history ends on; the same seed and day give the same data.
    pub today: NaiveDate,
}

/// What the demo wrote, as the generator counted it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoReport {
    pub expected: Summary,
    pub events: u64,
    pub posts: u64,
}

/// Why the demo did not run (in the active language when shown).
#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    /// The database holds this many contacts already.
    NotEmpty(u64),
    /// Shown as the store's error, with no source of its own.
    Store(StoreError),
}

impl std::fmt::Display for DemoError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NotEmpty(count) => f.write_str(&t!("error-demo-not-empty", count = *count)),
            Self::Store(e) => e.fmt(f),
        }
    }
}

impl From<StoreError> for DemoError {
    fn from(e: StoreError) -> Self {
        Self::Store(e)
    }
}

/// One relationship's story on one platform.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scenario {
    Connected,
    FollowerOnly,
    FollowerConnectedLater,
    LostFollower,
    RedirectedNothingYet,
    RedirectedFollowing,
    RedirectedConnectedLater,
    PendingIncoming,
    PendingOutgoing,
    Declined,
    Removed,
}

impl Scenario {
    /// Picks a story the platform's rules allow.
    fn pick(rng: &mut ChaCha8Rng, rule: &PlatformRule) -> Self {
        use Scenario as S;
        let roll: u32 = rng.random_range(0..100);
        if rule.follow_without_connecting {
            match roll {
                0..40 => S::Connected,
                40..50 => S::FollowerOnly,
                50..56 => S::FollowerConnectedLater,
                56..61 => S::LostFollower,
                61..66 => S::RedirectedNothingYet,
                66..75 => S::RedirectedFollowing,
                75..80 => S::RedirectedConnectedLater,
                80..86 => S::PendingIncoming,
                86..90 => S::PendingOutgoing,
                90..96 => S::Declined,
                _ => S::Removed,
            }
        } else {
            match roll {
                0..66 => S::Connected,
                66..76 => S::PendingIncoming,
                76..82 => S::PendingOutgoing,
                82..93 => S::Declined,
                _ => S::Removed,
            }
        }
    }

    fn tally(self, s: &mut crate::domain::summary::PlatformSummary) {
        use Scenario as S;
        match self {
            S::Connected | S::FollowerConnectedLater | S::RedirectedConnectedLater => {
                s.connections += 1;
            }
            S::FollowerOnly => s.followers += 1,
            S::RedirectedNothingYet => s.redirected += 1,
            S::RedirectedFollowing => {
                s.redirected += 1;
                s.followers += 1;
            }
            S::PendingIncoming => s.pending_incoming += 1,
            S::PendingOutgoing => s.pending_outgoing += 1,
            S::LostFollower | S::Declined | S::Removed => {}
        }
    }
}

/// Fills `store`, which must be empty, in one transaction.
pub fn fill(store: &mut Store, opts: DemoOptions) -> Result<DemoReport, DemoError> {
    let existing = store.contact_count()?;
    if existing > 0 {
        return Err(DemoError::NotEmpty(existing));
    }
    let rules = store.rules().clone();
    let mut rng = ChaCha8Rng::seed_from_u64(opts.seed);
    let today = Utc.from_utc_datetime(&opts.today.and_hms_opt(17, 0, 0).unwrap_or_default());
    let mut expected = Summary::empty(&rules);
    let mut event_count = 0u64;
    let mut post_count = 0u64;

    let mut bulk = store.bulk()?;
    {
        let mut w = Writer {
            bulk: &mut bulk,
            today,
        };
        let mut people = Vec::new();
        for n in 0..opts.contacts {
            let person = Person::random(&mut rng);
            let id = w.contact(&person)?;
            let on_all = rng.random_bool(0.2);
            let first = rng.random_range(0..rules.all().len());
            for (i, rule) in rules.all().iter().enumerate() {
                if !(on_all || i == first) {
                    continue;
                }
                w.profile(id, rule, &person, n)?;
                let scenario = Scenario::pick(&mut rng, rule);
                scenario.tally(expected.platforms.entry(rule.key.clone()).or_default());
                event_count += w.story(&mut rng, id, rule, scenario, &person)?;
                people.push((id, rule.key.clone(), person.clone()));
            }
            if rng.random_bool(0.15) {
                w.tag(id, texts::TAGS[rng.random_range(0..texts::TAGS.len())])?;
            }
        }
        // Posts draw from their own stream, so the content mix does not depend on how
        // many contacts were made.
        let mut post_rng = ChaCha8Rng::seed_from_u64(opts.seed ^ 0x706f_7374);
        for rule in rules.all() {
            post_count += w.posts(&mut post_rng, rule)?;
        }
        let mut signal_rng = ChaCha8Rng::seed_from_u64(opts.seed ^ 0x7369_676e);
        event_count += signals::add(&mut w, &mut signal_rng, &people)?;
    }
    bulk.commit()?;
    expected.contacts = u64::from(opts.contacts);
    Ok(DemoReport {
        expected,
        events: event_count,
        posts: post_count,
    })
}

/// A made-up person.
#[derive(Clone)]
struct Person {
    first: &'static str,
    last: &'static str,
    company: &'static str,
    position: &'static str,
    german: bool,
}

impl Person {
    fn random(rng: &mut ChaCha8Rng) -> Self {
        let first = texts::FIRST_NAMES[rng.random_range(0..texts::FIRST_NAMES.len())];
        Self {
            first,
            last: texts::LAST_NAMES[rng.random_range(0..texts::LAST_NAMES.len())],
            company: texts::COMPANIES[rng.random_range(0..texts::COMPANIES.len())],
            position: texts::POSITIONS[rng.random_range(0..texts::POSITIONS.len())],
            german: rng.random_bool(0.6),
        }
    }

    fn slug(&self, n: u32) -> String {
        let ascii: String = format!("{}-{}", self.first, self.last)
            .to_lowercase()
            .chars()
            .map(|c| match c {
                'ä' => 'a',
                'ö' => 'o',
                'ü' => 'u',
                'ß' => 's',
                'é' => 'e',
                'ı' => 'i',
                c if c.is_ascii_alphanumeric() => c,
                _ => '-',
            })
            .collect();
        format!("{ascii}-{n:x}")
    }
}

/// Writes demo records through a [`Bulk`].
struct Writer<'b, 's> {
    bulk: &'b mut Bulk<'s>,
    today: Timestamp,
}

impl Writer<'_, '_> {
    fn contact(&mut self, p: &Person) -> Result<ContactId, StoreError> {
        let email = format!("{}@example.com", p.slug(0).trim_end_matches("-0"));
        self.bulk.add_contact(ContactFields {
            first_name: p.first.to_owned(),
            last_name: p.last.to_owned(),
            company: p.company.to_owned(),
            position: p.position.to_owned(),
            email,
            ..ContactFields::default()
        })
    }

    fn profile(
        &mut self,
        id: ContactId,
        rule: &PlatformRule,
        p: &Person,
        n: u32,
    ) -> Result<(), StoreError> {
        let url = format!("{}/{}/{}", rule.profile_host, rule.profile_path, p.slug(n));
        self.bulk.set_profile(id, &rule.key, Some(&url))
    }

    fn tag(&mut self, id: ContactId, name: &str) -> Result<(), StoreError> {
        self.bulk.tag(id, name)
    }

    fn event(
        &mut self,
        id: ContactId,
        platform: &str,
        kind: EventKind,
        at: Timestamp,
        message: &str,
    ) -> Result<u64, StoreError> {
        self.bulk.event(&NewEvent {
            contact_id: id,
            platform: platform.to_owned(),
            kind,
            at,
            message: message.to_owned(),
            source: "demo".to_owned(),
        })?;
        Ok(1)
    }

    /// Writes one relationship's events; returns how many.
    fn story(
        &mut self,
        rng: &mut ChaCha8Rng,
        id: ContactId,
        rule: &PlatformRule,
        scenario: Scenario,
        p: &Person,
    ) -> Result<u64, DemoError> {
        use EventKind as K;
        use Scenario as S;
        let key = rule.key.as_str();
        // Pending requests are recent; other stories start up to three years back.
        let start = match scenario {
            S::PendingIncoming | S::PendingOutgoing => {
                self.today - Duration::hours(rng.random_range(1..24 * 21))
            }
            // Some followers are new: Today shows the week's gains.
            S::FollowerOnly if rng.random_bool(0.15) => {
                self.today - Duration::hours(rng.random_range(1..24 * 30))
            }
            _ => self.today - Duration::hours(rng.random_range(24 * 30..24 * 1100)),
        };
        let today = self.today;
        let later = |rng: &mut ChaCha8Rng, from: Timestamp, max_days: i64| {
            let span = (today - from).num_hours().clamp(1, max_days * 24);
            from + Duration::hours(rng.random_range(1..=span))
        };
        let mut n = 0;
        let mut engaged_from = None;
        match scenario {
            S::Connected => {
                let msg = request_text(rng, rule, p, true);
                n += self.event(id, key, K::RequestReceived, start, &msg)?;
                let at = later(rng, start, 5);
                n += self.event(id, key, K::RequestAccepted, at, "")?;
                engaged_from = Some(at);
            }
            S::FollowerOnly | S::FollowerConnectedLater | S::LostFollower => {
                n += self.event(id, key, K::StartedFollowing, start, "")?;
                engaged_from = Some(start);
                if scenario == S::FollowerConnectedLater {
                    let at = later(rng, start, 400);
                    n += self.event(id, key, K::RequestSent, at, "")?;
                    n += self.event(id, key, K::RequestAccepted, later(rng, at, 3), "")?;
                } else if scenario == S::LostFollower {
                    n += self.event(id, key, K::StoppedFollowing, later(rng, start, 300), "")?;
                    engaged_from = None;
                }
            }
            S::RedirectedNothingYet | S::RedirectedFollowing | S::RedirectedConnectedLater => {
                let msg = request_text(rng, rule, p, false);
                n += self.event(id, key, K::RequestReceived, start, &msg)?;
                let at = later(rng, start, 3);
                n += self.event(id, key, K::RedirectedToFollow, at, "")?;
                self.tag(id, REDIRECT_TAG)?;
                if scenario != S::RedirectedNothingYet {
                    let followed = later(rng, at, 10);
                    n += self.event(id, key, K::StartedFollowing, followed, "")?;
                    engaged_from = Some(followed);
                    if scenario == S::RedirectedConnectedLater {
                        let asked = later(rng, followed, 360);
                        let msg = request_text(rng, rule, p, true);
                        n += self.event(id, key, K::RequestReceived, asked, &msg)?;
                        n += self.event(id, key, K::RequestAccepted, later(rng, asked, 2), "")?;
                    }
                }
            }
            S::PendingIncoming => {
                let specific = rng.random_bool(0.3);
                let msg = request_text(rng, rule, p, specific);
                n += self.event(id, key, K::RequestReceived, start, &msg)?;
                if rng.random_bool(0.1) {
                    n += self.event(id, key, K::DecisionDeferred, later(rng, start, 2), "")?;
                }
            }
            S::PendingOutgoing => n += self.event(id, key, K::RequestSent, start, "")?,
            S::Declined => {
                let msg = request_text(rng, rule, p, false);
                n += self.event(id, key, K::RequestReceived, start, &msg)?;
                n += self.event(id, key, K::RequestDeclined, later(rng, start, 4), "")?;
            }
            S::Removed => {
                n += self.event(id, key, K::Connected, start, "")?;
                n += self.event(id, key, K::Disconnected, later(rng, start, 500), "")?;
            }
        }
        if let Some(from) = engaged_from {
            n += self.engagement(rng, id, key, from)?;
        }
        Ok(n)
    }

    /// Likes, comments, shares and messages after `from`, more of them for a few people.
    fn engagement(
        &mut self,
        rng: &mut ChaCha8Rng,
        id: ContactId,
        key: &str,
        from: Timestamp,
    ) -> Result<u64, StoreError> {
        use EventKind as K;
        let active = rng.random_bool(0.7);
        let count = if active { rng.random_range(1..24) } else { 0 };
        let span = (self.today - from).num_hours().max(1);
        let mut n = 0;
        for _ in 0..count {
            // Skew towards recent: square of a uniform in [0,1) from the end.
            let u: f64 = rng.random();
            let back = (u.powf(1.3) * span as f64) as i64;
            let at = self.today - Duration::hours(back);
            let kind = match rng.random_range(0..20) {
                0..11 => K::Liked,
                11..15 => K::Commented,
                15..17 => K::Shared,
                17..19 => K::Message,
                _ => K::Meeting,
            };
            let msg = if kind == K::Message {
                texts::MESSAGES[rng.random_range(0..texts::MESSAGES.len())]
            } else {
                ""
            };
            n += self.event(id, key, kind, at, msg)?;
        }
        Ok(n)
    }

    /// About one and a half posts a week for three years, the mix turning promotional lately;
    /// one in five for connections only.
    fn posts(&mut self, rng: &mut ChaCha8Rng, rule: &PlatformRule) -> Result<u64, StoreError> {
        let mut n = 0;
        let mut at = self.today - Duration::days(1095);
        while at < self.today {
            let recent = (self.today - at).num_days() < 90;
            let kind = match rng.random_range(0..10) {
                0..6 if !recent => PostKind::Relevant,
                0..2 => PostKind::Relevant,
                6..9 if !recent => PostKind::Promotional,
                2..9 => PostKind::Promotional,
                _ => PostKind::ProfileUpdate,
            };
            let reach: u32 = if kind == PostKind::Relevant { 40 } else { 8 };
            self.bulk.post(&NewPost {
                platform: rule.key.clone(),
                posted_at: at,
                kind,
                url: String::new(),
                text: String::new(),
                reactions: rng.random_range(0..reach),
                comments: rng.random_range(0..reach / 4 + 1),
                shares: rng.random_range(0..reach / 8 + 1),
                impressions: Some(rng.random_range(reach * 10..reach * 60)),
                // Every fifth post for connections only (no draw: the rest stays as seeded).
                audience: if n % 5 == 4 {
                    PostAudience::Connections
                } else {
                    PostAudience::Anyone
                },
            })?;
            n += 1;
            at += Duration::hours(rng.random_range(48..170));
        }
        Ok(n)
    }
}

/// A request message fitting the platform: XING's Basic members mostly send none.
fn request_text(rng: &mut ChaCha8Rng, rule: &PlatformRule, p: &Person, specific: bool) -> String {
    if !rule.request_message
        || (!specific && !rule.follow_without_connecting && rng.random_bool(0.7))
    {
        return String::new();
    }
    let pool = if specific {
        texts::SPECIFIC
    } else {
        texts::UNSPECIFIC
    };
    // German speakers get the German half of each list more often.
    let mut pick = pool[rng.random_range(0..pool.len())];
    if p.german && !looks_german(pick) && rng.random_bool(0.5) {
        pick = pool[rng.random_range(0..pool.len())];
    }
    let text = pick.replace("{first}", p.first);
    if !rule.follow_without_connecting && text.contains("LinkedIn") {
        return String::new();
    }
    text
}

fn looks_german(s: &str) -> bool {
    ["Ich", "Hallo", "Guten", "Wir", "Ihr"]
        .iter()
        .any(|w| s.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, set_lang};

    #[test]
    fn a_full_database_is_named_with_its_count_in_both_languages() {
        set_lang(Lang::De);
        assert_eq!(
            DemoError::NotEmpty(1_234).to_string(),
            "die Datenbank enthält bereits 1.234 Kontakte; Demodaten kommen nur in eine leere \
             Datenbank (wählen Sie mit --db eine andere)"
        );
        set_lang(Lang::En);
        assert!(
            DemoError::NotEmpty(1)
                .to_string()
                .starts_with("the database already holds 1 contact;")
        );
        assert_eq!(
            DemoError::from(StoreError::MergeSelf).to_string(),
            "cannot merge a contact into itself"
        );
    }
}
