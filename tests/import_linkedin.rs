//! Importing LinkedIn's "Download your data" archive, every quirk of it, as users have it.
#![allow(clippy::unwrap_used)]

mod support;

use std::sync::atomic::{AtomicBool, Ordering};

use chrono::{TimeZone as _, Utc};

use followdesk::domain::command::Command;
use followdesk::domain::metrics::{MixParams, content_mix};
use followdesk::domain::{ConnectionState, EventKind, NewPost, PostAudience, PostKind};
use followdesk::import::{ImportError, ImportKind, ImportRequest, Step, run_import};
use support::*;

#[test]
fn summary_counts_1200_connections_and_60_pending_requests_after_one_and_two_imports() {
    let dir = tempfile::tempdir().unwrap();
    let zip = dir.path().join("Basic_LinkedInDataExport_02-08-2026.zip");
    write_zip(&zip, &big_archive(1200, 60, 10));
    let db = dir.path().join("fd.sqlite3");
    let zip_arg = zip.to_str().unwrap();
    for round in 1..=2 {
        let report = followdesk_json(&db, &["import", "linkedin", zip_arg, "--json"]);
        let summary = followdesk_json(&db, &["report", "summary", "--json"]);
        let li = &summary["platforms"]["linkedin"];
        assert_eq!(li["connections"], 1200, "round {round}");
        assert_eq!(li["pending_incoming"], 60, "round {round}");
        assert_eq!(li["pending_outgoing"], 10, "round {round}");
        assert_eq!(summary["contacts"], 1270, "round {round}");
        assert_eq!(
            report["skipped"].as_array().unwrap().len(),
            2,
            "two hidden profiles"
        );
        if round == 1 {
            assert_eq!(report["added"], 1270);
            assert_eq!(report["events_existing"], 0);
            // 1200 connections + 70 pending requests + 20 requests of connections + 50 messages.
            assert_eq!(report["events_added"], 1200 + 70 + 20 + 50);
        } else {
            assert_eq!(
                (report["added"].as_u64(), report["updated"].as_u64()),
                (Some(0), Some(0))
            );
            assert_eq!(report["unchanged"], 1270);
            assert_eq!(report["events_added"], 0, "re-import adds no event twice");
        }
    }
    let mut s = open(&db);
    assert_eq!(
        s.imports().unwrap().len(),
        2,
        "both imports are in the journal"
    );
    // What the imports derived for the contacts they touched is what the whole log says.
    let derived = relationships(&s);
    s.rebuild_relationships().unwrap();
    assert_eq!(derived.len(), 1270);
    assert_eq!(derived, relationships(&s));
    // And the search index holds each contact once, as it is.
    assert_eq!(s.search_ids("head sales").unwrap().len(), 1200);
    assert_eq!(s.search_ids("stranger").unwrap().len(), 60);
}

fn relationships(
    s: &followdesk::store::Store,
) -> Vec<(i64, String, followdesk::domain::Relationship)> {
    let mut all = Vec::new();
    s.for_each_relationship(|id, platform, rel| all.push((id.0, platform.to_owned(), rel.clone())))
        .unwrap();
    all.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
    all
}

fn open(db: &std::path::Path) -> followdesk::store::Store {
    followdesk::store::Store::open(db, followdesk::domain::PlatformRules::builtin()).unwrap()
}

