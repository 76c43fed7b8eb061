//! Backups: online copies of the database (`VACUUM INTO`) in a `backups` folder beside it;
//! restoring one (after keeping a copy of what it replaces); and the lock that keeps two
//! followdesk windows off one database.
//!
//! A backup is written under a temporary name, private (0600) from its first byte, checked
//! (`integrity_check`, more than 0 bytes) and only then renamed to its real name, so a full
//! disk or a killed copy never leaves a file that looks like a backup. Rotation keeps the
//! newest [`KEEP_BACKUPS`] *good* automatic backups by the time in their names; empty or cut
//! off files and stale temporary files are removed. Copies taken before a restore, a
//! migration or a rewrite of the stored links are kept apart: rotation never removes them.

use std::fs::File;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

use super::StoreError;

/// How many automatic backups are kept.
pub const KEEP_BACKUPS: usize = 10;

/// Reasons whose copies are kept apart from the rotation: what they saved cannot be
/// taken again.
const KEPT_APART: &[&str] = &["before-restore", "before-migration", "before-link-rewrite"];

/// Temporary files older than this are left over from a killed backup and removed.
const STALE_TEMP_SECS: u64 = 3600;

/// The folder backups of `db` go to.
#[must_use]
pub fn backup_dir(db: &Path) -> PathBuf {
    db.parent().unwrap_or(Path::new(".")).join("backups")
}

/// One file in the backups folder named like a backup: `followdesk-<time>-<reason>.sqlite3`.
struct Named {
    path: PathBuf,
    stamp: chrono::NaiveDateTime,
    reason: String,
}

fn named(path: PathBuf) -> Option<Named> {
    let name = path.file_name()?.to_str()?;
    let rest = name.strip_prefix("followdesk-")?.strip_suffix(".sqlite3")?;
    // `YYYYmmdd-HHMMSS.fff` is 19 characters, then `-reason`.
    let stamp = chrono::NaiveDateTime::parse_from_str(rest.get(..19)?, "%Y%m%d-%H%M%S%.3f").ok()?;
    let reason = rest.get(19..)?.strip_prefix('-')?.to_owned();
    Some(Named {
        path,
        stamp,
        reason,
    })
}

/// Every file named like a backup in the backups folder of `db`, newest first by the time
/// in its name; whether each is whole is not checked.
fn named_backups(db: &Path) -> Vec<Named> {
    let mut files: Vec<Named> = std::fs::read_dir(backup_dir(db))
        .map(|rd| {
            rd.filter_map(Result::ok)
                .filter_map(|e| named(e.path()))
                .collect()
        })
        .unwrap_or_default();
    files.sort_by(|a, b| b.stamp.cmp(&a.stamp).then_with(|| b.path.cmp(&a.path)));
    files
}

/// Good backups of `db` (whole SQLite files, not empty, not cut off), newest first by the
/// time in their names.
#[must_use]
pub fn list_backups(db: &Path) -> Vec<PathBuf> {
    named_backups(db)
        .into_iter()
        .filter(|n| looks_whole(&n.path))
        .map(|n| n.path)
        .collect()
}

/// A cheap check that `path` is a whole SQLite file: its header is there and its length is
/// the page size times the page count the header gives. An empty file, another file, or a
/// copy cut off by a full disk or a kill fails it.
fn looks_whole(path: &Path) -> bool {
    use std::io::Read as _;
    let Ok(meta) = std::fs::metadata(path) else {
        return false;
    };
    if !meta.is_file() || meta.len() < 100 {
        return false;
    }
    let mut header = [0u8; 100];
    if File::open(path)
        .and_then(|mut f| f.read_exact(&mut header))
        .is_err()
    {
        return false;
    }
    if &header[..16] != b"SQLite format 3\0" {
        return false;
    }
    let page_size = match u16::from_be_bytes([header[16], header[17]]) {
        1 => 65_536,
        n => u64::from(n),
    };
    let pages = u64::from(u32::from_be_bytes([
        header[28], header[29], header[30], header[31],
    ]));
    if page_size < 512 {
        return false;
    }
    if pages == 0 {
        return meta.len() % page_size == 0;
    }
    meta.len() == page_size * pages
}

fn is_kept_apart(reason: &str) -> bool {
    KEPT_APART.iter().any(|k| reason.starts_with(k))
}

/// Writes an online copy of `conn`'s database into the backups folder of `db`, named by time
/// and `reason`; removes broken and stale files there and all but the newest
/// [`KEEP_BACKUPS`] good automatic backups.
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
    checked_copy(conn, &dest)?;
    prune(db);
    Ok(dest)
}

