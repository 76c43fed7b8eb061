//! Import benchmark: a LinkedIn archive with 30,000 connections, 5,000 invitations and
//! 50,000 messages, generated in a temp dir as a real zip, imported into an on-disk
//! database (WAL, as the app uses it). Beside it, the time the sqlite3 command line's own
//! `.import` takes to load the same Connections.csv into a bare table, as a floor.
//!
//! Run with `cargo bench --bench import` (release build). Prints each run, then medians.
#![allow(clippy::unwrap_used)]

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::Path;
use std::sync::atomic::AtomicBool;
use std::time::Instant;

use followdesk::domain::PlatformRules;
use followdesk::import::{ImportKind, ImportReport, ImportRequest, Progress, run_import};
use followdesk::store::Store;

const CONNECTIONS: usize = 30_000;
const INVITATIONS: usize = 5_000;
const MESSAGES: usize = 50_000;
const ME: &str = "https://www.linkedin.com/in/me-myself";

fn connections_csv() -> String {
    let mut s = String::from(
        "\u{feff}Notes:\r\n\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\r\n\r\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n",
    );
    let months = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    for i in 0..CONNECTIONS {
        let email = if i % 7 == 0 {
            format!("person{i}@example.com")
        } else {
            String::new()
        };
        writeln!(
            s,
            "First{i},Müller{i},https://www.linkedin.com/in/person-{i},{email},\"Company {}, GmbH\",Head of Sales,{:02} {} {}\r",
            i % 997,
            1 + i % 28,
            months[i % 12],
            2015 + i % 11
        )
        .unwrap();
    }
    s
}

fn invitations_csv() -> String {
    let mut s =
        String::from("From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\r\n");
    for i in 0..INVITATIONS {
        let sent = format!(
            "{}/{}/26, {}:{:02}\u{202f}PM",
            1 + i % 12,
            1 + i % 28,
            1 + i % 12,
            i % 60
        );
        match i % 4 {
            // Undecided requests from strangers.
            0 | 1 => writeln!(
                s,
                "Stranger {i},Me Myself,\"{sent}\",\"I came across your profile, and would love to connect\",INCOMING,https://www.linkedin.com/in/stranger-{i},{ME}\r"
            ),
            // My unanswered requests.
            2 => writeln!(s, "Me Myself,Prospect {i},\"{sent}\",,OUTGOING,{ME},https://www.linkedin.com/in/prospect-{i}\r"),
            // Requests from connections (accepted).
            _ => writeln!(
                s,
                "First{i} Müller{i},Me Myself,\"{sent}\",\"Hallo,\r\nwir trafen uns auf der DMEXCO.\",INCOMING,https://www.linkedin.com/in/person-{i},{ME}\r"
            ),
        }
        .unwrap();
    }
    s
}

fn messages_csv() -> String {
    let mut s = String::from(
        "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,ATTACHMENTS\r\n",
    );
    for i in 0..MESSAGES {
        let p = (i * 7919) % CONNECTIONS;
        let date = format!(
            "2025-{:02}-{:02} {:02}:{:02}:{:02} UTC",
            1 + i % 12,
            1 + i % 28,
            i % 24,
            i % 60,
            (i / 60) % 60
        );
        if i % 2 == 0 {
            writeln!(s, "c{p},,First{p} Müller{p},https://www.linkedin.com/in/person-{p},Me Myself,{ME},{date},,\"Danke, bis bald!\",INBOX,\r").unwrap();
        } else {
            writeln!(s, "c{p},,Me Myself,{ME},First{p} Müller{p},https://www.linkedin.com/in/person-{p},{date},,\"Gern, \"\"Herr\"\" Kollege\",SENT,\r").unwrap();
        }
    }
    s
}

fn write_zip(path: &Path, files: &[(&str, &str)]) {
    let mut z = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    for (name, text) in files {
        z.start_file(*name, zip::write::SimpleFileOptions::default())
            .unwrap();
        z.write_all(text.as_bytes()).unwrap();
    }
    z.finish().unwrap();
}

