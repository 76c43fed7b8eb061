//! Shared helpers for the import and export tests: an in-memory store, the command line,
//! and builders for files laid out exactly as LinkedIn, XING and spreadsheets write them.
#![allow(clippy::unwrap_used, dead_code)]

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::AtomicBool;

use followdesk::domain::PlatformRules;
use followdesk::import::{ImportError, ImportKind, ImportReport, ImportRequest, run_import};
use followdesk::store::Store;

pub fn store() -> Store {
    Store::open_in_memory(PlatformRules::builtin()).unwrap()
}

pub fn import(
    store: &mut Store,
    kind: ImportKind,
    paths: &[&Path],
) -> Result<ImportReport, ImportError> {
    let req = ImportRequest::new(kind, paths.iter().map(|p| p.to_path_buf()).collect());
    run_import(store, &req, &mut |_| {}, &AtomicBool::new(false))
}

/// Contacts, events, journal entries, tags: what a refused import must leave as it was.
pub fn counts(store: &Store) -> (u64, u64, usize, usize, String) {
    let full = store.full_contacts().unwrap();
    (
        store.contact_count().unwrap(),
        store.event_count().unwrap(),
        store.imports().unwrap().len(),
        store.all_tags().unwrap().len(),
        format!("{full:?}"),
    )
}

/// Runs the CLI on `db` in English (whatever this machine's locale).
pub fn followdesk(db: &Path, args: &[&str]) -> std::process::Output {
    followdesk_in("en", db, args)
}

/// Runs the CLI on `db` with the locale `lang` (as in `LANG`).
pub fn followdesk_in(lang: &str, db: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_followdesk"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("FOLLOWDESK_DB")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("FOLLOWDESK_LANG", lang)
        .output()
        .unwrap()
}

/// Runs the CLI and parses its stdout as JSON; panics with stderr on failure.
pub fn followdesk_json(db: &Path, args: &[&str]) -> serde_json::Value {
    let out = followdesk(db, args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Writes a real zip with `files` at its root, as LinkedIn's export is laid out.
pub fn write_zip(path: &Path, files: &[(&str, Vec<u8>)]) {
    let f = std::fs::File::create(path).unwrap();
    let mut z = zip::ZipWriter::new(f);
    for (name, bytes) in files {
        z.start_file(*name, zip::write::SimpleFileOptions::default())
            .unwrap();
        z.write_all(bytes).unwrap();
    }
    z.finish().unwrap();
}

pub fn zip_bytes(files: &[(&str, Vec<u8>)]) -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("x.zip");
    write_zip(&p, files);
    std::fs::read(p).unwrap()
}

/// A connection row: first, last, url, email, company, position, connected on.
pub type ConnRow<'a> = [&'a str; 7];

