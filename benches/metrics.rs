//! Times the metrics on a 100,000-contact demo database: loading the snapshot once, then
//! each report over it (median of several runs). Run with `cargo bench --bench metrics`.
#![allow(clippy::unwrap_used)] // A benchmark panics on failure by design.

use std::time::{Duration, Instant};

use chrono::NaiveDate;
use followdesk::demo::{DemoOptions, fill};
use followdesk::domain::metrics::{self, MixParams, Period, VisibilityParams, WarmthParams};
use followdesk::domain::{ContactId, EventKind, NewEvent, PlatformRules};
use followdesk::store::Store;

const RUNS: usize = 7;

fn median<T>(mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut times = Vec::with_capacity(RUNS);
    let mut last = None;
    for _ in 0..RUNS {
        let started = Instant::now();
        last = Some(std::hint::black_box(f()));
        times.push(started.elapsed());
    }
    times.sort();
    (times[RUNS / 2], last.unwrap())
}

fn report(label: &str, d: Duration) {
    println!("{label:<40} {:>9.1} ms", d.as_secs_f64() * 1000.0);
}

fn main() {
    let contacts: u32 = std::env::var("FOLLOWDESK_BENCH_CONTACTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut store =
        Store::open(&dir.path().join("bench.sqlite3"), PlatformRules::builtin()).unwrap();
    let started = Instant::now();
    let demo = fill(
        &mut store,
        DemoOptions {
            contacts,
            seed: 42,
            today,
        },
    )
    .unwrap();
    println!(
        "demo: {contacts} contacts, {} events, {} posts, written in {:.1} s",
        demo.events,
        demo.posts,
        started.elapsed().as_secs_f64()
    );

    let (took, log) = median(|| store.metrics_log().unwrap());
    report("load snapshot (Store::metrics_log)", took);
    let (took, funnel) = median(|| metrics::funnel(&log, today));
    report("funnel", took);
    let (took, cohorts) = median(|| metrics::cohorts(&log, today));
    report("cohorts", took);
    let (took, _) = median(|| metrics::time_to_connect(&log, today, None));
    report("time to connect histogram", took);
    let from = today - chrono::Duration::days(3 * 365);
    let (took, _) =
        median(|| metrics::follower_series(&log, "linkedin", from, today, Period::Week));
    report("follower series (3 years, weekly)", took);
    let params = WarmthParams::default();
    let (took, list) = median(|| metrics::outreach_list(&log, today, &params, Some(50)));
    report("outreach list (top 50)", took);
    let (took, all) = median(|| metrics::outreach_list(&log, today, &params, None));
    report("outreach list (all)", took);
    let (took, segments) =
        median(|| metrics::visibility(&log, today, &VisibilityParams::default()));
    report("visibility segments", took);
    let (took, _) = median(|| metrics::content_mix(&log, today, &MixParams::default()));
    report("content mix", took);
    let (took, _) = median(|| metrics::engagement_rate(&log, "linkedin", today));
    report("engagement rate (monthly)", took);
    let mut log2 = log.clone();
    let (took, ()) = median(|| {
        let e = NewEvent::manual(
            ContactId(1),
            "linkedin",
            EventKind::Liked,
            today.and_hms_opt(9, 0, 0).unwrap().and_utc(),
        );
        log2.push(&e).unwrap();
    });
    report("Log::push (one event)", took);
    println!(
        "({} events in the snapshot; funnel all.connected = {}; {} cohorts; {} on the outreach list, {} shown; {} engaged on LinkedIn)",
        log.events().len(),
        funnel.all.counts.connected,
        cohorts.len(),
        all.len(),
        list.len(),
        segments[0].engaged.count()
    );
}