#[test]
fn every_quirk_of_the_connections_file() {
    let mut csv = connections_csv(&[
        [
            "Anna",
            "Müller",
            "https://www.linkedin.com/in/anna-mueller-1a2b3c/",
            "",
            "Müller, Schmidt & Partner GmbH",
            "Head of Sales",
            "08 Feb 2026",
        ],
        [
            "Bernd",
            "\"Bär\" Becker",
            "http://linkedin.com/in/bernd?trk=x",
            "Bernd@Example.com",
            "Line\r\nbreak AG",
            "CEO",
            "7-Feb-22",
        ],
    ]);
    csv.extend_from_slice(
        b",,,,,,07 Jun 2026\r\nCarla,Clever,https://www.linkedin.com/in/carla,,,,someday\r\n",
    );
    let dir = tempfile::tempdir().unwrap();
    let zip = dir
        .path()
        .join("Complete_LinkedInDataExport_02-08-2026.zip");
    write_zip(
        &zip,
        &[
            ("CONNECTIONS.CSV", csv),
            (
                "Company Follows.csv",
                b"Organization,Followed On\r\nACME,x\r\n".to_vec(),
            ),
            (
                "Member_Follows.csv",
                b"junk that is not even csv \"".to_vec(),
            ),
        ],
    );
    let mut s = store();
    let r = import(&mut s, ImportKind::Linkedin, &[&zip]).unwrap();
    assert_eq!(r.added, 2);
    assert_eq!(r.files, ["CONNECTIONS.CSV"]);
    let lines: Vec<(u64, String)> = r
        .skipped
        .iter()
        .map(|k| (k.line, k.reason.to_string()))
        .collect();
    assert_eq!(
        lines[0],
        (
            8,
            "hidden or closed profile (the row has only a date)".to_owned()
        )
    );
    assert_eq!(lines[1].0, 9);
    assert!(lines[1].1.contains("'someday' is not a date"), "{lines:?}");
    let anna = s
        .contact_by_profile("linkedin", "linkedin.com/in/anna-mueller-1a2b3c")
        .unwrap()
        .unwrap();
    assert_eq!(
        s.contact(anna).unwrap().unwrap().fields.company,
        "Müller, Schmidt & Partner GmbH"
    );
    let bernd = s
        .contact_by_profile("linkedin", "https://www.linkedin.com/in/bernd")
        .unwrap()
        .unwrap();
    let b = s.contact(bernd).unwrap().unwrap().fields;
    assert_eq!(b.last_name, "\"Bär\" Becker");
    assert_eq!(
        b.company, "Line break AG",
        "single-line fields keep no line break"
    );
    let ev = s.events(bernd).unwrap();
    assert_eq!(ev[0].kind, EventKind::Connected);
    assert_eq!(ev[0].at.to_rfc3339(), "2022-02-07T00:00:00+00:00");
    assert_eq!(ev[0].source, "linkedin-export");
}

#[test]
fn invitations_become_triage_items_and_accepted_requests() {
    let dir = tempfile::tempdir().unwrap();
    let conns = connections_csv(&[[
        "Anna",
        "Müller",
        "https://www.linkedin.com/in/anna",
        "",
        "",
        "",
        "29 Jan 2026",
    ]]);
    let invs = invitations_csv(&[
        [
            "Anna Müller",
            "Me Myself",
            "1/29/26, 2:37\u{202f}PM",
            "Hallo,\nwir trafen uns auf der DMEXCO.",
            "INCOMING",
            "https://www.linkedin.com/in/anna",
            ME,
        ],
        [
            "Sam Seller",
            "Me Myself",
            "1/30/26, 8:00 AM",
            "I'd like to add you to my professional network on LinkedIn.",
            "INCOMING",
            "https://www.linkedin.com/in/sam",
            ME,
        ],
        [
            "Me Myself",
            "Olga Outreach",
            "1/31/26, 9:15\u{a0}AM",
            "",
            "OUTGOING",
            ME,
            "https://www.linkedin.com/in/olga",
        ],
    ]);
    let folder = dir.path().join("Basic_LinkedInDataExport_02-08-2026");
    tmp_file(&folder, "Connections.csv", &conns);
    tmp_file(&folder, "invitations.csv", &invs);
    let mut s = store();
    import(&mut s, ImportKind::Linkedin, &[&folder]).unwrap();

    let anna = s
        .contact_by_profile("linkedin", "linkedin.com/in/anna")
        .unwrap()
        .unwrap();
    let kinds: Vec<EventKind> = s.events(anna).unwrap().iter().map(|e| e.kind).collect();
    assert_eq!(
        kinds,
        [EventKind::RequestReceived, EventKind::RequestAccepted]
    );
    let ev = s.events(anna).unwrap();
    assert_eq!(ev[0].message, "Hallo,\nwir trafen uns auf der DMEXCO.");
    assert!(
        ev[1].at >= ev[0].at,
        "accepted after it was sent, though Connected On has no time"
    );
    assert_eq!(
        s.relationships(anna).unwrap()[0].1.state,
        ConnectionState::Connected
    );

    let sam = s
        .contact_by_profile("linkedin", "linkedin.com/in/sam")
        .unwrap()
        .unwrap();
    let rel = &s.relationships(sam).unwrap()[0].1;
    assert!(rel.pending_incoming());
    assert_eq!(s.contact(sam).unwrap().unwrap().fields.first_name, "Sam");
    let olga = s
        .contact_by_profile("linkedin", "linkedin.com/in/olga")
        .unwrap()
        .unwrap();
    assert_eq!(
        s.relationships(olga).unwrap()[0].1.state,
        ConnectionState::RequestSent
    );
}

