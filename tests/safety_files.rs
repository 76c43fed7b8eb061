//! Files are sacred, errors are said once and in words: each case reproduced from outside,
//! through the binary (issue 17).
#![allow(clippy::unwrap_used)] // Test helpers panic on failure by design.

use std::path::{Path, PathBuf};

use support::followdesk;

mod support;

use followdesk::domain::PlatformRules;
use followdesk::store::{KEEP_BACKUPS, Store, backup_dir, list_backups};

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A followdesk database with `n` contacts (through the demo filler).
fn demo_db(dir: &Path, n: u32) -> PathBuf {
    let db = dir.join("fd.sqlite3");
    let out = followdesk(&db, &["demo", "--contacts", &n.to_string()]);
    assert!(out.status.success(), "{}", stderr(&out));
    db
}

fn contacts(db: &Path) -> u64 {
    Store::open(db, PlatformRules::builtin())
        .unwrap()
        .contact_count()
        .unwrap()
}

#[test]
fn export_refuses_an_existing_file_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path(), 12);
    let target = dir.path().join("mine.csv");
    std::fs::write(&target, "my own notes").unwrap();
    for kind in ["csv", "vcard"] {
        let out = followdesk(&db, &["export", kind, target.to_str().unwrap()]);
        assert!(!out.status.success(), "{kind}: refused");
        assert!(stderr(&out).contains("--force"), "{}", stderr(&out));
        assert!(stderr(&out).contains("mine.csv"), "{}", stderr(&out));
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "my own notes");
    }
    let out = followdesk(&db, &["export", "csv", target.to_str().unwrap(), "--force"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        std::fs::read_to_string(&target)
            .unwrap()
            .contains("First Name")
    );
}

