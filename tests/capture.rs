//! Today's requests: the paste parser on select-all copies of each invitation page, the
//! one store path every way in shares (one person, however they came in), the
//! reconciliation with a later data export, and the command line.
#![allow(clippy::unwrap_used)] // Test helpers panic on failure by design.

use chrono::{DateTime, TimeZone as _, Utc};

use followdesk::domain::capture::{CaptureSource, CapturedRequest};
use followdesk::domain::time::Timestamp;
use followdesk::domain::{ContactId, EventKind};
use followdesk::import::ImportKind;
use followdesk::import::paste::{PasteError, parse_paste};
use support::{followdesk, followdesk_json, import, invitations_csv, store, write_zip};

mod support;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/capture");

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{FIXTURES}/{name}")).unwrap()
}

fn paste_time() -> Timestamp {
    Utc.with_ymd_and_hms(2026, 12, 7, 9, 30, 0).unwrap()
}

/// One request as the tests compare it: name, headline, day, mutual connections, the
/// note's start.
type Seen = (String, String, String, Option<u32>, String);

/// The platform, each request, and the lines not understood.
fn seen(text: &str) -> (String, Vec<Seen>, Vec<String>) {
    let page = parse_paste(text, None, paste_time()).unwrap();
    let rows = page
        .requests
        .iter()
        .map(|r| {
            (
                r.display_name(),
                r.headline.clone(),
                r.day().to_string(),
                r.mutual_connections,
                r.note.chars().take(24).collect(),
            )
        })
        .collect();
    (page.platform, rows, page.not_understood)
}

fn row(name: &str, headline: &str, day: &str, mutual: Option<u32>, note: &str) -> Seen {
    (
        name.into(),
        headline.into(),
        day.into(),
        mutual,
        note.into(),
    )
}

#[test]
fn linkedins_english_invitation_page_gives_each_request_with_its_note_and_day() {
    let (platform, rows, unknown) = seen(&fixture("linkedin_received_en.txt"));
    assert_eq!(platform, "linkedin");
    assert_eq!(
        rows,
        vec![
            row(
                "Anna Becker",
                "Head of Sales DACH at Nordlicht Software GmbH",
                "2026-12-05",
                Some(4),
                "Hi, this is Anna – we me"
            ),
            row(
                "Tobias Krüger",
                "Growth Hacker | Helping B2B companies scale | Speaker",
                "2026-12-06",
                Some(12),
                ""
            ),
            row(
                "Priya Nair",
                "Procurement Manager at Example Logistics Ltd",
                "2026-11-30",
                Some(1),
                "I came across your profi"
            ),
            row(
                "Katrin Dr. Schäfer",
                "CFO at Example Holding AG",
                "2026-12-07",
                None,
                ""
            ),
        ]
    );
    assert!(unknown.is_empty(), "{unknown:?}");
}

#[test]
fn linkedins_german_invitation_page_gives_each_request_with_its_note_and_day() {
    let (platform, rows, unknown) = seen(&fixture("linkedin_received_de.txt"));
    assert_eq!(platform, "linkedin");
    assert_eq!(
        rows,
        vec![
            row(
                "Lukas Brandt",
                "Key Account Manager bei Example Maschinenbau GmbH",
                "2026-12-04",
                Some(8),
                "Hallo Herr Schmidt, Frau"
            ),
            row(
                "Jana Hofmann",
                "Business Coach | Mindset | Erfolg",
                "2026-12-06",
                Some(2),
                "Ich möchte Sie gerne zu "
            ),
            row(
                "Hans Prof. Dr. Meier",
                "Lehrstuhl für Wirtschaftsinformatik, Universität Example",
                "2026-11-30",
                None,
                ""
            ),
        ]
    );
    assert!(unknown.is_empty(), "{unknown:?}");
}

