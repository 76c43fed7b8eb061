//! Every LinkedIn export layout since 2018, from the synthetic fixtures in
//! `tests/fixtures/exports/<layout>/` (built to the real shapes, invented people): what
//! each imports, that importing it again changes nothing, and that an older export without
//! links followed by a newer one with links gives one contact per person.
#![allow(clippy::unwrap_used)]

mod support;

use std::path::{Path, PathBuf};

use followdesk::domain::EventKind;
use followdesk::import::{ImportKind, ImportReport, IssueReason};
use followdesk::store::Store;
use support::*;

fn fixture(layout: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/exports")
        .join(layout)
}

/// Contacts, then LinkedIn's connections, pending incoming and pending outgoing requests.
fn summary(s: &Store) -> (u64, u64, u64, u64) {
    let sum = s.summary().unwrap();
    let li = &sum.platforms["linkedin"];
    (
        sum.contacts,
        li.connections,
        li.pending_incoming,
        li.pending_outgoing,
    )
}

fn reasons(r: &ImportReport) -> Vec<(String, IssueReason)> {
    r.skipped
        .iter()
        .map(|i| (i.file.clone(), i.reason.clone()))
        .collect()
}

/// Imports `layout`, then again, and checks the second import changed nothing.
fn import_twice(s: &mut Store, layout: &str) -> ImportReport {
    let first = import(s, ImportKind::Linkedin, &[&fixture(layout)]).unwrap();
    let before = counts(s);
    let posts = s.posts().unwrap().len();
    let again = import(s, ImportKind::Linkedin, &[&fixture(layout)]).unwrap();
    assert_eq!((again.added, again.updated), (0, 0), "{layout}: {again:?}");
    assert_eq!(again.events_added, 0, "{layout}");
    assert_eq!(again.posts_added + again.posts_updated, 0, "{layout}");
    let after = counts(s);
    assert_eq!(
        (after.0, after.1, after.3, after.4),
        (before.0, before.1, before.3, before.4),
        "{layout}: re-import changed data"
    );
    assert_eq!(s.posts().unwrap().len(), posts);
    first
}

fn contact<'a>(
    all: &'a [followdesk::store::FullContact],
    first: &str,
    company: &str,
) -> &'a followdesk::store::FullContact {
    all.iter()
        .find(|c| {
            c.fields.first_name == first && (company.is_empty() || c.fields.company == company)
        })
        .unwrap_or_else(|| panic!("no {first} at {company}: {all:#?}"))
}

#[test]
fn the_2018_export_with_us_dates_old_messages_and_utf16_shares() {
    let mut s = store();
    let r = import_twice(&mut s, "linkedin-2018");
    assert_eq!(summary(&s), (6, 4, 1, 1));
    assert_eq!(
        r.events_added,
        4 + 4 + 3,
        "connections, invitations, messages"
    );
    assert_eq!(r.posts_added, 2);
    assert_eq!(
        reasons(&r),
        [("Messages.csv".to_owned(), IssueReason::Spam)],
        "only the spam is left out"
    );
    let all = s.full_contacts().unwrap();
    let yuri = contact(&all, "Yuri", "");
    assert_eq!(yuri.fields.email, "", "urn:li:member is no e-mail address");
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
    let karl = contact(&all, "Karl", "Example ApS");
    let msgs = s.events(karl.id).unwrap();
    let msg = msgs.iter().find(|e| e.kind == EventKind::Message).unwrap();
    assert!(
        msg.message.contains("I\u{2019}m glad to help & hear"),
        "{}",
        msg.message
    );
    let posts = s.posts().unwrap();
    assert!(
        posts
            .iter()
            .any(|p| p.post.text == "Excited to share my first app, \"Campus Connect\"!")
    );
}