#[test]
fn export_never_writes_over_the_database_or_a_backup_even_with_force() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path(), 12);
    let out = followdesk(&db, &["backup"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let backup = list_backups(&db)[0].clone();
    let backup_bytes = std::fs::read(&backup).unwrap();
    let link = dir.path().join("link.sqlite3");
    std::os::unix::fs::symlink(&db, &link).unwrap();
    let other_name = dir.path().join("sub/../fd.sqlite3");
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    for target in [&db, &link, &other_name, &backup] {
        for kind in ["csv", "vcard"] {
            for force in [false, true] {
                let mut args = vec!["export", kind, target.to_str().unwrap()];
                if force {
                    args.push("--force");
                }
                let out = followdesk(&db, &args);
                assert!(!out.status.success(), "{args:?} refused");
                assert!(
                    stderr(&out).contains("never writes there"),
                    "{args:?}: {}",
                    stderr(&out)
                );
            }
        }
    }
    assert_eq!(contacts(&db), 12, "the database is whole");
    assert_eq!(std::fs::read(&backup).unwrap(), backup_bytes);
}

/// Mode bits of a file.
fn mode(p: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt as _;
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

#[test]
fn rotation_keeps_the_newest_good_backups_and_cleans_broken_ones() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path(), 5);
    let out = followdesk(&db, &["backup"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let good = list_backups(&db)[0].clone();
    let bytes = std::fs::read(&good).unwrap();
    let folder = backup_dir(&db);
    // What a full disk and a killed copy left under real names, dated in the future so
    // that "the newest by name" would keep them; and a stale temporary file.
    let mut broken = Vec::new();
    for i in 0..12 {
        let p = folder.join(format!("followdesk-20990101-0000{i:02}.000-manual.sqlite3"));
        std::fs::write(
            &p,
            if i % 2 == 0 {
                &[][..]
            } else {
                &bytes[..bytes.len() / 2]
            },
        )
        .unwrap();
        broken.push(p);
    }
    let temp = folder.join(".followdesk-1-20990101-000000.000-manual.sqlite3.tmp");
    std::fs::write(&temp, b"partial").unwrap();
    let old = std::time::SystemTime::now() - std::time::Duration::from_secs(7200);
    std::fs::File::options()
        .write(true)
        .open(&temp)
        .unwrap()
        .set_modified(old)
        .unwrap();
    assert_eq!(
        list_backups(&db),
        vec![good.clone()],
        "broken files never count"
    );

    let out = followdesk(&db, &["backup"]);
    assert!(out.status.success(), "{}", stderr(&out));
    for p in &broken {
        assert!(!p.exists(), "{} removed", p.display());
    }
    assert!(!temp.exists(), "a stale temporary file is removed");
    assert!(good.exists(), "the good backup is kept");
    let kept = list_backups(&db);
    assert_eq!(kept.len(), 2);
    for p in &kept {
        assert_eq!(mode(p), 0o600, "{} private", p.display());
        assert_eq!(
            Store::open(p, PlatformRules::builtin())
                .unwrap()
                .contact_count()
                .unwrap(),
            5
        );
    }
    // Nothing but good backups is left in the folder.
    let names: Vec<_> = std::fs::read_dir(&folder).unwrap().collect();
    assert_eq!(names.len(), 2);
}

#[test]
fn the_copy_before_a_restore_is_kept_apart_from_the_rotation() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path(), 5);
    let saved = dir.path().join("saved.sqlite3");
    let out = followdesk(&db, &["backup", saved.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(mode(&saved), 0o600);
    let out = followdesk(&db, &["restore", saved.to_str().unwrap(), "--yes"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let before_restore = list_backups(&db);
    assert_eq!(before_restore.len(), 1);
    for _ in 0..KEEP_BACKUPS + 3 {
        let out = followdesk(&db, &["backup"]);
        assert!(out.status.success(), "{}", stderr(&out));
    }
    let kept = list_backups(&db);
    assert!(
        kept.contains(&before_restore[0]),
        "the pre-restore copy stays"
    );
    assert_eq!(kept.len(), KEEP_BACKUPS + 1);
}

#[test]
fn a_refused_import_makes_no_backup_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path(), 5);
    let bad = dir.path().join("people.csv");
    std::fs::write(
        &bad,
        "First Name,Last Name,Company\nAnna,Alt,\"Alt & Co\nBernd,Brandt,Brandt GmbH\n",
    )
    .unwrap();
    let fifo = dir.path().join("pipe.csv");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    for input in [bad.as_path(), Path::new("/dev/zero"), fifo.as_path()] {
        let out = followdesk(&db, &["import", "csv", input.to_str().unwrap()]);
        assert!(!out.status.success(), "{} refused", input.display());
        let name = input.file_name().unwrap().to_str().unwrap();
        assert!(stderr(&out).contains(name), "{}", stderr(&out));
    }
    let out = followdesk(&db, &["import", "csv", bad.to_str().unwrap()]);
    assert!(
        stderr(&out).contains("people.csv:2"),
        "names file and line: {}",
        stderr(&out)
    );
    assert!(
        list_backups(&db).is_empty(),
        "no backup for a refused import"
    );
    assert_eq!(contacts(&db), 5);

    let good = dir.path().join("good.csv");
    std::fs::write(&good, "First Name,Last Name\nAnna,Alt\n").unwrap();
    let out = followdesk(&db, &["import", "csv", good.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let backups = list_backups(&db);
    assert_eq!(backups.len(), 1, "an import that writes is backed up first");
    assert_eq!(
        Store::open(&backups[0], PlatformRules::builtin())
            .unwrap()
            .contact_count()
            .unwrap(),
        5,
        "the backup holds what was there before"
    );
}

/// Another application's SQLite file: tables of its own, schema version 0.
fn foreign_file(path: &Path, table: &str) -> Vec<u8> {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.execute_batch(&format!(
        "CREATE TABLE {table} (id INTEGER PRIMARY KEY, x TEXT); INSERT INTO {table} (x) VALUES ('mine');"
    ))
    .unwrap();
    drop(conn);
    std::fs::read(path).unwrap()
}

#[test]
fn a_foreign_sqlite_file_is_refused_before_anything_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("a.csv");
    std::fs::write(&csv, "First Name,Last Name\nAnna,Alt\n").unwrap();
    // `contacts` is also one of followdesk's own table names.
    for table in ["orders", "contacts"] {
        let db = dir.path().join(format!("{table}.sqlite3"));
        let before = foreign_file(&db, table);
        let commands: [&[&str]; 4] = [
            &["report", "summary"],
            &["import", "csv", csv.to_str().unwrap()],
            &["demo", "--contacts", "5"],
            &["backup"],
        ];
        for args in commands {
            let out = followdesk(&db, args);
            assert!(!out.status.success(), "{args:?} refused");
            let err = stderr(&out);
            assert!(err.contains("another application"), "{args:?}: {err}");
            assert!(err.contains(table), "names its tables: {err}");
            assert!(!err.contains("CREATE"), "no SQL in the message: {err}");
            assert_eq!(err.matches(&*db.display().to_string()).count(), 1, "{err}");
        }
        assert_eq!(std::fs::read(&db).unwrap(), before, "{table}: unchanged");
        let mut wal = db.as_os_str().to_owned();
        wal.push("-wal");
        assert!(!Path::new(&wal).exists(), "no WAL");
        assert!(!backup_dir(&db).exists(), "no backup folder");
    }
}

#[test]
fn a_failed_migration_does_not_print_its_sql() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path(), 3);
    // A followdesk file whose schema version was set back: the next migration finds its
    // table there already.
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.pragma_update(None, "user_version", 3).unwrap();
    drop(conn);
    let out = followdesk(&db, &["report", "summary"]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(!err.contains("CREATE"), "{err}");
    assert!(!err.contains("executing query"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
}

#[test]
fn dev_null_as_the_database_is_refused_in_words() {
    let journal = Path::new("/dev/null-journal");
    let existed = journal.exists();
    let out = followdesk(Path::new("/dev/null"), &["report", "summary"]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.contains("/dev/null is not a regular file"), "{err}");
    assert!(!err.contains("migration"), "{err}");
    if !existed {
        assert!(!journal.exists(), "no /dev/null-journal created");
    }
}

#[test]
fn a_busy_database_is_said_once_in_words() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path(), 3);
    let csv = dir.path().join("a.csv");
    std::fs::write(&csv, "First Name,Last Name\nAnna,Alt\n").unwrap();
    // Another program holds the write lock for longer than followdesk waits.
    let holder = rusqlite::Connection::open(&db).unwrap();
    holder.execute_batch("BEGIN EXCLUSIVE").unwrap();
    let out = followdesk(&db, &["import", "csv", csv.to_str().unwrap()]);
    holder.execute_batch("ROLLBACK").unwrap();
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.contains("is busy"), "{err}");
    assert!(err.matches("locked").count() <= 1, "said once: {err}");
    assert!(!err.contains("Error code"), "{err}");
    assert_eq!(contacts(&db), 3);
}

/// Whether this test runs as root (who may write into any folder).
fn is_root() -> bool {
    std::process::Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

#[test]
fn a_healthy_database_in_a_read_only_folder_is_not_called_damaged() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let folder = dir.path().join("shared");
    std::fs::create_dir(&folder).unwrap();
    let db = demo_db(&folder, 3);
    // Root writes anywhere: then the binary runs as `nobody`, who owns the file but not
    // the right to write into the folder.
    let mut cmd = if is_root() {
        let exe = dir.path().join("followdesk");
        std::fs::copy(env!("CARGO_BIN_EXE_followdesk"), &exe).unwrap();
        std::fs::set_permissions(&exe, std::fs::Permissions::from_mode(0o755)).unwrap();
        let status = std::process::Command::new("chown")
            .args(["-R", "65534"])
            .arg(&folder)
            .status()
            .unwrap();
        assert!(status.success());
        let mut c = std::process::Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(exe);
        c
    } else {
        std::process::Command::new(env!("CARGO_BIN_EXE_followdesk"))
    };
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o555)).unwrap();
    let out = cmd
        .arg("--db")
        .arg(&db)
        .args(["report", "summary"])
        .env("FOLLOWDESK_LANG", "en")
        .env_remove("FOLLOWDESK_DB")
        .output()
        .unwrap();
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o755)).unwrap();
    let err = stderr(&out);
    assert!(!out.status.success());
    assert!(!err.contains("damaged"), "{err}");
    assert!(err.contains("cannot be written"), "{err}");
    assert!(err.contains("read-only"), "{err}");
    assert_eq!(contacts(&db), 3, "healthy");
}

#[test]
fn a_refused_import_leaves_no_backup_asked_for_the_next_write() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("fd.sqlite3");
    let mut store = Store::open(&db, PlatformRules::builtin()).unwrap();
    let bad = dir.path().join("bad.csv");
    std::fs::write(&bad, "First Name,Last Name\n\"Anna,Alt\nBernd,B\n").unwrap();
    let refused = store.with_backup_before_bulk("before-import", |store| {
        support::import(store, followdesk::import::ImportKind::Csv, &[&bad])
    });
    assert!(refused.is_err());
    // The demo filler writes in bulk too: it must not take the import's backup.
    followdesk::demo::fill(
        &mut store,
        followdesk::demo::DemoOptions {
            contacts: 5,
            seed: 1,
            today: chrono::Local::now().date_naive(),
        },
    )
    .unwrap();
    assert!(list_backups(&db).is_empty());
}
