//! Today's requests on the command line: `followdesk import paste` (a select-all copy of
//! the invitation page), `followdesk add request` (one typed in) and `followdesk triage
//! list` (the pending requests with verdict, proposal and where they came from).

use std::io::Read as _;
use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Subcommand};
use serde::Serialize;

use crate::domain::capture::{CaptureSource, CapturedRequest, typed_in_time};
use crate::domain::time::now;
use crate::import::Person;
use crate::import::paste::{PastedPage, looks_like_html, parse_paste, parse_paste_html};
use crate::store::{CaptureReport, Store};
use crate::t;

#[derive(Debug, Args)]
pub struct PasteArgs {
    /// The copied page as a text file; `-` or nothing reads standard input.
    pub file: Option<PathBuf>,
    /// The platform the page is from: linkedin or xing [default: the page's words tell]
    #[arg(long, value_name = "PLATFORM")]
    pub platform: Option<String>,
    /// Show what was recognised without saving anything.
    #[arg(long)]
    pub dry_run: bool,
    /// Print the result as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum AddCmd {
    /// A connection request received today (or on --at), typed in.
    Request(AddRequestArgs),
}

#[derive(Debug, Args)]
pub struct AddRequestArgs {
    /// The platform: linkedin or xing.
    #[arg(long, value_name = "PLATFORM")]
    pub platform: String,
    /// The person's name as the platform shows it.
    #[arg(long, value_name = "NAME")]
    pub name: String,
    /// Their profile link.
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
    /// The line under their name (position and company).
    #[arg(long, value_name = "TEXT")]
    pub headline: Option<String>,
    /// The note that came with the request.
    #[arg(long, value_name = "TEXT")]
    pub message: Option<String>,
    /// The day it came (YYYY-MM-DD) [default: today]
    #[arg(long, value_name = "DATE")]
    pub at: Option<NaiveDate>,
}

#[derive(Debug, Subcommand)]
pub enum TriageCmd {
    /// The pending requests, newest first, with verdict, proposal and where they came from.
    List {
        /// Print JSON instead of a list.
        #[arg(long)]
        json: bool,
    },
}

/// `followdesk import paste`.
pub fn paste(
    store: &mut Store,
    args: &PasteArgs,
    out: &mut dyn std::io::Write,
) -> anyhow::Result<()> {
    let text = match args.file.as_deref() {
        None => read_stdin()?,
        Some(p) if p.as_os_str() == "-" => read_stdin()?,
        Some(p) => {
            let bytes = std::fs::read(p)
                .map_err(|e| anyhow::anyhow!("{}", crate::import::io_message(p, &e)))?;
            String::from_utf8_lossy(&bytes).into_owned()
        }
    };
    let html = args
        .file
        .as_deref()
        .and_then(|p| p.extension())
        .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"))
        || looks_like_html(&text);
    let page = if html {
        parse_paste_html(&text, args.platform.as_deref(), now())?
    } else {
        parse_paste(&text, args.platform.as_deref(), now())?
    };
    if !args.json {
        print_preview(&page, out)?;
    }
    let report = if args.dry_run {
        None
    } else {
        Some(store.capture_requests(page.requests.clone())?)
    };
    if args.json {
        #[derive(Serialize)]
        struct Out<'a> {
            platform: &'a str,
            requests: &'a [CapturedRequest],
            not_understood: &'a [String],
            saved: Option<&'a CaptureReport>,
        }
        let o = Out {
            platform: &page.platform,
            requests: &page.requests,
            not_understood: &page.not_understood,
            saved: report.as_ref(),
        };
        writeln!(out, "{}", serde_json::to_string_pretty(&o)?)?;
    } else if let Some(r) = &report {
        print_saved(r, out)?;
    }
    Ok(())
}

