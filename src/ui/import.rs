//! Import: pick a file (the system's file dialog, a typed path — Enter starts — or a file
//! dropped on the window), choose what it is, and run the import on the worker thread with
//! a progress bar and Cancel (which rolls back). The report follows, with every skipped
//! row; past imports are listed below. "How to get your data" says where each file comes
//! from.

use std::path::PathBuf;
use std::sync::Arc;

use super::app::Action;
use super::theme;
use crate::import::{ImportKind, ImportReport, ImportRequest, Progress};
use crate::store::Store;
use crate::{i18n, t};

/// The kinds offered, in order.
const KINDS: [ImportKind; 6] = [
    ImportKind::Linkedin,
    ImportKind::Mail,
    ImportKind::Xing,
    ImportKind::Analytics,
    ImportKind::Vcard,
    ImportKind::Csv,
];

/// What the file dialog is asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pick {
    /// A file of this kind.
    File(ImportKind),
    /// A folder (an unpacked export, a Maildir, a folder of vCards).
    Folder,
}

/// Asks the user for a path; `None` when they cancel. The app's is the system's file
/// dialog ([`native_picker`]); tests put in their own.
pub type FilePicker = Arc<dyn Fn(Pick) -> Option<PathBuf> + Send + Sync>;

/// The system's file dialog (rfd: the desktop portal on Linux, the native dialogs on
/// Windows and macOS). Modal, like every desktop app's open dialog.
#[must_use]
pub fn native_picker() -> FilePicker {
    Arc::new(|pick| {
        let dialog = rfd::FileDialog::new();
        match pick {
            Pick::Folder => dialog.pick_folder(),
            Pick::File(kind) => {
                let (name, extensions) = file_filter(kind);
                dialog.add_filter(name, extensions).pick_file()
            }
        }
    })
}

/// The dialog's filter for a kind: its name and the endings it shows.
fn file_filter(kind: ImportKind) -> (String, &'static [&'static str]) {
    let extensions: &[&str] = match kind {
        ImportKind::Linkedin => &["zip"],
        ImportKind::Xing | ImportKind::Vcard => &["vcf", "csv", "xlsx"],
        ImportKind::Analytics => &["xlsx"],
        ImportKind::Csv => &["csv"],
        ImportKind::Mail => &["eml", "mbox"],
    };
    (kind.label(), extensions)
}

/// The Import view's state.
#[derive(Default)]
pub struct ImportView {
    pub kind: ImportKind,
    pub path: String,
    /// Set while an import runs.
    pub progress: Option<Progress>,
    pub running: bool,
    pub report: Option<ImportReport>,
    pub error: Option<super::worker::ImportFailure>,
    /// Earlier imports; `None` until read (and again after an import).
    pub journal: Option<Vec<crate::store::JournalRow>>,
    /// The file dialog; `None` until first needed (then the system's).
    pub picker: Option<FilePicker>,
}

impl ImportView {
    /// Takes a dropped or typed path and guesses what it is from its name.
    pub fn set_path(&mut self, path: &std::path::Path) {
        self.path = path.display().to_string();
        self.kind = guess_kind(path).unwrap_or(self.kind);
    }
}

/// What a file is, judging by its name: a Maildir (`cur/` and `new/`) is mail, any other
/// folder or a zip LinkedIn's export, `.xlsx` the analytics workbook, `.vcf` vCards
/// (XING's, since XING hands out one per contact), `.csv` a CSV, `.eml` and `.mbox` mail.
#[must_use]
pub fn guess_kind(path: &std::path::Path) -> Option<ImportKind> {
    if path.is_dir() {
        if path.join("cur").is_dir() && path.join("new").is_dir() {
            return Some(ImportKind::Mail);
        }
        return Some(ImportKind::Linkedin);
    }
    let ext = path.extension()?.to_string_lossy().to_ascii_lowercase();
    match ext.as_str() {
        "zip" => Some(ImportKind::Linkedin),
        "xlsx" => Some(ImportKind::Analytics),
        "vcf" => Some(ImportKind::Xing),
        "csv" => Some(ImportKind::Csv),
        "eml" | "mbox" => Some(ImportKind::Mail),
        _ => None,
    }
}

