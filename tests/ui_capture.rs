//! Today's requests in the app: paste the invitation page → preview → save → decide →
//! open on the platform (through a recording opener, so no browser starts) → "Done on
//! LinkedIn"; a foreign paste; "New request" with the verdict as the note is typed; the
//! reply queue after "redirect all unspecific". Each asserts on the store.
#![allow(clippy::unwrap_used)] // Test helpers panic on failure by design.

use std::sync::{Arc, Mutex};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use followdesk::domain::EventKind;
use followdesk::domain::PlatformRules;
use followdesk::store::Store;
use followdesk::ui::{FollowdeskApp, View};
use ui_support::app_harness;

mod ui_support;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/capture");

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{FIXTURES}/{name}")).unwrap()
}

/// The app on an empty store in Triage, with an opener that records the links.
fn harness() -> (Harness<'static, FollowdeskApp>, Arc<Mutex<Vec<String>>>) {
    let store = Store::open_in_memory(PlatformRules::builtin()).unwrap();
    let mut h = app_harness(store, View::Triage);
    let opened = Arc::new(Mutex::new(Vec::new()));
    let log = opened.clone();
    h.state_mut().set_opener(Box::new(move |url| {
        log.lock().unwrap().push(url.to_owned());
        Ok(())
    }));
    h.run();
    (h, opened)
}

fn paste(h: &mut Harness<'static, FollowdeskApp>, text: &str) {
    h.event(egui::Event::Paste(text.to_owned()));
    h.run();
}

#[test]
fn paste_preview_save_decide_open_and_done_on_linkedin() {
    let (mut h, opened) = harness();
    paste(&mut h, &fixture("linkedin_received_en.txt"));
    // The preview: what was recognised, nothing saved yet.
    assert!(
        h.query_by_label_contains("4 requests recognised on LinkedIn")
            .is_some()
    );
    assert!(h.query_by_label_contains("Anna Becker").is_some());
    assert_eq!(h.state().store().pending_requests().unwrap().len(), 0);
    h.get_by_label("Save 4 requests").click();
    h.run();
    let pending = h.state().store().pending_requests().unwrap();
    assert_eq!(pending.len(), 4);
    // Newest first: Katrin (5 hours ago). Accept her.
    let katrin = pending[0].contact;
    assert_eq!(pending[0].first_name, "Katrin");
    h.get_by_label("Accept").click();
    h.run();
    let last = h.state().store().events(katrin).unwrap();
    assert_eq!(last.last().unwrap().kind, EventKind::RequestAccepted);
    // It waits to be done on LinkedIn; P opens it there (no profile link: the people search).
    assert!(
        h.query_by_label_contains("To do on LinkedIn/XING (1)")
            .is_some()
    );
    h.key_press(egui::Key::P);
    h.run();
    let links = opened.lock().unwrap().clone();
    assert_eq!(links.len(), 1);
    assert!(
        links[0].starts_with("https://www.linkedin.com/search/results/people/?keywords=Katrin"),
        "{links:?}"
    );
    h.get_by_label("Open on LinkedIn").click();
    h.run();
    assert_eq!(opened.lock().unwrap().len(), 2);
    h.get_by_label("Done on LinkedIn").click();
    h.run();
    let events = h.state().store().events(katrin).unwrap();
    assert_eq!(events.last().unwrap().kind, EventKind::DoneOnPlatform);
    assert!(
        h.query_by_label_contains("To do on LinkedIn/XING")
            .is_none()
    );
    let since = chrono::Utc::now() - chrono::Duration::days(14);
    assert!(h.state().store().platform_todos(since).unwrap().is_empty());
}

#[test]
fn a_paste_that_is_no_invitation_page_says_so_and_changes_nothing() {
    let (mut h, _) = harness();
    paste(&mut h, &fixture("foreign.txt"));
    assert!(
        h.query_by_label_contains("This is no copy of an invitation page")
            .is_some()
    );
    assert!(h.query_by_label_contains("Save").is_none());
    assert_eq!(h.state().store().event_count().unwrap(), 0);
    assert_eq!(h.state().store().contact_count().unwrap(), 0);
}

