//! Team sync through a real PostgreSQL server (`FOLLOWDESK_TEST_PG`): reps with SQLite files
//! of their own syncing through it, offline changes converging, interrupted syncs repeated,
//! claim races, and the server's row-level security. Skipped without the variable.
#![allow(clippy::unwrap_used)]

mod team_support;

use std::collections::BTreeSet;

use followdesk::domain::command::Command;
use followdesk::domain::team::{self, live};
use followdesk::domain::time::{from_secs, now};
use followdesk::domain::{ContactFields, ContactId, EventKind, NewEvent};
use followdesk::store::Store;
use followdesk::team::{SyncOptions, TeamError, claim_with, sync};
use postgres::{Client, NoTls};
use team_support::{Rep, TeamDb, server};

fn person(store: &mut Store, first: &str, last: &str, url: &str, email: &str) -> ContactId {
    let mut fields = ContactFields::named(first, last);
    email.clone_into(&mut fields.email);
    store
        .apply(Command::CreateContact {
            fields,
            profiles: vec![("linkedin".to_owned(), Some(url.to_owned()))],
        })
        .unwrap()
        .created_contact
        .unwrap()
}

fn log(store: &mut Store, c: ContactId, kind: EventKind, days_ago: i64) -> i64 {
    let at = from_secs(now().timestamp() - days_ago * 86_400);
    store
        .apply(Command::LogEvent(NewEvent::manual(c, "linkedin", kind, at)))
        .unwrap()
        .created_events[0]
        .0
}

fn uuids(store: &Store) -> BTreeSet<String> {
    store
        .team_events()
        .unwrap()
        .into_iter()
        .map(|e| e.uuid)
        .collect()
}

fn own_uuids(store: &Store, role: &str) -> BTreeSet<String> {
    store
        .team_own_events(role)
        .unwrap()
        .into_iter()
        .map(|e| e.uuid)
        .collect()
}

#[test]
fn two_reps_see_each_other_through_the_server_and_a_second_sync_adds_nothing() {
    let Some(base) = server("two_reps") else {
        return;
    };
    let mut db = TeamDb::new(&base);
    let mut anna = Rep::join(&mut db, "anna", "Anna");
    let mut bob = Rep::join(&mut db, "bob", "Bob");
    // The same person, written differently by each: matched by the normalised URL.
    let jan_a = person(
        &mut anna.store,
        "Jan",
        "Neumann",
        "https://www.linkedin.com/in/jan-neumann/",
        "",
    );
    let jan_b = person(
        &mut bob.store,
        "Jan",
        "N.",
        "linkedin.com/in/jan-neumann",
        "",
    );
    log(&mut anna.store, jan_a, EventKind::Message, 3);
    log(&mut bob.store, jan_b, EventKind::RequestSent, 1);
    // A namesake is someone else: never matched by name alone.
    let other = person(
        &mut bob.store,
        "Jan",
        "Neumann",
        "linkedin.com/in/jan-neumann-2",
        "",
    );
    log(&mut bob.store, other, EventKind::Message, 1);

    let a = sync(&mut anna.store, SyncOptions::default()).unwrap();
    assert_eq!((a.pushed, a.pulled), (1, 0));
    let b = sync(&mut bob.store, SyncOptions::default()).unwrap();
    assert_eq!((b.pushed, b.pulled), (2, 1));
    let a = sync(&mut anna.store, SyncOptions::default()).unwrap();
    assert_eq!((a.pushed, a.pulled), (0, 2));
    let again = sync(&mut anna.store, SyncOptions::default()).unwrap();
    assert_eq!((again.pushed, again.pulled), (0, 0));
    assert_eq!(db.server_events(), 3);

    // Anna's own events stay hers; Bob's land in her copy of the team's log only.
    assert_eq!(anna.store.event_count().unwrap(), 1);
    let me = anna.store.team_person(jan_a).unwrap();
    let events = anna.store.team_events().unwrap();
    let names = anna.store.team_rep_names().unwrap();
    assert_eq!(names.get(&bob.role).map(String::as_str), Some("Bob"));
    let found = team::collisions(&me, &anna.role, &events, &[], &names, now(), 30);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].rep, "Bob");
    assert_eq!(found[0].last_contact.unwrap().0, EventKind::RequestSent);
    assert_eq!(anna.store.team_state().unwrap().unwrap().last_error, None);
    assert_eq!(anna.store.team_pending().unwrap(), 0);
}