/// Removes what is not a good backup (empty or cut-off files under backup names, temporary
/// files left by a killed copy) and the automatic backups beyond the newest
/// [`KEEP_BACKUPS`]. Best effort: a file that cannot be removed stays and is not counted.
fn prune(db: &Path) {
    let mut kept = 0;
    for n in named_backups(db) {
        let remove = if !looks_whole(&n.path) {
            true
        } else if is_kept_apart(&n.reason) {
            false
        } else {
            kept += 1;
            kept > KEEP_BACKUPS
        };
        if remove {
            let _ = std::fs::remove_file(&n.path);
        }
    }
    let Ok(rd) = std::fs::read_dir(backup_dir(db)) else {
        return;
    };
    for e in rd.filter_map(Result::ok) {
        let is_temp = e.file_name().to_str().is_some_and(|n| {
            n.starts_with(".followdesk-") && Path::new(n).extension().is_some_and(|x| x == "tmp")
        });
        let stale = e
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age.as_secs() > STALE_TEMP_SECS);
        if is_temp && stale {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

/// The temporary name a copy to `dest` is written under: hidden, beside it.
fn temp_name(dest: &Path) -> PathBuf {
    let name = dest
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let name = name.strip_prefix("followdesk-").unwrap_or(&name);
    dest.with_file_name(format!(".followdesk-{}-{name}.tmp", std::process::id()))
}

/// Copies `conn`'s database to `dest` (which must not exist) through a private temporary
/// file that is checked before it gets its name.
fn checked_copy(conn: &Connection, dest: &Path) -> Result<(), StoreError> {
    let exists = || StoreError::Io {
        path: dest.to_owned(),
        source: std::io::Error::from(std::io::ErrorKind::AlreadyExists),
    };
    if dest.exists() {
        return Err(exists());
    }
    let tmp = temp_name(dest);
    let io = |path: &Path, e: std::io::Error| StoreError::Io {
        path: path.to_owned(),
        source: e,
    };
    // Private from the first byte: SQLite writes into this empty file as it finds it.
    let mut o = std::fs::OpenOptions::new();
    o.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut o, 0o600);
    o.open(&tmp).map_err(|e| io(&tmp, e))?;
    let result = (|| {
        let tmp_text = tmp.to_str().ok_or_else(|| StoreError::Io {
            path: tmp.clone(),
            source: std::io::Error::from(std::io::ErrorKind::InvalidFilename),
        })?;
        conn.execute("VACUUM INTO ?1", [tmp_text])
            .map_err(|e| StoreError::at(Some(&tmp), e))?;
        check_copy(&tmp)?;
        if dest.exists() {
            return Err(exists());
        }
        std::fs::rename(&tmp, dest).map_err(|e| io(dest, e))
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// A fresh copy is whole: more than 0 bytes and `integrity_check` says "ok".
fn check_copy(path: &Path) -> Result<(), StoreError> {
    let broken = |reason: String| StoreError::BadBackup {
        path: path.to_owned(),
        reason,
    };
    let size = std::fs::metadata(path)
        .map_err(|e| StoreError::Io {
            path: path.to_owned(),
            source: e,
        })?
        .len();
    if size == 0 || !looks_whole(path) {
        return Err(broken(crate::t!("safety-backup-incomplete", bytes = size)));
    }
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| broken(e.to_string()))?;
    let ok: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .map_err(|e| broken(e.to_string()))?;
    if ok == "ok" { Ok(()) } else { Err(broken(ok)) }
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
        checked_copy(&self.conn, dest)
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

/// Whether writing to `target` would write over the database at `db` (the file itself,
/// under any name or link, or its journal and lock files) or over one of its backups. Such
/// a file is never a target of an export, whatever `--force` says.
#[must_use]
pub fn guards(db: &Path, target: &Path) -> bool {
    let resolved = |p: &Path| -> Option<PathBuf> {
        let name = p.file_name()?;
        let dir = p.parent().filter(|d| !d.as_os_str().is_empty());
        let dir = dir
            .map_or_else(std::env::current_dir, std::fs::canonicalize)
            .ok()?;
        // A link named as the target is resolved too: writing through it writes its file.
        let joined = dir.join(name);
        Some(std::fs::canonicalize(&joined).unwrap_or(joined))
    };
    let (Some(t), Some(d)) = (resolved(target), resolved(db)) else {
        return false;
    };
    let mut guarded = vec![d.clone(), d.with_extension("sqlite3.lock")];
    for suffix in ["-wal", "-shm", "-journal"] {
        let mut p = d.as_os_str().to_owned();
        p.push(suffix);
        guarded.push(PathBuf::from(p));
    }
    if guarded.contains(&t) || same_file(&t, &d) {
        return true;
    }
    let backups = std::fs::canonicalize(backup_dir(&d)).unwrap_or_else(|_| backup_dir(&d));
    t.parent().is_some_and(|p| p == backups)
}

/// Two names of one file (a hard link).
fn same_file(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt as _;
        if let (Ok(a), Ok(b)) = (std::fs::metadata(a), std::fs::metadata(b)) {
            return a.dev() == b.dev() && a.ino() == b.ino();
        }
    }
    #[cfg(not(unix))]
    let _ = (a, b);
    false
}
