//! No stale panels, no lost edits, one writer: each case of issue 17 driven through the real
//! app and checked in the store afterwards.
#![allow(clippy::unwrap_used)] // Test helpers panic on failure by design.

use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT as _, Queryable};
use followdesk::demo::{DemoOptions, fill};
use followdesk::domain::{ContactId, EventKind, PlatformRules};
use followdesk::i18n::Lang;
use followdesk::store::Store;
use followdesk::ui::{FollowdeskApp, View};
use ui_support::app_harness;

mod ui_support;

/// Three people whose requests wait; the newest (Anna) comes first.
fn requests(store: &mut Store) -> [ContactId; 3] {
    let ids = ui_support::add_requests(
        store,
        "Ahrens",
        &[
            (
                "Clara",
                "Thanks for the meeting at Hannover Messe on Tuesday.",
            ),
            (
                "Bernd",
                "I'd like to add you to my professional network on LinkedIn.",
            ),
            ("Anna", "Always looking to expand my network."),
        ],
    );
    [ids[0], ids[1], ids[2]]
}

fn triage() -> (Harness<'static, FollowdeskApp>, [ContactId; 3]) {
    let mut store = Store::open_in_memory(PlatformRules::builtin()).unwrap();
    let ids = requests(&mut store);
    (app_harness(store, View::Triage), ids)
}

fn last_kind(h: &Harness<'static, FollowdeskApp>, id: ContactId) -> EventKind {
    h.state().store().events(id).unwrap().last().unwrap().kind
}