/// User and system CPU time of this process so far (Linux; 0 elsewhere), 10 ms steps.
/// Beside the wall time it shows how much a busy machine stretched a run.
fn cpu_secs() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else {
        return 0.0;
    };
    // Fields after the command name (which may hold spaces) closed by ')': utime and
    // stime are the 12th and 13th, in ticks of 1/100 s.
    let after = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    let ticks: u64 = after
        .split_whitespace()
        .skip(11)
        .take(2)
        .filter_map(|f| f.parse::<u64>().ok())
        .sum();
    ticks as f64 / 100.0
}

/// Where an import's time goes: the start of each step it reports through its progress
/// callback ("Reading Connections.csv", "Connections", …, "Saving" = journal and commit).
#[derive(Default)]
struct Spans(Vec<(String, Instant)>);

impl Spans {
    fn progress(&mut self, p: &Progress) {
        let step = p.step.to_string();
        if self.0.last().is_none_or(|(last, _)| *last != step) {
            self.0.push((step, Instant::now()));
        }
    }

    /// Each step's share; the first span starts at `started`, the last ends at `end`.
    fn line(&self, started: Instant, end: Instant) -> String {
        let mut from = started;
        let mut label = "(setup)";
        let mut line = String::from("    spans:");
        for (step, at) in &self.0 {
            write!(line, " {label} {:.0} ms,", (*at - from).as_secs_f64() * 1e3).unwrap();
            from = *at;
            label = step;
        }
        write!(line, " {label} {:.0} ms", (end - from).as_secs_f64() * 1e3).unwrap();
        line
    }
}

/// One import, timed: its report, wall and CPU seconds, and where the time went.
struct Timed {
    report: ImportReport,
    wall: f64,
    cpu: f64,
    spans: String,
}

fn timed_import(store: &mut Store, req: &ImportRequest, never: &AtomicBool) -> Timed {
    let mut spans = Spans::default();
    let (t, cpu) = (Instant::now(), cpu_secs());
    let report = run_import(store, req, &mut |p| spans.progress(&p), never).unwrap();
    let end = Instant::now();
    Timed {
        report,
        wall: (end - t).as_secs_f64(),
        cpu: cpu_secs() - cpu,
        spans: spans.line(t, end),
    }
}

/// Each timing is taken this many times (a fresh database each time): the machine is
/// shared, so one run says little. Medians and ranges are printed.
const RUNS: usize = 5;

/// Median, smallest and largest of `times`.
fn spread(times: &mut [f64]) -> (f64, f64, f64) {
    times.sort_by(f64::total_cmp);
    (times[times.len() / 2], times[0], times[times.len() - 1])
}

