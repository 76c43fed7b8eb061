//! Visibility: who sees my posts per platform, logging a post, and the people behind
//! each segment.
#![allow(clippy::unwrap_used)] // Test helpers panic on failure by design.

use std::sync::atomic::AtomicBool;

use chrono::{Duration, Utc};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use followdesk::domain::command::Command;
use followdesk::domain::{
    ContactFields, ContactId, EventKind, NewEvent, NewPost, PlatformRules, PostAudience, PostKind,
};
use followdesk::i18n::Lang;
use followdesk::import::{ImportKind, ImportRequest, run_import};
use followdesk::store::Store;
use followdesk::ui::{FollowdeskApp, View};

fn harness(store: Store) -> Harness<'static, FollowdeskApp> {
    harness_in(store, Lang::En)
}

fn harness_in(store: Store, lang: Lang) -> Harness<'static, FollowdeskApp> {
    let ctx = egui::Context::default();
    let mut app = FollowdeskApp::with_system_lang(store, &ctx, None, lang);
    app.prefs.view = View::Visibility;
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(|ui, app: &mut FollowdeskApp| app.show(ui), app);
    h.run();
    h
}

fn contact(store: &mut Store, first: &str, last: &str) -> ContactId {
    store
        .apply(Command::CreateContact {
            fields: ContactFields::named(first, last),
            profiles: vec![],
        })
        .unwrap()
        .created_contact
        .unwrap()
}

fn event(store: &mut Store, id: ContactId, platform: &str, kind: EventKind, days_ago: i64) {
    let at = Utc::now() - Duration::days(days_ago);
    store
        .apply(Command::LogEvent(NewEvent::manual(id, platform, kind, at)))
        .unwrap();
}

fn post(store: &mut Store, platform: &str, kind: PostKind, days_ago: i64) {
    store
        .apply(Command::AddPost(NewPost {
            platform: platform.to_owned(),
            posted_at: Utc::now() - Duration::days(days_ago),
            kind,
            url: String::new(),
            text: String::new(),
            reactions: 3,
            comments: 1,
            shares: 0,
            impressions: Some(400),
            audience: PostAudience::Anyone,
        }))
        .unwrap();
}

fn store() -> Store {
    Store::open_in_memory(PlatformRules::builtin()).unwrap()
}

fn fill(h: &mut Harness<'static, FollowdeskApp>, label: &str, text: &str) {
    h.get_by_label(label).focus();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run();
    h.get_by_label(label).type_text(text);
    h.run();
}

#[test]
fn an_empty_history_says_how_to_start() {
    let h = harness(store());
    assert!(h.query_by_label_contains("Nothing to show yet").is_some());
    assert!(h.query_by_label("Import your contacts…").is_some());
    assert!(h.query_by_label("Log post").is_some());
}

#[test]
fn a_post_is_logged_through_the_form() {
    let mut h = harness(store());
    h.get_by_role_and_label(Role::RadioButton, "XING").click();
    h.get_by_role_and_label(Role::RadioButton, "Promotional")
        .click();
    h.run();
    fill(&mut h, "Date", "2026-03-02");
    fill(&mut h, "Link", "https://www.xing.com/posts/1");
    h.get_by_label("Reactions").set_value_accesskit(7.0);
    h.get_by_label("Comments").set_value_accesskit(2.0);
    fill(&mut h, "Impressions", "1200");
    h.get_by_label("Log post").click();
    h.run();
    let posts = h.state().store().posts().unwrap();
    assert_eq!(posts.len(), 1);
    let p = &posts[0].post;
    assert_eq!(p.platform, "xing");
    assert_eq!(p.kind, PostKind::Promotional);
    assert_eq!(p.posted_at.date_naive().to_string(), "2026-03-02");
    assert_eq!(p.url, "https://www.xing.com/posts/1");
    assert_eq!((p.reactions, p.comments, p.shares), (7, 2, 0));
    assert_eq!(p.impressions, Some(1200));
    assert!(
        h.query_by_label_contains("Logged a promotional post on XING")
            .is_some()
    );
}

#[test]
fn ctrl_z_takes_back_a_post_just_logged() {
    let mut h = harness(store());
    fill(&mut h, "Date", "2026-03-02");
    h.get_by_label("Log post").click();
    h.run();
    assert_eq!(h.state().store().posts().unwrap().len(), 1);
    assert!(h.query_by_label("Your posts on LinkedIn (1)").is_some());
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert!(h.state().store().posts().unwrap().is_empty());
    assert!(
        h.query_by_label_contains("Nothing to show yet").is_some(),
        "no post, no contact: the empty page again"
    );
    assert!(h.query_by_label_contains("Undone: log a post").is_some());
}

