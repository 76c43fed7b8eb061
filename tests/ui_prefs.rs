//! View preferences survive a restart through eframe's storage; data survives in SQLite.
#![allow(clippy::unwrap_used)] // Test helpers panic on failure by design.

mod ui_support;

use eframe::App as _;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use followdesk::domain::PlatformRules;
use followdesk::domain::command::Command;
use followdesk::domain::contact_row::SortKey;
use followdesk::store::Store;
use followdesk::ui::{FollowdeskApp, View};
use ui_support::MemoryStorage;

#[test]
fn view_and_sort_are_kept_and_a_change_is_kept_across_restart() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fd.sqlite3");
    let mut storage = MemoryStorage::default();
    let id = {
        let mut store = Store::open(&path, PlatformRules::builtin()).unwrap();
        store
            .apply(Command::CreateContact {
                fields: followdesk::domain::ContactFields::named("Anna", "Müller"),
                profiles: vec![],
            })
            .unwrap()
            .created_contact
            .unwrap()
    };
    {
        let store = Store::open(&path, PlatformRules::builtin()).unwrap();
        let ctx = egui::Context::default();
        let app = FollowdeskApp::with_system_lang(store, &ctx, None, followdesk::i18n::Lang::En);
        let mut h = Harness::builder()
            .with_size(egui::vec2(1280.0, 800.0))
            .build_ui_state(|ui, app: &mut FollowdeskApp| app.show(ui), app);
        // The worker loads the rows in the background; wait for it.
        for _ in 0..500 {
            h.step();
            if !h.state().busy() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        assert!(!h.state().busy(), "the worker finished loading");
        h.run();
        h.get_by_label("Contacts").click();
        h.run();
        h.get_by_label("Company").click(); // sort by company
        h.run();
        h.get_by_label("Anna Müller").click();
        h.run();
        h.key_press(egui::Key::Enter);
        h.run();
        h.get_by_label("Company").click();
        h.run();
        h.get_by_label("Company").type_text("Nordlicht AG");
        h.run();
        h.get_by_label("Save changes").click();
        // The change goes to the worker, the one writer: wait for it to come back.
        for _ in 0..500 {
            h.step();
            if !h.state().busy() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        assert!(!h.state().busy(), "the worker saved the change");
        h.state_mut().save(&mut storage);
    }
    let store = Store::open(&path, PlatformRules::builtin()).unwrap();
    assert_eq!(
        store.contact(id).unwrap().unwrap().fields.company,
        "Nordlicht AG"
    );
    let ctx = egui::Context::default();
    let app =
        FollowdeskApp::with_system_lang(store, &ctx, Some(&storage), followdesk::i18n::Lang::En);
    assert_eq!(app.prefs.view, View::Contacts);
    assert_eq!(app.prefs.contacts.sort, SortKey::Company);
}
