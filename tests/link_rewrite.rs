//! Migration 006: links stored in older forms are rewritten to the normal form when the
//! database is opened, once, after a backup, and the people that then coincide are merged
//! with their history kept and the merge recorded.
#![allow(clippy::unwrap_used)]

use followdesk::domain::PlatformRules;
use followdesk::store::{MIGRATIONS, Store};
use rusqlite::{Connection, params};

/// A version-5 database (before the normal form) with links as older versions stored them.
fn old_database(path: &std::path::Path) {
    let mut conn = Connection::open(path).unwrap();
    MIGRATIONS.to_version(&mut conn, 5).unwrap();
    let people: [(i64, &str, &str, &str, &str); 7] = [
        (
            1,
            "Linnéa",
            "Berg",
            "linkedin",
            "linkedin.com/in/linn%C3%A9a-berg-hr",
        ),
        (
            2,
            "Linnéa",
            "Berg",
            "linkedin",
            "linkedin.com/in/linnéa-berg-hr",
        ),
        (3, "Uwe", "Upper", "linkedin", "linkedin.com/in/Upper"),
        (4, "Uwe", "Upper", "linkedin", "linkedin.com/in/upper"),
        (5, "Anna", "Berg", "xing", "xing.com/profile/Anna_Berg/cv"),
        (6, "Anna", "Berg", "xing", "xing.com/profile/Anna_Berg"),
        (7, "Eva", "Evil", "linkedin", "evil.com/in/x"),
    ];
    for (id, first, last, platform, url) in people {
        conn.execute(
            "INSERT INTO contacts (id, first_name, last_name, created_at, updated_at) VALUES (?1, ?2, ?3, 0, 0)",
            params![id, first, last],
        )
        .unwrap();
        conn.execute(
            "INSERT INTO profiles (contact_id, platform, url) VALUES (?1, ?2, ?3)",
            params![id, platform, url],
        )
        .unwrap();
        conn.execute(
            "INSERT INTO events (contact_id, platform, kind, at, source, recorded_at) VALUES (?1, ?2, 'message', ?3, 'manual', 0)",
            params![id, platform, 1_700_000_000 + id],
        )
        .unwrap();
    }
}

#[test]
fn stored_links_are_rewritten_and_the_same_people_merged_with_their_history() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("old.sqlite3");
    old_database(&db);
    let s = Store::open(&db, PlatformRules::builtin()).unwrap();
    assert_eq!(
        s.contact_count().unwrap(),
        4,
        "three pairs became three people"
    );
    let linnea = s
        .contact_by_profile("linkedin", "https://www.linkedin.com/in/linnéa-berg-hr")
        .unwrap()
        .unwrap();
    assert_eq!(linnea.0, 1, "the older contact is kept");
    assert_eq!(s.events(linnea).unwrap().len(), 2, "both histories");
    let full = s.full_contacts().unwrap();
    let urls: Vec<Option<String>> = full.iter().map(|c| c.profiles[0].1.clone()).collect();
    assert_eq!(
        urls,
        [
            Some("linkedin.com/in/linnéa-berg-hr".to_owned()),
            Some("linkedin.com/in/upper".to_owned()),
            Some("xing.com/profile/anna_berg".to_owned()),
            Some("evil.com/in/x".to_owned()),
        ],
        "a link on no LinkedIn host is left as it was"
    );
    drop(s);
    let conn = Connection::open(&db).unwrap();
    let merges: Vec<(i64, i64, String)> = conn
        .prepare("SELECT kept, absorbed, url FROM merges ORDER BY absorbed")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(
        merges,
        [
            (1, 2, "linkedin.com/in/linnéa-berg-hr".to_owned()),
            (3, 4, "linkedin.com/in/upper".to_owned()),
            (5, 6, "xing.com/profile/anna_berg".to_owned()),
        ]
    );
    drop(conn);
    let backups: Vec<String> = std::fs::read_dir(followdesk::store::backup_dir(&db))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        backups.iter().any(|b| b.contains("before-link-rewrite")),
        "{backups:?}"
    );
    // Opening again rewrites nothing and merges nothing more.
    let s = Store::open(&db, PlatformRules::builtin()).unwrap();
    assert_eq!(s.contact_count().unwrap(), 4);
    drop(s);
    let n: i64 = Connection::open(&db)
        .unwrap()
        .query_row("SELECT count(*) FROM merges", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 3);
}
