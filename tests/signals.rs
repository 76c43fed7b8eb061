//! Job changes noticed across imports, and the signals and reminders reports through the
//! command line.
#![allow(clippy::unwrap_used)]

mod support;

use chrono::{Duration, Utc};

use followdesk::domain::command::Command;
use followdesk::domain::signals::{
    JobChange, SignalKind, SignalParams, close_reminder, set_reminder, signals,
};
use followdesk::domain::{ContactFields, ContactId, EventKind, NewEvent};
use followdesk::import::ImportKind;
use followdesk::store::Store;
use support::*;

const ANNA: &str = "https://www.linkedin.com/in/anna-mueller-1a2b3c";
const BERND: &str = "https://www.linkedin.com/in/bernd-beispiel";
const CARLA: &str = "https://www.linkedin.com/in/carla-case";

fn export(dir: &std::path::Path, name: &str, rows: &[[&str; 7]]) -> std::path::PathBuf {
    let zip = dir.join(name);
    write_zip(&zip, &[("Connections.csv", connections_csv(rows))]);
    zip
}

/// (contact's last name, old job, new job) of every job change in the log.
fn job_changes(s: &Store) -> Vec<(String, JobChange)> {
    let mut out = Vec::new();
    for c in s.full_contacts().unwrap() {
        for e in s.events(c.id).unwrap() {
            if e.kind == EventKind::JobChanged {
                assert_eq!(e.platform, "linkedin");
                out.push((
                    c.fields.last_name.clone(),
                    JobChange::from_message(&e.message).unwrap(),
                ));
            }
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

#[test]
fn a_later_export_records_job_changes_once_and_not_on_a_reimport_or_a_case_change() {
    let dir = tempfile::tempdir().unwrap();
    let first = export(
        dir.path(),
        "Basic_LinkedInDataExport_02-08-2026.zip",
        &[
            [
                "Anna",
                "Müller",
                ANNA,
                "",
                "Müller GmbH",
                "Sales Manager",
                "08 Feb 2025",
            ],
            [
                "Bernd",
                "Beispiel",
                BERND,
                "",
                "Alt AG",
                "Head of Sales",
                "09 Feb 2025",
            ],
            [
                "Carla",
                "Case",
                CARLA,
                "",
                "Case & Co. KG",
                "Head of Marketing",
                "10 Feb 2025",
            ],
        ],
    );
    let later = export(
        dir.path(),
        "Basic_LinkedInDataExport_11-26-2026.zip",
        &[
            // Promoted at the same company.
            [
                "Anna",
                "Müller",
                ANNA,
                "",
                "Müller GmbH",
                "Head of Sales",
                "08 Feb 2025",
            ],
            // Moved to another company.
            [
                "Bernd",
                "Beispiel",
                BERND,
                "",
                "Neu GmbH",
                "Head of Sales",
                "09 Feb 2025",
            ],
            // The same job, written in other case and spacing.
            [
                "Carla",
                "Case",
                CARLA,
                "",
                "case  &  co. kg",
                "head of marketing",
                "10 Feb 2025",
            ],
        ],
    );
    let mut s = store();
    import(&mut s, ImportKind::Linkedin, &[&first]).unwrap();
    assert!(job_changes(&s).is_empty(), "a first import changes no job");
    import(&mut s, ImportKind::Linkedin, &[&later]).unwrap();
    let changes = job_changes(&s);
    let kinds: Vec<(&str, &str, &str)> = changes
        .iter()
        .map(|(n, c)| (n.as_str(), c.from.position.as_str(), c.to.company.as_str()))
        .collect();
    assert_eq!(
        kinds,
        [
            ("Beispiel", "Head of Sales", "Neu GmbH"),
            ("Müller", "Sales Manager", "Müller GmbH"),
        ]
    );
    assert_eq!(changes[1].1.to.position, "Head of Sales");

    // The same export again, and the older one again: no new job change.
    import(&mut s, ImportKind::Linkedin, &[&later]).unwrap();
    import(&mut s, ImportKind::Linkedin, &[&first]).unwrap();
    assert_eq!(job_changes(&s).len(), 2, "re-imports record nothing");

    // The signals tell the promotion from the move.
    let log = s.metrics_log().unwrap();
    let facts = s.signal_facts().unwrap();
    let today = chrono::Local::now().date_naive();
    let mut got: Vec<SignalKind> = signals(&log, &facts, today, &SignalParams::default())
        .iter()
        .map(|x| x.kind)
        .collect();
    got.sort();
    assert_eq!(got, [SignalKind::Promotion, SignalKind::JobChange]);
}

#[test]
fn a_vcard_with_another_company_records_a_job_change_on_xing() {
    let dir = tempfile::tempdir().unwrap();
    let card = |org: &str, title: &str| {
        format!(
            "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Fischer;Peter\r\nFN:Peter Fischer\r\nORG:{org}\r\nTITLE:{title}\r\nURL:https://www.xing.com/profile/Peter_Fischer7\r\nEND:VCARD\r\n"
        )
    };
    let old = tmp_file(
        dir.path(),
        "old.vcf",
        card("Fischerei Nord", "Einkäufer").as_bytes(),
    );
    let new = tmp_file(
        dir.path(),
        "new.vcf",
        card("Fischerei Nord", "Leiter Einkauf").as_bytes(),
    );
    let mut s = store();
    import(&mut s, ImportKind::Xing, &[&old]).unwrap();
    import(&mut s, ImportKind::Xing, &[&new]).unwrap();
    import(&mut s, ImportKind::Xing, &[&new]).unwrap();
    let c = &s.full_contacts().unwrap()[0];
    let changes: Vec<_> = s
        .events(c.id)
        .unwrap()
        .into_iter()
        .filter(|e| e.kind == EventKind::JobChanged)
        .collect();
    assert_eq!(changes.len(), 1);
    assert_eq!(changes[0].platform, "xing");
    let change = JobChange::from_message(&changes[0].message).unwrap();
    assert_eq!(
        change.kind(),
        followdesk::domain::signals::ChangeKind::Promotion
    );
}

fn person(s: &mut Store, first: &str) -> ContactId {
    s.apply(Command::CreateContact {
        fields: ContactFields::named(first, "Beispiel"),
        profiles: vec![("linkedin".into(), Some(format!("linkedin.com/in/{first}")))],
    })
    .unwrap()
    .created_contact
    .unwrap()
}

#[test]
fn report_signals_json_lists_every_signal_with_person_platform_kind_since_and_reason() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("fd.sqlite3");
    let sent_at = Utc::now() - Duration::days(20);
    {
        let mut s = Store::open(&db, followdesk::domain::PlatformRules::builtin()).unwrap();
        let jan = person(&mut s, "Jan");
        s.apply(Command::LogEvents(vec![
            NewEvent::manual(
                jan,
                "linkedin",
                EventKind::Connected,
                sent_at - Duration::days(5),
            ),
            NewEvent::manual(jan, "linkedin", EventKind::MessageSent, sent_at),
        ]))
        .unwrap();
        // Answered: no signal.
        let eva = person(&mut s, "Eva");
        s.apply(Command::LogEvents(vec![
            NewEvent::manual(eva, "linkedin", EventKind::MessageSent, sent_at),
            NewEvent::manual(
                eva,
                "linkedin",
                EventKind::Message,
                sent_at + Duration::days(1),
            ),
        ]))
        .unwrap();
    }
    let v = followdesk_json(&db, &["report", "signals", "--json"]);
    let list = v["signals"].as_array().unwrap();
    assert_eq!(list.len(), 1, "{v}");
    let x = &list[0];
    assert_eq!(x["name"], "Jan Beispiel");
    assert_eq!(x["platform"], "linkedin");
    assert_eq!(x["kind"], "follow_up_due");
    assert_eq!(x["since"], sent_at.with_nanosecond(0).unwrap().to_rfc3339());
    assert_eq!(x["reason"], "your message of 20 days ago is unanswered");
    assert_eq!(v["params"]["follow_up_days"], 14.0);
    // As of a day when it was not yet due.
    let early = (sent_at + Duration::days(3)).date_naive().to_string();
    let v = followdesk_json(&db, &["report", "signals", "--json", "--as-of", &early]);
    assert_eq!(v["signals"].as_array().unwrap().len(), 0);
    // A threshold is a setting.
    {
        let mut s = Store::open(&db, followdesk::domain::PlatformRules::builtin()).unwrap();
        s.apply(Command::SetSetting {
            key: "signals.follow_up_days".into(),
            value: Some("30".into()),
        })
        .unwrap();
    }
    let v = followdesk_json(&db, &["report", "signals", "--json"]);
    assert_eq!(v["signals"].as_array().unwrap().len(), 0);
    let text = followdesk(&db, &["report", "signals"]);
    assert!(String::from_utf8_lossy(&text.stdout).contains("0 people worth a message"));
}

use chrono::Timelike as _;

#[test]
fn reminders_are_due_on_their_day_and_leave_the_report_when_done() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("fd.sqlite3");
    let today = chrono::Local::now().date_naive();
    {
        let mut s = Store::open(&db, followdesk::domain::PlatformRules::builtin()).unwrap();
        let jan = person(&mut s, "Jan");
        let eva = person(&mut s, "Eva");
        for (who, days, note) in [(jan, 0, "call about the offer"), (eva, 3, "")] {
            s.apply(Command::LogEvent(set_reminder(
                who,
                "linkedin",
                today + Duration::days(days),
                note,
                Utc::now(),
            )))
            .unwrap();
        }
    }
    let v = followdesk_json(&db, &["report", "reminders", "--json"]);
    let list = v["reminders"].as_array().unwrap();
    let got: Vec<(&str, &str, &str)> = list
        .iter()
        .map(|r| {
            (
                r["name"].as_str().unwrap(),
                r["status"].as_str().unwrap(),
                r["note"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("Jan Beispiel", "due", "call about the offer"),
            ("Eva Beispiel", "open", "")
        ]
    );
    {
        let mut s = Store::open(&db, followdesk::domain::PlatformRules::builtin()).unwrap();
        let r = s.reminders().unwrap().remove(0);
        let done = s
            .apply(Command::LogEvent(close_reminder(&r, true, Utc::now())))
            .unwrap();
        assert!(s.reminders().unwrap()[0].closed == Some(true));
        // Undo brings it back, as Ctrl+Z does in the app.
        s.apply(done.undo.unwrap()).unwrap();
        assert!(s.reminders().unwrap()[0].is_due(today));
        s.apply(Command::LogEvent(close_reminder(&r, true, Utc::now())))
            .unwrap();
    }
    let v = followdesk_json(&db, &["report", "reminders", "--json"]);
    assert_eq!(v["reminders"].as_array().unwrap().len(), 1);
    let v = followdesk_json(&db, &["report", "reminders", "--json", "--all"]);
    assert_eq!(v["reminders"][0]["status"], "done");
}
