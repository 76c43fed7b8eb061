//! The content mix per platform (share of promotional and profile-update posts, overall,
//! per month and over the recent window, with a warning when it turns promotional — the
//! article's cause of being hidden) and the engagement rate over time (engagements ÷
//! impressions, or ÷ followers when impressions are unknown; from my posts and from the
//! imported `engagement_daily`).

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::Log;
use super::followers::follower_series;
use super::funnel::ratio;
use super::period::{Month, Period, cutoff_secs, day_of_secs};
use super::visibility::PlatformVisibility;
use crate::domain::time::DAY_SECS;
use crate::domain::{PostAudience, PostKind};

/// Posts by kind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct KindCounts {
    pub relevant: u64,
    pub promotional: u64,
    pub profile_update: u64,
}

impl KindCounts {
    fn add(&mut self, kind: PostKind) {
        match kind {
            PostKind::Relevant => self.relevant += 1,
            PostKind::Promotional => self.promotional += 1,
            PostKind::ProfileUpdate => self.profile_update += 1,
        }
    }

    /// All posts.
    #[must_use]
    pub fn total(&self) -> u64 {
        self.relevant + self.promotional + self.profile_update
    }

    /// (promotional + profile updates) ÷ all; `None` without posts.
    #[must_use]
    pub fn promotional_share(&self) -> Option<f64> {
        ratio(self.promotional + self.profile_update, self.total())
    }
}

/// The window and threshold of the promotional warning.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct MixParams {
    /// The recent window, in days.
    pub window_days: i64,
    /// Warn when the recent promotional share is above this.
    pub warn_share: f64,
}

impl Default for MixParams {
    fn default() -> Self {
        Self {
            window_days: 90,
            warn_share: 0.5,
        }
    }
}

/// One month of the mix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct MonthMix {
    pub month: Month,
    pub counts: KindCounts,
}

/// The content mix of one platform.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ContentMix {
    pub platform: String,
    pub overall: KindCounts,
    /// Months with posts, oldest first.
    pub months: Vec<MonthMix>,
    /// The last `window_days` up to the as-of day.
    pub recent: KindCounts,
    /// The recent promotional share is above the threshold.
    pub turning_promotional: bool,
    /// Posts of the recent window that were for connections only (on LinkedIn, followers
    /// who are not connections did not see them).
    pub recent_connections_only: u64,
}

impl ContentMix {
    /// How many followers who are not connections missed the recent posts that were for
    /// connections only, given the platform's audience `vis`; `None` when there were no
    /// such posts or no such followers. (Only where followers see posts at all are there
    /// followers in [`PlatformVisibility::followers_visible`].)
    #[must_use]
    pub fn followers_missing_posts(&self, vis: &PlatformVisibility) -> Option<u64> {
        let followers = vis.followers_visible.count();
        (self.recent_connections_only > 0 && followers > 0).then_some(followers)
    }
}

/// The content mix of every platform as of `as_of`, in display order.
#[must_use]
pub fn content_mix(log: &Log, as_of: NaiveDate, params: &MixParams) -> Vec<ContentMix> {
    let cutoff = cutoff_secs(as_of);
    let recent_from = cutoff - params.window_days * DAY_SECS;
    let mut out: Vec<(ContentMix, BTreeMap<Month, KindCounts>)> = log
        .platforms()
        .iter()
        .map(|r| {
            let mix = ContentMix {
                platform: r.key.clone(),
                overall: KindCounts::default(),
                months: Vec::new(),
                recent: KindCounts::default(),
                turning_promotional: false,
                recent_connections_only: 0,
            };
            (mix, BTreeMap::new())
        })
        .collect();
    for p in log.posts().iter().take_while(|p| p.at < cutoff) {
        let Some((mix, months)) = out.get_mut(usize::from(p.platform)) else {
            continue;
        };
        mix.overall.add(p.kind);
        months.entry(Month::of_secs(p.at)).or_default().add(p.kind);
        if p.at >= recent_from {
            mix.recent.add(p.kind);
            if p.audience == PostAudience::Connections {
                mix.recent_connections_only += 1;
            }
        }
    }
    out.into_iter()
        .map(|(mut mix, months)| {
            mix.months = months
                .into_iter()
                .map(|(month, counts)| MonthMix { month, counts })
                .collect();
            mix.turning_promotional = mix
                .recent
                .promotional_share()
                .is_some_and(|s| s > params.warn_share);
            mix
        })
        .collect()
}