#[test]
fn older_export_without_url_columns_reimports_without_duplicates() {
    let dir = tempfile::tempdir().unwrap();
    let conns = b"First Name,Last Name,Email Address,Company,Position,Connected On\n\
Peter,Fischer,,Fischer Bau,CEO,01 Mar 2020\n\
Peter,Fischer,,Fischerei Nord,Owner,02 Mar 2020\n\
Anna,Alt,,,,03 Mar 2020\n"
        .to_vec();
    let invs = b"From,To,Sent At,Message,Direction\nAnna Alt,Me,\"3/1/20, 9:00 AM\",hi,INCOMING\nNeu Nina,Me,\"3/2/20, 9:00 AM\",,INCOMING\n".to_vec();
    let zip = dir.path().join("old.zip");
    write_zip(
        &zip,
        &[("Connections.csv", conns), ("Invitations.csv", invs)],
    );
    let mut s = store();
    let first = import(&mut s, ImportKind::Linkedin, &[&zip]).unwrap();
    assert_eq!(first.added, 4);
    let again = import(&mut s, ImportKind::Linkedin, &[&zip]).unwrap();
    assert_eq!((again.added, again.updated, again.unchanged), (0, 0, 4));
    assert_eq!(again.events_added, 0);
    assert_eq!(
        s.contact_count().unwrap(),
        4,
        "two Peter Fischers stay two, nobody doubles"
    );
    let pairs = s.possible_duplicates().unwrap();
    assert_eq!(
        pairs.len(),
        1,
        "the two Peter Fischers are offered as possible duplicates"
    );
    let summary = s.summary().unwrap();
    assert_eq!(summary.platforms["linkedin"].connections, 3);
    assert_eq!(summary.platforms["linkedin"].pending_incoming, 1);
}

#[test]
fn zip_zip_nested_zip_and_folder_give_the_same_result() {
    let dir = tempfile::tempdir().unwrap();
    let files = big_archive(30, 3, 2);
    let plain = dir
        .path()
        .join("Basic_LinkedInDataExport_02-08-2026.zip.zip");
    write_zip(&plain, &files);
    let nested = dir.path().join("outer.zip");
    write_zip(
        &nested,
        &[("Basic_LinkedInDataExport_02-08-2026.zip", zip_bytes(&files))],
    );
    let folder = dir.path().join("unpacked");
    for (name, bytes) in &files {
        tmp_file(&folder, name, bytes);
    }
    let mut want = None;
    for p in [&plain, &nested, &folder] {
        let mut s = store();
        import(&mut s, ImportKind::Linkedin, &[p]).unwrap();
        let got = (s.summary().unwrap(), s.event_count().unwrap());
        assert_eq!(
            got.0.platforms["linkedin"].connections,
            30,
            "{}",
            p.display()
        );
        assert_eq!(
            *want.get_or_insert_with(|| got.clone()),
            got,
            "{}",
            p.display()
        );
    }
}

