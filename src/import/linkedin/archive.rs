//! Finding the files of LinkedIn's "Download your data" export, as users have it: the zip
//! (`Basic_…zip`, `Complete_…zip`, `….zip.zip`, a zip inside a zip) or the unpacked folder.
//! Files are recognised by name, whatever the case, spaces or underscores; everything else
//! in the archive is ignored. A file that is not a zip, or a damaged one, is refused.
//! `Shares.csv` may carry my member id (`Shares_155814142.csv`, in complete exports).

use std::io::Read as _;
use std::path::Path;

use crate::import::input::{self, MAX_ENTRY_BYTES, read_capped};
use crate::import::text::header_key;
use crate::import::{FileProblem, ImportError, LooksLike};

/// A file of the export, read into memory.
#[derive(Debug, Clone, Default)]
pub struct Entry {
    /// Its name inside the archive or folder, as shown in reports.
    pub name: String,
    pub bytes: Vec<u8>,
}

/// The files this import uses.
#[derive(Debug, Clone, Default)]
pub struct ExportFiles {
    pub connections: Option<Entry>,
    pub invitations: Option<Entry>,
    pub messages: Option<Entry>,
    /// My own posts.
    pub shares: Option<Entry>,
}

impl ExportFiles {
    /// The entries found, in the order they are imported.
    pub fn entries(&self) -> impl Iterator<Item = &Entry> {
        [
            &self.connections,
            &self.invitations,
            &self.messages,
            &self.shares,
        ]
        .into_iter()
        .flatten()
    }

    fn offer(
        &mut self,
        name: &str,
        read: impl FnOnce() -> Result<Vec<u8>, ImportError>,
    ) -> Result<(), ImportError> {
        let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
        if name.contains("__MACOSX") || base.starts_with("._") {
            return Ok(());
        }
        let slot = match header_key(base).as_str() {
            "connectionscsv" => &mut self.connections,
            "invitationscsv" => &mut self.invitations,
            "messagescsv" => &mut self.messages,
            key if is_shares(key) => &mut self.shares,
            _ => return Ok(()),
        };
        // A file at the root wins over one in a sub-folder.
        let better = slot
            .as_ref()
            .is_none_or(|e| e.name.matches('/').count() > name.matches('/').count());
        if better {
            *slot = Some(Entry {
                name: name.to_owned(),
                bytes: read()?,
            });
        }
        Ok(())
    }

    fn is_empty(&self) -> bool {
        self.entries().next().is_none()
    }
}

/// Opens the export at `path` (a zip file or a folder).
pub fn open(path: &Path) -> Result<ExportFiles, ImportError> {
    let shown = path.display().to_string();
    let files = if path.is_dir() {
        from_folder(path)?
    } else {
        let bytes = input::read_file(path)?;
        from_zip(&shown, bytes, 0)?
    };
    // An export of posts alone (no connections) is one too.
    if files.connections.is_none() && files.invitations.is_none() && files.shares.is_none() {
        return Err(ImportError::file(shown, FileProblem::NotLinkedinExport));
    }
    Ok(files)
}

/// `Shares.csv`, or `Shares_<member id>.csv`, as a header key.
fn is_shares(key: &str) -> bool {
    key.strip_prefix("shares")
        .and_then(|k| k.strip_suffix("csv"))
        .is_some_and(|id| id.bytes().all(|b| b.is_ascii_digit()))
}

fn from_folder(dir: &Path) -> Result<ExportFiles, ImportError> {
    let mut files = ExportFiles::default();
    let mut stack = vec![(dir.to_owned(), String::new(), 0)];
    while let Some((d, prefix, depth)) = stack.pop() {
        let mut items: Vec<_> = std::fs::read_dir(&d)
            .map_err(|e| ImportError::io(&d, e))?
            .filter_map(Result::ok)
            .collect();
        items.sort_by_key(std::fs::DirEntry::file_name);
        for item in items {
            let p = item.path();
            let name = format!("{prefix}{}", item.file_name().to_string_lossy());
            if p.is_dir() {
                if depth < 2 {
                    stack.push((p, format!("{name}/"), depth + 1));
                }
            } else {
                files.offer(&name, || input::read_file(&p))?;
            }
        }
    }
    Ok(files)
}

fn from_zip(shown: &str, bytes: Vec<u8>, depth: u32) -> Result<ExportFiles, ImportError> {
    if !bytes.starts_with(b"PK") {
        return Err(ImportError::file(
            shown,
            FileProblem::NotZip {
                looks_like: LooksLike::of(&bytes),
            },
        ));
    }
    let damaged = |e: &dyn std::fmt::Display| {
        ImportError::file(
            shown,
            FileProblem::DamagedZip {
                detail: e.to_string(),
            },
        )
    };
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|e| damaged(&e))?;
    let mut files = ExportFiles::default();
    let mut inner_zip: Option<(String, Vec<u8>)> = None;
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).map_err(|e| damaged(&e))?;
        if f.is_dir() {
            continue;
        }
        let name = f.name().to_owned();
        // Capped by what is read (a header can lie), and refused at once when even the
        // header says more than the cap: a zip bomb costs neither time nor memory.
        let read = |f: &mut zip::read::ZipFile<'_, _>| -> Result<Vec<u8>, ImportError> {
            let over = || input::too_big(&format!("{shown}/{name}"), MAX_ENTRY_BYTES);
            let claimed = f.size();
            if claimed > MAX_ENTRY_BYTES {
                return Err(over());
            }
            read_capped(f.by_ref(), MAX_ENTRY_BYTES, claimed).map_err(|e| match e {
                input::CappedError::TooBig => over(),
                input::CappedError::Io(e) => damaged(&format!("{name}: {e}")),
            })
        };
        if depth == 0 && name.to_ascii_lowercase().ends_with(".zip") && inner_zip.is_none() {
            inner_zip = Some((name.clone(), read(&mut f)?));
            continue;
        }
        files.offer(&name, || read(&mut f))?;
    }
    if files.is_empty()
        && let Some((name, inner)) = inner_zip
    {
        return from_zip(&format!("{shown}/{name}"), inner, depth + 1);
    }
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_with_or_without_a_member_id() {
        for name in [
            "Shares.csv",
            "shares.CSV",
            "Shares_155814142.csv",
            "Shares 2.csv",
        ] {
            assert!(is_shares(&header_key(name)), "{name}");
        }
        for name in [
            "SharesX.csv",
            "Shares.csv.bak",
            "Shared.csv",
            "ShareLinks.csv",
        ] {
            assert!(!is_shares(&header_key(name)), "{name}");
        }
    }
}