#[test]
fn a_bad_date_is_refused_with_a_message_and_nothing_is_logged() {
    let mut h = harness(store());
    fill(&mut h, "Date", "2026-02-30");
    h.get_by_label("Log post").click();
    h.run();
    assert!(h.query_by_label_contains("The date is not valid").is_some());
    fill(&mut h, "Date", "2026-03-01");
    fill(&mut h, "Impressions", "many");
    h.get_by_label("Log post").click();
    h.run();
    assert!(
        h.query_by_label_contains("Impressions must be a whole number")
            .is_some()
    );
    assert!(h.state().store().posts().unwrap().is_empty());
}

#[test]
fn clicking_a_person_in_a_segment_opens_the_contact() {
    let mut s = store();
    let anna = contact(&mut s, "Anna", "Engaged");
    event(&mut s, anna, "linkedin", EventKind::Connected, 200);
    event(&mut s, anna, "linkedin", EventKind::Liked, 5);
    let bernd = contact(&mut s, "Bernd", "Silent");
    event(&mut s, bernd, "linkedin", EventKind::Connected, 300);
    for d in [10, 30, 50, 70] {
        post(&mut s, "linkedin", PostKind::Relevant, d);
    }
    let mut h = harness(s);
    // Both a verdict and the estimate label are there at a glance.
    assert!(
        h.query_by_label_contains("LinkedIn: not dead, hidden")
            .is_some()
    );
    h.get_by_label("Probably hide you (estimate) (1)").click();
    h.run();
    h.get_by_label("Bernd Silent").click();
    h.run();
    assert_eq!(h.state().open_contact(), Some(bernd));
}

#[test]
fn xing_followers_show_as_not_seeing_posts() {
    let mut s = store();
    let joerg = contact(&mut s, "Jörg", "Krämer");
    event(&mut s, joerg, "xing", EventKind::StartedFollowing, 20);
    let lena = contact(&mut s, "Lena", "Follower");
    event(&mut s, lena, "linkedin", EventKind::StartedFollowing, 20);
    post(&mut s, "xing", PostKind::Relevant, 5);
    let mut h = harness(s);
    assert!(
        h.query_by_label_contains("1 follower cannot see your posts: on XING")
            .is_some()
    );
    // LinkedIn (shown first): its follower sees the posts.
    assert!(
        h.query_by_label("Followers who see your posts (1)")
            .is_some()
    );
    h.get_by_role_and_label(Role::Button, "XING").click();
    h.run();
    assert!(
        h.query_by_label("Followers who see your posts (1)")
            .is_none()
    );
    h.get_by_label("Followers who cannot see your posts (1)")
        .click();
    h.run();
    h.get_by_label("Jörg Krämer").click();
    h.run();
    assert_eq!(h.state().open_contact(), Some(joerg));
}

#[test]
fn a_promotional_mix_warns_in_the_articles_words() {
    let mut s = store();
    let id = contact(&mut s, "Anna", "Test");
    event(&mut s, id, "linkedin", EventKind::Connected, 100);
    for d in [5, 15, 25] {
        post(&mut s, "linkedin", PostKind::Promotional, d);
    }
    post(&mut s, "linkedin", PostKind::ProfileUpdate, 35);
    let h = harness(s);
    assert!(
        h.query_by_label_contains("100% of your posts in the last 90 days were promotional")
            .is_some()
    );
    assert!(
        h.query_by_label_contains(
            "Promotional posts and profile-update posts make people hide you"
        )
        .is_some()
    );
}

#[test]
fn in_german_the_verdicts_segments_and_charts_speak_german() {
    let mut s = store();
    let anna = contact(&mut s, "Anna", "Engaged");
    event(&mut s, anna, "linkedin", EventKind::Connected, 200);
    event(&mut s, anna, "linkedin", EventKind::Liked, 5);
    let bernd = contact(&mut s, "Bernd", "Silent");
    event(&mut s, bernd, "linkedin", EventKind::Connected, 300);
    for d in [10, 30, 50, 70] {
        post(&mut s, "linkedin", PostKind::Relevant, d);
    }
    let mut h = harness_in(s, Lang::De);
    for text in [
        "LinkedIn: nicht tot, sondern ausgeblendet. 1 von 2 Vernetzungen blendet",
        "Wer Ihre Beiträge sieht",
        "Ein Balken pro Plattform",
        "Was Sie auf LinkedIn posten",
        "Die Beiträge jedes Monats nach Art.",
        "Interaktionsrate auf LinkedIn",
        "Reaktionen, Kommentare und Teilen als Anteil der Impressionen",
        "Wie sich die Plattformen unterscheiden",
        "Personen auf LinkedIn",
    ] {
        assert!(h.query_by_label_contains(text).is_some(), "{text}");
    }
    // A segment in German, with its people a click away.
    h.get_by_label("Wahrscheinlich ausgeblendet (Schätzung) (1)")
        .click();
    h.run();
    h.get_by_label("Bernd Silent").click();
    h.run();
    assert_eq!(h.state().open_contact(), Some(bernd));
}

