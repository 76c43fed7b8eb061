//! The app frame: navigation, the view shown, actions from views, undo and the status line.
//! Views never change data themselves: they push [`Action`]s, and data changes go through
//! [`Command`]s applied here.

use serde::{Deserialize, Serialize};

use super::change_words::{self, Context, Place};
use super::contact_page::{ContactPage, contact_page_ui};
use super::contacts::{ContactsPrefs, ContactsView, contacts_ui};
use super::worker::{Change, DataVersion, Done, Job, Worker};
use super::{shortcuts, theme};
use crate::demo::DemoOptions;
use crate::domain::ContactId;
use crate::domain::command::{Applied, Command};
use crate::domain::contact_row::ContactRow;
use crate::i18n::{self, Lang};
use crate::store::Store;
use crate::t;

/// The views in the navigation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum View {
    #[default]
    Today,
    Triage,
    Contacts,
    Pipeline,
    Visibility,
    Import,
}

impl View {
    pub const ALL: [Self; 6] = [
        Self::Today,
        Self::Triage,
        Self::Contacts,
        Self::Pipeline,
        Self::Visibility,
        Self::Import,
    ];

    /// The view named `name` (case-insensitive), as on the command line.
    #[must_use]
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|v| v.name().eq_ignore_ascii_case(name))
    }

    /// The view's name on the command line (`--view contacts`), the same in every language.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Today => "today",
            Self::Triage => "triage",
            Self::Contacts => "contacts",
            Self::Pipeline => "pipeline",
            Self::Visibility => "visibility",
            Self::Import => "import",
        }
    }

    /// The view's name in the navigation, in the active language.
    #[must_use]
    pub fn label(self) -> String {
        match self {
            Self::Today => t!("nav-today"),
            Self::Triage => t!("nav-triage"),
            Self::Contacts => t!("nav-contacts"),
            Self::Pipeline => t!("nav-pipeline"),
            Self::Visibility => t!("nav-visibility"),
            Self::Import => t!("nav-import"),
        }
    }
}

/// What a view asks the app to do.
#[derive(Debug, Clone)]
pub enum Action {
    Go(View),
    Open(ContactId),
    Back,
    Apply(Command),
    /// Undo the last change (the Undo button, which names it).
    Undo,
    /// Ctrl+Z: undo the last change; made in another place, it is named first and undone
    /// on a second Ctrl+Z.
    UndoKey,
    LoadDemo,
    /// Say something in the status line.
    Notify(String),
    /// Run an import on the worker.
    Import(crate::import::ImportRequest),
    /// Stop the running import (it rolls back).
    CancelImport,
    /// Fit a personal classifier on my Triage decisions, on the worker.
    RetrainClassifier,
    /// Open a link on a platform in the browser (checked by the view: https, the
    /// platform's own host).
    OpenLink(String),
}

/// Opens a link in the browser; tests put in one that records instead.
pub type Opener = Box<dyn FnMut(&str) -> Result<(), String>>;

/// The system's browser, through the `webbrowser` crate.
fn system_opener() -> Opener {
    Box::new(|url| webbrowser::open(url).map_err(|e| e.to_string()))
}

/// View preferences kept across restarts (never data: that lives in SQLite).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    pub view: View,
    pub contacts: ContactsPrefs,
    /// The language chosen, or found on the system at first start.
    pub lang: Option<Lang>,
}

const PREFS_KEY: &str = "followdesk.prefs";

/// The language remembered in eframe's storage, else the system's.
#[must_use]
pub fn remembered_lang(storage: Option<&dyn eframe::Storage>) -> Lang {
    storage
        .and_then(|s| eframe::get_value::<Prefs>(s, PREFS_KEY))
        .and_then(|p| p.lang)
        .unwrap_or_else(Lang::system)
}

/// A message in the status line.
#[derive(Debug, Clone)]
struct Status {
    text: String,
    error: bool,
}

