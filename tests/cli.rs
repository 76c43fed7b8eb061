//! The command line, run as a user runs it.
#![allow(clippy::unwrap_used)] // Test helpers panic on failure by design.

use std::process::Command;

use support::{followdesk, followdesk_in};

mod support;

use followdesk::demo::{DemoOptions, fill};
use followdesk::domain::PlatformRules;
use followdesk::store::Store;

#[test]
fn demo_then_summary_gives_exactly_what_demo_wrote() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.sqlite3");
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    // The generator's own tally, by scenario (not by folding events)...
    let expected = {
        let mut s = Store::open_in_memory(PlatformRules::builtin()).unwrap();
        fill(
            &mut s,
            DemoOptions {
                contacts: 1500,
                seed: 7,
                today,
            },
        )
        .unwrap()
        .expected
    };
    // ...must equal what the CLI reports from the events it wrote.
    let out = followdesk(
        &db,
        &[
            "demo",
            "--contacts",
            "1500",
            "--seed",
            "7",
            "--today",
            "2026-11-26",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = followdesk(&db, &["report", "summary", "--json"]);
    assert!(out.status.success());
    let got: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(got, serde_json::to_value(&expected).unwrap());
    assert_eq!(got["contacts"], 1500);
    for p in ["linkedin", "xing"] {
        for k in [
            "connections",
            "followers",
            "pending_incoming",
            "pending_outgoing",
            "redirected",
        ] {
            assert!(got["platforms"][p][k].is_u64(), "{p}.{k}");
        }
    }
    assert!(got["platforms"]["linkedin"]["redirected"].as_u64().unwrap() > 0);
    assert_eq!(
        got["platforms"]["xing"]["redirected"], 0,
        "XING cannot redirect to Follow"
    );
}

#[test]
fn demo_is_deterministic_for_a_seed_and_day() {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    let run = |seed| {
        let mut s = Store::open_in_memory(PlatformRules::builtin()).unwrap();
        let r = fill(
            &mut s,
            DemoOptions {
                contacts: 300,
                seed,
                today,
            },
        )
        .unwrap();
        (r, s.summary().unwrap())
    };
    assert_eq!(run(1), run(1));
    assert_ne!(run(1).1, run(2).1);
}

#[test]
fn summary_table_explains_itself_and_an_empty_database_says_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("empty.sqlite3");
    let out = followdesk(&db, &["report", "summary"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("0 contacts"), "{text}");
    assert!(text.contains("followdesk demo"), "{text}");
    assert!(text.contains("follow me, not connected"), "{text}");
}

#[test]
fn demo_refuses_a_database_with_contacts() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("d.sqlite3");
    assert!(
        followdesk(&db, &["demo", "--contacts", "10"])
            .status
            .success()
    );
    let out = followdesk(&db, &["demo", "--contacts", "10"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("already holds 10 contacts"), "{err}");
}

#[test]
fn errors_go_to_stderr_with_a_nonzero_exit() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("not-a-db.sqlite3");
    std::fs::write(
        &db,
        "hello, I am a text file and not a database at all......",
    )
    .unwrap();
    let out = followdesk(&db, &["report", "summary"]);
    assert!(!out.status.success());
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a followdesk database"));
}

#[test]
fn the_environment_variable_chooses_the_database() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("env.sqlite3");
    let out = Command::new(env!("CARGO_BIN_EXE_followdesk"))
        .env("FOLLOWDESK_LANG", "en")
        .args(["demo", "--contacts", "5"])
        .env("FOLLOWDESK_DB", &db)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(db.exists());
}

#[test]
fn every_subcommand_has_help() {
    for args in [
        &["--help"][..],
        &["demo", "--help"],
        &["report", "summary", "--help"],
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_followdesk"))
            .env("FOLLOWDESK_LANG", "en")
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stdout).contains("Usage"));
    }
}

