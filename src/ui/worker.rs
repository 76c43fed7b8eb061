//! Slow work off the UI thread: a named worker thread with its own connection to the same
//! database (WAL lets it read and write beside the UI). Jobs go in through a channel, results
//! come back through another, and the worker wakes the UI with `request_repaint`.
//!
//! An in-memory store (tests) cannot be shared across connections, so there the jobs run
//! inline on the UI's store; results arrive the same way.
//!
//! Each job carries the UI's language at the time it was submitted, so the texts the
//! worker writes (errors) are in the language the user reads.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::sync::mpsc::{Receiver, Sender, channel};

use crate::demo::{DemoOptions, DemoReport};
use crate::domain::PlatformRules;
use crate::domain::contact_row::ContactRow;
use crate::i18n::{self, Lang};
use crate::store::Store;
use crate::t;

/// Work for the worker.
#[derive(Debug, Clone)]
pub enum Job {
    /// Load every contact row for the table.
    LoadRows,
    /// Fill the (empty) database with demo data.
    Demo(DemoOptions),
    /// The daily backup.
    Backup,
    /// Load the event-log snapshot the pipeline and visibility metrics run on.
    LoadMetrics,
    /// Back up, then import; setting the flag cancels (and rolls back).
    Import(crate::import::ImportRequest, Arc<AtomicBool>),
    /// Push my new events to the team server and pull the others'.
    TeamSync,
    /// Fit a personal classifier on the shipped corpus and my Triage decisions.
    RetrainClassifier,
}

/// What came back.
#[derive(Debug)]
pub enum Done {
    Rows(Result<Vec<ContactRow>, String>),
    Demo(Result<DemoReport, String>),
    Backup(Result<PathBuf, String>),
    Metrics(Result<Box<crate::domain::metrics::Log>, String>),
    /// How far the running import is (not a result: the job goes on).
    ImportProgress(crate::import::Progress),
    Import(Result<Box<crate::import::ImportReport>, ImportFailure>),
    TeamSync(super::team::SyncOutcome),
    Retrained(Result<crate::domain::classifier::learned::personal::RetrainOutcome, String>),
}

/// The worker handle kept by the app.
pub struct Worker {
    jobs: Option<Sender<(Job, Lang)>>,
    results: Receiver<Done>,
    inline_results: Sender<Done>,
    pending: usize,
}

impl Worker {
    /// Starts a worker thread on the database at `path`; with `None`, jobs run inline.
    #[must_use]
    pub fn start(path: Option<PathBuf>, rules: PlatformRules, ctx: &egui::Context) -> Self {
        let (done_tx, done_rx) = channel();
        let jobs = path.and_then(|path| {
            let (job_tx, job_rx) = channel::<(Job, Lang)>();
            let done = done_tx.clone();
            let ctx = ctx.clone();
            // Until the first job says otherwise, the worker speaks the UI's language.
            let lang = i18n::lang();
            std::thread::Builder::new()
                .name("followdesk-worker".into())
                .spawn(move || {
                    i18n::set_lang(lang);
                    worker_loop(&path, rules, &job_rx, &done, &ctx);
                })
                .ok()
                .map(|_| job_tx)
        });
        Self {
            jobs,
            results: done_rx,
            inline_results: done_tx,
            pending: 0,
        }
    }

    /// Queues a job; `store` runs it inline when there is no thread.
    pub fn submit(&mut self, store: &mut Store, job: Job) {
        self.pending += 1;
        if let Some(tx) = &self.jobs
            && tx.send((job.clone(), i18n::lang())).is_ok()
        {
            return;
        }
        let inline = self.inline_results.clone();
        let done = run(store, job, &move |d| {
            let _ = inline.send(d);
        });
        let _ = self.inline_results.send(done);
    }

    /// Results that have arrived since the last call.
    pub fn drain(&mut self) -> Vec<Done> {
        let done: Vec<Done> = self.results.try_iter().collect();
        let finished = done
            .iter()
            .filter(|d| !matches!(d, Done::ImportProgress(_)))
            .count();
        self.pending = self.pending.saturating_sub(finished);
        done
    }

    /// Jobs submitted and not yet returned.
    #[must_use]
    pub fn busy(&self) -> bool {
        self.pending > 0
    }
}

