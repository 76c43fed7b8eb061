//! The follower funnel per platform and overall: requests received → redirected to
//! Follow → following → engaged → connected → opportunity, with the follower-to-connection
//! conversion, the median days to connect, lost followers and the redirect outcome.
//!
//! Each stage counts the (contact, platform) histories that ever reached it by the as-of
//! day; the stages are not nested (most connections never were followers), so "all" is
//! the sum of the platforms for every count.

use chrono::NaiveDate;
use serde::Serialize;

use super::Log;
use super::journey::{Journey, journeys};
use super::period::cutoff_secs;
use crate::domain::time::DAY_SECS;

/// The conversion window of the funnel's headline ratio.
pub const CONVERSION_WINDOW_DAYS: i64 = 180;

/// How many histories reached each stage.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct FunnelCounts {
    pub requests: u64,
    pub redirected: u64,
    pub following: u64,
    pub engaged: u64,
    pub connected: u64,
    pub opportunity: u64,
    /// Follower → non-follower transitions (a person can be lost twice).
    pub lost_followers: u64,
}

/// What became of my redirects to Follow. The three outcomes are exclusive and add up
/// to `redirected`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct RedirectOutcome {
    pub redirected: u64,
    /// Followed after the redirect and have not connected since.
    pub followed: u64,
    /// Connected after the redirect: the need became concrete.
    pub connected_later: u64,
    /// Neither yet.
    pub nothing_yet: u64,
}

/// The funnel of one platform, or of all of them.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PlatformFunnel {
    /// The platform key, or `all`.
    pub platform: String,
    pub counts: FunnelCounts,
    /// Entered the follower pipeline at least [`CONVERSION_WINDOW_DAYS`] before the as-of
    /// day, so the whole window can be judged.
    pub matured: u64,
    /// Of those, connected within the window.
    pub matured_connected: u64,
    /// `matured_connected ÷ matured`; `None` without matured entrants.
    pub conversion_180d: Option<f64>,
    /// Median days from entering the pipeline to connecting, over those who connected.
    pub median_days_to_connect: Option<f64>,
    pub redirects: RedirectOutcome,
}

/// `followdesk report funnel`.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Funnel {
    /// In the platforms' display order.
    pub platforms: Vec<PlatformFunnel>,
    pub all: PlatformFunnel,
}

impl Funnel {
    /// The funnel of a platform key.
    #[must_use]
    pub fn platform(&self, key: &str) -> Option<&PlatformFunnel> {
        self.platforms.iter().find(|p| p.platform == key)
    }
}

impl FunnelCounts {
    fn add(&mut self, other: &Self) {
        self.requests += other.requests;
        self.redirected += other.redirected;
        self.following += other.following;
        self.engaged += other.engaged;
        self.connected += other.connected;
        self.opportunity += other.opportunity;
        self.lost_followers += other.lost_followers;
    }
}

impl RedirectOutcome {
    fn add(&mut self, other: &Self) {
        self.redirected += other.redirected;
        self.followed += other.followed;
        self.connected_later += other.connected_later;
        self.nothing_yet += other.nothing_yet;
    }
}

#[derive(Default)]
struct Tally {
    f: PlatformFunnel,
    days: Vec<f64>,
}

impl Tally {
    fn add(&mut self, j: &Journey, cutoff: i64) {
        let c = &mut self.f.counts;
        c.requests += u64::from(j.requested);
        c.redirected += u64::from(j.redirected_at.is_some());
        c.following += u64::from(j.followed);
        c.engaged += u64::from(j.engaged);
        c.connected += u64::from(j.connected);
        c.opportunity += u64::from(j.opportunity);
        c.lost_followers += u64::from(j.lost_followers);
        if let Some(entered) = j.entered_at {
            let window = CONVERSION_WINDOW_DAYS * DAY_SECS;
            if entered + window < cutoff {
                self.f.matured += 1;
                let within = j
                    .connected_after_entry_at
                    .is_some_and(|at| at - entered <= window);
                self.f.matured_connected += u64::from(within);
            }
        }
        if let Some(days) = j.days_to_connect() {
            self.days.push(days);
        }
        if j.redirected_at.is_some() {
            let r = &mut self.f.redirects;
            r.redirected += 1;
            if j.connected_after_redirect {
                r.connected_later += 1;
            } else if j.followed_after_redirect {
                r.followed += 1;
            } else {
                r.nothing_yet += 1;
            }
        }
    }

    fn merge(&mut self, other: &Self) {
        let (sum, part) = (&mut self.f, &other.f);
        sum.counts.add(&part.counts);
        sum.matured += part.matured;
        sum.matured_connected += part.matured_connected;
        sum.redirects.add(&part.redirects);
        self.days.extend_from_slice(&other.days);
    }

