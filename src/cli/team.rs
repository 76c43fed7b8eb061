//! `followdesk team …` (init, join, sync, status, claim, release, reassign, check) and
//! `followdesk report team`: the command line of team sync, over `crate::team`.

use std::collections::HashMap;
use std::io::Write;

use chrono::NaiveDate;
use clap::{Args, Subcommand};
use serde_json::{Value, json};

use crate::domain::ContactId;
use crate::domain::identity::{normalise_email, normalise_profile_url};
use crate::domain::metrics;
use crate::domain::team::{self, COLLISION_DAYS, Person};
use crate::domain::time::now;
use crate::i18n;
use crate::store::Store;
use crate::t;
use crate::team::{self as server, SyncOptions, TeamError, TeamUrl};

#[derive(Debug, Subcommand)]
pub enum TeamCmd {
    /// Create or upgrade the team schema on a PostgreSQL server (as the database's owner).
    Init {
        /// The server: postgres://USER@HOST:PORT/DATABASE[?sslmode=…]
        url: String,
    },
    /// Link this database to a team, as a rep with the given name.
    Join {
        /// The server: postgres://ROLE@HOST:PORT/DATABASE[?sslmode=…]
        url: String,
        /// My name on the team, as the others will see it.
        #[arg(long, value_name = "NAME")]
        rep: String,
    },
    /// Push my new events to the team server and pull the others'.
    Sync,
    /// The team this database syncs with, the last sync and what is waiting to be pushed.
    Status,
    /// Claim a person: a profile URL, an e-mail address or a contact id.
    Claim {
        /// A profile URL, an e-mail address or a contact id.
        person: String,
    },
    /// Release a person I own.
    Release {
        /// A profile URL, an e-mail address or a contact id.
        person: String,
    },
    /// Hand a person to another rep (managers only).
    Reassign {
        /// A profile URL, an e-mail address or a contact id.
        person: String,
        /// The role of the rep who takes over.
        #[arg(long, value_name = "ROLE")]
        to: String,
    },
    /// Who else on the team owns or recently contacted a person.
    Check {
        /// A profile URL, an e-mail address or a contact id.
        person: String,
        /// Contacts of the last N days count.
        #[arg(long, default_value_t = COLLISION_DAYS)]
        days: i64,
    },
}

/// `report team` options.
#[derive(Debug, Args)]
pub struct TeamReportArgs {
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
    /// Compute as of the end of this day (YYYY-MM-DD) [default: today]
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<NaiveDate>,
    /// Contacts of the last N days count as collisions.
    #[arg(long, default_value_t = COLLISION_DAYS)]
    pub days: i64,
}