#[test]
fn messages_set_the_last_interaction_and_unknown_senders_are_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let conns = connections_csv(&[[
        "Anna",
        "Müller",
        "https://www.linkedin.com/in/anna",
        "",
        "",
        "",
        "29 Jan 2026",
    ]]);
    let msgs = messages_csv(&[
        [
            "Anna Müller",
            "https://www.linkedin.com/in/anna",
            "Me Myself",
            ME,
            "2026-02-10 11:43:11 UTC",
            "Hallo, \"du\"\nzweite Zeile",
        ],
        [
            "Recruiter X",
            "https://www.linkedin.com/in/recruiter",
            "Me Myself",
            ME,
            "2026-02-11 08:00:00 UTC",
            "Job?",
        ],
    ]);
    let zip = dir.path().join("e.zip");
    write_zip(&zip, &[("Connections.csv", conns), ("messages.csv", msgs)]);
    let mut s = store();
    let r = import(&mut s, ImportKind::Linkedin, &[&zip]).unwrap();
    assert_eq!(r.skipped.len(), 1);
    assert!(
        r.skipped[0]
            .reason
            .to_string()
            .contains("no participant is a contact")
    );
    assert_eq!(r.skipped[0].file, "messages.csv");
    assert_eq!(r.skipped[0].line, 4, "the first message spans two lines");
    let anna = s
        .contact_by_profile("linkedin", "linkedin.com/in/anna")
        .unwrap()
        .unwrap();
    let rel = &s.relationships(anna).unwrap()[0].1;
    assert_eq!(
        rel.last_interaction.unwrap().to_rfc3339(),
        "2026-02-10T11:43:11+00:00"
    );
    let m = s
        .events(anna)
        .unwrap()
        .into_iter()
        .find(|e| e.kind == EventKind::Message)
        .unwrap();
    assert_eq!(m.message, "Hallo, \"du\"\nzweite Zeile");
}

#[test]
fn skipped_rows_are_listed_file_by_file_in_line_order() {
    let dir = tempfile::tempdir().unwrap();
    let conns = connections_csv(&[
        [
            "Anna",
            "Müller",
            "https://www.linkedin.com/in/anna",
            "",
            "",
            "",
            "29 Jan 2026",
        ],
        // A hidden profile: only the date is left.
        ["", "", "", "", "", "", "30 Jan 2026"],
    ]);
    let invs = invitations_csv(&[[
        "Bert Bauer",
        "Me Myself",
        "someday",
        "",
        "INCOMING",
        "https://www.linkedin.com/in/bert",
        ME,
    ]]);
    let msgs = messages_csv(&[
        // Line 2: nobody in it is a contact (skipped while loading).
        [
            "Recruiter X",
            "https://www.linkedin.com/in/recruiter",
            "Me Myself",
            ME,
            "2026-02-11 08:00:00 UTC",
            "Job?",
        ],
        // Line 3: no date (skipped while reading the file).
        [
            "Anna Müller",
            "https://www.linkedin.com/in/anna",
            "Me Myself",
            ME,
            "gestern",
            "Hallo",
        ],
    ]);
    let zip = dir.path().join("e.zip");
    write_zip(
        &zip,
        &[
            ("Connections.csv", conns),
            ("Invitations.csv", invs),
            ("messages.csv", msgs),
        ],
    );
    let mut s = store();
    let r = import(&mut s, ImportKind::Linkedin, &[&zip]).unwrap();
    let listed: Vec<(&str, u64)> = r
        .skipped
        .iter()
        .map(|i| (i.file.as_str(), i.line))
        .collect();
    assert_eq!(
        listed,
        [
            ("Connections.csv", 6),
            ("Invitations.csv", 2),
            ("messages.csv", 2),
            ("messages.csv", 3)
        ]
    );
}

#[test]
fn cancelling_rolls_everything_back() {
    let dir = tempfile::tempdir().unwrap();
    let zip = dir.path().join("c.zip");
    write_zip(&zip, &big_archive(3000, 10, 10));
    let mut s = store();
    let before = counts(&s);
    let cancel = AtomicBool::new(false);
    let mut seen = Vec::new();
    let req = ImportRequest::new(ImportKind::Linkedin, vec![zip]);
    let r = run_import(
        &mut s,
        &req,
        &mut |p| {
            if p.step == Step::Connections && p.done >= 1024 {
                cancel.store(true, Ordering::Relaxed);
            }
            seen.push(p);
        },
        &cancel,
    );
    assert!(matches!(r, Err(ImportError::Cancelled)), "{r:?}");
    assert!(
        seen.iter()
            .any(|p| p.step == Step::Connections && p.total == 3000)
    );
    assert_eq!(counts(&s), before, "nothing written");
}

