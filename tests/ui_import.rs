//! The Import view: a LinkedIn export imported from the app, its report with skipped rows,
//! and a file that is not what it claims refused with nothing changed.
#![allow(clippy::unwrap_used)] // Test helpers panic on failure by design.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use followdesk::domain::PlatformRules;
use followdesk::i18n::Lang;
use followdesk::store::Store;
use followdesk::ui::{FollowdeskApp, View};
use ui_support::{app_harness, app_harness_in};

mod ui_support;

fn harness() -> Harness<'static, FollowdeskApp> {
    let store = Store::open_in_memory(PlatformRules::builtin()).unwrap();
    app_harness(store, View::Import)
}

fn import(h: &mut Harness<'static, FollowdeskApp>, path: &std::path::Path) {
    import_with(h, path, "File or folder", "Start import");
}

/// Types `path` into the field labelled `field` and clicks `start`.
fn import_with(
    h: &mut Harness<'static, FollowdeskApp>,
    path: &std::path::Path,
    field: &str,
    start: &str,
) {
    h.get_by_label(field).click();
    h.run();
    h.get_by_label(field).type_text(path.to_str().unwrap());
    h.run();
    h.get_by_label(start).click();
    h.run();
    h.run();
}

/// An unpacked LinkedIn export with one connection, one unusable row and one request.
fn linkedin_export(dir: &std::path::Path) -> std::path::PathBuf {
    let export = dir.join("Basic_LinkedInDataExport_11-26-2026");
    std::fs::create_dir(&export).unwrap();
    std::fs::write(
        export.join("Connections.csv"),
        "\u{feff}Notes:\r\n\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\r\n\r\n\
         First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n\
         Anna,Müller,https://www.linkedin.com/in/anna-mueller-1a2b3c,,\"Müller, Schmidt & Partner GmbH\",Head of Sales,08 Feb 2026\r\n\
         ,,,,,,07 Jun 2026\r\n",
    )
    .unwrap();
    std::fs::write(
        export.join("Invitations.csv"),
        "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\r\n\
         Bernd Weber,Me,\"11/20/26, 2:37\u{202f}PM\",\"I'd like to add you to my professional network on LinkedIn.\",INCOMING,https://www.linkedin.com/in/bernd-weber,https://www.linkedin.com/in/me\r\n",
    )
    .unwrap();
    export
}

#[test]
fn an_unpacked_linkedin_export_imports_with_its_report() {
    let dir = tempfile::tempdir().unwrap();
    let export = linkedin_export(dir.path());
    let mut h = harness();
    import(&mut h, &export);
    assert!(h.query_by_label("Imported: LinkedIn export").is_some());
    assert!(
        h.query_by_label_contains("hidden or closed profile")
            .is_some()
    );
    let s = h.state().store().summary().unwrap();
    assert_eq!(s.platforms["linkedin"].connections, 1);
    assert_eq!(s.platforms["linkedin"].pending_incoming, 1);
    assert_eq!(
        h.state().store().imports().unwrap().len(),
        1,
        "the import is in the journal"
    );
    // The new request is waiting in Triage.
    h.get_by_label("Open Triage").click();
    h.run();
    assert!(h.query_by_label_contains("1 request waiting").is_some());
}

#[test]
fn a_pdf_named_zip_is_refused_and_nothing_changes() {
    let dir = tempfile::tempdir().unwrap();
    let fake = dir.path().join("Basic_LinkedInDataExport.zip");
    std::fs::write(&fake, b"%PDF-1.7\n1 0 obj << >> endobj\n").unwrap();
    let mut h = harness();
    import(&mut h, &fake);
    assert!(h.query_by_label("Nothing was changed.").is_some());
    assert!(
        h.query_all_by_label_contains("is not a zip archive")
            .count()
            > 0,
        "the error says why"
    );
    assert_eq!(h.state().store().contact_count().unwrap(), 0);
    assert!(h.state().store().imports().unwrap().is_empty());

    // The error stays on screen and follows a change of language.
    h.state_mut().prefs.lang = Some(Lang::De);
    h.run();
    assert!(h.query_all_by_label_contains("ist kein Zip-Archiv").count() > 0);
    assert_eq!(
        h.query_all_by_label_contains("is not a zip archive")
            .count(),
        0
    );
}