#[test]
fn a_post_is_logged_through_the_german_form() {
    let mut h = harness_in(store(), Lang::De);
    assert!(h.query_by_label_contains("Noch nichts zu zeigen").is_some());
    // The form prefills today as Germans write it.
    let today = chrono::Local::now()
        .date_naive()
        .format("%d.%m.%Y")
        .to_string();
    assert!(h.query_all_by_value(&today).count() > 0, "{today}");
    // A bad date is refused in German, and nothing is logged.
    fill(&mut h, "Datum", "30.02.2026");
    h.get_by_label("Beitrag erfassen").click();
    h.run();
    assert!(
        h.query_by_label_contains("Das Datum ist ungültig: „30.02.2026“")
            .is_some()
    );
    assert!(h.state().store().posts().unwrap().is_empty());

    h.get_by_role_and_label(Role::RadioButton, "XING").click();
    h.get_by_role_and_label(Role::RadioButton, "Werblich")
        .click();
    h.run();
    fill(&mut h, "Datum", "02.03.2026");
    fill(&mut h, "Link", "https://www.xing.com/posts/2");
    h.get_by_label("Reaktionen").set_value_accesskit(7.0);
    h.get_by_label("Kommentare").set_value_accesskit(2.0);
    fill(&mut h, "Impressionen", "1.200");
    h.get_by_label("Beitrag erfassen").click();
    h.run();
    let posts = h.state().store().posts().unwrap();
    assert_eq!(posts.len(), 1);
    let p = &posts[0].post;
    assert_eq!(p.platform, "xing");
    assert_eq!(p.kind, PostKind::Promotional);
    assert_eq!(p.posted_at.date_naive().to_string(), "2026-03-02");
    assert_eq!(p.url, "https://www.xing.com/posts/2");
    assert_eq!((p.reactions, p.comments, p.shares), (7, 2, 0));
    assert_eq!(
        p.impressions,
        Some(1200),
        "1.200 is twelve hundred in German"
    );
    assert!(
        h.query_by_label("Werblichen Beitrag auf XING vom 02.03.2026 erfasst.")
            .is_some()
    );
}

/// When the two imported posts of [`store_with_imported_posts`] went out: 5 and 20 days ago.
fn imported_days() -> [chrono::DateTime<Utc>; 2] {
    let today = Utc::now()
        .date_naive()
        .and_hms_opt(9, 0, 0)
        .unwrap()
        .and_utc();
    [today - Duration::days(5), today - Duration::days(20)]
}

/// Two posts imported from LinkedIn's `Shares.csv` (so they count as relevant: the export
/// does not say), the newer for anyone, the older for connections only, and one
/// promotional post logged by hand: a third promotional, no warning.
fn store_with_imported_posts() -> Store {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("Basic_LinkedInDataExport");
    std::fs::create_dir_all(&folder).unwrap();
    let [newer, older] = imported_days().map(|d| d.format("%Y-%m-%d %H:%M:%S").to_string());
    let csv = format!(
        "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\r\n\
         {newer},https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7002,Unser neues Angebot,,,PUBLIC\r\n\
         {older},https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7001,Drei Dinge von der DMEXCO,,,MEMBER_NETWORK\r\n"
    );
    std::fs::write(folder.join("Shares.csv"), csv).unwrap();
    let mut s = store();
    let request = ImportRequest::new(ImportKind::Linkedin, vec![folder]);
    let report = run_import(&mut s, &request, &mut |_| {}, &AtomicBool::new(false)).unwrap();
    assert_eq!(report.posts_added, 2);
    post(&mut s, "linkedin", PostKind::Promotional, 10);
    s
}

