//! The Contacts view and the contact page, driven through their AccessKit labels like a
//! user would, asserting on the store afterwards.
#![allow(clippy::unwrap_used)] // Test helpers panic on failure by design.

use chrono::{TimeZone, Utc};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use followdesk::domain::command::Command;
use followdesk::domain::{ContactFields, ContactId, EventKind, NewEvent, PlatformRules};
use followdesk::i18n::Lang;
use followdesk::store::Store;
use followdesk::ui::FollowdeskApp;

fn contact(store: &mut Store, first: &str, last: &str, company: &str) -> ContactId {
    store
        .apply(Command::CreateContact {
            fields: ContactFields {
                company: company.into(),
                ..ContactFields::named(first, last)
            },
            profiles: vec![],
        })
        .unwrap()
        .created_contact
        .unwrap()
}

struct Fixture {
    harness: Harness<'static, FollowdeskApp>,
    anna: ContactId,
    bernd: ContactId,
}

fn fixture() -> Fixture {
    fixture_in(Lang::En, |_, _| {})
}

/// The two contacts in the app in `lang`, on Contacts; `more` adds to the store first.
fn fixture_in(lang: Lang, more: impl FnOnce(&mut Store, ContactId)) -> Fixture {
    let mut store = Store::open_in_memory(PlatformRules::builtin()).unwrap();
    let anna = contact(&mut store, "Anna", "Müller", "Nordlicht Software AG");
    let bernd = contact(&mut store, "Bernd", "Weber", "Hanse Medical");
    store
        .apply(Command::LogEvent(NewEvent::manual(
            anna,
            "linkedin",
            EventKind::StartedFollowing,
            Utc.with_ymd_and_hms(2026, 3, 1, 9, 0, 0).unwrap(),
        )))
        .unwrap();
    more(&mut store, anna);
    let ctx = egui::Context::default();
    let app = FollowdeskApp::with_system_lang(store, &ctx, None, lang);
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(|ui, app: &mut FollowdeskApp| app.show(ui), app);
    harness.run();
    let nav = match lang {
        Lang::En => "Contacts",
        Lang::De => "Kontakte",
    };
    harness.get_by_label(nav).click();
    harness.run();
    Fixture {
        harness,
        anna,
        bernd,
    }
}

fn open(h: &mut Harness<'static, FollowdeskApp>, name: &str) {
    h.get_by_label(name).click();
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
}

#[test]
fn search_finds_muller_without_the_umlaut() {
    let Fixture { mut harness, .. } = fixture();
    assert!(harness.query_by_label("Bernd Weber").is_some());
    harness.get_by_label("Search").click();
    harness.run();
    harness.get_by_label("Search").type_text("muller");
    harness.run();
    assert!(harness.query_by_label("Anna Müller").is_some());
    assert!(harness.query_by_label("Bernd Weber").is_none());
    assert!(harness.query_by_label("1 of 2 contacts match").is_some());
}

#[test]
fn arrow_keys_select_and_enter_opens() {
    let Fixture {
        mut harness, anna, ..
    } = fixture();
    harness.key_press(egui::Key::ArrowDown);
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(
        harness.state().open_contact(),
        Some(anna),
        "sorted by last name: Müller first"
    );
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert_eq!(harness.state().open_contact(), None);
}

#[test]
fn edit_a_field_and_save() {
    let Fixture {
        mut harness, bernd, ..
    } = fixture();
    open(&mut harness, "Bernd Weber");
    harness.get_by_label("Position").click();
    harness.run();
    harness.get_by_label("Position").type_text("Einkaufsleiter");
    harness.run();
    harness.get_by_label("Save changes").click();
    harness.run();
    let c = harness.state().store().contact(bernd).unwrap().unwrap();
    assert_eq!(c.fields.position, "Einkaufsleiter");
}

#[test]
fn an_invalid_email_is_refused_with_a_message() {
    let Fixture {
        mut harness, bernd, ..
    } = fixture();
    open(&mut harness, "Bernd Weber");
    harness.get_by_label("E-mail").click();
    harness.run();
    harness.get_by_label("E-mail").type_text("bernd-at-example");
    harness.run();
    harness.get_by_label("Save changes").click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("invalid e-mail address 'bernd-at-example'")
            .is_some()
    );
    let c = harness.state().store().contact(bernd).unwrap().unwrap();
    assert_eq!(c.fields.email, "");
}

