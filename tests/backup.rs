//! Backups, restore, the instance lock, and crash safety of bulk writes.
#![allow(clippy::unwrap_used)] // Test helpers panic on failure by design.

use std::process::Command;

use support::followdesk;

mod support;

use followdesk::domain::command::Command as Cmd;
use followdesk::domain::{ContactFields, PlatformRules};
use followdesk::store::{InstanceLock, KEEP_BACKUPS, Store, list_backups};

fn add(store: &mut Store, first: &str) {
    store
        .apply(Cmd::CreateContact {
            fields: ContactFields::named(first, "Test"),
            profiles: vec![],
        })
        .unwrap();
}

#[test]
fn backups_rotate_keeping_the_last_ten() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("fd.sqlite3");
    let mut store = Store::open(&db, PlatformRules::builtin()).unwrap();
    add(&mut store, "Anna");
    for _ in 0..KEEP_BACKUPS + 3 {
        store.backup("test").unwrap();
    }
    let backups = list_backups(&db);
    assert_eq!(backups.len(), KEEP_BACKUPS);
    let copy = Store::open(&backups[0], PlatformRules::builtin()).unwrap();
    assert_eq!(copy.contact_count().unwrap(), 1);
}

#[test]
fn restore_keeps_a_copy_of_what_it_replaces() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("fd.sqlite3");
    let saved = dir.path().join("saved.sqlite3");
    {
        let mut store = Store::open(&db, PlatformRules::builtin()).unwrap();
        add(&mut store, "Anna");
        store.backup_to(&saved).unwrap();
        add(&mut store, "Bernd");
    }
    let out = followdesk(&db, &["restore", saved.to_str().unwrap()]);
    assert!(!out.status.success(), "needs --yes");
    assert!(String::from_utf8_lossy(&out.stderr).contains("--yes"));
    assert_eq!(
        Store::open(&db, PlatformRules::builtin())
            .unwrap()
            .contact_count()
            .unwrap(),
        2
    );

    let out = followdesk(&db, &["restore", saved.to_str().unwrap(), "--yes"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let store = Store::open(&db, PlatformRules::builtin()).unwrap();
    assert_eq!(store.contact_count().unwrap(), 1);
    let kept = list_backups(&db);
    assert_eq!(kept.len(), 1);
    assert_eq!(
        Store::open(&kept[0], PlatformRules::builtin())
            .unwrap()
            .contact_count()
            .unwrap(),
        2,
        "the replaced data is kept"
    );
}

#[test]
fn restoring_a_file_that_is_not_a_backup_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("fd.sqlite3");
    let junk = dir.path().join("junk.sqlite3");
    std::fs::write(&junk, vec![b'x'; 4096]).unwrap();
    {
        let mut store = Store::open(&db, PlatformRules::builtin()).unwrap();
        add(&mut store, "Anna");
    }
    let out = followdesk(&db, &["restore", junk.to_str().unwrap(), "--yes"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a followdesk database"));
    assert_eq!(
        Store::open(&db, PlatformRules::builtin())
            .unwrap()
            .contact_count()
            .unwrap(),
        1
    );
}

#[test]
fn an_upgrade_backs_up_the_old_schema_first() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("v1.sqlite3");
    {
        let mut conn = rusqlite::Connection::open(&db).unwrap();
        followdesk::store::MIGRATIONS
            .to_version(&mut conn, 1)
            .unwrap();
    }
    Store::open(&db, PlatformRules::builtin()).unwrap();
    let backups = list_backups(&db);
    assert_eq!(backups.len(), 1);
    assert!(backups[0].to_string_lossy().contains("before-migration-1"));
}

#[test]
fn a_second_window_on_the_same_database_is_told() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("fd.sqlite3");
    let first = InstanceLock::acquire(&db).unwrap();
    let e = InstanceLock::acquire(&db).unwrap_err();
    assert!(
        e.to_string().contains("open in another followdesk window"),
        "{e}"
    );
    let out = followdesk(&db, &["demo", "--contacts", "5"]);
    assert!(!out.status.success());
    drop(first);
    assert!(InstanceLock::acquire(&db).is_ok());
}

