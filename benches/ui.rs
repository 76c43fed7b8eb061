//! Speed of the desktop app on a big database, measured headless with egui's context:
//! demo fill, first frame, contacts loaded, a Contacts frame while scrolling, search
//! after a keystroke, and resident memory.
//!
//!     cargo bench --bench ui [-- CONTACTS]
//!
//! Figures are printed; the README quotes them with the machine they were taken on.

use std::time::{Duration, Instant};

use followdesk::demo::{DemoOptions, fill};
use followdesk::domain::PlatformRules;
use followdesk::store::Store;
use followdesk::ui::{FollowdeskApp, View};

fn main() -> anyhow::Result<()> {
    let contacts: u32 = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(100_000);
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("bench.sqlite3");

    let t = Instant::now();
    let mut store = Store::open(&path, PlatformRules::builtin())?;
    let report = fill(
        &mut store,
        DemoOptions {
            contacts,
            seed: 42,
            today: chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap_or_default(),
        },
    )?;
    println!(
        "demo fill: {} contacts, {} events in {:.2} s",
        contacts,
        report.events,
        t.elapsed().as_secs_f64()
    );
    drop(store);

    // Start as the app starts: open the store, build the app, draw the first frame.
    let ctx = egui::Context::default();
    let started = Instant::now();
    let store = Store::open(&path, PlatformRules::builtin())?;
    let mut app = FollowdeskApp::new(store, &ctx, None);
    app.prefs.view = View::Contacts;
    let frame = |app: &mut FollowdeskApp, events: Vec<egui::Event>| -> Duration {
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(1280.0, 800.0),
            )),
            events,
            ..egui::RawInput::default()
        };
        let t = Instant::now();
        let mut out = ctx.run_ui(input, |ui| app.show(ui));
        let _ = ctx.tessellate(std::mem::take(&mut out.shapes), out.pixels_per_point);
        // No GPU here: the font atlas updates are measured as produced, then dropped.
        out.textures_delta.clear();
        t.elapsed()
    };
    frame(&mut app, Vec::new());
    println!(
        "first frame after start: {:.0} ms",
        started.elapsed().as_secs_f64() * 1e3
    );
    while app.busy() {
        frame(&mut app, Vec::new());
        std::thread::sleep(Duration::from_millis(5));
    }
    frame(&mut app, Vec::new());
    println!(
        "contacts table filled after start: {:.0} ms",
        started.elapsed().as_secs_f64() * 1e3
    );

    // Scrolling: a wheel step per frame over the virtualized table.
    let mut times = Vec::new();
    for _ in 0..200 {
        let scroll = egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, -60.0),
            modifiers: egui::Modifiers::NONE,
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Wheel,
        };
        let hover = egui::Event::PointerMoved(egui::pos2(600.0, 400.0));
        times.push(frame(&mut app, vec![hover, scroll]));
    }
    report_times(
        "contacts frame while scrolling (CPU, incl. tessellation)",
        &mut times,
    );

    // Search: focus with Ctrl+F, then one keystroke per frame: each word typed letter by
    // letter, then deleted with Backspace letter by letter (a widening search is a keystroke
    // too). A keystroke's time is its frame (search, filter and draw the results) plus the
    // frame after it, which egui runs next; after the keystroke's frame the bench checks
    // that the table already shows the results for the new text, counted independently.
    let ctrl_f = egui::Event::Key {
        key: egui::Key::F,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers: egui::Modifiers::COMMAND,
    };
    frame(&mut app, vec![ctrl_f]);
    frame(&mut app, Vec::new());
    let backspace = || egui::Event::Key {
        key: egui::Key::Backspace,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers: egui::Modifiers::NONE,
    };
    let rows = app.store().contact_count()? as usize;
    let (mut typing, mut deleting) = (Vec::new(), Vec::new());
    let mut text = String::new();
    let mut matches = Vec::new();
    for word in ["müller", "anna", "nordlicht", "einkauf"] {
        let mut keys: Vec<(egui::Event, bool)> = word
            .chars()
            .map(|ch| (egui::Event::Text(ch.to_string()), true))
            .collect();
        keys.extend(word.chars().map(|_| (backspace(), false)));
        for (key, typed) in keys {
            let first = frame(&mut app, vec![key.clone()]);
            if let egui::Event::Text(t) = &key {
                text.push_str(t);
            } else {
                text.pop();
            }
            let expected = if text.is_empty() {
                rows
            } else {
                app.store().search_ids(&text)?.len()
            };
            assert_eq!(
                app.contacts_shown(),
                Some((text.as_str(), expected)),
                "results for '{text}' are on screen after the keystroke's frame"
            );
            if text == word {
                matches.push(format!("{word} {expected}"));
            }
            let next = frame(&mut app, Vec::new());
            if typed {
                typing.push(first + next);
            } else {
                deleting.push(first + next);
            }
        }
    }
    let mut all: Vec<Duration> = typing.iter().chain(&deleting).copied().collect();
    report_times(
        "search: keystroke to results, typing (FTS + filter + draw, 2 frames)",
        &mut typing,
    );
    report_times(
        "search: keystroke to results, Backspace (FTS + filter + draw, 2 frames)",
        &mut deleting,
    );
    report_times("search: keystroke to results, all keystrokes", &mut all);
    println!("    rows shown for each whole word: {}", matches.join(", "));

    println!("resident memory: {} MB", rss_mb());
    Ok(())
}

fn report_times(what: &str, times: &mut [Duration]) {
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    let median = times[times.len() / 2];
    let p95 = times[times.len() * 95 / 100];
    let max = times[times.len() - 1];
    println!(
        "{what}: median {:.2} ms, p95 {:.2} ms, max {:.2} ms over {} frames",
        ms(median),
        ms(p95),
        ms(max),
        times.len()
    );
}

fn rss_mb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<u64>().ok())
        })
        .map_or(0, |kb| kb / 1024)
}
