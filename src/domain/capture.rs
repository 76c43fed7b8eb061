//! Requests captured the day they arrive — pasted from the invitation page, read from an
//! invitation e-mail, or typed in — before the data export brings them: the one shape
//! every way in produces ([`CapturedRequest`]), what makes two of them the same request,
//! what triage proposes for a verdict, and which links may be opened in the browser.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::identity::normalise_name;
use super::time::Timestamp;
use super::{DomainError, PlatformRule};
use crate::t;

/// Where a request came in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CaptureSource {
    /// A platform's data export (LinkedIn's `Invitations.csv`).
    Export,
    /// A select-all copy of the invitation page.
    Paste,
    /// An invitation e-mail.
    Mail,
    /// Typed in ("New request", `followdesk add request`).
    Manual,
}

impl CaptureSource {
    /// The event source a captured request is logged with (export events keep the
    /// importer's own source, e.g. `linkedin-export`).
    #[must_use]
    pub fn event_source(self) -> &'static str {
        match self {
            Self::Export => "export",
            Self::Paste => "paste",
            Self::Mail => "mail",
            Self::Manual => "manual",
        }
    }

    /// Where an event with this stored source came from; `None` for sources that are not
    /// a way requests come in (`demo`).
    #[must_use]
    pub fn of_event_source(source: &str) -> Option<Self> {
        match source {
            "paste" => Some(Self::Paste),
            "mail" => Some(Self::Mail),
            "manual" => Some(Self::Manual),
            s if s.ends_with("-export") || s == "export" => Some(Self::Export),
            _ => None,
        }
    }

    /// The stable word for the command line and JSON.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Self::Export => "export",
            Self::Paste => "paste",
            Self::Mail => "mail",
            Self::Manual => "manual",
        }
    }
}

/// One incoming request as captured, however it came in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CapturedRequest {
    /// Platform key (`linkedin`, `xing`).
    pub platform: String,
    /// The name as the page, mail or person wrote it, split as the importers split names
    /// (`import::Person::split_name`: "Dr. Anna Müller" → "Anna", "Dr. Müller").
    pub first_name: String,
    pub last_name: String,
    /// The line under the name (position and company, as the person wrote it).
    pub headline: String,
    /// The profile link as found (normalised when stored).
    pub profile_url: Option<String>,
    /// The link to the invitation itself, where known (mails carry one).
    pub invitation_url: Option<String>,
    /// When it was received: exact where the source says, else a time on the right day.
    pub received_at: Timestamp,
    /// Whether `received_at` is the exact time (a mail's date) or only the day.
    pub exact_time: bool,
    /// The note that came with the request ("" when none).
    pub note: String,
    /// How many mutual connections the page showed, where it did.
    pub mutual_connections: Option<u32>,
    pub source: CaptureSource,
}

impl CapturedRequest {
    /// The day it was received (UTC).
    #[must_use]
    pub fn day(&self) -> NaiveDate {
        self.received_at.date_naive()
    }

    /// The name in the form requests are compared in.
    #[must_use]
    pub fn name_key(&self) -> String {
        normalise_name(&self.first_name, &self.last_name)
    }

    /// The name as shown: first and last name.
    #[must_use]
    pub fn display_name(&self) -> String {
        format!("{} {}", self.first_name, self.last_name)
            .trim()
            .to_owned()
    }

    /// The request in one line: day, name, headline, mutual connections, the note's start.
    #[must_use]
    pub fn summary_line(&self) -> String {
        let mut line = format!("{} · {}", self.day(), self.display_name());
        if !self.headline.is_empty() {
            line.push_str(" · ");
            line.push_str(&self.headline);
        }
        if let Some(n) = self.mutual_connections {
            line.push_str(" · ");
            line.push_str(&t!("capture-mutual", count = n));
        }
        if !self.note.is_empty() {
            let note: String = self.note.replace('\n', " ").chars().take(70).collect();
            line.push_str(" · “");
            line.push_str(&note);
            line.push('”');
        }
        line
    }

