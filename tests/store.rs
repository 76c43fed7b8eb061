//! The store: round trips of every entity, derived state, refused input, migrations.
#![allow(clippy::unwrap_used)] // Test helpers panic on failure by design.

use chrono::{NaiveDate, TimeZone, Utc};
use followdesk::domain::command::Command;
use followdesk::domain::metrics::{MixParams, content_mix};
use followdesk::domain::time::Timestamp;
use followdesk::domain::{
    ConnectionState, ContactFields, ContactId, EventKind, NewEvent, NewPost, PlatformRules,
    PostAudience, PostId, PostKind,
};
use followdesk::store::{Store, StoreError};

fn store() -> Store {
    Store::open_in_memory(PlatformRules::builtin()).unwrap()
}

fn day(d: u32) -> Timestamp {
    Utc.with_ymd_and_hms(2026, 1, d, 9, 0, 0).unwrap()
}

fn add(store: &mut Store, first: &str, last: &str) -> ContactId {
    store
        .apply(Command::CreateContact {
            fields: ContactFields::named(first, last),
            profiles: vec![],
        })
        .unwrap()
        .created_contact
        .unwrap()
}

#[test]
fn contact_with_profiles_round_trips() {
    let mut s = store();
    let fields = ContactFields {
        first_name: "Anna".into(),
        last_name: "Müller".into(),
        company: "Müller, Schmidt & Partner GmbH".into(),
        position: "Head of Sales".into(),
        email: "anna@example.de".into(),
        phone: "+49 30 1234".into(),
        notes: "Met at Hannover Messe 🚀\nمرحبا".into(),
    };
    let id = s
        .apply(Command::CreateContact {
            fields: fields.clone(),
            profiles: vec![(
                "linkedin".into(),
                Some("https://www.linkedin.com/in/anna-mueller-1a2b3c/".into()),
            )],
        })
        .unwrap()
        .created_contact
        .unwrap();
    let c = s.contact(id).unwrap().unwrap();
    assert_eq!(c.fields, fields);
    let profiles = s.profiles(id).unwrap();
    assert_eq!(profiles.len(), 1);
    assert_eq!(
        profiles[0].url.as_deref(),
        Some("linkedin.com/in/anna-mueller-1a2b3c")
    );
    assert_eq!(
        s.contact_by_profile("linkedin", "http://linkedin.com/in/anna-mueller-1a2b3c?x=1")
            .unwrap(),
        Some(id)
    );
}

#[test]
fn update_and_undo_restores_the_old_fields() {
    let mut s = store();
    let id = add(&mut s, "Jörg", "Weber");
    let mut f = s.contact(id).unwrap().unwrap().fields;
    f.company = "Nordlicht AG".into();
    let undo = s
        .apply(Command::UpdateContact { id, fields: f })
        .unwrap()
        .undo
        .unwrap();
    assert_eq!(
        s.contact(id).unwrap().unwrap().fields.company,
        "Nordlicht AG"
    );
    s.apply(undo).unwrap();
    assert_eq!(s.contact(id).unwrap().unwrap().fields.company, "");
}

#[test]
fn events_round_trip_and_derive_state() {
    let mut s = store();
    let id = add(&mut s, "Claudia", "Vogt");
    let log = [
        (
            1,
            EventKind::RequestReceived,
            "I'd like to add you to my professional network on LinkedIn.",
        ),
        (2, EventKind::RedirectedToFollow, ""),
        (3, EventKind::StartedFollowing, ""),
        (5, EventKind::Commented, "great post"),
    ];
    for (d, kind, msg) in log {
        s.apply(Command::LogEvent(
            NewEvent::manual(id, "linkedin", kind, day(d)).with_message(msg),
        ))
        .unwrap();
    }
    let events = s.events(id).unwrap();
    assert_eq!(
        events.iter().map(|e| e.kind).collect::<Vec<_>>(),
        log.iter().map(|l| l.1).collect::<Vec<_>>()
    );
    assert_eq!(events[0].message, log[0].2);
    let rels = s.relationships(id).unwrap();
    assert_eq!(rels.len(), 1);
    let (platform, rel) = &rels[0];
    assert_eq!(platform, "linkedin");
    assert_eq!(rel.state, ConnectionState::None);
    assert!(rel.follows_me && rel.redirected);
    assert_eq!(rel.last_interaction, Some(day(5)));

    let summary = s.summary().unwrap();
    let li = summary.platforms["linkedin"];
    assert_eq!(
        (li.followers, li.redirected, li.pending_incoming),
        (1, 1, 0)
    );
}

