//! Metrics of the follower pipeline and of per-platform visibility, always derived from
//! the event log (DOMAIN.md, "Metrics").
//!
//! This module owns [`Log`], a compact in-memory snapshot of the live event log, my posts
//! and the imported daily series. The store loads it once (on a worker thread); the UI
//! keeps it current with [`Log::push`]; every metric is a pure function over `&Log` and
//! its parameters (the as-of day, windows, half-life, N, K), fast enough to run per frame
//! change on 100,000 contacts.

pub mod cohorts;
pub mod content;
pub mod followers;
pub mod funnel;
pub mod journey;
pub mod period;
pub mod visibility;
pub mod warmth;

use std::collections::HashMap;

use chrono::NaiveDate;

use super::{
    ContactId, DomainError, EventKind, NewEvent, NewPost, PlatformRule, PlatformRules,
    PostAudience, PostKind,
};

pub use cohorts::{CohortRow, TimeToConnectBucket, cohorts, time_to_connect};
pub use content::{
    ContentMix, EngagementPoint, KindCounts, MixParams, content_mix, engagement_rate,
};
pub use followers::{FollowerPoint, follower_series};
pub use funnel::{Funnel, FunnelCounts, PlatformFunnel, RedirectOutcome, funnel};
pub use period::{Month, Period};
pub use visibility::{PlatformVisibility, Segment, VisibilityParams, visibility};
pub use warmth::{OutreachEntry, OutreachReason, Warmth, WarmthParams, WarmthPart, outreach_list};

/// One event of the snapshot: 16 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LogEvent {
    /// Index into [`Log::contact_id`].
    pub contact: u32,
    /// Index into the platform rules, in their display order.
    pub platform: u8,
    pub kind: EventKind,
    /// UTC seconds since the epoch.
    pub at: i64,
}

/// One of my posts, as the metrics need it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LogPost {
    pub platform: u8,
    pub at: i64,
    pub kind: PostKind,
    /// Reactions, comments and shares together.
    pub engagements: u64,
    pub impressions: Option<u64>,
    pub audience: PostAudience,
}

/// One imported day of follower counts (`follower_counts`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FollowerDay {
    pub platform: u8,
    pub day: NaiveDate,
    pub new_followers: i64,
    /// Known only for the days the source states it.
    pub total: Option<i64>,
}

/// One imported day of impressions and engagements (`engagement_daily`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EngagementDay {
    pub platform: u8,
    pub day: NaiveDate,
    pub impressions: i64,
    pub engagements: i64,
}

/// The snapshot every metric reads. Events are kept sorted by (contact, platform, time);
/// events at the same second keep the order they were recorded in.
#[derive(Debug, Clone)]
pub struct Log {
    rules: PlatformRules,
    contacts: Vec<ContactId>,
    index: HashMap<ContactId, u32>,
    events: Vec<LogEvent>,
    posts: Vec<LogPost>,
    follower_days: Vec<FollowerDay>,
    engagement_days: Vec<EngagementDay>,
    skipped: u64,
}

/// The events of one contact on one platform, in time order.
#[derive(Debug, Clone, Copy)]
pub struct History<'a> {
    pub contact: u32,
    pub platform: u8,
    pub events: &'a [LogEvent],
}

impl History<'_> {
    /// The events before `cutoff` (seconds).
    #[must_use]
    pub fn until(&self, cutoff: i64) -> &[LogEvent] {
        let n = self.events.partition_point(|e| e.at < cutoff);
        &self.events[..n]
    }
}

impl Log {
    /// An empty log for these platforms.
    #[must_use]
    pub fn new(rules: &PlatformRules) -> Self {
        Self {
            rules: rules.clone(),
            contacts: Vec::new(),
            index: HashMap::new(),
            events: Vec::new(),
            posts: Vec::new(),
            follower_days: Vec::new(),
            engagement_days: Vec::new(),
            skipped: 0,
        }
    }

    /// The platform rules, in display order; a [`LogEvent::platform`] indexes them.
    #[must_use]
    pub fn platforms(&self) -> &[PlatformRule] {
        self.rules.all()
    }

    /// The index of a platform key.
    #[must_use]
    pub fn platform_index(&self, key: &str) -> Option<u8> {
        self.rules.index_of(key).and_then(|i| u8::try_from(i).ok())
    }

    /// The rule of a platform index.
    #[must_use]
    pub fn rule(&self, platform: u8) -> Option<&PlatformRule> {
        self.platforms().get(usize::from(platform))
    }

    /// The contact behind an index.
    #[must_use]
    pub fn contact_id(&self, contact: u32) -> ContactId {
        self.contacts[contact as usize]
    }

    /// How many contacts have events.
    #[must_use]
    pub fn contact_count(&self) -> usize {
        self.contacts.len()
    }

