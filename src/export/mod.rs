//! Exporting contacts — every live contact with its profiles and tags — as CSV (for
//! spreadsheets and CRMs, formula-safe) or as one vCard 4.0 file. followdesk's own CSV and
//! vCard importers read both back without loss.

pub mod csv;
pub mod vcard;

use std::path::{Path, PathBuf};

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
}

impl ExportError {
    pub(crate) fn io(path: &Path, source: std::io::Error) -> Self {
        Self::Io {
            path: path.to_owned(),
            source,
        }
    }
}

/// Writes `bytes` to `path` through a temporary file beside it, so a failed export
/// never leaves half a file where a good one was.
pub(crate) fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), ExportError> {
    let tmp = path.with_extension("followdesk-tmp");
    std::fs::write(&tmp, bytes).map_err(|e| ExportError::io(&tmp, e))?;
    std::fs::rename(&tmp, path).map_err(|e| ExportError::io(path, e))
}