#[test]
fn three_reps_working_offline_converge_whatever_the_order() {
    let Some(base) = server("three_reps") else {
        return;
    };
    let mut db = TeamDb::new(&base);
    let mut reps: Vec<Rep> = ["anna", "bob", "carl"]
        .iter()
        .map(|r| Rep::join(&mut db, r, r))
        .collect();
    for (i, rep) in reps.iter_mut().enumerate() {
        let c = person(
            &mut rep.store,
            "Eva",
            "Koch",
            "linkedin.com/in/eva-koch",
            "eva@example.com",
        );
        for d in 0..=i as i64 {
            log(&mut rep.store, c, EventKind::Message, d);
        }
    }
    // Bob syncs first, then carl, anna, and bob again; offline meanwhile, anna adds more.
    sync(&mut reps[1].store, SyncOptions::default()).unwrap();
    sync(&mut reps[2].store, SyncOptions::default()).unwrap();
    let c = reps[0].store.team_person(ContactId(1)).unwrap();
    assert!(c.urls.contains(&"linkedin.com/in/eva-koch".to_owned()));
    log(&mut reps[0].store, ContactId(1), EventKind::Meeting, 0);
    for order in [0, 1, 2, 0, 1, 2] {
        sync(&mut reps[order].store, SyncOptions::default()).unwrap();
    }
    let all: BTreeSet<String> = reps
        .iter()
        .flat_map(|r| own_uuids(&r.store, &r.role))
        .collect();
    assert_eq!(all.len(), 2 + 2 + 3);
    assert_eq!(db.server_events(), 7);
    for r in &reps {
        let mut seen = uuids(&r.store);
        seen.extend(own_uuids(&r.store, &r.role));
        assert_eq!(seen, all, "{} has not converged", r.role);
    }
}

#[test]
fn a_sync_cut_off_midway_and_repeated_loses_nothing_and_adds_nothing_twice() {
    let Some(base) = server("interrupted") else {
        return;
    };
    let mut db = TeamDb::new(&base);
    let mut anna = Rep::join(&mut db, "anna", "Anna");
    let mut bob = Rep::join(&mut db, "bob", "Bob");
    let c = person(&mut anna.store, "Jan", "Neumann", "linkedin.com/in/jan", "");
    for d in 0..25 {
        log(&mut anna.store, c, EventKind::Liked, d);
    }
    // Two batches of ten reach the server, but the second is never marked here.
    let cut = SyncOptions {
        batch: 10,
        stop_after_batches: Some(2),
    };
    assert!(matches!(
        sync(&mut anna.store, cut),
        Err(TeamError::Interrupted(2))
    ));
    assert_eq!(db.server_events(), 20);
    assert_eq!(anna.store.team_state().unwrap().unwrap().pushed_event, 10);
    assert!(
        anna.store
            .team_state()
            .unwrap()
            .unwrap()
            .last_error
            .is_some()
    );
    let small = SyncOptions {
        batch: 10,
        stop_after_batches: None,
    };
    let r = sync(&mut anna.store, small).unwrap();
    assert_eq!(
        r.pushed, 5,
        "the ten pushed twice are ignored by the server"
    );
    assert_eq!(db.server_events(), 25);

    // Bob's pull is cut off after fetching a page he never stores; then after one stored.
    let cut = SyncOptions {
        batch: 10,
        stop_after_batches: Some(1),
    };
    assert!(sync(&mut bob.store, cut).is_err());
    assert_eq!(uuids(&bob.store).len(), 0);
    let cut = SyncOptions {
        batch: 10,
        stop_after_batches: Some(2),
    };
    assert!(sync(&mut bob.store, cut).is_err());
    assert_eq!(uuids(&bob.store).len(), 10);
    sync(&mut bob.store, small).unwrap();
    sync(&mut bob.store, small).unwrap();
    assert_eq!(uuids(&bob.store), own_uuids(&anna.store, &anna.role));
    assert_eq!(bob.store.team_events().unwrap().len(), 25);
}

#[test]
fn a_retraction_travels_and_takes_the_event_back_for_everyone() {
    let Some(base) = server("retraction") else {
        return;
    };
    let mut db = TeamDb::new(&base);
    let mut anna = Rep::join(&mut db, "anna", "Anna");
    let mut bob = Rep::join(&mut db, "bob", "Bob");
    let c = person(&mut anna.store, "Jan", "Neumann", "linkedin.com/in/jan", "");
    let id = log(&mut anna.store, c, EventKind::Message, 1);
    sync(&mut anna.store, SyncOptions::default()).unwrap();
    anna.store
        .apply(Command::RetractEvents(vec![followdesk::domain::EventId(
            id,
        )]))
        .unwrap();
    assert_eq!(anna.store.team_pending().unwrap(), 1);
    let r = sync(&mut anna.store, SyncOptions::default()).unwrap();
    assert_eq!(r.retractions, 1);
    assert_eq!(
        sync(&mut anna.store, SyncOptions::default())
            .unwrap()
            .retractions,
        0
    );
    sync(&mut bob.store, SyncOptions::default()).unwrap();
    let events = bob.store.team_events().unwrap();
    assert_eq!(events.len(), 2);
    assert!(live(&events).is_empty());
}