#[test]
fn the_2022_export_without_links_and_with_sender_links_only() {
    let mut s = store();
    let r = import_twice(&mut s, "linkedin-2022");
    assert_eq!(summary(&s), (7, 6, 1, 0));
    assert_eq!(r.events_added, 6 + 2 + 3);
    let skipped = reasons(&r);
    assert_eq!(
        skipped[0],
        ("Connections.csv".to_owned(), IssueReason::HiddenProfile)
    );
    assert!(
        matches!(skipped[1].1, IssueReason::NoParticipant { .. }),
        "{skipped:?}"
    );
    assert_eq!(skipped.len(), 2);
    let all = s.full_contacts().unwrap();
    let katrin = contact(&all, "Katrin", "");
    assert_eq!(katrin.fields.last_name, "Dr. Schäfer, MBA");
    let texts: Vec<String> = s
        .posts()
        .unwrap()
        .into_iter()
        .map(|p| p.post.text)
        .collect();
    assert!(
        texts.contains(&"Zwei Dinge von der Messe.\n\nErstens: zuhören.".to_owned()),
        "{texts:?}"
    );
}

#[test]
fn the_2026_export_matches_percent_encoded_and_raw_links() {
    let mut s = store();
    let r = import_twice(&mut s, "linkedin-2026");
    // Zora's and Linnéa's invitations name them with raw links, Connections.csv with
    // percent-encoded ones: still one contact each, and no false pending request.
    assert_eq!(summary(&s), (8, 7, 1, 0));
    assert_eq!(r.events_added, 7 + 3 + 3);
    let skipped: Vec<IssueReason> = reasons(&r).into_iter().map(|(_, r)| r).collect();
    assert_eq!(
        skipped,
        [
            IssueReason::HiddenProfile,
            IssueReason::Draft,
            IssueReason::Spam
        ]
    );
    let all = s.full_contacts().unwrap();
    let linnea = contact(&all, "Linnéa", "MilDef");
    assert_eq!(
        linnea.profiles,
        [(
            "linkedin".to_owned(),
            Some("linkedin.com/in/linnéa-berg-hr".to_owned())
        )]
    );
    assert_eq!(
        s.contact_by_profile(
            "linkedin",
            "https://de.linkedin.com/in/Linn%C3%A9a-Berg-HR/"
        )
        .unwrap(),
        Some(linnea.id)
    );
}

#[test]
fn a_2022_export_then_a_2026_export_of_the_same_network_adds_no_duplicate() {
    let mut s = store();
    import(&mut s, ImportKind::Linkedin, &[&fixture("linkedin-2022")]).unwrap();
    let r = import_twice(&mut s, "linkedin-2026");
    // 7 from 2022 (6 connections and Katrin's request), then Zora and Chidi are new.
    assert_eq!(summary(&s), (9, 7, 2, 0));
    assert_eq!(r.added, 2, "{r:?}");
    let all = s.full_contacts().unwrap();
    // The two Peter Fischers are told apart by the day they connected.
    for (company, slug) in [("Alpha GmbH", "alpha"), ("Beta AG", "beta")] {
        let p = contact(&all, "Peter", company);
        assert_eq!(
            p.profiles[0].1.as_deref(),
            Some(format!("linkedin.com/in/peter-fischer-{slug}").as_str())
        );
    }
    assert_eq!(
        contact(&all, "Asha", "").fields.position,
        "Teaching Assistant"
    );
}

#[test]
fn a_person_of_the_same_name_connected_on_another_day_is_another_person() {
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("old");
    let new = dir.path().join("new");
    std::fs::create_dir_all(&old).unwrap();
    std::fs::create_dir_all(&new).unwrap();
    std::fs::write(
        old.join("Connections.csv"),
        "First Name,Last Name,Email Address,Company,Position,Connected On\nPeter,Fischer,,Alpha GmbH,CTO,01 Mar 2019\n",
    )
    .unwrap();
    std::fs::write(
        new.join("Connections.csv"),
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nPeter,Fischer,https://www.linkedin.com/in/pf2,,Alpha GmbH,CTO,05 May 2024\n",
    )
    .unwrap();
    let mut s = store();
    import(&mut s, ImportKind::Linkedin, &[&old]).unwrap();
    let r = import(&mut s, ImportKind::Linkedin, &[&new]).unwrap();
    assert_eq!(r.added, 1, "equal names alone never merge");
    assert_eq!(s.contact_count().unwrap(), 2);
}
