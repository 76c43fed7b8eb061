//! Reports as readable tables for the terminal, in the active language.

use std::io::Write;
use std::path::Path;

use crate::domain::PlatformRules;
use crate::domain::followers::FollowerHistory;
use crate::domain::summary::{PlatformSummary, Summary};
use crate::i18n;
use crate::t;

/// A table row: label, what it means, and how to read it from a platform's counts.
type Row = (String, String, fn(&PlatformSummary) -> u64);

/// `followdesk report summary` without `--json`.
pub fn summary_table(
    s: &Summary,
    rules: &PlatformRules,
    path: &Path,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    writeln!(
        out,
        "{}",
        t!(
            "cli-summary-title",
            count = s.contacts,
            path = path.display().to_string()
        )
    )?;
    writeln!(out)?;
    let rows: [Row; 5] = [
        (
            t!("cli-summary-connections"),
            t!("cli-summary-connections-meaning"),
            |p| p.connections,
        ),
        (
            t!("cli-summary-followers"),
            t!("cli-summary-followers-meaning"),
            |p| p.followers,
        ),
        (
            t!("cli-summary-pending-incoming"),
            t!("cli-summary-pending-incoming-meaning"),
            |p| p.pending_incoming,
        ),
        (
            t!("cli-summary-pending-outgoing"),
            t!("cli-summary-pending-outgoing-meaning"),
            |p| p.pending_outgoing,
        ),
        (
            t!("cli-summary-redirected"),
            t!("cli-summary-redirected-meaning"),
            |p| p.redirected,
        ),
    ];
    let width = label_width(rows.iter().map(|r| r.0.as_str()), 18);
    write!(out, "{:<width$}", "")?;
    for rule in rules.all() {
        write!(out, "{:>10}", rule.name)?;
    }
    writeln!(out)?;
    let zero = PlatformSummary::default();
    for (label, meaning, get) in rows {
        write!(out, "{label:<width$}")?;
        for rule in rules.all() {
            let p = s.platforms.get(&rule.key).unwrap_or(&zero);
            write!(out, "{:>10}", i18n::number(get(p)))?;
        }
        writeln!(out, "   {meaning}")?;
    }
    if s.contacts == 0 {
        writeln!(out)?;
        writeln!(out, "{}", t!("cli-summary-empty"))?;
    }
    Ok(())
}

/// The width of a label column: the longest label and two spaces, at least `min`.
pub(super) fn label_width<'a>(labels: impl Iterator<Item = &'a str>, min: usize) -> usize {
    labels
        .map(|l| l.chars().count() + 2)
        .max()
        .unwrap_or(0)
        .max(min)
}

/// `followdesk report followers` without `--json`.
pub fn followers_table(
    h: &FollowerHistory,
    rules: &PlatformRules,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    for rule in rules.all() {
        match h.platforms.get(&rule.key) {
            Some(p) if p.days.is_some() => {
                let day =
                    |d: Option<chrono::NaiveDate>| d.map_or_else(|| "?".to_owned(), i18n::date);
                let n = |v: Option<u64>| match v {
                    Some(v) => i18n::arg(v),
                    None => i18n::arg(t!("cli-unknown")),
                };
                writeln!(
                    out,
                    "{}",
                    t!(
                        "cli-followers-line",
                        platform = rule.name.as_str(),
                        total = n(p.total),
                        new = n(p.new_followers),
                        days = n(p.days),
                        first = day(p.first_day),
                        last = day(p.last_day)
                    )
                )?;
            }
            _ => writeln!(
                out,
                "{}",
                t!("cli-followers-none", platform = rule.name.as_str())
            )?,
        }
    }
    Ok(())
}
