//! LinkedIn's creator-analytics workbook (.xlsx, read with calamine): the `FOLLOWERS` sheet
//! (cell A1 `Total followers on M/D/YYYY` with the total beside it, then a `Date | New
//! followers` table) becomes LinkedIn's follower-count history, totals reconstructed for
//! every day from the stated one; the `ENGAGEMENT` sheet's daily impressions and
//! engagements are kept for the visibility view. Days are added or updated, never doubled.

use std::io::Cursor;
use std::path::Path;

use calamine::{Data, Reader as _, Xlsx};
use chrono::NaiveDate;

use crate::store::{DayChange, Store};

use super::loader::Loader;
use super::{
    Control, FileProblem, ImportError, ImportReport, ImportRequest, IssueReason, Parsed, RowIssue,
    Step,
};

const PLATFORM: &str = "linkedin";

/// One day of the FOLLOWERS table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FollowerDay {
    pub day: NaiveDate,
    pub new_followers: i64,
    /// Reconstructed from the stated total and the new followers of the days between.
    pub total: Option<i64>,
}

/// One day of the ENGAGEMENT table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EngagementDay {
    pub day: NaiveDate,
    pub impressions: i64,
    pub engagements: i64,
}

/// What the workbook holds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Workbook {
    /// The total and the day it was stated for.
    pub stated_total: Option<(NaiveDate, i64)>,
    pub followers: Parsed<FollowerDay>,
    pub engagement: Parsed<EngagementDay>,
}

/// Reads the workbook. Refused when it is not an .xlsx or has neither sheet.
pub fn parse(file: &str, bytes: Vec<u8>) -> Result<Workbook, ImportError> {
    if !bytes.starts_with(b"PK") {
        return Err(ImportError::file(file, FileProblem::NotXlsx));
    }
    let mut wb: Xlsx<_> = calamine_guard(file, || {
        Xlsx::new(Cursor::new(bytes)).map_err(|e| {
            ImportError::file(
                file,
                FileProblem::UnreadableXlsx {
                    detail: e.to_string(),
                },
            )
        })
    })?;
    let names = wb.sheet_names();
    let find = |want: &str| {
        names
            .iter()
            .find(|n| n.trim().eq_ignore_ascii_case(want))
            .cloned()
    };
    let (followers, engagement) = (find("FOLLOWERS"), find("ENGAGEMENT"));
    if followers.is_none() && engagement.is_none() {
        return Err(ImportError::file(
            file,
            FileProblem::NoAnalyticsSheets {
                sheets: names.join(", "),
            },
        ));
    }
    let mut out = Workbook::default();
    if let Some(name) = followers {
        let range = calamine_guard(file, || {
            wb.worksheet_range(&name)
                .map_err(|e| sheet_error(file, &name, &e))
        })?;
        let shown = format!("{file} [{name}]");
        let rows = rows_of(&range);
        out.stated_total = stated_total(&rows);
        out.followers = table(&shown, &rows, &["newfollowers"], |day, v| FollowerDay {
            day,
            new_followers: v[0],
            total: None,
        })?;
        reconstruct_totals(&mut out.followers.records, out.stated_total);
    }
    if let Some(name) = engagement {
        let range = calamine_guard(file, || {
            wb.worksheet_range(&name)
                .map_err(|e| sheet_error(file, &name, &e))
        })?;
        let shown = format!("{file} [{name}]");
        out.engagement = table(
            &shown,
            &rows_of(&range),
            &["impressions", "engagements"],
            |day, v| EngagementDay {
                day,
                impressions: v[0],
                engagements: v[1],
            },
        )?;
    }
    Ok(out)
}

/// A sheet calamine cannot read.
fn sheet_error(file: &str, sheet: &str, e: &dyn std::fmt::Display) -> ImportError {
    ImportError::file(
        file,
        FileProblem::UnreadableSheet {
            sheet: sheet.to_owned(),
            detail: e.to_string(),
        },
    )
}

/// Runs a calamine call, refusing the file when calamine panics on it. calamine 0.35
/// panics on some damaged workbooks (an arithmetic overflow reading an over-long cell
/// reference such as `r="AAAAAAAAAAAAA1"`, found by the `xlsx` fuzz target); such a file
/// is refused like any unreadable one instead of taking the import thread down. Only
/// calamine's calls are guarded: a panic in followdesk's own code stays a bug.
pub(super) fn calamine_guard<T>(
    file: &str,
    read: impl FnOnce() -> Result<T, ImportError>,
) -> Result<T, ImportError> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(read))
        .unwrap_or_else(|_| Err(ImportError::file(file, FileProblem::DamagedXlsx)))
}

/// Rows with their 1-based sheet row numbers.
fn rows_of(range: &calamine::Range<Data>) -> Vec<(u64, Vec<Data>)> {
    let first = range.start().map_or(0, |(r, _)| u64::from(r));
    range
        .rows()
        .enumerate()
        .map(|(i, r)| (first + i as u64 + 1, r.to_vec()))
        .collect()
}