#[test]
fn retracting_an_event_undoes_its_effect_but_keeps_the_log() {
    let mut s = store();
    let id = add(&mut s, "Nina", "Koch");
    s.apply(Command::LogEvent(NewEvent::manual(
        id,
        "xing",
        EventKind::RequestReceived,
        day(1),
    )))
    .unwrap();
    let applied = s
        .apply(Command::LogEvent(NewEvent::manual(
            id,
            "xing",
            EventKind::RequestAccepted,
            day(2),
        )))
        .unwrap();
    assert_eq!(
        s.relationships(id).unwrap()[0].1.state,
        ConnectionState::Connected
    );
    s.apply(applied.undo.unwrap()).unwrap();
    assert_eq!(
        s.relationships(id).unwrap()[0].1.state,
        ConnectionState::RequestReceived
    );
    assert_eq!(
        s.event_count().unwrap(),
        2,
        "the log keeps the retracted event"
    );
    assert_eq!(s.events(id).unwrap().len(), 1);
}

#[test]
fn events_cannot_be_rewritten() {
    let mut s = store();
    let id = add(&mut s, "Kai", "Lange");
    s.apply(Command::LogEvent(NewEvent::manual(
        id,
        "linkedin",
        EventKind::Liked,
        day(1),
    )))
    .unwrap();
    let mut bulk = s.bulk().unwrap();
    drop(bulk.event(&NewEvent::manual(id, "linkedin", EventKind::Shared, day(2))));
    drop(bulk); // dropped without commit: nothing written
    assert_eq!(s.event_count().unwrap(), 1);
}

#[test]
fn tags_add_remove_rename_recolour() {
    let mut s = store();
    let id = add(&mut s, "Petra", "Roth");
    let undo = s
        .apply(Command::AddTag {
            contact: id,
            name: "vip".into(),
        })
        .unwrap()
        .undo;
    assert_eq!(s.tags_of(id).unwrap()[0].name, "vip");
    s.apply(undo.unwrap()).unwrap();
    assert!(s.tags_of(id).unwrap().is_empty());
    s.apply(Command::AddTag {
        contact: id,
        name: "VIP".into(),
    })
    .unwrap();
    assert_eq!(
        s.all_tags().unwrap().len(),
        1,
        "tag names are case-insensitive"
    );
    let tag = s.all_tags().unwrap()[0].id;
    s.apply(Command::RenameTag {
        tag,
        name: "key account".into(),
    })
    .unwrap();
    s.apply(Command::SetTagColor {
        tag,
        color: "#FF8800".into(),
    })
    .unwrap();
    let t = &s.tags_of(id).unwrap()[0];
    assert_eq!(
        (t.name.as_str(), t.color.as_str()),
        ("key account", "#ff8800")
    );
    assert!(
        s.search_ids("key acc").unwrap().contains(&id),
        "renamed tag is searchable"
    );
}

#[test]
fn trash_and_restore() {
    let mut s = store();
    let id = add(&mut s, "Ute", "Klein");
    let undo = s.apply(Command::TrashContact(id)).unwrap().undo.unwrap();
    assert_eq!(s.contact_count().unwrap(), 0);
    assert!(s.contact(id).unwrap().unwrap().deleted_at.is_some());
    s.apply(undo).unwrap();
    assert_eq!(s.contact_count().unwrap(), 1);
}

#[test]
fn posts_round_trip() {
    let mut s = store();
    let post = NewPost {
        platform: "linkedin".into(),
        posted_at: day(3),
        kind: PostKind::ProfileUpdate,
        url: "https://www.linkedin.com/feed/update/urn:li:activity:1".into(),
        text: "New role, same \"team\".\nSecond line".into(),
        reactions: 4,
        comments: 1,
        shares: 0,
        impressions: Some(230),
        audience: PostAudience::Anyone,
    };
    s.apply(Command::AddPost(post.clone())).unwrap();
    let posts = s.posts().unwrap();
    assert_eq!(posts.len(), 1);
    assert_eq!(posts[0].post, post);
    assert_eq!(posts[0].source, "", "logged by hand");
}

