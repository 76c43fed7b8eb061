//! One line of the contacts table, and the filters and sort orders over it. The store
//! loads rows; this module filters and sorts them in memory. The table sorts once when the
//! rows or the sort column change ([`sort_order`]) and on a keystroke only filters that
//! order by the search hits ([`RowsById::mark`]) and the [`RowFilter`].

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

/// Orders two rows by `key`, ties by name and then id, ascending; `platform_keys` maps a
/// platform index to its key. Text columns compare case-insensitively.
#[must_use]
pub fn compare_rows(
    a: &ContactRow,
    b: &ContactRow,
    key: SortKey,
    platform_keys: &[String],
) -> Ordering {
    let primary = match key {
        SortKey::Name => Ordering::Equal,
        SortKey::Company => a.company.to_lowercase().cmp(&b.company.to_lowercase()),
        SortKey::Position => a.position.to_lowercase().cmp(&b.position.to_lowercase()),
        SortKey::Platform(i) => {
            let p = platform_keys.get(i).map(String::as_str);
            state_rank(a, p).cmp(&state_rank(b, p))
        }
        SortKey::Tags => tags_key(a).cmp(&tags_key(b)),
        SortKey::LastInteraction => a.last_interaction.cmp(&b.last_interaction),
    };
    primary.then_with(|| by_name(a, b))
}

fn by_name(a: &ContactRow, b: &ContactRow) -> Ordering {
    a.sort_name.cmp(&b.sort_name).then(a.id.cmp(&b.id))
}

fn tags_key(r: &ContactRow) -> String {
    r.tags.join(",")
}

/// The positions of `rows` in the order [`compare_rows`] gives (reversed when not
/// `ascending`). The table keeps this and filters it on every keystroke, so a search never
/// sorts: sorting happens only when the rows or the sort column change. Text keys are
/// lower-cased once per row here, not once per comparison.
#[must_use]
pub fn sort_order(
    rows: &[ContactRow],
    key: SortKey,
    ascending: bool,
    platform_keys: &[String],
) -> Vec<usize> {
    let text_keys: Option<Vec<String>> = match key {
        SortKey::Company => Some(rows.iter().map(|r| r.company.to_lowercase()).collect()),
        SortKey::Position => Some(rows.iter().map(|r| r.position.to_lowercase()).collect()),
        SortKey::Tags => Some(rows.iter().map(tags_key).collect()),
        SortKey::Name | SortKey::Platform(_) | SortKey::LastInteraction => None,
    };
    let cmp = |&a: &usize, &b: &usize| -> Ordering {
        match &text_keys {
            Some(k) => k[a].cmp(&k[b]).then_with(|| by_name(&rows[a], &rows[b])),
            None => compare_rows(&rows[a], &rows[b], key, platform_keys),
        }
    };
    let mut order: Vec<usize> = (0..rows.len()).collect();
    // Ties end at the id, which is unique: an unstable sort gives the one order.
    if ascending {
        order.sort_unstable_by(cmp);
    } else {
        order.sort_unstable_by(|a, b| cmp(b, a));
    }
    order
}

/// Row positions by contact id, built once per set of rows: turns a search's hits (ids in
/// ascending order) into a yes/no per row in one merge pass, with no hashing.
#[derive(Debug, Clone, Default)]
pub struct RowsById(Vec<(ContactId, usize)>);

impl RowsById {
    #[must_use]
    pub fn new(rows: &[ContactRow]) -> Self {
        let mut v: Vec<(ContactId, usize)> =
            rows.iter().enumerate().map(|(i, r)| (r.id, i)).collect();
        v.sort_unstable();
        Self(v)
    }

    /// How many rows it was built for.
    #[must_use]
    pub fn len(&self) -> usize {
        self.0.len()
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// `marks[i]` says whether row `i` is among `ids`. Ids not in the rows (trashed
    /// contacts) are passed over; `ids` in any other order than ascending are sorted first.
    #[must_use]
    pub fn mark(&self, ids: &[ContactId]) -> Vec<bool> {
        let mut marks = vec![false; self.0.len()];
        let sorted;
        let ids = if ids.is_sorted() {
            ids
        } else {
            let mut v = ids.to_vec();
            v.sort_unstable();
            sorted = v;
            &sorted
        };
        let mut rows = self.0.iter().peekable();
        for id in ids {
            while rows.next_if(|(r, _)| r < id).is_some() {}
            if let Some((_, pos)) = rows.next_if(|(r, _)| r == id) {
                marks[*pos] = true;
            }
        }
        marks
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

    fn ids(rows: &[ContactRow], order: &[usize]) -> Vec<i64> {
        order.iter().map(|&i| rows[i].id.0).collect()
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
        let rows = vec![
            row(3, "carl", vec![], &[]),
            row(1, "anna", vec![("linkedin", follower())], &[]),
            row(2, "bernd", vec![("linkedin", connected())], &[]),
        ];
        let keys = vec!["linkedin".to_owned()];
        let order = sort_order(&rows, SortKey::Platform(0), true, &keys);
        assert_eq!(ids(&rows, &order), [2, 1, 3]);
        let order = sort_order(&rows, SortKey::Name, false, &keys);
        assert_eq!(ids(&rows, &order), [3, 2, 1]);
    }

    #[test]
    fn sort_order_agrees_with_compare_rows_for_every_key() {
        let mut rows = Vec::new();
        for i in 0..40_i64 {
            let mut r = row(
                i,
                ["Özil", "anna", "Bernd", "anna"][(i % 4) as usize],
                if i % 3 == 0 {
                    vec![("linkedin", connected())]
                } else {
                    vec![("linkedin", follower())]
                },
                if i % 5 == 0 { &["vip"] } else { &[] },
            );
            r.company = ["Äpfel AG", "apfel ag", "Zeta", ""][(i % 7 % 4) as usize].into();
            r.position = ["Head", "head", "CEO"][(i % 3) as usize].into();
            rows.push(r);
        }
        let keys = vec!["linkedin".to_owned()];
        for key in [
            SortKey::Name,
            SortKey::Company,
            SortKey::Position,
            SortKey::Platform(0),
            SortKey::Tags,
            SortKey::LastInteraction,
        ] {
            for ascending in [true, false] {
                let mut expected: Vec<usize> = (0..rows.len()).collect();
                expected.sort_by(|&a, &b| {
                    let o = compare_rows(&rows[a], &rows[b], key, &keys);
                    if ascending { o } else { o.reverse() }
                });
                assert_eq!(
                    sort_order(&rows, key, ascending, &keys),
                    expected,
                    "{key:?} ascending {ascending}"
                );
            }
        }
    }

    #[test]
    fn rows_by_id_marks_hits_and_passes_over_unknown_ids() {
        let rows = vec![
            row(7, "g", vec![], &[]),
            row(2, "b", vec![], &[]),
            row(5, "e", vec![], &[]),
        ];
        let index = RowsById::new(&rows);
        let hits = [1, 2, 3, 7, 9].map(ContactId);
        assert_eq!(index.mark(&hits), [true, true, false]);
        let unsorted = [7, 5].map(ContactId);
        assert_eq!(index.mark(&unsorted), [true, false, true]);
        assert_eq!(index.mark(&[]), [false, false, false]);
    }
}
