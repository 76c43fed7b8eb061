//! The one writer: a named worker thread with its own connection to the database. Every
//! change the app makes ([`Job::Apply`], imports, the demo filler, team syncs) runs here, in
//! IMMEDIATE transactions with a busy timeout; the UI thread only reads. Jobs go in through a
//! channel, results come back through another, and the worker wakes the UI with
//! `request_repaint`.
//!
//! Snapshots the worker reads (rows, the metrics log) carry the data version they were read
//! at: the number of writes the worker had committed. The app never shows an older snapshot
//! over a newer state.
//!
//! A worker that dies (a panic) is noticed at the next look for results: it is started again,
//! the jobs it had not begun are given to the new one, and the app is told which job it was
//! running, so it can say that nothing saved was lost. There is no fallback to the UI thread.
//!
//! An in-memory store (tests) cannot be shared across connections, so there the jobs run
//! inline on the UI's store; results arrive the same way.
//!
//! Each job carries the UI's language at the time it was submitted, so the texts the
//! worker writes (errors) are in the language the user reads.

use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};

use crate::demo::{DemoOptions, DemoReport};
use crate::domain::PlatformRules;
use crate::domain::command::{Applied, Command};
use crate::domain::contact_row::ContactRow;
use crate::i18n::{self, Lang};
use crate::store::Store;
use crate::t;

/// How many writes the worker had committed when a snapshot was read, or after a write.
pub type DataVersion = u64;

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
    /// Apply one change: the app's single funnel for changes to data.
    Apply(Box<Change>),
    /// Stops the worker thread as a crash would (tests of the restart).
    #[doc(hidden)]
    Crash,
}

/// A change on its way to the store, with what the app needs to know when it comes back.
#[derive(Debug, Clone)]
pub struct Change {
    pub cmd: Command,
    /// For an undo: the change it undoes (then nothing goes on the undo stack).
    pub undoes: Option<Command>,
    /// Who and where, for the status line and the Undo button.
    pub context: super::change_words::Context,
}

/// What came back.
#[derive(Debug)]
pub enum Done {
    Rows(Result<Vec<ContactRow>, String>, DataVersion),
    Demo(Result<DemoReport, String>),
    Backup(Result<PathBuf, String>),
    Metrics(
        Result<Box<crate::domain::metrics::Log>, String>,
        DataVersion,
    ),
    /// How far the running import is (not a result: the job goes on).
    ImportProgress(crate::import::Progress),
    Import(Result<Box<crate::import::ImportReport>, ImportFailure>),
    TeamSync(super::team::SyncOutcome),
    Retrained(Result<crate::domain::classifier::learned::personal::RetrainOutcome, String>),
    /// A change was applied (with its undo and the contacts it touched), or not.
    Applied(Box<Change>, Result<Applied, String>, DataVersion),
    /// The worker could not open the database (every job will say so too).
    OpenFailed(String),
    /// The worker thread died and was started again; the job it was running, if any, did
    /// not finish (its transaction was rolled back).
    Restarted(Option<Job>),
}

impl Done {
    /// Whether this ends a job (progress and notices do not).
    fn ends_job(&self) -> bool {
        !matches!(
            self,
            Self::ImportProgress(_) | Self::OpenFailed(_) | Self::Restarted(_)
        )
    }
}

/// The worker thread and what it shares with the app.
struct Thread {
    jobs: Sender<(u64, Job, Lang)>,
    handle: std::thread::JoinHandle<()>,
    /// The sequence number of the job the thread started last.
    started: Arc<AtomicU64>,
}

/// The worker handle kept by the app.
pub struct Worker {
    path: Option<PathBuf>,
    rules: PlatformRules,
    ctx: egui::Context,
    thread: Option<Thread>,
    results: Receiver<Done>,
    done_tx: Sender<Done>,
    /// Jobs submitted and not yet returned, with their sequence numbers.
    in_flight: VecDeque<(u64, Job)>,
    next_seq: u64,
    /// Writes committed: the data version of what the store holds now.
    version: Arc<AtomicU64>,
}

