//! `followdesk import …`: runs an import and prints its report (or the report as JSON).

use std::path::PathBuf;
use std::sync::atomic::AtomicBool;

use clap::{Args, Subcommand};

use crate::i18n;
use crate::import::{ImportKind, ImportReport, ImportRequest, run_import};
use crate::store::Store;
use crate::t;

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
    /// LinkedIn's and XING's invitation e-mails: saved mails (.eml), an mbox (Thunderbird's, a mail export's), a Maildir folder, or folders of .eml files. Other mails are counted and left alone.
    Mail(ManyPaths),
    /// Requests copied from the invitation page (select all, copy): LinkedIn's invitation manager or XING's contact requests.
    Paste(super::capture::PasteArgs),
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
        ImportCmd::Paste(args) => return super::capture::paste(store, args, out),
        ImportCmd::Linkedin(a) => (ImportKind::Linkedin, vec![a.path.clone()], a.json),
        ImportCmd::Analytics(a) => (ImportKind::Analytics, vec![a.path.clone()], a.json),
        ImportCmd::Csv(a) => (ImportKind::Csv, vec![a.path.clone()], a.json),
        ImportCmd::Xing(a) => (ImportKind::Xing, a.paths.clone(), a.json),
        ImportCmd::Vcard(a) => (ImportKind::Vcard, a.paths.clone(), a.json),
        ImportCmd::Mail(a) => (ImportKind::Mail, a.paths.clone(), a.json),
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
    writeln!(
        out,
        "{}",
        t!(
            "cli-import-done",
            kind = r.kind.label(),
            seconds = i18n::decimal(secs, 2),
            journal = r.journal_id.to_string()
        )
    )?;
    if !r.files.is_empty() {
        writeln!(
            out,
            "  {}",
            t!("cli-import-read", files = r.files.join(", "))
        )?;
    }
    let counts = t!(
        "cli-import-counts",
        unit = r.kind.counted_unit(),
        added = r.added,
        updated = r.updated,
        unchanged = r.unchanged
    );
    writeln!(out, "  {counts}")?;
    if r.kind == ImportKind::Mail {
        writeln!(
            out,
            "  {}",
            t!("cli-import-other-mails", count = r.other_mails)
        )?;
    } else if r.kind != ImportKind::Analytics {
        writeln!(
            out,
            "  {}",
            t!(
                "cli-import-events",
                added = r.events_added,
                existing = r.events_existing
            )
        )?;
    }
    if r.posts_added + r.posts_updated + r.posts_existing > 0 {
        writeln!(
            out,
            "  {}",
            t!(
                "cli-import-posts",
                added = r.posts_added,
                updated = r.posts_updated,
                existing = r.posts_existing
            )
        )?;
    }
    writeln!(
        out,
        "  {}",
        t!("cli-import-skipped", count = r.skipped.len())
    )?;
    for issue in &r.skipped {
        writeln!(out, "    {issue}")?;
    }
    if !r.warnings.is_empty() {
        writeln!(
            out,
            "  {}",
            t!("cli-import-warnings", count = r.warnings.len())
        )?;
        for issue in &r.warnings {
            writeln!(out, "    {issue}")?;
        }
    }
    Ok(())
}
