//! Triage with the keyboard: one key per decision, each an event in the log, with undo.
#![allow(clippy::unwrap_used)] // Test helpers panic on failure by design.

use chrono::{TimeZone, Utc};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use followdesk::domain::command::Command;
use followdesk::domain::tag::REDIRECT_TAG;
use followdesk::domain::{
    ConnectionState, ContactFields, ContactId, EventKind, NewEvent, PlatformRules,
};
use followdesk::store::Store;
use followdesk::ui::{FollowdeskApp, View};

/// Three requests; the newest comes first in the queue.
fn fixture() -> (Harness<'static, FollowdeskApp>, [ContactId; 3]) {
    let mut store = Store::open_in_memory(PlatformRules::builtin()).unwrap();
    let mut ids = Vec::new();
    for (i, (first, msg)) in [
        (
            "Clara",
            "Hi, thanks for the meeting at Hannover Messe on Tuesday.",
        ),
        (
            "Bernd",
            "I'd like to add you to my professional network on LinkedIn.",
        ),
        ("Anna", "Always looking to expand my network."),
    ]
    .into_iter()
    .enumerate()
    {
        let id = store
            .apply(Command::CreateContact {
                fields: ContactFields::named(first, "Test"),
                profiles: vec![],
            })
            .unwrap()
            .created_contact
            .unwrap();
        let at = Utc
            .with_ymd_and_hms(2026, 11, 20 + i as u32, 9, 0, 0)
            .unwrap();
        store
            .apply(Command::LogEvent(
                NewEvent::manual(id, "linkedin", EventKind::RequestReceived, at).with_message(msg),
            ))
            .unwrap();
        ids.push(id);
    }
    let ctx = egui::Context::default();
    let mut app = FollowdeskApp::new(store, &ctx, None);
    app.prefs.view = View::Triage;
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(|ui, app: &mut FollowdeskApp| app.show(ui), app);
    h.run();
    (h, [ids[0], ids[1], ids[2]])
}

fn last_kind(h: &Harness<'static, FollowdeskApp>, id: ContactId) -> EventKind {
    h.state().store().events(id).unwrap().last().unwrap().kind
}

#[test]
fn one_key_per_decision_newest_first() {
    let (mut h, [clara, bernd, anna]) = fixture();
    assert!(h.query_by_label_contains("3 requests waiting").is_some());
    // Anna's request is the newest: F redirects her to Follow.
    h.key_press(egui::Key::F);
    h.run();
    assert_eq!(last_kind(&h, anna), EventKind::RedirectedToFollow);
    let tags = h.state().store().tags_of(anna).unwrap();
    assert_eq!(tags[0].name, REDIRECT_TAG);
    // Next is Bernd: D declines.
    h.key_press(egui::Key::D);
    h.run();
    assert_eq!(last_kind(&h, bernd), EventKind::RequestDeclined);
    // Then Clara: L puts her off, A accepts.
    h.key_press(egui::Key::L);
    h.run();
    assert_eq!(last_kind(&h, clara), EventKind::DecisionDeferred);
    h.key_press(egui::Key::A);
    h.run();
    assert_eq!(last_kind(&h, clara), EventKind::RequestAccepted);
    let rel = &h.state().store().relationships(clara).unwrap()[0].1;
    assert_eq!(rel.state, ConnectionState::Connected);
    assert!(h.query_by_label("No requests waiting.").is_some());
    let s = h.state().store().summary().unwrap();
    assert_eq!(s.platforms["linkedin"].pending_incoming, 0);
    assert_eq!(s.platforms["linkedin"].redirected, 1);
}

#[test]
fn undo_puts_the_request_back_in_the_queue() {
    let (mut h, [_, _, anna]) = fixture();
    h.key_press(egui::Key::F);
    h.run();
    assert!(h.query_by_label_contains("2 requests waiting").is_some());
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert!(h.query_by_label_contains("3 requests waiting").is_some());
    let store = h.state().store();
    assert!(
        store.tags_of(anna).unwrap().is_empty(),
        "the tag went with the undo"
    );
    assert_eq!(
        store.relationships(anna).unwrap()[0].1.state,
        ConnectionState::RequestReceived
    );
    assert_eq!(
        store.event_count().unwrap(),
        4,
        "the log keeps the retracted decision"
    );
}

#[test]
fn buttons_do_what_the_keys_do() {
    let (mut h, [_, _, anna]) = fixture();
    h.get_by_label("Decline").click();
    h.run();
    assert_eq!(last_kind(&h, anna), EventKind::RequestDeclined);
}