/// The followdesk window.
pub struct FollowdeskApp {
    store: Store,
    worker: Worker,
    pub prefs: Prefs,
    rows: Vec<ContactRow>,
    rows_loaded: bool,
    contacts: ContactsView,
    triage: super::triage::TriageView,
    visibility: super::visibility::VisibilityView,
    page: Option<ContactPage>,
    /// Where the user wanted to go from a page with unsaved edits, while they are asked.
    pending_leave: Option<Action>,
    /// Each change that can be undone: what was done (described when drawn, so in the
    /// language of the moment), the command that undoes it, and for whom and where.
    undo: Vec<(Command, Command, Context)>,
    /// How this system writes the undo shortcut (Ctrl+Z, ⌘Z), for the status line.
    undo_keys: String,
    /// Ctrl+Z was pressed once in another place than the last change was made in: the
    /// status line named it, and a second Ctrl+Z undoes it.
    undo_elsewhere_armed: bool,
    /// The data version the contact rows reflect; an older snapshot is not shown over them.
    rows_at: DataVersion,
    /// The data version the metrics snapshot reflects.
    metrics_at: DataVersion,
    status: Option<Status>,
    summary: Option<crate::domain::summary::Summary>,
    follower_week: Vec<crate::store::FollowerChange>,
    /// The event-log snapshot for the metrics views; `None` until loaded.
    metrics: Option<crate::domain::metrics::Log>,
    /// Bumped whenever `metrics` changes, so views recompute only then.
    metrics_generation: u64,
    pipeline: super::pipeline::PipelineView,
    today: super::today::TodayMetrics,
    signals: super::signals::SignalsPanel,
    import: super::import::ImportView,
    import_cancel: std::sync::Arc<std::sync::atomic::AtomicBool>,
    themed: bool,
    /// The language the last frame was drawn in.
    shown_lang: Option<Lang>,
    /// Preferences changed that should be saved now rather than at exit.
    prefs_dirty: bool,
    team: super::team::TeamLine,
    opener: Opener,
}

impl FollowdeskApp {
    /// The app on `store`; view preferences come from eframe's storage when there is one.
    #[must_use]
    pub fn new(store: Store, ctx: &egui::Context, storage: Option<&dyn eframe::Storage>) -> Self {
        Self::with_system_lang(store, ctx, storage, Lang::system())
    }

    /// [`Self::new`] on a system whose language is `system_lang` (tests choose it).
    #[must_use]
    pub fn with_system_lang(
        store: Store,
        ctx: &egui::Context,
        storage: Option<&dyn eframe::Storage>,
        system_lang: Lang,
    ) -> Self {
        let mut prefs: Prefs = storage
            .and_then(|s| eframe::get_value(s, PREFS_KEY))
            .unwrap_or_default();
        // First start: the system's language, remembered from then on.
        let lang = *prefs.lang.get_or_insert(system_lang);
        i18n::set_lang(lang);
        let worker = Worker::start(
            store.path().map(std::path::Path::to_owned),
            store.rules().clone(),
            ctx,
        );
        let team = super::team::TeamLine::load(&store);
        let mut app = Self {
            team,
            store,
            worker,
            prefs,
            rows: Vec::new(),
            rows_loaded: false,
            contacts: ContactsView::default(),
            triage: super::triage::TriageView::default(),
            visibility: super::visibility::VisibilityView::default(),
            page: None,
            pending_leave: None,
            undo: Vec::new(),
            undo_elsewhere_armed: false,
            undo_keys: String::new(),
            rows_at: 0,
            metrics_at: 0,
            status: None,
            summary: None,
            follower_week: Vec::new(),
            metrics: None,
            metrics_generation: 0,
            pipeline: super::pipeline::PipelineView::default(),
            today: super::today::TodayMetrics::default(),
            signals: super::signals::SignalsPanel::default(),
            import: super::import::ImportView::default(),
            import_cancel: std::sync::Arc::default(),
            themed: false,
            shown_lang: None,
            prefs_dirty: false,
            opener: system_opener(),
        };
        app.worker.submit(&mut app.store, Job::LoadRows);
        app.worker.submit(&mut app.store, Job::LoadMetrics);
        if app.daily_backup_due() {
            app.worker.submit(&mut app.store, Job::Backup);
        }
        app
    }

    /// A file-backed database whose newest backup is older than a day (or missing).
    fn daily_backup_due(&self) -> bool {
        let Some(db) = self.store.path() else {
            return false;
        };
        let newest = crate::store::list_backups(db)
            .first()
            .and_then(|p| std::fs::metadata(p).ok())
            .and_then(|m| m.modified().ok());
        newest.is_none_or(|t| t.elapsed().is_ok_and(|age| age.as_secs() > 24 * 3600))
    }

