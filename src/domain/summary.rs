//! The summary report: how many contacts, and per platform how many connections,
//! followers, open requests and redirects — tallied from derived relationships.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{ConnectionState, PlatformRules, Relationship};

/// Counts for one platform.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlatformSummary {
    /// Connected now.
    pub connections: u64,
    /// Follow me and are not connected.
    pub followers: u64,
    /// Their request waits for my decision.
    pub pending_incoming: u64,
    /// My request waits for their answer.
    pub pending_outgoing: u64,
    /// Answered with "follow me instead" and not connected since.
    pub redirected: u64,
}

impl PlatformSummary {
    /// Adds one relationship to the tally.
    pub fn add(&mut self, rel: &Relationship) {
        match rel.state {
            ConnectionState::Connected => self.connections += 1,
            ConnectionState::RequestReceived => self.pending_incoming += 1,
            ConnectionState::RequestSent => self.pending_outgoing += 1,
            ConnectionState::None | ConnectionState::Removed => {}
        }
        if rel.follower_only() {
            self.followers += 1;
        }
        if rel.redirected {
            self.redirected += 1;
        }
    }
}

/// `followdesk report summary`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    /// Contacts not in the trash.
    pub contacts: u64,
    pub platforms: BTreeMap<String, PlatformSummary>,
}

impl Summary {
    /// An all-zero summary with a row for every known platform.
    #[must_use]
    pub fn empty(rules: &PlatformRules) -> Self {
        Self {
            contacts: 0,
            platforms: rules
                .keys()
                .map(|k| (k.to_owned(), PlatformSummary::default()))
                .collect(),
        }
    }

    /// Adds a relationship on `platform`.
    pub fn add(&mut self, platform: &str, rel: &Relationship) {
        self.platforms
            .entry(platform.to_owned())
            .or_default()
            .add(rel);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_connected_follower_is_not_counted_as_follower() {
        let rules = PlatformRules::builtin();
        let mut s = Summary::empty(&rules);
        let connected_follower = Relationship {
            state: ConnectionState::Connected,
            follows_me: true,
            ..Relationship::default()
        };
        let follower = Relationship {
            follows_me: true,
            redirected: true,
            ..Relationship::default()
        };
        s.add("linkedin", &connected_follower);
        s.add("linkedin", &follower);
        let li = s.platforms["linkedin"];
        assert_eq!((li.connections, li.followers, li.redirected), (1, 1, 1));
        assert_eq!(s.platforms["xing"], PlatformSummary::default());
    }
}
