//! The app at 800×600: in every view the main buttons lie inside the window (issue 17).
#![allow(clippy::unwrap_used)] // Test helpers panic on failure by design.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use followdesk::demo::{DemoOptions, fill};
use followdesk::domain::PlatformRules;
use followdesk::i18n::Lang;
use followdesk::store::Store;
use followdesk::ui::{FollowdeskApp, View};

mod ui_support;

const SMALL: egui::Vec2 = egui::vec2(800.0, 600.0);

/// The app with demo data in a window of `size`, opened on `view`.
fn app_at(size: egui::Vec2, view: View) -> Harness<'static, FollowdeskApp> {
    let mut store = Store::open_in_memory(PlatformRules::builtin()).unwrap();
    fill(
        &mut store,
        DemoOptions {
            contacts: 300,
            seed: 7,
            today: chrono::Local::now().date_naive(),
        },
    )
    .unwrap();
    let ctx = egui::Context::default();
    let mut app = FollowdeskApp::with_system_lang(store, &ctx, None, Lang::En);
    app.prefs.view = view;
    let mut h = Harness::builder()
        .with_size(size)
        .build_ui_state(|ui, app: &mut FollowdeskApp| app.show(ui), app);
    h.run();
    h
}

/// Asserts that the widget labelled `label` lies wholly inside the window.
fn inside(h: &Harness<'static, FollowdeskApp>, label: &str, size: egui::Vec2) {
    let node = h.get_by_label(label);
    let r = node.rect();
    let window = egui::Rect::from_min_size(egui::Pos2::ZERO, size);
    assert!(
        window.contains_rect(r),
        "{label} at {r:?} lies outside the {}×{} window",
        size.x,
        size.y
    );
}

#[test]
fn today_at_800_by_600() {
    let h = app_at(SMALL, View::Today);
    for label in ["Open Triage", "Open Pipeline"] {
        inside(&h, label, SMALL);
    }
}

#[test]
fn triage_decisions_stay_in_the_window_with_a_reply_open() {
    let mut h = app_at(SMALL, View::Triage);
    for label in ["Accept", "Redirect to Follow", "Decline", "Later"] {
        inside(&h, label, SMALL);
    }
    // A redirect opens the reply (and the question for my name) above the decisions.
    h.key_press(egui::Key::F);
    h.run();
    assert!(h.query_by_label("Copy reply").is_some());
    for label in [
        "Accept",
        "Redirect to Follow",
        "Decline",
        "Later",
        "Copy reply",
    ] {
        inside(&h, label, SMALL);
    }
}

#[test]
fn contacts_at_800_by_600() {
    let h = app_at(SMALL, View::Contacts);
    inside(&h, "Search", SMALL);
}

#[test]
fn the_contact_page_at_800_by_600() {
    let mut h = app_at(SMALL, View::Contacts);
    let first = h.state().store().contact_rows().unwrap()[0].id;
    h.state_mut().open_contact_for_tests(first);
    h.run();
    for label in ["⏴ Back", "Save changes"] {
        inside(&h, label, SMALL);
    }
    // The two columns stack: the history's column starts below the details' one, so no
    // button of one lies over the other.
    let delete = h.get_by_label("Delete contact").rect();
    let log = h.get_by_label("Log event").rect();
    assert!(
        log.min.y > delete.max.y,
        "stacked: Log event {log:?} below Delete contact {delete:?}"
    );
}

#[test]
fn pipeline_at_800_by_600() {
    let h = app_at(SMALL, View::Pipeline);
    for label in ["Liked a post", "Open contact"] {
        inside(&h, label, SMALL);
    }
    // The charts go under the person card instead of over it.
    let card = h.get_by_label("Open contact").rect();
    let funnel = h.get_by_label("Funnel").rect();
    assert!(
        funnel.min.y > card.max.y,
        "the funnel chart {funnel:?} lies under the card {card:?}"
    );
}

/// Scrolls the view under the pointer until `label` is in the window (or fails).
fn scroll_to(h: &mut Harness<'static, FollowdeskApp>, label: &str, size: egui::Vec2) {
    for _ in 0..60 {
        if h.get_by_label(label).rect().max.y < size.y - 40.0 {
            return;
        }
        // Over the heading, where no plot takes the wheel.
        h.event(egui::Event::PointerMoved(egui::pos2(size.x / 2.0, 40.0)));
        h.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, -100.0),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Unknown,
            modifiers: egui::Modifiers::NONE,
        });
        h.run();
    }
    panic!("{label} stays below the window: the view does not scroll");
}

#[test]
fn visibility_at_800_by_600_scrolls_to_its_form() {
    let mut h = app_at(SMALL, View::Visibility);
    // A long report page: its form is at the end, reached by scrolling.
    scroll_to(&mut h, "Log post", SMALL);
    inside(&h, "Log post", SMALL);
}

#[test]
fn import_at_800_by_600() {
    let h = app_at(SMALL, View::Import);
    // With "How to get your data" open (a new user), the file controls come first.
    assert!(
        h.query_by_label_contains("Get a copy of your data")
            .is_some()
    );
    for label in ["Start import", "Choose file…", "Choose folder…"] {
        inside(&h, label, SMALL);
    }
}

#[test]
fn triage_at_4k_keeps_its_decisions_in_the_window() {
    let big = egui::vec2(3840.0, 2160.0);
    let mut h = app_at(big, View::Triage);
    h.key_press(egui::Key::F);
    h.run();
    for label in ["Accept", "Redirect to Follow", "Copy reply"] {
        inside(&h, label, big);
    }
}