/// CSV-quotes a cell when needed.
pub fn q(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

/// `Connections.csv` as LinkedIn writes it: byte-order mark, a `Notes:` preamble with a
/// quoted note, a blank line, the header, CRLF line ends.
pub fn connections_csv(rows: &[ConnRow<'_>]) -> Vec<u8> {
    let mut s = String::from(
        "\u{feff}Notes:\r\n\"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261\"\r\n\r\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n",
    );
    for r in rows {
        s.push_str(&r.iter().map(|c| q(c)).collect::<Vec<_>>().join(","));
        s.push_str("\r\n");
    }
    s.into_bytes()
}

/// An invitation row: from, to, sent at, message, direction, inviter URL, invitee URL.
pub fn invitations_csv(rows: &[[&str; 7]]) -> Vec<u8> {
    let mut s =
        String::from("From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\r\n");
    for r in rows {
        s.push_str(&r.iter().map(|c| q(c)).collect::<Vec<_>>().join(","));
        s.push_str("\r\n");
    }
    s.into_bytes()
}

/// A message row: from, sender URL, to, recipient URLs, date, content.
pub fn messages_csv(rows: &[[&str; 6]]) -> Vec<u8> {
    let mut s = String::from(
        "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,ATTACHMENTS\r\n",
    );
    for (i, r) in rows.iter().enumerate() {
        let cells = [
            format!("conv-{i}"),
            String::new(),
            q(r[0]),
            q(r[1]),
            q(r[2]),
            q(r[3]),
            q(r[4]),
            String::new(),
            q(r[5]),
            "INBOX".into(),
            String::new(),
        ];
        s.push_str(&cells.join(","));
        s.push_str("\r\n");
    }
    s.into_bytes()
}

/// A share row: date, share link, commentary.
pub type ShareRow<'a> = [&'a str; 3];

/// `Shares.csv` as LinkedIn writes it: CRLF, the commentary quoted when it holds commas,
/// quotes or line breaks, reposts with a shared link and no commentary.
pub fn shares_csv(rows: &[ShareRow<'_>]) -> Vec<u8> {
    let mut s = String::from("Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\r\n");
    for [date, link, text] in rows {
        let shared = if text.is_empty() {
            "https://example.com/reposted"
        } else {
            ""
        };
        write!(s, "{date},{link},{},{shared},,MEMBER_NETWORK\r\n", q(text)).unwrap();
    }
    s.into_bytes()
}

pub const ME: &str = "https://www.linkedin.com/in/me-myself";

/// A LinkedIn archive with `n_conn` connections, `n_pending_in` undecided incoming
/// requests from strangers, `n_pending_out` unanswered requests I sent, invitations from
/// and to a few connections, and one message with each of the first 50 connections.
pub fn big_archive(
    n_conn: usize,
    n_pending_in: usize,
    n_pending_out: usize,
) -> Vec<(&'static str, Vec<u8>)> {
    let mut conns: Vec<[String; 7]> = Vec::new();
    for i in 0..n_conn {
        conns.push([
            format!("First{i}"),
            format!("Last{i}"),
            format!("https://www.linkedin.com/in/person-{i}"),
            if i % 10 == 0 {
                format!("p{i}@example.com")
            } else {
                String::new()
            },
            format!("Company {i}, GmbH"),
            "Head of Sales".into(),
            "08 Feb 2026".into(),
        ]);
    }
    let rows: Vec<ConnRow<'_>> = conns
        .iter()
        .map(|r| std::array::from_fn(|j| r[j].as_str()))
        .collect();
    let mut connections = connections_csv(&rows);
    connections.extend_from_slice(b",,,,,,07 Jun 2026\r\n,,,,,,12 Jun 2026\r\n");
    let mut invs: Vec<[String; 7]> = Vec::new();
    for i in 0..n_pending_in {
        invs.push([
            format!("Stranger {i}"),
            "Me Myself".into(),
            "1/29/26, 2:37\u{202f}PM".into(),
            "I came across your profile and would love to connect".into(),
            "INCOMING".into(),
            format!("https://www.linkedin.com/in/stranger-{i}"),
            ME.into(),
        ]);
    }
    for i in 0..n_pending_out {
        invs.push([
            "Me Myself".into(),
            format!("Prospect {i}"),
            "2/3/26, 9:05 AM".into(),
            String::new(),
            "OUTGOING".into(),
            ME.into(),
            format!("https://www.linkedin.com/in/prospect-{i}"),
        ]);
    }
    for i in 0..n_conn.min(20) {
        let incoming = i % 2 == 0;
        invs.push([
            if incoming {
                format!("First{i} Last{i}")
            } else {
                "Me Myself".into()
            },
            if incoming {
                "Me Myself".into()
            } else {
                format!("First{i} Last{i}")
            },
            "2/1/26, 10:00 AM".into(),
            "Wir trafen uns auf der DMEXCO,\r\nlass uns vernetzen.".into(),
            if incoming {
                "INCOMING".into()
            } else {
                "OUTGOING".into()
            },
            if incoming {
                format!("https://www.linkedin.com/in/person-{i}")
            } else {
                ME.into()
            },
            if incoming {
                ME.into()
            } else {
                format!("https://www.linkedin.com/in/person-{i}")
            },
        ]);
    }
    let inv_rows: Vec<[&str; 7]> = invs
        .iter()
        .map(|r| std::array::from_fn(|j| r[j].as_str()))
        .collect();
    let mut msgs: Vec<[String; 6]> = Vec::new();
    for i in 0..n_conn.min(50) {
        msgs.push([
            format!("First{i} Last{i}"),
            format!("https://www.linkedin.com/in/person-{i}"),
            "Me Myself".into(),
            ME.into(),
            format!("2026-02-{:02} 11:43:11 UTC", 10 + i % 15),
            "Danke für die Vernetzung, \"Herr\" Kollege!".into(),
        ]);
    }
    let msg_rows: Vec<[&str; 6]> = msgs
        .iter()
        .map(|r| std::array::from_fn(|j| r[j].as_str()))
        .collect();
    vec![
        ("Connections.csv", connections),
        ("Invitations.csv", invitations_csv(&inv_rows)),
        ("messages.csv", messages_csv(&msg_rows)),
        (
            "Profile.csv",
            b"First Name,Last Name\r\nMe,Myself\r\n".to_vec(),
        ),
        (
            "Jobs/Job Applications.csv",
            b"Application Date\r\n".to_vec(),
        ),
    ]
}

pub fn tmp_file(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    if let Some(parent) = p.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&p, bytes).unwrap();
    p
}
