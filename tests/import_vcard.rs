//! Importing XING vCards and any vCards: versions, encodings, merging across platforms.
#![allow(clippy::unwrap_used)]

mod support;

use followdesk::domain::{ConnectionState, EventKind};
use followdesk::import::ImportKind;
use support::*;

/// Two XING cards in one ISO-8859-1 file: vCard 2.1 with quoted-printable and a soft line
/// break, and vCard 3.0 with folded lines and escapes.
fn xing_file() -> Vec<u8> {
    let mut v: Vec<u8> = Vec::new();
    v.extend_from_slice(
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=ISO-8859-1:\xd6zt\xfcrk;J\xf6rg\r\n",
    );
    v.extend_from_slice(b"ORG;CHARSET=ISO-8859-1:Gr\xfcn\\, Blau & Co. KG\r\nTITLE:Einkauf\r\n");
    v.extend_from_slice(
        b"EMAIL;PREF;INTERNET:J\xd6RG.\xd6ZT\xdcRK@Firma.DE\r\nTEL;CELL:+49 171 1234567\r\n",
    );
    v.extend_from_slice(b"NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=ISO-8859-1:Kennengelernt auf der M=FCnchner =\r\nMesse=0D=0Azweite Zeile\r\n");
    v.extend_from_slice(b"URL;WORK:https://www.xing.com/profile/Joerg_Oeztuerk\r\nCATEGORIES:Kunde,Messe M\xfcnchen\r\nEND:VCARD\r\n");
    v.extend_from_slice(b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Schulz;Petra;;;\r\nFN:Petra Schulz\r\n");
    v.extend_from_slice(
        b"NOTE:Sehr lange Notiz\\, die umgebrochen\r\n  wurde\\; mit Escapes\\nund Zeilen\r\n",
    );
    v.extend_from_slice(b"item1.URL:https://www.xing.com/profile/Petra_Schulz3\r\nEND:VCARD\r\n");
    v
}

#[test]
fn xing_vcards_of_every_kind_become_xing_connections() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("xing");
    tmp_file(&folder, "kontakte.vcf", &xing_file());
    tmp_file(&folder, "ignored.txt", b"not a card");
    let mut s = store();
    let report = import(&mut s, ImportKind::Xing, &[&folder]).unwrap();
    assert_eq!(report.added, 2);
    let j = s
        .contact_by_profile("xing", "https://www.xing.com/profile/Joerg_Oeztuerk")
        .unwrap()
        .unwrap();
    let f = s.contact(j).unwrap().unwrap().fields;
    assert_eq!(
        (f.first_name.as_str(), f.last_name.as_str()),
        ("Jörg", "Öztürk")
    );
    assert_eq!(f.company, "Grün, Blau & Co. KG");
    assert_eq!(f.position, "Einkauf");
    assert_eq!(f.email, "JÖRG.ÖZTÜRK@Firma.DE");
    assert_eq!(f.phone, "+49 171 1234567");
    assert_eq!(
        f.notes,
        "Kennengelernt auf der Münchner Messe\r\nzweite Zeile"
    );
    let tags: Vec<String> = s.tags_of(j).unwrap().into_iter().map(|t| t.name).collect();
    assert_eq!(tags, ["Kunde", "Messe München"]);
    let rel = &s.relationships(j).unwrap()[0];
    assert_eq!(
        (rel.0.as_str(), rel.1.state),
        ("xing", ConnectionState::Connected)
    );
    let p = s
        .contact_by_profile("xing", "xing.com/profile/Petra_Schulz3")
        .unwrap()
        .unwrap();
    assert_eq!(
        s.contact(p).unwrap().unwrap().fields.notes,
        "Sehr lange Notiz, die umgebrochen wurde; mit Escapes\nund Zeilen"
    );
    let again = import(&mut s, ImportKind::Xing, &[&folder]).unwrap();
    assert_eq!(
        (
            again.added,
            again.updated,
            again.unchanged,
            again.events_added
        ),
        (0, 0, 2, 0)
    );
    assert_eq!(s.summary().unwrap().platforms["xing"].connections, 2);
}