#[test]
fn killing_a_demo_fill_leaves_all_or_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kill.sqlite3");
    let mut child = Command::new(env!("CARGO_BIN_EXE_followdesk"))
        .env("FOLLOWDESK_LANG", "en")
        .arg("--db")
        .arg(&db)
        .args(["demo", "--contacts", "20000"])
        .env_remove("FOLLOWDESK_DB")
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Kill it once it is writing: the write-ahead log has grown past a megabyte.
    let wal = dir.path().join("kill.sqlite3-wal");
    let started = std::time::Instant::now();
    while std::fs::metadata(&wal).map_or(0, |m| m.len()) < 1 << 20 {
        assert!(
            started.elapsed().as_secs() < 60,
            "the demo never started writing"
        );
        assert!(
            child.try_wait().unwrap().is_none(),
            "finished before it could be killed"
        );
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    child.kill().unwrap(); // SIGKILL on Unix
    let status = child.wait().unwrap();
    let store = Store::open(&db, PlatformRules::builtin()).unwrap();
    assert!(store.integrity_ok().unwrap());
    let n = store.contact_count().unwrap();
    assert!(n == 0 || n == 20_000, "half a batch: {n} contacts");
    if n == 0 {
        assert!(!status.success(), "killed before the commit");
        assert_eq!(store.event_count().unwrap(), 0);
    }
}

/// Writes an unpacked LinkedIn export with `n` connections.
fn linkedin_export(dir: &std::path::Path, n: usize) -> std::path::PathBuf {
    use std::fmt::Write as _;
    let export = dir.join("Complete_LinkedInDataExport_11-26-2026");
    std::fs::create_dir_all(&export).unwrap();
    let mut csv = String::from(
        "\u{feff}Notes:\r\n\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\r\n\r\n\
         First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n",
    );
    for i in 0..n {
        writeln!(
            csv,
            "Person{i},Müller{i},https://www.linkedin.com/in/person-{i},,\"Firma {i}, GmbH\",Head of Sales,08 Feb 2026\r"
        )
        .unwrap();
    }
    std::fs::write(export.join("Connections.csv"), csv).unwrap();
    export
}

#[test]
fn killing_an_import_of_30000_connections_leaves_the_old_data_or_the_new() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kill-import.sqlite3");
    {
        let mut store = Store::open(&db, PlatformRules::builtin()).unwrap();
        add(&mut store, "Before");
    }
    let export = linkedin_export(dir.path(), 30_000);
    let mut child = Command::new(env!("CARGO_BIN_EXE_followdesk"))
        .env("FOLLOWDESK_LANG", "en")
        .arg("--db")
        .arg(&db)
        .arg("import")
        .arg("linkedin")
        .arg(&export)
        .env_remove("FOLLOWDESK_DB")
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let wal = dir.path().join("kill-import.sqlite3-wal");
    let started = std::time::Instant::now();
    while std::fs::metadata(&wal).map_or(0, |m| m.len()) < 1 << 20 {
        assert!(
            started.elapsed().as_secs() < 120,
            "the import never started writing"
        );
        assert!(
            child.try_wait().unwrap().is_none(),
            "finished before it could be killed"
        );
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    child.kill().unwrap(); // SIGKILL on Unix
    child.wait().unwrap();
    // Start again, as a user would after pulling the plug.
    let store = Store::open(&db, PlatformRules::builtin()).unwrap();
    assert!(store.integrity_ok().unwrap());
    let n = store.contact_count().unwrap();
    assert!(n == 1 || n == 30_001, "half an import: {n} contacts");
    if n == 1 {
        assert!(
            store.imports().unwrap().is_empty(),
            "no journal entry for an import that did not happen"
        );
        assert_eq!(store.event_count().unwrap(), 0);
    }
    drop(store);
    // Run again and left alone, the import goes through whole.
    let out = followdesk(&db, &["import", "linkedin", export.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let store = Store::open(&db, PlatformRules::builtin()).unwrap();
    assert_eq!(store.contact_count().unwrap(), 30_001);
    assert_eq!(
        store.summary().unwrap().platforms["linkedin"].connections,
        30_000
    );
}