    /// Puts in the file dialog the Import view opens (tests put in their own).
    pub fn set_file_picker(&mut self, picker: super::import::FilePicker) {
        self.import.picker = Some(picker);
    }

    /// Replaces how links are opened (tests record them instead of starting a browser).
    pub fn set_opener(&mut self, opener: Opener) {
        self.opener = opener;
    }

    /// The store, for tests.
    #[must_use]
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Makes the worker thread die as a crash would, to test that it is noticed, reported
    /// and started again. Does nothing for a store in memory (no thread).
    #[doc(hidden)]
    pub fn crash_worker_for_tests(&mut self) {
        self.worker.submit(&mut self.store, Job::Crash);
    }

    /// Whether background work is still running (tests wait for it).
    #[must_use]
    pub fn busy(&self) -> bool {
        self.worker.busy()
    }

    /// Whether preferences changed that should be saved at once (the language); resets.
    pub fn take_prefs_dirty(&mut self) -> bool {
        std::mem::take(&mut self.prefs_dirty)
    }

    /// The Contacts view's search text and how many rows it shows for it; `None` while
    /// the list waits for a refresh (tests and the benchmark check results are current).
    #[must_use]
    pub fn contacts_shown(&self) -> Option<(&str, usize)> {
        (!self.contacts.dirty)
            .then_some((self.contacts.search.as_str(), self.contacts.visible.len()))
    }

    /// Opens a contact's page, as a click in a list does (tests and the benchmark).
    pub fn open_contact_for_tests(&mut self, id: ContactId) {
        self.handle(Action::Open(id));
    }

    /// The open contact page, if any.
    #[must_use]
    pub fn open_contact(&self) -> Option<ContactId> {
        self.page.as_ref().map(|p| p.id)
    }

