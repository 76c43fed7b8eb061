//! Imports refuse or report, never guess silently (issue 17): an unbalanced quote, rows in
//! two encodings, a control character in one row or one tag, a zip that unpacks to more
//! than any export, inputs that are no files, counts no count can be.
#![allow(clippy::unwrap_used)]

mod support;

use std::io::Write as _;

use followdesk::import::{ImportKind, input::MAX_ENTRY_BYTES};
use support::*;

#[test]
fn an_unbalanced_quote_names_file_and_line_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let csv = tmp_file(
        dir.path(),
        "k.csv",
        b"First Name,Last Name,Company\nAnna,\"M\xc3\xbcller,ACME\nBernd,Beispiel,Beta\nCarla,Test,Gamma\n",
    );
    let mut s = store();
    let before = counts(&s);
    let e = import(&mut s, ImportKind::Csv, &[&csv])
        .unwrap_err()
        .to_string();
    assert!(e.starts_with(&format!("{}:2: ", csv.display())), "{e}");
    assert!(e.contains("never closed"), "{e}");
    assert_eq!(counts(&s), before);
}

#[test]
fn rows_in_utf8_and_latin1_are_each_read_right_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let csv = tmp_file(
        dir.path(),
        "mixed.csv",
        b"Vorname;Nachname\nJ\xc3\xb6rg;Lindberg\nJ\xfcrgen;M\xfcller\n",
    );
    let mut s = store();
    let r = import(&mut s, ImportKind::Csv, &[&csv]).unwrap();
    let mut names: Vec<String> = s
        .full_contacts()
        .unwrap()
        .into_iter()
        .map(|c| format!("{} {}", c.fields.first_name, c.fields.last_name))
        .collect();
    names.sort();
    assert_eq!(names, ["Jörg Lindberg", "Jürgen Müller"]);
    let w: Vec<String> = r.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        w,
        [format!(
            "{}:3: the file mixes UTF-8 and Latin-1: this line was read as Latin-1; check the names there",
            csv.display()
        )]
    );
}

#[test]
fn a_control_character_skips_that_row_naming_file_line_and_person() {
    let dir = tempfile::tempdir().unwrap();
    let csv = tmp_file(
        dir.path(),
        "c.csv",
        b"First Name,Last Name,Tags\nAnna,M\x07ller,kunde\nBernd,Beispiel,\"vip,bad\x01tag\"\n",
    );
    let mut s = store();
    let r = import(&mut s, ImportKind::Csv, &[&csv]).unwrap();
    assert_eq!(r.added, 1);
    let skipped: Vec<String> = r.skipped.iter().map(ToString::to_string).collect();
    assert_eq!(skipped.len(), 1, "{skipped:?}");
    assert!(
        skipped[0].starts_with(&format!("{}:2: Anna M\u{fffd}ller: ", csv.display())),
        "{skipped:?}"
    );
    assert!(skipped[0].contains("U+0007"), "{skipped:?}");
    let warnings: Vec<String> = r.warnings.iter().map(ToString::to_string).collect();
    assert!(
        warnings
            .iter()
            .any(|w| w.starts_with(&format!("{}:3: tag 'badtag' left out", csv.display()))),
        "{warnings:?}"
    );
    let tags: Vec<String> = s.all_tags().unwrap().into_iter().map(|t| t.name).collect();
    assert_eq!(tags, ["vip"]);
}

/// A zip of a few hundred KB whose Connections.csv unpacks to one byte over the cap.
fn zip_bomb(path: &std::path::Path) {
    let f = std::fs::File::create(path).unwrap();
    let mut z = zip::ZipWriter::new(f);
    let opts = zip::write::SimpleFileOptions::default().large_file(true);
    z.start_file("Connections.csv", opts).unwrap();
    z.write_all(b"First Name,Last Name,Connected On\n").unwrap();
    let chunk = vec![b' '; 1 << 20];
    let mut left = MAX_ENTRY_BYTES + 1 - 34;
    while left > 0 {
        let n = left.min(chunk.len() as u64) as usize;
        z.write_all(&chunk[..n]).unwrap();
        left -= n as u64;
    }
    z.finish().unwrap();
}

#[test]
fn a_zip_entry_over_the_cap_is_refused_whole_with_its_name() {
    let dir = tempfile::tempdir().unwrap();
    let zip = dir.path().join("bomb.zip");
    zip_bomb(&zip);
    assert!(
        std::fs::metadata(&zip).unwrap().len() < 2 << 20,
        "highly compressible"
    );
    let mut s = store();
    let before = counts(&s);
    let e = import(&mut s, ImportKind::Linkedin, &[&zip])
        .unwrap_err()
        .to_string();
    assert!(e.contains("bomb.zip/Connections.csv"), "{e}");
    assert!(e.contains("bigger than 256 MiB"), "{e}");
    assert_eq!(counts(&s), before);
}

#[cfg(unix)]
#[test]
fn a_device_or_a_fifo_is_refused_as_input() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.csv");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let mut s = store();
    for (kind, path) in [
        (ImportKind::Csv, std::path::Path::new("/dev/zero")),
        (ImportKind::Linkedin, std::path::Path::new("/dev/zero")),
        (ImportKind::Csv, fifo.as_path()),
        (ImportKind::Vcard, fifo.as_path()),
        (ImportKind::Analytics, fifo.as_path()),
    ] {
        let e = import(&mut s, kind, &[path]).unwrap_err().to_string();
        assert!(e.contains("this is not a file"), "{kind:?} {path:?}: {e}");
    }
}

#[test]
fn counts_no_count_can_be_are_skipped_naming_sheet_row_and_field() {
    use rust_xlsxwriter::Workbook;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("Content_2026.xlsx");
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("FOLLOWERS").unwrap();
    ws.write_string(0, 0, "Total followers on 1/31/2026:")
        .unwrap();
    ws.write_number(0, 1, 100).unwrap();
    ws.write_string(2, 0, "Date").unwrap();
    ws.write_string(2, 1, "New followers").unwrap();
    for (i, (day, n)) in [(28, 1e308), (29, -5.0), (30, 3.0), (31, 2.0)]
        .iter()
        .enumerate()
    {
        ws.write_string(3 + i as u32, 0, format!("1/{day}/2026"))
            .unwrap();
        ws.write_number(3 + i as u32, 1, *n).unwrap();
    }
    wb.save(&path).unwrap();
    let mut s = store();
    let r = import(&mut s, ImportKind::Analytics, &[&path]).unwrap();
    let skipped: Vec<String> = r.skipped.iter().map(ToString::to_string).collect();
    assert_eq!(skipped.len(), 2, "{skipped:?}");
    assert!(
        skipped[0].starts_with(&format!(
            "{} [FOLLOWERS]:4: New followers '",
            path.display()
        )),
        "{skipped:?}"
    );
    assert!(skipped[1].contains("New followers '-5'"), "{skipped:?}");
    assert_eq!(r.added, 2, "the two good days");
}
