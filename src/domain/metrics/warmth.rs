//! Warmth, for outreach: recency-weighted engagement (a comment counts more than a share,
//! a share more than a like), each contribution halving every half-life; shown with its
//! parts. The outreach list: people who follow me but are not connected, and people I
//! redirected to Follow, ranked by warmth, ready for outreach at a threshold.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::period::cutoff_secs;
use super::{Log, LogEvent};
use crate::domain::time::{DAY_SECS, Timestamp, from_secs};
use crate::domain::{ContactId, EventKind, Relationship};

/// Weights, half-life and threshold of warmth.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct WarmthParams {
    pub like: f64,
    pub share: f64,
    pub comment: f64,
    /// After this many days an interaction counts half; 0 or less means no decay.
    pub half_life_days: f64,
    /// Ready for outreach from this warmth on.
    pub threshold: f64,
}

impl Default for WarmthParams {
    /// A fresh comment (3) and a fresh like (1) make someone ready (4).
    fn default() -> Self {
        Self {
            like: 1.0,
            share: 2.0,
            comment: 3.0,
            half_life_days: 30.0,
            threshold: 4.0,
        }
    }
}

impl WarmthParams {
    /// The setting that overrides [`WarmthParams::threshold`].
    pub const THRESHOLD_SETTING: &'static str = "warmth.threshold";
    /// The setting that overrides [`WarmthParams::half_life_days`].
    pub const HALF_LIFE_SETTING: &'static str = "warmth.half_life_days";

    /// The kinds that warm, in the order their parts are shown.
    pub const KINDS: [EventKind; 3] = [EventKind::Commented, EventKind::Shared, EventKind::Liked];

    /// The weight of an event kind, if it warms.
    #[must_use]
    pub fn weight(&self, kind: EventKind) -> Option<f64> {
        match kind {
            EventKind::Commented => Some(self.comment),
            EventKind::Shared => Some(self.share),
            EventKind::Liked => Some(self.like),
            _ => None,
        }
    }

    fn decay(&self, age_secs: i64) -> f64 {
        if self.half_life_days > 0.0 {
            let age_days = age_secs.max(0) as f64 / DAY_SECS as f64;
            (-age_days / self.half_life_days).exp2()
        } else {
            1.0
        }
    }
}

/// One kind's share of a warmth.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct WarmthPart {
    pub kind: EventKind,
    pub count: u32,
    pub contribution: f64,
}

/// A warmth with its parts.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Warmth {
    pub score: f64,
    /// Comment, share, like — always all three.
    pub parts: Vec<WarmthPart>,
    /// The latest engagement, message, meeting or opportunity.
    pub last_interaction: Option<Timestamp>,
}

/// The warmth of one history's events before `cutoff`, seen from `cutoff`.
#[must_use]
pub fn warmth(events: &[LogEvent], cutoff: i64, params: &WarmthParams) -> Warmth {
    let mut parts = WarmthParams::KINDS.map(|kind| WarmthPart {
        kind,
        count: 0,
        contribution: 0.0,
    });
    let mut last = None;
    for e in events.iter().take_while(|e| e.at < cutoff) {
        if e.kind.is_interaction() {
            last = Some(e.at);
        }
        if let (Some(w), Some(part)) = (
            params.weight(e.kind),
            parts.iter_mut().find(|p| p.kind == e.kind),
        ) {
            part.count += 1;
            part.contribution += w * params.decay(cutoff - e.at);
        }
    }
    Warmth {
        score: parts.iter().map(|p| p.contribution).sum(),
        parts: parts.to_vec(),
        last_interaction: last.map(from_secs),
    }
}

/// The warmth of one contact on one platform as of `as_of` (for the contact page).
#[must_use]
pub fn warmth_of(
    log: &Log,
    contact: ContactId,
    platform: &str,
    as_of: NaiveDate,
    params: &WarmthParams,
) -> Warmth {
    warmth(
        log.history(contact, platform).events,
        cutoff_secs(as_of),
        params,
    )
}

/// One person on the outreach list.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OutreachEntry {
    pub contact: ContactId,
    pub platform: String,
    pub follows_me: bool,
    /// Redirected to Follow and not connected since.
    pub redirected: bool,
    pub warmth: Warmth,
    /// `warmth.score ≥ threshold`.
    pub ready: bool,
}

/// Why someone is on the list: they are not connected, and follow me or were redirected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OutreachReason {
    Follower,
    Redirected,
    RedirectedFollower,
}

impl OutreachEntry {
    /// Why they are on the list.
    #[must_use]
    pub fn reason(&self) -> OutreachReason {
        match (self.follows_me, self.redirected) {
            (true, true) => OutreachReason::RedirectedFollower,
            (false, true) => OutreachReason::Redirected,
            _ => OutreachReason::Follower,
        }
    }
}