#[test]
fn add_a_tag() {
    let Fixture {
        mut harness, anna, ..
    } = fixture();
    open(&mut harness, "Anna Müller");
    harness.get_by_label("New tag").click();
    harness.run();
    harness.get_by_label("New tag").type_text("hannover-messe");
    harness.run();
    harness.get_by_label("Add tag").click();
    harness.run();
    let tags = harness.state().store().tags_of(anna).unwrap();
    assert_eq!(tags.len(), 1);
    assert_eq!(tags[0].name, "hannover-messe");
    assert_eq!(
        harness.state().store().search_ids("hannover").unwrap(),
        vec![anna]
    );
}

#[test]
fn log_an_event_by_hand() {
    let Fixture {
        mut harness, anna, ..
    } = fixture();
    open(&mut harness, "Anna Müller");
    // The default kind is "liked a post", on LinkedIn, today.
    harness.get_by_label("Note").click();
    harness.run();
    harness
        .get_by_label("Note")
        .type_text("liked the pricing post");
    harness.run();
    harness.get_by_label("Log event").click();
    harness.run();
    let events = harness.state().store().events(anna).unwrap();
    let last = events.last().unwrap();
    assert_eq!(last.kind, EventKind::Liked);
    assert_eq!(last.platform, "linkedin");
    assert_eq!(last.message, "liked the pricing post");
    let rel = &harness.state().store().relationships(anna).unwrap()[0].1;
    assert!(rel.last_interaction.is_some());
}

#[test]
fn delete_and_undo() {
    let Fixture {
        mut harness, bernd, ..
    } = fixture();
    open(&mut harness, "Bernd Weber");
    harness.get_by_label("Delete contact").click();
    harness.run();
    assert_eq!(harness.state().store().contact_count().unwrap(), 1);
    assert!(
        harness.query_by_label("Bernd Weber").is_none(),
        "gone from the list"
    );
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(harness.state().store().contact_count().unwrap(), 2);
    assert!(
        harness
            .state()
            .store()
            .contact(bernd)
            .unwrap()
            .unwrap()
            .deleted_at
            .is_none()
    );
    assert!(
        harness.query_by_label("Bernd Weber").is_some(),
        "back in the list"
    );
}

#[test]
fn merge_two_contacts() {
    let Fixture {
        mut harness,
        anna,
        bernd,
    } = fixture();
    open(&mut harness, "Anna Müller");
    harness.get_by_label("Merge with").click();
    harness.run();
    harness.get_by_label("Merge with").type_text("weber");
    harness.run();
    harness
        .get_by_label("Merge Bernd Weber into this contact")
        .click();
    harness.run();
    harness.get_by_label("Merge").click();
    harness.run();
    let store = harness.state().store();
    assert_eq!(store.contact_count().unwrap(), 1);
    assert!(store.contact(bernd).unwrap().unwrap().deleted_at.is_some());
    assert!(store.contact(anna).unwrap().unwrap().deleted_at.is_none());
}

#[test]
fn empty_database_offers_import_and_demo_data() {
    let store = Store::open_in_memory(PlatformRules::builtin()).unwrap();
    let ctx = egui::Context::default();
    let app = FollowdeskApp::with_system_lang(store, &ctx, None, followdesk::i18n::Lang::En);
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(|ui, app: &mut FollowdeskApp| app.show(ui), app);
    harness.run();
    assert!(harness.query_by_label("No contacts yet").is_some());
    harness.get_by_label("Load demo data").click();
    harness.run();
    harness.run();
    assert_eq!(harness.state().store().contact_count().unwrap(), 2_000);
    assert!(harness.query_by_label("No contacts yet").is_none());
}

#[test]
fn hostile_names_and_huge_notes_show_and_stay_intact() {
    let mut store = Store::open_in_memory(PlatformRules::builtin()).unwrap();
    let notes = "Ein langer Vermerk 🚀 مرحبا\n".repeat(4_000); // ~100 KB
    let fields = ContactFields {
        notes: notes.clone(),
        company: "\u{202e}Rheinland Consulting".into(),
        ..ContactFields::named("محمد 🚀", "Renée O'Brien-Ünal")
    };
    let id = store
        .apply(Command::CreateContact {
            fields: fields.clone(),
            profiles: vec![],
        })
        .unwrap()
        .created_contact
        .unwrap();
    let ctx = egui::Context::default();
    let app = FollowdeskApp::with_system_lang(store, &ctx, None, followdesk::i18n::Lang::En);
    // Arabic has no glyph in egui's bundled fonts; the app draws boxes there (the default),
    // the test checks the layout holds and nothing is lost.
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .allow_missing_glyphs()
        .build_ui_state(|ui, app: &mut FollowdeskApp| app.show(ui), app);
    h.run();
    h.get_by_label("Contacts").click();
    h.run();
    h.key_press(egui::Key::ArrowDown);
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    assert_eq!(h.state().open_contact(), Some(id));
    assert!(
        h.query_by_label("Save changes").is_some(),
        "the page laid out"
    );
    let stored = h.state().store().contact(id).unwrap().unwrap().fields;
    assert_eq!(stored, fields, "stored exactly as given");
    assert_eq!(stored.notes.len(), notes.len());
}

