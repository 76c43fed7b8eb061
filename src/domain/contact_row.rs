//! One line of the contacts table, and the filters and sort orders over it. The store
//! loads rows; this module filters and sorts them in memory, which keeps a 100,000-row list
//! responsive without a query per keystroke.

use std::cmp::Ordering;

use serde::{Deserialize, Serialize};

use super::time::Timestamp;
use super::{ConnectionState, ContactId, Relationship};
use crate::t;

/// What the table shows of a contact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactRow {
    pub id: ContactId,
    pub name: String,
    /// Lower-cased `last first`, for sorting by name.
    pub sort_name: String,
    pub company: String,
    pub position: String,
    /// Relationship per platform key.
    pub platforms: Vec<(String, Relationship)>,
    /// Tag names, sorted.
    pub tags: Vec<String>,
    pub last_interaction: Option<Timestamp>,
}

/// A relationship state a user filters by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum StateFilter {
    Connected,
    Follower,
    PendingIncoming,
    PendingOutgoing,
    Redirected,
}

impl StateFilter {
    pub const ALL: [Self; 5] = [
        Self::Connected,
        Self::Follower,
        Self::PendingIncoming,
        Self::PendingOutgoing,
        Self::Redirected,
    ];

    /// Words for the filter menu, in the active language.
    #[must_use]
    pub fn label(self) -> String {
        match self {
            Self::Connected => t!("domain-filter-connected"),
            Self::Follower => t!("domain-filter-follower"),
            Self::PendingIncoming => t!("domain-filter-pending-incoming"),
            Self::PendingOutgoing => t!("domain-filter-pending-outgoing"),
            Self::Redirected => t!("domain-filter-redirected"),
        }
    }

    #[must_use]
    pub fn matches(self, r: &Relationship) -> bool {
        match self {
            Self::Connected => r.state == ConnectionState::Connected,
            Self::Follower => r.follower_only(),
            Self::PendingIncoming => r.state == ConnectionState::RequestReceived,
            Self::PendingOutgoing => r.state == ConnectionState::RequestSent,
            Self::Redirected => r.redirected,
        }
    }
}

/// A column to sort by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum SortKey {
    #[default]
    Name,
    Company,
    Position,
    /// The state on the platform with this index in the rules.
    Platform(usize),
    Tags,
    LastInteraction,
}

/// Which rows to show. Filters of different kinds combine with AND; several platforms or
/// states match any of them; several tags must all be present.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RowFilter {
    pub platforms: Vec<String>,
    pub states: Vec<StateFilter>,
    pub tags: Vec<String>,
}

impl RowFilter {
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.platforms.is_empty() && self.states.is_empty() && self.tags.is_empty()
    }

    #[must_use]
    pub fn matches(&self, row: &ContactRow) -> bool {
        let on_platform =
            |p: &str| self.platforms.is_empty() || self.platforms.iter().any(|x| x == p);
        let platform_ok =
            self.platforms.is_empty() || row.platforms.iter().any(|(p, _)| on_platform(p));
        let state_ok = self.states.is_empty()
            || row
                .platforms
                .iter()
                .any(|(p, r)| on_platform(p) && self.states.iter().any(|s| s.matches(r)));
        let tags_ok = self
            .tags
            .iter()
            .all(|t| row.tags.iter().any(|rt| rt.eq_ignore_ascii_case(t)));
        platform_ok && state_ok && tags_ok
    }
}

/// A rank for ordering by a platform's state: connected first, then followers, then
/// open requests, then the rest, then no presence.
fn state_rank(row: &ContactRow, platform: Option<&str>) -> u8 {
    let Some(p) = platform else { return 9 };
    match row.platforms.iter().find(|(k, _)| k == p) {
        None => 9,
        Some((_, r)) => match r.state {
            ConnectionState::Connected => 0,
            _ if r.follows_me => 1,
            ConnectionState::RequestReceived => 2,
            ConnectionState::RequestSent => 3,
            _ if r.redirected => 4,
            ConnectionState::None => 5,
            ConnectionState::Removed => 6,
        },
    }
}