/// The outreach list as of `as_of`: warmest first (ties: latest interaction, then contact
/// id), at most `limit` entries.
#[must_use]
pub fn outreach_list(
    log: &Log,
    as_of: NaiveDate,
    params: &WarmthParams,
    limit: Option<usize>,
) -> Vec<OutreachEntry> {
    let cutoff = cutoff_secs(as_of);
    let mut out = Vec::new();
    for h in log.histories() {
        let events = h.until(cutoff);
        let mut rel = Relationship::default();
        for e in events {
            rel.apply(e.kind, from_secs(e.at));
        }
        if !(rel.follower_only() || rel.redirected) {
            continue;
        }
        let warmth = warmth(events, cutoff, params);
        out.push(OutreachEntry {
            contact: log.contact_id(h.contact),
            platform: log
                .rule(h.platform)
                .map(|r| r.key.clone())
                .unwrap_or_default(),
            follows_me: rel.follows_me,
            redirected: rel.redirected,
            ready: warmth.score >= params.threshold,
            warmth,
        });
    }
    let order = |a: &OutreachEntry, b: &OutreachEntry| {
        b.warmth
            .score
            .total_cmp(&a.warmth.score)
            .then(b.warmth.last_interaction.cmp(&a.warmth.last_interaction))
            .then(a.contact.cmp(&b.contact))
            .then(a.platform.cmp(&b.platform))
    };
    if let Some(n) = limit.filter(|&n| n < out.len()) {
        if n == 0 {
            return Vec::new();
        }
        out.select_nth_unstable_by(n - 1, order);
        out.truncate(n);
    }
    out.sort_unstable_by(order);
    out
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::*;
    use EventKind as K;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn warmth_weighs_kinds_and_halves_every_half_life() {
        // As of day 100 (the cut-off is the end of that day, half a day after noon).
        let log = log(&[
            (1, LI, K::Commented, 100),
            (1, LI, K::Liked, 70),
            (1, LI, K::Shared, 40),
            (1, LI, K::Message, 101), // after the as-of day: ignored
            (1, LI, K::Meeting, 90),
        ]);
        let p = WarmthParams::default();
        let w = warmth_of(&log, ContactId(1), LI, date(100), &p);
        let f = |days: f64| (-(days + 0.5) / 30.0).exp2();
        let parts: Vec<_> = w.parts.iter().map(|x| (x.kind, x.count)).collect();
        assert_eq!(parts, [(K::Commented, 1), (K::Shared, 1), (K::Liked, 1)]);
        assert!(close(w.parts[0].contribution, 3.0 * f(0.0)));
        assert!(close(w.parts[1].contribution, 2.0 * f(60.0)));
        assert!(close(w.parts[2].contribution, f(30.0)));
        assert!(close(w.score, 3.0 * f(0.0) + 2.0 * f(60.0) + f(30.0)));
        assert_eq!(w.last_interaction, Some(day(100)));
    }

    #[test]
    fn outreach_lists_followers_and_redirected_by_warmth() {
        let log = log(&[
            // Follower, not connected, warm.
            (1, LI, K::StartedFollowing, 1),
            (1, LI, K::Commented, 99),
            (1, LI, K::Commented, 100),
            // Redirected, never followed, one old like.
            (2, LI, K::RequestReceived, 1),
            (2, LI, K::RedirectedToFollow, 2),
            (2, LI, K::Liked, 10),
            // Redirected, followed, connected a year later: no longer on the list.
            (3, LI, K::RedirectedToFollow, 1),
            (3, LI, K::StartedFollowing, 3),
            (3, LI, K::Connected, 90),
            (3, LI, K::Commented, 100),
            // Unfollowed: off the list.
            (4, LI, K::StartedFollowing, 1),
            (4, LI, K::StoppedFollowing, 5),
            // A XING follower (from imported data) is listed too.
            (5, XI, K::StartedFollowing, 1),
        ]);
        let list = outreach_list(&log, date(100), &WarmthParams::default(), None);
        let got: Vec<_> = list
            .iter()
            .map(|e| (e.contact.0, e.platform.as_str(), e.ready, e.reason()))
            .collect();
        assert_eq!(
            got,
            [
                (1, LI, true, OutreachReason::Follower),
                (2, LI, false, OutreachReason::Redirected),
                (5, XI, false, OutreachReason::Follower),
            ]
        );
        let top = outreach_list(&log, date(100), &WarmthParams::default(), Some(1));
        assert_eq!(top.len(), 1);
        assert_eq!(top[0].contact, ContactId(1));
        let strict = WarmthParams {
            threshold: 100.0,
            ..WarmthParams::default()
        };
        assert!(
            outreach_list(&log, date(100), &strict, None)
                .iter()
                .all(|e| !e.ready)
        );
    }
}