    fn finish(mut self, platform: &str) -> PlatformFunnel {
        platform.clone_into(&mut self.f.platform);
        self.f.conversion_180d = ratio(self.f.matured_connected, self.f.matured);
        self.f.median_days_to_connect = median(&mut self.days);
        self.f
    }
}

/// `part ÷ whole`, or `None` when `whole` is 0.
#[must_use]
pub fn ratio(part: u64, whole: u64) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64)
}

/// The median, or `None` for no values.
pub fn median(values: &mut [f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_unstable_by(f64::total_cmp);
    let mid = values.len() / 2;
    Some(if values.len().is_multiple_of(2) {
        f64::midpoint(values[mid - 1], values[mid])
    } else {
        values[mid]
    })
}

/// The funnel as of the end of `as_of`.
#[must_use]
pub fn funnel(log: &Log, as_of: NaiveDate) -> Funnel {
    let cutoff = cutoff_secs(as_of);
    let mut tallies: Vec<Tally> = log.platforms().iter().map(|_| Tally::default()).collect();
    for j in journeys(log, cutoff) {
        if let Some(t) = tallies.get_mut(usize::from(j.platform)) {
            t.add(&j, cutoff);
        }
    }
    let mut all = Tally::default();
    for t in &tallies {
        all.merge(t);
    }
    Funnel {
        platforms: tallies
            .into_iter()
            .zip(log.platforms())
            .map(|(t, rule)| t.finish(&rule.key))
            .collect(),
        all: all.finish("all"),
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::*;
    use crate::domain::EventKind as K;

    #[test]
    fn stages_conversion_median_and_redirects_on_a_known_history() {
        let log = log(&[
            // 1: redirected, never followed.
            (1, LI, K::RequestReceived, 1),
            (1, LI, K::RedirectedToFollow, 2),
            // 2: redirected, followed, liked, connected 100 days after the redirect.
            (2, LI, K::RequestReceived, 1),
            (2, LI, K::RedirectedToFollow, 1),
            (2, LI, K::StartedFollowing, 3),
            (2, LI, K::Liked, 10),
            (2, LI, K::RequestAccepted, 101),
            (2, LI, K::Opportunity, 120),
            // 3: follower who left.
            (3, LI, K::StartedFollowing, 5),
            (3, LI, K::StoppedFollowing, 50),
            // 4: connected before following: no pipeline entry.
            (4, LI, K::Connected, 1),
            (4, LI, K::StartedFollowing, 2),
            // 5: on XING, a plain accepted request.
            (5, XI, K::RequestReceived, 1),
            (5, XI, K::RequestAccepted, 2),
            // 6: followed, connected 20 days later.
            (6, LI, K::StartedFollowing, 10),
            (6, LI, K::Connected, 30),
        ]);
        let f = funnel(&log, date(400));
        let li = f.platform(LI).unwrap();
        assert_eq!(
            li.counts,
            FunnelCounts {
                requests: 2,
                redirected: 2,
                following: 4,
                engaged: 1,
                connected: 3,
                opportunity: 1,
                lost_followers: 1,
            }
        );
        // Entrants: 1, 2, 3, 6 — all matured by day 400; 2 (100 d) and 6 (20 d) connected.
        assert_eq!((li.matured, li.matured_connected), (4, 2));
        assert_eq!(li.conversion_180d, Some(0.5));
        assert_eq!(li.median_days_to_connect, Some(60.0));
        assert_eq!(
            li.redirects,
            RedirectOutcome {
                redirected: 2,
                followed: 0,
                connected_later: 1,
                nothing_yet: 1
            }
        );
        let xi = f.platform(XI).unwrap();
        assert_eq!(
            (xi.counts.requests, xi.counts.connected, xi.matured),
            (1, 1, 0)
        );
        assert_eq!(xi.conversion_180d, None);
        assert_eq!(f.all.counts.requests, 3);
        assert_eq!(f.all.counts.connected, 4);
        assert_eq!(f.all.median_days_to_connect, Some(60.0));
    }

    #[test]
    fn recent_entrants_are_not_judged_before_the_window_closes() {
        let log = log(&[(1, LI, K::StartedFollowing, 300)]);
        let f = funnel(&log, date(310));
        assert_eq!(f.platform(LI).unwrap().conversion_180d, None);
        assert_eq!(f.platform(LI).unwrap().counts.following, 1);
        assert_eq!(funnel(&log, date(200)).all.counts.following, 0);
    }

    #[test]
    fn median_of_even_and_odd() {
        assert_eq!(median(&mut [3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(&mut [4.0, 1.0]), Some(2.5));
        assert_eq!(median(&mut []), None);
    }
}