fn worker_loop(
    path: &std::path::Path,
    rules: PlatformRules,
    jobs: &Receiver<(Job, Lang)>,
    done: &Sender<Done>,
    ctx: &egui::Context,
) {
    let mut store = match Store::open(path, rules) {
        Ok(s) => Some(s),
        Err(e) => {
            let _ = done.send(Done::Rows(Err(e.to_string())));
            ctx.request_repaint();
            None
        }
    };
    for (job, lang) in jobs {
        i18n::set_lang(lang);
        let result = if let Some(s) = store.as_mut() {
            run(s, job, &|d| {
                let _ = done.send(d);
                ctx.request_repaint();
            })
        } else {
            not_opened(&job)
        };
        if done.send(result).is_err() {
            return;
        }
        ctx.request_repaint();
    }
}

/// The answer to `job` when the worker has no database.
fn not_opened(job: &Job) -> Done {
    let error = t!("worker-db-not-opened");
    match job {
        Job::LoadRows => Done::Rows(Err(error)),
        Job::Demo(_) => Done::Demo(Err(error)),
        Job::Backup => Done::Backup(Err(error)),
        Job::LoadMetrics => Done::Metrics(Err(error)),
        Job::Import(..) => Done::Import(Err(ImportFailure::NotOpened)),
        Job::TeamSync => Done::TeamSync(Err((false, error))),
        Job::RetrainClassifier => Done::Retrained(Err(error)),
    }
}

fn run(store: &mut Store, job: Job, progress: &dyn Fn(Done)) -> Done {
    match job {
        // Jobs are consumed: later kinds carry data the worker takes over.
        Job::LoadRows => Done::Rows(store.contact_rows().map_err(|e| e.to_string())),
        Job::Demo(opts) => Done::Demo(crate::demo::fill(store, opts).map_err(|e| e.to_string())),
        Job::Backup => Done::Backup(store.backup("daily").map_err(|e| e.to_string())),
        Job::LoadMetrics => {
            Done::Metrics(store.metrics_log().map(Box::new).map_err(|e| e.to_string()))
        }
        Job::Import(request, cancel) => Done::Import(import(store, &request, &cancel, progress)),
        Job::TeamSync => Done::TeamSync(
            crate::team::sync(store, crate::team::SyncOptions::default()).map_err(|e| {
                (
                    matches!(e, crate::team::TeamError::Offline { .. }),
                    e.to_string(),
                )
            }),
        ),
        Job::RetrainClassifier => Done::Retrained(retrain(store)),
    }
}

/// Fits a personal classifier on my Triage decisions and compares it with the shipped one
/// (the fitting takes seconds: worker work).
fn retrain(
    store: &Store,
) -> Result<crate::domain::classifier::learned::personal::RetrainOutcome, String> {
    use crate::domain::classifier::{Classifier, learned::personal};
    let decisions = store.triage_decisions().map_err(|e| e.to_string())?;
    Ok(personal::retrain(
        &Classifier::builtin(),
        store.rules(),
        &decisions,
    ))
}

/// Why an import did not happen. Kept as data and worded when shown, so the Import view's
/// error follows a change of language like everything else on screen.
#[derive(Debug)]
pub enum ImportFailure {
    /// The worker has no database.
    NotOpened,
    /// The backup taken before every import failed; nothing was imported.
    NoBackup(crate::store::StoreError),
    /// The import itself failed and was rolled back.
    Import(crate::import::ImportError),
}

impl std::fmt::Display for ImportFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NotOpened => f.write_str(&t!("worker-db-not-opened")),
            Self::NoBackup(e) => f.write_str(&t!("worker-no-backup", error = e.to_string())),
            Self::Import(e) => e.fmt(f),
        }
    }
}

/// A backup (for a database on disk), then the import, reporting progress as it goes.
fn import(
    store: &mut Store,
    request: &crate::import::ImportRequest,
    cancel: &AtomicBool,
    progress: &dyn Fn(Done),
) -> Result<Box<crate::import::ImportReport>, ImportFailure> {
    if store.path().is_some() {
        store
            .backup("before-import")
            .map_err(ImportFailure::NoBackup)?;
    }
    let mut report_progress = |p: crate::import::Progress| progress(Done::ImportProgress(p));
    crate::import::run_import(store, request, &mut report_progress, cancel)
        .map(Box::new)
        .map_err(ImportFailure::Import)
}
