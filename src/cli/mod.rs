//! The command line: argument definitions (clap) and the subcommands that print reports or
//! fill the database. `main.rs` parses with [`command`] (these definitions, with the help in
//! the user's language) and dispatches; the GUI is started from there.

pub mod capture;
pub mod classifier;
pub mod classify;
pub mod export;
pub mod help;
pub mod import;
mod metrics_reports;
mod report;
mod signals_report;
mod table;
pub mod team;

pub use help::command;

use std::path::PathBuf;

use anyhow::Context as _;
use clap::{Args, Parser, Subcommand};

use crate::demo::{self, DemoOptions};
use crate::domain::PlatformRules;
use crate::domain::classifier::{Classifier, RulesClassifier};
use crate::i18n;
use crate::store::{InstanceLock, Store};
use crate::t;

/// followdesk — a contact manager for social selling on LinkedIn and XING.
///
/// Without a subcommand it opens the desktop app.
#[derive(Debug, Parser)]
#[command(name = "followdesk", version, about, long_about = None)]
pub struct Cli {
    /// The database file [default: followdesk.sqlite3 in the platform's data directory]
    #[arg(long, global = true, env = "FOLLOWDESK_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,

    /// The view the app opens on: today, triage, contacts, pipeline, visibility or import
    #[arg(long, value_name = "VIEW")]
    pub view: Option<String>,

    #[command(subcommand)]
    pub command: Option<Cmd>,
}

#[derive(Debug, Subcommand)]
pub enum Cmd {
    /// Fill an empty database with realistic demo data (deterministic for a seed and day).
    Demo(DemoArgs),
    /// Print a report.
    #[command(subcommand)]
    Report(ReportCmd),
    /// Import a LinkedIn export, XING vCards, the analytics workbook, vCards or a CSV.
    #[command(subcommand)]
    Import(import::ImportCmd),
    /// Export every contact with profiles and tags as CSV or vCard.
    #[command(subcommand)]
    Export(export::ExportCmd),
    /// Copy the database while it is in use: to PATH, or into the backups folder beside it.
    Backup {
        /// Where to write the copy (must not exist) [default: the backups folder]
        path: Option<PathBuf>,
    },
    /// Replace the database with a backup (a copy of the current one is kept first).
    Restore {
        /// The backup to restore.
        path: PathBuf,
        /// Confirm that the current data may be replaced.
        #[arg(long)]
        yes: bool,
    },
    /// Classify connection requests: JSON Lines on stdin, one verdict per line on stdout.
    ///
    /// Each input line is `{"message": "...", "platform": "linkedin"}` (`platform` is optional:
    /// linkedin or xing). Each output line is `{"verdict": "specific"|"unspecific"|"unclear",
    /// "score": n, "reasons": [...], "lang": "de"|"en", "tone": "sie"|"du", "proposal":
    /// "accept"|"redirect"|"decline"|"decide", "probability": p}`, or `{"error": "line N:
    /// ..."}`. Needs no database.
    Classify(ClassifyArgs),
    /// Train, evaluate or personalise the learned request classifier.
    #[command(subcommand)]
    Classifier(classifier::ClassifierCmd),
    /// Share a pipeline with a sales team through a PostgreSQL server.
    #[command(subcommand)]
    Team(team::TeamCmd),
    /// Add something by hand.
    #[command(subcommand)]
    Add(capture::AddCmd),
    /// The requests waiting for a decision.
    #[command(subcommand)]
    Triage(capture::TriageCmd),
}

#[derive(Debug, Args)]
pub struct ClassifyArgs {
    /// A tuned copy of the classifier rules, for --engine rules [default: the built-in assets/classifier.toml]
    #[arg(long, value_name = "FILE")]
    pub rules: Option<PathBuf>,
    /// model: the learned classifier; rules: the earlier rules engine (for comparison)
    #[arg(long, value_name = "ENGINE", default_value = "model")]
    pub engine: String,
    /// A model file for --engine model [default: the built-in `assets/classifier_model.tsv`]
    #[arg(long, value_name = "FILE")]
    pub model: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// How many people to make up.
    #[arg(long, default_value_t = 2_000)]
    pub contacts: u32,
    /// Seed of the random generator: the same seed gives the same data.
    #[arg(long, default_value_t = 42)]
    pub seed: u64,
    /// The last day of the made-up history (YYYY-MM-DD) [default: today]
    #[arg(long, value_name = "DATE")]
    pub today: Option<chrono::NaiveDate>,
}