#[test]
fn a_linkedin_connection_and_a_xing_card_with_the_same_email_are_one_contact() {
    let dir = tempfile::tempdir().unwrap();
    let zip = dir.path().join("li.zip");
    let conns = connections_csv(&[[
        "Jörg",
        "Öztürk",
        "https://www.linkedin.com/in/joerg-oeztuerk",
        "jörg.öztürk@firma.de",
        "Grün AG",
        "Einkauf",
        "01 Feb 2026",
    ]]);
    write_zip(&zip, &[("Connections.csv", conns)]);
    let vcf = tmp_file(dir.path(), "j.vcf", &xing_file());
    let mut s = store();
    import(&mut s, ImportKind::Linkedin, &[&zip]).unwrap();
    let r = import(&mut s, ImportKind::Xing, &[&vcf]).unwrap();
    assert_eq!((r.added, r.updated), (1, 1), "Jörg merged, Petra new");
    assert_eq!(s.contact_count().unwrap(), 2);
    let id = s
        .contact_by_profile("linkedin", "linkedin.com/in/joerg-oeztuerk")
        .unwrap()
        .unwrap();
    assert_eq!(
        s.contact_by_profile("xing", "xing.com/profile/Joerg_Oeztuerk")
            .unwrap(),
        Some(id)
    );
    let platforms: Vec<String> = s
        .profiles(id)
        .unwrap()
        .into_iter()
        .map(|p| p.platform)
        .collect();
    assert_eq!(platforms, ["linkedin", "xing"]);
    let f = s.contact(id).unwrap().unwrap().fields;
    assert_eq!(f.email, "jörg.öztürk@firma.de", "the known address is kept");
    assert_eq!(
        f.company, "Grün, Blau & Co. KG",
        "the newer import's company"
    );
    let kinds: Vec<(String, EventKind)> = s
        .events(id)
        .unwrap()
        .into_iter()
        .map(|e| (e.platform, e.kind))
        .collect();
    assert!(kinds.contains(&("xing".into(), EventKind::Connected)));
    assert!(kinds.contains(&("linkedin".into(), EventKind::Connected)));
}

#[test]
fn two_people_with_the_same_name_stay_two_and_are_offered_as_duplicates() {
    let dir = tempfile::tempdir().unwrap();
    let zip = dir.path().join("li.zip");
    let conns = connections_csv(&[[
        "Peter",
        "Fischer",
        "https://www.linkedin.com/in/peter-fischer-bau",
        "",
        "Fischer Bau",
        "",
        "01 Feb 2026",
    ]]);
    write_zip(&zip, &[("Connections.csv", conns)]);
    let vcf = tmp_file(
        dir.path(),
        "p.vcf",
        b"BEGIN:VCARD\nVERSION:3.0\nN:Fischer;Peter\nORG:Fischerei Nord\nURL:https://www.xing.com/profile/Peter_Fischer7\nEND:VCARD\n",
    );
    let mut s = store();
    import(&mut s, ImportKind::Linkedin, &[&zip]).unwrap();
    import(&mut s, ImportKind::Xing, &[&vcf]).unwrap();
    assert_eq!(s.contact_count().unwrap(), 2);
    let pairs = s.possible_duplicates().unwrap();
    assert_eq!(pairs.len(), 1);
    assert!(pairs[0].0 < pairs[0].1);
}

