//! Import: pick a file (type its path or drop it on the window), choose what it is, and
//! run the import on the worker thread with a progress bar and Cancel (which rolls back).
//! The report follows, with every skipped row; past imports are listed below.

use std::path::PathBuf;

use super::app::Action;
use super::theme;
use crate::import::{ImportKind, ImportReport, ImportRequest, Progress};
use crate::store::Store;

/// The kinds offered, in order.
const KINDS: [ImportKind; 5] = [
    ImportKind::Linkedin,
    ImportKind::Xing,
    ImportKind::Analytics,
    ImportKind::Vcard,
    ImportKind::Csv,
];

/// The Import view's state.
#[derive(Debug, Default)]
pub struct ImportView {
    pub kind: ImportKind,
    pub path: String,
    /// Set while an import runs.
    pub progress: Option<Progress>,
    pub running: bool,
    pub report: Option<ImportReport>,
    pub error: Option<String>,
    /// Earlier imports; `None` until read (and again after an import).
    pub journal: Option<Vec<crate::store::JournalRow>>,
}

impl ImportView {
    /// Takes a dropped or typed path and guesses what it is from its name.
    pub fn set_path(&mut self, path: &std::path::Path) {
        self.path = path.display().to_string();
        self.kind = guess_kind(path).unwrap_or(self.kind);
    }
}

/// What a file is, judging by its name: a zip or folder is LinkedIn's export, `.xlsx` the
/// analytics workbook, `.vcf` vCards (XING's, since XING hands out one per contact),
/// `.csv` a CSV.
#[must_use]
pub fn guess_kind(path: &std::path::Path) -> Option<ImportKind> {
    if path.is_dir() {
        return Some(ImportKind::Linkedin);
    }
    let ext = path.extension()?.to_string_lossy().to_ascii_lowercase();
    match ext.as_str() {
        "zip" => Some(ImportKind::Linkedin),
        "xlsx" => Some(ImportKind::Analytics),
        "vcf" => Some(ImportKind::Xing),
        "csv" => Some(ImportKind::Csv),
        _ => None,
    }
}

/// Draws Import.
pub fn import_ui(
    ui: &mut egui::Ui,
    view: &mut ImportView,
    store: &Store,
    actions: &mut Vec<Action>,
) {
    ui.heading("Import");
    if let Some(dropped) = ui.input(|i| i.raw.dropped_files.first().map(|f| f.path().to_owned())) {
        view.set_path(&dropped);
    }
    ui.label("Bring in your network: LinkedIn's “Download your data” archive, XING vCards, LinkedIn's analytics workbook, or any vCard or CSV. Importing again updates and adds; it never duplicates.");
    ui.add_space(theme::SECTION_GAP);
    ui.add_enabled_ui(!view.running, |ui| {
        ui.horizontal_wrapped(|ui| {
            ui.label("What it is:");
            for k in KINDS {
                ui.radio_value(&mut view.kind, k, k.label());
            }
        });
        ui.horizontal(|ui| {
            let l = ui.label("File or folder");
            ui.add(
                egui::TextEdit::singleline(&mut view.path)
                    .hint_text("type a path, or drop a file on the window")
                    .desired_width(460.0),
            )
            .labelled_by(l.id);
            let ready = !view.path.trim().is_empty();
            if ui
                .add_enabled(ready, egui::Button::new("Start import"))
                .clicked()
            {
                view.error = None;
                view.report = None;
                actions.push(Action::Import(ImportRequest::new(
                    view.kind,
                    vec![PathBuf::from(view.path.trim())],
                )));
            }
        });
    });
    if view.running {
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            let (text, fraction) = match &view.progress {
                Some(p) if p.total > 0 => (
                    format!("{} — {} of {}", p.step, p.done, p.total),
                    p.done as f32 / p.total as f32,
                ),
                Some(p) => (p.step.to_string(), 0.0),
                None => ("Starting…".to_owned(), 0.0),
            };
            ui.add(
                egui::ProgressBar::new(fraction)
                    .text(text)
                    .desired_width(460.0)
                    .animate(true),
            );
            if ui.button("Cancel import").clicked() {
                actions.push(Action::CancelImport);
            }
        });
    }
    if let Some(e) = &view.error {
        ui.add_space(8.0);
        ui.colored_label(ui.visuals().error_fg_color, e);
        ui.label("Nothing was changed.");
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

fn report_ui(ui: &mut egui::Ui, r: &ImportReport, actions: &mut Vec<Action>) {
    let what = if r.kind == ImportKind::Analytics {
        "days"
    } else {
        "contacts"
    };
    ui.strong(format!("Imported: {}", r.kind.label()));
    ui.label(format!(
        "{what}: {} added, {} updated, {} unchanged · events: {} added, {} already known",
        r.added, r.updated, r.unchanged, r.events_added, r.events_existing
    ));
    if r.posts_added + r.posts_existing > 0 {
        ui.label(format!(
            "posts: {} added, {} already known",
            r.posts_added, r.posts_existing
        ));
    }
    if !r.files.is_empty() {
        ui.label(egui::RichText::new(format!("read: {}", r.files.join(", "))).color(theme::MUTED));
    }
    ui.horizontal(|ui| {
        if ui.button("Open Triage").clicked() {
            actions.push(Action::Go(super::app::View::Triage));
        }
        if ui.button("Open Contacts").clicked() {
            actions.push(Action::Go(super::app::View::Contacts));
        }
    });
    for (title, rows) in [
        ("Skipped rows", &r.skipped),
        ("Imported with warnings", &r.warnings),
    ] {
        if rows.is_empty() {
            continue;
        }
        ui.add_space(6.0);
        ui.strong(format!("{title} ({})", rows.len()));
        egui::ScrollArea::vertical()
            .id_salt(title)
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
    ui.strong("Earlier imports");
    egui::Grid::new("import-journal")
        .striped(true)
        .num_columns(4)
        .show(ui, |ui| {
            for j in journal.iter().take(20) {
                ui.label(
                    j.started_at
                        .with_timezone(&chrono::Local)
                        .format("%Y-%m-%d %H:%M")
                        .to_string(),
                );
                ui.label(&j.kind);
                ui.label(&j.path);
                ui.label(format!(
                    "{} added, {} updated, {} unchanged, {} skipped",
                    j.added, j.updated, j.unchanged, j.skipped
                ));
                ui.end_row();
            }
        });
}