#[test]
fn setting_a_posts_kind_changes_the_mix_and_undo_sets_the_old_kind_back() {
    let mut s = store();
    for d in [3, 4] {
        s.apply(Command::AddPost(NewPost {
            platform: "linkedin".into(),
            posted_at: day(d),
            kind: PostKind::Relevant,
            url: String::new(),
            text: format!("Post {d}"),
            reactions: 0,
            comments: 0,
            shares: 0,
            impressions: None,
            audience: PostAudience::Anyone,
        }))
        .unwrap();
    }
    let as_of = NaiveDate::from_ymd_opt(2026, 1, 31).unwrap();
    let share = |s: &Store| {
        let log = s.metrics_log().unwrap();
        let mix = content_mix(&log, as_of, &MixParams::default());
        let li = mix.iter().find(|m| m.platform == "linkedin").unwrap();
        li.recent.promotional_share()
    };
    assert_eq!(share(&s), Some(0.0));
    let lines = s.post_lines("linkedin").unwrap();
    let texts: Vec<&str> = lines.iter().map(|l| l.excerpt.as_str()).collect();
    assert_eq!(texts, ["Post 4", "Post 3"], "newest first");
    let newest = lines[0].id;

    let applied = s
        .apply(Command::SetPostKind {
            post: newest,
            kind: PostKind::Promotional,
        })
        .unwrap();
    assert_eq!(
        s.post_lines("linkedin").unwrap()[0].kind,
        PostKind::Promotional
    );
    assert_eq!(share(&s), Some(0.5));
    let undo = applied.undo.unwrap();
    assert_eq!(
        undo,
        Command::SetPostKind {
            post: newest,
            kind: PostKind::Relevant
        }
    );
    s.apply(undo).unwrap();
    assert_eq!(
        s.post_lines("linkedin").unwrap()[0].kind,
        PostKind::Relevant
    );
    assert_eq!(share(&s), Some(0.0));

    // Setting the kind a post has changes nothing, so there is nothing to undo.
    let same = s
        .apply(Command::SetPostKind {
            post: newest,
            kind: PostKind::Relevant,
        })
        .unwrap();
    assert_eq!(same.undo, None);
    let missing = s
        .apply(Command::SetPostKind {
            post: PostId(999),
            kind: PostKind::Promotional,
        })
        .unwrap_err();
    assert!(matches!(missing, StoreError::NoSuchPost(999)), "{missing}");
}

#[test]
fn a_logged_post_is_undone_and_a_deleted_post_comes_back_as_it_was() {
    let mut s = store();
    let post = |d: u32, text: &str| NewPost {
        platform: "linkedin".into(),
        posted_at: day(d),
        kind: PostKind::Promotional,
        url: format!("https://www.linkedin.com/feed/update/{d}"),
        text: text.into(),
        reactions: 4,
        comments: 1,
        shares: 0,
        impressions: Some(900),
        audience: PostAudience::Connections,
    };
    // Logging a post is undone by deleting that post, and only that one.
    s.apply(Command::AddPost(post(3, "kept"))).unwrap();
    let logged = s.apply(Command::AddPost(post(4, "by mistake"))).unwrap();
    let Some(Command::DeletePost(id)) = logged.undo else {
        panic!("logging a post is undone by deleting it: {:?}", logged.undo);
    };
    s.apply(Command::DeletePost(id)).unwrap();
    let texts: Vec<String> = s
        .posts()
        .unwrap()
        .into_iter()
        .map(|p| p.post.text)
        .collect();
    assert_eq!(texts, ["kept"]);

    // Deleting a post is undone by putting it back whole: id, source, text and counts.
    let before = s.posts().unwrap().remove(0);
    let deleted = s.apply(Command::DeletePost(before.id)).unwrap();
    assert!(s.posts().unwrap().is_empty());
    let back = deleted.undo.unwrap();
    assert_eq!(back, Command::RestorePost(before.clone()));
    let restored = s.apply(back).unwrap();
    assert_eq!(s.posts().unwrap(), std::slice::from_ref(&before));
    assert_eq!(restored.undo, Some(Command::DeletePost(before.id)));

    let missing = s.apply(Command::DeletePost(PostId(999))).unwrap_err();
    assert!(matches!(missing, StoreError::NoSuchPost(999)), "{missing}");
    assert_eq!(s.posts().unwrap(), [before], "nothing else deleted");
}