/// Anna liked a post on 26 Nov 2026 (at noon UTC, the same date in every European zone).
fn anna_liked_a_post(store: &mut Store, anna: ContactId) {
    store
        .apply(Command::LogEvent(NewEvent::manual(
            anna,
            "linkedin",
            EventKind::Liked,
            Utc.with_ymd_and_hms(2026, 11, 26, 12, 0, 0).unwrap(),
        )))
        .unwrap();
}

fn shows(h: &Harness<'static, FollowdeskApp>, text: &str) -> bool {
    h.query_all_by_label_contains(text).count() > 0
}

#[test]
fn auf_deutsch_suchen_oeffnen_bearbeiten_verschlagworten_loeschen_und_rueckgaengig() {
    let Fixture {
        mut harness, anna, ..
    } = fixture_in(Lang::De, anna_liked_a_post);
    let h = &mut harness;
    // The status line counts with the German plural, the table dates the German way.
    assert!(h.query_by_label("2 Kontakte").is_some());
    assert!(h.query_by_label("26.11.2026").is_some(), "last interaction");
    assert!(h.query_by_label("Letzte Interaktion").is_some());
    assert!(h.query_by_label("Last interaction").is_none());

    // Search.
    h.get_by_label("Suchen").click();
    h.run();
    h.get_by_label("Suchen").type_text("muller");
    h.run();
    assert!(h.query_by_label("1 von 2 Kontakten passt").is_some());
    assert!(h.query_by_label("Bernd Weber").is_none());

    // Open: the page in German, the timeline with a German plural and date.
    open(h, "Anna Müller");
    assert_eq!(h.state().open_contact(), Some(anna));
    assert!(h.query_by_label("Verlauf (2 Ereignisse)").is_some());
    assert!(shows(h, "26.11.2026, "), "the timeline's date");
    assert!(shows(h, "LinkedIn: hat auf einen Beitrag reagiert"));

    // Edit a field.
    h.get_by_label("Telefon").click();
    h.run();
    h.get_by_label("Telefon").type_text("+49 40 123456");
    h.run();
    h.get_by_label("Änderungen speichern").click();
    h.run();
    let c = h.state().store().contact(anna).unwrap().unwrap();
    assert_eq!(c.fields.phone, "+49 40 123456");

    // Add a tag.
    h.get_by_label("Neues Schlagwort").click();
    h.run();
    h.get_by_label("Neues Schlagwort")
        .type_text("hannover-messe");
    h.run();
    h.get_by_label("Schlagwort hinzufügen").click();
    h.run();
    let tags = h.state().store().tags_of(anna).unwrap();
    assert_eq!(tags.len(), 1);
    assert_eq!(tags[0].name, "hannover-messe");

    // Delete, back on the list with one contact, then undo.
    h.get_by_label("Kontakt löschen").click();
    h.run();
    assert_eq!(h.state().open_contact(), None);
    assert_eq!(h.state().store().contact_count().unwrap(), 1);
    assert!(
        h.state()
            .store()
            .contact(anna)
            .unwrap()
            .unwrap()
            .deleted_at
            .is_some()
    );
    h.get_by_label("Leeren").click();
    h.run();
    assert!(h.query_by_label("1 Kontakt").is_some(), "singular");
    assert!(h.query_by_label("Anna Müller").is_none());
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(h.state().store().contact_count().unwrap(), 2);
    assert!(h.query_by_label("2 Kontakte").is_some());
    assert!(
        h.query_by_label("Anna Müller").is_some(),
        "back in the list"
    );
    assert!(h.query_by_label("Bernd Weber").is_some());
}