    /// Checks what every way in must give: a name, and a note within the length a
    /// request can carry.
    pub fn validated(self) -> Result<Self, DomainError> {
        if self.first_name.trim().is_empty() && self.last_name.trim().is_empty() {
            return Err(DomainError::EmptyName);
        }
        let bad = |field, c: char| DomainError::ControlCharacter {
            field,
            code: u32::from(c),
        };
        if let Some(c) = self
            .first_name
            .chars()
            .chain(self.last_name.chars())
            .chain(self.headline.chars())
            .find(|c| c.is_control())
        {
            return Err(bad(super::Field::FirstName, c));
        }
        if let Some(c) = self
            .note
            .chars()
            .find(|c| c.is_control() && *c != '\n' && *c != '\t')
        {
            return Err(bad(super::Field::Notes, c));
        }
        Ok(self)
    }
}

/// When a request typed in for `day` was received: `now` when it is today (or no day is
/// given), else noon of that day (UTC), so that the day is the same in every time zone
/// near Europe's.
#[must_use]
pub fn typed_in_time(day: Option<NaiveDate>, now: Timestamp) -> Timestamp {
    use chrono::TimeZone as _;
    match day {
        Some(d) if d != now.date_naive() => {
            let noon = chrono::NaiveTime::from_hms_opt(12, 0, 0).unwrap_or(chrono::NaiveTime::MIN);
            chrono::Utc.from_utc_datetime(&d.and_time(noon))
        }
        _ => now,
    }
}

/// The day a request was received, as sure as its source is: exact (an export's time, a
/// mail's date) or approximate — a page's relative time ("1 week ago", „vor 3 Wochen“,
/// "1 month ago") made into the latest day it can mean, or a day typed in by hand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReceivedDay {
    pub day: NaiveDate,
    pub exact: bool,
}

/// How many days before its approximate day a request may really have arrived: a page says
/// "1 month ago" for anything from 30 to 59 days, but a request older than that has long
/// been in an export; one more day either way for time zones.
pub const APPROXIMATE_DAYS: i64 = 31;

impl ReceivedDay {
    /// Whether two requests received on these days may be one: the same day when both are
    /// exact, else the exact day (or the other approximate one) within the approximate one's
    /// reach — up to [`APPROXIMATE_DAYS`] before it, or a day after.
    #[must_use]
    pub fn may_be(self, other: Self) -> bool {
        let within = |approx: NaiveDate, day: NaiveDate| {
            (-1..=APPROXIMATE_DAYS).contains(&(approx - day).num_days())
        };
        match (self.exact, other.exact) {
            (true, true) => self.day == other.day,
            (false, true) => within(self.day, other.day),
            (true, false) => within(other.day, self.day),
            (false, false) => within(self.day, other.day) || within(other.day, self.day),
        }
    }
}

/// What makes a captured request the same as a stored one when neither has a profile
/// link: the same platform, name and note, received on a day that may be the same
/// ([`ReceivedDay::may_be`]: a pasted "2 weeks ago" is not an exact day).
#[must_use]
pub fn same_request_without_link(
    a_name_key: &str,
    a_note: &str,
    a_day: ReceivedDay,
    b_name_key: &str,
    b_note: &str,
    b_day: ReceivedDay,
) -> bool {
    a_name_key == b_name_key && note_key(a_note) == note_key(b_note) && a_day.may_be(b_day)
}