#[test]
fn xings_contact_requests_in_german_and_english_give_each_request() {
    let (platform, rows, unknown) = seen(&fixture("xing_requests_de.txt"));
    assert_eq!(platform, "xing");
    assert_eq!(
        rows,
        vec![
            row(
                "Sabine Hoffmann",
                "Vertriebsleiterin, Hoffmann & Partner GmbH",
                "2026-12-04",
                Some(8),
                "Hallo Herr Schmidt, wir "
            ),
            row(
                "Markus Vogel",
                "Geschäftsführer, Vogel Consulting",
                "2026-12-06",
                None,
                ""
            ),
            row(
                "Elif Yılmaz",
                "Recruiterin, Example Personal GmbH",
                "2026-11-23",
                Some(1),
                "Ich würde mich freuen, m"
            ),
        ]
    );
    assert!(unknown.is_empty(), "{unknown:?}");
    let (platform, rows, unknown) = seen(&fixture("xing_requests_en.txt"));
    assert_eq!(platform, "xing");
    assert_eq!(
        rows,
        vec![
            row(
                "Thomas Lang",
                "Sales Director, Example Industrie AG",
                "2026-12-04",
                Some(4),
                "Dear Ms Schmidt, followi"
            ),
            row(
                "Claudia Berger",
                "Marketing Manager, Example Media",
                "2026-12-06",
                None,
                ""
            ),
        ]
    );
    assert!(unknown.is_empty(), "{unknown:?}");
}

#[test]
fn lines_that_fit_nowhere_are_shown_as_not_understood() {
    let mut text = fixture("linkedin_received_en.txt");
    text = text.replace(
        "Manage invitations",
        "Manage invitations\nWeekly digest: 3 new jobs for you",
    );
    let (_, rows, unknown) = seen(&text);
    assert_eq!(rows.len(), 4);
    assert_eq!(
        unknown,
        vec!["Weekly digest: 3 new jobs for you".to_owned()]
    );
}

#[test]
fn a_paste_that_is_no_invitation_page_is_refused() {
    let err = parse_paste(&fixture("foreign.txt"), None, paste_time()).unwrap_err();
    assert!(matches!(err, PasteError::Foreign { .. }), "{err:?}");
    assert!(err.to_string().contains("Dear team"), "{err}");
    assert_eq!(
        parse_paste(" \n\n", None, paste_time()).unwrap_err(),
        PasteError::Empty
    );
    assert!(matches!(
        parse_paste("x", Some("facebook"), paste_time()),
        Err(PasteError::UnknownPlatform(_))
    ));
}

fn manual(name: &str, url: Option<&str>, note: &str, at: Timestamp) -> CapturedRequest {
    let (first, last) = followdesk::import::Person::split_name(name);
    CapturedRequest {
        platform: "linkedin".into(),
        first_name: first,
        last_name: last,
        headline: "Head of Sales".into(),
        profile_url: url.map(str::to_owned),
        invitation_url: None,
        received_at: at,
        exact_time: false,
        note: note.into(),
        mutual_connections: None,
        source: CaptureSource::Manual,
    }
}

fn request_events(s: &followdesk::store::Store, id: ContactId) -> Vec<(String, Timestamp)> {
    s.events(id)
        .unwrap()
        .into_iter()
        .filter(|e| e.kind == EventKind::RequestReceived)
        .map(|e| (e.source, e.at))
        .collect()
}

#[test]
fn capturing_the_same_paste_twice_adds_nothing() {
    let mut s = store();
    let page = parse_paste(&fixture("linkedin_received_en.txt"), None, paste_time()).unwrap();
    let first = s.capture_requests(page.requests.clone()).unwrap();
    assert_eq!((first.added, first.existing), (4, 0));
    let events = s.event_count().unwrap();
    let again = s.capture_requests(page.requests).unwrap();
    assert_eq!((again.added, again.existing), (0, 4));
    assert_eq!(s.event_count().unwrap(), events);
    assert_eq!(s.contact_count().unwrap(), 4);
    let pending = s.pending_requests().unwrap();
    assert_eq!(pending.len(), 4);
    let anna = pending.iter().find(|p| p.first_name == "Anna").unwrap();
    assert!(anna.message.starts_with("Hi, this is Anna"));
    assert_eq!(
        anna.position,
        "Head of Sales DACH at Nordlicht Software GmbH"
    );
    let d = s.request_details(anna.contact, "linkedin").unwrap();
    assert_eq!(d.source, Some(CaptureSource::Paste));
    assert_eq!(d.mutual_connections, Some(4));
}