/// `Total followers on 1/27/2026:` with the number beside it (or inside the text).
fn stated_total(rows: &[(u64, Vec<Data>)]) -> Option<(NaiveDate, i64)> {
    for (_, row) in rows.iter().take(5) {
        for (i, c) in row.iter().enumerate() {
            let Data::String(s) = c else { continue };
            let Some(rest) = after_ignoring_ascii_case(s, "total followers on") else {
                continue;
            };
            let rest = rest.trim();
            let (date_part, after) = rest.split_once(':').unwrap_or((rest, ""));
            let day = parse_day_text(date_part.trim())?;
            let total = row[i + 1..]
                .iter()
                .find_map(number)
                .or_else(|| after.trim().replace([',', '.'], "").parse().ok())?;
            return Some((day, total));
        }
    }
    None
}

/// The text after the first match of the ASCII `needle`, ignoring ASCII case. Byte offsets
/// stay those of `text` (lowercasing all of it would move them: `İ` grows when lowercased).
fn after_ignoring_ascii_case<'a>(text: &'a str, needle: &str) -> Option<&'a str> {
    text.char_indices().find_map(|(i, _)| {
        let rest = &text[i..];
        rest.get(..needle.len())
            .filter(|w| w.eq_ignore_ascii_case(needle))
            .map(|_| &rest[needle.len()..])
    })
}

/// The `Date | …` table: the header row is found by name; `value_keys` name the numeric
/// columns read for each day.
fn table<T>(
    file: &str,
    rows: &[(u64, Vec<Data>)],
    value_keys: &[&str],
    make: impl Fn(NaiveDate, &[i64]) -> T,
) -> Result<Parsed<T>, ImportError> {
    let key = |d: &Data| match d {
        Data::String(s) => super::text::header_key(s),
        _ => String::new(),
    };
    let header = rows
        .iter()
        .position(|(_, r)| r.first().map(key).as_deref() == Some("date"));
    let Some(h) = header else {
        return Err(ImportError::file(file, FileProblem::NoDateTable));
    };
    let cols: Vec<usize> = value_keys
        .iter()
        .map(|k| {
            rows[h].1.iter().position(|c| key(c) == *k).ok_or_else(|| {
                ImportError::line(
                    file,
                    rows[h].0,
                    FileProblem::MissingColumn {
                        column: (*k).to_owned(),
                    },
                )
            })
        })
        .collect::<Result<_, _>>()?;
    let mut out = Parsed::default();
    for (line, row) in &rows[h + 1..] {
        if row.iter().all(|c| matches!(c, Data::Empty)) {
            continue;
        }
        let Some(day) = row.first().and_then(day_of) else {
            out.skipped
                .push(RowIssue::new(file, *line, IssueReason::FirstCellNotDate));
            continue;
        };
        let values: Result<Vec<i64>, (usize, BadCount)> = cols
            .iter()
            .map(|&c| {
                row.get(c)
                    .map_or(Err(BadCount::NotNumber), count)
                    .map_err(|e| (c, e))
            })
            .collect();
        match values {
            Ok(values) => out.records.push(make(day, &values)),
            Err((_, BadCount::NotNumber)) => {
                out.skipped
                    .push(RowIssue::new(file, *line, IssueReason::CountNotNumber));
            }
            Err((c, BadCount::OutOfRange(value))) => {
                let field = match rows[h].1.get(c) {
                    Some(Data::String(s)) => s.trim().to_owned(),
                    _ => String::new(),
                };
                out.skipped.push(RowIssue::new(
                    file,
                    *line,
                    IssueReason::CountOutOfRange { field, value },
                ));
            }
        }
    }
    Ok(out)
}

/// Largest count believed: more followers, impressions or engagements in one day than
/// people on earth is a damaged or hostile file, never a real one.
const MAX_COUNT: i64 = 10_000_000_000;

/// Why a cell is no count.
enum BadCount {
    /// Not a number at all (text, a fraction, an empty cell).
    NotNumber,
    /// A number no count can be (`1e308`, `NaN`, negative): shown as written.
    OutOfRange(String),
}

