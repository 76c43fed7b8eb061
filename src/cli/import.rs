//! `followdesk import …`: runs an import and prints its report (or the report as JSON).

use std::path::PathBuf;
use std::sync::atomic::AtomicBool;

use clap::{Args, Subcommand};

use crate::import::{ImportKind, ImportReport, ImportRequest, run_import};
use crate::store::Store;

/// What to import.
#[derive(Debug, Subcommand)]
pub enum ImportCmd {
    /// LinkedIn's "Download your data" export: the zip (Basic_…, Complete_…, ….zip.zip) or the unpacked folder.
    Linkedin(OnePath),
    /// XING vCards: .vcf files, or folders of them. Every card is a XING connection.
    Xing(ManyPaths),
    /// LinkedIn's creator-analytics workbook (.xlsx): follower history, impressions, engagements.
    Analytics(OnePath),
    /// Any vCards (.vcf files or folders), no platform.
    Vcard(ManyPaths),
    /// A CSV with a header (columns matched by name: first/last/full name, e-mail, company, position, profile URL, tags).
    Csv(OnePath),
}

#[derive(Debug, Args)]
pub struct OnePath {
    /// The file (or folder) to import.
    pub path: PathBuf,
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ManyPaths {
    /// Files or folders to import.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
}

/// Runs the import and prints its report.
pub fn run(store: &mut Store, cmd: &ImportCmd, out: &mut dyn std::io::Write) -> anyhow::Result<()> {
    let (kind, paths, json) = match cmd {
        ImportCmd::Linkedin(a) => (ImportKind::Linkedin, vec![a.path.clone()], a.json),
        ImportCmd::Analytics(a) => (ImportKind::Analytics, vec![a.path.clone()], a.json),
        ImportCmd::Csv(a) => (ImportKind::Csv, vec![a.path.clone()], a.json),
        ImportCmd::Xing(a) => (ImportKind::Xing, a.paths.clone(), a.json),
        ImportCmd::Vcard(a) => (ImportKind::Vcard, a.paths.clone(), a.json),
    };
    let started = std::time::Instant::now();
    let never = AtomicBool::new(false);
    let report = run_import(store, &ImportRequest::new(kind, paths), &mut |_| {}, &never)?;
    if json {
        writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?;
    } else {
        print_report(&report, started.elapsed().as_secs_f64(), out)?;
    }
    Ok(())
}

/// The report in words.
pub fn print_report(
    r: &ImportReport,
    secs: f64,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let what = if r.kind == ImportKind::Analytics {
        "days"
    } else {
        "contacts"
    };
    writeln!(
        out,
        "Imported {} in {secs:.2} s (journal entry {}):",
        r.kind.label(),
        r.journal_id
    )?;
    if !r.files.is_empty() {
        writeln!(out, "  read: {}", r.files.join(", "))?;
    }
    writeln!(
        out,
        "  {what}: {} added, {} updated, {} unchanged",
        r.added, r.updated, r.unchanged
    )?;
    if r.kind != ImportKind::Analytics {
        writeln!(
            out,
            "  events: {} added, {} already in the log",
            r.events_added, r.events_existing
        )?;
    }
    if r.posts_added + r.posts_existing > 0 {
        writeln!(
            out,
            "  posts: {} added, {} already stored",
            r.posts_added, r.posts_existing
        )?;
    }
    writeln!(out, "  skipped: {} rows", r.skipped.len())?;
    for s in &r.skipped {
        writeln!(out, "    {}:{}: {}", s.file, s.line, s.reason)?;
    }
    if !r.warnings.is_empty() {
        writeln!(out, "  warnings: {}", r.warnings.len())?;
        for s in &r.warnings {
            writeln!(out, "    {}:{}: {}", s.file, s.line, s.reason)?;
        }
    }
    Ok(())
}
