//! The metrics reports (`report funnel | pipeline | visibility`), run as a user runs
//! them on a demo database: JSON shapes and invariants that must hold for any data.
#![allow(clippy::unwrap_used)] // Test helpers panic on failure by design.

use chrono::NaiveDate;
use followdesk::domain::metrics::{self, Period};
use followdesk::domain::{ContactFields, EventKind, NewEvent, PlatformRules};
use followdesk::store::{Store, StoreError};
use support::{followdesk, followdesk_in, followdesk_json as json};

mod support;

const TODAY: &str = "2026-11-26";

fn demo_db(dir: &tempfile::TempDir) -> std::path::PathBuf {
    let db = dir.path().join("demo.sqlite3");
    let out = followdesk(
        &db,
        &[
            "demo",
            "--contacts",
            "1500",
            "--seed",
            "7",
            "--today",
            TODAY,
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    db
}

#[test]
fn funnel_visibility_and_pipeline_reports_have_their_shapes_and_invariants() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(&dir);

    let f = json(&db, &["report", "funnel", "--json", "--as-of", TODAY]);
    let keys = [
        "requests",
        "redirected",
        "following",
        "engaged",
        "connected",
        "conversion_180d",
        "median_days_to_connect",
        "lost_followers",
    ];
    for p in ["linkedin", "xing", "all"] {
        let obj = f["platforms"][p].as_object().unwrap();
        assert_eq!(obj.len(), keys.len(), "{p}: {obj:?}");
        for k in keys {
            assert!(obj.contains_key(k), "{p}.{k}");
        }
    }
    for k in [
        "requests",
        "redirected",
        "following",
        "engaged",
        "connected",
        "lost_followers",
    ] {
        let n = |p: &str| f["platforms"][p][k].as_u64().unwrap();
        assert_eq!(n("all"), n("linkedin") + n("xing"), "all.{k}");
    }
    assert!(f["platforms"]["linkedin"]["redirected"].as_u64().unwrap() > 0);
    assert_eq!(
        f["platforms"]["xing"]["redirected"], 0,
        "XING cannot redirect"
    );
    let conv = f["platforms"]["linkedin"]["conversion_180d"]
        .as_f64()
        .unwrap();
    assert!((0.0..=1.0).contains(&conv));
    let cohorts = f["cohorts"].as_array().unwrap();
    assert!(!cohorts.is_empty());
    for c in cohorts {
        let n = |k: &str| c[k].as_u64().unwrap();
        assert!(n("connected_30d") <= n("connected_90d"));
        assert!(n("connected_90d") <= n("connected_180d"));
        assert!(n("connected_180d") <= n("entered"));
        assert_eq!(c["month"].as_str().unwrap().len(), 7);
    }

    let v = json(&db, &["report", "visibility", "--json", "--as-of", TODAY]);
    for p in ["linkedin", "xing"] {
        let obj = v["platforms"][p].as_object().unwrap();
        assert_eq!(obj.len(), 8, "{p}: {obj:?}");
        assert!(obj["posts"].as_u64().unwrap() > 0);
        // The demo shares every fifth post with connections only.
        let only = obj["posts_connections_only"].as_u64().unwrap();
        assert!(
            only > 0 && only < obj["posts"].as_u64().unwrap(),
            "{p}: {only}"
        );
    }
    assert_eq!(
        v["platforms"]["xing"]["followers_visible"], 0,
        "from the platform rule"
    );
    assert!(
        v["platforms"]["linkedin"]["followers_visible"]
            .as_u64()
            .unwrap()
            > 0
    );
    // The demo's mix turns promotional in the last 90 days.
    assert!(
        v["platforms"]["linkedin"]["promotional_share"]
            .as_f64()
            .unwrap()
            > 0.5
    );

    let list = json(
        &db,
        &[
            "report", "pipeline", "--json", "--limit", "20", "--as-of", TODAY,
        ],
    );
    let people = list["people"].as_array().unwrap();
    assert_eq!(people.len(), 20);
    let warmth: Vec<f64> = people
        .iter()
        .map(|p| p["warmth"].as_f64().unwrap())
        .collect();
    assert!(
        warmth.windows(2).all(|w| w[0] >= w[1]),
        "ranked: {warmth:?}"
    );
    let threshold = list["threshold"].as_f64().unwrap();
    for p in people {
        assert!(!p["name"].as_str().unwrap().is_empty());
        assert_eq!(
            p["ready"].as_bool().unwrap(),
            p["warmth"].as_f64().unwrap() >= threshold
        );
        assert_eq!(p["parts"].as_array().unwrap().len(), 3);
    }
}

#[test]
fn reports_as_tables_say_what_they_show() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(&dir);
    let text = |args: &[&str]| {
        let out = followdesk(&db, args);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let t = text(&["report", "visibility", "--as-of", TODAY]);
    assert!(t.contains("probably hiding me (estimate)"), "{t}");
    assert!(t.contains("is an estimate"), "{t}");
    assert!(t.contains("Warning: on LinkedIn"), "{t}");
    assert!(t.contains("my posts for connections only"), "{t}");
    let t = text(&["report", "funnel", "--as-of", TODAY]);
    assert!(
        t.contains("redirected to Follow") && t.contains("Cohorts"),
        "{t}"
    );
    let t = text(&["report", "pipeline", "--limit", "5", "--as-of", TODAY]);
    assert!(t.lines().count() >= 8, "{t}");
}

#[test]
fn reports_as_tables_in_german_use_german_words_numbers_and_dates() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(&dir);
    let text = |args: &[&str]| {
        let out = followdesk_in("de", &db, args);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let t = text(&["report", "funnel", "--as-of", TODAY]);
    assert!(t.contains("Follower-Trichter am 26.11.2026"), "{t}");
    assert!(
        t.contains("zum Folgen umgeleitet") && t.contains("Kohorten"),
        "{t}"
    );
    // Requests over both platforms reach the thousands: German grouping.
    let requests = t
        .lines()
        .find(|l| l.starts_with("Anfragen erhalten"))
        .unwrap();
    let all = requests.split_whitespace().last().unwrap();
    assert!(
        all.len() > 4 && all.contains('.') && !all.contains(','),
        "{requests}"
    );
    let t = text(&["report", "visibility", "--as-of", TODAY]);
    assert!(t.contains("blenden mich wohl aus (Schätzung)"), "{t}");
    assert!(t.contains("Warnung: Auf LinkedIn"), "{t}");
    assert!(t.contains("\u{a0}%"), "German percentages: {t}");
    let t = text(&["report", "pipeline", "--limit", "5", "--as-of", TODAY]);
    assert!(t.starts_with("Ansprache-Liste am 26.11.2026"), "{t}");
    assert!(t.contains("Wärme"), "{t}");
}

#[test]
fn a_bad_warmth_threshold_setting_is_refused_in_words() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("x.sqlite3");
    {
        let mut s = Store::open(&db, PlatformRules::builtin()).unwrap();
        s.set_setting("warmth.threshold", "warm").unwrap();
        assert!(matches!(
            s.warmth_params(),
            Err(StoreError::InvalidSetting { .. })
        ));
        s.set_setting("warmth.threshold", "2.5").unwrap();
        assert!((s.warmth_params().unwrap().threshold - 2.5).abs() < f64::EPSILON);
        s.set_setting("warmth.threshold", "-1").unwrap();
    }
    let out = followdesk(&db, &["report", "pipeline"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("warmth.threshold"));
}

#[test]
fn the_snapshot_reads_imported_days_and_leaves_out_retracted_and_trashed() {
    use followdesk::domain::command::Command as C;
    let mut s = Store::open_in_memory(PlatformRules::builtin()).unwrap();
    let day = |d: u32| NaiveDate::from_ymd_opt(2026, 3, d).unwrap();
    let at = |d: u32| day(d).and_hms_opt(9, 0, 0).unwrap().and_utc();
    let add = |s: &mut Store, name: &str| {
        s.apply(C::CreateContact {
            fields: ContactFields::named(name, "X"),
            profiles: vec![],
        })
        .unwrap()
        .created_contact
        .unwrap()
    };
    let (a, b) = (add(&mut s, "Anna"), add(&mut s, "Ben"));
    let follow = |id, d| NewEvent::manual(id, "linkedin", EventKind::StartedFollowing, at(d));
    s.apply(C::LogEvent(follow(a, 2))).unwrap();
    let wrong = s.apply(C::LogEvent(follow(a, 1))).unwrap().created_events;
    s.apply(C::RetractEvents(wrong)).unwrap();
    s.apply(C::LogEvent(follow(b, 3))).unwrap();
    s.apply(C::TrashContact(b)).unwrap();
    s.record_follower_day("linkedin", day(1), 0, Some(100))
        .unwrap();
    s.record_follower_day("linkedin", day(2), 4, None).unwrap();
    s.record_follower_day("linkedin", day(3), 1, Some(101))
        .unwrap();
    s.record_engagement_day("linkedin", day(2), 500, 25)
        .unwrap();
    assert!(s.record_follower_day("myspace", day(2), 1, None).is_err());

    let log = s.metrics_log().unwrap();
    assert_eq!(
        log.events().len(),
        1,
        "retracted and trashed events are left out"
    );
    let series = metrics::follower_series(&log, "linkedin", day(1), day(3), Period::Day);
    let got: Vec<_> = series
        .iter()
        .map(|p| (p.gained, p.imported_total, p.imported_lost))
        .collect();
    assert_eq!(
        got,
        [
            (0, Some(100), None),
            (1, Some(104), Some(0)),
            (0, Some(101), Some(4))
        ]
    );
    let rate = metrics::engagement_rate(&log, "linkedin", day(3));
    assert_eq!(rate[0].rate_from_daily, Some(0.05));
    assert_eq!(s.contact_names(&[a]).unwrap(), ["Anna X"]);
}