fn read_stdin() -> anyhow::Result<String> {
    let mut bytes = Vec::new();
    std::io::stdin().read_to_end(&mut bytes)?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

fn print_preview(page: &PastedPage, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    writeln!(
        out,
        "{}",
        t!(
            "capture-cli-recognised",
            count = page.requests.len(),
            platform = page.platform.as_str()
        )
    )?;
    for r in &page.requests {
        writeln!(out, "  {}", r.summary_line())?;
    }
    if !page.not_understood.is_empty() {
        writeln!(
            out,
            "{}",
            t!(
                "capture-cli-not-understood",
                count = page.not_understood.len()
            )
        )?;
        for l in &page.not_understood {
            writeln!(out, "  ? {l}")?;
        }
    }
    Ok(())
}

fn print_saved(r: &CaptureReport, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    writeln!(
        out,
        "{}",
        t!(
            "capture-cli-saved",
            added = r.added,
            existing = r.existing,
            completed = r.completed
        )
    )
}

/// `followdesk add request`.
pub fn add_request(
    store: &mut Store,
    args: &AddRequestArgs,
    out: &mut dyn std::io::Write,
) -> anyhow::Result<()> {
    let received_at = typed_in_time(args.at, now());
    let (first_name, last_name) = Person::split_name(&args.name);
    let req = CapturedRequest {
        platform: args.platform.trim().to_lowercase(),
        first_name,
        last_name,
        headline: args.headline.clone().unwrap_or_default(),
        profile_url: args.url.clone(),
        invitation_url: None,
        received_at,
        exact_time: false,
        note: args.message.clone().unwrap_or_default(),
        mutual_connections: None,
        source: CaptureSource::Manual,
    };
    let line = req.summary_line();
    let report = store.capture_requests(vec![req])?;
    writeln!(out, "  {line}")?;
    print_saved(&report, out)?;
    Ok(())
}

/// One line of `followdesk triage list --json`.
#[derive(Debug, Serialize)]
struct ListedRequest {
    contact_id: i64,
    name: String,
    platform: String,
    profile_url: Option<String>,
    received: String,
    note: String,
    verdict: &'static str,
    proposal: &'static str,
    reasons: Vec<String>,
    source: Option<&'static str>,
}

/// `followdesk triage list`.
pub fn triage_list(store: &Store, json: bool, out: &mut dyn std::io::Write) -> anyhow::Result<()> {
    // The model Triage uses: the rep's own when one was kept, else the shipped one.
    let personal =
        store.setting(crate::domain::classifier::learned::personal::PERSONAL_MODEL_SETTING)?;
    let classifier = crate::domain::classifier::learned::personal::active(personal.as_deref());
    let mut listed = Vec::new();
    for r in store.pending_requests()? {
        let Some(rule) = store.rules().get(&r.platform) else {
            continue;
        };
        let c = classifier.classify(&r.message, rule);
        let details = store.request_details(r.contact, &r.platform)?;
        listed.push(ListedRequest {
            contact_id: r.contact.0,
            name: format!("{} {}", r.first_name, r.last_name)
                .trim()
                .to_owned(),
            platform: r.platform.clone(),
            profile_url: details
                .profile_url
                .as_deref()
                .map(crate::domain::identity::browser_url),
            received: r.at.date_naive().to_string(),
            note: r.message.clone(),
            verdict: c.verdict.code(),
            proposal: c.proposal.code(),
            reasons: c.reasons.iter().map(|x| x.localized().to_owned()).collect(),
            source: details.source.map(CaptureSource::code),
        });
    }
    // Newest first, the later-deferred ones too (the store puts them last).
    listed.sort_by(|a, b| b.received.cmp(&a.received));
    if json {
        writeln!(out, "{}", serde_json::to_string_pretty(&listed)?)?;
        return Ok(());
    }
    writeln!(out, "{}", t!("capture-cli-pending", count = listed.len()))?;
    for l in &listed {
        writeln!(
            out,
            "  #{} {} · {} · {} · {} ({}) · {}",
            l.contact_id,
            l.received,
            l.name,
            store.rules().name_of(&l.platform),
            l.verdict,
            l.proposal,
            l.source.unwrap_or("-")
        )?;
        if !l.note.is_empty() {
            let note: String = l.note.replace('\n', " ").chars().take(90).collect();
            writeln!(out, "      “{note}”")?;
        }
    }
    Ok(())
}
