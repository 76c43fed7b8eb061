//! Shared helper for the UI tests: the real app on a store, in a 1280×800 kittest harness.
#![allow(dead_code)]

use std::collections::HashMap;

use egui_kittest::Harness;
use followdesk::i18n::Lang;
use followdesk::store::Store;
use followdesk::ui::{FollowdeskApp, View};

/// The app on `store` in English, opened on `view`, after its first frames.
pub fn app_harness(store: Store, view: View) -> Harness<'static, FollowdeskApp> {
    app_harness_in(store, view, Lang::En)
}

/// The app on `store` in `lang`, opened on `view`, after its first frames.
pub fn app_harness_in(store: Store, view: View, lang: Lang) -> Harness<'static, FollowdeskApp> {
    let ctx = egui::Context::default();
    let mut app = FollowdeskApp::with_system_lang(store, &ctx, None, lang);
    app.prefs.view = view;
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(|ui, app: &mut FollowdeskApp| app.show(ui), app);
    h.run();
    h
}

/// eframe's storage in memory: what the app saves on exit, for a restart in the same test.
#[derive(Default)]
pub struct MemoryStorage(HashMap<String, String>);

impl eframe::Storage for MemoryStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

/// LinkedIn requests from people named `(first name, note)` with `last_name`, received on
/// 20, 21, 22 … November 2026 at 09:00 UTC (so the last comes first in Triage's queue).
pub fn add_requests(
    store: &mut Store,
    last_name: &str,
    requests: &[(&str, &str)],
) -> Vec<followdesk::domain::ContactId> {
    use chrono::TimeZone as _;
    use followdesk::domain::command::Command;
    use followdesk::domain::{ContactFields, EventKind, NewEvent};
    let mut ids = Vec::new();
    for (i, &(first, note)) in requests.iter().enumerate() {
        let id = store
            .apply(Command::CreateContact {
                fields: ContactFields::named(first, last_name),
                profiles: vec![],
            })
            .unwrap()
            .created_contact
            .unwrap();
        let at = chrono::Utc
            .with_ymd_and_hms(2026, 11, 20 + i as u32, 9, 0, 0)
            .unwrap();
        store
            .apply(Command::LogEvent(
                NewEvent::manual(id, "linkedin", EventKind::RequestReceived, at).with_message(note),
            ))
            .unwrap();
        ids.push(id);
    }
    ids
}
