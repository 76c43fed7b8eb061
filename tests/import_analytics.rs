//! Importing LinkedIn's creator-analytics workbook: follower history and engagement.
#![allow(clippy::unwrap_used)]

mod support;

use followdesk::import::ImportKind;
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
use support::*;

/// A workbook laid out like LinkedIn's: FOLLOWERS with the stated total in A1/B1 and a
/// `Date | New followers` table (dates as text, as LinkedIn writes them, and one as a real
/// Excel date); ENGAGEMENT with daily impressions and engagements; another sheet beside.
fn workbook(path: &std::path::Path, new_followers: &[u32]) {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("DISCOVERY").unwrap();
    ws.write_string(0, 0, "Overall Performance").unwrap();
    let ws = wb.add_worksheet();
    ws.set_name("FOLLOWERS").unwrap();
    ws.write_string(0, 0, "Total followers on 1/31/2026:")
        .unwrap();
    ws.write_number(0, 1, 1234).unwrap();
    ws.write_string(2, 0, "Date").unwrap();
    ws.write_string(2, 1, "New followers").unwrap();
    let date_fmt = Format::new().set_num_format("m/d/yyyy");
    for (i, n) in new_followers.iter().enumerate() {
        let row = 3 + i as u32;
        let day = 31 - (new_followers.len() - 1 - i) as u8;
        if i == 0 {
            let d = ExcelDateTime::from_ymd(2026, 1, day).unwrap();
            ws.write_datetime_with_format(row, 0, &d, &date_fmt)
                .unwrap();
        } else {
            ws.write_string(row, 0, format!("1/{day}/2026")).unwrap();
        }
        ws.write_number(row, 1, f64::from(*n)).unwrap();
    }
    ws.write_string(3 + new_followers.len() as u32, 0, "not a date")
        .unwrap();
    ws.write_number(3 + new_followers.len() as u32, 1, 1)
        .unwrap();
    let ws = wb.add_worksheet();
    ws.set_name("ENGAGEMENT").unwrap();
    ws.write_string(0, 0, "Date").unwrap();
    ws.write_string(0, 1, "Impressions").unwrap();
    ws.write_string(0, 2, "Engagements").unwrap();
    for d in 1..=3u32 {
        ws.write_string(d, 0, format!("1/{}/2026", 28 + d)).unwrap();
        ws.write_number(d, 1, f64::from(d * 100)).unwrap();
        ws.write_number(d, 2, f64::from(d * 7)).unwrap();
    }
    wb.save(path).unwrap();
}

#[test]
fn follower_history_is_reported_and_reimporting_adds_no_day_twice() {
    let dir = tempfile::tempdir().unwrap();
    let xlsx = dir.path().join("analytics.xlsx");
    workbook(&xlsx, &[5, 0, 3, 2]);
    let db = dir.path().join("a.sqlite3");

    let none = followdesk_json(&db, &["report", "followers", "--json"]);
    assert!(none["platforms"]["linkedin"]["total"].is_null());
    assert!(none["platforms"]["linkedin"]["first_day"].is_null());

    let r = followdesk_json(
        &db,
        &["import", "analytics", xlsx.to_str().unwrap(), "--json"],
    );
    assert_eq!(
        r["added"],
        4 + 3,
        "four follower days and three engagement days"
    );
    assert_eq!(r["skipped"][0]["line"], 8);
    assert!(
        r["skipped"][0]["file"]
            .as_str()
            .unwrap()
            .ends_with("[FOLLOWERS]")
    );
    let got = followdesk_json(&db, &["report", "followers", "--json"]);
    let li = &got["platforms"]["linkedin"];
    assert_eq!(li["total"], 1234);
    assert_eq!(li["days"], 4);
    assert_eq!(li["first_day"], "2026-01-28");
    assert_eq!(li["last_day"], "2026-01-31");
    assert_eq!(li["new_followers"], 10);
    assert!(got["platforms"]["xing"]["total"].is_null());

    let again = followdesk_json(
        &db,
        &["import", "analytics", xlsx.to_str().unwrap(), "--json"],
    );
    assert_eq!(
        (again["added"].as_u64(), again["unchanged"].as_u64()),
        (Some(0), Some(7))
    );
    let s =
        followdesk::store::Store::open(&db, followdesk::domain::PlatformRules::builtin()).unwrap();
    let eng = s.engagement_history("linkedin").unwrap();
    assert_eq!(eng.len(), 3);
    assert_eq!((eng[2].1, eng[2].2), (300, 21));
}

#[test]
fn a_newer_workbook_updates_days() {
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("old.xlsx");
    workbook(&old, &[5, 0, 3, 2]);
    let new = dir.path().join("new.xlsx");
    workbook(&new, &[5, 0, 3, 9]);
    let mut s = store();
    import(&mut s, ImportKind::Analytics, &[&old]).unwrap();
    let r = import(&mut s, ImportKind::Analytics, &[&new]).unwrap();
    // The last day's count changed, and with it every reconstructed total before it.
    assert_eq!(r.added, 0);
    assert!(r.updated >= 1, "{r:?}");
    assert_eq!(
        s.follower_history().unwrap().platforms["linkedin"].new_followers,
        Some(17)
    );
}

#[test]
fn a_file_that_is_not_the_workbook_is_refused_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = store();
    let pdf = tmp_file(dir.path(), "a.xlsx", b"%PDF-1.7");
    let e = import(&mut s, ImportKind::Analytics, &[&pdf]).unwrap_err();
    assert!(e.to_string().contains("not an Excel workbook"), "{e}");
    let zip = dir.path().join("b.xlsx");
    write_zip(&zip, &[("hello.txt", b"hi".to_vec())]);
    let e = import(&mut s, ImportKind::Analytics, &[&zip]).unwrap_err();
    assert!(
        e.to_string().contains("not a readable Excel workbook"),
        "{e}"
    );
    let mut wb = Workbook::new();
    wb.add_worksheet().set_name("Sheet1").unwrap();
    let other = dir.path().join("c.xlsx");
    wb.save(&other).unwrap();
    let e = import(&mut s, ImportKind::Analytics, &[&other]).unwrap_err();
    assert!(
        e.to_string()
            .contains("neither a FOLLOWERS nor an ENGAGEMENT sheet"),
        "{e}"
    );
    assert!(s.imports().unwrap().is_empty());
    assert_eq!(
        s.follower_history().unwrap().platforms["linkedin"].days,
        None
    );
}
