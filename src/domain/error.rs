//! Errors raised when input breaks a domain rule (before anything is written). Their text is
//! in the active language, written when they are shown (`assets/i18n/*/errors.ftl`).

use std::fmt;

use crate::t;

/// Input that breaks a domain rule. Each variant names the field at fault.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DomainError {
    /// The platform key, and the known keys joined by ", ".
    UnknownPlatform(String, String),
    EmptyName,
    UnknownEventKind(String),
    UnknownPostKind(String),
    UnknownPostAudience(String),
    InvalidDate {
        field: Field,
        value: String,
        reason: DateProblem,
    },
    InvalidEmail(String),
    InvalidUrl(String),
    /// A link that is not on the platform's own hosts (`evil.com/in/x` for LinkedIn).
    NotAProfileLink {
        url: String,
        platform: String,
    },
    ControlCharacter {
        field: Field,
        code: u32,
    },
    EmptyTag,
    InvalidColor(String),
    TooLong {
        field: Field,
        len: usize,
        max: usize,
    },
}

impl fmt::Display for DomainError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Self::UnknownPlatform(platform, known) => t!(
                "error-unknown-platform",
                platform = platform.as_str(),
                known = known.as_str()
            ),
            Self::EmptyName => t!("error-empty-name"),
            Self::UnknownEventKind(kind) => t!("error-unknown-event-kind", kind = kind.as_str()),
            Self::UnknownPostKind(kind) => t!("error-unknown-post-kind", kind = kind.as_str()),
            Self::UnknownPostAudience(audience) => {
                t!("error-unknown-post-audience", audience = audience.as_str())
            }
            Self::InvalidDate {
                field,
                value,
                reason,
            } => t!(
                "error-invalid-date",
                value = value.as_str(),
                field = field.label(),
                reason = reason.to_string()
            ),
            Self::InvalidEmail(value) => t!("error-invalid-email", value = value.as_str()),
            Self::InvalidUrl(value) => t!("error-invalid-url", value = value.as_str()),
            Self::NotAProfileLink { url, platform } => t!(
                "error-not-a-profile-link",
                url = url.as_str(),
                platform = platform.as_str()
            ),
            Self::ControlCharacter { field, code } => t!(
                "error-control-character",
                field = field.label(),
                code = format!("U+{code:04X}")
            ),
            Self::EmptyTag => t!("error-empty-tag"),
            Self::InvalidColor(value) => t!("error-invalid-color", value = value.as_str()),
            Self::TooLong { field, len, max } => {
                t!(
                    "error-too-long",
                    field = field.label(),
                    len = *len,
                    max = *max
                )
            }
        };
        f.write_str(&text)
    }
}

/// A field of user input, as errors name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    FirstName,
    LastName,
    Company,
    Position,
    Email,
    Phone,
    Notes,
    Tag,
    Date,
}

impl Field {
    /// The field's name in the active language ("first name", „Vorname“).
    #[must_use]
    pub fn label(self) -> String {
        match self {
            Self::FirstName => t!("error-field-first-name"),
            Self::LastName => t!("error-field-last-name"),
            Self::Company => t!("error-field-company"),
            Self::Position => t!("error-field-position"),
            Self::Email => t!("error-field-email"),
            Self::Phone => t!("error-field-phone"),
            Self::Notes => t!("error-field-notes"),
            Self::Tag => t!("error-field-tag"),
            Self::Date => t!("error-field-date"),
        }
    }
}

/// Why a date could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateProblem {
    /// Nothing was written.
    Empty,
    /// It is no date in any accepted form; the error is the one for `YYYY-MM-DD`.
    Unreadable(chrono::format::ParseError),
}

impl fmt::Display for DateProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Self::Empty => t!("error-date-empty"),
            Self::Unreadable(e) => t!("error-date-unreadable", reason = parse_error_text(e)),
        };
        f.write_str(&text)
    }
}

/// What chrono found wrong with a date, in the active language (in English as chrono says it).
#[must_use]
pub fn parse_error_text(e: &chrono::format::ParseError) -> String {
    use chrono::format::ParseErrorKind as K;
    match e.kind() {
        K::OutOfRange => t!("error-date-out-of-range"),
        K::Impossible => t!("error-date-impossible"),
        K::NotEnough => t!("error-date-not-enough"),
        K::Invalid => t!("error-date-invalid"),
        K::TooShort => t!("error-date-too-short"),
        K::TooLong => t!("error-date-too-long"),
        K::BadFormat => t!("error-date-bad-format"),
        _ => t!("error-date-other"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{self, Lang};

    #[test]
    fn errors_name_the_field_in_the_active_language() {
        let e = DomainError::ControlCharacter {
            field: Field::FirstName,
            code: 7,
        };
        let long = DomainError::TooLong {
            field: Field::Notes,
            len: 200_001,
            max: 200_000,
        };
        let date = crate::domain::time::parse_user_time(Field::Date, "2026-02-30").unwrap_err();
        i18n::set_lang(Lang::De);
        assert_eq!(
            e.to_string(),
            "„Vorname“ enthält das Steuerzeichen U+0007; bitte entfernen Sie es"
        );
        assert_eq!(
            long.to_string(),
            "„Notizen“ ist zu lang (200.001 Zeichen, höchstens 200.000)"
        );
        assert_eq!(
            date.to_string(),
            "ungültiges Datum „2026-02-30“ im Feld „Datum“: ein Wert liegt außerhalb des \
             gültigen Bereichs; schreiben Sie JJJJ-MM-TT"
        );
        assert_eq!(
            DomainError::InvalidEmail("x@y".into()).to_string(),
            "ungültige E-Mail-Adresse „x@y“"
        );
        i18n::set_lang(Lang::En);
        assert_eq!(
            e.to_string(),
            "first name contains the control character U+0007; remove it"
        );
        assert_eq!(
            long.to_string(),
            "notes is too long (200,001 characters, at most 200,000)"
        );
        assert_eq!(
            date.to_string(),
            "invalid date '2026-02-30' in date: input is out of range; use YYYY-MM-DD"
        );
    }

    #[test]
    fn date_problems_read_like_chrono_in_english() {
        i18n::set_lang(Lang::En);
        for text in ["2026-02-30", "2026-02", "2026-02-01x", "x"] {
            let e = chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap_err();
            assert_eq!(parse_error_text(&e), e.to_string(), "{text}");
        }
    }
}
