//! Follower-to-connection conversion by cohort month (of the people who started following
//! or were redirected in month M, how many connected within 30, 90 and 180 days), and the
//! distribution of days to connect, as histogram data for a chart.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

use super::Log;
use super::journey::journeys;
use super::period::{Month, cutoff_secs};
use crate::domain::time::DAY_SECS;

/// One cohort: a month and a platform.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CohortRow {
    pub month: Month,
    pub platform: String,
    /// Started following or were redirected (while not connected) in that month.
    pub entered: u64,
    pub connected_30d: u64,
    pub connected_90d: u64,
    pub connected_180d: u64,
}

/// Every non-empty cohort as of `as_of`, by month, then in the platforms' display order.
/// Young cohorts are still filling: their windows are open.
#[must_use]
pub fn cohorts(log: &Log, as_of: NaiveDate) -> Vec<CohortRow> {
    let mut rows: BTreeMap<(Month, u8), [u64; 4]> = BTreeMap::new();
    for j in journeys(log, cutoff_secs(as_of)) {
        let Some(entered) = j.entered_at else {
            continue;
        };
        let row = rows
            .entry((Month::of_secs(entered), j.platform))
            .or_default();
        row[0] += 1;
        if let Some(at) = j.connected_after_entry_at {
            for (slot, days) in row[1..].iter_mut().zip([30, 90, 180]) {
                *slot += u64::from(at - entered <= days * DAY_SECS);
            }
        }
    }
    rows.into_iter()
        .map(|((month, platform), [entered, d30, d90, d180])| CohortRow {
            month,
            platform: log
                .rule(platform)
                .map(|r| r.key.clone())
                .unwrap_or_default(),
            entered,
            connected_30d: d30,
            connected_90d: d90,
            connected_180d: d180,
        })
        .collect()
}

/// One bar of the days-to-connect histogram: `from_days ≤ days < to_days`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct TimeToConnectBucket {
    pub from_days: u32,
    /// `None` for the open last bar.
    pub to_days: Option<u32>,
    pub count: u64,
}

/// Bar edges of the histogram, in days.
pub const TIME_TO_CONNECT_EDGES: [u32; 7] = [0, 7, 30, 90, 180, 365, 730];

/// Days from entering the follower pipeline to connecting, bucketed; over one platform
/// (`Some(key)`) or all.
#[must_use]
pub fn time_to_connect(
    log: &Log,
    as_of: NaiveDate,
    platform: Option<&str>,
) -> Vec<TimeToConnectBucket> {
    let only = platform.map(|k| log.platform_index(k));
    let edges = TIME_TO_CONNECT_EDGES;
    let mut bars: Vec<TimeToConnectBucket> = edges
        .iter()
        .enumerate()
        .map(|(i, &from)| TimeToConnectBucket {
            from_days: from,
            to_days: edges.get(i + 1).copied(),
            count: 0,
        })
        .collect();
    for j in journeys(log, cutoff_secs(as_of)) {
        if only.is_some_and(|p| p != Some(j.platform)) {
            continue;
        }
        if let Some(days) = j.days_to_connect() {
            let i = edges
                .partition_point(|&e| f64::from(e) <= days)
                .saturating_sub(1);
            bars[i].count += 1;
        }
    }
    bars
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::*;
    use crate::domain::EventKind as K;

    #[test]
    fn cohorts_count_connections_within_each_window() {
        let log = log(&[
            // January cohort on LinkedIn.
            (1, LI, K::StartedFollowing, 2),
            (1, LI, K::Connected, 22), // 20 days
            (2, LI, K::RequestReceived, 5),
            (2, LI, K::RedirectedToFollow, 6),
            (2, LI, K::StartedFollowing, 8),
            (2, LI, K::RequestAccepted, 106), // 100 days after the redirect
            (3, LI, K::RedirectedToFollow, 10), // redirected, never followed
            (4, LI, K::StartedFollowing, 20),
            (4, LI, K::RequestAccepted, 385), // a year later
            // February cohort: unfollowed and followed again, counted once.
            (5, LI, K::StartedFollowing, 40),
            (5, LI, K::StoppedFollowing, 45),
            (5, LI, K::StartedFollowing, 50),
            // Connected before following: no cohort.
            (6, LI, K::Connected, 3),
            (6, LI, K::StartedFollowing, 4),
        ]);
        let rows = cohorts(&log, date(500));
        assert_eq!(
            rows,
            vec![
                CohortRow {
                    month: Month {
                        year: 2026,
                        month: 1
                    },
                    platform: LI.into(),
                    entered: 4,
                    connected_30d: 1,
                    connected_90d: 1,
                    connected_180d: 2,
                },
                CohortRow {
                    month: Month {
                        year: 2026,
                        month: 2
                    },
                    platform: LI.into(),
                    entered: 1,
                    connected_30d: 0,
                    connected_90d: 0,
                    connected_180d: 0,
                },
            ]
        );
        let bars = time_to_connect(&log, date(500), Some(LI));
        let counts: Vec<u64> = bars.iter().map(|b| b.count).collect();
        // 20 d → [7,30), 100 d → [90,180), 365 d → [365,730).
        assert_eq!(counts, [0, 1, 0, 1, 0, 1, 0]);
        assert_eq!(bars[6].to_days, None);
        assert!(
            time_to_connect(&log, date(500), Some(XI))
                .iter()
                .all(|b| b.count == 0)
        );
    }
}