/// What an engagement rate was divided by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RateBasis {
    Impressions,
    /// Impressions unknown: followers at the end of the month.
    Followers,
}

/// One month of the engagement-rate chart of a platform.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct EngagementPoint {
    pub month: Month,
    pub posts: u64,
    /// Reactions, comments and shares of that month's posts.
    pub post_engagements: u64,
    /// Impressions of the posts that state them.
    pub post_impressions: u64,
    /// Followers at the month's end (imported total, else from the events).
    pub followers: Option<u64>,
    pub rate_from_posts: Option<f64>,
    pub basis: Option<RateBasis>,
    /// From the imported daily engagement (`None` without imported days).
    pub daily_engagements: Option<u64>,
    pub daily_impressions: Option<u64>,
    pub rate_from_daily: Option<f64>,
}

/// The monthly engagement rate of `platform`, from the month of its first post or
/// imported day to the as-of month. Empty for an unknown platform or no data.
#[must_use]
pub fn engagement_rate(log: &Log, platform: &str, as_of: NaiveDate) -> Vec<EngagementPoint> {
    let Some(pi) = log.platform_index(platform) else {
        return Vec::new();
    };
    let cutoff = cutoff_secs(as_of);
    let posts: Vec<_> = log
        .posts()
        .iter()
        .filter(|p| p.platform == pi && p.at < cutoff)
        .collect();
    let days: Vec<_> = log
        .engagement_days()
        .iter()
        .filter(|d| d.platform == pi && d.day <= as_of)
        .collect();
    let first = [
        posts.first().map(|p| day_of_secs(p.at)),
        days.first().map(|d| d.day),
    ]
    .into_iter()
    .flatten()
    .min();
    let Some(first) = first else {
        return Vec::new();
    };
    let followers = follower_series(log, platform, first, as_of, Period::Month);
    followers
        .iter()
        .map(|f| {
            let month = Month::of(f.start);
            let in_month = |at: i64| Month::of_secs(at) == month;
            let mut point = EngagementPoint {
                month,
                posts: 0,
                post_engagements: 0,
                post_impressions: 0,
                followers: f
                    .imported_total
                    .map(|t| t.max(0) as u64)
                    .or(Some(f.followers)),
                rate_from_posts: None,
                basis: None,
                daily_engagements: None,
                daily_impressions: None,
                rate_from_daily: None,
            };
            let (mut with_impr_engagements, mut all_engagements) = (0, 0);
            for p in posts.iter().filter(|p| in_month(p.at)) {
                point.posts += 1;
                all_engagements += p.engagements;
                if let Some(i) = p.impressions {
                    point.post_impressions += i;
                    with_impr_engagements += p.engagements;
                }
            }
            point.post_engagements = all_engagements;
            if point.post_impressions > 0 {
                point.rate_from_posts = ratio(with_impr_engagements, point.post_impressions);
                point.basis = Some(RateBasis::Impressions);
            } else if point.posts > 0 {
                point.rate_from_posts = point.followers.and_then(|n| ratio(all_engagements, n));
                point.basis = point.rate_from_posts.map(|_| RateBasis::Followers);
            }
            for d in days.iter().filter(|d| Month::of(d.day) == month) {
                *point.daily_engagements.get_or_insert(0) += d.engagements.max(0) as u64;
                *point.daily_impressions.get_or_insert(0) += d.impressions.max(0) as u64;
            }
            point.rate_from_daily = point
                .daily_engagements
                .zip(point.daily_impressions)
                .and_then(|(e, i)| ratio(e, i));
            point
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::LogBuilder;
    use super::super::test_support::*;
    use super::*;
    use crate::domain::{ContactId, EventKind, NewEvent, PlatformRules};

    #[test]
    fn mix_overall_by_month_and_a_promotional_warning() {
        let mut log = log(&[]);
        // January: relevant ×3, promotional ×1. Last 90 days before day 200 (from day 111):
        // promotional ×2, profile update ×1, relevant ×1 → 0.75 > 0.5.
        for (d, k) in [
            (2, PostKind::Relevant),
            (9, PostKind::Relevant),
            (16, PostKind::Relevant),
            (23, PostKind::Promotional),
            (150, PostKind::Promotional),
            (160, PostKind::Promotional),
            (170, PostKind::ProfileUpdate),
            (180, PostKind::Relevant),
            (250, PostKind::Promotional), // after the as-of day
        ] {
            post(&mut log, LI, k, d, 0, None);
        }
        post(&mut log, XI, PostKind::Relevant, 190, 0, None);
        let mix = content_mix(&log, date(200), &MixParams::default());
        let (li, xi) = (&mix[0], &mix[1]);
        assert_eq!(li.overall.total(), 8);
        assert_eq!(li.overall.promotional, 3);
        assert_eq!(li.months[0].month.to_string(), "2026-01");
        assert_eq!(
            li.months[0].counts,
            KindCounts {
                relevant: 3,
                promotional: 1,
                profile_update: 0
            }
        );
        assert_eq!(li.recent.promotional_share(), Some(0.75));
        assert!(li.turning_promotional);
        assert!(!xi.turning_promotional);
        assert_eq!(xi.recent.promotional_share(), Some(0.0));
        assert_eq!(KindCounts::default().promotional_share(), None);
    }

    #[test]
    fn recent_posts_for_connections_only_are_counted_per_platform() {
        let mut log = log(&[]);
        let mut add = |platform: &str, d: i64, audience: PostAudience| {
            log.push_post(&crate::domain::NewPost {
                platform: platform.to_owned(),
                posted_at: day(d),
                kind: PostKind::Relevant,
                url: String::new(),
                text: String::new(),
                reactions: 0,
                comments: 0,
                shares: 0,
                impressions: None,
                audience,
            })
            .unwrap();
        };
        // Day 200 looks back 90 days, to day 111: day 100 is too old, day 250 too new.
        add(LI, 100, PostAudience::Connections);
        add(LI, 150, PostAudience::Connections);
        add(LI, 160, PostAudience::Anyone);
        add(LI, 170, PostAudience::Connections);
        add(LI, 250, PostAudience::Connections);
        add(XI, 150, PostAudience::Anyone);
        let mix = content_mix(&log, date(200), &MixParams::default());
        assert_eq!(
            (mix[0].recent_connections_only, mix[0].recent.total()),
            (2, 3)
        );
        assert_eq!(mix[1].recent_connections_only, 0);
    }

    #[test]
    fn followers_miss_posts_only_when_some_were_for_connections_only() {
        let rules = PlatformRules::builtin();
        let linkedin = rules.get(LI).unwrap();
        let mut vis = PlatformVisibility::new(linkedin);
        let mut mix = content_mix(&log(&[]), date(200), &MixParams::default()).remove(0);
        mix.recent_connections_only = 2;
        assert_eq!(mix.followers_missing_posts(&vis), None, "no followers");
        vis.followers_visible.contacts = vec![ContactId(1), ContactId(2), ContactId(3)];
        assert_eq!(mix.followers_missing_posts(&vis), Some(3));
        mix.recent_connections_only = 0;
        assert_eq!(
            mix.followers_missing_posts(&vis),
            None,
            "every post for anyone"
        );
    }

    #[test]
    fn engagement_rate_by_impressions_else_followers_and_from_daily_rows() {
        let mut b = LogBuilder::new(&PlatformRules::builtin());
        b.engagement_day(LI, date(3), 1000, 30);
        b.engagement_day(LI, date(4), 1000, 10);
        let mut log = b.build();
        for c in 1..=4 {
            log.push(&NewEvent::manual(
                ContactId(c),
                LI,
                EventKind::StartedFollowing,
                day(1),
            ))
            .unwrap();
        }
        post(&mut log, LI, PostKind::Relevant, 5, 10, Some(200));
        post(&mut log, LI, PostKind::Relevant, 6, 5, Some(300));
        post(&mut log, LI, PostKind::Relevant, 40, 2, None); // February: no impressions
        let r = engagement_rate(&log, LI, date(45));
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].rate_from_posts, Some(15.0 / 500.0));
        assert_eq!(r[0].basis, Some(RateBasis::Impressions));
        assert_eq!(r[0].rate_from_daily, Some(40.0 / 2000.0));
        assert_eq!(r[1].followers, Some(4));
        assert_eq!(r[1].rate_from_posts, Some(2.0 / 4.0));
        assert_eq!(r[1].basis, Some(RateBasis::Followers));
        assert_eq!(r[1].rate_from_daily, None);
        assert!(engagement_rate(&log, XI, date(45)).is_empty());
    }
}
