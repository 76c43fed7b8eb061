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
use followdesk::i18n::Lang;
use followdesk::store::Store;
use followdesk::ui::{FollowdeskApp, View};
use ui_support::{app_harness, app_harness_in};

mod ui_support;

/// Three requests; the newest comes first in the queue.
fn fixture() -> (Harness<'static, FollowdeskApp>, [ContactId; 3]) {
    fixture_in(Lang::En)
}

/// The three requests, with the app in `lang`.
fn fixture_in(lang: Lang) -> (Harness<'static, FollowdeskApp>, [ContactId; 3]) {
    let mut store = Store::open_in_memory(PlatformRules::builtin()).unwrap();
    let ids = ui_support::add_requests(
        &mut store,
        "Test",
        &[
            (
                "Clara",
                "Hi, thanks for the meeting at Hannover Messe on Tuesday.",
            ),
            (
                "Bernd",
                "I'd like to add you to my professional network on LinkedIn.",
            ),
            ("Anna", "Always looking to expand my network."),
        ],
    );
    let h = app_harness_in(store, View::Triage, lang);
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

fn copied(h: &Harness<'static, FollowdeskApp>) -> Option<String> {
    h.output()
        .platform_output
        .commands
        .iter()
        .find_map(|c| match c {
            egui::OutputCommand::CopyText(t) => Some(t.clone()),
            _ => None,
        })
}

#[test]
fn verdicts_and_reasons_are_shown() {
    let (mut h, _) = fixture();
    // Anna first: "Always looking to expand my network." reads unspecific.
    assert!(
        h.query_by_label_contains("Proposed: redirect to Follow")
            .is_some()
    );
    h.key_press(egui::Key::ArrowDown);
    h.key_press(egui::Key::ArrowDown);
    h.run();
    // Clara names a meeting at an event: the learned classifier's reasons, in words, with
    // the words they point at.
    assert!(h.query_by_label_contains("Proposed: accept").is_some());
    assert!(
        h.query_by_label_contains("refers to an earlier meeting or call: 'thanks for the meeting'")
            .is_some()
    );
    assert!(h.query_by_label_contains("% likely specific").is_some());
}

/// A cold pitch is proposed for decline.
#[test]
fn a_cold_pitch_is_proposed_for_decline() {
    let mut store = Store::open_in_memory(PlatformRules::builtin()).unwrap();
    let id = store
        .apply(Command::CreateContact {
            fields: ContactFields::named("Pia", "Pitch"),
            profiles: vec![],
        })
        .unwrap()
        .created_contact
        .unwrap();
    let at = Utc.with_ymd_and_hms(2026, 11, 20, 9, 0, 0).unwrap();
    store
        .apply(Command::LogEvent(
            NewEvent::manual(id, "linkedin", EventKind::RequestReceived, at).with_message(
                "Hi, we help SaaS companies double their pipeline with done-for-you lead generation. Let's connect!",
            ),
        ))
        .unwrap();
    let h = app_harness(store, View::Triage);
    assert!(
        h.query_by_label_contains("Proposal: decline (a cold pitch or spam)")
            .is_some()
    );
}

/// A store where the rep redirected 24 vendor webinar invitations (which name an event and
/// a date, so the shipped model leans to "specific"), and one more is waiting.
fn webinar_store() -> Store {
    let invites = [
        "Hi {n}, join our free webinar on Thursday at 4pm: five ERP trends for mid-sized manufacturers.",
        "Hello {n}, you are invited to our webinar next Tuesday, 11am, on cloud ERP for wholesalers.",
        "Hi {n}, our product webinar on Wednesday 3pm shows the new ERP release live. Register now!",
        "{n}, save your seat: webinar on Friday at 10am about ERP migration checklists.",
        "Dear {n}, we host a webinar on Monday at 2pm on ERP for food producers, would love to see you.",
        "Hi {n}, last seats for our webinar this Thursday, 5pm: ERP dashboards in 30 minutes.",
    ];
    let mut store = Store::open_in_memory(PlatformRules::builtin()).unwrap();
    let mut at = Utc.with_ymd_and_hms(2026, 10, 1, 9, 0, 0).unwrap();
    let mut request = |store: &mut Store, name: &str, msg: &str, decided: bool| {
        let id = store
            .apply(Command::CreateContact {
                fields: ContactFields::named(name, "Test"),
                profiles: vec![],
            })
            .unwrap()
            .created_contact
            .unwrap();
        store
            .apply(Command::LogEvent(
                NewEvent::manual(id, "linkedin", EventKind::RequestReceived, at).with_message(msg),
            ))
            .unwrap();
        at += chrono::Duration::hours(1);
        if decided {
            store
                .apply(Command::LogEvent(NewEvent::manual(
                    id,
                    "linkedin",
                    EventKind::RedirectedToFollow,
                    at,
                )))
                .unwrap();
        }
    };
    for name in ["Anna", "Ben", "Clara", "Dirk"] {
        for invite in invites {
            request(&mut store, name, &invite.replace("{n}", name), true);
        }
    }
    request(
        &mut store,
        "Frank",
        "Hi Frank, join our webinar on Thursday at 3pm: ERP for retailers, with live demo.",
        false,
    );
    store
}

#[test]
fn retrain_on_my_decisions_says_what_it_found_and_reset_goes_back() {
    let mut h = app_harness(webinar_store(), View::Triage);
    assert!(
        h.query_by_label_contains("Proposed: redirect to Follow")
            .is_none(),
        "the shipped model does not redirect the waiting invitation"
    );
    h.get_by_label("Retrain on my decisions").click();
    // The job runs on the worker (inline in tests); its result arrives on a later frame.
    h.run();
    h.run();
    let setting = h
        .state()
        .store()
        .setting("classifier_personal_model")
        .unwrap();
    assert!(setting.is_some(), "a better personal model is stored");
    // In Triage beside the button, and in the status line.
    assert!(
        h.query_all_by_label_contains("held-back decisions right, the shipped model")
            .next()
            .is_some()
    );
    // In Triage beside the button, and in the status line.
    assert!(
        h.query_all_by_label_contains("followdesk now uses yours")
            .next()
            .is_some()
    );
    assert!(
        h.query_by_label_contains("Verdicts from your personal model.")
            .is_some()
    );
    // The waiting invitation now reads as the rep reads them.
    assert!(
        h.query_by_label_contains("Proposed: redirect to Follow")
            .is_some()
    );
    h.get_by_label("Use the shipped model").click();
    h.run();
    h.run();
    assert!(
        h.state()
            .store()
            .setting("classifier_personal_model")
            .unwrap()
            .is_none()
    );
    assert!(
        h.query_by_label_contains("Proposed: redirect to Follow")
            .is_none()
    );
}

#[test]
fn redirect_offers_the_reply_and_c_copies_it() {
    let (mut h, _) = fixture();
    h.key_press(egui::Key::F);
    h.run();
    assert!(h.query_by_label("Reply to Anna Test").is_some());
    // Step one frame per event: the copy shows in the frame of the key going down.
    h.key_down(egui::Key::C);
    h.step();
    let text = copied(&h).expect("the reply went to the clipboard");
    assert!(text.contains("Anna"), "{text}");
    assert!(text.to_lowercase().contains("follow"), "{text}");
    assert!(
        !text.contains("{first_name}"),
        "placeholders filled: {text}"
    );
}

#[test]
fn on_xing_the_app_says_following_is_not_possible_there() {
    let mut store = Store::open_in_memory(PlatformRules::builtin()).unwrap();
    let id = store
        .apply(Command::CreateContact {
            fields: ContactFields::named("Jörg", "Krämer"),
            profiles: vec![],
        })
        .unwrap()
        .created_contact
        .unwrap();
    store
        .apply(Command::LogEvent(
            NewEvent::manual(id, "xing", EventKind::RequestReceived, Utc::now())
                .with_message("Guten Tag Herr Krämer, ich würde gerne mein Netzwerk erweitern."),
        ))
        .unwrap();
    let mut h = app_harness(store, View::Triage);
    h.key_press(egui::Key::F);
    h.run();
    assert!(
        h.query_by_label_contains("On XING people cannot follow you")
            .is_some()
    );
    h.get_by_label("Copy reply").click();
    h.step();
    let text = copied(&h).unwrap();
    assert!(text.contains("LinkedIn"), "offers LinkedIn instead: {text}");
    assert!(
        text.contains("Sie"),
        "answers in the request's tone: {text}"
    );
}

#[test]
fn bulk_redirect_lists_them_first_and_undoes_as_one() {
    let (mut h, [clara, bernd, anna]) = fixture();
    h.get_by_label("Redirect all 2 unspecific…").click();
    h.run();
    assert!(
        h.query_by_label_contains("Anna Test — Always looking")
            .is_some()
    );
    assert!(
        h.query_by_label_contains("Clara Test — ").is_none(),
        "the specific one is not listed"
    );
    h.get_by_label("Redirect 2 requests").click();
    h.run();
    assert_eq!(last_kind(&h, anna), EventKind::RedirectedToFollow);
    assert_eq!(last_kind(&h, bernd), EventKind::RedirectedToFollow);
    assert_eq!(
        last_kind(&h, clara),
        EventKind::RequestReceived,
        "the specific one stays"
    );
    assert_eq!(
        h.state().store().summary().unwrap().platforms["linkedin"].redirected,
        2
    );
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(
        h.state().store().summary().unwrap().platforms["linkedin"].redirected,
        0
    );
    assert!(h.query_by_label_contains("3 requests waiting").is_some());
}

#[test]
fn an_edited_template_is_stored_and_used() {
    let (mut h, _) = fixture();
    h.get_by_label("Edit reply templates…").click();
    h.run();
    h.get_by_label("redirect.en").click();
    h.run();
    h.get_by_label("Text of redirect.en").click();
    h.run();
    h.get_by_label("Text of redirect.en")
        .type_text(" Cheers, {my_name}");
    h.run();
    h.get_by_label("Save template").click();
    h.run();
    let stored = h.state().store().template("redirect.en").unwrap();
    assert!(stored.contains(" Cheers, {my_name}"), "{stored}");
    assert!(h.state().store().template_is_edited("redirect.en").unwrap());
}

#[test]
fn in_german_one_key_decides_and_the_screen_speaks_german() {
    let (mut h, [clara, bernd, anna]) = fixture_in(Lang::De);
    assert!(h.query_by_label_contains("3 Anfragen warten.").is_some());
    assert!(
        h.query_by_label_contains("Vorschlag: zum Folgen umleiten")
            .is_some()
    );
    assert!(h.query_by_label("Zum Folgen umleiten").is_some());
    assert!(
        h.query_by_label("Alle 2 unspezifischen Anfragen umleiten …")
            .is_some()
    );
    // F redirects Anna, the newest, and offers the reply.
    h.key_press(egui::Key::F);
    h.run();
    assert_eq!(last_kind(&h, anna), EventKind::RedirectedToFollow);
    assert_eq!(
        h.state().store().tags_of(anna).unwrap()[0].name,
        REDIRECT_TAG
    );
    assert!(h.query_by_label("Antwort an Anna Test").is_some());
    assert!(h.query_by_label_contains("2 Anfragen warten.").is_some());
    // The button does what D does.
    h.get_by_label("Ablehnen").click();
    h.run();
    assert_eq!(last_kind(&h, bernd), EventKind::RequestDeclined);
    // One left, in the singular, with its date as Germans write it.
    assert!(h.query_by_label_contains("1 Anfrage wartet.").is_some());
    assert!(h.query_by_label_contains("20.11.2026").is_some());
    assert!(h.query_by_label_contains("Vorschlag: annehmen").is_some());
    h.key_press(egui::Key::A);
    h.run();
    assert_eq!(last_kind(&h, clara), EventKind::RequestAccepted);
    assert!(h.query_by_label("Keine Anfragen offen.").is_some());
    let s = h.state().store().summary().unwrap();
    assert_eq!(s.platforms["linkedin"].pending_incoming, 0);
    assert_eq!(s.platforms["linkedin"].redirected, 1);
}

/// One request without a message on LinkedIn: nothing tells its language.
fn silent_request(lang: Lang) -> Harness<'static, FollowdeskApp> {
    let mut store = Store::open_in_memory(PlatformRules::builtin()).unwrap();
    let id = store
        .apply(Command::CreateContact {
            fields: ContactFields::named("Anna", "Schmidt"),
            profiles: vec![],
        })
        .unwrap()
        .created_contact
        .unwrap();
    store
        .apply(Command::LogEvent(NewEvent::manual(
            id,
            "linkedin",
            EventKind::RequestReceived,
            Utc::now(),
        )))
        .unwrap();
    app_harness_in(store, View::Triage, lang)
}