#[test]
fn auf_deutsch_zusammenfuehren() {
    let Fixture {
        mut harness,
        anna,
        bernd,
    } = fixture_in(Lang::De, |_, _| {});
    let h = &mut harness;
    open(h, "Anna Müller");
    h.get_by_label("Zusammenführen mit").click();
    h.run();
    h.get_by_label("Zusammenführen mit").type_text("weber");
    h.run();
    h.get_by_label("Bernd Weber mit diesem Kontakt zusammenführen")
        .click();
    h.run();
    assert!(shows(h, "wird mit Anna Müller zusammengeführt"));
    h.get_by_label("Zusammenführen").click();
    h.run();
    let store = h.state().store();
    assert_eq!(store.contact_count().unwrap(), 1);
    assert!(store.contact(bernd).unwrap().unwrap().deleted_at.is_some());
    assert!(store.contact(anna).unwrap().unwrap().deleted_at.is_none());
}

#[test]
fn ein_ereignis_mit_deutschem_datum_erfassen() {
    let Fixture {
        mut harness, bernd, ..
    } = fixture_in(Lang::De, |_, _| {});
    let h = &mut harness;
    open(h, "Bernd Weber");
    assert!(h.query_by_label("Verlauf (0 Ereignisse)").is_some());
    assert!(h.query_by_label("Noch nichts erfasst.").is_some());
    h.get_by_label("Datum").click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.get_by_label("Datum").type_text("26.11.2026 14:30");
    h.run();
    h.get_by_label("Notiz").click();
    h.run();
    h.get_by_label("Notiz").type_text("Messe-Gespräch");
    h.run();
    h.get_by_label("Ereignis erfassen").click();
    h.run();
    let events = h.state().store().events(bernd).unwrap();
    assert_eq!(events.len(), 1, "{:?}", h.state().open_contact());
    assert_eq!(
        events[0].at,
        Utc.with_ymd_and_hms(2026, 11, 26, 14, 30, 0).unwrap()
    );
    assert_eq!(events[0].message, "Messe-Gespräch");
    assert!(h.query_by_label("Verlauf (1 Ereignis)").is_some());
}

#[test]
fn ein_ungueltiges_datum_wird_auf_deutsch_abgelehnt() {
    let Fixture {
        mut harness, bernd, ..
    } = fixture_in(Lang::De, |_, _| {});
    let h = &mut harness;
    open(h, "Bernd Weber");
    h.get_by_label("Datum").click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.get_by_label("Datum").type_text("31.02.2026");
    h.run();
    h.get_by_label("Ereignis erfassen").click();
    h.run();
    assert!(shows(h, "Ereignis nicht erfasst:"));
    assert!(h.state().store().events(bernd).unwrap().is_empty());
}

#[test]
fn switching_to_german_changes_the_list_and_the_open_page_at_once() {
    let Fixture { mut harness, .. } = fixture_in(Lang::En, anna_liked_a_post);
    let h = &mut harness;
    assert!(h.query_by_label("2 contacts").is_some());
    assert!(h.query_by_label("Nov 26, 2026").is_some());
    open(h, "Anna Müller");
    assert!(h.query_by_label("History (2 events)").is_some());
    h.get_by_value("English").click();
    h.run();
    h.get_by_label("Deutsch").click();
    h.run();
    assert!(h.query_by_label("Verlauf (2 Ereignisse)").is_some());
    assert!(h.query_by_label("Änderungen speichern").is_some());
    assert!(h.query_by_label("Save changes").is_none());
    assert!(h.query_by_label("Kontakt löschen").is_some());
    // The date typed in English is still taken after the switch.
    h.get_by_label("Ereignis erfassen").click();
    h.run();
    assert_eq!(
        h.state()
            .store()
            .events(h.state().open_contact().unwrap())
            .unwrap()
            .len(),
        3
    );
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(h.query_by_label("2 Kontakte").is_some());
    // The last interaction is the later of the post liked on 26 Nov and the one logged now.
    // The date field held today's local date, which is read as midnight UTC.
    let typed = chrono::Local::now().date_naive();
    let logged = Utc
        .from_utc_datetime(&typed.and_time(chrono::NaiveTime::MIN))
        .with_timezone(&chrono::Local)
        .date_naive();
    let liked = Utc
        .with_ymd_and_hms(2026, 11, 26, 12, 0, 0)
        .unwrap()
        .with_timezone(&chrono::Local)
        .date_naive();
    let last = logged.max(liked).format("%d.%m.%Y").to_string();
    assert!(h.query_by_label(&last).is_some(), "{last}");
}

