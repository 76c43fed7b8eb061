//! `followdesk report signals | reminders`: the signals worth acting on, and the follow-up
//! reminders, as JSON or as readable tables.

use std::io::Write;

use clap::Args;
use serde_json::{Value, json};

use super::metrics_reports::MetricsArgs;
use super::table::{TextTable, left};
use crate::domain::signals::signals;
use crate::i18n;
use crate::store::Store;
use crate::t;

/// `report reminders` options.
#[derive(Debug, Args)]
pub struct RemindersArgs {
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
    /// Also list reminders that are done or dismissed.
    #[arg(long)]
    pub all: bool,
}

/// `followdesk report signals`.
pub fn report_signals(
    store: &Store,
    args: &MetricsArgs,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let log = store.metrics_log()?;
    let facts = store.signal_facts()?;
    let params = store.signal_params()?;
    let as_of = args.as_of();
    let list = signals(&log, &facts, as_of, &params);
    let ids: Vec<_> = list.iter().map(|s| s.contact).collect();
    let names = store.contact_names(&ids)?;
    if args.json {
        let rows: Vec<Value> = list
            .iter()
            .zip(&names)
            .map(|(s, name)| {
                json!({
                    "contact": s.contact.0,
                    "name": name,
                    "platform": s.platform,
                    "kind": s.kind.code(),
                    "since": s.since.to_rfc3339(),
                    "reason": s.reason(),
                    "detail": s.detail,
                })
            })
            .collect();
        let v = json!({ "as_of": as_of.to_string(), "params": params, "signals": rows });
        writeln!(out, "{}", serde_json::to_string_pretty(&v)?)?;
        return Ok(());
    }
    writeln!(
        out,
        "{}",
        t!(
            "signals-cli-title",
            date = i18n::date(as_of),
            count = list.len()
        )
    )?;
    let heads = [
        t!("signals-cli-name"),
        t!("signals-cli-platform"),
        t!("signals-cli-kind"),
        t!("signals-cli-since"),
        t!("signals-cli-reason"),
    ];
    let table = TextTable::new(&heads, &[left(28), left(9), left(14), left(12)]);
    table.row(out, &heads)?;
    for (s, name) in list.iter().zip(&names) {
        table.row(
            out,
            &[
                name.clone(),
                store.rules().name_of(&s.platform).to_owned(),
                s.kind.label(),
                i18n::date(s.since.date_naive()),
                s.reason(),
            ],
        )?;
    }
    Ok(())
}

/// `followdesk report reminders`.
pub fn report_reminders(
    store: &Store,
    args: &RemindersArgs,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let today = chrono::Local::now().date_naive();
    let list: Vec<_> = store
        .reminders()?
        .into_iter()
        .filter(|r| args.all || r.closed.is_none())
        .collect();
    let ids: Vec<_> = list.iter().map(|r| r.contact).collect();
    let names = store.contact_names(&ids)?;
    if args.json {
        let rows: Vec<Value> = list
            .iter()
            .zip(&names)
            .map(|(r, name)| {
                let status = match r.closed {
                    Some(true) => "done",
                    Some(false) => "dismissed",
                    None if r.is_due(today) => "due",
                    None => "open",
                };
                json!({
                    "id": r.id.0,
                    "contact": r.contact.0,
                    "name": name,
                    "platform": r.platform,
                    "due": r.due.to_string(),
                    "note": r.note,
                    "status": status,
                })
            })
            .collect();
        let v = json!({ "today": today.to_string(), "reminders": rows });
        writeln!(out, "{}", serde_json::to_string_pretty(&v)?)?;
        return Ok(());
    }
    writeln!(
        out,
        "{}",
        t!("signals-cli-reminders-title", count = list.len())
    )?;
    let heads = [
        t!("signals-cli-due"),
        t!("signals-cli-name"),
        t!("signals-cli-platform"),
        t!("signals-cli-note"),
    ];
    let table = TextTable::new(&heads, &[left(12), left(28), left(9)]);
    table.row(out, &heads)?;
    for (r, name) in list.iter().zip(&names) {
        let due = match r.closed {
            Some(true) => t!("signals-cli-done", date = i18n::date(r.due)),
            Some(false) => t!("signals-cli-dismissed", date = i18n::date(r.due)),
            None if r.is_due(today) => t!("signals-cli-due-now", date = i18n::date(r.due)),
            None => i18n::date(r.due),
        };
        table.row(
            out,
            &[
                due,
                name.clone(),
                store.rules().name_of(&r.platform).to_owned(),
                r.note.clone(),
            ],
        )?;
    }
    Ok(())
}
