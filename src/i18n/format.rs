//! Numbers and dates as each language writes them: `1.234` and `26.11.2026` in German,
//! `1,234` and `Nov 26, 2026` in English.

use chrono::{Datelike as _, NaiveDate, NaiveDateTime};
use fluent_bundle::FluentValue;
use fluent_bundle::memoizer::MemoizerKind;
use num_format::{Locale, ToFormattedString};

use super::{Lang, lang};

fn locale(lang: Lang) -> &'static Locale {
    match lang {
        Lang::En => &Locale::en,
        Lang::De => &Locale::de,
    }
}

/// A whole number with the language's thousands separator.
#[must_use]
pub fn number<N: ToFormattedString + Copy>(n: N) -> String {
    n.to_formatted_string(locale(lang()))
}

/// `x` with `digits` decimals, grouped, with the language's decimal mark.
#[must_use]
pub fn decimal(x: f64, digits: usize) -> String {
    decimal_in(lang(), x, digits)
}

fn decimal_in(lang: Lang, x: f64, digits: usize) -> String {
    if !x.is_finite() {
        return "–".to_owned();
    }
    let text = format!("{:.*}", digits, x.abs());
    let (whole, frac) = text.split_once('.').unwrap_or((&text, ""));
    let whole: u64 = whole.parse().unwrap_or(0);
    let sign = if x < 0.0 && text.bytes().any(|b| b.is_ascii_digit() && b != b'0') {
        "-"
    } else {
        ""
    };
    let loc = locale(lang);
    let grouped = whole.to_formatted_string(loc);
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}{}{frac}", loc.decimal())
    }
}

/// A share (0.0–1.0) as a percentage with no decimals: `42%` / `42 %`.
#[must_use]
pub fn percent(share: f64) -> String {
    let n = decimal(share * 100.0, 0);
    match lang() {
        Lang::En => format!("{n}%"),
        Lang::De => format!("{n}\u{a0}%"),
    }
}

const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A date: `Nov 26, 2026` / `26.11.2026`.
#[must_use]
pub fn date(d: NaiveDate) -> String {
    match lang() {
        Lang::En => format!(
            "{} {}, {}",
            MONTHS_EN[d.month0() as usize],
            d.day(),
            d.year()
        ),
        Lang::De => d.format("%d.%m.%Y").to_string(),
    }
}

/// A date and time to the minute: `Nov 26, 2026, 14:05` / `26.11.2026, 14:05`.
#[must_use]
pub fn date_time(t: NaiveDateTime) -> String {
    format!("{}, {}", date(t.date()), t.format("%H:%M"))
}

/// The local date of a stored point in time (UTC), as the language writes dates.
#[must_use]
pub fn local_date<Tz: chrono::TimeZone>(t: &chrono::DateTime<Tz>) -> String {
    date(t.with_timezone(&chrono::Local).date_naive())
}

/// The local date and time of a stored point in time, to the minute.
#[must_use]
pub fn local_date_time<Tz: chrono::TimeZone>(t: &chrono::DateTime<Tz>) -> String {
    date_time(t.with_timezone(&chrono::Local).naive_local())
}

/// Fluent's hook for numbers in messages: grouped whole numbers, one decimal otherwise.
fn fluent_number<M: MemoizerKind>(lang: Lang, value: &FluentValue, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(n) if n.value.fract() == 0.0 && n.value.abs() < 1e15 => {
            Some(decimal_in(lang, n.value, 0))
        }
        FluentValue::Number(n) => Some(decimal_in(
            lang,
            n.value,
            n.options.minimum_fraction_digits.unwrap_or(1),
        )),
        _ => None,
    }
}

pub(super) fn fluent_en<M: MemoizerKind>(value: &FluentValue, m: &M) -> Option<String> {
    fluent_number(Lang::En, value, m)
}

pub(super) fn fluent_de<M: MemoizerKind>(value: &FluentValue, m: &M) -> Option<String> {
    fluent_number(Lang::De, value, m)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::set_lang;

    #[test]
    fn numbers_and_dates_per_language() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 26).expect("date");
        set_lang(Lang::De);
        assert_eq!(number(1234_u32), "1.234");
        assert_eq!(decimal(1234.56, 1), "1.234,6");
        assert_eq!(date(d), "26.11.2026");
        assert_eq!(percent(0.426), "43\u{a0}%");
        set_lang(Lang::En);
        assert_eq!(number(1234_u32), "1,234");
        assert_eq!(decimal(1234.56, 1), "1,234.6");
        assert_eq!(decimal(-0.04, 1), "0.0");
        assert_eq!(decimal(-2.5, 1), "-2.5");
        assert_eq!(date(d), "Nov 26, 2026");
        let t = d.and_hms_opt(14, 5, 0).expect("time");
        assert_eq!(date_time(t), "Nov 26, 2026, 14:05");
    }
}