impl Worker {
    /// Starts a worker thread on the database at `path`; with `None`, jobs run inline.
    #[must_use]
    pub fn start(path: Option<PathBuf>, rules: PlatformRules, ctx: &egui::Context) -> Self {
        let (done_tx, results) = channel();
        let mut w = Self {
            path,
            rules,
            ctx: ctx.clone(),
            thread: None,
            results,
            done_tx,
            in_flight: VecDeque::new(),
            next_seq: 1,
            version: Arc::default(),
        };
        w.thread = w.spawn();
        w
    }

    fn spawn(&self) -> Option<Thread> {
        let path = self.path.clone()?;
        let (job_tx, job_rx) = channel::<(u64, Job, Lang)>();
        let done = self.done_tx.clone();
        let ctx = self.ctx.clone();
        let rules = self.rules.clone();
        let started = Arc::new(AtomicU64::new(0));
        let version = self.version.clone();
        let shared = Shared {
            done,
            ctx,
            started: started.clone(),
            version,
        };
        // Until the first job says otherwise, the worker speaks the UI's language.
        let lang = i18n::lang();
        let handle = std::thread::Builder::new()
            .name("followdesk-worker".into())
            .spawn(move || {
                i18n::set_lang(lang);
                worker_loop(&path, rules, &job_rx, &shared);
            })
            .ok()?;
        Some(Thread {
            jobs: job_tx,
            handle,
            started,
        })
    }

    /// Queues a job; `store` runs it inline when there is no database file to share.
    pub fn submit(&mut self, store: &mut Store, job: Job) {
        let seq = self.next_seq;
        self.next_seq += 1;
        self.in_flight.push_back((seq, job.clone()));
        if self.path.is_some() {
            // A dead thread is noticed and replaced in `drain`; the job waits in `in_flight`.
            if let Some(t) = &self.thread {
                let _ = t.jobs.send((seq, job, i18n::lang()));
            }
            return;
        }
        if matches!(job, Job::Crash) {
            // Nothing to crash: the jobs run on the UI thread.
            self.in_flight.pop_back();
            return;
        }
        let inline = self.done_tx.clone();
        let done = run(store, job, &self.version, &move |d| {
            let _ = inline.send(d);
        });
        let _ = self.done_tx.send(done);
        self.ctx.request_repaint();
    }

    /// Results that have arrived since the last call; a worker that died is started again
    /// and reported ([`Done::Restarted`]).
    pub fn drain(&mut self) -> Vec<Done> {
        // Whether it ended is read first: everything it sent before is then in the channel.
        let died = self.thread.as_ref().is_some_and(|t| t.handle.is_finished())
            || (self.path.is_some() && self.thread.is_none());
        let mut done: Vec<Done> = self.results.try_iter().collect();
        for d in &done {
            if d.ends_job() {
                self.in_flight.pop_front();
            }
        }
        if died {
            done.push(self.restart());
        }
        done
    }

    /// Starts a new thread after one died: the job the old one was running is reported as
    /// not done, the ones it had not begun go to the new one.
    fn restart(&mut self) -> Done {
        let started = self
            .thread
            .take()
            .map_or(0, |t| t.started.load(Ordering::SeqCst));
        let mut lost = None;
        let waiting: Vec<(u64, Job)> = self.in_flight.drain(..).collect();
        self.thread = self.spawn();
        for (seq, job) in waiting {
            if seq == started {
                lost = Some(job);
            } else if seq > started {
                self.in_flight.push_back((seq, job.clone()));
                if let Some(t) = &self.thread {
                    let _ = t.jobs.send((seq, job, i18n::lang()));
                }
            }
        }
        self.ctx.request_repaint();
        Done::Restarted(lost)
    }

    /// Jobs submitted and not yet returned.
    #[must_use]
    pub fn busy(&self) -> bool {
        !self.in_flight.is_empty()
    }
}

/// What the worker thread shares with the app.
struct Shared {
    done: Sender<Done>,
    ctx: egui::Context,
    started: Arc<AtomicU64>,
    version: Arc<AtomicU64>,
}