#[test]
fn summary_in_german_groups_thousands_and_speaks_german_while_json_stays_as_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("de.sqlite3");
    let out = followdesk_in(
        "de",
        &db,
        &[
            "demo",
            "--contacts",
            "1500",
            "--seed",
            "7",
            "--today",
            "2026-11-26",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let said = String::from_utf8(out.stdout).unwrap();
    assert!(said.starts_with("Demodaten in "), "{said}");
    assert!(said.contains("1.500 Kontakte"), "{said}");

    let out = followdesk_in("de", &db, &["report", "summary"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("1.500 Kontakte in "), "{text}");
    for words in [
        "Vernetzungen",
        "jetzt mit mir vernetzt",
        "offene Anfragen an mich",
        "meine offenen Anfragen",
        "umgeleitet",
    ] {
        assert!(text.contains(words), "{words}: {text}");
    }
    assert!(!text.contains("connections"), "{text}");

    let json = |lang| {
        let out = followdesk_in(lang, &db, &["report", "summary", "--json"]);
        assert!(out.status.success());
        out.stdout
    };
    assert_eq!(json("de"), json("en"), "JSON is the same in every language");
}

#[test]
fn an_empty_database_says_what_to_do_in_german() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("leer.sqlite3");
    let out = followdesk_in("de", &db, &["report", "summary"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("0 Kontakte"), "{text}");
    assert!(text.contains("Die Datenbank ist leer"), "{text}");
}

/// `followdesk <args>` in `lang` without a database: stdout and stderr.
fn help_in(lang: &str, args: &[&str]) -> (String, String) {
    let dir = tempfile::tempdir().unwrap();
    let out = followdesk_in(lang, &dir.path().join("unused.sqlite3"), args);
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn help_speaks_german_on_a_german_system() {
    let (text, _) = help_in("de", &["--help"]);
    for words in [
        "Desktop-Kontaktverwaltung für Social Selling auf LinkedIn und XING",
        "Aufruf: followdesk [OPTIONS] [COMMAND]",
        "Befehle:",
        "Einen Bericht ausgeben",
        "Diese Hilfe oder die Hilfe der angegebenen Unterbefehle anzeigen",
        "Optionen:",
        "Die Datenbankdatei [Standard: followdesk.sqlite3",
        "-h, --help         Hilfe anzeigen",
        "-V, --version      Version anzeigen",
    ] {
        assert!(text.contains(words), "{words}: {text}");
    }
    for words in ["Usage", "Commands:", "Options:", "Print", "default:"] {
        assert!(!text.contains(words), "{words}: {text}");
    }

    let (text, _) = help_in("de", &["report", "summary", "--help"]);
    for words in [
        "Kontakte und je Plattform: Vernetzungen, Follower, offene Anfragen, Umleitungen",
        "Aufruf: followdesk report summary [OPTIONS]",
        "Optionen:",
        "--json       JSON statt einer Tabelle ausgeben",
        "Hilfe anzeigen",
    ] {
        assert!(text.contains(words), "{words}: {text}");
    }

    let (text, _) = help_in("de", &["report", "pipeline", "--help"]);
    assert!(
        text.contains("Höchstens so viele Personen zeigen [Standard: 50]"),
        "{text}"
    );
    let (text, _) = help_in("de", &["import", "xing", "-h"]);
    assert!(
        text.contains("Argumente:\n  <PATHS>...  Dateien oder Ordner, die importiert werden"),
        "{text}"
    );
    let (text, _) = help_in("de", &["classify", "--help"]);
    assert!(
        text.contains("Hilfe anzeigen (Kurzfassung mit „-h“)"),
        "{text}"
    );
    assert!(text.contains("Braucht keine Datenbank."), "{text}");
}

#[test]
fn help_in_english_reads_as_clap_writes_it() {
    let (text, _) = help_in("en", &["--help"]);
    for words in [
        "Desktop contact manager for social selling on LinkedIn and XING",
        "Usage: followdesk [OPTIONS] [COMMAND]",
        "Commands:",
        // The column is as wide as the longest command name ("classifier").
        "  report      Print a report",
        "  help        Print this message or the help of the given subcommand(s)",
        "Options:",
        "-h, --help         Print help",
        "-V, --version      Print version",
    ] {
        assert!(text.contains(words), "{words}: {text}");
    }
    let (text, _) = help_in("en", &["report", "pipeline", "--help"]);
    assert!(
        text.contains("Show at most this many people [default: 50]"),
        "{text}"
    );
    assert!(
        text.contains("--json           Print JSON instead of a table"),
        "{text}"
    );
}

#[test]
fn mistakes_on_the_command_line_are_told_in_claps_english_in_every_language() {
    for lang in ["de", "en"] {
        let (text, err) = help_in(lang, &["report", "summray"]);
        assert!(text.is_empty(), "{text}");
        assert!(
            err.contains("error: unrecognized subcommand 'summray'"),
            "{err}"
        );
        assert!(err.contains("Usage: followdesk report"), "{err}");
    }
}
