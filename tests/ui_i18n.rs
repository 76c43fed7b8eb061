//! The app speaks the user's language: the system's at first start, the one chosen in the
//! navigation at once and after a restart, with plurals, numbers and dates in that language.
#![allow(clippy::unwrap_used)] // Test helpers panic on failure by design.

mod ui_support;

use eframe::App as _;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use followdesk::domain::PlatformRules;
use followdesk::i18n::Lang;
use followdesk::store::Store;
use followdesk::ui::{FollowdeskApp, View};
use ui_support::{MemoryStorage, app_harness, app_harness_in};

/// Whether some widget is labelled `label`.
fn shows(h: &Harness<'_, FollowdeskApp>, label: &str) -> bool {
    h.query_all_by_label(label).next().is_some()
}

fn language_combo<'a>(h: &'a Harness<'_, FollowdeskApp>, label: &'a str) -> egui_kittest::Node<'a> {
    h.get_by_role_and_label(Role::ComboBox, label)
}

fn empty_store() -> Store {
    Store::open_in_memory(PlatformRules::builtin()).unwrap()
}

#[test]
fn a_german_system_starts_in_german_and_an_english_one_in_english() {
    let h = app_harness_in(empty_store(), View::Today, Lang::De);
    assert_eq!(h.state().prefs.lang, Some(Lang::De));
    for label in [
        "Heute",
        "Sichten",
        "Kontakte",
        "Sichtbarkeit",
        "Noch keine Kontakte",
    ] {
        assert!(shows(&h, label), "{label}");
    }
    h.get_by_label("Demodaten laden");
    assert!(!shows(&h, "Today"));

    let h = app_harness_in(empty_store(), View::Today, Lang::En);
    assert_eq!(h.state().prefs.lang, Some(Lang::En));
    h.get_by_label("No contacts yet");
    assert!(!shows(&h, "Heute"));
}

#[test]
fn switching_the_language_takes_effect_at_once_and_is_remembered() {
    let mut h = app_harness(empty_store(), View::Contacts);
    assert!(shows(&h, "Contacts"));
    language_combo(&h, "Language").click();
    h.run();
    h.get_by_label("Deutsch").click();
    h.run();
    // The very next frame is German, everywhere.
    assert!(shows(&h, "Kontakte"));
    assert!(shows(&h, "Heute"));
    assert!(!shows(&h, "Today"));
    assert_eq!(h.state().prefs.lang, Some(Lang::De));
    // The window saves the choice at once, not only at a clean exit.
    assert!(h.state_mut().take_prefs_dirty());
    assert!(!h.state_mut().take_prefs_dirty());

    // Kept across a restart, whatever the system says.
    let mut storage = MemoryStorage::default();
    h.state_mut().save(&mut storage);
    let ctx = egui::Context::default();
    let app = FollowdeskApp::with_system_lang(empty_store(), &ctx, Some(&storage), Lang::En);
    assert_eq!(app.prefs.lang, Some(Lang::De));
}

#[test]
fn the_language_switch_goes_back_to_english() {
    let mut h = app_harness_in(empty_store(), View::Today, Lang::De);
    language_combo(&h, "Sprache").click();
    h.run();
    h.get_by_label("English").click();
    h.run();
    assert!(shows(&h, "Today"));
    assert_eq!(h.state().prefs.lang, Some(Lang::En));
}
