//! Backups: online copies of the database (`VACUUM INTO`) in a `backups` folder beside it,
//! the last [`KEEP_BACKUPS`] kept; restoring one (after keeping a copy of what it replaces);
//! and the lock that keeps two followdesk windows off one database.

use std::fs::File;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

use super::StoreError;

/// How many automatic backups are kept.
pub const KEEP_BACKUPS: usize = 10;

/// The folder backups of `db` go to.
#[must_use]
pub fn backup_dir(db: &Path) -> PathBuf {
    db.parent().unwrap_or(Path::new(".")).join("backups")
}

/// Backups of `db`, newest first.
#[must_use]
pub fn list_backups(db: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(backup_dir(db))
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| {
                    p.extension().is_some_and(|x| x == "sqlite3")
                        && p.file_name()
                            .and_then(|n| n.to_str())
                            .is_some_and(|n| n.starts_with("followdesk-"))
                })
                .collect()
        })
        .unwrap_or_default();
    // Names start with a sortable time stamp.
    files.sort();
    files.reverse();
    files
}

/// Writes an online copy of `conn`'s database into the backups folder of `db`, named by time
/// and `reason`, and prunes all but the newest [`KEEP_BACKUPS`].
pub(crate) fn rotating_backup(
    conn: &Connection,
    db: &Path,
    reason: &str,
) -> Result<PathBuf, StoreError> {
    let dir = backup_dir(db);
    let io = |e: std::io::Error| StoreError::Io {
        path: dir.clone(),
        source: e,
    };
    let mut b = std::fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut b, 0o700);
    b.create(&dir).map_err(io)?;
    let stamp = chrono::Utc::now().format("%Y%m%d-%H%M%S%.3f");
    let dest = dir.join(format!("followdesk-{stamp}-{reason}.sqlite3"));
    vacuum_into(conn, &dest)?;
    for old in list_backups(db).into_iter().skip(KEEP_BACKUPS) {
        std::fs::remove_file(&old).map_err(|e| StoreError::Io {
            path: old.clone(),
            source: e,
        })?;
    }
    Ok(dest)
}

fn vacuum_into(conn: &Connection, dest: &Path) -> Result<(), StoreError> {
    if dest.exists() {
        return Err(StoreError::Io {
            path: dest.to_owned(),
            source: std::io::Error::from(std::io::ErrorKind::AlreadyExists),
        });
    }
    let dest_text = dest.to_str().ok_or_else(|| StoreError::Io {
        path: dest.to_owned(),
        source: std::io::Error::from(std::io::ErrorKind::InvalidFilename),
    })?;
    conn.execute("VACUUM INTO ?1", [dest_text])?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(dest, std::fs::Permissions::from_mode(0o600));
    }
    Ok(())
}

/// Checks that `path` is a whole followdesk database this build can open.
pub fn check_database_file(path: &Path) -> Result<(), StoreError> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| StoreError::open(path, &e))?;
    super::migrations::check_header(&conn, Some(path))?;
    let ok: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .map_err(|e| StoreError::NotADatabase {
            path: path.to_owned(),
            reason: e.to_string(),
        })?;
    let has_contacts: bool = conn
        .query_row(
            "SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'contacts'",
            [],
            |r| r.get(0),
        )
        .unwrap_or(false);
    if ok != "ok" {
        return Err(StoreError::NotADatabase {
            path: path.to_owned(),
            reason: ok,
        });
    }
    if !has_contacts {
        return Err(StoreError::NoFollowdeskTables(path.to_owned()));
    }
    Ok(())
}

impl super::Store {
    /// An online backup into the backups folder beside the database.
    pub fn backup(&self, reason: &str) -> Result<PathBuf, StoreError> {
        let db = self.path.as_deref().ok_or(StoreError::InMemory)?;
        rotating_backup(&self.conn, db, reason)
    }

    /// An online backup to `dest` (which must not exist).
    pub fn backup_to(&self, dest: &Path) -> Result<(), StoreError> {
        vacuum_into(&self.conn, dest)
    }

    /// Replaces the database with the backup at `src`, after checking it and keeping a
    /// copy of what it replaces (returned).
    pub fn restore_from(&mut self, src: &Path) -> Result<PathBuf, StoreError> {
        check_database_file(src)?;
        let safety = self.backup("before-restore")?;
        self.conn.restore(
            rusqlite::MAIN_DB,
            src,
            None::<fn(rusqlite::backup::Progress)>,
        )?;
        super::migrations::run(&mut self.conn, self.path.as_deref())?;
        Ok(safety)
    }
}

/// Held while a followdesk window has the database open, so a second window (or a
/// restore) is told instead of working on the same file unseen.
#[derive(Debug)]
pub struct InstanceLock {
    _file: File,
    path: PathBuf,
}

impl InstanceLock {
    /// Takes the lock beside `db`, or says that another followdesk holds it.
    pub fn acquire(db: &Path) -> Result<Self, StoreError> {
        let path = db.with_extension("sqlite3.lock");
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| StoreError::Io {
                path: path.clone(),
                source: e,
            })?;
        match file.try_lock() {
            Ok(()) => Ok(Self { _file: file, path }),
            Err(std::fs::TryLockError::WouldBlock) => Err(StoreError::InUse(db.to_owned())),
            Err(std::fs::TryLockError::Error(e)) => Err(StoreError::Io { path, source: e }),
        }
    }

    /// The lock file.
    #[must_use]
    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// Puts the backup at `backup` in place of the database at `db`, which may be damaged or
/// not a database at all: the old file (with its journal files) is moved aside, never
/// deleted. Returns where it was moved.
pub fn replace_with_backup(db: &Path, backup: &Path) -> Result<PathBuf, StoreError> {
    check_database_file(backup)?;
    let io = |path: &Path, e: std::io::Error| StoreError::Io {
        path: path.to_owned(),
        source: e,
    };
    let stamp = chrono::Utc::now().format("%Y%m%d-%H%M%S");
    let aside = db.with_extension(format!("sqlite3.replaced-{stamp}"));
    if db.exists() {
        std::fs::rename(db, &aside).map_err(|e| io(db, e))?;
    }
    for suffix in ["-wal", "-shm"] {
        let mut journal = db.as_os_str().to_owned();
        journal.push(suffix);
        let journal = PathBuf::from(journal);
        if journal.exists() {
            let mut moved = aside.as_os_str().to_owned();
            moved.push(suffix);
            std::fs::rename(&journal, PathBuf::from(moved)).map_err(|e| io(&journal, e))?;
        }
    }
    std::fs::copy(backup, db).map_err(|e| io(db, e))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(db, std::fs::Permissions::from_mode(0o600))
            .map_err(|e| io(db, e))?;
    }
    Ok(aside)
}