fn print_spread(what: &str, times: &mut [f64]) -> f64 {
    let (median, min, max) = spread(times);
    println!("{what}: median {median:.3} s ({min:.3}-{max:.3} s over {RUNS} runs)");
    median
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let conns = connections_csv();
    let zip = dir.path().join("Basic_LinkedInDataExport_02-08-2026.zip");
    write_zip(
        &zip,
        &[
            ("Connections.csv", &conns),
            ("Invitations.csv", &invitations_csv()),
            ("messages.csv", &messages_csv()),
        ],
    );
    println!(
        "archive: {CONNECTIONS} connections, {INVITATIONS} invitations, {MESSAGES} messages ({:.1} MB zipped)",
        zip.metadata().unwrap().len() as f64 / 1e6
    );

    let never = AtomicBool::new(false);
    let req = ImportRequest::new(ImportKind::Linkedin, vec![zip.clone()]);
    let (mut firsts, mut agains) = (Vec::new(), Vec::new());
    let mut rows = None;
    for run in 0..RUNS {
        let db = dir.path().join(format!("bench-{run}.sqlite3"));
        let mut store = Store::open(&db, PlatformRules::builtin()).unwrap();
        let first = timed_import(&mut store, &req, &never);
        let r = &first.report;
        println!(
            "followdesk import (first):   {:.3} s, CPU {:.2} s  ({} contacts added, {} events, {} skipped)\n{}",
            first.wall,
            first.cpu,
            r.added,
            r.events_added,
            r.skipped.len(),
            first.spans
        );
        let again = timed_import(&mut store, &req, &never);
        let r2 = &again.report;
        println!(
            "followdesk import (again):   {:.3} s, CPU {:.2} s  ({} added, {} unchanged, {} events added)\n{}",
            again.wall, again.cpu, r2.added, r2.unchanged, r2.events_added, again.spans
        );
        if run == 0 {
            let s = store.summary().unwrap();
            let li = s.platforms["linkedin"];
            println!(
                "summary: {} contacts, {} connections, {} pending incoming, {} pending outgoing",
                s.contacts, li.connections, li.pending_incoming, li.pending_outgoing
            );
            rows = Some(SchemaRows {
                contacts: r.added as i64,
                events: r.events_added as i64,
            });
        }
        firsts.push(first.wall);
        agains.push(again.wall);
        drop(store);
        std::fs::remove_file(&db).unwrap();
    }

    // The floor: sqlite3's own CSV import of the same Connections.csv into a bare table.
    let csv_path = dir.path().join("Connections.csv");
    std::fs::write(&csv_path, &conns).unwrap();
    let mut floors = Vec::new();
    for run in 0..RUNS {
        match sqlite3_import(&csv_path, &dir.path().join(format!("bare-{run}.sqlite3"))) {
            Ok(t) => floors.push(t),
            Err(e) => {
                println!("sqlite3 .import could not run: {e}");
                break;
            }
        }
    }

    // Like for like: followdesk importing an archive that holds only that Connections.csv.
    let only = dir
        .path()
        .join("Basic_LinkedInDataExport_connections_only.zip");
    write_zip(&only, &[("Connections.csv", &conns)]);
    let req = ImportRequest::new(ImportKind::Linkedin, vec![only]);
    let mut alones = Vec::new();
    for run in 0..RUNS {
        let path = dir.path().join(format!("alone-{run}.sqlite3"));
        let mut alone = Store::open(&path, PlatformRules::builtin()).unwrap();
        let t = Instant::now();
        run_import(&mut alone, &req, &mut |_| {}, &never).unwrap();
        alones.push(t.elapsed().as_secs_f64());
    }

    let rows = rows.unwrap();
    let mut plain = Vec::new();
    let mut parts = String::new();
    for run in 0..RUNS {
        let (p, total) = schema_floor(&dir.path().join(format!("floor-{run}.sqlite3")), &rows);
        plain.push(total);
        parts = p;
    }

    println!();
    let first = print_spread("followdesk import of the whole archive", &mut firsts);
    print_spread("followdesk import of the same archive again", &mut agains);
    let alone = print_spread("followdesk import of Connections.csv alone", &mut alones);
    let written = print_spread(
        "the same rows into followdesk's schema by plain INSERTs, no parsing or matching",
        &mut plain,
    );
    println!("    last run: {parts}");
    if !floors.is_empty() {
        let floor = print_spread(
            "sqlite3 .import of Connections.csv into a bare table",
            &mut floors,
        );
        println!(
            "ratios of medians to sqlite3: whole archive {:.1}x, Connections.csv alone {:.1}x, plain INSERTs {:.1}x",
            first / floor,
            alone / floor,
            written / floor
        );
    }
}

/// The time the sqlite3 command line takes to `.import` the CSV into a new bare table.
fn sqlite3_import(csv: &Path, db: &Path) -> Result<f64, String> {
    let script = format!(
        "PRAGMA journal_mode=WAL;\nCREATE TABLE c(first TEXT, last TEXT, url TEXT, email TEXT, company TEXT, position TEXT, connected_on TEXT);\n.import --csv --skip 4 {} c\nSELECT count(*) FROM c;\n",
        csv.display()
    );
    let t = Instant::now();
    let out = std::process::Command::new("/usr/bin/sqlite3")
        .arg(db)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            child.stdin.take().unwrap().write_all(script.as_bytes())?;
            child.wait_with_output()
        })
        .map_err(|e| e.to_string())?;
    let secs = t.elapsed().as_secs_f64();
    let rows = String::from_utf8_lossy(&out.stdout);
    match rows.lines().last() {
        Some(n) if out.status.success() && n == CONNECTIONS.to_string() => Ok(secs),
        _ => Err(format!("{}: {rows}", out.status)),
    }
}

