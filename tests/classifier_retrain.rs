//! A personal classifier learns from the rep's Triage decisions: decisions stored as events
//! become labelled examples, and retraining on them changes the verdicts they contradict.
#![allow(clippy::unwrap_used)]

use chrono::{Duration, TimeZone, Utc};
use followdesk::domain::classifier::learned::personal::{self, PERSONAL_MODEL_SETTING};
use followdesk::domain::classifier::{Classifier, Verdict};
use followdesk::domain::command::Command;
use followdesk::domain::{ContactFields, EventKind, NewEvent, PlatformRules};
use followdesk::store::Store;

/// Webinar invitations from vendors: they name an event and a date, which the shipped model
/// takes for a concrete reason; this rep redirects every one of them.
const INVITES: [&str; 6] = [
    "Hi {n}, join our free webinar on Thursday at 4pm: five ERP trends for mid-sized manufacturers.",
    "Hello {n}, you are invited to our webinar next Tuesday, 11am, on cloud ERP for wholesalers.",
    "Hi {n}, our product webinar on Wednesday 3pm shows the new ERP release live. Register now!",
    "{n}, save your seat: webinar on Friday at 10am about ERP migration checklists.",
    "Dear {n}, we host a webinar on Monday at 2pm on ERP for food producers, would love to see you.",
    "Hi {n}, last seats for our webinar this Thursday, 5pm: ERP dashboards in 30 minutes.",
];
const NAMES: [&str; 5] = ["Anna", "Ben", "Clara", "Dirk", "Eva"];

/// A store with one redirected webinar invitation per name and template (30 decisions).
fn store_with_decisions() -> Store {
    let mut store = Store::open_in_memory(PlatformRules::builtin()).unwrap();
    let mut at = Utc.with_ymd_and_hms(2026, 10, 1, 9, 0, 0).unwrap();
    for name in NAMES {
        for invite in INVITES {
            let id = store
                .apply(Command::CreateContact {
                    fields: ContactFields::named(name, "Test"),
                    profiles: vec![],
                })
                .unwrap()
                .created_contact
                .unwrap();
            let msg = invite.replace("{n}", name);
            store
                .apply(Command::LogEvent(
                    NewEvent::manual(id, "linkedin", EventKind::RequestReceived, at)
                        .with_message(&msg),
                ))
                .unwrap();
            at += Duration::hours(1);
            store
                .apply(Command::LogEvent(NewEvent::manual(
                    id,
                    "linkedin",
                    EventKind::RedirectedToFollow,
                    at,
                )))
                .unwrap();
            at += Duration::hours(1);
        }
    }
    store
}

#[test]
fn decisions_are_read_with_the_message_they_answered() {
    let store = store_with_decisions();
    let d = store.triage_decisions().unwrap();
    assert_eq!(d.len(), 30);
    assert!(d.iter().all(|d| !d.accepted && !d.declined));
    assert_eq!(d[0].message, INVITES[0].replace("{n}", "Anna"));
}

#[test]
fn retraining_on_decisions_changes_a_verdict_it_should() {
    let rules = PlatformRules::builtin();
    let rule = rules.require("linkedin").unwrap();
    let fresh = "Hi Frank, join our webinar on Thursday at 3pm: ERP for retailers, with live demo.";
    let shipped = Classifier::builtin();
    let before = shipped.classify(fresh, rule);
    assert_ne!(before.verdict, Verdict::Unspecific, "{before:?}");

    let mut store = store_with_decisions();
    let outcome = personal::retrain(&shipped, &rules, &store.triage_decisions().unwrap());
    assert!(!outcome.too_few());
    assert!(
        outcome.personal_right > outcome.shipped_right,
        "{} vs {}",
        outcome.personal_right,
        outcome.shipped_right
    );
    let model = outcome.model.unwrap();
    let after = Classifier::with_model(model.clone()).classify(fresh, rule);
    assert_eq!(after.verdict, Verdict::Unspecific, "{after:?}");

    // Kept as a setting through a command; the active classifier follows it, and reset
    // goes back to the shipped one.
    store
        .apply(Command::SetSetting {
            key: PERSONAL_MODEL_SETTING.into(),
            value: Some(model.to_tsv()),
        })
        .unwrap();
    let setting = store.setting(PERSONAL_MODEL_SETTING).unwrap();
    assert_eq!(
        personal::active(setting.as_deref())
            .classify(fresh, rule)
            .verdict,
        Verdict::Unspecific
    );
    store
        .apply(Command::SetSetting {
            key: PERSONAL_MODEL_SETTING.into(),
            value: None,
        })
        .unwrap();
    let setting = store.setting(PERSONAL_MODEL_SETTING).unwrap();
    assert_eq!(
        personal::active(setting.as_deref())
            .classify(fresh, rule)
            .verdict,
        before.verdict
    );
}

#[test]
fn too_few_decisions_keep_the_shipped_model() {
    let rules = PlatformRules::builtin();
    let d = store_with_decisions().triage_decisions().unwrap();
    let outcome = personal::retrain(&Classifier::builtin(), &rules, &d[..8]);
    assert!(outcome.too_few());
    assert!(outcome.model.is_none());
}