fn worker_loop(
    path: &std::path::Path,
    rules: PlatformRules,
    jobs: &Receiver<(u64, Job, Lang)>,
    shared: &Shared,
) {
    let mut store = match Store::open(path, rules) {
        Ok(s) => Some(s),
        Err(e) => {
            let _ = shared.done.send(Done::OpenFailed(e.to_string()));
            shared.ctx.request_repaint();
            None
        }
    };
    for (seq, job, lang) in jobs {
        shared.started.store(seq, Ordering::SeqCst);
        i18n::set_lang(lang);
        let result = if let Some(s) = store.as_mut() {
            run(s, job, &shared.version, &|d| {
                let _ = shared.done.send(d);
                shared.ctx.request_repaint();
            })
        } else {
            not_opened(&job, shared.version.load(Ordering::SeqCst))
        };
        if shared.done.send(result).is_err() {
            return;
        }
        shared.ctx.request_repaint();
    }
}

/// The answer to `job` when the worker has no database.
fn not_opened(job: &Job, v: DataVersion) -> Done {
    let error = t!("worker-db-not-opened");
    match job {
        Job::LoadRows => Done::Rows(Err(error), v),
        Job::Demo(_) => Done::Demo(Err(error)),
        Job::Backup | Job::Crash => Done::Backup(Err(error)),
        Job::LoadMetrics => Done::Metrics(Err(error), v),
        Job::Import(..) => Done::Import(Err(ImportFailure::NotOpened)),
        Job::TeamSync => Done::TeamSync(Err((false, error))),
        Job::Apply(change) => Done::Applied(change.clone(), Err(error), v),
        Job::RetrainClassifier => Done::Retrained(Err(error)),
    }
}

fn run(store: &mut Store, job: Job, version: &AtomicU64, progress: &dyn Fn(Done)) -> Done {
    let now = || version.load(Ordering::SeqCst);
    // A write that went through makes a new data version.
    let wrote = |ok: bool| {
        if ok {
            version.fetch_add(1, Ordering::SeqCst) + 1
        } else {
            version.load(Ordering::SeqCst)
        }
    };
    match job {
        // Jobs are consumed: later kinds carry data the worker takes over.
        Job::LoadRows => Done::Rows(store.contact_rows().map_err(|e| e.to_string()), now()),
        Job::Demo(opts) => {
            let r = crate::demo::fill(store, opts).map_err(|e| e.to_string());
            wrote(r.is_ok());
            Done::Demo(r)
        }
        Job::Backup => Done::Backup(store.backup("daily").map_err(|e| e.to_string())),
        Job::LoadMetrics => Done::Metrics(
            store.metrics_log().map(Box::new).map_err(|e| e.to_string()),
            now(),
        ),
        Job::Import(request, cancel) => {
            let r = import(store, &request, &cancel, progress);
            wrote(r.is_ok());
            Done::Import(r)
        }
        Job::TeamSync => {
            let r = crate::team::sync(store, crate::team::SyncOptions::default()).map_err(|e| {
                (
                    matches!(e, crate::team::TeamError::Offline { .. }),
                    e.to_string(),
                )
            });
            wrote(r.is_ok());
            Done::TeamSync(r)
        }
        Job::Apply(change) => {
            let r = store.apply(change.cmd.clone()).map_err(|e| e.to_string());
            let v = wrote(r.is_ok());
            Done::Applied(change, r, v)
        }
        Job::Crash => panic!("crash asked for"), // i18n: not user-facing (a test's log)
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
    /// The import itself failed and was rolled back.
    Import(crate::import::ImportError),
}

impl std::fmt::Display for ImportFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NotOpened => f.write_str(&t!("worker-db-not-opened")),
            Self::Import(e) => e.fmt(f),
        }
    }
}

/// The import, reporting progress as it goes; a database on disk is backed up once the
/// input has been read and checked (a refused import makes no backup).
fn import(
    store: &mut Store,
    request: &crate::import::ImportRequest,
    cancel: &AtomicBool,
    progress: &dyn Fn(Done),
) -> Result<Box<crate::import::ImportReport>, ImportFailure> {
    let mut report_progress = |p: crate::import::Progress| progress(Done::ImportProgress(p));
    store
        .with_backup_before_bulk("before-import", |store| {
            crate::import::run_import(store, request, &mut report_progress, cancel)
        })
        .map(Box::new)
        .map_err(ImportFailure::Import)
}