#[derive(Debug, Subcommand)]
pub enum ReportCmd {
    /// Contacts, and per platform: connections, followers, open requests, redirects.
    Summary {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Follower-count history imported from LinkedIn's analytics workbook.
    Followers {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// The follower funnel: stages, conversion by cohort month, lost followers.
    Funnel(metrics_reports::MetricsArgs),
    /// The outreach list: followers and redirected people, ranked by warmth.
    Pipeline(metrics_reports::PipelineArgs),
    /// Who sees my posts on each platform, and the content mix.
    Visibility(metrics_reports::VisibilityArgs),
    /// The team: funnel, cohorts and time to connect per rep and in total, open collisions.
    Team(team::TeamReportArgs),
    /// Signals worth acting on: job changes, unanswered messages, engagement, silences.
    Signals(metrics_reports::MetricsArgs),
    /// Follow-up reminders: open ones, soonest due first.
    Reminders(signals_report::RemindersArgs),
}

/// Where the database lives when neither `--db` nor `FOLLOWDESK_DB` says.
pub fn default_db_path() -> anyhow::Result<PathBuf> {
    let dirs = directories::ProjectDirs::from("", "", "followdesk")
        .with_context(|| t!("cli-error-no-home"))?;
    Ok(dirs.data_dir().join("followdesk.sqlite3"))
}

/// The database path the command line chose.
pub fn db_path(cli: &Cli) -> anyhow::Result<PathBuf> {
    match &cli.db {
        Some(p) => Ok(p.clone()),
        None => default_db_path(),
    }
}

/// Opens the store at `path` with the shipped platform rules.
pub fn open_store(path: &std::path::Path) -> anyhow::Result<Store> {
    Ok(Store::open(path, PlatformRules::builtin())?)
}

/// An error in words, each cause once: a cause whose words the message holds already
/// (SQLite's "database is locked" inside "… is busy: database is locked") is not repeated.
#[must_use]
pub fn error_text(e: &anyhow::Error) -> String {
    let mut text = String::new();
    for cause in e.chain() {
        let said = cause.to_string();
        if said.is_empty() || text.contains(&said) {
            continue;
        }
        if !text.is_empty() {
            text.push_str(": ");
        }
        text.push_str(&said);
    }
    text
}

/// Runs a subcommand, printing to `out`.
pub fn run(cli: &Cli, cmd: &Cmd, out: &mut dyn std::io::Write) -> anyhow::Result<()> {
    // Commands that need no database run before one is opened (or created).
    if let Cmd::Classify(args) = cmd {
        return run_classify(args, &mut std::io::stdin().lock(), out);
    }
    if let Cmd::Classifier(c) = cmd
        && !c.needs_database()
    {
        return classifier::run(c, None, out);
    }
    let path = db_path(cli)?;
    let mut store = open_store(&path)?;
    match cmd {
        Cmd::Demo(args) => {
            let _lock = InstanceLock::acquire(&path)?;
            let today = args
                .today
                .unwrap_or_else(|| chrono::Local::now().date_naive());
            let started = std::time::Instant::now();
            let report = demo::fill(
                &mut store,
                DemoOptions {
                    contacts: args.contacts,
                    seed: args.seed,
                    today,
                },
            )?;
            writeln!(
                out,
                "{}",
                t!(
                    "cli-demo-written",
                    path = path.display().to_string(),
                    contacts = report.expected.contacts,
                    events = report.events,
                    posts = report.posts,
                    seconds = i18n::decimal(started.elapsed().as_secs_f64(), 1)
                )
            )?;
            writeln!(out, "{}", t!("cli-demo-next"))?;
        }
        // Ran above, without a database.
        Cmd::Classify(_) => {}
        Cmd::Classifier(c) => classifier::run(c, Some(&mut store), out)?,
        Cmd::Report(ReportCmd::Summary { json }) => {
            let summary = store.summary()?;
            if *json {
                writeln!(out, "{}", serde_json::to_string_pretty(&summary)?)?;
            } else {
                report::summary_table(&summary, store.rules(), &path, out)?;
            }
        }
        Cmd::Report(ReportCmd::Followers { json }) => {
            let history = store.follower_history()?;
            if *json {
                writeln!(out, "{}", serde_json::to_string_pretty(&history)?)?;
            } else {
                report::followers_table(&history, store.rules(), out)?;
            }
        }
        Cmd::Import(cmd) => {
            let _lock = InstanceLock::acquire(&path)?;
            // Backed up once the input is read and checked: a refused import makes none.
            store.with_backup_before_bulk("before-import", |store| import::run(store, cmd, out))?;
        }
        Cmd::Export(cmd) => export::run(&store, cmd, out)?,
        Cmd::Backup { path: dest } => {
            let written = match dest {
                Some(dest) => {
                    store.backup_to(dest)?;
                    dest.clone()
                }
                None => store.backup("manual")?,
            };
            writeln!(
                out,
                "{}",
                t!("cli-backup-written", path = written.display().to_string())
            )?;
        }
        Cmd::Restore { path: src, yes } => {
            if !yes {
                anyhow::bail!(
                    "{}",
                    t!(
                        "cli-restore-needs-yes",
                        path = path.display().to_string(),
                        backup = src.display().to_string()
                    )
                );
            }
            let _lock = InstanceLock::acquire(&path)?;
            let kept = store.restore_from(src)?;
            writeln!(
                out,
                "{}",
                t!(
                    "cli-restored",
                    path = path.display().to_string(),
                    backup = src.display().to_string(),
                    kept = kept.display().to_string()
                )
            )?;
        }
        Cmd::Report(ReportCmd::Funnel(args)) => metrics_reports::funnel(&store, args, out)?,
        Cmd::Report(ReportCmd::Pipeline(args)) => metrics_reports::pipeline(&store, args, out)?,
        Cmd::Report(ReportCmd::Visibility(args)) => metrics_reports::visibility(&store, args, out)?,
        Cmd::Report(ReportCmd::Team(args)) => team::report(&store, args, out)?,
        Cmd::Report(ReportCmd::Signals(args)) => {
            signals_report::report_signals(&store, args, out)?;
        }
        Cmd::Report(ReportCmd::Reminders(args)) => {
            signals_report::report_reminders(&store, args, out)?;
        }
        Cmd::Team(cmd) => team::run(&mut store, cmd, out)?,
        Cmd::Add(capture::AddCmd::Request(args)) => {
            let _lock = InstanceLock::acquire(&path)?;
            capture::add_request(&mut store, args, out)?;
        }
        Cmd::Triage(capture::TriageCmd::List { json }) => {
            capture::triage_list(&store, *json, out)?;
        }
    }
    Ok(())
}

/// `followdesk classify`: the built-in rules or `--rules FILE`, stdin to `out`.
fn run_classify(
    args: &ClassifyArgs,
    input: &mut dyn std::io::BufRead,
    out: &mut dyn std::io::Write,
) -> anyhow::Result<()> {
    let read = |file: &std::path::Path| {
        std::fs::read_to_string(file)
            .map_err(|e| anyhow::anyhow!("{}", crate::import::io_message(file, &e)))
    };
    let rules = PlatformRules::builtin();
    match args.engine.as_str() {
        "rules" => {
            let classifier = match &args.rules {
                Some(file) => RulesClassifier::from_toml(&read(file)?)
                    .with_context(|| file.display().to_string())?,
                None => RulesClassifier::builtin(),
            };
            classify::classify_lines(&classifier, &rules, input, out)?;
        }
        "model" => {
            let classifier = match &args.model {
                Some(file) => Classifier::from_model_tsv(&read(file)?)
                    .with_context(|| file.display().to_string())?,
                None => Classifier::builtin(),
            };
            classify::classify_lines(&classifier, &rules, input, out)?;
        }
        other => anyhow::bail!("{}", t!("classifier-unknown-engine", engine = other)),
    }
    Ok(())
}
