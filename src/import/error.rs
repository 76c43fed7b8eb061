//! Why an import was refused. Every variant says which file (and line, when one is at
//! fault) and why, in words a user can act on; a refused import has written nothing.

use std::path::{Path, PathBuf};

use crate::store::StoreError;

/// An import that did not happen. Nothing was written.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file could not be read at all.
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// The file is not what it claims to be, or lacks what the import needs.
    #[error("{file}{}: {reason}", line.map(|l| format!(":{l}")).unwrap_or_default())]
    Invalid {
        /// The file (or the archive entry) at fault.
        file: String,
        /// The 1-based line, when one line is at fault.
        line: Option<u64>,
        reason: String,
    },
    /// The user pressed Cancel; the transaction was rolled back.
    #[error("the import was cancelled; nothing was changed")]
    Cancelled,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl ImportError {
    /// A whole file is at fault.
    pub(crate) fn file(file: impl Into<String>, reason: impl Into<String>) -> Self {
        Self::Invalid {
            file: file.into(),
            line: None,
            reason: reason.into(),
        }
    }

    /// One line of a file is at fault.
    pub(crate) fn line(file: impl Into<String>, line: u64, reason: impl Into<String>) -> Self {
        Self::Invalid {
            file: file.into(),
            line: Some(line),
            reason: reason.into(),
        }
    }

    pub(crate) fn io(path: &Path, source: std::io::Error) -> Self {
        Self::Io {
            path: path.to_owned(),
            source,
        }
    }
}