#[test]
fn ein_linkedin_export_wird_auf_deutsch_importiert() {
    let dir = tempfile::tempdir().unwrap();
    let export = linkedin_export(dir.path());
    let store = Store::open_in_memory(PlatformRules::builtin()).unwrap();
    let mut h = app_harness_in(store, View::Import, Lang::De);
    assert!(h.query_by_label("Art der Datei:").is_some());
    import_with(&mut h, &export, "Datei oder Ordner", "Import starten");
    let s = h.state().store().summary().unwrap();
    assert_eq!(s.platforms["linkedin"].connections, 1);
    assert_eq!(s.platforms["linkedin"].pending_incoming, 1);
    // The report in German.
    assert!(h.query_all_by_label_contains("Importiert: ").count() > 0);
    assert!(
        h.query_all_by_label_contains("Kontakte: 2 neu, 0 aktualisiert, 0 unverändert")
            .count()
            > 0,
        "the counts"
    );
    assert!(h.query_by_label("Übersprungene Zeilen (1)").is_some());
    assert!(h.query_by_label("Frühere Importe").is_some());
    assert!(
        h.query_all_by_label_contains("2 neu, 0 aktualisiert, 0 unverändert, 1 übersprungen")
            .count()
            > 0,
        "the journal line"
    );
    let today = chrono::Local::now().format("%d.%m.%Y, ").to_string();
    assert!(
        h.query_all_by_label_contains(&today).count() > 0,
        "the journal dates the German way"
    );
    assert!(h.query_all_by_label_contains("added").count() == 0);
    // On to the contacts, in German.
    h.get_by_label("Kontakte öffnen").click();
    h.run();
    assert!(h.query_by_label("2 Kontakte").is_some());
}

#[test]
fn eine_falsche_datei_wird_auf_deutsch_abgelehnt() {
    let dir = tempfile::tempdir().unwrap();
    let fake = dir.path().join("Basic_LinkedInDataExport.zip");
    std::fs::write(&fake, b"%PDF-1.7\n1 0 obj << >> endobj\n").unwrap();
    let store = Store::open_in_memory(PlatformRules::builtin()).unwrap();
    let mut h = app_harness_in(store, View::Import, Lang::De);
    import_with(&mut h, &fake, "Datei oder Ordner", "Import starten");
    assert!(h.query_by_label("Es wurde nichts geändert.").is_some());
    assert!(
        h.query_all_by_label_contains("Import fehlgeschlagen")
            .count()
            > 0
    );
    assert_eq!(h.state().store().contact_count().unwrap(), 0);
}

/// The file dialog hands over a folder; Enter in the path field starts the import, and the
/// error of the earlier, refused import is gone once the new one starts.
#[test]
fn a_folder_chosen_in_the_dialog_imports_on_enter_and_clears_the_old_error() {
    let dir = tempfile::tempdir().unwrap();
    let export = linkedin_export(dir.path());
    let fake = dir.path().join("Basic_LinkedInDataExport.zip");
    std::fs::write(&fake, b"%PDF-1.7\n").unwrap();
    let mut h = harness();
    // A new user sees where the files come from.
    assert!(
        h.query_by_label_contains("Get a copy of your data")
            .is_some()
    );
    import(&mut h, &fake);
    assert!(h.query_by_label("Nothing was changed.").is_some());

    let asked = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let seen = asked.clone();
    let chosen = export.clone();
    h.state_mut()
        .set_file_picker(std::sync::Arc::new(move |pick: followdesk::ui::Pick| {
            seen.lock().unwrap().push(pick);
            Some(chosen.clone())
        }));
    h.get_by_label("Choose folder…").click();
    h.run();
    assert_eq!(*asked.lock().unwrap(), [followdesk::ui::Pick::Folder]);
    h.get_by_label("File or folder").click();
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    h.run();
    assert!(h.query_by_label("Imported: LinkedIn export").is_some());
    assert!(
        h.query_by_label("Nothing was changed.").is_none(),
        "the old error is gone"
    );
    let s = h.state().store().summary().unwrap();
    assert_eq!(s.platforms["linkedin"].connections, 1);
}

/// Invitation e-mails from the Import view: the requests in a saved mail folder land in
/// Triage; the other mails are counted.
#[test]
fn invitation_mails_imported_in_the_app_land_in_triage() {
    let dir = tempfile::tempdir().unwrap();
    let mails = dir.path().join("mails");
    std::fs::create_dir(&mails).unwrap();
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mail");
    for f in ["linkedin-2024-en.eml", "xing-de.eml", "newsletter.eml"] {
        std::fs::copy(fixtures.join(f), mails.join(f)).unwrap();
    }
    let mut h = harness();
    h.get_by_label("Invitation e-mails").click();
    h.run();
    import(&mut h, &mails);
    assert!(
        h.query_by_label("Imported: Invitation e-mails").is_some(),
        "the report is shown"
    );
    assert!(h.query_by_label("other mails: 1 left alone").is_some());
    let s = h.state().store().summary().unwrap();
    assert_eq!(s.platforms["linkedin"].pending_incoming, 1);
    assert_eq!(s.platforms["xing"].pending_incoming, 1);
    h.get_by_label("Open Triage").click();
    h.run();
    assert!(h.query_by_label_contains("2 requests waiting").is_some());
}