#[test]
fn merge_moves_history_profiles_and_tags() {
    let mut s = store();
    let a = s
        .apply(Command::CreateContact {
            fields: ContactFields::named("Peter", "Fischer"),
            profiles: vec![("linkedin".into(), Some("linkedin.com/in/pf".into()))],
        })
        .unwrap()
        .created_contact
        .unwrap();
    let b = s
        .apply(Command::CreateContact {
            fields: ContactFields {
                email: "peter@fischer.de".into(),
                ..ContactFields::named("Peter", "Fischer")
            },
            profiles: vec![("xing".into(), Some("xing.com/profile/Peter_Fischer".into()))],
        })
        .unwrap()
        .created_contact
        .unwrap();
    s.apply(Command::LogEvent(NewEvent::manual(
        b,
        "xing",
        EventKind::Connected,
        day(1),
    )))
    .unwrap();
    s.apply(Command::AddTag {
        contact: b,
        name: "customer".into(),
    })
    .unwrap();
    s.apply(Command::MergeContacts { keep: a, absorb: b })
        .unwrap();

    assert_eq!(s.contact_count().unwrap(), 1);
    assert_eq!(
        s.contact(a).unwrap().unwrap().fields.email,
        "peter@fischer.de"
    );
    assert_eq!(s.profiles(a).unwrap().len(), 2);
    assert_eq!(s.events(a).unwrap().len(), 1);
    assert_eq!(
        s.relationships(a).unwrap()[0].1.state,
        ConnectionState::Connected
    );
    assert!(s.relationships(b).unwrap().is_empty());
    assert_eq!(s.tags_of(a).unwrap()[0].name, "customer");
    assert!(matches!(
        s.apply(Command::MergeContacts { keep: a, absorb: a }),
        Err(StoreError::MergeSelf)
    ));
}

#[test]
fn unknown_platform_is_refused_and_writes_nothing() {
    let mut s = store();
    let id = add(&mut s, "Tobias", "Braun");
    let good = NewEvent::manual(id, "linkedin", EventKind::Liked, day(1));
    let bad = NewEvent::manual(id, "myspace", EventKind::Liked, day(2));
    let e = s.apply(Command::LogEvents(vec![good, bad])).unwrap_err();
    assert!(e.to_string().contains("unknown platform 'myspace'"), "{e}");
    assert_eq!(
        s.event_count().unwrap(),
        0,
        "the good event was rolled back too"
    );
    assert!(s.relationships(id).unwrap().is_empty());
}

#[test]
fn empty_name_is_refused_and_writes_nothing() {
    let mut s = store();
    let e = s
        .apply(Command::CreateContact {
            fields: ContactFields::named(" ", ""),
            profiles: vec![],
        })
        .unwrap_err();
    assert_eq!(e.to_string(), "a contact needs a first or a last name");
    assert_eq!(s.contact_count().unwrap(), 0);
}

#[test]
fn a_bad_profile_url_rolls_back_the_new_contact() {
    let mut s = store();
    let e = s
        .apply(Command::CreateContact {
            fields: ContactFields::named("Eve", "Hacker"),
            profiles: vec![("linkedin".into(), Some("javascript:alert(1)".into()))],
        })
        .unwrap_err();
    assert!(e.to_string().contains("only http and https"), "{e}");
    assert_eq!(s.contact_count().unwrap(), 0);
}

#[test]
fn impossible_date_is_refused() {
    let e =
        followdesk::domain::time::parse_user_time(followdesk::domain::Field::Date, "2026-02-30")
            .unwrap_err();
    assert!(
        e.to_string().contains("invalid date '2026-02-30' in date"),
        "{e}"
    );
}

#[test]
fn search_finds_muller_without_umlaut_by_prefix_and_tag() {
    let mut s = store();
    let anna = add(&mut s, "Anna", "Müller");
    add(&mut s, "Bernd", "Weber");
    s.apply(Command::AddTag {
        contact: anna,
        name: "Hannover-Messe".into(),
    })
    .unwrap();
    assert_eq!(s.search_ids("muller").unwrap(), vec![anna]);
    assert_eq!(s.search_ids("MÜL").unwrap(), vec![anna]);
    assert_eq!(s.search_ids("hannover").unwrap(), vec![anna]);
    assert_eq!(s.search_ids("web").unwrap().len(), 1);
    assert!(
        s.search_ids("\"unbalanced").is_ok(),
        "user input never breaks the query"
    );
}

