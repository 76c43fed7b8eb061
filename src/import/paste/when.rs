//! When a request came, as the invitation pages say it: "2 days ago", "Yesterday",
//! "1 week ago", "vor 3 Tagen", "Gestern", "vor einer Woche", "3d", "12.11.2026" — turned
//! into a time relative to the moment of the paste.

use std::sync::OnceLock;

use chrono::{Duration, NaiveDate, TimeZone as _, Utc};
use regex::Regex;

use crate::domain::time::Timestamp;

/// Days in the units a page counts in (a month and a year as the pages round them).
fn unit_days(unit: &str) -> Option<Duration> {
    let u = unit.to_lowercase();
    let days = |n| Some(Duration::days(n));
    match u.as_str() {
        "second" | "seconds" | "sekunde" | "sekunden" | "s" => Some(Duration::seconds(1)),
        "minute" | "minutes" | "minuten" | "min" | "m" => Some(Duration::minutes(1)),
        "hour" | "hours" | "stunde" | "stunden" | "h" | "std" => Some(Duration::hours(1)),
        "day" | "days" | "tag" | "tage" | "tagen" | "d" => days(1),
        "week" | "weeks" | "woche" | "wochen" | "w" | "wk" => days(7),
        "month" | "months" | "monat" | "monate" | "monaten" | "mo" => days(30),
        "year" | "years" | "jahr" | "jahre" | "jahren" | "y" | "yr" => days(365),
        _ => None,
    }
}

fn count(word: &str) -> Option<i64> {
    match word.to_lowercase().as_str() {
        "a" | "an" | "one" | "ein" | "eine" | "einem" | "einer" => Some(1),
        "two" | "zwei" => Some(2),
        n => n.parse().ok(),
    }
}

fn relative() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?ix)^(?:(?:sent|received|invited|gesendet|erhalten|eingeladen)\s+)?
              (?:
                 (?P<n>\d+|an?|one|two)\s+(?P<unit>[a-z]+)\s+ago
               | vor\s+(?P<dn>\d+|einem|einer|zwei)\s+(?P<dunit>[a-zä]+)
               | (?P<sn>\d+)\s?(?P<sunit>s|m|min|h|std|d|w|wk|mo|y|yr)
              )\.?$",
        )
        .unwrap_or_else(|e| unreachable!("the pattern is fixed: {e}"))
    })
}

fn absolute() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"^(?:(?i:sent|received|gesendet|erhalten|am)\s+)?(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$",
        )
        .unwrap_or_else(|e| unreachable!("the pattern is fixed: {e}"))
    })
}

/// The time a line of the page names, relative to `now`; `None` when the line is no time.
#[must_use]
pub fn parse_when(line: &str, now: Timestamp) -> Option<Timestamp> {
    let l = line.trim().trim_end_matches('.');
    match l.to_lowercase().as_str() {
        "just now" | "now" | "today" | "gerade eben" | "jetzt" | "heute" => return Some(now),
        "yesterday" | "gestern" => return Some(now - Duration::days(1)),
        "vorgestern" => return Some(now - Duration::days(2)),
        _ => {}
    }
    if let Some(c) = relative().captures(l) {
        let (n, unit) = match (c.name("n"), c.name("dn"), c.name("sn")) {
            (Some(n), ..) => (n, c.name("unit")?),
            (_, Some(n), _) => (n, c.name("dunit")?),
            (.., Some(n)) => (n, c.name("sunit")?),
            _ => return None,
        };
        let n = count(n.as_str())?;
        let step = unit_days(unit.as_str())?;
        return now.checked_sub_signed(step * i32::try_from(n).ok()?);
    }
    let c = absolute().captures(l)?;
    let day: u32 = c[1].parse().ok()?;
    let month: u32 = c[2].parse().ok()?;
    let mut year: i32 = c[3].parse().ok()?;
    if year < 100 {
        year += 2000;
    }
    let date = NaiveDate::from_ymd_opt(year, month, day)?;
    // The day as the page shows it, at the time of day of the paste.
    Some(Utc.from_utc_datetime(&date.and_time(now.time())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> Timestamp {
        chrono::DateTime::parse_from_rfc3339(s).unwrap().into()
    }

    #[test]
    fn english_and_german_phrases_give_the_day_before_the_paste() {
        let now = at("2026-12-07T09:30:00Z");
        let day = |l: &str| parse_when(l, now).map(|t| t.date_naive().to_string());
        assert_eq!(day("2 days ago").as_deref(), Some("2026-12-05"));
        assert_eq!(day("Yesterday").as_deref(), Some("2026-12-06"));
        assert_eq!(day("1 week ago").as_deref(), Some("2026-11-30"));
        assert_eq!(day("a week ago").as_deref(), Some("2026-11-30"));
        assert_eq!(day("5 hours ago").as_deref(), Some("2026-12-07"));
        assert_eq!(day("Sent 3 days ago").as_deref(), Some("2026-12-04"));
        assert_eq!(day("vor 3 Tagen").as_deref(), Some("2026-12-04"));
        assert_eq!(day("Gestern").as_deref(), Some("2026-12-06"));
        assert_eq!(day("vor 1 Woche").as_deref(), Some("2026-11-30"));
        assert_eq!(day("vor einer Woche").as_deref(), Some("2026-11-30"));
        assert_eq!(day("vor 2 Monaten").as_deref(), Some("2026-10-08"));
        assert_eq!(day("Heute").as_deref(), Some("2026-12-07"));
        assert_eq!(day("3d").as_deref(), Some("2026-12-04"));
        assert_eq!(day("04.12.2026").as_deref(), Some("2026-12-04"));
        assert_eq!(day("Head of Sales"), None);
        assert_eq!(day("2 days"), None);
        assert_eq!(day("vor Ort"), None);
    }
}
