//! Who sees my posts, per platform (DOMAIN.md, "Visibility by platform"): connections who
//! engage; connections who probably hide me (an estimate); followers who are not
//! connected, visible or not by the platform's `followers_see_posts` rule; and undecided
//! requests and redirected people who do not follow yet. Each segment lists its contacts.
//! Platform differences come from the rules data only.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::Log;
use super::period::cutoff_secs;
use crate::domain::time::{DAY_SECS, from_secs};
use crate::domain::{ConnectionState, ContactId, PlatformRule, Relationship};

/// N and K of the hiding estimate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct VisibilityParams {
    /// N: a connection silent this many days…
    pub silent_days: i64,
    /// K: …while I posted at least this many times there in those days probably hides me.
    pub min_posts: u64,
}

impl Default for VisibilityParams {
    fn default() -> Self {
        Self {
            silent_days: 90,
            min_posts: 3,
        }
    }
}

/// A group of people, with whether the rule behind it is an estimate.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Segment {
    pub contacts: Vec<ContactId>,
    /// The rule guesses from silence; label it "estimate".
    pub estimate: bool,
}

impl Segment {
    fn estimated() -> Self {
        Self {
            contacts: Vec::new(),
            estimate: true,
        }
    }

    /// How many people.
    #[must_use]
    pub fn count(&self) -> u64 {
        self.contacts.len() as u64
    }
}

/// The audience of one platform.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlatformVisibility {
    pub platform: String,
    /// Connected, and engaged within the last N days: they see my posts.
    pub engaged: Segment,
    /// Connected, silent for N days while I posted at least K times there (estimate).
    pub probably_hidden: Segment,
    /// Connected, not engaging, but too little to judge (silent < N days, or < K posts,
    /// or the platform lets nobody hide silently).
    pub quiet: Segment,
    /// Follow me without being connected, on a platform where followers see posts.
    pub followers_visible: Segment,
    /// Follow me without being connected, on a platform where followers do not see posts.
    pub followers_not_visible: Segment,
    /// Undecided requests, and redirected people who do not follow yet: they do not see
    /// my posts yet.
    pub pending: Segment,
    /// My posts there in the last N days.
    pub posts_in_window: u64,
}

impl PlatformVisibility {
    pub(super) fn new(rule: &PlatformRule) -> Self {
        Self {
            platform: rule.key.clone(),
            engaged: Segment::default(),
            probably_hidden: Segment::estimated(),
            quiet: Segment::default(),
            followers_visible: Segment::default(),
            followers_not_visible: Segment::default(),
            pending: Segment::default(),
            posts_in_window: 0,
        }
    }
}

