//! Reading what an import is given, within bounds: only regular files (`/dev/zero` or a
//! FIFO would be read forever), and never more than a cap, counted in bytes actually read
//! — not in what a file system or a zip header claims — so a small zip that unpacks to
//! gigabytes is refused quickly with bounded memory, never cut off silently.

use std::io::Read;
use std::path::Path;

use super::{FileProblem, ImportError};

/// Largest file an import reads (a LinkedIn archive of 30,000 connections and years of
/// messages is a few dozen MB).
pub const MAX_FILE_BYTES: u64 = 512 << 20;
/// Largest file inside an archive, unpacked.
pub const MAX_ENTRY_BYTES: u64 = 256 << 20;

/// Reads the file at `path`, refusing anything that is not a regular file, or bigger
/// than [`MAX_FILE_BYTES`].
pub fn read_file(path: &Path) -> Result<Vec<u8>, ImportError> {
    let shown = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|e| ImportError::io(path, e))?;
    if !meta.is_file() {
        if meta.is_dir() {
            return Err(ImportError::io(
                path,
                std::io::Error::from(std::io::ErrorKind::IsADirectory),
            ));
        }
        return Err(ImportError::file(shown, FileProblem::NotARegularFile));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_big(&shown, MAX_FILE_BYTES));
    }
    let f = std::fs::File::open(path).map_err(|e| ImportError::io(path, e))?;
    read_capped(f, MAX_FILE_BYTES, meta.len())
        .map_err(|e| e.into_import_error(path, &shown, MAX_FILE_BYTES))
}

/// Why [`read_capped`] stopped.
#[derive(Debug)]
pub enum CappedError {
    TooBig,
    Io(std::io::Error),
}

impl CappedError {
    /// As the import's error for the file `shown`.
    #[must_use]
    pub fn into_import_error(self, path: &Path, shown: &str, cap: u64) -> ImportError {
        match self {
            Self::TooBig => too_big(shown, cap),
            Self::Io(e) => ImportError::io(path, e),
        }
    }
}

/// Reads `r` to its end, but not beyond `cap` bytes: one byte more refuses it. `hint` (what
/// the source claims its size is) only sizes the buffer, and never beyond the cap.
pub fn read_capped(r: impl Read, cap: u64, hint: u64) -> Result<Vec<u8>, CappedError> {
    let mut buf = Vec::with_capacity(hint.min(cap) as usize);
    r.take(cap + 1)
        .read_to_end(&mut buf)
        .map_err(CappedError::Io)?;
    if buf.len() as u64 > cap {
        return Err(CappedError::TooBig);
    }
    Ok(buf)
}

/// The refusal of a file over `cap` bytes.
#[must_use]
pub fn too_big(shown: &str, cap: u64) -> ImportError {
    ImportError::file(shown, FileProblem::TooBig { max_mib: cap >> 20 })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reader_is_cut_at_the_cap_whatever_it_claims() {
        assert_eq!(read_capped(&b"12345"[..], 5, 0).unwrap(), b"12345");
        assert!(matches!(
            read_capped(&b"123456"[..], 5, 1),
            Err(CappedError::TooBig)
        ));
        // An endless source stops one byte after the cap.
        assert!(matches!(
            read_capped(std::io::repeat(0), 1000, u64::MAX),
            Err(CappedError::TooBig)
        ));
    }

    #[cfg(unix)]
    #[test]
    fn dev_zero_and_a_folder_are_refused() {
        let e = read_file(Path::new("/dev/zero")).unwrap_err();
        assert!(
            matches!(
                &e,
                ImportError::Invalid {
                    reason: FileProblem::NotARegularFile,
                    ..
                }
            ),
            "{e:?}"
        );
        assert!(read_file(Path::new("/tmp")).is_err());
    }
}
