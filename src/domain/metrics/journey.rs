//! One (contact, platform) history read once for the pipeline metrics: which funnel
//! stages it reached, when it entered the follower pipeline, when it connected after
//! that, and what became of a redirect. The fold itself is [`Relationship::apply`], so
//! the metrics and the relationship projection can never disagree.

use super::{History, Log, LogEvent};
use crate::domain::time::from_secs;
use crate::domain::{ConnectionState, EventKind, Relationship};

/// What one history says, as of a cut-off.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Journey {
    pub contact: u32,
    pub platform: u8,
    /// They sent me a request at least once.
    pub requested: bool,
    /// When I first redirected them to Follow.
    pub redirected_at: Option<i64>,
    /// They started following me at least once.
    pub followed: bool,
    /// They liked, commented on or shared a post at least once.
    pub engaged: bool,
    /// We were connected at least once.
    pub connected: bool,
    /// An opportunity was logged.
    pub opportunity: bool,
    /// Follower → non-follower transitions.
    pub lost_followers: u32,
    /// When they entered the follower pipeline: the first follow or redirect while we
    /// were not connected. Someone who follows only after connecting never enters.
    pub entered_at: Option<i64>,
    /// The first connection after entering.
    pub connected_after_entry_at: Option<i64>,
    /// They followed after my first redirect.
    pub followed_after_redirect: bool,
    /// We connected after my first redirect.
    pub connected_after_redirect: bool,
    /// The relationship at the cut-off.
    pub state: Relationship,
}

impl Journey {
    /// Whole days from entering to connecting, if both happened.
    #[must_use]
    pub fn days_to_connect(&self) -> Option<f64> {
        Some((self.connected_after_entry_at? - self.entered_at?) as f64 / 86_400.0)
    }
}

/// Reads one history's events (already cut at the as-of time, in time order).
#[must_use]
pub fn journey(contact: u32, platform: u8, events: &[LogEvent]) -> Journey {
    use EventKind as K;
    let mut j = Journey {
        contact,
        platform,
        ..Journey::default()
    };
    for e in events {
        let was_connected = j.state.state == ConnectionState::Connected;
        let was_following = j.state.follows_me;
        match e.kind {
            K::RequestReceived => j.requested = true,
            K::RedirectedToFollow => {
                j.redirected_at.get_or_insert(e.at);
            }
            K::StartedFollowing => {
                j.followed = true;
                if j.redirected_at.is_some() {
                    j.followed_after_redirect = true;
                }
            }
            K::RequestAccepted | K::Connected => {
                j.connected = true;
                if j.redirected_at.is_some() {
                    j.connected_after_redirect = true;
                }
                if j.entered_at.is_some() {
                    j.connected_after_entry_at.get_or_insert(e.at);
                }
            }
            K::Opportunity => j.opportunity = true,
            k if k.is_engagement() => j.engaged = true,
            _ => {}
        }
        let enters = matches!(e.kind, K::StartedFollowing | K::RedirectedToFollow);
        if enters && !was_connected && j.entered_at.is_none() {
            j.entered_at = Some(e.at);
        }
        j.state.apply(e.kind, from_secs(e.at));
        if was_following && !j.state.follows_me {
            j.lost_followers += 1;
        }
    }
    j
}

/// Every history's journey as of `cutoff` (seconds).
pub fn journeys(log: &Log, cutoff: i64) -> impl Iterator<Item = Journey> + '_ {
    log.histories()
        .map(move |h: History<'_>| journey(h.contact, h.platform, h.until(cutoff)))
        .filter(|j| j.state.last_event.is_some())
}

#[cfg(test)]
mod tests {
    use super::super::period::cutoff_secs;
    use super::super::test_support::*;
    use super::*;
    use EventKind as K;

    fn one(events: &[(i64, &str, EventKind, i64)], as_of: i64) -> Journey {
        let log = log(events);
        journeys(&log, cutoff_secs(date(as_of))).next().unwrap()
    }

    #[test]
    fn connected_before_following_never_enters_the_pipeline() {
        let j = one(
            &[(1, LI, K::Connected, 1), (1, LI, K::StartedFollowing, 5)],
            30,
        );
        assert!(j.connected && j.followed);
        assert_eq!((j.entered_at, j.connected_after_entry_at), (None, None));
    }

    #[test]
    fn unfollowed_and_followed_again_enters_once_and_loses_once() {
        let j = one(
            &[
                (1, LI, K::StartedFollowing, 1),
                (1, LI, K::StoppedFollowing, 10),
                (1, LI, K::StartedFollowing, 20),
            ],
            30,
        );
        assert_eq!(j.entered_at, Some(day(1).timestamp()));
        assert_eq!(j.lost_followers, 1);
        assert!(j.state.follows_me);
    }

    #[test]
    fn redirected_followed_and_connected_a_year_later() {
        let j = one(
            &[
                (1, LI, K::RequestReceived, 1),
                (1, LI, K::RedirectedToFollow, 2),
                (1, LI, K::StartedFollowing, 4),
                (1, LI, K::RequestAccepted, 367),
            ],
            400,
        );
        assert!(j.followed_after_redirect && j.connected_after_redirect);
        assert_eq!(j.days_to_connect(), Some(365.0));
    }

    #[test]
    fn the_cutoff_hides_what_happened_later() {
        let j = one(
            &[
                (1, LI, K::StartedFollowing, 1),
                (1, LI, K::RequestAccepted, 50),
            ],
            40,
        );
        assert!(!j.connected && j.days_to_connect().is_none());
    }
}