#[test]
fn cancel_in_the_preview_saves_nothing() {
    let (mut h, _) = harness();
    paste(&mut h, &fixture("xing_requests_de.txt"));
    assert!(
        h.query_by_label_contains("3 requests recognised on XING")
            .is_some()
    );
    h.get_by_label("Cancel").click();
    h.run();
    assert_eq!(h.state().store().event_count().unwrap(), 0);
    assert!(h.query_by_label_contains("recognised").is_none());
}

#[test]
fn a_new_request_shows_its_verdict_as_the_note_is_typed_and_lands_in_triage() {
    let (mut h, opened) = harness();
    h.get_by_label("New request").click();
    h.run();
    h.get_by_label("Name").click();
    h.run();
    h.get_by_label("Name").type_text("Lena Graf");
    h.run();
    h.get_by_label("Profile link").click();
    h.run();
    h.get_by_label("Profile link")
        .type_text("https://de.linkedin.com/in/lena-graf-77/");
    h.run();
    h.get_by_label("Note").click();
    h.run();
    h.get_by_label("Note")
        .type_text("Always looking to expand my network");
    h.run();
    assert!(h.query_by_label_contains("Verdict: unspecific").is_some());
    assert!(h.query_by_label_contains("redirect to Follow").is_some());
    h.get_by_label("Save request").click();
    h.run();
    let pending = h.state().store().pending_requests().unwrap();
    assert_eq!(pending.len(), 1);
    assert_eq!(pending[0].first_name, "Lena");
    assert_eq!(pending[0].message, "Always looking to expand my network");
    let d = h
        .state()
        .store()
        .request_details(pending[0].contact, "linkedin")
        .unwrap();
    assert_eq!(
        d.profile_url.as_deref(),
        Some("linkedin.com/in/lena-graf-77")
    );
    // Redirect all unspecific: the reply queue walks through them.
    h.get_by_label("Redirect the 1 unspecific…").click();
    h.run();
    h.get_by_label("Redirect 1 request").click();
    h.run();
    assert!(
        h.query_by_label_contains("Reply 1 of 1: Lena Graf")
            .is_some()
    );
    // The reply queue's button comes first; the to-do list has one too.
    assert_eq!(h.get_all_by_label("Open on LinkedIn").count(), 2);
    h.get_all_by_label("Open on LinkedIn")
        .next()
        .unwrap()
        .click();
    h.run();
    assert_eq!(
        opened.lock().unwrap().first().map(String::as_str),
        Some("https://linkedin.com/in/lena-graf-77")
    );
    h.get_by_label("Next").click();
    h.run();
    assert!(h.query_by_label_contains("Reply 1 of 1").is_none());
    let events = h.state().store().events(pending[0].contact).unwrap();
    assert_eq!(events.last().unwrap().kind, EventKind::RedirectedToFollow);
}

#[test]
fn today_lists_what_is_still_to_do_on_the_platform() {
    let mut store = Store::open_in_memory(PlatformRules::builtin()).unwrap();
    let page = followdesk::import::paste::parse_paste(
        &fixture("xing_requests_de.txt"),
        None,
        chrono::Utc::now(),
    )
    .unwrap();
    store.capture_requests(page.requests).unwrap();
    let sabine = store.pending_requests().unwrap()[0].contact;
    store
        .apply(followdesk::domain::command::Command::LogEvent(
            followdesk::domain::NewEvent::manual(
                sabine,
                "xing",
                EventKind::RequestDeclined,
                chrono::Utc::now(),
            ),
        ))
        .unwrap();
    let mut h = app_harness(store, View::Today);
    h.run();
    assert!(
        h.query_by_label_contains("To do on LinkedIn/XING (1)")
            .is_some()
    );
    assert!(h.query_by_label_contains("decline on XING").is_some());
    h.get_by_label("Done on XING").click();
    h.run();
    assert!(
        h.query_by_label_contains("To do on LinkedIn/XING")
            .is_none()
    );
}