/// The count in a cell: a whole number from 0 to [`MAX_COUNT`]; nothing saturated.
fn count(d: &Data) -> Result<i64, BadCount> {
    let in_range = |n: i64, shown: String| {
        if (0..=MAX_COUNT).contains(&n) {
            Ok(n)
        } else {
            Err(BadCount::OutOfRange(shown))
        }
    };
    match d {
        Data::Int(i) => in_range(*i, i.to_string()),
        Data::Float(f) if !f.is_finite() || f.abs() > MAX_COUNT as f64 || *f < 0.0 => {
            Err(BadCount::OutOfRange(f.to_string()))
        }
        Data::Float(f) if f.fract() == 0.0 => in_range(*f as i64, f.to_string()),
        Data::String(s) => {
            let t = s.trim().replace(',', "");
            match t.parse::<i64>() {
                Ok(n) => in_range(n, s.trim().to_owned()),
                Err(_) => match t.parse::<f64>() {
                    Ok(f) if !f.is_finite() || f.abs() > MAX_COUNT as f64 || f < 0.0 => {
                        Err(BadCount::OutOfRange(s.trim().to_owned()))
                    }
                    _ => Err(BadCount::NotNumber),
                },
            }
        }
        _ => Err(BadCount::NotNumber),
    }
}

fn number(d: &Data) -> Option<i64> {
    count(d).ok()
}

fn day_of(d: &Data) -> Option<NaiveDate> {
    match d {
        Data::DateTime(dt) => dt.as_datetime().map(|t| t.date()),
        Data::DateTimeIso(s) | Data::String(s) => parse_day_text(s),
        _ => None,
    }
}

fn parse_day_text(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    let s = s.split(['T', ' ']).next().unwrap_or(s);
    ["%m/%d/%Y", "%Y-%m-%d", "%m/%d/%y", "%d.%m.%Y"]
        .iter()
        .find_map(|f| NaiveDate::parse_from_str(s, f).ok())
}

/// Totals for every day: backwards from the stated day by subtracting that day's new
/// followers, forwards by adding them. Counts too big to add up (only a damaged or
/// hostile file has them) leave the totals past that day unknown.
fn reconstruct_totals(days: &mut [FollowerDay], stated: Option<(NaiveDate, i64)>) {
    let Some((on, total)) = stated else { return };
    days.sort_by_key(|d| d.day);
    let mut running = Some(total);
    for d in days.iter_mut().rev().filter(|d| d.day <= on) {
        d.total = running;
        running = running.and_then(|r| r.checked_sub(d.new_followers));
    }
    let mut running = Some(total);
    for d in days.iter_mut().filter(|d| d.day > on) {
        running = running.and_then(|r| r.checked_add(d.new_followers));
        d.total = running;
    }
}

pub(super) fn run(
    store: &mut Store,
    request: &ImportRequest,
    path: &Path,
    ctl: &mut Control<'_>,
) -> Result<ImportReport, ImportError> {
    let shown = path.display().to_string();
    ctl.step(&Step::Reading(shown.clone()), 0)?;
    let bytes = super::input::read_file(path)?;
    let wb = parse(&shown, bytes)?;
    let mut report = ImportReport::new(request.kind, &request.paths);
    report.files.push(shown);
    report.skipped.extend(wb.followers.skipped.iter().cloned());
    report.skipped.extend(wb.engagement.skipped.iter().cloned());
    let rules = store.rules().clone();
    let mut loader = Loader::new(store.bulk()?, rules, report)?;
    let mut tally = [0u64; 3];
    let mut count = |c: DayChange| {
        tally[match c {
            DayChange::Added => 0,
            DayChange::Updated => 1,
            DayChange::Unchanged => 2,
        }] += 1;
    };
    let total = (wb.followers.records.len() + wb.engagement.records.len()) as u64;
    ctl.step(&Step::Days, total)?;
    let mut n = 0;
    for d in &wb.followers.records {
        ctl.row(&Step::Days, n, total)?;
        n += 1;
        count(
            loader
                .bulk()
                .follower_day(PLATFORM, d.day, d.new_followers, d.total)?,
        );
    }
    for d in &wb.engagement.records {
        ctl.row(&Step::Days, n, total)?;
        n += 1;
        count(
            loader
                .bulk()
                .engagement_day(PLATFORM, d.day, d.impressions, d.engagements)?,
        );
    }
    [
        loader.report.added,
        loader.report.updated,
        loader.report.unchanged,
    ] = tally;
    ctl.step(&Step::Saving, 0)?;
    loader.commit()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn totals_are_reconstructed_around_the_stated_day() {
        let d = |n| NaiveDate::from_ymd_opt(2026, 1, n).unwrap();
        let mut days = vec![
            FollowerDay {
                day: d(3),
                new_followers: 5,
                total: None,
            },
            FollowerDay {
                day: d(1),
                new_followers: 2,
                total: None,
            },
            FollowerDay {
                day: d(2),
                new_followers: 3,
                total: None,
            },
        ];
        reconstruct_totals(&mut days, Some((d(2), 100)));
        let totals: Vec<_> = days.iter().map(|d| d.total).collect();
        assert_eq!(totals, [Some(97), Some(100), Some(105)]);
    }

    #[test]
    fn a_pdf_is_not_a_workbook() {
        let e = parse("a.xlsx", b"%PDF-1.4".to_vec()).unwrap_err();
        assert!(e.to_string().contains("not an Excel workbook"), "{e}");
    }
}