#[test]
fn a_typed_in_request_with_a_link_is_known_again_by_the_link() {
    let mut s = store();
    let at = paste_time();
    let r = manual(
        "Anna Becker",
        Some("https://www.linkedin.com/in/anna-becker-1a2b/"),
        "",
        at,
    );
    assert_eq!(s.capture_requests(vec![r]).unwrap().added, 1);
    // The same person, another form of the link, a day later, with a note now: the same request.
    let again = manual(
        "Anna Becker",
        Some("linkedin.com/in/Anna-Becker-1a2b"),
        "hello",
        at + chrono::Duration::days(1),
    );
    let rep = s.capture_requests(vec![again]).unwrap();
    assert_eq!((rep.added, rep.existing), (0, 1));
    assert_eq!(s.contact_count().unwrap(), 1);
}

#[test]
fn a_link_on_the_platform_that_is_no_profile_does_not_make_two_people_one() {
    let mut s = store();
    let opaque = "https://www.linkedin.com/comm/profile/view?id=AAsAAAJU";
    let a = manual("Anna Becker", Some(opaque), "", paste_time());
    let b = manual("Ben Bauer", Some(opaque), "", paste_time());
    let rep = s.capture_requests(vec![a, b]).unwrap();
    assert_eq!((rep.added, rep.existing), (2, 0));
    assert_eq!(s.contact_count().unwrap(), 2);
}

#[test]
fn a_capture_with_a_bad_link_changes_nothing() {
    let mut s = store();
    let good = manual("Anna Becker", None, "", paste_time());
    let bad = manual(
        "Ben Bauer",
        Some("https://evil.com/in/ben"),
        "",
        paste_time(),
    );
    assert!(s.capture_requests(vec![good, bad]).is_err());
    assert_eq!(s.contact_count().unwrap(), 0);
    assert_eq!(s.event_count().unwrap(), 0);
}

fn export_with(dir: &std::path::Path, rows: &[[&str; 7]]) -> std::path::PathBuf {
    let zip = dir.join("Basic_LinkedInDataExport_12-08-2026.zip");
    write_zip(&zip, &[("Invitations.csv", invitations_csv(rows))]);
    zip
}

#[test]
fn a_pasted_request_and_the_same_in_a_later_export_are_one_request_by_name_note_and_day() {
    let mut s = store();
    let page = parse_paste(&fixture("linkedin_received_en.txt"), None, paste_time()).unwrap();
    s.capture_requests(page.requests).unwrap();
    let anna = s
        .pending_requests()
        .unwrap()
        .into_iter()
        .find(|p| p.first_name == "Anna")
        .unwrap();
    let note = anna.message.clone();
    let dir = tempfile::tempdir().unwrap();
    // The export writes the note's line breaks as runs of spaces; the time is exact.
    let zip = export_with(
        dir.path(),
        &[[
            "Anna Becker",
            "Sam Schmidt",
            "12/5/26, 8:13 AM",
            &note.replace(". ", ".   "),
            "INCOMING",
            "https://www.linkedin.com/in/anna-becker-1a2b",
            "https://www.linkedin.com/in/samschmidt",
        ]],
    );
    import(&mut s, ImportKind::Linkedin, &[&zip]).unwrap();
    assert_eq!(s.contact_count().unwrap(), 4, "no second Anna");
    let pending = s.pending_requests().unwrap();
    assert_eq!(pending.len(), 4, "no second request");
    let after = pending.iter().find(|p| p.first_name == "Anna").unwrap();
    assert_eq!(after.contact, anna.contact);
    let exact: DateTime<Utc> = Utc.with_ymd_and_hms(2026, 12, 5, 8, 13, 0).unwrap();
    assert_eq!(after.at, exact, "the export's exact time");
    assert_eq!(
        request_events(&s, anna.contact),
        vec![("linkedin-export".to_owned(), exact)],
        "the captured event gave way to the export's"
    );
    let d = s.request_details(anna.contact, "linkedin").unwrap();
    assert_eq!(
        d.profile_url.as_deref(),
        Some("linkedin.com/in/anna-becker-1a2b")
    );
    assert_eq!(d.source, Some(CaptureSource::Export));
    // The same export again: nothing more.
    let events = s.event_count().unwrap();
    import(&mut s, ImportKind::Linkedin, &[&zip]).unwrap();
    assert_eq!(s.event_count().unwrap(), events);
    assert_eq!(s.contact_count().unwrap(), 4);
}