#[test]
fn the_undo_button_speaks_the_language_of_the_moment() {
    let Fixture {
        mut harness, anna, ..
    } = fixture();
    open(&mut harness, "Anna Müller");
    harness.get_by_label("New tag").click();
    harness.run();
    harness.get_by_label("New tag").type_text("messe");
    harness.run();
    harness.get_by_label("Add tag").click();
    harness.run();
    assert!(
        harness
            .query_by_label("Undo: add tag “messe” for Anna Müller (contact page)")
            .is_some()
    );
    harness.state_mut().prefs.lang = Some(Lang::De);
    harness.run();
    // The change was made in English; its undo reads German once German is chosen, and the
    // English status line ("Done: …") is gone rather than left in the old language.
    assert!(
        harness
            .query_by_label(
                "Rückgängig: Schlagwort „messe“ hinzufügen für Anna Müller (Kontaktseite)"
            )
            .is_some()
    );
    assert_eq!(
        harness.query_all_by_label_contains("Done:").count(),
        0,
        "no English left"
    );
    harness
        .get_by_label("Rückgängig: Schlagwort „messe“ hinzufügen für Anna Müller (Kontaktseite)")
        .click();
    harness.run();
    assert!(harness.state().store().tags_of(anna).unwrap().is_empty());
    assert!(
        harness
            .query_by_label_contains(
                "Rückgängig gemacht: Schlagwort „messe“ hinzufügen für Anna Müller (Kontaktseite)"
            )
            .is_some()
    );
}

/// The contact the first row of the table opens (the fixtures have two rows: two steps
/// up reach the first from anywhere, and select it when nothing is selected).
fn first_row(h: &mut Harness<'static, FollowdeskApp>) -> Option<ContactId> {
    for _ in 0..2 {
        h.key_press(egui::Key::ArrowUp);
        h.run();
    }
    h.key_press(egui::Key::Enter);
    h.run();
    let opened = h.state().open_contact();
    h.key_press(egui::Key::Escape);
    h.run();
    opened
}

#[test]
fn backspace_widens_the_search_again_in_the_chosen_sort_order() {
    let Fixture {
        mut harness,
        anna,
        bernd,
    } = fixture();
    harness.get_by_label("Company").click();
    harness.run();
    harness.get_by_label("Search").click();
    harness.run();
    harness.get_by_label("Search").type_text("mul");
    harness.run();
    assert!(harness.query_by_label("1 of 2 contacts match").is_some());
    for _ in 0..3 {
        harness.key_press(egui::Key::Backspace);
        harness.run();
    }
    assert!(harness.query_by_label("2 contacts").is_some());
    assert_eq!(
        first_row(&mut harness),
        Some(bernd),
        "by company: Hanse Medical before Nordlicht"
    );
    harness.get_by_label("Company ⏶").click();
    harness.run();
    assert_eq!(first_row(&mut harness), Some(anna), "descending");
}

#[test]
fn search_combines_with_the_platform_filter() {
    let Fixture {
        mut harness, anna, ..
    } = fixture();
    harness.get_by_label("Search").click();
    harness.run();
    // "m" finds Müller and Medical: both.
    harness.get_by_label("Search").type_text("m");
    harness.run();
    assert!(harness.query_by_label("2 of 2 contacts match").is_some());
    // Only Anna is on LinkedIn (she follows there). The filter toggle comes before the
    // table's LinkedIn column header.
    harness.get_all_by_label("LinkedIn").next().unwrap().click();
    harness.run();
    assert!(harness.query_by_label("1 of 2 contacts match").is_some());
    assert!(harness.query_by_label("Bernd Weber").is_none());
    assert_eq!(first_row(&mut harness), Some(anna));
}

#[test]
fn an_edit_that_moves_a_contact_in_the_sort_order_moves_its_row() {
    let Fixture {
        mut harness,
        anna,
        bernd,
    } = fixture();
    harness.get_by_label("Company").click();
    harness.run();
    assert_eq!(first_row(&mut harness), Some(bernd));
    open(&mut harness, "Bernd Weber");
    harness.get_by_label("Company").click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.get_by_label("Company").type_text("Zeta Medical");
    harness.run();
    harness.get_by_label("Save changes").click();
    harness.run();
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert_eq!(
        harness
            .state()
            .store()
            .contact(bernd)
            .unwrap()
            .unwrap()
            .fields
            .company,
        "Zeta Medical"
    );
    assert_eq!(
        first_row(&mut harness),
        Some(anna),
        "Nordlicht now sorts before Zeta"
    );
}
