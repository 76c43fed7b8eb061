//! Signals and reminders in the app: on Today and in Pipeline, acting, dismissing, undoing
//! and reminding write the events they say, through the app's one funnel.
#![allow(clippy::unwrap_used)] // Test helpers panic on failure by design.

use chrono::{Duration, Utc};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use followdesk::domain::command::Command;
use followdesk::domain::signals::{Cause, ReminderNote, SignalKind, set_reminder};
use followdesk::domain::{ContactFields, ContactId, Event, EventKind, NewEvent, PlatformRules};
use followdesk::store::Store;
use followdesk::ui::{FollowdeskApp, View};
use ui_support::app_harness;

mod ui_support;

fn person(s: &mut Store, first: &str) -> ContactId {
    s.apply(Command::CreateContact {
        fields: ContactFields::named(first, "Beispiel"),
        profiles: vec![("linkedin".into(), Some(format!("linkedin.com/in/{first}")))],
    })
    .unwrap()
    .created_contact
    .unwrap()
}

/// Jan: connected, my message of 20 days ago unanswered. Eva: a reminder due today.
fn fixture(view: View) -> (Harness<'static, FollowdeskApp>, ContactId, ContactId) {
    let mut s = Store::open_in_memory(PlatformRules::builtin()).unwrap();
    let jan = person(&mut s, "Jan");
    let sent = Utc::now() - Duration::days(20);
    s.apply(Command::LogEvents(vec![
        NewEvent::manual(
            jan,
            "linkedin",
            EventKind::StartedFollowing,
            sent - Duration::days(30),
        ),
        NewEvent::manual(jan, "linkedin", EventKind::MessageSent, sent),
    ]))
    .unwrap();
    let eva = person(&mut s, "Eva");
    s.apply(Command::LogEvent(set_reminder(
        eva,
        "linkedin",
        chrono::Local::now().date_naive(),
        "ask about the budget",
        Utc::now() - Duration::days(3),
    )))
    .unwrap();
    let mut h = app_harness(s, view);
    // The metrics snapshot loads on the worker.
    for _ in 0..50 {
        if h.query_by_label_contains("Worth a message now").is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
        h.run();
    }
    (h, jan, eva)
}

fn events(h: &Harness<'static, FollowdeskApp>, id: ContactId) -> Vec<Event> {
    h.state().store().events(id).unwrap()
}

fn kinds(h: &Harness<'static, FollowdeskApp>, id: ContactId) -> Vec<EventKind> {
    events(h, id).iter().map(|e| e.kind).collect()
}

#[test]
fn today_leads_with_the_due_reminder_and_the_signal_and_dismissing_writes_its_cause() {
    let (mut h, jan, eva) = fixture(View::Today);
    assert!(h.query_by_label_contains("1 reminder due").is_some());
    assert!(h.query_by_label_contains("ask about the budget").is_some());
    assert!(
        h.query_by_label_contains(
            "Jan Beispiel · LinkedIn · follow-up due – your message of 20 days ago is unanswered"
        )
        .is_some()
    );

    // Done on the reminder: a reminder_closed event naming it.
    h.get_by_label("Done").click();
    h.run();
    let closed = events(&h, eva).pop().unwrap();
    assert_eq!(closed.kind, EventKind::ReminderClosed);
    assert!(h.state().store().reminders().unwrap()[0].closed == Some(true));
    assert!(h.query_by_label_contains("reminder due").is_none());

    // Dismiss the signal: a signal_dismissed event with its cause; it leaves the list.
    h.get_by_label("Dismiss signal").click();
    h.run();
    let dismissed = events(&h, jan).pop().unwrap();
    assert_eq!(dismissed.kind, EventKind::SignalDismissed);
    let cause = Cause::from_message(&dismissed.message).unwrap();
    assert_eq!(cause.kind, SignalKind::FollowUpDue);
    assert!(
        h.query_by_label_contains("Worth a message now: 0 people")
            .is_some()
    );

    // Ctrl+Z: the dismissal is retracted and the signal is back.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert!(
        h.query_by_label_contains("Worth a message now: 1 person")
            .is_some()
    );
    assert!(!kinds(&h, jan).contains(&EventKind::SignalDismissed));
}

#[test]
fn in_pipeline_one_key_writes_the_follow_up_and_remind_me_sets_a_reminder() {
    let (mut h, jan, _) = fixture(View::Pipeline);
    assert!(
        h.query_by_label_contains("Worth a message now: 1 person")
            .is_some()
    );
    h.key_press(egui::Key::W);
    h.run();
    let k = kinds(&h, jan);
    assert_eq!(
        &k[k.len() - 2..],
        [EventKind::MessageSent, EventKind::SignalDismissed],
        "W logs the message and resolves the signal in one change"
    );
    assert!(
        h.query_by_label_contains("Worth a message now: 0 people")
            .is_some()
    );
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(kinds(&h, jan).len(), 2, "one undo takes back both");

    // Remind me next week, with a note.
    h.get_by_label("Remind me:").click();
    h.run();
    h.get_by_label("Remind me:")
        .type_text("send the case study");
    h.run();
    h.get_by_label("next week").click();
    h.run();
    let e = events(&h, jan).pop().unwrap();
    assert_eq!(e.kind, EventKind::ReminderSet);
    let note: ReminderNote = serde_json::from_str(&e.message).unwrap();
    let today = chrono::Local::now().date_naive();
    assert_eq!(note.note, "send the case study");
    assert!(note.due > today && note.due <= today + Duration::days(7));
}

#[test]
fn a_threshold_changed_in_pipeline_is_a_setting_and_the_signal_follows_it() {
    let (mut h, _, _) = fixture(View::Pipeline);
    h.get_by_label("Signal thresholds").click();
    h.run();
    let label = "follow up an unanswered message after (days)";
    h.get_by_label(label).click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.get_by_label(label).type_text("30");
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    assert_eq!(
        h.state()
            .store()
            .setting("signals.follow_up_days")
            .unwrap()
            .as_deref(),
        Some("30")
    );
    assert!(
        h.query_by_label_contains("Worth a message now: 0 people")
            .is_some()
    );
}
