//! Pipeline quick actions: one key each, asserted on the event log.
#![allow(clippy::unwrap_used)] // Test helpers panic on failure by design.

use chrono::{Duration, Utc};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use followdesk::domain::command::Command;
use followdesk::domain::{
    ConnectionState, ContactFields, ContactId, EventKind, NewEvent, PlatformRules,
};
use followdesk::i18n::Lang;
use followdesk::store::Store;
use followdesk::ui::{FollowdeskApp, View};
use ui_support::app_harness_in;

mod ui_support;

/// Two followers; Anna has engaged more, so she ranks first.
fn fixture() -> (Harness<'static, FollowdeskApp>, ContactId, ContactId) {
    fixture_in(Lang::En)
}

/// The two followers, with the app in `lang`.
fn fixture_in(lang: Lang) -> (Harness<'static, FollowdeskApp>, ContactId, ContactId) {
    let mut store = Store::open_in_memory(PlatformRules::builtin()).unwrap();
    let mut add = |first: &str, comments: usize| {
        let id = store
            .apply(Command::CreateContact {
                fields: ContactFields::named(first, "Follower"),
                profiles: vec![("linkedin".into(), Some(format!("linkedin.com/in/{first}")))],
            })
            .unwrap()
            .created_contact
            .unwrap();
        let mut events = vec![NewEvent::manual(
            id,
            "linkedin",
            EventKind::StartedFollowing,
            Utc::now() - Duration::days(40),
        )];
        for d in 0..comments {
            events.push(NewEvent::manual(
                id,
                "linkedin",
                EventKind::Commented,
                Utc::now() - Duration::days(d as i64 + 1),
            ));
        }
        store.apply(Command::LogEvents(events)).unwrap();
        id
    };
    let anna = add("Anna", 3);
    let bernd = add("Bernd", 0);
    let h = app_harness_in(store, View::Pipeline, lang);
    (h, anna, bernd)
}

fn kinds(h: &Harness<'static, FollowdeskApp>, id: ContactId) -> Vec<EventKind> {
    h.state()
        .store()
        .events(id)
        .unwrap()
        .iter()
        .map(|e| e.kind)
        .collect()
}

#[test]
fn warmest_first_with_its_parts() {
    let (h, _, _) = fixture();
    assert!(
        h.query_by_label_contains("2 people, warmest first")
            .is_some()
    );
    assert!(
        h.query_by_label_contains("3 comments").is_some(),
        "warmth is shown with its parts"
    );
    assert!(
        h.query_by_label("★ ready for outreach").is_some(),
        "Anna is ready"
    );
}

#[test]
fn one_key_logs_engagement_on_the_selected_person() {
    let (mut h, anna, bernd) = fixture();
    h.key_press(egui::Key::L);
    h.run();
    assert_eq!(kinds(&h, anna).last(), Some(&EventKind::Liked));
    h.key_press(egui::Key::ArrowDown);
    h.run();
    h.key_press(egui::Key::M);
    h.run();
    assert_eq!(kinds(&h, bernd).last(), Some(&EventKind::Message));
    h.key_press(egui::Key::S);
    h.run();
    assert_eq!(kinds(&h, bernd).last(), Some(&EventKind::Shared));
}

#[test]
fn mark_as_connected_takes_them_out_of_the_pipeline() {
    let (mut h, anna, _) = fixture();
    h.key_press(egui::Key::K);
    h.run();
    assert_eq!(kinds(&h, anna).last(), Some(&EventKind::Connected));
    let rel = &h.state().store().relationships(anna).unwrap()[0].1;
    assert_eq!(rel.state, ConnectionState::Connected);
    assert!(
        h.query_by_label_contains("1 person, warmest first")
            .is_some()
    );
}

fn copied(h: &Harness<'static, FollowdeskApp>) -> String {
    h.output()
        .platform_output
        .commands
        .iter()
        .find_map(|c| match c {
            egui::OutputCommand::CopyText(t) => Some(t.clone()),
            _ => None,
        })
        .expect("copied")
}

#[test]
fn t_copies_the_outreach_template_filled_in() {
    let (mut h, _, _) = fixture();
    h.key_down(egui::Key::T);
    h.step();
    let text = copied(&h);
    assert!(text.contains("Anna"), "{text}");
    assert!(!text.contains("{first_name}"), "{text}");
}

#[test]
fn the_buttons_do_what_the_keys_do() {
    let (mut h, anna, _) = fixture();
    h.get_by_label("Commented").click();
    h.run();
    assert_eq!(
        kinds(&h, anna)
            .iter()
            .filter(|k| **k == EventKind::Commented)
            .count(),
        4
    );
}

#[test]
fn in_german_the_pipeline_and_its_charts_speak_german_and_keys_still_log() {
    let (mut h, anna, bernd) = fixture_in(Lang::De);
    assert!(
        h.query_by_label_contains("2 Personen, die wärmsten zuerst")
            .is_some()
    );
    assert!(h.query_by_label_contains("3 Kommentare").is_some());
    assert!(h.query_by_label("★ bereit für die Ansprache").is_some());
    // Anna's last comment, a day ago, as Germans write the date.
    let day = (chrono::Local::now() - Duration::days(1)).date_naive();
    assert!(
        h.query_by_label_contains(&day.format("%d.%m.%Y").to_string())
            .is_some()
    );
    // The charts' titles and captions.
    for text in [
        "Trichter",
        "Umwandlung nach Kohortenmonat",
        "LinkedIn: Follower im Zeitverlauf (wöchentlich)",
        "Zeit vom Folgen bis zur Vernetzung",
        "Von der Anfrage zur Vernetzung.",
        "Die Neuzugänge jedes Monats",
    ] {
        assert!(h.query_by_label_contains(text).is_some(), "{text}");
    }
    // Keys and German buttons log on the selected person.
    h.key_press(egui::Key::L);
    h.run();
    assert_eq!(kinds(&h, anna).last(), Some(&EventKind::Liked));
    h.get_by_label("Kommentiert").click();
    h.run();
    assert_eq!(kinds(&h, anna).last(), Some(&EventKind::Commented));
    // The outreach template: nothing tells Anna's language, so it is the user's.
    h.key_down(egui::Key::T);
    h.step();
    let text = copied(&h);
    assert!(text.starts_with("Guten Tag Anna Follower"), "{text}");
    h.key_up(egui::Key::T);
    h.run();
    h.get_by_label("Als vernetzt markieren").click();
    h.run();
    assert_eq!(kinds(&h, anna).last(), Some(&EventKind::Connected));
    assert!(
        h.query_by_label_contains("1 Person, die wärmsten zuerst")
            .is_some()
    );
    assert_eq!(kinds(&h, bernd).len(), 1, "Bernd untouched");
}