#[test]
fn bad_archives_are_refused_and_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.zip");
    write_zip(&good, &big_archive(10, 2, 2));
    let mut s = store();
    import(&mut s, ImportKind::Linkedin, &[&good]).unwrap();
    let before = counts(&s);

    let full = std::fs::read(&good).unwrap();
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "pdf.zip",
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj".to_vec(),
            "is not a zip archive (it is a PDF document)",
        ),
        (
            "truncated.zip",
            full[..full.len() / 2].to_vec(),
            "damaged or incomplete",
        ),
        (
            "empty.zip",
            Vec::new(),
            "is not a zip archive (it is empty)",
        ),
        (
            "other.zip",
            zip_bytes(&[("Profile.csv", b"a,b\n".to_vec())]),
            "none of Connections.csv, Invitations.csv or Shares.csv",
        ),
        (
            "columns.zip",
            zip_bytes(&[(
                "Connections.csv",
                b"First Name,Last Name,URL\nA,B,https://www.linkedin.com/in/ab\n".to_vec(),
            )]),
            "no 'Connected On' column",
        ),
        (
            // A file that is no CSV (an unbalanced quote), read on the second thread.
            "messages.zip",
            zip_bytes(&[
                ("Connections.csv", big_archive(3, 0, 0).remove(0).1),
                (
                    "messages.csv",
                    b"FROM,TO,DATE\r\n\"Anna,Me,2024-01-01\r\nB,C,2024-01-02\r\n".to_vec(),
                ),
            ]),
            "messages.csv:2:",
        ),
        (
            "noheader.zip",
            zip_bytes(&[("Connections.csv", b"\x00\x01binary\xff\xfe".to_vec())]),
            "no header row with First Name and Last Name",
        ),
    ];
    for (name, bytes, want) in cases {
        let p = tmp_file(dir.path(), name, &bytes);
        let e = import(&mut s, ImportKind::Linkedin, &[&p]).unwrap_err();
        assert!(e.to_string().contains(want), "{name}: {e}");
        assert_eq!(counts(&s), before, "{name} changed something");
    }
    // The command line says the same, on stderr, with a non-zero exit.
    let db = dir.path().join("cli.sqlite3");
    let pdf = dir.path().join("pdf.zip");
    let out = followdesk(&db, &["import", "linkedin", pdf.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("is not a zip archive"));
}