/// Steps the app until the worker has answered everything (a file-backed store).
fn settle(h: &mut Harness<'static, FollowdeskApp>) {
    for _ in 0..1000 {
        h.step();
        if !h.state().busy() {
            h.step();
            if !h.state().busy() {
                return;
            }
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("the worker did not finish");
}

#[test]
fn the_reply_belongs_to_its_request_and_closes_after_the_next_decision() {
    let (mut h, [_, bernd, anna]) = triage();
    h.key_press(egui::Key::F);
    h.run();
    assert_eq!(last_kind(&h, anna), EventKind::RedirectedToFollow);
    assert!(h.query_by_label("Reply to Anna Ahrens").is_some());
    // The next decision (Bernd, declined) closes Anna's reply.
    h.key_press(egui::Key::D);
    h.run();
    assert_eq!(last_kind(&h, bernd), EventKind::RequestDeclined);
    assert!(h.query_by_label("Reply to Anna Ahrens").is_none());
    // C has no reply to copy now: nothing is copied for someone else.
    h.key_press(egui::Key::C);
    h.run();
    assert!(h.query_by_label_contains("copied").is_none());
}

#[test]
fn the_reply_closes_on_esc_and_when_its_redirect_is_undone() {
    let (mut h, [_, _, anna]) = triage();
    h.key_press(egui::Key::F);
    h.run();
    assert!(h.query_by_label("Reply to Anna Ahrens").is_some());
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(h.query_by_label("Reply to Anna Ahrens").is_none(), "Esc");

    // Bernd is redirected; undoing that takes his reply away with it.
    h.key_press(egui::Key::F);
    h.run();
    assert!(h.query_by_label("Reply to Bernd Ahrens").is_some());
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert!(
        h.query_by_label("Reply to Bernd Ahrens").is_none(),
        "undone"
    );
    assert_eq!(last_kind(&h, anna), EventKind::RedirectedToFollow);
    h.key_press(egui::Key::C);
    h.run();
    assert!(h.query_by_label_contains("copied").is_none());
}

#[test]
fn status_and_undo_say_what_for_whom_and_where_in_plain_words() {
    let (mut h, [clara, _, _]) = triage();
    h.key_press(egui::Key::F);
    h.run();
    assert!(
        h.query_by_label("Asked Anna Ahrens to follow instead — Ctrl+Z undoes")
            .is_some()
    );
    assert!(
        h.query_by_label("Undo: redirect of Anna Ahrens (Triage)")
            .is_some()
    );
    // Bernd, then Clara: A accepts.
    h.key_press(egui::Key::ArrowDown);
    h.run();
    h.key_press(egui::Key::A);
    h.run();
    assert_eq!(last_kind(&h, clara), EventKind::RequestAccepted);
    assert!(
        h.query_by_label("Accepted Clara Ahrens — Ctrl+Z undoes")
            .is_some()
    );
    assert!(h.query_all_by_label_contains("Done: log").count() == 0);
    h.get_by_label("Undo: acceptance of Clara Ahrens (Triage)")
        .click();
    h.run();
    assert!(
        h.query_by_label("Undone: acceptance of Clara Ahrens (Triage)")
            .is_some()
    );
    assert_eq!(last_kind(&h, clara), EventKind::RequestReceived);
}

#[test]
fn ctrl_z_in_another_view_names_the_change_before_undoing_it() {
    let (mut h, [_, _, anna]) = triage();
    h.key_press(egui::Key::F);
    h.run();
    h.get_by_label("Contacts").click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(
        last_kind(&h, anna),
        EventKind::RedirectedToFollow,
        "not undone silently from Contacts"
    );
    assert!(
        h.query_by_label_contains("The last change was made in Triage: redirect of Anna Ahrens")
            .is_some()
    );
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(last_kind(&h, anna), EventKind::RequestReceived);
    assert!(
        h.query_by_label("Undone: redirect of Anna Ahrens (Triage)")
            .is_some()
    );
}

/// The app on `store` with Anna's page open and her company typed over.
fn edited_page(h: &mut Harness<'static, FollowdeskApp>, anna: ContactId) {
    h.state_mut().open_contact_for_tests(anna);
    h.run();
    h.get_by_label("Company").click();
    h.run();
    h.get_by_label("Company").type_text("Nordlicht AG");
    h.run();
}

#[test]
fn leaving_a_page_with_unsaved_edits_asks_save_discard_or_stay() {
    let (mut h, [_, _, anna]) = triage();
    let company = |h: &Harness<'static, FollowdeskApp>| {
        h.state()
            .store()
            .contact(anna)
            .unwrap()
            .unwrap()
            .fields
            .company
    };
    edited_page(&mut h, anna);
    h.get_by_label("⏴ Back").click();
    h.run();
    assert!(h.query_by_label("Unsaved changes").is_some(), "asks");
    h.get_by_label("Stay").click();
    h.run();
    assert_eq!(h.state().open_contact(), Some(anna), "stays");
    assert!(h.query_by_label("Unsaved changes").is_none());

    // A click in the navigation asks too; Discard leaves without saving.
    h.get_by_label("Today").click();
    h.run();
    h.get_by_label("Discard").click();
    h.run();
    assert_eq!(h.state().open_contact(), None);
    assert_eq!(company(&h), "");

    // Save saves, then leaves.
    edited_page(&mut h, anna);
    h.get_by_label("⏴ Back").click();
    h.run();
    h.get_by_label("Save").click();
    h.run();
    assert_eq!(h.state().open_contact(), None);
    assert_eq!(company(&h), "Nordlicht AG");
    assert!(h.query_by_label("Unsaved changes").is_none());
}

#[test]
fn the_first_reply_asks_for_my_name_and_profile_link_and_is_signed_with_them() {
    let (mut h, _) = triage();
    h.key_press(egui::Key::F);
    h.run();
    assert!(h.query_by_label("Who signs your replies?").is_some());
    h.get_by_label("Your name").click();
    h.run();
    h.get_by_label("Your name").type_text("Eva Brandt");
    h.run();
    h.get_by_label("Your profile link").click();
    h.run();
    h.get_by_label("Your profile link")
        .type_text("https://www.linkedin.com/in/eva-brandt");
    h.run();
    h.get_by_label("Save for the replies").click();
    h.run();
    h.run();
    let store = h.state().store();
    assert_eq!(
        store.setting("my_name").unwrap().as_deref(),
        Some("Eva Brandt")
    );
    assert_eq!(
        store.setting("my_profile").unwrap().as_deref(),
        Some("https://www.linkedin.com/in/eva-brandt")
    );
    assert!(h.query_by_label("Who signs your replies?").is_none());
    assert!(
        h.query_all(By::new().predicate(|n| n.value().is_some_and(|v| v.contains("Eva Brandt"))))
            .count()
            > 0,
        "the reply on screen is signed"
    );
    // It is a command like any other: the status names it.
    assert!(
        h.query_all_by_label_contains("save your name for the replies")
            .count()
            > 0
    );
}

/// A store in memory with demo data for `today`.
fn demo_store(contacts: u32) -> Store {
    let mut store = Store::open_in_memory(PlatformRules::builtin()).unwrap();
    fill(
        &mut store,
        DemoOptions {
            contacts,
            seed: 11,
            today: chrono::Local::now().date_naive(),
        },
    )
    .unwrap();
    store
}

#[test]
fn today_and_pipeline_count_the_people_in_the_pipeline_the_same_way() {
    let store = demo_store(800);
    let mut h = app_harness(store, View::Today);
    let today_says = h
        .query_all_by_label_contains("Warm enough to contact now, of ")
        .next()
        .map(|n| {
            let n = n.accesskit_node();
            n.label().or_else(|| n.value()).unwrap_or_default()
        })
        .unwrap();
    h.get_by_label("Open Pipeline").click();
    h.run();
    let pipeline_says = h
        .query_all_by_label_contains("warmest first")
        .next()
        .map(|n| {
            let n = n.accesskit_node();
            n.label().or_else(|| n.value()).unwrap_or_default()
        })
        .unwrap();
    let number = |text: &str, after: &str| -> u64 {
        let rest = &text[text.find(after).unwrap() + after.len()..];
        rest.chars()
            .skip_while(|c| !c.is_ascii_digit())
            .take_while(|c| c.is_ascii_digit() || *c == ',')
            .filter(char::is_ascii_digit)
            .collect::<String>()
            .parse()
            .unwrap()
    };
    let today_n = number(&today_says, "of ");
    let pipeline_n = number(&pipeline_says, "");
    assert_eq!(today_n, pipeline_n, "{today_says} / {pipeline_says}");
    assert!(today_n > 0);
}

#[test]
fn today_shows_the_follower_change_of_demo_data_without_a_restart() {
    let store = Store::open_in_memory(PlatformRules::builtin()).unwrap();
    let mut h = app_harness(store, View::Today);
    h.get_by_label("Load demo data").click();
    h.run();
    settle(&mut h);
    h.run();
    let since = followdesk::domain::time::now() - chrono::Duration::days(7);
    let week = h.state().store().follower_changes_since(since).unwrap();
    let linkedin = week.iter().find(|f| f.platform == "linkedin").unwrap();
    assert!(linkedin.gained > 0, "the demo gains followers in a week");
    assert!(
        h.query_by_label(&format!("+{} gained", linkedin.gained))
            .is_some(),
        "Today shows +{} gained",
        linkedin.gained
    );
}

/// A file-backed store with the three requests, and the app on it (a real worker thread).
fn file_app(dir: &std::path::Path) -> (Harness<'static, FollowdeskApp>, [ContactId; 3]) {
    let path = dir.join("fd.sqlite3");
    let mut store = Store::open(&path, PlatformRules::builtin()).unwrap();
    let ids = requests(&mut store);
    drop(store);
    let store = Store::open(&path, PlatformRules::builtin()).unwrap();
    let ctx = egui::Context::default();
    let mut app = FollowdeskApp::with_system_lang(store, &ctx, None, Lang::En);
    app.prefs.view = View::Triage;
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(|ui, app: &mut FollowdeskApp| app.show(ui), app);
    settle(&mut h);
    (h, ids)
}

#[test]
fn changes_are_written_by_the_worker_and_come_back() {
    let dir = tempfile::tempdir().unwrap();
    let (mut h, [_, _, anna]) = file_app(dir.path());
    h.key_press(egui::Key::F);
    settle(&mut h);
    h.run();
    let other = Store::open(&dir.path().join("fd.sqlite3"), PlatformRules::builtin()).unwrap();
    assert_eq!(
        other.events(anna).unwrap().last().unwrap().kind,
        EventKind::RedirectedToFollow
    );
    assert!(
        h.query_by_label("Undo: redirect of Anna Ahrens (Triage)")
            .is_some()
    );
    assert!(h.query_by_label_contains("2 requests waiting").is_some());
}

#[test]
fn a_worker_that_dies_is_reported_in_words_and_started_again() {
    let dir = tempfile::tempdir().unwrap();
    let (mut h, [_, _, anna]) = file_app(dir.path());
    h.state_mut().crash_worker_for_tests();
    settle(&mut h);
    h.run();
    assert!(
        h.query_by_label_contains("stopped unexpectedly and was started again")
            .is_some()
    );
    assert!(
        h.query_by_label_contains("Nothing saved was lost")
            .is_some()
    );
    // The new worker writes: a decision goes through and is in the file.
    h.key_press(egui::Key::F);
    settle(&mut h);
    let other = Store::open(&dir.path().join("fd.sqlite3"), PlatformRules::builtin()).unwrap();
    assert_eq!(
        other.events(anna).unwrap().last().unwrap().kind,
        EventKind::RedirectedToFollow
    );
    assert!(!h.state().busy(), "no spinner left behind");
}

#[test]
fn a_template_that_cannot_be_read_is_shown_as_an_error_never_opened_empty() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fd.sqlite3");
    let mut store = Store::open(&path, PlatformRules::builtin()).unwrap();
    requests(&mut store);
    drop(store);
    // A damaged row: the body is not text.
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute(
        "INSERT INTO templates (name, body, updated_at) VALUES ('redirect.en', x'00ff', 0)",
        [],
    )
    .unwrap();
    drop(conn);
    let store = Store::open(&path, PlatformRules::builtin()).unwrap();
    let ctx = egui::Context::default();
    let mut app = FollowdeskApp::with_system_lang(store, &ctx, None, Lang::En);
    app.prefs.view = View::Triage;
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(|ui, app: &mut FollowdeskApp| app.show(ui), app);
    settle(&mut h);
    h.get_by_label("Edit reply templates…").click();
    h.run();
    h.get_by_label("redirect.en").click();
    h.run();
    assert!(h.query_by_label_contains("Could not read it").is_some());
    assert!(
        h.query_by_label("Save template").is_none(),
        "nothing to save over it"
    );
    let conn = rusqlite::Connection::open(&path).unwrap();
    let kind: String = conn
        .query_row(
            "SELECT typeof(body) FROM templates WHERE name = 'redirect.en'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(kind, "blob", "the stored template is as it was");
}