    /// Draws the whole window and handles what the views asked for.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let lang = self.prefs.lang.unwrap_or_default();
        if self.shown_lang.is_some_and(|shown| shown != lang) {
            // Messages worded in the old language are transient: they go, and the search
            // runs again so that its error (if any) is worded anew.
            self.status = None;
            if let Some(page) = &mut self.page {
                page.error = None;
            }
            self.contacts.dirty = true;
        }
        self.shown_lang = Some(lang);
        i18n::set_lang(lang);
        if !self.themed {
            theme::apply(ui.ctx());
            self.themed = true;
        }
        self.undo_keys = shortcuts::text(ui.ctx(), &shortcuts::UNDO);
        self.receive(&ui.ctx().clone());
        if self.team.due() {
            self.worker.submit(&mut self.store, Job::TeamSync);
        }
        let mut actions = Vec::new();
        self.global_keys(ui, &mut actions);
        egui::Panel::left("nav")
            .resizable(false)
            .exact_size(theme::NAV_WIDTH)
            .show(ui, |ui| self.nav_ui(ui, &mut actions));
        egui::Panel::bottom("status").show(ui, |ui| self.status_ui(ui, &mut actions));
        egui::CentralPanel::default().show(ui, |ui| self.view_ui(ui, &mut actions));
        self.leave_ui(ui.ctx(), &mut actions);
        let acted = !actions.is_empty();
        for a in actions {
            self.handle(a);
        }
        if acted {
            // Results of jobs that ran inline (a store in memory) are shown this frame.
            self.receive(&ui.ctx().clone());
        }
    }

    fn receive(&mut self, ctx: &egui::Context) {
        for done in self.worker.drain() {
            self.accept(done, ctx);
        }
    }

    /// Takes in one result of the worker.
    fn accept(&mut self, done: Done, ctx: &egui::Context) {
        {
            match done {
                // A snapshot read before a change already shown is not shown over it.
                Done::Rows(_, at) | Done::Metrics(_, at)
                    if at
                        < if matches!(done, Done::Rows(..)) {
                            self.rows_at
                        } else {
                            self.metrics_at
                        } => {}
                Done::Rows(Ok(rows), at) => {
                    self.rows = rows;
                    self.rows_at = at;
                    self.rows_loaded = true;
                    self.contacts.rows_changed();
                    self.triage.dirty = true;
                    self.summary = None;
                }
                Done::Rows(Err(e), _) | Done::OpenFailed(e) => {
                    self.error(t!("status-rows-failed", error = e.clone()));
                }
                Done::Demo(Ok(r)) => {
                    self.info(t!(
                        "status-demo-loaded",
                        contacts = r.expected.contacts,
                        events = r.events
                    ));
                    self.reload_all();
                }
                Done::Demo(Err(e)) => self.error(t!("status-demo-failed", error = e.clone())),
                Done::Metrics(Ok(log), at) => {
                    self.metrics = Some(*log);
                    self.metrics_at = at;
                    self.metrics_generation += 1;
                }
                Done::Metrics(Err(e), _) => {
                    self.error(t!("status-metrics-failed", error = e.clone()));
                }
                Done::Applied(change, result, at) => self.applied(*change, result, at),
                Done::Restarted(lost) => self.restarted(lost),
                Done::ImportProgress(p) => self.import.progress = Some(p),
                Done::Import(result) => {
                    self.import.running = false;
                    self.import.journal = None;
                    self.import.progress = None;
                    match result {
                        Ok(report) => {
                            self.info(t!(
                                "status-imported",
                                kind = report.kind.label(),
                                added = report.added,
                                updated = report.updated,
                                skipped = report.skipped.len()
                            ));
                            self.import.report = Some(*report);
                            self.reload_all();
                        }
                        Err(e) => {
                            self.error(t!("status-import-failed", error = e.to_string()));
                            self.import.error = Some(e);
                        }
                    }
                }
                Done::Backup(Ok(_)) => {}
                Done::Backup(Err(e)) => self.error(t!("status-backup-failed", error = e.clone())),
                Done::TeamSync(outcome) => {
                    self.team.finished(&self.store, ctx, &outcome);
                }
                Done::Retrained(result) => self.retrained(result),
            }
        }
    }

    /// Asks what to do with unsaved edits when the page is being left.
    fn leave_ui(&mut self, ctx: &egui::Context, actions: &mut Vec<Action>) {
        let (Some(page), Some(_)) = (&mut self.page, &self.pending_leave) else {
            return;
        };
        let Some(choice) = super::leave_guard::leave_ui(ctx, &page.saved_name()) else {
            return;
        };
        let target = self.pending_leave.take();
        let go = match choice {
            super::leave_guard::Choice::Save => super::contact_page::save(page, actions),
            super::leave_guard::Choice::Discard => true,
            super::leave_guard::Choice::Stay => false,
        };
        if go && let Some(target) = target {
            // The edits are saved (the change is on its way) or given up: leave now.
            page.forget_edits();
            actions.push(target);
        }
    }

    fn global_keys(&mut self, ui: &egui::Ui, actions: &mut Vec<Action>) {
        if self.pending_leave.is_some() {
            // The question about unsaved edits has the keys.
            return;
        }
        let (undo, back) = ui.input_mut(|i| {
            let undo = i.consume_shortcut(&shortcuts::UNDO);
            let back = self.page.is_some() && i.consume_shortcut(&shortcuts::BACK);
            (undo, back)
        });
        if undo {
            actions.push(Action::UndoKey);
        }
        if back {
            actions.push(Action::Back);
        }
    }

    fn nav_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        ui.add_space(8.0);
        ui.heading("followdesk");
        ui.add_space(8.0);
        let pending = self.summary().map_or(0, |s| {
            s.platforms
                .values()
                .map(|p| p.pending_incoming)
                .sum::<u64>()
        });
        for v in View::ALL {
            let text = if v == View::Triage && pending > 0 {
                t!("nav-triage-pending", count = pending)
            } else {
                v.label()
            };
            let selected = self.prefs.view == v && self.page.is_none();
            if ui
                .add_sized(
                    [theme::NAV_WIDTH - 16.0, 28.0],
                    egui::Button::selectable(selected, text),
                )
                .clicked()
            {
                actions.push(Action::Go(v));
            }
        }
        ui.with_layout(egui::Layout::bottom_up(egui::Align::LEFT), |ui| {
            ui.add_space(8.0);
            self.language_ui(ui);
        });
    }

    /// The language switch at the foot of the navigation: takes effect on the next frame.
    fn language_ui(&mut self, ui: &mut egui::Ui) {
        let current = self.prefs.lang.unwrap_or_default();
        let mut chosen = current;
        let combo = egui::ComboBox::from_id_salt("language")
            .selected_text(current.native_name())
            .width(theme::NAV_WIDTH - 24.0)
            .show_ui(ui, |ui| {
                for lang in Lang::ALL {
                    ui.selectable_value(&mut chosen, lang, lang.native_name());
                }
            })
            .response;
        // Bottom-up: the caption sits above the box it names.
        let caption = ui.label(
            egui::RichText::new(t!("nav-language"))
                .small()
                .color(theme::MUTED),
        );
        let _ = combo
            .labelled_by(caption.id)
            .on_hover_text(t!("nav-language-tooltip"));
        if chosen != current {
            self.prefs.lang = Some(chosen);
            self.prefs_dirty = true;
            i18n::set_lang(chosen);
            ui.ctx().request_repaint();
        }
    }

    fn status_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        // Wraps rather than widening the window's content when a message is long.
        ui.horizontal_wrapped(|ui| {
            if self.worker.busy() {
                ui.spinner();
                ui.label(t!("status-working"));
            }
            if let Some(s) = &self.status {
                if s.error {
                    ui.colored_label(ui.visuals().error_fg_color, &s.text);
                } else {
                    ui.label(&s.text);
                }
            }
            if let Some((done, _, context)) = self.undo.last()
                && ui
                    .button(change_words::undo_button(done, context))
                    .on_hover_text(shortcuts::tooltip(
                        ui.ctx(),
                        &t!("status-undo-tooltip"),
                        &shortcuts::UNDO,
                    ))
                    .clicked()
            {
                actions.push(Action::Undo);
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if self.team.ui(ui) {
                    self.worker.submit(&mut self.store, Job::TeamSync);
                }
                if let Some(p) = self.store.path() {
                    ui.label(
                        egui::RichText::new(p.display().to_string())
                            .small()
                            .color(theme::MUTED),
                    );
                }
            });
        });
    }

    fn view_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        if let Some(page) = &mut self.page {
            contact_page_ui(ui, page, &self.store, actions);
            return;
        }
        match self.prefs.view {
            View::Today => {
                let summary = self.summary();
                if self.follower_week.is_empty() {
                    let since = crate::domain::time::now() - chrono::Duration::days(7);
                    self.follower_week =
                        self.store.follower_changes_since(since).unwrap_or_default();
                }
                if let Some(log) = &self.metrics {
                    self.today
                        .refresh(log, self.metrics_generation, &self.store);
                }
                let log = self.metrics.as_ref().map(|m| (m, self.metrics_generation));
                let (signals, store) = (&mut self.signals, &self.store);
                let empty = self.rows_loaded && self.rows.is_empty();
                let (follower_week, today, triage) =
                    (&self.follower_week, &self.today, &mut self.triage);
                // The page scrolls: signals, reminders and to-dos can outgrow a small window.
                egui::ScrollArea::vertical()
                    .id_salt("today-page")
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        super::today::today_ui(
                            ui,
                            summary.as_ref(),
                            follower_week,
                            today,
                            store,
                            empty,
                            actions,
                            &mut |ui, actions| {
                                super::signals::today_lead_ui(ui, signals, store, log, actions);
                            },
                        );
                        super::capture::today_todo_ui(ui, triage, store, actions);
                    });
            }
            View::Contacts => contacts_ui(
                ui,
                &mut self.contacts,
                &mut self.prefs.contacts,
                &self.rows,
                &self.store,
                !self.rows_loaded,
                actions,
            ),
            View::Triage => super::triage::triage_ui(ui, &mut self.triage, &self.store, actions),
            View::Pipeline => super::pipeline::pipeline_ui(
                ui,
                &mut self.pipeline,
                &self.store,
                self.metrics.as_ref().map(|m| (m, self.metrics_generation)),
                actions,
            ),
            View::Visibility => super::visibility::visibility_ui(
                ui,
                &mut self.visibility,
                &self.store,
                self.metrics.as_ref().map(|m| (m, self.metrics_generation)),
                actions,
            ),
            View::Import => super::import::import_ui(ui, &mut self.import, &self.store, actions),
        }
    }

    fn summary(&mut self) -> Option<crate::domain::summary::Summary> {
        if self.summary.is_none() {
            self.summary = self.store.summary().ok();
        }
        self.summary.clone()
    }

    fn handle(&mut self, action: Action) {
        // Leaving a page with unsaved edits asks first (see `leave_guard`).
        let leaves = match &action {
            Action::Go(_) | Action::Back => true,
            Action::Open(id) => self.page.as_ref().is_some_and(|p| p.id != *id),
            _ => false,
        };
        if leaves && self.page.as_ref().is_some_and(ContactPage::dirty) {
            self.pending_leave = Some(action);
            return;
        }
        match action {
            Action::Go(v) => {
                self.prefs.view = v;
                self.page = None;
                self.undo_elsewhere_armed = false;
            }
            Action::Open(id) => match ContactPage::load(&self.store, id) {
                Ok(p) => {
                    self.contacts.selected = Some(id);
                    self.page = Some(p);
                }
                Err(e) => self.error(e),
            },
            Action::Back => self.page = None,
            Action::Apply(cmd) => self.apply(cmd, None),
            Action::Undo => self.undo_last(true),
            Action::UndoKey => self.undo_last(false),
            Action::Notify(text) => self.info(text),
            Action::Import(request) => {
                self.import_cancel = std::sync::Arc::default();
                self.import.running = true;
                self.import.progress = None;
                self.worker.submit(
                    &mut self.store,
                    Job::Import(request, self.import_cancel.clone()),
                );
            }
            Action::OpenLink(url) => {
                if let Err(e) = (self.opener)(&url) {
                    self.error(t!("capture-open-failed", url = url.as_str(), error = e));
                }
            }
            Action::RetrainClassifier => {
                self.worker.submit(&mut self.store, Job::RetrainClassifier);
            }
            Action::CancelImport => {
                self.import_cancel
                    .store(true, std::sync::atomic::Ordering::Relaxed);
                self.info(t!("status-import-cancelling"));
            }
            Action::LoadDemo => {
                let opts = DemoOptions {
                    contacts: 2_000,
                    seed: 42,
                    today: chrono::Local::now().date_naive(),
                };
                self.info(t!("status-demo-loading"));
                self.worker.submit(&mut self.store, Job::Demo(opts));
            }
        }
    }

    /// Where the user is: the open contact page, or the view.
    fn place(&self) -> Place {
        if self.page.is_some() {
            Place::ContactPage
        } else {
            Place::View(self.prefs.view)
        }
    }

    /// Sends a change to the worker, the one writer; what it did comes back as
    /// [`Done::Applied`].
    fn apply(&mut self, cmd: Command, undoes: Option<(Command, Context)>) {
        let (undoes, context) = match undoes {
            Some((done, context)) => (Some(done), context),
            None => (
                None,
                Context::of(&cmd, self.place(), self.prefs.view, &self.store),
            ),
        };
        self.undo_elsewhere_armed = false;
        let change = Change {
            cmd,
            undoes,
            context,
        };
        self.worker
            .submit(&mut self.store, Job::Apply(Box::new(change)));
    }

    /// Undoes the last change. From the Undo button (which names it) at once; from Ctrl+Z
    /// in another view than the change was made in, only after a second Ctrl+Z, the first
    /// naming what it would undo and where.
    fn undo_last(&mut self, named: bool) {
        let Some((done, cmd, context)) = self.undo.pop() else {
            self.info(t!("status-nothing-to-undo"));
            return;
        };
        if !named && context.view != self.prefs.view && !self.undo_elsewhere_armed {
            self.info(change_words::undo_elsewhere(
                &done,
                &context,
                &self.undo_keys,
            ));
            self.undo.push((done, cmd, context));
            self.undo_elsewhere_armed = true;
            return;
        }
        self.apply(cmd, Some((done, context)));
    }

    /// A change came back from the worker: records its undo, says what was done, and
    /// refreshes what it touched.
    fn applied(&mut self, change: Change, result: Result<Applied, String>, at: DataVersion) {
        let Change {
            cmd,
            undoes,
            context,
        } = change;
        match result {
            Ok(applied) => {
                let appended = appended_facts(&cmd);
                let full_reload =
                    matches!(cmd, Command::RenameTag { .. } | Command::SetTagColor { .. });
                if let Some(original) = &undoes {
                    self.info(change_words::undone(original, &context));
                    self.triage.undone(original);
                } else {
                    let keys = applied.undo.is_some().then_some(self.undo_keys.as_str());
                    let text = change_words::done(&cmd, &context, keys);
                    if let Some(u) = applied.undo {
                        self.undo.push((cmd, u, context));
                    }
                    self.info(text);
                }
                if full_reload {
                    self.worker.submit(&mut self.store, Job::LoadRows);
                } else {
                    self.refresh_rows(&applied.touched);
                }
                self.rows_at = self.rows_at.max(at);
                self.update_metrics(appended, at);
                self.team.data_changed(&self.store);
                if let Some(page) = &mut self.page
                    && let Err(e) = page.reload_related(&self.store)
                {
                    page.error = Some(e.to_string());
                }
                self.summary = None;
                self.follower_week.clear();
                self.triage.dirty = true;
            }
            Err(e) => {
                let msg = t!("status-could-not", label = cmd.describe(), error = e);
                if let Some(done) = undoes {
                    // Not undone: it stays undoable.
                    self.undo.push((done, cmd, context));
                }
                match &mut self.page {
                    Some(p) => p.error = Some(msg),
                    None => self.error(msg),
                }
                // Views that showed the change at once (the posts list's kind) read the
                // store again, so nothing shows what was not saved.
                self.metrics_generation += 1;
            }
        }
    }

    /// The worker died and was started again: say so in words, and what was not done.
    fn restarted(&mut self, lost: Option<Job>) {
        let text = match lost {
            Some(Job::Apply(change)) => t!(
                "safety-worker-restarted-change",
                what = change_words::undo_what(
                    change.undoes.as_ref().unwrap_or(&change.cmd),
                    &change.context
                )
            ),
            Some(Job::Import(..)) => {
                self.import.running = false;
                self.import.progress = None;
                t!("safety-worker-restarted-import")
            }
            Some(Job::Demo(_)) => t!("safety-worker-restarted-demo"),
            _ => t!("safety-worker-restarted"),
        };
        self.error(text);
        self.reload_all();
    }

    /// Keeps the metrics snapshot current: new events and posts are pushed in; anything
    /// else that changes history (retractions, merges, trash, a post's kind) reloads it on
    /// the worker.
    ///
    /// `at` is the data version after the change: a snapshot read before it (one that was
    /// on its way) is not shown over the patched log.
    fn update_metrics(&mut self, appended: Option<Facts>, at: DataVersion) {
        self.metrics_at = self.metrics_at.max(at);
        let pushed = match &mut self.metrics {
            Some(log) => appended.is_some_and(|facts| {
                facts.events.iter().all(|e| log.push(e).is_ok())
                    && facts.posts.iter().all(|p| log.push_post(p).is_ok())
            }),
            // Not loaded yet: the load on its way may have been read before this change.
            None => false,
        };
        self.metrics_generation += 1;
        if !pushed {
            self.worker.submit(&mut self.store, Job::LoadMetrics);
        }
    }

    /// After a change too wide to patch in place (an import): reload rows and metrics.
    fn reload_all(&mut self) {
        self.worker.submit(&mut self.store, Job::LoadRows);
        self.worker.submit(&mut self.store, Job::LoadMetrics);
        if let Some(page) = &mut self.page
            && let Err(e) = page.reload_related(&self.store)
        {
            page.error = Some(e.to_string());
        }
        self.summary = None;
        self.follower_week.clear();
        self.triage.dirty = true;
    }

    fn refresh_rows(&mut self, ids: &[ContactId]) {
        for id in ids {
            let fresh = self.store.contact_row(*id).ok().flatten();
            let pos = self.rows.iter().position(|r| r.id == *id);
            match (pos, fresh) {
                (Some(i), Some(row)) => self.rows[i] = row,
                (Some(i), None) => {
                    self.rows.swap_remove(i);
                }
                (None, Some(row)) => self.rows.push(row),
                (None, None) => {}
            }
        }
        self.contacts.rows_changed();
    }

    /// A retraining finished: a better personal model is stored (through the funnel, so it
    /// can be undone), and Triage says what was found.
    fn retrained(
        &mut self,
        result: Result<crate::domain::classifier::learned::personal::RetrainOutcome, String>,
    ) {
        self.triage.retraining = false;
        let text = match result {
            Ok(outcome) => {
                if let Some(model) = &outcome.model {
                    self.apply(
                        Command::SetSetting {
                            key:
                                crate::domain::classifier::learned::personal::PERSONAL_MODEL_SETTING
                                    .to_owned(),
                            value: Some(model.to_tsv()),
                        },
                        None,
                    );
                }
                outcome.in_words()
            }
            Err(e) => t!("classifier-retrain-failed", error = e),
        };
        self.triage.retrain_result = Some(text.clone());
        self.triage.dirty = true;
        self.info(text);
    }

    fn info(&mut self, text: String) {
        self.status = Some(Status { text, error: false });
    }

    fn error(&mut self, text: String) {
        self.status = Some(Status { text, error: true });
    }
}

