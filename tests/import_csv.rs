//! Importing any CSV with a header.
#![allow(clippy::unwrap_used)]

mod support;

use followdesk::import::ImportKind;
use support::*;

#[test]
fn columns_are_matched_by_common_names() {
    let dir = tempfile::tempdir().unwrap();
    let p = tmp_file(
        dir.path(),
        "crm.csv",
        "\u{feff}Full Name,E-Mail,Organization,Job Title,LinkedIn,Tags\r\n\
         Anna Maria Müller,ANNA@example.com,\"Müller, Schmidt\",CEO,https://www.linkedin.com/in/amm,\"vip, lead\"\r\n\
         ,nobody@example.com,,,,\r\n\
         Bad Mail,not-an-address,,,,\r\n"
            .as_bytes(),
    );
    let mut s = store();
    let r = import(&mut s, ImportKind::Csv, &[&p]).unwrap();
    assert_eq!(r.added, 2);
    assert_eq!(r.skipped.len(), 1);
    assert_eq!(
        (r.skipped[0].line, r.skipped[0].reason.to_string()),
        (3, "no name".to_owned())
    );
    assert_eq!(r.warnings.len(), 1);
    assert!(
        r.warnings[0]
            .reason
            .to_string()
            .contains("not an e-mail address")
    );
    let id = s
        .contact_by_profile("linkedin", "linkedin.com/in/amm")
        .unwrap()
        .unwrap();
    let f = s.contact(id).unwrap().unwrap().fields;
    assert_eq!(
        (
            f.first_name.as_str(),
            f.last_name.as_str(),
            f.company.as_str()
        ),
        ("Anna", "Maria Müller", "Müller, Schmidt")
    );
    assert_eq!(s.tags_of(id).unwrap().len(), 2);
    assert_eq!(s.imports().unwrap()[0].kind, "csv");
}

#[test]
fn a_csv_without_the_needed_columns_is_refused_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = store();
    let ok = tmp_file(dir.path(), "ok.csv", b"First Name,Last Name\nA,B\n");
    import(&mut s, ImportKind::Csv, &[&ok]).unwrap();
    let before = counts(&s);
    let bad = tmp_file(dir.path(), "bad.csv", b"Email,Company\na@b.de,X\n");
    let e = import(&mut s, ImportKind::Csv, &[&bad]).unwrap_err();
    assert!(
        e.to_string()
            .contains("bad.csv: no header row with a name column"),
        "{e}"
    );
    assert_eq!(counts(&s), before);
}