/// Draws Import, scrolling when the window is small.
pub fn import_ui(
    ui: &mut egui::Ui,
    view: &mut ImportView,
    store: &Store,
    actions: &mut Vec<Action>,
) {
    egui::ScrollArea::vertical()
        .id_salt("import-page")
        .auto_shrink([false, false])
        .show(ui, |ui| import_page_ui(ui, view, store, actions));
}

fn import_page_ui(
    ui: &mut egui::Ui,
    view: &mut ImportView,
    store: &Store,
    actions: &mut Vec<Action>,
) {
    ui.heading(t!("nav-import"));
    if let Some(dropped) = ui.input(|i| i.raw.dropped_files.first().map(|f| f.path().to_owned())) {
        view.set_path(&dropped);
    }
    ui.label(t!("import-intro"));
    let first_import = view
        .journal
        .get_or_insert_with(|| store.imports().unwrap_or_default())
        .is_empty();
    ui.add_space(theme::SECTION_GAP);
    ui.add_enabled_ui(!view.running, |ui| {
        ui.horizontal_wrapped(|ui| {
            ui.label(t!("import-kind"));
            for k in KINDS {
                ui.radio_value(&mut view.kind, k, k.label());
            }
        });
        let mut start = false;
        // Wraps when narrow: the Start button never leaves the window.
        ui.horizontal_wrapped(|ui| {
            let l = ui.label(t!("import-path"));
            let width = (ui.available_width() - 220.0).clamp(160.0, 420.0);
            let field = ui
                .add(
                    egui::TextEdit::singleline(&mut view.path)
                        .hint_text(t!("import-path-hint"))
                        .desired_width(width),
                )
                .labelled_by(l.id);
            let ready = !view.path.trim().is_empty();
            // Enter in the field starts, as the button does.
            start |= ready && field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            start |= ui
                .add_enabled(ready, egui::Button::new(t!("import-start")))
                .clicked();
            let picked = if ui.button(t!("import-choose-file")).clicked() {
                Some(Pick::File(view.kind))
            } else if ui.button(t!("import-choose-folder")).clicked() {
                Some(Pick::Folder)
            } else {
                None
            };
            if let Some(pick) = picked {
                let ask = view.picker.get_or_insert_with(native_picker).clone();
                if let Some(path) = ask(pick) {
                    view.set_path(&path);
                }
            }
        });
        if start {
            // A new import clears what the last one said.
            view.error = None;
            view.report = None;
            actions.push(Action::Import(ImportRequest::new(
                view.kind,
                vec![PathBuf::from(view.path.trim())],
            )));
        }
    });
    // Where the files come from, under the controls: the first thing is choosing the file.
    howto_ui(ui, first_import);
    if view.running {
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            let (text, fraction) = match &view.progress {
                Some(p) if p.total > 0 => (
                    t!(
                        "import-progress",
                        step = p.step.to_string(),
                        done = p.done,
                        total = p.total
                    ),
                    p.done as f32 / p.total as f32,
                ),
                Some(p) => (p.step.to_string(), 0.0),
                None => (t!("import-starting"), 0.0),
            };
            ui.add(
                egui::ProgressBar::new(fraction)
                    .text(text)
                    .desired_width(460.0)
                    .animate(true),
            );
            if ui.button(t!("import-cancel")).clicked() {
                actions.push(Action::CancelImport);
            }
        });
    }
    if let Some(e) = &view.error {
        ui.add_space(8.0);
        ui.colored_label(ui.visuals().error_fg_color, e.to_string());
        ui.label(t!("import-nothing-changed"));
    }
    if let Some(r) = &view.report {
        ui.add_space(theme::SECTION_GAP);
        report_ui(ui, r, actions);
    }
    ui.add_space(theme::SECTION_GAP);
    let journal = view
        .journal
        .get_or_insert_with(|| store.imports().unwrap_or_default());
    journal_ui(ui, journal);
}