/// Events and posts a command appends, when that is all it does to history.
#[derive(Default)]
struct Facts {
    events: Vec<crate::domain::NewEvent>,
    posts: Vec<crate::domain::NewPost>,
}

fn appended_facts(cmd: &Command) -> Option<Facts> {
    let mut facts = Facts::default();
    collect_facts(cmd, &mut facts).then_some(facts)
}

/// Adds what `cmd` appends to `facts`; false when it changes history otherwise.
fn collect_facts(cmd: &Command, facts: &mut Facts) -> bool {
    match cmd {
        Command::LogEvent(e) => facts.events.push(e.clone()),
        Command::LogEvents(es) => facts.events.extend(es.iter().cloned()),
        Command::AddPost(p) => facts.posts.push(p.clone()),
        Command::Batch(cs) => return cs.iter().all(|c| collect_facts(c, facts)),
        // A post's kind, or a post gone or back, changes the content mix of a snapshot that
        // holds no post ids.
        Command::RetractEvents(_)
        | Command::SetPostKind { .. }
        | Command::DeletePost(_)
        | Command::RestorePost(_)
        | Command::MergeContacts { .. }
        | Command::TrashContact(_)
        | Command::RestoreContact(_)
        // Captured requests are events the command finds or makes itself: read them anew.
        | Command::CaptureRequests(_) => return false,
        _ => {}
    }
    true
}

