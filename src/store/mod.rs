//! The SQLite store: owns the connection, runs the migrations, applies [`Command`]s and
//! answers queries with domain types. The only module with SQL.

mod activity;
mod apply;
mod backup;
mod bulk;
mod captures;
mod contact_rows;
mod contacts;
mod decisions;
mod duplicates;
mod error;
mod events;
mod export_rows;
mod identity;
mod imports;
mod links;
mod metrics;
mod migrations;
mod posts;
mod relationships;
mod search;
mod settings;
mod signals;
mod sql_types;
mod summary;
mod tags;
mod team;
mod templates;

use std::path::{Path, PathBuf};

use rusqlite::Connection;

pub use activity::{FollowerChange, PendingRequest};
pub use backup::{
    InstanceLock, KEEP_BACKUPS, backup_dir, check_database_file, guards, list_backups,
    replace_with_backup,
};
pub use bulk::Bulk;
pub use captures::{CaptureReport, OpenCapture, PlatformTodo, RequestDetails};
pub use contacts::ProfileRow;
pub use error::StoreError;
pub use export_rows::FullContact;
pub use identity::{KnownContact, KnownProfile};
pub use imports::{DayChange, JournalEntry, JournalRow};
pub use links::{LINK_FORM_VERSION, LinkRewrite};
pub use migrations::{LATEST as LATEST_SCHEMA, MIGRATIONS};
pub use posts::PostKey;
pub use team::TeamState;

use crate::domain::PlatformRules;
use crate::domain::command::{Applied, Command};

/// A followdesk database.
pub struct Store {
    conn: Connection,
    rules: PlatformRules,
    path: Option<PathBuf>,
    /// A backup to take when the next bulk write begins (see [`Store::backup_before_bulk`]).
    backup_before_bulk: Option<String>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

impl Store {
    /// Opens (creating on first use) the database at `path` and brings it to the latest
    /// schema. A new file is readable and writable by its owner only.
    ///
    /// Nothing is written to a file that is not a regular file, not a database, another
    /// application's database or one from a newer followdesk: those are refused first.
    pub fn open(path: &Path, rules: PlatformRules) -> Result<Self, StoreError> {
        if std::fs::metadata(path).is_ok_and(|m| !m.is_file()) {
            return Err(StoreError::NotAFile(path.to_owned()));
        }
        create_private_file(path)?;
        let conn = Connection::open(path).map_err(|e| StoreError::open(path, &e))?;
        Self::init(conn, rules, Some(path.to_owned()))
    }

    /// A private in-memory database, for tests.
    pub fn open_in_memory(rules: PlatformRules) -> Result<Self, StoreError> {
        Self::init(Connection::open_in_memory()?, rules, None)
    }

    fn init(
        mut conn: Connection,
        rules: PlatformRules,
        path: Option<PathBuf>,
    ) -> Result<Self, StoreError> {
        let version = migrations::check_header(&conn, path.as_deref())?;
        if let Some(p) = path.as_deref()
            && version > 0
            && version < migrations::LATEST
        {
            backup::rotating_backup(&conn, p, &format!("before-migration-{version}"))?;
        }
        let at = |e| StoreError::at(path.as_deref(), e);
        // Pragmas outside the migration transaction: journal_mode cannot change inside one.
        conn.busy_timeout(BUSY_TIMEOUT).map_err(at)?;
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(at)?;
        conn.pragma_update(None, "synchronous", "NORMAL")
            .map_err(at)?;
        conn.pragma_update(None, "foreign_keys", "ON").map_err(at)?;
        // 32 MB of page cache (negative = KiB): a 100,000-contact database and a whole
        // import's index pages fit, so bulk writes and list loads do not re-read pages.
        conn.pragma_update(None, "cache_size", -32_000)
            .map_err(at)?;
        migrations::run(&mut conn, path.as_deref())?;
        links::normalise_stored(&mut conn, &rules, path.as_deref())?;
        Ok(Self {
            conn,
            rules,
            path,
            backup_before_bulk: None,
        })
    }

    /// The platform rules this store checks against.
    #[must_use]
    pub fn rules(&self) -> &PlatformRules {
        &self.rules
    }

    /// Where the database lives (`None` in memory).
    #[must_use]
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Applies one command in one transaction: all of it or none of it.
    pub fn apply(&mut self, command: Command) -> Result<Applied, StoreError> {
        let tx = write(&mut self.conn, self.path.as_deref())?;
        let applied = apply::apply(&tx, &self.rules, command)?;
        tx.commit()
            .map_err(|e| StoreError::at(self.path.as_deref(), e))?;
        Ok(applied)
    }

    /// Applies several commands in one transaction.
    pub fn apply_all(&mut self, commands: Vec<Command>) -> Result<Vec<Applied>, StoreError> {
        let tx = write(&mut self.conn, self.path.as_deref())?;
        let mut out = Vec::with_capacity(commands.len());
        for c in commands {
            out.push(apply::apply(&tx, &self.rules, c)?);
        }
        tx.commit()
            .map_err(|e| StoreError::at(self.path.as_deref(), e))?;
        Ok(out)
    }

    /// Runs `f` with a backup named `reason` taken just before the first bulk write it
    /// begins: an import backs up only once its input has been read and checked, so a
    /// refused import makes no backup. Nothing is backed up for a database in memory, and
    /// nothing is left asked for after `f`.
    pub fn with_backup_before_bulk<T>(
        &mut self,
        reason: &str,
        f: impl FnOnce(&mut Self) -> T,
    ) -> T {
        self.backup_before_bulk = self.path.is_some().then(|| reason.to_owned());
        let out = f(self);
        self.backup_before_bulk = None;
        out
    }

    /// `PRAGMA integrity_check` answered "ok".
    pub fn integrity_ok(&self) -> Result<bool, StoreError> {
        let r: String = self
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
        Ok(r == "ok")
    }
}

/// A write transaction that takes the write lock at once (IMMEDIATE), waiting up to
/// [`BUSY_TIMEOUT`] for another writer, so it never fails half-way on a busy database.
pub(crate) fn write<'c>(
    conn: &'c mut Connection,
    path: Option<&Path>,
) -> Result<rusqlite::Transaction<'c>, StoreError> {
    conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
        .map_err(|e| StoreError::at(path, e))
}

/// How long a write waits for another writer (the app's worker, a command line import)
/// before it says the database is busy.
pub const BUSY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(5);

/// Creates the database file and its folder, private to the owner, if they do not exist.
fn create_private_file(path: &Path) -> Result<(), StoreError> {
    let io = |e: std::io::Error| StoreError::Io {
        path: path.to_owned(),
        source: e,
    };
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
        && !dir.exists()
    {
        let mut b = std::fs::DirBuilder::new();
        b.recursive(true);
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut b, 0o700);
        b.create(dir).map_err(io)?;
    }
    if !path.exists() {
        let mut o = std::fs::OpenOptions::new();
        o.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut o, 0o600);
        match o.open(path) {
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(io(e)),
        }
    }
    Ok(())
}
