//! XING as it really is (fixtures in `tests/fixtures/exports/xing-*`): a 2.1 card mixing
//! `CHARSET=ISO-8859-1` and `CHARSET=UTF-8` lines, `X-SOCIALPROFILE` links in any vCard,
//! the contact list as XING tools write it (`Name;Vorname;…`, Name = surname), and the
//! `/cv` form of a profile link being the same person.
#![allow(clippy::unwrap_used)]

mod support;

use std::path::{Path, PathBuf};

use followdesk::import::ImportKind;
use support::*;

fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/exports")
        .join(path)
}

#[test]
fn a_card_mixing_latin1_and_utf8_lines_reads_each_in_its_charset() {
    let mut s = store();
    let card = fixture("xing-vcard-2.1-mixed-charset/Juergen_Mueller.vcf");
    let r = import(&mut s, ImportKind::Xing, &[&card]).unwrap();
    assert_eq!(r.added, 1);
    let all = s.full_contacts().unwrap();
    let f = &all[0].fields;
    assert_eq!(
        (f.first_name.as_str(), f.last_name.as_str()),
        ("Jürgen", "Müller")
    );
    assert_eq!(f.company, "Grün & Söhne KG");
    assert_eq!(f.position, "Geschäftsführer");
    assert_eq!(
        all[0].profiles,
        [(
            "xing".to_owned(),
            Some("xing.com/profile/juergen_mueller".to_owned())
        )],
        "the X-SOCIALPROFILE link, without /cv; the homepage is no profile"
    );
    let again = import(&mut s, ImportKind::Xing, &[&card]).unwrap();
    assert_eq!((again.added, again.updated, again.events_added), (0, 0, 0));
}

#[test]
fn the_xing_contact_list_keeps_surname_and_profile_and_meets_the_card() {
    let mut s = store();
    let card = fixture("xing-vcard-2.1-mixed-charset/Juergen_Mueller.vcf");
    import(&mut s, ImportKind::Xing, &[&card]).unwrap();
    let list = fixture("xing-contact-list/xing_contacts.csv");
    let r = import(&mut s, ImportKind::Csv, &[&list]).unwrap();
    assert_eq!(r.added, 1, "Jürgen is the card's contact: {r:?}");
    assert_eq!(s.contact_count().unwrap(), 2);
    let all = s.full_contacts().unwrap();
    let katrin = all
        .iter()
        .find(|c| c.fields.first_name == "Katrin")
        .unwrap();
    assert_eq!(katrin.fields.last_name, "Schäfer");
    assert_eq!(katrin.fields.company, "Beispiel AG");
    assert_eq!(katrin.fields.notes, "Messe 2025");
    assert_eq!(
        katrin.profiles,
        [(
            "xing".to_owned(),
            Some("xing.com/profile/katrin_schaefer".to_owned())
        )]
    );
    let again = import(&mut s, ImportKind::Csv, &[&list]).unwrap();
    assert_eq!((again.added, again.updated), (0, 0));
}

#[test]
fn a_plain_vcard_with_a_linkedin_social_profile_is_on_linkedin() {
    let dir = tempfile::tempdir().unwrap();
    let vcf = tmp_file(
        dir.path(),
        "apple.vcf",
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Berg;Linn\xc3\xa9a;;;\r\nX-SOCIALPROFILE;type=linkedin;x-user=linnea:https://www.linkedin.com/in/linn%C3%A9a-berg-hr\r\nEND:VCARD\r\n",
    );
    let mut s = store();
    import(&mut s, ImportKind::Vcard, &[&vcf]).unwrap();
    let all = s.full_contacts().unwrap();
    assert_eq!(
        all[0].profiles,
        [(
            "linkedin".to_owned(),
            Some("linkedin.com/in/linnéa-berg-hr".to_owned())
        )]
    );
}

#[test]
fn a_link_on_another_host_is_no_profile() {
    let dir = tempfile::tempdir().unwrap();
    let csv = tmp_file(
        dir.path(),
        "c.csv",
        "First Name,Last Name,LinkedIn URL\nEva,Evil,https://www.linkedin.com@evil.com/in/z\nAnna,Gut,evil.com/in/x\n"
            .as_bytes(),
    );
    let mut s = store();
    let r = import(&mut s, ImportKind::Csv, &[&csv]).unwrap();
    assert_eq!(r.added, 2);
    for c in s.full_contacts().unwrap() {
        assert!(
            c.profiles.iter().all(|(_, u)| u.is_none()),
            "{:?}",
            c.profiles
        );
    }
    assert_eq!(r.warnings.len(), 2, "{:?}", r.warnings);
}

#[test]
fn the_xing_contact_list_as_xlsx_reads_like_the_csv() {
    use rust_xlsxwriter::Workbook;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("XING_Kontakte.xlsx");
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    for (c, h) in ["Name", "Vorname", "Firma", "Titel", "Notiz", "Xing-Profil"]
        .iter()
        .enumerate()
    {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    let row = [
        "Schäfer",
        "Katrin",
        "Beispiel AG",
        "Leiterin Vertrieb",
        "Messe, 2025",
        "https://www.xing.com/profile/Katrin_Schaefer/cv",
    ];
    for (c, v) in row.iter().enumerate() {
        ws.write_string(1, c as u16, *v).unwrap();
    }
    wb.save(&path).unwrap();
    let mut s = store();
    let r = import(&mut s, ImportKind::Csv, &[&path]).unwrap();
    assert_eq!(r.added, 1, "{r:?}");
    let c = &s.full_contacts().unwrap()[0];
    assert_eq!(
        (c.fields.first_name.as_str(), c.fields.last_name.as_str()),
        ("Katrin", "Schäfer")
    );
    assert_eq!(c.fields.notes, "Messe, 2025");
    assert_eq!(
        c.profiles[0].1.as_deref(),
        Some("xing.com/profile/katrin_schaefer")
    );
    // The same people from the CSV list are the same contacts.
    let list = fixture("xing-contact-list/xing_contacts.csv");
    let again = import(&mut s, ImportKind::Csv, &[&list]).unwrap();
    assert_eq!(again.added, 1, "only Jürgen is new: {again:?}");
}
