//! Time as the domain stores it: UTC seconds since the epoch, with helpers to parse the
//! dates people type and to show them.

use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone, Utc};

use super::DomainError;
use super::error::{DateProblem, Field};

/// A point in time, UTC.
pub type Timestamp = DateTime<Utc>;

/// Seconds in a day.
pub const DAY_SECS: i64 = 86_400;

/// Now, as the domain sees it.
#[must_use]
pub fn now() -> Timestamp {
    Utc::now()
}

/// From stored seconds; out-of-range values clamp to the epoch rather than panic.
#[must_use]
pub fn from_secs(secs: i64) -> Timestamp {
    Utc.timestamp_opt(secs, 0).single().unwrap_or_default()
}

/// Parses a date (`YYYY-MM-DD`) or date and time (`YYYY-MM-DD HH:MM[:SS]`, `…THH:MM:SS[Z]`)
/// as typed by a user; `field` names the input in the error.
pub fn parse_user_time(field: Field, value: &str) -> Result<Timestamp, DomainError> {
    let v = value.trim();
    let err = |reason| DomainError::InvalidDate {
        field,
        value: value.to_owned(),
        reason,
    };
    if v.is_empty() {
        return Err(err(DateProblem::Empty));
    }
    if let Ok(dt) = DateTime::parse_from_rfc3339(v) {
        return Ok(dt.with_timezone(&Utc));
    }
    for fmt in ["%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S"] {
        if let Ok(dt) = NaiveDateTime::parse_from_str(v, fmt) {
            return Ok(Utc.from_utc_datetime(&dt));
        }
    }
    match NaiveDate::parse_from_str(v, "%Y-%m-%d") {
        Ok(d) => Ok(Utc.from_utc_datetime(&d.and_time(chrono::NaiveTime::MIN))),
        Err(e) => Err(err(DateProblem::Unreadable(e))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_dates_and_refuses_impossible_ones() {
        assert_eq!(
            parse_user_time(Field::Date, "2026-02-08")
                .unwrap()
                .to_rfc3339(),
            "2026-02-08T00:00:00+00:00"
        );
        assert!(parse_user_time(Field::Date, "2026-02-08 14:30").is_ok());
        let e = parse_user_time(Field::Date, "2026-02-30").unwrap_err();
        assert!(e.to_string().contains("2026-02-30"), "{e}");
        assert!(parse_user_time(Field::Date, "").is_err());
    }
}