#[test]
fn the_cli_prints_the_report_with_skipped_rows() {
    let dir = tempfile::tempdir().unwrap();
    let zip = dir.path().join("r.zip");
    write_zip(&zip, &big_archive(5, 1, 1));
    let db = dir.path().join("r.sqlite3");
    let out = followdesk(&db, &["import", "linkedin", zip.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("contacts: 7 added, 0 updated, 0 unchanged"),
        "{text}"
    );
    assert!(text.contains("skipped: 2 rows"), "{text}");
    assert!(
        text.contains("Connections.csv:11: hidden or closed profile"),
        "{text}"
    );
}

#[test]
fn the_cli_prints_the_report_in_german_and_its_json_in_english() {
    let dir = tempfile::tempdir().unwrap();
    let zip = dir.path().join("r.zip");
    write_zip(&zip, &big_archive(5, 1, 1));
    let db = dir.path().join("r.sqlite3");
    let out = followdesk_in("de", &db, &["import", "linkedin", zip.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("LinkedIn-Export importiert in"), "{text}");
    assert!(
        text.contains("Kontakte: 7 neu, 0 aktualisiert, 0 unverändert"),
        "{text}"
    );
    assert!(text.contains("ausgelassen: 2 Zeilen"), "{text}");
    assert!(
        text.contains(
            "Connections.csv, Zeile 11: verborgenes oder geschlossenes Profil (die Zeile enthält nur ein Datum)"
        ),
        "{text}"
    );
    // JSON is a machine format: the same words whatever the language.
    let out = followdesk_in(
        "de",
        &db,
        &["import", "linkedin", zip.to_str().unwrap(), "--json"],
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        report["skipped"][0]["reason"],
        "hidden or closed profile (the row has only a date)"
    );
}

/// A post logged by hand in the Visibility view.
fn hand_logged(day: u32, kind: PostKind, url: &str) -> NewPost {
    NewPost {
        platform: "linkedin".into(),
        posted_at: Utc.with_ymd_and_hms(2026, 3, day, 12, 0, 0).unwrap(),
        kind,
        url: url.into(),
        text: String::new(),
        reactions: 7,
        comments: 2,
        shares: 1,
        impressions: Some(400),
        audience: PostAudience::Anyone,
    }
}

#[test]
fn shares_become_my_posts_once_beside_hand_logged_ones_and_the_visibility_report_counts_them() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("fd.sqlite3");
    let zip = dir
        .path()
        .join("Complete_LinkedInDataExport_03-31-2026.zip");
    let shares = shares_csv(&[
        [
            "2026-03-02 09:00:00",
            "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7001",
            "Drei Dinge von der DMEXCO:\r\n\r\n1. \"Zuhören\", nicht senden.",
        ],
        [
            "2026-03-10 17:30:00",
            "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7002",
            "",
        ],
        ["2026-03-20 08:00:00", "", "Ohne Link, aber mit Text"],
        [
            "gestern",
            "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7004",
            "x",
        ],
    ]);
    write_zip(
        &zip,
        &[
            ("Connections.csv", big_archive(3, 0, 0).remove(0).1),
            ("Shares_155814142.csv", shares),
        ],
    );
    // Logged by hand before the import: a promotional post, and the repost above under
    // the link the browser shows for it.
    let manual = {
        let mut s = open(&db);
        s.apply(Command::AddPost(hand_logged(15, PostKind::Promotional, "")))
            .unwrap();
        s.apply(Command::AddPost(hand_logged(
            10,
            PostKind::ProfileUpdate,
            "https://www.linkedin.com/feed/update/urn:li:share:7002/",
        )))
        .unwrap();
        s.posts().unwrap()
    };

    let zip_arg = zip.to_str().unwrap();
    for round in 1..=2 {
        let report = followdesk_json(&db, &["import", "linkedin", zip_arg, "--json"]);
        let (added, existing) = if round == 1 { (2, 1) } else { (0, 3) };
        assert_eq!(report["posts_added"], added, "round {round}");
        assert_eq!(report["posts_existing"], existing, "round {round}");
        let skipped = &report["skipped"].as_array().unwrap();
        let bad_date = skipped
            .iter()
            .find(|s| s["file"] == "Shares_155814142.csv")
            .unwrap();
        assert_eq!(
            bad_date["line"], 7,
            "round {round}: after a three-line post"
        );
        assert_eq!(bad_date["reason"], "Date 'gestern' is not a date and time");
    }

    let s = open(&db);
    let posts = s.posts().unwrap();
    assert_eq!(posts.len(), 4, "{posts:#?}");
    for m in &manual {
        let now = posts.iter().find(|p| p.id == m.id).unwrap();
        assert_eq!(now, m, "posts logged by hand stay as they were");
    }
    let imported: Vec<_> = posts
        .iter()
        .filter(|p| p.source == "linkedin-export")
        .map(|p| {
            (
                p.post.posted_at.to_rfc3339(),
                p.post.url.as_str(),
                p.post.text.as_str(),
                p.post.kind,
            )
        })
        .collect();
    assert_eq!(
        imported,
        [
            (
                "2026-03-02T09:00:00+00:00".to_owned(),
                "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7001",
                "Drei Dinge von der DMEXCO:\n\n1. \"Zuhören\", nicht senden.",
                PostKind::Relevant,
            ),
            (
                "2026-03-20T08:00:00+00:00".to_owned(),
                "",
                "Ohne Link, aber mit Text",
                PostKind::Relevant,
            ),
        ]
    );

    // The Visibility metrics see them: four posts on LinkedIn, two of them promotional
    // or a profile update (both logged by hand).
    let vis = followdesk_json(
        &db,
        &["report", "visibility", "--json", "--as-of", "2026-03-31"],
    );
    let li = &vis["platforms"]["linkedin"];
    assert_eq!(li["posts"], 4, "{vis}");
    assert_eq!(li["promotional_share"], 0.5, "{vis}");
    let log = s.metrics_log().unwrap();
    let as_of = chrono::NaiveDate::from_ymd_opt(2026, 3, 31).unwrap();
    let mix = content_mix(&log, as_of, &MixParams::default());
    let li_mix = mix.iter().find(|m| m.platform == "linkedin").unwrap();
    assert_eq!(li_mix.overall.relevant, 2, "the imported posts");
    assert_eq!(li_mix.overall.total(), 4);
}

#[test]
fn an_export_of_posts_alone_imports_them_and_dedupes_by_time_and_text() {
    // No ShareLink column, columns in another order, a byte-order mark, in a folder.
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("Basic_LinkedInDataExport_03-31-2026");
    tmp_file(
        &folder,
        "Shares.csv",
        "\u{feff}ShareCommentary,Date\r\n\"Erster Post,\r\nzweite Zeile\",2026-03-01 10:00:00\r\nZweiter Post,2026-03-02 10:00:00\r\n"
            .as_bytes(),
    );
    let mut s = store();
    let first = import(&mut s, ImportKind::Linkedin, &[&folder]).unwrap();
    assert_eq!((first.added, first.posts_added), (0, 2));
    assert_eq!(first.files, ["Shares.csv"]);
    let again = import(&mut s, ImportKind::Linkedin, &[&folder]).unwrap();
    assert_eq!((again.posts_added, again.posts_existing), (0, 2));
    let texts: Vec<String> = s
        .posts()
        .unwrap()
        .into_iter()
        .map(|p| p.post.text)
        .collect();
    assert_eq!(texts, ["Erster Post,\nzweite Zeile", "Zweiter Post"]);
}

#[test]
fn a_shares_visibility_is_kept_and_a_later_export_brings_it_up_to_date() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("Basic_LinkedInDataExport_03-31-2026");
    let shares = |second: &str| {
        format!(
            "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\r\n\
             2026-03-01 10:00:00,https://www.linkedin.com/feed/update/1,Für alle,,,PUBLIC\r\n\
             2026-03-02 10:00:00,https://www.linkedin.com/feed/update/2,Nur Kontakte,,,{second}\r\n\
             2026-03-03 10:00:00,,Ohne Link,,,MEMBER_NETWORK\r\n"
        )
    };
    tmp_file(&folder, "Shares.csv", shares("MEMBER_NETWORK").as_bytes());
    let mut s = store();
    let first = import(&mut s, ImportKind::Linkedin, &[&folder]).unwrap();
    assert_eq!((first.posts_added, first.posts_updated), (3, 0));
    let audiences = |s: &followdesk::store::Store| -> Vec<(String, PostAudience)> {
        let posts = s.posts().unwrap();
        posts
            .into_iter()
            .map(|p| (p.post.text, p.post.audience))
            .collect()
    };
    let connections = PostAudience::Connections;
    assert_eq!(
        audiences(&s),
        [
            ("Für alle".into(), PostAudience::Anyone),
            ("Nur Kontakte".into(), connections),
            ("Ohne Link".into(), connections),
        ]
    );

    // The same export again changes nothing.
    let again = import(&mut s, ImportKind::Linkedin, &[&folder]).unwrap();
    assert_eq!(
        (again.posts_added, again.posts_updated, again.posts_existing),
        (0, 0, 3)
    );
    // A later export where the second post was made public: only its audience changes.
    tmp_file(&folder, "Shares.csv", shares("PUBLIC").as_bytes());
    let later = import(&mut s, ImportKind::Linkedin, &[&folder]).unwrap();
    assert_eq!(
        (later.posts_added, later.posts_updated, later.posts_existing),
        (0, 1, 2)
    );
    assert_eq!(
        audiences(&s)[1],
        ("Nur Kontakte".into(), PostAudience::Anyone)
    );
    assert_eq!(s.posts().unwrap().len(), 3);

    // The command line says so.
    let db = dir.path().join("cli.sqlite3");
    tmp_file(&folder, "Shares.csv", shares("MEMBER_NETWORK").as_bytes());
    let path = folder.to_str().unwrap();
    followdesk(&db, &["import", "linkedin", path]);
    tmp_file(&folder, "Shares.csv", shares("PUBLIC").as_bytes());
    let out = followdesk(&db, &["import", "linkedin", path]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("posts: 0 added, 1 with a new audience, 2 already stored"),
        "{text}"
    );
}