    /// Every event, sorted by (contact, platform, time).
    #[must_use]
    pub fn events(&self) -> &[LogEvent] {
        &self.events
    }

    /// My posts, oldest first.
    #[must_use]
    pub fn posts(&self) -> &[LogPost] {
        &self.posts
    }

    /// Imported follower counts, by platform and day.
    #[must_use]
    pub fn follower_days(&self) -> &[FollowerDay] {
        &self.follower_days
    }

    /// Imported impressions and engagements, by platform and day.
    #[must_use]
    pub fn engagement_days(&self) -> &[EngagementDay] {
        &self.engagement_days
    }

    /// Stored rows left out because their platform is not in the rules.
    #[must_use]
    pub fn skipped(&self) -> u64 {
        self.skipped
    }

    /// Each (contact, platform) history.
    pub fn histories(&self) -> impl Iterator<Item = History<'_>> {
        self.events
            .chunk_by(|a, b| a.contact == b.contact && a.platform == b.platform)
            .map(|events| History {
                contact: events[0].contact,
                platform: events[0].platform,
                events,
            })
    }

    /// One contact's history on one platform (empty if it has none).
    #[must_use]
    pub fn history(&self, contact: ContactId, platform: &str) -> History<'_> {
        let (c, p) = (
            self.index.get(&contact).copied().unwrap_or(u32::MAX),
            self.platform_index(platform).unwrap_or(u8::MAX),
        );
        let from = self
            .events
            .partition_point(|e| (e.contact, e.platform) < (c, p));
        let to = self
            .events
            .partition_point(|e| (e.contact, e.platform) <= (c, p));
        History {
            contact: c,
            platform: p,
            events: &self.events[from..to],
        }
    }

    fn intern(&mut self, id: ContactId) -> u32 {
        if let Some(&i) = self.index.get(&id) {
            return i;
        }
        let i = u32::try_from(self.contacts.len()).unwrap_or(u32::MAX);
        self.contacts.push(id);
        self.index.insert(id, i);
        i
    }

    /// Appends an event that just happened (or was just recorded), keeping the order, so
    /// the UI can keep its snapshot current without reloading. Unknown platforms are refused.
    pub fn push(&mut self, e: &NewEvent) -> Result<(), DomainError> {
        let platform = self.require_platform(&e.platform)?;
        let contact = self.intern(e.contact_id);
        let ev = LogEvent {
            contact,
            platform,
            kind: e.kind,
            at: e.at.timestamp(),
        };
        let key = (ev.contact, ev.platform, ev.at);
        let pos = self
            .events
            .partition_point(|x| (x.contact, x.platform, x.at) <= key);
        self.events.insert(pos, ev);
        Ok(())
    }

    /// Adds one of my posts.
    pub fn push_post(&mut self, p: &NewPost) -> Result<(), DomainError> {
        let post = LogPost {
            platform: self.require_platform(&p.platform)?,
            at: p.posted_at.timestamp(),
            kind: p.kind,
            engagements: u64::from(p.reactions) + u64::from(p.comments) + u64::from(p.shares),
            impressions: p.impressions.map(u64::from),
            audience: p.audience,
        };
        let pos = self.posts.partition_point(|x| x.at <= post.at);
        self.posts.insert(pos, post);
        Ok(())
    }

    fn require_platform(&self, key: &str) -> Result<u8, DomainError> {
        self.rules.require(key)?;
        self.platform_index(key).ok_or_else(|| {
            DomainError::UnknownPlatform(
                key.to_owned(),
                self.rules.keys().collect::<Vec<_>>().join(", "),
            )
        })
    }
}

/// Fills a [`Log`] from stored rows in any order, then sorts once.
#[derive(Debug)]
pub struct LogBuilder {
    log: Log,
}

impl LogBuilder {
    /// Starts an empty log for these platforms.
    #[must_use]
    pub fn new(rules: &PlatformRules) -> Self {
        Self {
            log: Log::new(rules),
        }
    }

    /// Adds a stored event; rows of unknown platforms are counted in [`Log::skipped`].
    pub fn event(&mut self, contact: ContactId, platform: &str, kind: EventKind, at_secs: i64) {
        let Some(platform) = self.log.platform_index(platform) else {
            self.log.skipped += 1;
            return;
        };
        let contact = self.log.intern(contact);
        self.log.events.push(LogEvent {
            contact,
            platform,
            kind,
            at: at_secs,
        });
    }

    /// Adds a stored post.
    pub fn post(&mut self, p: &NewPost) {
        if self.log.push_post(p).is_err() {
            self.log.skipped += 1;
        }
    }

