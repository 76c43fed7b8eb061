//! Follower count over time with gains and losses, per period, twice: from the events
//! (follower ↔ non-follower transitions) and from the imported daily follower counts
//! (`follower_counts`: new followers per day, a total on the days the source states one).
//! Where two stated totals frame a stretch, the followers lost in it are the new ones
//! minus the net change — the losses LinkedIn never reports.

use chrono::NaiveDate;
use serde::Serialize;

use super::period::{Period, cutoff_secs, day_of_secs};
use super::{FollowerDay, Log};
use crate::domain::EventKind;

/// One period of the follower chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct FollowerPoint {
    /// First day of the period.
    pub start: NaiveDate,
    /// From the events: started following in the period.
    pub gained: u64,
    /// From the events: stopped following in the period.
    pub lost: u64,
    /// `gained − lost`.
    pub net: i64,
    /// From the events: followers at the end of the period.
    pub followers: u64,
    /// Imported: new followers in the period (`None` without imported days in it).
    pub imported_new: Option<i64>,
    /// Imported: the follower total at the end of the period, stated or reconstructed
    /// from the new followers.
    pub imported_total: Option<i64>,
    /// Imported: new followers minus the change of the total.
    pub imported_lost: Option<i64>,
}

/// Follower changes on `platform` from the period holding `from` to the one holding
/// `as_of`. Empty for an unknown platform.
#[must_use]
pub fn follower_series(
    log: &Log,
    platform: &str,
    from: NaiveDate,
    as_of: NaiveDate,
    period: Period,
) -> Vec<FollowerPoint> {
    let Some(p) = log.platform_index(platform) else {
        return Vec::new();
    };
    let changes = transitions(log, p, cutoff_secs(as_of));
    let days: Vec<FollowerDay> = log
        .follower_days()
        .iter()
        .filter(|d| d.platform == p && d.day <= as_of)
        .copied()
        .collect();
    let totals = reconstruct_totals(&days);

    let mut out = Vec::new();
    let mut start = period.start_of(from);
    let (mut ci, mut di) = (0, 0);
    let mut followers: i64 = 0;
    // Everything before the first period sets the starting count.
    while ci < changes.len() && changes[ci].0 < start {
        followers += i64::from(changes[ci].1);
        ci += 1;
    }
    while di < days.len() && days[di].day < start {
        di += 1;
    }
    let mut prev_total = di.checked_sub(1).and_then(|i| totals[i]);
    while start <= as_of {
        let next = period.next(start);
        let (mut gained, mut lost) = (0u64, 0u64);
        while ci < changes.len() && changes[ci].0 < next {
            if changes[ci].1 > 0 {
                gained += 1;
            } else {
                lost += 1;
            }
            followers += i64::from(changes[ci].1);
            ci += 1;
        }
        let mut imported_new = None;
        let mut total = prev_total;
        while di < days.len() && days[di].day < next {
            *imported_new.get_or_insert(0) += days[di].new_followers;
            total = totals[di].or(total);
            di += 1;
        }
        let imported_lost = match (imported_new, prev_total, total) {
            (Some(new), Some(before), Some(after)) => Some((new - (after - before)).max(0)),
            _ => None,
        };
        out.push(FollowerPoint {
            start,
            gained,
            lost,
            net: gained as i64 - lost as i64,
            followers: followers.max(0) as u64,
            imported_new,
            imported_total: total,
            imported_lost,
        });
        prev_total = total;
        if next <= start {
            break;
        }
        start = next;
    }
    out
}

/// Follower transitions on one platform: (day, +1 or −1), in day order.
fn transitions(log: &Log, platform: u8, cutoff: i64) -> Vec<(NaiveDate, i8)> {
    let mut out = Vec::new();
    for h in log.histories().filter(|h| h.platform == platform) {
        // The same follow flag as `Relationship::apply`.
        let mut follows = false;
        for e in h.until(cutoff) {
            let now = match e.kind {
                EventKind::StartedFollowing => true,
                EventKind::StoppedFollowing => false,
                _ => follows,
            };
            if now != follows {
                out.push((day_of_secs(e.at), if now { 1 } else { -1 }));
                follows = now;
            }
        }
    }
    out.sort_unstable();
    out
}