#[test]
fn undoing_the_delete_of_a_post_that_an_import_brought_back_keeps_one() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("Basic_LinkedInDataExport_03-31-2026");
    tmp_file(
        &folder,
        "Shares.csv",
        "Date,ShareLink,ShareCommentary\r\n\
         2026-03-01 10:00:00,https://www.linkedin.com/feed/update/1,Mit Link\r\n\
         2026-03-02 10:00:00,,Ohne Link\r\n"
            .as_bytes(),
    );
    let mut s = store();
    import(&mut s, ImportKind::Linkedin, &[&folder]).unwrap();
    for text in ["Mit Link", "Ohne Link"] {
        let post = s
            .posts()
            .unwrap()
            .into_iter()
            .find(|p| p.post.text == text)
            .unwrap();
        let deleted = s.apply(Command::DeletePost(post.id)).unwrap();
        // The same export again brings the post back, under a new id.
        let again = import(&mut s, ImportKind::Linkedin, &[&folder]).unwrap();
        assert_eq!(again.posts_added, 1, "{text}");
        // Undoing the delete now finds it there and adds no second one.
        let restored = s.apply(deleted.undo.unwrap()).unwrap();
        let posts = s.posts().unwrap();
        assert_eq!(posts.len(), 2, "{text}");
        let back = posts.iter().find(|p| p.post.text == text).unwrap();
        assert_eq!(restored.undo, Some(Command::DeletePost(back.id)), "{text}");
    }
}