/// How many rows the first import wrote.
struct SchemaRows {
    contacts: i64,
    events: i64,
}

/// What the import's writes cost on their own: the rows it wrote (contacts, one LinkedIn
/// profile each, the events, the search index, one relationship per contact) written
/// into a new database with followdesk's schema, pragmas and bulk search indexing, by
/// prepared INSERTs of made-up values, in one transaction. No parsing, matching or
/// deriving: the floor for this schema, to set beside sqlite3's bare-table import.
fn schema_floor(path: &Path, rows: &SchemaRows) -> (String, f64) {
    use rusqlite::params;
    drop(Store::open(path, PlatformRules::builtin()).unwrap());
    let mut conn = rusqlite::Connection::open(path).unwrap();
    conn.pragma_update(None, "foreign_keys", "ON").unwrap();
    conn.pragma_update(None, "cache_size", -32_000).unwrap();
    let started = Instant::now();
    let tx = conn.transaction().unwrap();
    let mut parts = Vec::new();
    let mut step = |name: &str, t: Instant| {
        parts.push(format!("{name} {:.0} ms", t.elapsed().as_secs_f64() * 1e3));
    };
    tx.execute("INSERT INTO search_deferred (one) VALUES (1)", [])
        .unwrap();
    let t = Instant::now();
    for i in 0..rows.contacts {
        tx.prepare_cached(
            "INSERT INTO contacts (first_name, last_name, company, position, email, created_at, updated_at)
             VALUES (?1, ?2, ?3, 'Head of Sales', ?4, 0, 0)",
        )
        .unwrap()
        .execute(params![
            format!("First{i}"),
            format!("Müller{i}"),
            format!("Company {}, GmbH", i % 997),
            if i % 7 == 0 { format!("person{i}@example.com") } else { String::new() }
        ])
        .unwrap();
    }
    step("contacts", t);
    let t = Instant::now();
    for i in 1..=rows.contacts {
        tx.prepare_cached(
            "INSERT INTO profiles (contact_id, platform, url) VALUES (?1, 'linkedin', ?2)",
        )
        .unwrap()
        .execute(params![i, format!("linkedin.com/in/person-{i}")])
        .unwrap();
    }
    step("profiles", t);
    let t = Instant::now();
    for i in 0..rows.events {
        let (contact, kind, message) = if i < rows.contacts {
            (i + 1, "connected", "")
        } else {
            (
                (i * 7919) % rows.contacts + 1,
                "message",
                "Danke, bis bald!",
            )
        };
        tx.prepare_cached(
            "INSERT INTO events (contact_id, platform, kind, at, message, source, recorded_at)
             VALUES (?1, 'linkedin', ?2, ?3, ?4, 'linkedin-export', 0)",
        )
        .unwrap()
        .execute(params![contact, kind, 1_600_000_000 + i * 37, message])
        .unwrap();
    }
    step("events", t);
    let t = Instant::now();
    tx.execute("DELETE FROM search_deferred", []).unwrap();
    tx.execute(
        "INSERT INTO contacts_fts (rowid, name, company, position, notes, tags)
         SELECT id, first_name || ' ' || last_name, company, position, notes, '' FROM contacts",
        [],
    )
    .unwrap();
    step("search index", t);
    let t = Instant::now();
    for i in 1..=rows.contacts {
        tx.prepare_cached(
            "INSERT INTO relationships (contact_id, platform, state, follows_me, i_follow, redirected,
                 i_hide, connected_at, last_interaction, last_event)
             VALUES (?1, 'linkedin', 'connected', 0, 0, 0, 0, 1600000000, 1600000000, 1600000000)",
        )
        .unwrap()
        .execute([i])
        .unwrap();
    }
    step("relationships", t);
    let t = Instant::now();
    tx.commit().unwrap();
    step("commit", t);
    (parts.join(", "), started.elapsed().as_secs_f64())
}
