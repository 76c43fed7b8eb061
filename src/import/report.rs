//! What an import did: counts of added, updated and unchanged contacts (or days, for the
//! analytics workbook), events and my posts added, and every skipped row with its file,
//! line and reason.
//! Printed by the command line, shown in the app, and kept as JSON in the import journal.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::ImportKind;

/// One row that was not imported (or imported only in part), and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RowIssue {
    /// The file (or archive entry) the row is in.
    pub file: String,
    /// 1-based line where the row starts (0 when the issue is not tied to one line).
    pub line: u64,
    pub reason: String,
}

impl RowIssue {
    pub(crate) fn new(file: &str, line: u64, reason: impl Into<String>) -> Self {
        Self {
            file: file.to_owned(),
            line,
            reason: reason.into(),
        }
    }
}

/// The outcome of one import.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportReport {
    pub kind: ImportKind,
    /// What the user chose.
    pub paths: Vec<PathBuf>,
    /// The files that were read (archive entries by name).
    pub files: Vec<String>,
    /// Contacts (or, for analytics, days) that are new.
    pub added: u64,
    /// Contacts (or days) that existed and changed.
    pub updated: u64,
    /// Contacts (or days) that existed and were the same.
    pub unchanged: u64,
    /// Events appended to the log.
    pub events_added: u64,
    /// Events that were already in the log and were not added again.
    pub events_existing: u64,
    /// My posts added (LinkedIn's `Shares.csv`).
    #[serde(default)]
    pub posts_added: u64,
    /// My posts that were stored already (imported before, or logged by hand with the
    /// same link) and were left as they are.
    #[serde(default)]
    pub posts_existing: u64,
    /// Rows left out, with the reason.
    pub skipped: Vec<RowIssue>,
    /// Rows imported, but with something left out (an invalid e-mail address, say).
    pub warnings: Vec<RowIssue>,
    /// The id of this import in the journal (`imports` table).
    pub journal_id: i64,
}

impl ImportReport {
    pub(crate) fn new(kind: ImportKind, paths: &[PathBuf]) -> Self {
        Self {
            kind,
            paths: paths.to_vec(),
            ..Self::default()
        }
    }
}