#[test]
fn a_typed_in_request_and_the_same_in_a_later_export_are_one_request_by_link() {
    let mut s = store();
    let at = Utc.with_ymd_and_hms(2026, 12, 3, 12, 0, 0).unwrap();
    let r = manual(
        "Ben Bauer",
        Some("https://de.linkedin.com/in/ben-bauer"),
        "",
        at,
    );
    s.capture_requests(vec![r]).unwrap();
    let dir = tempfile::tempdir().unwrap();
    // Another day than typed in, a note the rep did not copy: the link decides.
    let zip = export_with(
        dir.path(),
        &[[
            "Ben Bauer",
            "Sam Schmidt",
            "12/1/26, 6:02 PM",
            "Hi Sam, great talk at the meetup",
            "INCOMING",
            "https://www.linkedin.com/in/ben-bauer",
            "https://www.linkedin.com/in/samschmidt",
        ]],
    );
    import(&mut s, ImportKind::Linkedin, &[&zip]).unwrap();
    assert_eq!(s.contact_count().unwrap(), 1);
    let pending = s.pending_requests().unwrap();
    assert_eq!(pending.len(), 1);
    assert_eq!(pending[0].message, "Hi Sam, great talk at the meetup");
    assert_eq!(
        request_events(&s, pending[0].contact),
        vec![(
            "linkedin-export".to_owned(),
            Utc.with_ymd_and_hms(2026, 12, 1, 18, 2, 0).unwrap()
        )]
    );
}

#[test]
fn a_request_the_export_brought_first_is_not_captured_again() {
    let mut s = store();
    let dir = tempfile::tempdir().unwrap();
    let zip = export_with(
        dir.path(),
        &[[
            "Tobias Krüger",
            "Sam Schmidt",
            "12/6/26, 7:40 PM",
            "",
            "INCOMING",
            "https://www.linkedin.com/in/tobias-krueger",
            "https://www.linkedin.com/in/samschmidt",
        ]],
    );
    import(&mut s, ImportKind::Linkedin, &[&zip]).unwrap();
    let page = parse_paste(&fixture("linkedin_received_en.txt"), None, paste_time()).unwrap();
    let rep = s.capture_requests(page.requests).unwrap();
    assert_eq!((rep.added, rep.existing), (3, 1));
    assert_eq!(s.pending_requests().unwrap().len(), 4);
}