/// The total on each imported day: the stated one, else carried forward from the last
/// stated total by the new followers, else (before the first stated total) carried back.
fn reconstruct_totals(days: &[FollowerDay]) -> Vec<Option<i64>> {
    let mut totals = Vec::with_capacity(days.len());
    let mut last: Option<i64> = None;
    for d in days {
        last = d.total.or(last.map(|t| t + d.new_followers));
        totals.push(last);
    }
    if let Some(first) = totals.iter().position(Option::is_some) {
        for i in (0..first).rev() {
            totals[i] = totals[i + 1].map(|t| t - days[i + 1].new_followers);
        }
    }
    totals
}

#[cfg(test)]
mod tests {
    use super::super::LogBuilder;
    use super::super::test_support::*;
    use super::*;
    use crate::domain::{ContactId, NewEvent, PlatformRules};
    use EventKind as K;

    #[test]
    fn gains_losses_and_count_from_events_by_month() {
        let log = log(&[
            (1, LI, K::StartedFollowing, 5),
            (1, LI, K::StoppedFollowing, 40), // lost in February
            (1, LI, K::StartedFollowing, 70), // back in March
            (2, LI, K::StartedFollowing, 35),
            (3, LI, K::StoppedFollowing, 36), // never followed: no transition
            (4, XI, K::StartedFollowing, 36),
        ]);
        let s = follower_series(&log, LI, date(1), date(80), Period::Month);
        let got: Vec<_> = s
            .iter()
            .map(|p| (p.gained, p.lost, p.net, p.followers))
            .collect();
        assert_eq!(got, [(1, 0, 1, 1), (1, 1, 0, 1), (1, 0, 1, 2)]);
        assert!(s.iter().all(|p| p.imported_total.is_none()));
        // Starting later, the earlier history is the base count.
        let s = follower_series(&log, LI, date(60), date(80), Period::Month);
        assert_eq!((s.len(), s[0].followers), (1, 2));
    }

    #[test]
    fn imported_counts_reveal_losses_between_stated_totals() {
        let mut b = LogBuilder::new(&PlatformRules::builtin());
        // Total 100 stated on Jan 1; 5 new a day for 3 days; total 110 stated on Jan 4:
        // 15 new, net +10, so 5 lost.
        b.follower_day(LI, date(1), 0, Some(100));
        for d in 2..=3 {
            b.follower_day(LI, date(d), 5, None);
        }
        b.follower_day(LI, date(4), 5, Some(110));
        let mut log = b.build();
        log.push(&NewEvent::manual(
            ContactId(1),
            LI,
            K::StartedFollowing,
            day(2),
        ))
        .unwrap();
        let s = follower_series(&log, LI, date(1), date(4), Period::Day);
        let totals: Vec<_> = s.iter().map(|p| p.imported_total).collect();
        assert_eq!(totals, [Some(100), Some(105), Some(110), Some(110)]);
        let lost: Vec<_> = s.iter().map(|p| p.imported_lost).collect();
        assert_eq!(lost, [None, Some(0), Some(0), Some(5)]);
        let month = follower_series(&log, LI, date(1), date(4), Period::Month);
        assert_eq!(month[0].imported_new, Some(15));
        assert_eq!(month[0].gained, 1);
    }

    #[test]
    fn totals_are_carried_back_before_the_first_stated_one() {
        let days = [
            FollowerDay {
                platform: 0,
                day: date(1),
                new_followers: 2,
                total: None,
            },
            FollowerDay {
                platform: 0,
                day: date(2),
                new_followers: 3,
                total: Some(50),
            },
        ];
        assert_eq!(reconstruct_totals(&days), [Some(47), Some(50)]);
    }
}
