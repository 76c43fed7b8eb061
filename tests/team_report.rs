//! `followdesk report team` on a hand-made history of two reps synced through PostgreSQL
//! (`FOLLOWDESK_TEST_PG`); skipped without the variable.
#![allow(clippy::unwrap_used)]

mod support;
mod team_support;

use followdesk::domain::command::Command;
use followdesk::domain::time::{from_secs, now};
use followdesk::domain::{ContactFields, ContactId, EventKind, NewEvent};
use followdesk::store::Store;
use followdesk::team::{SyncOptions, claim, sync};
use team_support::{Rep, TeamDb, server};

fn person(store: &mut Store, name: &str, url: &str) -> ContactId {
    store
        .apply(Command::CreateContact {
            fields: ContactFields::named(name, "Test"),
            profiles: vec![("linkedin".to_owned(), Some(url.to_owned()))],
        })
        .unwrap()
        .created_contact
        .unwrap()
}

fn log(store: &mut Store, c: ContactId, kind: EventKind, days_ago: i64) {
    let at = from_secs(now().timestamp() - days_ago * 86_400);
    store
        .apply(Command::LogEvent(NewEvent::manual(c, "linkedin", kind, at)))
        .unwrap();
}

#[test]
fn report_team_gives_each_reps_funnel_the_teams_and_the_open_collisions() {
    let Some(base) = server("report_team") else {
        return;
    };
    let mut db = TeamDb::new(&base);
    let mut anna = Rep::join(&mut db, "anna", "Anna");
    let mut bob = Rep::join(&mut db, "bob", "Bob");
    // Anna: Jan asked, was redirected, followed, and connected 100 days ago; Eva asked.
    let jan = person(&mut anna.store, "Jan", "linkedin.com/in/jan");
    log(&mut anna.store, jan, EventKind::RequestReceived, 200);
    log(&mut anna.store, jan, EventKind::RedirectedToFollow, 199);
    log(&mut anna.store, jan, EventKind::StartedFollowing, 199);
    log(&mut anna.store, jan, EventKind::Connected, 100);
    let eva = person(&mut anna.store, "Eva", "linkedin.com/in/eva");
    log(&mut anna.store, eva, EventKind::RequestReceived, 10);
    // Bob: wrote to Jan two days ago (Anna owns Jan), and connected with Max.
    let jan_b = person(&mut bob.store, "Jan", "https://www.linkedin.com/in/jan/");
    log(&mut bob.store, jan_b, EventKind::Message, 2);
    let max = person(&mut bob.store, "Max", "linkedin.com/in/max");
    log(&mut bob.store, max, EventKind::Connected, 5);
    claim(&mut anna.store, "linkedin.com/in/jan", "Jan Test").unwrap();
    sync(&mut anna.store, SyncOptions::default()).unwrap();
    sync(&mut bob.store, SyncOptions::default()).unwrap();
    sync(&mut anna.store, SyncOptions::default()).unwrap();

    let v = support::followdesk_json(&anna.path, &["report", "team", "--json"]);
    let reps = v["reps"].as_array().unwrap();
    assert_eq!(reps.len(), 2, "{v:#}");
    let by = |name: &str| reps.iter().find(|r| r["rep"] == name).unwrap()["funnel"].clone();
    let (a, b, team) = (by("Anna"), by("Bob"), v["team"]["funnel"].clone());
    assert_eq!(a["requests"], 2);
    assert_eq!(a["redirected"], 1);
    assert_eq!(a["following"], 1);
    assert_eq!(a["connected"], 1);
    assert_eq!(b["requests"], 0);
    assert_eq!(b["connected"], 1);
    assert_eq!(team["requests"], 2);
    assert_eq!(team["connected"], 2);
    // Jan went from following (199 days ago) to connected (100 days ago): 99 days.
    assert_eq!(a["median_days_to_connect"], 99.0);
    let collisions = v["collisions"].as_array().unwrap();
    assert_eq!(collisions.len(), 1, "{v:#}");
    assert_eq!(collisions[0]["person_key"], "linkedin.com/in/jan");
    assert_eq!(collisions[0]["owner"], "Anna");
    assert_eq!(collisions[0]["reps"], serde_json::json!(["Bob"]));

    // The table says the same in words.
    let out = support::followdesk(&anna.path, &["report", "team"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success(), "{text}");
    assert!(
        text.contains("Jan Test: owner Anna; contacted by Bob"),
        "{text}"
    );
}

#[test]
fn the_team_commands_never_print_or_store_the_password() {
    let Some(base) = server("password") else {
        return;
    };
    let mut db = TeamDb::new(&base);
    let role = db.add_role("anna");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("f.sqlite3");
    // Trust authentication ignores the password; it must not reach the file or the output.
    let url = db
        .url(&role)
        .replacen(&format!("{role}@"), &format!("{role}:Geheim-42@"), 1);
    let out = support::followdesk(&path, &["team", "join", &url, "--rep", "Anna"]);
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "{text}");
    assert!(!text.contains("Geheim-42"), "{text}");
    let out = support::followdesk(&path, &["team", "status"]);
    assert!(!String::from_utf8_lossy(&out.stdout).contains("Geheim-42"));
    let bytes = std::fs::read(&path).unwrap();
    let wal = std::fs::read(dir.path().join("f.sqlite3-wal")).unwrap_or_default();
    let needle = b"Geheim-42";
    for b in [&bytes, &wal] {
        assert!(
            !b.windows(needle.len()).any(|w| w == needle),
            "password stored"
        );
    }
    let out = support::followdesk(&path, &["team", "sync"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