#[test]
fn junk_in_a_vcard_refuses_the_whole_import() {
    let dir = tempfile::tempdir().unwrap();
    let good = tmp_file(dir.path(), "good.vcf", &xing_file());
    let mut s = store();
    import(&mut s, ImportKind::Vcard, &[&good]).unwrap();
    let before = counts(&s);
    let cases: [(&str, &[u8], &str); 4] = [
        (
            "junk.vcf",
            b"BEGIN:VCARD\nVERSION:3.0\nFN:New Person\nthis line is junk\nEND:VCARD\n",
            "junk.vcf:4: not a vCard property line",
        ),
        (
            "cut.vcf",
            b"BEGIN:VCARD\nVERSION:3.0\nFN:New Person\n",
            "cut.vcf:1: this vCard has no END:VCARD",
        ),
        ("pdf.vcf", b"%PDF-1.7\n1 0 obj\n", "text outside a vCard"),
        ("empty.vcf", b"", "holds no vCard"),
    ];
    for (name, bytes, want) in cases {
        let bad = tmp_file(dir.path(), name, bytes);
        // With a good file beside it: one bad file refuses the whole import.
        let e = import(&mut s, ImportKind::Xing, &[&good, &bad]).unwrap_err();
        assert!(e.to_string().contains(want), "{name}: {e}");
        assert_eq!(counts(&s), before, "{name} changed something");
    }
}

#[test]
fn plain_vcards_have_no_platform_unless_their_links_say_so() {
    let dir = tempfile::tempdir().unwrap();
    let vcf = tmp_file(
        dir.path(),
        "any.vcf",
        b"BEGIN:VCARD\nVERSION:4.0\nFN:Clara Kunde\nEMAIL:clara@kunde.de\nEND:VCARD\nBEGIN:VCARD\nVERSION:4.0\nN:Li;Lena\nURL:https://de.linkedin.com/in/lena-li/\nEND:VCARD\n",
    );
    let mut s = store();
    let r = import(&mut s, ImportKind::Vcard, &[&vcf]).unwrap();
    assert_eq!((r.added, r.events_added), (2, 0));
    let lena = s
        .contact_by_profile("linkedin", "linkedin.com/in/lena-li")
        .unwrap();
    assert!(lena.is_some());
    let again = import(&mut s, ImportKind::Vcard, &[&vcf]).unwrap();
    assert_eq!(
        (again.added, again.unchanged),
        (0, 2),
        "matched by e-mail and by link"
    );
}

#[test]
fn a_refusal_speaks_the_language_of_whoever_reads_it() {
    use followdesk::i18n::{Lang, set_lang};
    let dir = tempfile::tempdir().unwrap();
    let junk = tmp_file(
        dir.path(),
        "junk.vcf",
        b"BEGIN:VCARD\nVERSION:3.0\nFN:New Person\nthis line is junk\nEND:VCARD\n",
    );
    let mut s = store();
    // One error, put into words twice: the language is the reader's, not the import's.
    let e = import(&mut s, ImportKind::Xing, &[&junk]).unwrap_err();
    let file = junk.display().to_string();
    set_lang(Lang::En);
    assert_eq!(
        e.to_string(),
        format!("{file}:4: not a vCard property line: 'this line is junk'")
    );
    set_lang(Lang::De);
    assert_eq!(
        e.to_string(),
        format!("{file}, Zeile 4: keine Eigenschaftszeile einer vCard: „this line is junk“")
    );
    set_lang(Lang::En);
}

#[test]
fn the_cli_refuses_a_bad_vcard_in_german_naming_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let junk = tmp_file(
        dir.path(),
        "junk.vcf",
        b"BEGIN:VCARD\nVERSION:3.0\nFN:New Person\nthis line is junk\nEND:VCARD\n",
    );
    let db = dir.path().join("de.sqlite3");
    let out = followdesk_in("de", &db, &["import", "xing", junk.to_str().unwrap()]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("junk.vcf, Zeile 4: keine Eigenschaftszeile einer vCard: „this line is junk“"),
        "{err}"
    );
    let missing = dir.path().join("fehlt.vcf");
    let out = followdesk_in("de", &db, &["import", "vcard", missing.to_str().unwrap()]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("fehlt.vcf: Datei oder Ordner nicht gefunden"),
        "{err}"
    );
}