/// A note in the form notes are compared in: whitespace runs as one space (the export
/// writes the note's line breaks as runs of spaces), trimmed.
#[must_use]
pub fn note_key(note: &str) -> String {
    note.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The link to open in the browser for a request on `rule`'s platform: the invitation
/// where its link is known, else the profile, else the platform's people search for
/// `name` — only https links on the platform's own host (a stored profile link, kept
/// without its scheme, is opened over https).
#[must_use]
pub fn link_to_open(
    rule: &PlatformRule,
    invitation_url: Option<&str>,
    profile_url: Option<&str>,
    name: &str,
) -> Option<String> {
    let safe = |url: &str| {
        let url = url.trim();
        let https = url
            .get(..8)
            .is_some_and(|s| s.eq_ignore_ascii_case("https://"));
        (https && super::profile_url::normalise_on(rule, url).is_ok()).then(|| url.to_owned())
    };
    invitation_url
        .and_then(safe)
        .or_else(|| {
            profile_url.and_then(|p| {
                let p = p.trim();
                if p.contains("://") {
                    safe(p)
                } else {
                    safe(&super::identity::browser_url(p))
                }
            })
        })
        .or_else(|| {
            let name = name.trim();
            (!name.is_empty() && rule.people_search_url.contains("{name}"))
                .then(|| rule.people_search_url.replace("{name}", &url_encoded(name)))
                .and_then(|u| safe(&u))
        })
}

/// `s` as a query value: unreserved characters as they are, every other byte of its
/// UTF-8 as `%XX`.
fn url_encoded(s: &str) -> String {
    use std::fmt::Write as _;
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::PlatformRules;

    #[test]
    fn only_https_links_on_the_platforms_own_host_are_opened() {
        let rules = PlatformRules::builtin();
        let li = rules.get("linkedin").unwrap();
        assert_eq!(
            link_to_open(li, None, Some("linkedin.com/in/anna"), "Anna").as_deref(),
            Some("https://linkedin.com/in/anna")
        );
        assert_eq!(
            link_to_open(li, None, None, "Anna Müller").as_deref(),
            Some("https://www.linkedin.com/search/results/people/?keywords=Anna%20M%C3%BCller")
        );
        let inv = "https://www.linkedin.com/comm/people/invite-accept?invitationId=1";
        assert_eq!(
            link_to_open(li, Some(inv), Some("linkedin.com/in/anna"), "").as_deref(),
            Some(inv)
        );
        assert_eq!(
            link_to_open(li, Some("http://www.linkedin.com/in/x"), None, ""),
            None
        );
        assert_eq!(
            link_to_open(li, Some("https://linkedin.com@evil.com/in/x"), None, ""),
            None
        );
        assert_eq!(
            link_to_open(li, None, Some("https://evil.com/in/x"), ""),
            None
        );
        assert_eq!(
            link_to_open(li, None, Some("javascript:alert(1)"), ""),
            None
        );
        assert_eq!(
            link_to_open(li, None, Some("xing.com/profile/Anna_Schmidt"), ""),
            None
        );
    }

    #[test]
    fn notes_compare_with_the_exports_spaces_for_line_breaks() {
        let day = exact(NaiveDate::from_ymd_opt(2026, 12, 1).unwrap());
        assert!(same_request_without_link(
            "anna müller",
            "Hi Anna,\nwe met",
            day,
            "anna müller",
            "Hi Anna,   we met ",
            day
        ));
        assert!(!same_request_without_link(
            "anna müller",
            "",
            day,
            "anna müller",
            "",
            exact(day.day.succ_opt().unwrap())
        ));
    }

    fn exact(day: NaiveDate) -> ReceivedDay {
        ReceivedDay { day, exact: true }
    }

    /// A pasted "1 week ago" is the latest day it can mean; the export's exact day may lie
    /// up to a month before it (or a day after, across time zones), never later.
    #[test]
    fn an_approximate_day_reaches_back_a_month_and_never_forward() {
        let pasted = ReceivedDay {
            day: NaiveDate::from_ymd_opt(2026, 11, 30).unwrap(),
            exact: false,
        };
        let days_before = |n: i64| exact(pasted.day - chrono::Duration::days(n));
        assert!(pasted.may_be(days_before(0)));
        assert!(pasted.may_be(days_before(6)));
        assert!(days_before(6).may_be(pasted), "either way round");
        assert!(pasted.may_be(days_before(APPROXIMATE_DAYS)));
        assert!(pasted.may_be(days_before(-1)), "a day after: time zones");
        assert!(!pasted.may_be(days_before(APPROXIMATE_DAYS + 1)));
        assert!(
            !pasted.may_be(days_before(-2)),
            "never days after it was pasted"
        );
        // Two exact days must be the same day.
        assert!(!days_before(0).may_be(days_before(1)));
    }
}