/// Sorts rows in place by `key`, ties by name; `platform_keys` maps a platform index to its key.
pub fn sort_rows(
    rows: &mut [&ContactRow],
    key: SortKey,
    ascending: bool,
    platform_keys: &[String],
) {
    let by_name =
        |a: &&ContactRow, b: &&ContactRow| a.sort_name.cmp(&b.sort_name).then(a.id.cmp(&b.id));
    let cmp = |a: &&ContactRow, b: &&ContactRow| -> Ordering {
        let primary = match key {
            SortKey::Name => Ordering::Equal,
            SortKey::Company => a.company.to_lowercase().cmp(&b.company.to_lowercase()),
            SortKey::Position => a.position.to_lowercase().cmp(&b.position.to_lowercase()),
            SortKey::Platform(i) => {
                let p = platform_keys.get(i).map(String::as_str);
                state_rank(a, p).cmp(&state_rank(b, p))
            }
            SortKey::Tags => a.tags.join(",").cmp(&b.tags.join(",")),
            SortKey::LastInteraction => a.last_interaction.cmp(&b.last_interaction),
        };
        primary.then_with(|| by_name(a, b))
    };
    if ascending {
        rows.sort_by(cmp);
    } else {
        rows.sort_by(|a, b| cmp(b, a));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(id: i64, name: &str, platforms: Vec<(&str, Relationship)>, tags: &[&str]) -> ContactRow {
        ContactRow {
            id: ContactId(id),
            name: name.into(),
            sort_name: name.to_lowercase(),
            company: String::new(),
            position: String::new(),
            platforms: platforms
                .into_iter()
                .map(|(p, r)| (p.to_owned(), r))
                .collect(),
            tags: tags.iter().map(|t| (*t).to_owned()).collect(),
            last_interaction: None,
        }
    }

    fn connected() -> Relationship {
        Relationship {
            state: ConnectionState::Connected,
            ..Relationship::default()
        }
    }

    fn follower() -> Relationship {
        Relationship {
            follows_me: true,
            ..Relationship::default()
        }
    }

    #[test]
    fn filters_combine_platform_state_and_tags() {
        let a = row(
            1,
            "a",
            vec![("linkedin", follower()), ("xing", connected())],
            &["vip"],
        );
        let b = row(
            2,
            "b",
            vec![("linkedin", connected())],
            &["vip", "customer"],
        );
        let f = RowFilter {
            platforms: vec!["linkedin".into()],
            states: vec![StateFilter::Connected],
            tags: vec![],
        };
        assert!(
            !f.matches(&a),
            "connected only on XING, not on the filtered platform"
        );
        assert!(f.matches(&b));
        let tags = RowFilter {
            tags: vec!["VIP".into(), "customer".into()],
            ..RowFilter::default()
        };
        assert!(!tags.matches(&a) && tags.matches(&b));
    }

    #[test]
    fn filter_labels_follow_the_language() {
        use crate::i18n::{Lang, set_lang};
        set_lang(Lang::De);
        assert_eq!(StateFilter::Follower.label(), "Follower, nicht vernetzt");
        assert_eq!(StateFilter::Redirected.label(), "zum Folgen umgeleitet");
        set_lang(Lang::En);
        assert_eq!(
            StateFilter::PendingIncoming.label(),
            "request waiting for me"
        );
    }

    #[test]
    fn sorting_by_platform_state_puts_connections_first() {
        let a = row(1, "anna", vec![("linkedin", follower())], &[]);
        let b = row(2, "bernd", vec![("linkedin", connected())], &[]);
        let c = row(3, "carl", vec![], &[]);
        let mut rows = vec![&c, &a, &b];
        let keys = vec!["linkedin".to_owned()];
        sort_rows(&mut rows, SortKey::Platform(0), true, &keys);
        assert_eq!(rows.iter().map(|r| r.id.0).collect::<Vec<_>>(), [2, 1, 3]);
        sort_rows(&mut rows, SortKey::Name, false, &keys);
        assert_eq!(rows.iter().map(|r| r.id.0).collect::<Vec<_>>(), [3, 2, 1]);
    }
}