/// Scrolls the page down with the mouse wheel, over the page's heading, until the widget
/// labelled `label` is inside the window (clicks land on a widget's centre).
fn scroll_into_window(h: &mut Harness<'static, FollowdeskApp>, label: &str) {
    for _ in 0..30 {
        if h.get_by_label(label).rect().max.y < 740.0 {
            return;
        }
        h.event(egui::Event::PointerMoved(egui::pos2(400.0, 40.0)));
        h.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, -100.0),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Unknown,
            modifiers: egui::Modifiers::NONE,
        });
        h.run();
    }
    panic!("{label} stays below the window");
}

/// The kind of the stored post whose text is `text`.
fn kind_of(h: &Harness<'static, FollowdeskApp>, text: &str) -> PostKind {
    let posts = h.state().store().posts().unwrap();
    posts
        .iter()
        .find(|p| p.post.text == text)
        .unwrap()
        .post
        .kind
}

const WARNING: &str = "of your posts in the last 90 days were promotional";

#[test]
fn an_imported_post_is_marked_promotional_in_the_list_and_ctrl_z_sets_it_back() {
    let mut h = harness(store_with_imported_posts());
    assert!(h.query_by_label("Your posts on LinkedIn (3)").is_some());
    assert_eq!(h.query_all_by_label("imported").count(), 1);
    assert_eq!(
        h.query_all_by_label("imported, connections only").count(),
        1
    );
    assert_eq!(h.query_all_by_label("logged by hand").count(), 1);
    assert!(
        h.query_by_label_contains(WARNING).is_none(),
        "a third is fine"
    );

    // The kind box is named by the post's date and text.
    let day = imported_days()[0].format("%b %-d, %Y");
    let kind_box = format!("{day} Unser neues Angebot");
    scroll_into_window(&mut h, &kind_box);
    h.get_by_label(&kind_box).click();
    h.run();
    h.get_by_role_and_label(Role::Button, "Promotional").click();
    h.run();
    assert_eq!(kind_of(&h, "Unser neues Angebot"), PostKind::Promotional);
    assert_eq!(kind_of(&h, "Drei Dinge von der DMEXCO"), PostKind::Relevant);
    assert!(
        h.query_by_label_contains("Done: mark the post as promotional")
            .is_some()
    );
    // The content mix follows: two of three posts are promotional now.
    assert!(h.query_by_label_contains(WARNING).is_some());

    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(kind_of(&h, "Unser neues Angebot"), PostKind::Relevant);
    assert!(h.query_by_label_contains(WARNING).is_none());
}

#[test]
fn in_german_an_imported_post_is_marked_werblich_and_ctrl_z_sets_it_back() {
    let mut h = harness_in(store_with_imported_posts(), Lang::De);
    assert!(h.query_by_label("Ihre Beiträge auf LinkedIn (3)").is_some());
    assert_eq!(h.query_all_by_label("importiert").count(), 1);
    assert_eq!(h.query_all_by_label("importiert, nur Kontakte").count(), 1);
    assert_eq!(h.query_all_by_label("von Hand erfasst").count(), 1);

    let day = imported_days()[1].format("%d.%m.%Y");
    let kind_box = format!("{day} Drei Dinge von der DMEXCO");
    scroll_into_window(&mut h, &kind_box);
    h.get_by_label(&kind_box).click();
    h.run();
    h.get_by_role_and_label(Role::Button, "Werblich").click();
    h.run();
    assert_eq!(
        kind_of(&h, "Drei Dinge von der DMEXCO"),
        PostKind::Promotional
    );
    assert!(
        h.query_by_label_contains("Erledigt: Beitrag als werblich markieren")
            .is_some()
    );
    assert!(
        h.query_by_label_contains("Ihrer Beiträge der letzten 90 Tage werblich")
            .is_some()
    );

    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(kind_of(&h, "Drei Dinge von der DMEXCO"), PostKind::Relevant);
    assert!(
        h.query_by_label_contains("Rückgängig gemacht: Beitrag als werblich markieren")
            .is_some()
    );
}