#[test]
fn database_file_is_private_and_reopens() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sub").join("fd.sqlite3");
    {
        let mut s = Store::open(&path, PlatformRules::builtin()).unwrap();
        add(&mut s, "Anna", "Müller");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let s = Store::open(&path, PlatformRules::builtin()).unwrap();
    assert_eq!(s.contact_count().unwrap(), 1);
    assert!(s.integrity_ok().unwrap());
}

#[test]
fn a_database_from_the_first_schema_upgrades_to_the_latest() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v1.sqlite3");
    {
        // Exactly what the first release wrote: schema 1 and a row in it.
        let mut conn = rusqlite::Connection::open(&path).unwrap();
        followdesk::store::MIGRATIONS
            .to_version(&mut conn, 1)
            .unwrap();
        conn.execute(
            "INSERT INTO contacts (first_name, last_name, created_at, updated_at) VALUES ('Anna', 'Müller', 0, 0)",
            [],
        )
        .unwrap();
        conn.execute_batch(
            "INSERT INTO tags (name) VALUES ('Hannover-Messe');
             INSERT INTO contact_tags (contact_id, tag_id) VALUES (1, 1);",
        )
        .unwrap();
    }
    let s = Store::open(&path, PlatformRules::builtin()).unwrap();
    assert_eq!(s.contact_count().unwrap(), 1);
    // The search index was rebuilt (with its one-letter prefix index), tags included.
    for q in ["muller", "m", "a", "hannover"] {
        assert_eq!(s.search_ids(q).unwrap(), vec![ContactId(1)], "{q}");
    }
    let v: i64 = rusqlite::Connection::open(&path)
        .unwrap()
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(v as usize, followdesk::store::LATEST_SCHEMA);
}

#[test]
fn hand_logged_posts_with_the_same_link_survive_the_upgrade_to_schema_3() {
    // Schema 3 makes imported posts unique by link; posts logged by hand before it may
    // share one (the same post logged twice), and the upgrade must keep them all.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v2.sqlite3");
    {
        let mut conn = rusqlite::Connection::open(&path).unwrap();
        followdesk::store::MIGRATIONS
            .to_version(&mut conn, 2)
            .unwrap();
        for at in [100, 200] {
            conn.execute(
                "INSERT INTO posts (platform, posted_at, kind, url) VALUES ('linkedin', ?1, 'relevant', 'https://www.linkedin.com/feed/update/urn:li:share:1')",
                [at],
            )
            .unwrap();
        }
    }
    let s = Store::open(&path, PlatformRules::builtin()).unwrap();
    let posts = s.posts().unwrap();
    assert_eq!(posts.len(), 2);
    assert!(
        posts
            .iter()
            .all(|p| p.source.is_empty() && p.post.text.is_empty())
    );
    // Schema 5: posts stored before the audience was kept count as for anyone.
    assert!(
        posts
            .iter()
            .all(|p| p.post.audience == PostAudience::Anyone)
    );
}

#[test]
fn a_database_from_a_newer_followdesk_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("future.sqlite3");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", 999).unwrap();
    }
    let e = Store::open(&path, PlatformRules::builtin()).unwrap_err();
    assert!(e.to_string().contains("newer followdesk"), "{e}");
}

#[test]
fn a_file_that_is_not_a_database_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.txt");
    std::fs::write(
        &path,
        "this is not sqlite, just some text that is long enough to be a header",
    )
    .unwrap();
    let e = Store::open(&path, PlatformRules::builtin()).unwrap_err();
    assert!(e.to_string().contains("not a followdesk database"), "{e}");
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .starts_with("this is not sqlite")
    );
}

fn with_company(first: &str, last: &str, company: &str) -> ContactFields {
    ContactFields {
        company: company.into(),
        ..ContactFields::named(first, last)
    }
}