/// The audience of every platform as of `as_of`, in display order.
#[must_use]
pub fn visibility(
    log: &Log,
    as_of: NaiveDate,
    params: &VisibilityParams,
) -> Vec<PlatformVisibility> {
    let cutoff = cutoff_secs(as_of);
    let window_start = cutoff - params.silent_days * DAY_SECS;
    let mut out: Vec<PlatformVisibility> = log
        .platforms()
        .iter()
        .map(PlatformVisibility::new)
        .collect();
    for p in log.posts() {
        if (window_start..cutoff).contains(&p.at)
            && let Some(v) = out.get_mut(usize::from(p.platform))
        {
            v.posts_in_window += 1;
        }
    }
    for h in log.histories() {
        let (Some(rule), Some(v)) = (log.rule(h.platform), out.get(usize::from(h.platform))) else {
            continue;
        };
        let enough_posts = v.posts_in_window >= params.min_posts;
        let mut rel = Relationship::default();
        let mut last_engaged = None;
        for e in h.until(cutoff) {
            rel.apply(e.kind, from_secs(e.at));
            if e.kind.is_engagement() {
                last_engaged = Some(e.at);
            }
        }
        let v = &mut out[usize::from(h.platform)];
        let segment = if rel.state == ConnectionState::Connected {
            let connected_at = rel.connected_at.map_or(i64::MIN, |t| t.timestamp());
            let silent_since = last_engaged.unwrap_or(i64::MIN).max(connected_at);
            if last_engaged.is_some_and(|at| at >= window_start) {
                &mut v.engaged
            } else if rule.silent_hide && enough_posts && silent_since < window_start {
                &mut v.probably_hidden
            } else {
                &mut v.quiet
            }
        } else if rel.follows_me {
            if rule.followers_see_posts {
                &mut v.followers_visible
            } else {
                &mut v.followers_not_visible
            }
        } else if rel.pending_incoming() || rel.redirected {
            &mut v.pending
        } else {
            continue;
        };
        segment.contacts.push(log.contact_id(h.contact));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::*;
    use crate::domain::{EventKind, PostKind};
    use EventKind as K;

    fn ids(s: &Segment) -> Vec<i64> {
        let mut v: Vec<i64> = s.contacts.iter().map(|c| c.0).collect();
        v.sort_unstable();
        v
    }

    #[test]
    fn each_segment_rule_on_a_known_history() {
        let mut log = log(&[
            // 1: connected, liked recently → engaged.
            (1, LI, K::Connected, 1),
            (1, LI, K::Liked, 190),
            // 2: connected, last like long ago, I posted 3 times since → probably hidden.
            (2, LI, K::Connected, 1),
            (2, LI, K::Liked, 20),
            // 3: connected recently, silent → too early to judge.
            (3, LI, K::RequestReceived, 170),
            (3, LI, K::RequestAccepted, 171),
            // 4: follower, not connected → sees my posts on LinkedIn.
            (4, LI, K::StartedFollowing, 10),
            // 5: undecided request → pending.
            (5, LI, K::RequestReceived, 195),
            // 6: redirected, not following yet → pending; 7: redirected and following → follower.
            (6, LI, K::RedirectedToFollow, 100),
            (7, LI, K::RedirectedToFollow, 100),
            (7, LI, K::StartedFollowing, 101),
            // 8: declined → in no segment.
            (8, LI, K::RequestReceived, 50),
            (8, LI, K::RequestDeclined, 51),
        ]);
        for d in [120, 150, 180] {
            post(&mut log, LI, PostKind::Relevant, d, 5, None);
        }
        post(&mut log, LI, PostKind::Relevant, 50, 5, None); // before the window
        let v = visibility(&log, date(200), &VisibilityParams::default());
        let li = &v[0];
        assert_eq!(li.posts_in_window, 3);
        assert_eq!(ids(&li.engaged), [1]);
        assert_eq!(ids(&li.probably_hidden), [2]);
        assert!(li.probably_hidden.estimate && !li.engaged.estimate);
        assert_eq!(ids(&li.quiet), [3]);
        assert_eq!(ids(&li.followers_visible), [4, 7]);
        assert!(li.followers_not_visible.contacts.is_empty());
        assert_eq!(ids(&li.pending), [5, 6]);
        // With K = 4 posts nobody is judged hidden.
        let strict = VisibilityParams {
            min_posts: 4,
            ..VisibilityParams::default()
        };
        let v = visibility(&log, date(200), &strict);
        assert!(v[0].probably_hidden.contacts.is_empty());
        assert_eq!(ids(&v[0].quiet), [2, 3]);
    }

    #[test]
    fn the_same_history_gives_different_segments_by_platform_rule() {
        let history = [K::StartedFollowing, K::Liked];
        let mut events = Vec::new();
        for p in [LI, XI] {
            for (i, k) in history.iter().enumerate() {
                events.push((1, p, *k, 10 + i as i64));
            }
        }
        let log = log(&events);
        let v = visibility(&log, date(30), &VisibilityParams::default());
        let (li, xi) = (&v[0], &v[1]);
        assert_eq!((li.platform.as_str(), xi.platform.as_str()), (LI, XI));
        assert_eq!(
            (ids(&li.followers_visible), ids(&li.followers_not_visible)),
            (vec![1], vec![])
        );
        assert_eq!(
            (ids(&xi.followers_visible), ids(&xi.followers_not_visible)),
            (vec![], vec![1])
        );
    }

    #[test]
    fn nobody_is_judged_hidden_where_the_rules_say_nobody_can_hide() {
        let text = crate::domain::platform::BUILTIN_RULES_TOML
            .replace("silent_hide = true", "silent_hide = false");
        let rules = crate::domain::PlatformRules::from_toml(&text).unwrap();
        let mut log = super::super::LogBuilder::new(&rules).build();
        log.push(&crate::domain::NewEvent::manual(
            ContactId(1),
            LI,
            K::Connected,
            day(1),
        ))
        .unwrap();
        for d in [120, 150, 180] {
            post(&mut log, LI, PostKind::Relevant, d, 5, None);
        }
        let v = visibility(&log, date(200), &VisibilityParams::default());
        assert!(v[0].probably_hidden.contacts.is_empty());
        assert_eq!(ids(&v[0].quiet), [1]);
    }
}