/// Runs a `team` subcommand.
pub fn run(store: &mut Store, cmd: &TeamCmd, out: &mut dyn Write) -> anyhow::Result<()> {
    match cmd {
        TeamCmd::Init { url } => {
            let url = TeamUrl::parse(url)?;
            let mut client = server::connect(&url)?;
            let version = server::init(&mut client)?;
            writeln!(
                out,
                "{}",
                t!(
                    "team-cli-initialised",
                    url = url.without_password(),
                    version = version
                )
            )?;
        }
        TeamCmd::Join { url, rep } => {
            let url = TeamUrl::parse(url)?;
            let role = server::join(store, &url, rep)?;
            writeln!(
                out,
                "{}",
                t!(
                    "team-cli-joined",
                    url = url.without_password(),
                    rep = rep.as_str(),
                    role = role
                )
            )?;
            if url.has_password() {
                writeln!(out, "{}", t!("team-cli-password-not-stored"))?;
            }
        }
        TeamCmd::Sync => {
            let r = server::sync(store, SyncOptions::default())?;
            writeln!(
                out,
                "{}",
                t!(
                    "team-cli-synced",
                    pushed = r.pushed,
                    retractions = r.retractions,
                    pulled = r.pulled,
                    claims = r.claims
                )
            )?;
        }
        TeamCmd::Status => status(store, out)?,
        TeamCmd::Claim { person } => {
            let (key, name) = resolve(store, person)?;
            server::claim(store, &key, &name)?;
            writeln!(out, "{}", t!("team-cli-claimed", person = name))?;
        }
        TeamCmd::Release { person } => {
            let (key, name) = resolve(store, person)?;
            server::release(store, &key, &name)?;
            writeln!(out, "{}", t!("team-cli-released", person = name))?;
        }
        TeamCmd::Reassign { person, to } => {
            let (key, name) = resolve(store, person)?;
            server::reassign(store, &key, to)?;
            writeln!(
                out,
                "{}",
                t!("team-cli-reassigned", person = name, rep = to.as_str())
            )?;
        }
        TeamCmd::Check { person, days } => {
            let (_, name) = resolve(store, person)?;
            let who = person_of(store, person)?;
            let me = store.team_state()?.ok_or(TeamError::NotJoined)?.rep;
            let events = store.team_events()?;
            let reps = store.team_rep_names()?;
            let found = team::collisions(
                &who,
                &me,
                &events,
                &store.team_claims()?,
                &reps,
                now(),
                *days,
            );
            if found.is_empty() {
                writeln!(
                    out,
                    "{}",
                    t!("team-cli-no-collision", person = name.as_str())
                )?;
            }
            for c in &found {
                writeln!(out, "{}", c.describe(&name, now()))?;
            }
            let warm = team::connected_reps(&who, &me, &events, &reps);
            if !warm.is_empty() {
                writeln!(
                    out,
                    "{}",
                    t!("team-cli-connected-reps", reps = warm.join(", "))
                )?;
            }
        }
    }
    Ok(())
}

fn status(store: &Store, out: &mut dyn Write) -> anyhow::Result<()> {
    let Some(state) = store.team_state()? else {
        writeln!(out, "{}", TeamError::NotJoined)?;
        return Ok(());
    };
    writeln!(
        out,
        "{}",
        t!(
            "team-cli-status",
            url = state.url.as_str(),
            role = state.rep.as_str()
        )
    )?;
    let last = state
        .last_sync_at
        .map_or_else(|| t!("team-status-never"), |at| i18n::local_date_time(&at));
    writeln!(
        out,
        "{}",
        t!(
            "team-cli-status-sync",
            last = last,
            pending = store.team_pending()?
        )
    )?;
    if let Some(e) = state.last_error {
        writeln!(out, "{}", t!("team-cli-status-error", error = e))?;
    }
    Ok(())
}

/// A person named on the command line: a contact id of this database, a profile URL or an
/// e-mail address. Returns how the team knows them (URL, then e-mail) and their name.
fn person_of(store: &Store, arg: &str) -> Result<Person, TeamError> {
    if let Ok(id) = arg.parse::<i64>() {
        return Ok(store.team_person(ContactId(id))?);
    }
    if arg.contains('@') && !arg.contains('/') {
        return Ok(Person {
            urls: Vec::new(),
            email: Some(normalise_email(arg)),
        });
    }
    let url = normalise_profile_url(arg).map_err(|_| TeamError::UnknownPerson(arg.to_owned()))?;
    Ok(Person {
        urls: vec![url],
        email: None,
    })
}

fn resolve(store: &Store, arg: &str) -> Result<(String, String), TeamError> {
    let person = person_of(store, arg)?;
    let key = person
        .key()
        .ok_or_else(|| TeamError::UnknownPerson(arg.to_owned()))?;
    let name = match arg.parse::<i64>() {
        Ok(id) => store
            .contact(ContactId(id))?
            .ok_or_else(|| TeamError::UnknownPerson(arg.to_owned()))?
            .fields
            .display_name(),
        Err(_) => arg.to_owned(),
    };
    Ok((key, name))
}

