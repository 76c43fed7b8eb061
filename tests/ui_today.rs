//! Today: the morning routine's figures match the store, and each leads into its view.
#![allow(clippy::unwrap_used)] // Test helpers panic on failure by design.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use followdesk::demo::{DemoOptions, fill};
use followdesk::domain::PlatformRules;
use followdesk::store::Store;
use followdesk::ui::{FollowdeskApp, View};

#[test]
fn today_counts_match_the_store_and_lead_to_triage_and_pipeline() {
    let mut store = Store::open_in_memory(PlatformRules::builtin()).unwrap();
    let today = chrono::Local::now().date_naive();
    fill(
        &mut store,
        DemoOptions {
            contacts: 400,
            seed: 3,
            today,
        },
    )
    .unwrap();
    let pending: u64 = store
        .summary()
        .unwrap()
        .platforms
        .values()
        .map(|p| p.pending_incoming)
        .sum();
    let ctx = egui::Context::default();
    let app = FollowdeskApp::with_system_lang(store, &ctx, None, followdesk::i18n::Lang::En);
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(|ui, app: &mut FollowdeskApp| app.show(ui), app);
    h.run();
    assert_eq!(h.state().prefs.view, View::Today);
    assert!(h.query_by_label("Requests to triage").is_some());
    assert!(
        h.query_by_label(&pending.to_string()).is_some(),
        "shows {pending}"
    );
    assert!(
        h.query_all_by_label_contains("were promotional or profile updates")
            .count()
            > 0,
        "the demo mix warns"
    );
    h.get_by_label("Open Triage").click();
    h.run();
    assert_eq!(h.state().prefs.view, View::Triage);
    assert!(
        h.query_by_label_contains(&format!("{pending} requests waiting"))
            .is_some()
    );
    h.get_by_label("Today").click();
    h.run();
    h.get_by_label("Open Pipeline").click();
    h.run();
    assert_eq!(h.state().prefs.view, View::Pipeline);
}

#[test]
fn today_in_german_shows_german_figures_and_leads_to_triage() {
    let mut store = Store::open_in_memory(PlatformRules::builtin()).unwrap();
    let today = chrono::Local::now().date_naive();
    fill(
        &mut store,
        DemoOptions {
            // Enough for four digits of people in the pipeline.
            contacts: 8_000,
            seed: 5,
            today,
        },
    )
    .unwrap();
    let summary = store.summary().unwrap();
    let pending: u64 = summary.platforms.values().map(|p| p.pending_incoming).sum();
    // People in the pipeline, counted as Pipeline counts them (one domain function).
    let reachable = followdesk::domain::metrics::outreach_list(
        &store.metrics_log().unwrap(),
        today,
        &store.warmth_params().unwrap(),
        None,
    )
    .len();
    assert!(
        reachable >= 1_000,
        "the demo reaches four digits: {reachable}"
    );
    let ctx = egui::Context::default();
    let app = FollowdeskApp::with_system_lang(store, &ctx, None, followdesk::i18n::Lang::De);
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(|ui, app: &mut FollowdeskApp| app.show(ui), app);
    h.run();
    assert!(h.query_by_label("Anfragen zum Sichten").is_some());
    // German digit grouping: 1.234, not 1,234.
    let grouped = format!("{}.{:03}", reachable / 1000, reachable % 1000);
    assert!(
        h.query_all_by_label_contains(&format!("von {grouped} Personen"))
            .count()
            == 1,
        "the outreach card counts {grouped} people in German"
    );
    assert!(
        h.query_all_by_label_contains("waren Werbung oder Profil-Updates")
            .count()
            > 0,
        "the demo mix warns in German"
    );
    h.get_by_label("Sichten öffnen").click();
    h.run();
    assert_eq!(h.state().prefs.view, View::Triage);
    assert_eq!(h.state().prefs.lang, Some(followdesk::i18n::Lang::De));
    assert!(pending > 0);
}