#[test]
fn posts_are_deleted_from_the_list_and_ctrl_z_brings_them_back() {
    let mut h = harness(store_with_imported_posts());
    let before = h.state().store().posts().unwrap();
    let texts = |h: &Harness<'static, FollowdeskApp>| -> Vec<String> {
        let posts = h.state().store().posts().unwrap();
        posts.into_iter().map(|p| p.post.text).collect()
    };
    let [newer, older] = imported_days().map(|d| d.format("%b %-d, %Y").to_string());
    let delete = |h: &mut Harness<'static, FollowdeskApp>, button: &str| {
        scroll_into_window(h, button);
        h.get_by_label(button).click();
        h.run();
    };
    delete(
        &mut h,
        &format!("Delete the post of {newer}: Unser neues Angebot"),
    );
    assert_eq!(
        texts(&h),
        ["Drei Dinge von der DMEXCO", ""],
        "only that post is gone"
    );
    assert!(h.query_by_label("Your posts on LinkedIn (2)").is_some());
    assert!(h.query_by_label_contains("Done: delete a post").is_some());
    assert!(
        h.query_by_label_contains(WARNING).is_none(),
        "one of two: not yet"
    );

    delete(
        &mut h,
        &format!("Delete the post of {older}: Drei Dinge von der DMEXCO"),
    );
    assert_eq!(
        texts(&h),
        [""],
        "the promotional post logged by hand is left"
    );
    // The content mix follows at once: all that is left is promotional.
    assert!(h.query_by_label_contains(WARNING).is_some());

    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(texts(&h), ["Drei Dinge von der DMEXCO", ""]);
    assert!(h.query_by_label_contains(WARNING).is_none());
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(
        h.state().store().posts().unwrap(),
        before,
        "back as they were"
    );
    assert!(h.query_by_label("Your posts on LinkedIn (3)").is_some());
}

#[test]
fn in_german_a_post_is_deleted_and_ctrl_z_brings_it_back() {
    let mut h = harness_in(store_with_imported_posts(), Lang::De);
    let day = imported_days()[1].format("%d.%m.%Y");
    let button = format!("Beitrag vom {day} löschen: Drei Dinge von der DMEXCO");
    scroll_into_window(&mut h, &button);
    h.get_by_label(&button).click();
    h.run();
    assert_eq!(h.state().store().posts().unwrap().len(), 2);
    assert!(h.query_by_label("Ihre Beiträge auf LinkedIn (2)").is_some());
    assert!(
        h.query_by_label_contains("Erledigt: Beitrag löschen")
            .is_some()
    );
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(h.state().store().posts().unwrap().len(), 3);
    assert!(
        h.query_by_label_contains("Rückgängig gemacht: Beitrag löschen")
            .is_some()
    );
}

#[test]
fn posts_for_connections_only_warn_that_followers_did_not_see_them() {
    let mut s = store_with_imported_posts();
    let lena = contact(&mut s, "Lena", "Follower");
    event(&mut s, lena, "linkedin", EventKind::StartedFollowing, 30);
    let h = harness(s);
    assert!(
        h.query_by_label_contains(
            "On LinkedIn, 1 of your 3 posts in the last 90 days was for connections only: \
             your follower who is not a connection did not see it."
        )
        .is_some()
    );
    assert!(h.query_by_label_contains("post for anyone").is_some());

    // Without followers who are not connections nobody missed anything: no warning.
    let mut s = store_with_imported_posts();
    let otto = contact(&mut s, "Otto", "Connected");
    event(&mut s, otto, "linkedin", EventKind::Connected, 30);
    let h = harness(s);
    assert!(h.query_by_label_contains("for connections only:").is_none());
}

#[test]
fn in_german_the_connections_only_warning_counts_in_german() {
    let mut s = store_with_imported_posts();
    for name in ["Lena", "Jonas"] {
        let c = contact(&mut s, name, "Follower");
        event(&mut s, c, "linkedin", EventKind::StartedFollowing, 30);
    }
    let h = harness_in(s, Lang::De);
    assert!(
        h.query_by_label_contains(
            "Auf LinkedIn war 1 Ihrer 3 Beiträge der letzten 90 Tage nur für Kontakte: \
             Ihre 2 Follower, die keine Kontakte sind, haben ihn nicht gesehen."
        )
        .is_some()
    );
}

#[test]
fn a_post_for_connections_only_is_logged_through_the_form() {
    let mut h = harness(store());
    h.get_by_role_and_label(Role::RadioButton, "Connections only")
        .click();
    h.run();
    fill(&mut h, "Date", "2026-03-02");
    h.get_by_label("Log post").click();
    h.run();
    let posts = h.state().store().posts().unwrap();
    assert_eq!(posts.len(), 1);
    assert_eq!(posts[0].post.audience, PostAudience::Connections);
    assert_eq!(
        h.query_all_by_label("logged by hand, connections only")
            .count(),
        1
    );
}

#[test]
fn a_platform_without_posts_says_where_they_come_from() {
    let mut h = harness(store_with_imported_posts());
    h.get_by_role_and_label(Role::Button, "XING").click();
    h.run();
    assert!(h.query_by_label("Your posts on XING (0)").is_some());
    assert!(
        h.query_by_label_contains("No posts on XING yet. Log them below")
            .is_some()
    );
}
