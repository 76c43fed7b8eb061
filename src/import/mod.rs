//! Importing what users really have: LinkedIn's "Download your data" archive, XING vCards,
//! LinkedIn's creator-analytics workbook, any vCard and any CSV with a header.
//!
//! Parsers ([`linkedin`], [`vcard`], [`csv_generic`], [`analytics`]) are pure: bytes in,
//! records and skipped rows out. The loader ([`loader`] and the `load_*` files) decides who
//! is who (profile URL, then e-mail; equal names never merge) and writes through one
//! [`crate::store::Bulk`]: one import is one transaction, recorded in the import journal,
//! and a refused or cancelled import writes nothing.
//!
//! The app's Import view calls [`run_import`] on a worker thread with a progress callback
//! and a cancel flag.

pub mod analytics;
pub mod csv_generic;
mod error;
pub mod input;
pub mod linkedin;
mod load_csv;
mod load_linkedin;
mod load_mail;
mod load_shares;
mod load_vcard;
pub mod loader;
pub mod mail;
pub mod paste;
mod person;
mod report;
pub mod table;
pub mod text;
pub mod vcard;

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};

use serde::{Deserialize, Serialize};

pub(crate) use error::io_message;
pub use error::{FileProblem, HeaderColumns, ImportError, LooksLike};
pub use person::Person;
pub use report::{ImportReport, IssueReason, RowIssue};

use crate::store::Store;
use crate::t;

/// What kind of file an import reads.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ImportKind {
    /// LinkedIn's "Download your data" archive (zip or unpacked folder).
    #[default]
    Linkedin,
    /// XING vCards: every card is a XING connection.
    Xing,
    /// LinkedIn's creator-analytics workbook (.xlsx).
    Analytics,
    /// Any vCards, no platform.
    Vcard,
    /// Any CSV with a header.
    Csv,
    /// LinkedIn's and XING's invitation e-mails (.eml, mbox, Maildir): requests to triage.
    Mail,
}

impl ImportKind {
    /// What the report's first counts are of — `days` (the analytics workbook) or
    /// `contacts` — as the report messages select on it.
    #[must_use]
    pub fn counted_unit(self) -> &'static str {
        match self {
            Self::Analytics => "days",
            Self::Mail => "requests",
            _ => "contacts",
        }
    }

    /// The code kept in the import journal.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Self::Linkedin => "linkedin",
            Self::Xing => "xing",
            Self::Analytics => "analytics",
            Self::Vcard => "vcard",
            Self::Csv => "csv",
            Self::Mail => "mail",
        }
    }

    /// What the kind is called in the app and the command line's output, in the active
    /// language.
    #[must_use]
    pub fn label(self) -> String {
        match self {
            Self::Linkedin => t!("file-kind-linkedin"),
            Self::Xing => t!("file-kind-xing"),
            Self::Analytics => t!("file-kind-analytics"),
            Self::Vcard => t!("file-kind-vcard"),
            Self::Csv => t!("file-kind-csv"),
            Self::Mail => t!("mail-kind"),
        }
    }
}

/// One import to run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportRequest {
    pub kind: ImportKind,
    /// Files or folders. LinkedIn, analytics and CSV imports take one; vCard imports take
    /// any number (a folder stands for the `.vcf` files in it).
    pub paths: Vec<PathBuf>,
}

impl ImportRequest {
    #[must_use]
    pub fn new(kind: ImportKind, paths: Vec<PathBuf>) -> Self {
        Self { kind, paths }
    }
}

/// How far an import is, for a progress bar.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    /// What is being done (shown in words: `Reading Connections.csv`).
    pub step: Step,
    /// Rows done in this step.
    pub done: u64,
    /// Rows in this step (0 when unknown).
    pub total: u64,
}

