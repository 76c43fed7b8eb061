//! `followdesk classify` run as a user runs it: JSON Lines through stdin and stdout.
#![allow(clippy::unwrap_used)] // Test helpers panic on failure by design.

use std::io::Write as _;
use std::process::{Command, Stdio};

fn classify(input: &str, db: &std::path::Path) -> (String, String, bool) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_followdesk"))
        .env("FOLLOWDESK_LANG", "en")
        .args(["--db"])
        .arg(db)
        .arg("classify")
        .env_remove("FOLLOWDESK_DB")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let owned = input.to_owned();
    // Write from another thread, so a full stdout pipe cannot deadlock the test.
    let writer = std::thread::spawn(move || stdin.write_all(owned.as_bytes()).unwrap());
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
        out.status.success(),
    )
}

#[test]
fn a_malformed_line_in_the_middle_gets_an_error_and_the_rest_still_run() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("never-created.sqlite3");
    let input = concat!(
        r#"{"message": "I'd like to add you to my professional network on LinkedIn."}"#,
        "\n",
        r#"{"message": "Guten Tag Frau Roth, zu Ihrer Rechnung RE-20417 habe ich eine Frage.", "platform": "xing"}"#,
        "\n",
        r#"{"message": "unterminated"#,
        "\n",
        r#"{"message": "", "platform": "xing"}"#,
        "\n",
        r#"{"message": "hello", "platform": "orkut"}"#,
        "\n",
        r#"{"message": "Hi Tom, always looking to expand my network. Let's connect!"}"#,
        "\n",
    );
    let (stdout, stderr, ok) = classify(input, &db);
    assert!(ok, "{stderr}");
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 6, "{stdout}");
    assert_eq!(lines[0]["verdict"], "unspecific");
    assert_eq!(lines[0]["reasons"][0], "LinkedIn's default text");
    assert_eq!(lines[1]["verdict"], "specific");
    assert_eq!(lines[1]["lang"], "de");
    assert_eq!(lines[1]["tone"], "sie");
    assert!(
        lines[2]["error"].as_str().unwrap().starts_with("line 3: "),
        "{}",
        lines[2]
    );
    assert!(lines[2].get("verdict").is_none());
    assert_eq!(lines[3]["verdict"], "unclear");
    assert_eq!(
        lines[4]["error"],
        "line 5: unknown platform 'orkut' (known: linkedin, xing)"
    );
    assert_eq!(lines[5]["verdict"], "unspecific");
    assert!(lines[5]["score"].as_f64().unwrap() <= -1.0);
    // Classifying needs no database, and makes none.
    assert!(!db.exists());
}