impl eframe::App for FollowdeskApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, PREFS_KEY, &self.prefs);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{ContactFields, EventKind, NewEvent, PlatformRules, PostId, PostKind};

    #[test]
    fn a_snapshot_read_before_a_change_never_replaces_the_newer_state() {
        let mut store = Store::open_in_memory(PlatformRules::builtin()).unwrap();
        let anna = store
            .apply(Command::CreateContact {
                fields: ContactFields::named("Anna", "Alt"),
                profiles: vec![],
            })
            .unwrap()
            .created_contact
            .unwrap();
        let ctx = egui::Context::default();
        let mut app = FollowdeskApp::with_system_lang(store, &ctx, None, Lang::En);
        app.receive(&ctx);
        // A snapshot read now, before the change, arrives only after it.
        let old_log = app.store.metrics_log().unwrap();
        let old_rows = app.store.contact_rows().unwrap();
        let before = app.metrics.as_ref().unwrap().events().len();
        app.handle(Action::Apply(Command::LogEvent(NewEvent::manual(
            anna,
            "linkedin",
            EventKind::Liked,
            crate::domain::time::now(),
        ))));
        app.handle(Action::Apply(Command::UpdateContact {
            id: anna,
            fields: ContactFields::named("Anna", "Neu"),
        }));
        app.receive(&ctx);
        assert_eq!(app.metrics.as_ref().unwrap().events().len(), before + 1);
        app.accept(Done::Metrics(Ok(Box::new(old_log)), 0), &ctx);
        app.accept(Done::Rows(Ok(old_rows), 0), &ctx);
        assert_eq!(
            app.metrics.as_ref().unwrap().events().len(),
            before + 1,
            "the older snapshot is not shown over the newer state"
        );
        assert_eq!(app.rows[0].name, "Anna Neu");
    }

    #[test]
    fn a_posts_new_kind_reloads_the_metrics_snapshot() {
        let mark = Command::SetPostKind {
            post: PostId(1),
            kind: PostKind::Promotional,
        };
        assert!(appended_facts(&mark).is_none());
        assert!(appended_facts(&Command::Batch(vec![mark])).is_none());
    }
}