/// "How to get your data": where LinkedIn's archive, XING's cards and the invitation mails
/// come from. Open for a new user (no import yet), folded afterwards.
fn howto_ui(ui: &mut egui::Ui, first_import: bool) {
    egui::CollapsingHeader::new(t!("import-howto-title"))
        .id_salt("import-howto")
        .default_open(first_import)
        .show(ui, |ui| {
            for (title, body) in [
                (
                    t!("import-howto-linkedin-title"),
                    t!("import-howto-linkedin"),
                ),
                (t!("import-howto-mail-title"), t!("import-howto-mail")),
                (t!("import-howto-xing-title"), t!("import-howto-xing")),
                (
                    t!("import-howto-analytics-title"),
                    t!("import-howto-analytics"),
                ),
            ] {
                ui.strong(title);
                ui.label(body);
                ui.add_space(4.0);
            }
        });
}

fn report_ui(ui: &mut egui::Ui, r: &ImportReport, actions: &mut Vec<Action>) {
    ui.strong(t!("import-report-title", kind = r.kind.label()));
    let counts = t!(
        "import-report-counts",
        unit = r.kind.counted_unit(),
        added = r.added,
        updated = r.updated,
        unchanged = r.unchanged,
        events_added = r.events_added,
        events_existing = r.events_existing
    );
    ui.label(counts);
    if r.kind == ImportKind::Mail {
        ui.label(t!("import-report-other-mails", count = r.other_mails));
    }
    if r.posts_added + r.posts_updated + r.posts_existing > 0 {
        ui.label(t!(
            "import-report-posts",
            added = r.posts_added,
            updated = r.posts_updated,
            existing = r.posts_existing
        ));
    }
    if !r.files.is_empty() {
        ui.label(
            egui::RichText::new(t!("import-report-files", files = r.files.join(", ")))
                .color(theme::MUTED),
        );
    }
    ui.horizontal(|ui| {
        if ui.button(t!("today-open-triage")).clicked() {
            actions.push(Action::Go(super::app::View::Triage));
        }
        if ui.button(t!("import-open-contacts")).clicked() {
            actions.push(Action::Go(super::app::View::Contacts));
        }
    });
    for (salt, rows) in [("skipped", &r.skipped), ("warnings", &r.warnings)] {
        if rows.is_empty() {
            continue;
        }
        ui.add_space(6.0);
        ui.strong(if salt == "skipped" {
            t!("import-skipped-rows", count = rows.len())
        } else {
            t!("import-warning-rows", count = rows.len())
        });
        egui::ScrollArea::vertical()
            .id_salt(salt)
            .max_height(180.0)
            .show_rows(ui, theme::ROW_HEIGHT, rows.len(), |ui, range| {
                for issue in &rows[range] {
                    ui.label(format!("{}:{} — {}", issue.file, issue.line, issue.reason));
                }
            });
    }
}

fn journal_ui(ui: &mut egui::Ui, journal: &[crate::store::JournalRow]) {
    if journal.is_empty() {
        return;
    }
    ui.strong(t!("import-earlier"));
    egui::Grid::new("import-journal")
        .striped(true)
        .num_columns(4)
        .show(ui, |ui| {
            for j in journal.iter().take(20) {
                ui.label(i18n::local_date_time(&j.started_at));
                // The journal keeps the kind's code; show its name where it is known.
                ui.label(
                    KINDS
                        .into_iter()
                        .find(|k| k.code() == j.kind)
                        .map_or_else(|| j.kind.clone(), ImportKind::label),
                );
                ui.label(&j.path);
                ui.label(t!(
                    "import-journal-counts",
                    added = j.added,
                    updated = j.updated,
                    unchanged = j.unchanged,
                    skipped = j.skipped
                ));
                ui.end_row();
            }
        });
}
