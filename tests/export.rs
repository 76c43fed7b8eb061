//! Exporting CSV and vCard, and reading both back without loss.
#![allow(clippy::unwrap_used)]

mod support;

use followdesk::domain::command::Command;
use followdesk::domain::{ContactFields, PlatformRules};
use followdesk::import::ImportKind;
use followdesk::store::{FullContact, Store};
use support::*;

/// A person to create: fields, `(platform, link)` profiles, tags.
type Seed<'a> = (ContactFields, Vec<(&'a str, Option<&'a str>)>, Vec<&'a str>);
/// A stored contact without its id: fields, profiles, tags.
type Contents = (ContactFields, Vec<(String, Option<String>)>, Vec<String>);

/// Contacts with everything an export must carry: umlauts, commas, semicolons, quotes,
/// line breaks, backslashes, formula-like text, several profiles, tags, a profile without
/// a link.
fn filled() -> Store {
    let mut s = store();
    let people: Vec<Seed<'_>> = vec![
        (
            ContactFields {
                company: "Müller, Schmidt & Partner; \"GmbH\"".into(),
                position: "Head of Sales \\ DACH".into(),
                email: "anna@mueller.de".into(),
                phone: "+49 30 1234".into(),
                notes: "Zeile 1\nZeile 2, mit Komma; und Semikolon".into(),
                ..ContactFields::named("Anna", "Müller")
            },
            vec![
                ("linkedin", Some("https://www.linkedin.com/in/anna")),
                ("xing", Some("https://www.xing.com/profile/Anna_Mueller")),
            ],
            vec!["Kunde", "Messe München"],
        ),
        (
            ContactFields {
                company: "=HYPERLINK(\"http://evil\",\"click\")".into(),
                position: "@SUM(A1)".into(),
                notes: "-1+1".into(),
                ..ContactFields::named("Eve", "Formula")
            },
            vec![("xing", None)],
            vec![],
        ),
        (ContactFields::named("", "Solo"), vec![], vec!["vip"]),
    ];
    for (fields, profiles, tags) in people {
        let applied = s
            .apply(Command::CreateContact {
                fields,
                profiles: profiles
                    .into_iter()
                    .map(|(p, u)| (p.to_owned(), u.map(str::to_owned)))
                    .collect(),
            })
            .unwrap();
        let id = applied.created_contact.unwrap();
        for t in tags {
            s.apply(Command::AddTag {
                contact: id,
                name: t.into(),
            })
            .unwrap();
        }
    }
    s
}

/// Contacts without their ids, for comparing two databases.
fn contents(s: &Store) -> Vec<Contents> {
    let mut v: Vec<_> = s
        .full_contacts()
        .unwrap()
        .into_iter()
        .map(
            |FullContact {
                 fields,
                 profiles,
                 tags,
                 ..
             }| (fields, profiles, tags),
        )
        .collect();
    v.sort_by(|a, b| a.0.last_name.cmp(&b.0.last_name));
    v
}

#[test]
fn csv_export_then_import_loses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let s = filled();
    let path = dir.path().join("contacts.csv");
    assert_eq!(followdesk::export::csv::export(&s, &path).unwrap(), 3);
    let mut fresh = store();
    let r = import(&mut fresh, ImportKind::Csv, &[&path]).unwrap();
    assert_eq!(r.added, 3);
    // A profile without a link has no column to live in: the CSV keeps links only.
    let mut want = contents(&s);
    for c in &mut want {
        c.1.retain(|(_, u)| u.is_some());
    }
    assert_eq!(contents(&fresh), want);
    let again = import(&mut fresh, ImportKind::Csv, &[&path]).unwrap();
    assert_eq!((again.added, again.unchanged), (0, 3));
}

#[test]
fn vcard_export_then_import_loses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let s = filled();
    let path = dir.path().join("contacts.vcf");
    followdesk::export::vcard::export(&s, &path).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(text.matches("BEGIN:VCARD\r\nVERSION:4.0\r\n").count(), 3);
    assert!(text.lines().all(|l| l.len() <= 75));
    let mut fresh = store();
    import(&mut fresh, ImportKind::Vcard, &[&path]).unwrap();
    assert_eq!(contents(&fresh), contents(&s));
}

#[test]
fn csv_cells_that_spreadsheets_would_run_are_neutralised() {
    let dir = tempfile::tempdir().unwrap();
    let s = filled();
    let path = dir.path().join("c.csv");
    followdesk::export::csv::export(&s, &path).unwrap();
    let bytes = std::fs::read(&path).unwrap();
    let mut r = csv::Reader::from_reader(&bytes[3..]);
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    let eve = rows.iter().find(|r| &r[0] == "Eve").unwrap();
    assert_eq!(&eve[2], "'=HYPERLINK(\"http://evil\",\"click\")");
    assert_eq!(&eve[3], "'@SUM(A1)");
    assert_eq!(&eve[6], "'-1+1");
    let anna = rows.iter().find(|r| &r[0] == "Anna").unwrap();
    assert_eq!(&anna[5], "'+49 30 1234");
    for row in &rows {
        for cell in row {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{cell:?}"
            );
        }
    }
}

#[test]
fn the_cli_exports_both_formats() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("e.sqlite3");
    drop(Store::open(&db, PlatformRules::builtin()).unwrap());
    assert!(
        followdesk(&db, &["demo", "--contacts", "50"])
            .status
            .success()
    );
    for (fmt, file) in [("csv", "out.csv"), ("vcard", "out.vcf")] {
        let out_path = dir.path().join(file);
        let out = followdesk(&db, &["export", fmt, out_path.to_str().unwrap()]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(String::from_utf8_lossy(&out.stdout).starts_with("Exported 50 contacts to"));
        assert!(out_path.metadata().unwrap().len() > 1000);
    }
}
