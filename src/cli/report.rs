//! Reports as readable tables for the terminal.

use std::io::Write;
use std::path::Path;

use crate::domain::PlatformRules;
use crate::domain::followers::FollowerHistory;
use crate::domain::summary::{PlatformSummary, Summary};

/// A table row: label, what it means, and how to read it from a platform's counts.
type Row = (&'static str, &'static str, fn(&PlatformSummary) -> u64);

/// `followdesk report summary` without `--json`.
pub fn summary_table(
    s: &Summary,
    rules: &PlatformRules,
    path: &Path,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    writeln!(out, "{} contacts in {}", s.contacts, path.display())?;
    writeln!(out)?;
    let rows: [Row; 5] = [
        ("connections", "connected with me now", |p| p.connections),
        ("followers", "follow me, not connected", |p| p.followers),
        (
            "pending incoming",
            "their request waits for my decision",
            |p| p.pending_incoming,
        ),
        (
            "pending outgoing",
            "my request waits for their answer",
            |p| p.pending_outgoing,
        ),
        (
            "redirected",
            "asked to follow instead, not connected since",
            |p| p.redirected,
        ),
    ];
    write!(out, "{:<18}", "")?;
    for rule in rules.all() {
        write!(out, "{:>10}", rule.name)?;
    }
    writeln!(out)?;
    let zero = PlatformSummary::default();
    for (label, meaning, get) in rows {
        write!(out, "{label:<18}")?;
        for rule in rules.all() {
            let p = s.platforms.get(&rule.key).unwrap_or(&zero);
            write!(out, "{:>10}", get(p))?;
        }
        writeln!(out, "   {meaning}")?;
    }
    if s.contacts == 0 {
        writeln!(out)?;
        writeln!(
            out,
            "The database is empty. Try `followdesk demo` for sample data, or open the app with `followdesk`."
        )?;
    }
    Ok(())
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
                let day = |d: Option<chrono::NaiveDate>| {
                    d.map_or_else(|| "?".to_owned(), |d| d.to_string())
                };
                let n = |v: Option<u64>| v.map_or_else(|| "unknown".to_owned(), |v| v.to_string());
                writeln!(
                    out,
                    "{}: {} followers; {} new over {} days ({} to {})",
                    rule.name,
                    n(p.total),
                    n(p.new_followers),
                    n(p.days),
                    day(p.first_day),
                    day(p.last_day)
                )?;
            }
            _ => writeln!(out, "{}: no follower history imported", rule.name)?,
        }
    }
    Ok(())
}