/// `followdesk report team`: funnel, cohorts and time to connect per rep and for the team,
/// from my events and the pulled ones, plus the open collisions.
pub fn report(store: &Store, args: &TeamReportArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let state = store.team_state()?.ok_or(TeamError::NotJoined)?;
    let as_of = args
        .as_of
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let mut events = store.team_own_events(&state.rep)?;
    events.extend(store.team_events()?);
    let mut reps: HashMap<String, String> = store.team_rep_names()?;
    reps.entry(state.rep.clone())
        .or_insert_with(|| state.rep.clone());
    let logs = team::team_logs(store.rules(), &events);
    let end = as_of
        .and_hms_opt(23, 59, 59)
        .map_or_else(now, |t| t.and_utc());
    let collisions = team::open_collisions(&events, &store.team_claims()?, &reps, end, args.days);
    let name = |role: &str| reps.get(role).cloned().unwrap_or_else(|| role.to_owned());
    let part = |log: &metrics::Log| {
        let f = metrics::funnel(log, as_of);
        (
            f,
            metrics::cohorts(log, as_of),
            metrics::time_to_connect(log, as_of, None),
        )
    };
    if args.json {
        let section = |log: &metrics::Log| -> Value {
            let (f, cohorts, ttc) = part(log);
            json!({
                "funnel": super::metrics_reports::funnel_json(&f.all),
                "cohorts": cohorts,
                "time_to_connect": ttc,
            })
        };
        let per_rep: Vec<Value> = logs
            .per_rep
            .iter()
            .map(|(role, log)| {
                let mut v = section(log);
                v["rep"] = json!(name(role));
                v["role"] = json!(role);
                v
            })
            .collect();
        let v = json!({
            "as_of": as_of.to_string(),
            "reps": per_rep,
            "team": section(&logs.all),
            "collisions": collisions,
        });
        writeln!(out, "{}", serde_json::to_string_pretty(&v)?)?;
        return Ok(());
    }
    writeln!(out, "{}", t!("team-report-title", date = i18n::date(as_of)))?;
    let heads = [
        t!("team-report-rep"),
        t!("cli-funnel-requests"),
        t!("cli-funnel-redirected"),
        t!("cli-funnel-following"),
        t!("cli-funnel-connected"),
        t!("cli-funnel-conversion"),
        t!("cli-funnel-median-days"),
    ];
    let widths = [16, 10, 10, 10, 10, 12, 12];
    let row = |out: &mut dyn Write, cells: &[String]| -> std::io::Result<()> {
        for (i, (c, w)) in cells.iter().zip(widths).enumerate() {
            if i == 0 {
                write!(out, "{c:<w$}")?;
            } else {
                write!(out, "{c:>w$}")?;
            }
        }
        writeln!(out)
    };
    row(out, &heads)?;
    let team_name = t!("team-report-team");
    let all_rows = logs
        .per_rep
        .iter()
        .map(|(role, log)| (name(role), log))
        .chain([(team_name, &logs.all)]);
    for (who, log) in all_rows {
        let f = metrics::funnel(log, as_of).all;
        row(
            out,
            &[
                who,
                i18n::number(f.counts.requests),
                i18n::number(f.counts.redirected),
                i18n::number(f.counts.following),
                i18n::number(f.counts.connected),
                f.conversion_180d.map_or("–".into(), i18n::percent),
                f.median_days_to_connect
                    .map_or("–".into(), |d| i18n::decimal(d, 0)),
            ],
        )?;
    }
    writeln!(out)?;
    if collisions.is_empty() {
        writeln!(out, "{}", t!("team-report-no-collisions", days = args.days))?;
    } else {
        writeln!(out, "{}", t!("team-report-collisions", days = args.days))?;
    }
    for c in &collisions {
        let owner = c.owner.clone().unwrap_or_else(|| "–".to_owned());
        writeln!(
            out,
            "{}",
            t!(
                "team-report-collision",
                person = c.person_name.as_str(),
                owner = owner,
                reps = c.reps.join(", ")
            )
        )?;
    }
    Ok(())
}