#[test]
fn the_command_line_pastes_adds_and_lists_todays_requests() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("f.sqlite3");
    let file = format!("{FIXTURES}/linkedin_received_de.txt");
    let got = followdesk_json(&db, &["import", "paste", &file, "--dry-run", "--json"]);
    assert_eq!(got["requests"].as_array().unwrap().len(), 3);
    assert!(got["saved"].is_null());
    let out = followdesk(&db, &["import", "paste", &file]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Recognised 3 requests on linkedin"), "{text}");
    assert!(text.contains("Saved: 3 new, 0 known already"), "{text}");
    let out = followdesk(
        &db,
        &[
            "add",
            "request",
            "--platform",
            "xing",
            "--name",
            "Markus Vogel",
            "--url",
            "https://www.xing.com/profile/Markus_Vogel/cv",
            "--message",
            "Wir haben uns auf der Hannover Messe am Stand gesprochen.",
            "--at",
            "2026-12-01",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let list = followdesk_json(&db, &["triage", "list", "--json"]);
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 4);
    let markus = list.iter().find(|r| r["name"] == "Markus Vogel").unwrap();
    assert_eq!(markus["platform"], "xing");
    assert_eq!(markus["received"], "2026-12-01");
    assert_eq!(markus["source"], "manual");
    assert_eq!(
        markus["profile_url"],
        "https://xing.com/profile/markus_vogel"
    );
    assert_eq!(markus["verdict"], "specific");
    assert_eq!(markus["proposal"], "accept");
    assert!(!markus["reasons"].as_array().unwrap().is_empty());
    let jana = list.iter().find(|r| r["name"] == "Jana Hofmann").unwrap();
    assert_eq!(jana["source"], "paste");
    assert_eq!(jana["verdict"], "unspecific");
    assert_eq!(jana["proposal"], "redirect");
    // Newest first.
    let days: Vec<&str> = list
        .iter()
        .map(|r| r["received"].as_str().unwrap())
        .collect();
    let mut sorted = days.clone();
    sorted.sort_unstable_by(|a, b| b.cmp(a));
    assert_eq!(days, sorted);
    assert!(list[0]["contact_id"].as_i64().unwrap() > 0);

    // A paste that is no invitation page: a clear message, nothing changed.
    let out = followdesk(
        &db,
        &["import", "paste", &format!("{FIXTURES}/foreign.txt")],
    );
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no copy of an invitation page"), "{err}");
    assert_eq!(
        followdesk_json(&db, &["triage", "list", "--json"])
            .as_array()
            .unwrap()
            .len(),
        4
    );
}

#[test]
fn the_command_line_reconciles_a_paste_with_the_later_export() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("f.sqlite3");
    let out = followdesk(
        &db,
        &[
            "add",
            "request",
            "--platform",
            "linkedin",
            "--name",
            "Ben Bauer",
            "--url",
            "linkedin.com/in/ben-bauer",
            "--at",
            "2026-12-01",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let zip = export_with(
        dir.path(),
        &[[
            "Ben Bauer",
            "Sam Schmidt",
            "12/1/26, 6:02 PM",
            "",
            "INCOMING",
            "https://www.linkedin.com/in/ben-bauer",
            "https://www.linkedin.com/in/samschmidt",
        ]],
    );
    let out = followdesk(&db, &["import", "linkedin", zip.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let list = followdesk_json(&db, &["triage", "list", "--json"]);
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0]["source"], "export");
}

#[test]
fn the_html_flavour_of_the_copy_carries_each_persons_profile_link() {
    let html = fixture("linkedin_received_en.html");
    assert!(followdesk::import::paste::looks_like_html(&html));
    let page = followdesk::import::paste::parse_paste_html(&html, None, paste_time()).unwrap();
    assert_eq!(page.platform, "linkedin");
    let got: Vec<(String, Option<String>, Option<u32>, String)> = page
        .requests
        .iter()
        .map(|r| {
            (
                r.display_name(),
                r.profile_url.clone(),
                r.mutual_connections,
                r.day().to_string(),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            (
                "Anna Becker".to_owned(),
                Some("https://www.linkedin.com/in/anna-becker-4b1a2c/?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACoAAB".to_owned()),
                Some(4),
                "2026-12-05".to_owned()
            ),
            (
                "Tobias Krüger".to_owned(),
                Some("https://www.linkedin.com/in/tobias-krueger-growth/".to_owned()),
                Some(12),
                "2026-12-06".to_owned()
            ),
        ]
    );
    assert!(page.requests[0].note.starts_with("Hi, this is Anna"));
    assert!(page.not_understood.is_empty(), "{:?}", page.not_understood);
    // Stored in the normal form: the same person as her link in a later export.
    let mut s = store();
    s.capture_requests(page.requests).unwrap();
    let anna = s.contact_by_profile("linkedin", "linkedin.com/in/anna-becker-4b1a2c");
    assert!(anna.unwrap().is_some());
}

#[test]
fn the_command_line_reads_the_html_flavour_saved_as_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("f.sqlite3");
    let file = format!("{FIXTURES}/linkedin_received_en.html");
    let got = followdesk_json(&db, &["import", "paste", &file, "--json"]);
    assert_eq!(got["saved"]["added"], 2);
    let list = followdesk_json(&db, &["triage", "list", "--json"]);
    let anna = list
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"] == "Anna Becker")
        .unwrap()
        .clone();
    assert_eq!(
        anna["profile_url"],
        "https://linkedin.com/in/anna-becker-4b1a2c"
    );
    assert_eq!(anna["source"], "paste");
}

/// "1 week ago" on the page is only the latest day the request can have come: the export
/// says it came ten days before the paste. Without a link on either side they are still one
/// request, and the export's exact time replaces the pasted day.
#[test]
fn a_pasted_week_ago_without_a_link_is_the_export_request_ten_days_before() {
    let mut s = store();
    let pasted_at = Utc.with_ymd_and_hms(2026, 12, 7, 9, 0, 0).unwrap();
    let week_ago = pasted_at - chrono::Duration::days(7);
    let note = "Hi Jana, we met at the LogiMAT booth. Could we talk about pallet tracking?";
    s.capture_requests(vec![manual("Jana Roth", None, note, week_ago)])
        .unwrap();
    let jana = s.pending_requests().unwrap()[0].contact;
    let dir = tempfile::tempdir().unwrap();
    // The 2022 layout: no profile links in Invitations.csv.
    let zip = dir.path().join("Basic_LinkedInDataExport_12-08-2026.zip");
    write_zip(
        &zip,
        &[(
            "Invitations.csv",
            format!(
                "From,To,Sent At,Message,Direction\nJana Roth,Sam Schmidt,\"11/27/26, 4:40 PM\",\"{note}\",INCOMING\n"
            )
            .into_bytes(),
        )],
    );
    import(&mut s, ImportKind::Linkedin, &[&zip]).unwrap();
    assert_eq!(s.contact_count().unwrap(), 1, "no second Jana");
    let exact: DateTime<Utc> = Utc.with_ymd_and_hms(2026, 11, 27, 16, 40, 0).unwrap();
    assert_eq!(
        request_events(&s, jana),
        vec![("linkedin-export".to_owned(), exact)],
        "one request, at the export's time"
    );
}

/// A request captured again whose headline states another job than the one known (here a
/// promotion at the same company) is a job change, logged once; a headline that is no
/// "position at company" changes nothing.
#[test]
fn a_recaptured_headline_with_another_job_is_a_job_change_once() {
    use followdesk::domain::command::Command;
    use followdesk::domain::signals::{ChangeKind, JobChange};
    let mut s = store();
    let url = "https://www.linkedin.com/in/jana-roth-77";
    let jana = s
        .apply(Command::CreateContact {
            fields: followdesk::domain::ContactFields {
                company: "Nordlicht AG".into(),
                position: "Sales Manager".into(),
                ..followdesk::domain::ContactFields::named("Jana", "Roth")
            },
            profiles: vec![("linkedin".into(), Some(url.into()))],
        })
        .unwrap()
        .created_contact
        .unwrap();
    let at = Utc.with_ymd_and_hms(2026, 12, 7, 9, 0, 0).unwrap();
    let mut req = manual("Jana Roth", Some(url), "", at);
    req.headline = "Head of Sales at Nordlicht AG | Hamburg".into();
    s.capture_requests(vec![req.clone()]).unwrap();
    s.capture_requests(vec![req]).unwrap();
    let changes: Vec<JobChange> = s
        .events(jana)
        .unwrap()
        .into_iter()
        .filter(|e| e.kind == EventKind::JobChanged)
        .filter_map(|e| JobChange::from_message(&e.message))
        .collect();
    assert_eq!(changes.len(), 1, "{changes:?}");
    assert_eq!(changes[0].kind(), ChangeKind::Promotion);
    assert_eq!(
        s.contact(jana).unwrap().unwrap().fields.position,
        "Head of Sales"
    );

    // Through the app's command it is undone with the capture.
    let mut vp = manual("Jana Roth", Some(url), "", at);
    vp.headline = "VP Sales at Nordlicht AG".into();
    let applied = s.apply(Command::CaptureRequests(vec![vp])).unwrap();
    let job_changes = |s: &followdesk::store::Store| {
        s.events(jana)
            .unwrap()
            .iter()
            .filter(|e| e.kind == EventKind::JobChanged)
            .count()
    };
    assert_eq!(job_changes(&s), 2);
    s.apply(applied.undo.unwrap()).unwrap();
    assert_eq!(job_changes(&s), 1, "the undo takes the job change back");

    let mut slogan = manual("Jana Roth", Some(url), "", at);
    slogan.headline = "Helping logistics teams grow | Speaker".into();
    s.capture_requests(vec![slogan]).unwrap();
    let count = s
        .events(jana)
        .unwrap()
        .iter()
        .filter(|e| e.kind == EventKind::JobChanged)
        .count();
    assert_eq!(count, 1);
}