/// A step of an import, put into words when shown (in the language active then).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Step {
    /// Opening LinkedIn's archive.
    ReadingArchive,
    /// Reading one file (its name).
    Reading(String),
    /// Reading the vCard files.
    ReadingVcards,
    Contacts,
    Connections,
    Invitations,
    Messages,
    Posts,
    /// The analytics workbook's days.
    Days,
    /// Writing the journal entry and committing.
    Saving,
}

impl std::fmt::Display for Step {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            Self::ReadingArchive => t!("file-step-reading-archive"),
            Self::Reading(file) => t!("file-step-reading", file = file.as_str()),
            Self::ReadingVcards => t!("file-step-reading-vcards"),
            Self::Contacts => t!("file-step-contacts"),
            Self::Connections => t!("file-step-connections"),
            Self::Invitations => t!("file-step-invitations"),
            Self::Messages => t!("file-step-messages"),
            Self::Posts => t!("file-step-posts"),
            Self::Days => t!("file-step-days"),
            Self::Saving => t!("file-step-saving"),
        })
    }
}

/// Parsed records of one file, and the rows left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed<T> {
    pub records: Vec<T>,
    pub skipped: Vec<RowIssue>,
    /// What was read, but with a caveat (a file mixing two encodings).
    pub warnings: Vec<RowIssue>,
}

impl<T> Default for Parsed<T> {
    fn default() -> Self {
        Self {
            records: Vec::new(),
            skipped: Vec::new(),
            warnings: Vec::new(),
        }
    }
}

/// The progress callback and cancel flag, checked as rows go by.
pub(crate) struct Control<'a> {
    progress: &'a mut dyn FnMut(Progress),
    cancel: &'a AtomicBool,
}

impl Control<'_> {
    /// Reports the start of a step; fails when cancelled.
    pub(crate) fn step(&mut self, step: &Step, total: u64) -> Result<(), ImportError> {
        self.check()?;
        (self.progress)(Progress {
            step: step.clone(),
            done: 0,
            total,
        });
        Ok(())
    }

    /// Called for every row; reports every 1,024 rows and checks the cancel flag.
    pub(crate) fn row(&mut self, step: &Step, done: u64, total: u64) -> Result<(), ImportError> {
        if done.is_multiple_of(1024) {
            self.check()?;
            (self.progress)(Progress {
                step: step.clone(),
                done,
                total,
            });
        }
        Ok(())
    }

    pub(crate) fn check(&self) -> Result<(), ImportError> {
        if self.cancel.load(Ordering::Relaxed) {
            Err(ImportError::Cancelled)
        } else {
            Ok(())
        }
    }
}

/// Runs one import in one transaction and records it in the journal.
///
/// `progress` is called as the import goes (from the calling thread); when `cancel` is
/// set, the import stops at the next row, rolls back and returns
/// [`ImportError::Cancelled`]. A file that is not what it claims is refused with
/// [`ImportError::Invalid`] and nothing is written.
pub fn run_import(
    store: &mut Store,
    request: &ImportRequest,
    progress: &mut dyn FnMut(Progress),
    cancel: &AtomicBool,
) -> Result<ImportReport, ImportError> {
    let mut ctl = Control { progress, cancel };
    let one = || -> Result<&PathBuf, ImportError> {
        match request.paths.as_slice() {
            [p] => Ok(p),
            [] => Err(ImportError::NoFile),
            _ => Err(ImportError::OneFileOnly {
                kind: request.kind,
                given: request.paths.len(),
            }),
        }
    };
    match request.kind {
        ImportKind::Linkedin => load_linkedin::run(store, request, one()?, &mut ctl),
        ImportKind::Xing => load_vcard::run(store, request, Some("xing"), &mut ctl),
        ImportKind::Vcard => load_vcard::run(store, request, None, &mut ctl),
        ImportKind::Csv => load_csv::run(store, request, one()?, &mut ctl),
        ImportKind::Analytics => analytics::run(store, request, one()?, &mut ctl),
        ImportKind::Mail => load_mail::run(store, request, &mut ctl),
    }
}