#[test]
fn a_bulk_write_indexes_what_it_added_or_changed_and_derives_only_what_it_touched() {
    let mut s = store();
    let bernd = add(&mut s, "Bernd", "Weber");
    let untouched = add(&mut s, "Dora", "Lang");
    for id in [bernd, untouched] {
        s.apply(Command::LogEvent(NewEvent::manual(
            id,
            "linkedin",
            EventKind::StartedFollowing,
            day(1),
        )))
        .unwrap();
    }
    s.apply(Command::UpdateContact {
        id: bernd,
        fields: with_company("Bernd", "Weber", "Altbau GmbH"),
    })
    .unwrap();
    let dora_before = s.relationships(untouched).unwrap();
    let mut b = s.bulk().unwrap();
    let anna = b
        .add_contact(with_company("Anna", "Müller", "Nordlicht"))
        .unwrap();
    // Updated right after being added: indexed once, as it ends up.
    b.update_contact(anna, with_company("Anna", "Müller", "Hanse Medical"))
        .unwrap();
    let carl = b
        .add_contact(ContactFields::named("Carl", "Zeiss"))
        .unwrap();
    b.add_tag(carl, "Messe").unwrap();
    // A contact from before: its old text leaves the index, the new one enters.
    b.update_contact(bernd, with_company("Bernd", "Weber", "Vogt & Söhne"))
        .unwrap();
    b.add_tag(bernd, "Kunde").unwrap();
    b.event(&NewEvent::manual(
        anna,
        "linkedin",
        EventKind::Connected,
        day(2),
    ))
    .unwrap();
    b.event(&NewEvent::manual(
        bernd,
        "linkedin",
        EventKind::Connected,
        day(3),
    ))
    .unwrap();
    b.commit().unwrap();

    assert_eq!(s.search_ids("hanse").unwrap(), vec![anna]);
    assert!(s.search_ids("nordlicht").unwrap().is_empty());
    assert_eq!(s.search_ids("muller").unwrap(), vec![anna]);
    assert_eq!(s.search_ids("messe").unwrap(), vec![carl]);
    assert_eq!(s.search_ids("sohne kunde").unwrap(), vec![bernd]);
    assert!(s.search_ids("altbau").unwrap().is_empty());
    assert_eq!(s.search_ids("weber").unwrap(), vec![bernd]);
    assert_eq!(s.search_ids("lang").unwrap(), vec![untouched]);
    let state = |s: &Store, id| s.relationships(id).unwrap()[0].1.state;
    assert_eq!(state(&s, anna), ConnectionState::Connected);
    assert_eq!(state(&s, bernd), ConnectionState::Connected);
    assert_eq!(s.relationships(untouched).unwrap(), dora_before);
    assert!(s.relationships(carl).unwrap().is_empty());
    let all = |s: &Store| [anna, bernd, untouched, carl].map(|id| s.relationships(id).unwrap());
    let derived = all(&s);
    s.rebuild_relationships().unwrap();
    assert_eq!(derived, all(&s), "as a rebuild from the whole log says");

    // Once the bulk write is committed, edits are indexed row by row again.
    s.apply(Command::UpdateContact {
        id: carl,
        fields: with_company("Carl", "Zeiss", "Optik Nord"),
    })
    .unwrap();
    assert_eq!(s.search_ids("optik").unwrap(), vec![carl]);
}

#[test]
fn a_bulk_write_dropped_unfinished_leaves_search_as_it_was() {
    let mut s = store();
    {
        let mut b = s.bulk().unwrap();
        b.add_contact(ContactFields::named("Anna", "Müller"))
            .unwrap();
        // Dropped without commit: rolled back.
    }
    assert_eq!(s.contact_count().unwrap(), 0);
    assert!(s.search_ids("anna").unwrap().is_empty());
    let bernd = add(&mut s, "Bernd", "Weber");
    assert_eq!(
        s.search_ids("weber").unwrap(),
        vec![bernd],
        "row-by-row indexing is back after the rollback"
    );
}

#[test]
fn a_profile_link_of_another_contact_is_refused_and_names_the_owner() {
    let mut s = store();
    let anna = add(&mut s, "Anna", "Müller");
    let bernd = add(&mut s, "Bernd", "Weber");
    let url = "https://www.linkedin.com/in/anna-mueller";
    for (id, platform_url) in [(anna, url), (anna, "linkedin.com/in/anna-mueller/")] {
        s.apply(Command::SetProfile {
            id,
            platform: "linkedin".into(),
            url: Some(platform_url.into()),
        })
        .unwrap();
    }
    let e = s
        .apply(Command::SetProfile {
            id: bernd,
            platform: "linkedin".into(),
            url: Some("http://de.linkedin.com/in/anna-mueller?trk=x".into()),
        })
        .unwrap_err();
    assert!(
        matches!(&e, StoreError::ProfileTaken { owner, url, .. }
            if *owner == anna.0 && url == "linkedin.com/in/anna-mueller"),
        "{e:?}"
    );
    assert!(s.profiles(bernd).unwrap().is_empty(), "nothing written");
    assert_eq!(s.contact_by_profile("linkedin", url).unwrap(), Some(anna));
}