#[test]
fn of_reps_claiming_the_same_person_at_once_exactly_one_wins() {
    let Some(base) = server("claim_race") else {
        return;
    };
    let mut db = TeamDb::new(&base);
    let roles: Vec<String> = (0..6).map(|i| db.add_role(&format!("r{i}"))).collect();
    let urls: Vec<String> = roles.iter().map(|r| db.url(r)).collect();
    for u in &urls {
        let mut c = Client::connect(u, NoTls).unwrap();
        c.execute("INSERT INTO followdesk.reps (name) VALUES ('x')", &[])
            .unwrap();
    }
    let barrier = std::sync::Arc::new(std::sync::Barrier::new(urls.len()));
    let handles: Vec<_> = urls
        .into_iter()
        .map(|u| {
            let barrier = barrier.clone();
            std::thread::spawn(move || {
                let mut c = Client::connect(&u, NoTls).unwrap();
                barrier.wait();
                claim_with(&mut c, "linkedin.com/in/jan", "Jan Neumann")
            })
        })
        .collect();
    let results: Vec<_> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    let won = results.iter().filter(|r| r.is_ok()).count();
    assert_eq!(won, 1, "{results:?}");
    assert!(
        results
            .iter()
            .filter_map(|r| r.as_ref().err())
            .all(|e| matches!(e, TeamError::AlreadyOwned { .. }))
    );
    let open: i64 = db
        .admin()
        .query_one(
            "SELECT count(*) FROM followdesk.claims WHERE released_at IS NULL",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(open, 1);
}

#[test]
fn claims_are_released_and_reassigned_by_a_manager_with_the_history_kept() {
    let Some(base) = server("claims") else { return };
    let mut db = TeamDb::new(&base);
    let mut anna = Rep::join(&mut db, "anna", "Anna");
    let mut bob = Rep::join(&mut db, "bob", "Bob");
    let mut lead = Rep::join(&mut db, "lead", "Lena");
    let key = "linkedin.com/in/jan";
    followdesk::team::claim(&mut anna.store, key, "Jan").unwrap();
    let e = followdesk::team::claim(&mut bob.store, key, "Jan").unwrap_err();
    assert!(e.to_string().contains("Anna"), "{e}");
    assert!(matches!(
        followdesk::team::release(&mut bob.store, key, "Jan"),
        Err(TeamError::NotOwner(_))
    ));
    // Bob is no manager; Lena is.
    assert!(followdesk::team::reassign(&mut bob.store, key, &bob.role).is_err());
    db.make_manager(&lead.role);
    followdesk::team::reassign(&mut lead.store, key, &bob.role).unwrap();
    sync(&mut anna.store, SyncOptions::default()).unwrap();
    let claims = anna.store.team_claims().unwrap();
    assert_eq!(claims.len(), 1);
    assert_eq!(claims[0].rep, bob.role);
    followdesk::team::release(&mut bob.store, key, "Jan").unwrap();
    let history: i64 = db
        .admin()
        .query_one(
            "SELECT count(*) FROM followdesk.claims WHERE released_at IS NOT NULL",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(history, 2);
}

#[test]
fn a_rep_cannot_write_another_reps_events_or_claims() {
    let Some(base) = server("rls") else { return };
    let mut db = TeamDb::new(&base);
    let mut bob = Rep::join(&mut db, "bob", "Bob");
    let anna = db.add_role("anna");
    let c = person(&mut bob.store, "Jan", "Neumann", "linkedin.com/in/jan", "");
    log(&mut bob.store, c, EventKind::Message, 1);
    sync(&mut bob.store, SyncOptions::default()).unwrap();
    let bobs: String = db
        .admin()
        .query_one("SELECT uuid::text FROM followdesk.events", &[])
        .unwrap()
        .get(0);
    let mut as_anna = Client::connect(&db.url(&anna), NoTls).unwrap();
    let forged = as_anna.execute(
        "INSERT INTO followdesk.events (uuid, rep, platform, kind, at) VALUES ($1::text::uuid, $2, 'linkedin', 'message', 0)",
        &[&uuid::Uuid::now_v7().to_string(), &bob.role],
    );
    assert!(forged.is_err(), "an event in Bob's name was accepted");
    let retract = as_anna.execute(
        "INSERT INTO followdesk.events (uuid, platform, kind, at, retracts) VALUES ($1::text::uuid, 'linkedin', 'message', 0, $2::text::uuid)",
        &[&uuid::Uuid::now_v7().to_string(), &bobs],
    );
    assert!(retract.is_err(), "Anna retracted Bob's event");
    assert!(
        as_anna
            .execute("UPDATE followdesk.events SET kind = 'meeting'", &[])
            .is_err()
    );
    assert!(
        as_anna
            .execute("DELETE FROM followdesk.events", &[])
            .is_err()
    );
    let claim = as_anna.execute(
        "INSERT INTO followdesk.claims (person_key, rep, claimed_by) VALUES ('x', $1, $1)",
        &[&bob.role],
    );
    assert!(claim.is_err(), "a claim in Bob's name was accepted");
    // Her own event goes in.
    as_anna
        .execute(
            "INSERT INTO followdesk.events (uuid, platform, kind, at) VALUES ($1::text::uuid, 'linkedin', 'message', 0)",
            &[&uuid::Uuid::now_v7().to_string()],
        )
        .unwrap();
    assert_eq!(db.server_events(), 2);
}
