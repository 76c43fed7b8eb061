//! Exporting contacts — every live contact with its profiles and tags — as CSV (for
//! spreadsheets and CRMs, formula-safe) or as one vCard 4.0 file. followdesk's own CSV and
//! vCard importers read both back without loss.

pub mod csv;
pub mod vcard;

use std::fmt;
use std::path::{Path, PathBuf};

use crate::t;

/// Why an export failed, in words shown in the language active then.
#[derive(Debug)]
pub enum ExportError {
    /// The file could not be written.
    Io {
        path: PathBuf,
        /// Shown in the message, so not a `source`: chained errors would print it twice.
        error: std::io::Error,
    },
    Store(crate::store::StoreError),
}

impl ExportError {
    pub(crate) fn io(path: &Path, error: std::io::Error) -> Self {
        Self::Io {
            path: path.to_owned(),
            error,
        }
    }
}

impl fmt::Display for ExportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Io { path, error } => f.write_str(&t!(
                "file-export-error-write",
                reason = crate::import::io_message(path, error)
            )),
            // Transparent: the store's own words.
            Self::Store(e) => fmt::Display::fmt(e, f),
        }
    }
}

impl std::error::Error for ExportError {
    /// The store's error is shown as it is (transparent), so its causes are this one's.
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Io { .. } => None,
            Self::Store(e) => e.source(),
        }
    }
}

impl From<crate::store::StoreError> for ExportError {
    fn from(e: crate::store::StoreError) -> Self {
        Self::Store(e)
    }
}

/// Writes `bytes` to `path` through a temporary file beside it, so a failed export
/// never leaves half a file where a good one was.
pub(crate) fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), ExportError> {
    let tmp = path.with_extension("followdesk-tmp");
    std::fs::write(&tmp, bytes).map_err(|e| ExportError::io(&tmp, e))?;
    std::fs::rename(&tmp, path).map_err(|e| ExportError::io(path, e))
}
