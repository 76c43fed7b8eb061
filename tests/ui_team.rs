//! The team in the app: the sync state in words in the status bar, and Triage warning
//! before I decide on someone another rep owns or recently wrote to.
#![allow(clippy::unwrap_used)] // Test helpers panic on failure by design.

use egui_kittest::kittest::{NodeT as _, Queryable};
use followdesk::domain::command::Command;
use followdesk::domain::team::{Claim, PersonRef, TeamEvent};
use followdesk::domain::time::{from_secs, now};
use followdesk::domain::{ContactFields, EventKind, NewEvent, PlatformRules};
use followdesk::store::Store;
use followdesk::ui::View;
use ui_support::app_harness;

mod ui_support;

/// A database joined to a team server nobody listens on, with a request from Jan, whom
/// Anna owns and wrote to three days ago.
fn joined_store() -> Store {
    let mut store = Store::open_in_memory(PlatformRules::builtin()).unwrap();
    // Port 1 on the loopback: the connection is refused at once.
    store
        .team_join("postgres://me@127.0.0.1:1/team?sslmode=disable", "r_me")
        .unwrap();
    let jan = store
        .apply(Command::CreateContact {
            fields: ContactFields::named("Jan", "Neumann"),
            profiles: vec![(
                "linkedin".to_owned(),
                Some("https://www.linkedin.com/in/jan-neumann".to_owned()),
            )],
        })
        .unwrap()
        .created_contact
        .unwrap();
    store
        .apply(Command::LogEvent(NewEvent::manual(
            jan,
            "linkedin",
            EventKind::RequestReceived,
            now(),
        )))
        .unwrap();
    let three_days_ago = from_secs(now().timestamp() - 3 * 86_400 - 60);
    let anna = TeamEvent {
        seq: 1,
        uuid: "0190f5f6-0000-7000-8000-000000000001".to_owned(),
        rep: "r_anna".to_owned(),
        platform: "linkedin".to_owned(),
        kind: EventKind::Message,
        at: three_days_ago,
        person: PersonRef {
            url: Some("linkedin.com/in/jan-neumann".to_owned()),
            email: None,
        },
        person_name: "Jan Neumann".to_owned(),
        retracts: None,
    };
    store.team_store_pulled(&[anna], 1).unwrap();
    store
        .team_store_directory(
            &[Claim {
                person_key: "linkedin.com/in/jan-neumann".to_owned(),
                rep: "r_anna".to_owned(),
                since: from_secs(now().timestamp() - 20 * 86_400),
            }],
            &[("r_anna".to_owned(), "Anna".to_owned(), false)],
        )
        .unwrap();
    store
}

#[test]
fn an_unreachable_team_server_is_shown_as_offline_in_words() {
    let mut h = app_harness(joined_store(), View::Triage);
    h.run();
    h.get_by_label_contains("Team: offline");
    h.get_by_label("Sync now");
}

#[test]
fn triage_says_who_owns_and_last_wrote_to_the_person_before_i_decide() {
    let mut h = app_harness(joined_store(), View::Triage);
    h.run();
    let owns = h
        .get_by_label_contains("Anna owns Jan Neumann since")
        .accesskit_node()
        .id();
    let last = h
        .get_by_label_contains("; last message 3 days ago")
        .accesskit_node()
        .id();
    assert_eq!(owns, last, "one warning says both");
}