fn copy_reply(h: &mut Harness<'static, FollowdeskApp>, label: &str) -> String {
    h.get_by_label(label).click();
    h.step();
    copied(h).expect("the reply went to the clipboard")
}

#[test]
fn a_reply_in_an_unknown_language_follows_the_ui_until_the_user_picks_one() {
    let mut h = silent_request(Lang::En);
    h.key_press(egui::Key::F);
    h.run();
    let text = copy_reply(&mut h, "Copy reply");
    assert!(
        text.starts_with("Hi Anna"),
        "English UI, English reply: {text}"
    );

    let mut h = silent_request(Lang::De);
    h.key_press(egui::Key::F);
    h.run();
    assert!(
        h.query_by_label("aus der Vorlage redirect.de.sie")
            .is_some()
    );
    let text = copy_reply(&mut h, "Antwort kopieren");
    assert!(
        text.starts_with("Guten Tag Anna Schmidt"),
        "German UI, formal German reply: {text}"
    );
    // The user's choice wins, and stays when the language of the app changes.
    h.get_by_label("Englisch").click();
    h.run();
    assert!(h.query_by_label("aus der Vorlage redirect.en").is_some());
    h.state_mut().prefs.lang = Some(Lang::En);
    h.run();
    assert!(h.query_by_label("from template redirect.en").is_some());
    let text = copy_reply(&mut h, "Copy reply");
    assert!(text.starts_with("Hi Anna"), "{text}");
}

#[test]
fn a_request_in_english_gets_an_english_reply_in_the_german_ui() {
    let (mut h, _) = fixture_in(Lang::De);
    // Anna wrote "Always looking to expand my network.": English, whatever the UI says.
    h.key_press(egui::Key::F);
    h.run();
    assert!(h.query_by_label("aus der Vorlage redirect.en").is_some());
    let text = copy_reply(&mut h, "Antwort kopieren");
    assert!(text.starts_with("Hi Anna"), "{text}");
}