    /// Adds an imported follower-count day.
    pub fn follower_day(
        &mut self,
        platform: &str,
        day: NaiveDate,
        new_followers: i64,
        total: Option<i64>,
    ) {
        match self.log.platform_index(platform) {
            Some(platform) => self.log.follower_days.push(FollowerDay {
                platform,
                day,
                new_followers,
                total,
            }),
            None => self.log.skipped += 1,
        }
    }

    /// Adds an imported engagement day.
    pub fn engagement_day(
        &mut self,
        platform: &str,
        day: NaiveDate,
        impressions: i64,
        engagements: i64,
    ) {
        match self.log.platform_index(platform) {
            Some(platform) => self.log.engagement_days.push(EngagementDay {
                platform,
                day,
                impressions,
                engagements,
            }),
            None => self.log.skipped += 1,
        }
    }

    /// The finished log. Stable sorts: rows added in recorded order keep it within a second.
    #[must_use]
    pub fn build(mut self) -> Log {
        let log = &mut self.log;
        log.events.sort_by_key(|e| (e.contact, e.platform, e.at));
        log.follower_days.sort_by_key(|d| (d.platform, d.day));
        log.engagement_days.sort_by_key(|d| (d.platform, d.day));
        self.log
    }
}

/// Helpers for the metric tests: small hand-made histories.
#[cfg(test)]
pub(crate) mod test_support {
    use chrono::{NaiveDate, TimeZone, Utc};

    use super::{Log, LogBuilder};
    use crate::domain::time::Timestamp;
    use crate::domain::{ContactId, EventKind, NewEvent, NewPost, PlatformRules, PostKind};

    /// Day `n` of 2026 (day 1 is January 1st), at noon UTC.
    pub fn day(n: i64) -> Timestamp {
        Utc.with_ymd_and_hms(2026, 1, 1, 12, 0, 0).unwrap() + chrono::Duration::days(n - 1)
    }

    /// The date of day `n` of 2026.
    pub fn date(n: i64) -> NaiveDate {
        day(n).date_naive()
    }

    /// Events as `(contact, platform, kind, day)`, pushed one by one in the given order.
    pub fn log(events: &[(i64, &str, EventKind, i64)]) -> Log {
        let mut log = LogBuilder::new(&PlatformRules::builtin()).build();
        for &(c, p, k, d) in events {
            log.push(&NewEvent::manual(ContactId(c), p, k, day(d)))
                .unwrap();
        }
        log
    }

    /// Adds a post on `platform` on day `d`.
    pub fn post(
        log: &mut Log,
        platform: &str,
        kind: PostKind,
        d: i64,
        engagements: u32,
        impressions: Option<u32>,
    ) {
        log.push_post(&NewPost {
            platform: platform.to_owned(),
            posted_at: day(d),
            kind,
            url: String::new(),
            text: String::new(),
            reactions: engagements,
            comments: 0,
            shares: 0,
            impressions,
            audience: crate::domain::PostAudience::Anyone,
        })
        .unwrap();
    }

    /// Shortcut to keep tables of events short.
    pub const LI: &str = "linkedin";
    pub const XI: &str = "xing";
}

#[cfg(test)]
mod tests {
    use super::test_support::*;
    use super::*;
    use EventKind as K;

    #[test]
    fn pushed_events_out_of_time_order_land_in_order() {
        let log = log(&[
            (2, LI, K::Liked, 5),
            (1, LI, K::StoppedFollowing, 9),
            (1, LI, K::StartedFollowing, 3),
            (1, XI, K::Connected, 1),
        ]);
        let hs: Vec<_> = log.histories().collect();
        assert_eq!(hs.len(), 3);
        let h = log.history(ContactId(1), LI);
        let kinds: Vec<_> = h.events.iter().map(|e| e.kind).collect();
        assert_eq!(kinds, [K::StartedFollowing, K::StoppedFollowing]);
        assert_eq!(log.history(ContactId(1), XI).events.len(), 1);
        assert!(log.history(ContactId(9), LI).events.is_empty());
        assert_eq!(h.until(day(4).timestamp()).len(), 1);
    }

    #[test]
    fn unknown_platforms_are_refused_or_counted() {
        let mut log = Log::new(&PlatformRules::builtin());
        let e = NewEvent::manual(ContactId(1), "myspace", K::Liked, day(1));
        assert!(log.push(&e).is_err());
        let mut b = LogBuilder::new(&PlatformRules::builtin());
        b.event(ContactId(1), "myspace", K::Liked, 0);
        b.event(ContactId(1), "linkedin", K::Liked, 0);
        let log = b.build();
        assert_eq!((log.skipped(), log.events().len()), (1, 1));
    }

    #[test]
    fn a_log_event_is_small() {
        assert_eq!(std::mem::size_of::<LogEvent>(), 16);
    }
}