#[test]
fn reposts_at_the_same_time_with_no_text_are_kept_apart_by_their_links() {
    // Two reposts on the same day, both without commentary: different links, two posts.
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("Basic_LinkedInDataExport_03-31-2026");
    tmp_file(
        &folder,
        "Shares.csv",
        b"Date,ShareLink,ShareCommentary\r\n\
          2026-03-05,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A1,\r\n\
          2026-03-05,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A2,\r\n",
    );
    let mut s = store();
    let first = import(&mut s, ImportKind::Linkedin, &[&folder]).unwrap();
    assert_eq!(first.posts_added, 2, "{first:?}");
    let again = import(&mut s, ImportKind::Linkedin, &[&folder]).unwrap();
    assert_eq!((again.posts_added, again.posts_existing), (0, 2));
    assert_eq!(s.posts().unwrap().len(), 2);
}

#[test]
fn a_shares_file_in_an_unknown_layout_is_left_out_by_name_and_the_rest_imported() {
    let dir = tempfile::tempdir().unwrap();
    let zip = dir.path().join("s.zip");
    write_zip(
        &zip,
        &[
            ("Connections.csv", big_archive(3, 0, 0).remove(0).1),
            (
                "Shares.csv",
                b"ShareLink,ShareCommentary\r\nhttps://l/1,kein Datum\r\n".to_vec(),
            ),
        ],
    );
    let mut s = store();
    let r = import(&mut s, ImportKind::Linkedin, &[&zip]).unwrap();
    assert_eq!(r.added, 3, "the connections are imported");
    let notes: Vec<String> = r.skipped.iter().map(ToString::to_string).collect();
    assert!(
        notes
            .iter()
            .any(|n| n.starts_with("Shares.csv: the file was left out")
                && n.contains("no header row with Date and ShareLink or ShareCommentary")),
        "{notes:?}"
    );
    assert!(s.posts().unwrap().is_empty());
}

#[test]
fn the_cli_report_counts_posts() {
    let dir = tempfile::tempdir().unwrap();
    let zip = dir.path().join("p.zip");
    let mut files = big_archive(2, 0, 0);
    files.push((
        "Shares.csv",
        shares_csv(&[["2026-03-02 09:00:00", "https://l/1", "Hallo"]]),
    ));
    write_zip(&zip, &files);
    let db = dir.path().join("p.sqlite3");
    let out = followdesk(&db, &["import", "linkedin", zip.to_str().unwrap()]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("posts: 1 added, 0 already stored"), "{text}");
}
