//! Calendar helpers for the metrics: the as-of cut-off, days and months of stored seconds,
//! and the periods (day, week, month) that chart series are bucketed by.

use chrono::{Datelike, Duration, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::domain::time::DAY_SECS;

/// The first second after `as_of` (UTC): metrics "as of" a day see events before it.
#[must_use]
pub fn cutoff_secs(as_of: NaiveDate) -> i64 {
    day_start_secs(as_of) + DAY_SECS
}

/// Seconds at the start of `day` (UTC).
#[must_use]
pub fn day_start_secs(day: NaiveDate) -> i64 {
    day.and_time(chrono::NaiveTime::MIN).and_utc().timestamp()
}

/// The UTC day of stored seconds.
#[must_use]
pub fn day_of_secs(secs: i64) -> NaiveDate {
    chrono::DateTime::from_timestamp(secs, 0)
        .unwrap_or_default()
        .date_naive()
}

/// A calendar month, shown and serialised as `YYYY-MM`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Month {
    pub year: i32,
    /// 1 to 12.
    pub month: u32,
}

impl Month {
    /// The month a day falls in.
    #[must_use]
    pub fn of(day: NaiveDate) -> Self {
        Self {
            year: day.year(),
            month: day.month(),
        }
    }

    /// The month of stored seconds (UTC).
    #[must_use]
    pub fn of_secs(secs: i64) -> Self {
        Self::of(day_of_secs(secs))
    }

    /// Its first day.
    #[must_use]
    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month, 1).unwrap_or_default()
    }
}

impl std::fmt::Display for Month {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl Serialize for Month {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// How a chart series is bucketed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Period {
    Day,
    /// Weeks start on Monday.
    Week,
    #[default]
    Month,
}

impl Period {
    /// The first day of the period that holds `day`.
    #[must_use]
    pub fn start_of(self, day: NaiveDate) -> NaiveDate {
        match self {
            Self::Day => day,
            Self::Week => day - Duration::days(i64::from(day.weekday().num_days_from_monday())),
            Self::Month => Month::of(day).first_day(),
        }
    }

    /// The first day of the period after the one starting on `start`.
    #[must_use]
    pub fn next(self, start: NaiveDate) -> NaiveDate {
        match self {
            Self::Day => start + Duration::days(1),
            Self::Week => start + Duration::days(7),
            Self::Month => start
                .checked_add_months(chrono::Months::new(1))
                .unwrap_or(start),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn periods_start_and_step() {
        let wed = d(2026, 1, 14);
        assert_eq!(Period::Week.start_of(wed), d(2026, 1, 12));
        assert_eq!(Period::Month.start_of(wed), d(2026, 1, 1));
        assert_eq!(Period::Month.next(d(2026, 12, 1)), d(2027, 1, 1));
        assert_eq!(Month::of(wed).to_string(), "2026-01");
        assert_eq!(day_of_secs(cutoff_secs(wed) - 1), wed);
        assert_eq!(day_of_secs(cutoff_secs(wed)), d(2026, 1, 15));
    }
}
