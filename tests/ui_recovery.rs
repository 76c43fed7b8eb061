//! The recovery screen: a damaged database gets a clear word and a way out.
#![allow(clippy::unwrap_used)] // Test helpers panic on failure by design.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use followdesk::domain::command::Command;
use followdesk::domain::{ContactFields, PlatformRules};
use followdesk::i18n::{Lang, set_lang};
use followdesk::store::{Store, StoreError};
use followdesk::ui::recovery::{Outcome, RecoveryScreen, open_locked};

struct State {
    screen: RecoveryScreen,
    opened: Option<Store>,
}

/// A database with one contact and a daily backup, then damaged beyond recognition;
/// returns its path and the error opening it gives.
fn damaged_database(dir: &std::path::Path) -> (std::path::PathBuf, StoreError) {
    let db = dir.join("fd.sqlite3");
    {
        let mut store = Store::open(&db, PlatformRules::builtin()).unwrap();
        store
            .apply(Command::CreateContact {
                fields: ContactFields::named("Anna", "Müller"),
                profiles: vec![],
            })
            .unwrap();
        store.backup("daily").unwrap();
    }
    // The file is damaged beyond recognition.
    std::fs::write(
        &db,
        b"garbage that is not SQLite at all, repeated ".repeat(200),
    )
    .unwrap();
    let _ = std::fs::remove_file(dir.join("fd.sqlite3-wal"));
    let Err(err) = open_locked(&db) else {
        panic!("a damaged file must not open")
    };
    (db, err)
}

fn screen(db: &std::path::Path, err: &StoreError) -> Harness<'static, State> {
    let state = State {
        screen: RecoveryScreen::new(db, err),
        opened: None,
    };
    Harness::builder()
        .with_size(egui::vec2(1000.0, 700.0))
        .build_ui_state(
            |ui, s: &mut State| {
                if let Outcome::Opened(pair) = s.screen.show(ui) {
                    s.opened = Some(pair.0);
                }
            },
            state,
        )
}

#[test]
fn a_damaged_database_offers_its_backups_and_restores_one() {
    let dir = tempfile::tempdir().unwrap();
    let (db, err) = damaged_database(dir.path());
    assert!(
        err.to_string().contains("not a followdesk database"),
        "{err}"
    );

    let mut h = screen(&db, &err);
    h.run();
    assert!(
        h.query_by_label_contains("not a followdesk database")
            .is_some()
    );
    assert!(
        h.query_by_label("Nothing has been changed or overwritten.")
            .is_some()
    );
    h.get_by_label("Restore this backup").click();
    h.run();
    let store = h
        .state_mut()
        .opened
        .take()
        .expect("the restored database opens");
    assert_eq!(store.contact_count().unwrap(), 1);
    // The damaged file was moved aside, not deleted.
    let kept = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .any(|e| e.file_name().to_string_lossy().contains("replaced-"));
    assert!(kept);
}

#[test]
fn der_wiederherstellungsbildschirm_spricht_deutsch() {
    let dir = tempfile::tempdir().unwrap();
    let (db, err) = damaged_database(dir.path());
    // The screen speaks the language set on its thread (the window sets the remembered one).
    set_lang(Lang::De);
    let mut h = screen(&db, &err);
    h.run();
    assert!(
        h.query_by_label("followdesk kann seine Datenbank nicht öffnen")
            .is_some()
    );
    assert!(
        h.query_by_label("Es wurde nichts geändert oder überschrieben.")
            .is_some()
    );
    assert!(
        h.query_by_label("Oder eine andere Datenbankdatei öffnen")
            .is_some()
    );
    h.get_by_label("Diese Sicherung wiederherstellen").click();
    h.run();
    let store = h
        .state_mut()
        .opened
        .take()
        .expect("the restored database opens");
    assert_eq!(store.contact_count().unwrap(), 1);
    set_lang(Lang::En);
}

#[test]
fn another_applications_file_is_not_offered_a_backup_in_its_place() {
    let dir = tempfile::tempdir().unwrap();
    // A followdesk database with a backup in the same folder…
    let (_, _) = damaged_database(dir.path());
    // …and another application's file beside it.
    let foreign = dir.path().join("crm.sqlite3");
    let conn = rusqlite::Connection::open(&foreign).unwrap();
    conn.execute_batch("CREATE TABLE orders (id INTEGER PRIMARY KEY);")
        .unwrap();
    drop(conn);
    let before = std::fs::read(&foreign).unwrap();
    let Err(err) = open_locked(&foreign) else {
        panic!("another application's file must not open")
    };
    let mut h = screen(&foreign, &err);
    h.run();
    assert!(h.query_by_label_contains("another application").is_some());
    assert!(
        h.query_by_label("Restore this backup").is_none(),
        "no backup is offered in its place"
    );
    assert_eq!(std::fs::read(&foreign).unwrap(), before);
}
