//! Errors the store reports; each says what went wrong in words a user can act on, in the
//! active language when it is shown (`assets/i18n/*/errors.ftl`). What SQLite or the
//! migration library say inside them stays as they wrote it.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::domain::DomainError;
use crate::t;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// Input that breaks a domain rule; shown as it is (no source of its own, so an error
    /// chain does not repeat it).
    Invalid(DomainError),
    Open {
        path: PathBuf,
        reason: String,
    },
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    TooNew {
        path: PathBuf,
        found: usize,
        known: usize,
    },
    NotADatabase {
        path: PathBuf,
        reason: String,
    },
    /// A readable SQLite file without followdesk's tables.
    NoFollowdeskTables(PathBuf),
    /// Another application's SQLite file (tables that are not followdesk's, no schema
    /// version): refused before anything is written to it.
    Foreign {
        path: PathBuf,
        /// Some of its tables, for the message.
        tables: String,
    },
    /// A path that is not a regular file (a device, a folder, a pipe).
    NotAFile(PathBuf),
    /// A followdesk database that cannot be written where it is (a read-only folder or
    /// file): healthy, but followdesk needs to write beside it.
    CannotWrite(PathBuf),
    /// Another program holds the database's write lock longer than followdesk waits.
    Busy(PathBuf),
    /// The backup a write asked for failed, so the write did not happen.
    NoBackup(Box<StoreError>),
    /// A fresh backup that failed its check; it was not kept.
    BadBackup {
        path: PathBuf,
        reason: String,
    },
    InUse(PathBuf),
    InMemory,
    NoSuchContact(i64),
    NoSuchTag(i64),
    NoSuchPost(i64),
    TagExists(String),
    ProfileTaken {
        platform: String,
        url: String,
        owner: i64,
    },
    NoSuchTemplate(String),
    InvalidTemplateName(String),
    /// A number setting that holds something other than a number of 0 or more.
    InvalidSetting {
        key: String,
        value: String,
    },
    InvalidDay {
        table: &'static str,
        value: String,
        reason: chrono::format::ParseError,
    },
    MergeSelf,
    /// SQLite's own words; shown in the message, so no `source` (a chain would repeat it).
    Sqlite(rusqlite::Error),
    /// The migration library's words without the SQL it ran; no `source` either.
    Migration(rusqlite_migration::Error),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let shown = |p: &Path| p.display().to_string();
        let text = match self {
            Self::Invalid(e) => e.to_string(),
            Self::Open { path, reason } => {
                t!(
                    "error-store-open",
                    path = shown(path),
                    reason = reason.as_str()
                )
            }
            Self::Io { path, source } => format!("{}: {}", path.display(), io_reason(source)),
            Self::TooNew { path, found, known } => t!(
                "error-store-too-new",
                path = shown(path),
                found = *found,
                known = *known
            ),
            Self::NotADatabase { path, reason } => t!(
                "error-store-not-a-database",
                path = shown(path),
                reason = reason.as_str()
            ),
            Self::NoFollowdeskTables(path) => t!("error-store-no-tables", path = shown(path)),
            Self::Foreign { path, tables } => t!(
                "safety-error-foreign",
                path = shown(path),
                tables = tables.as_str()
            ),
            Self::NotAFile(path) => t!("safety-error-not-a-file", path = shown(path)),
            Self::CannotWrite(path) => t!(
                "safety-error-cannot-write",
                path = shown(path),
                folder = path
                    .parent()
                    .filter(|d| !d.as_os_str().is_empty())
                    .map_or_else(|| ".".to_owned(), shown)
            ),
            Self::NoBackup(e) => t!("safety-error-no-backup", error = e.to_string()),
            Self::Busy(path) => t!("safety-error-busy", path = shown(path)),
            Self::BadBackup { path, reason } => t!(
                "safety-error-bad-backup",
                path = shown(path),
                reason = reason.as_str()
            ),
            Self::InUse(path) => t!("error-store-in-use", path = shown(path)),
            Self::InMemory => t!("error-store-in-memory"),
            // Ids as written in the database, without thousands separators.
            Self::NoSuchContact(id) => t!("error-store-no-such-contact", id = id.to_string()),
            Self::NoSuchTag(id) => t!("error-store-no-such-tag", id = id.to_string()),
            Self::NoSuchPost(id) => t!("error-store-no-such-post", id = id.to_string()),
            Self::TagExists(name) => t!("error-store-tag-exists", name = name.as_str()),
            Self::ProfileTaken {
                platform,
                url,
                owner,
            } => t!(
                "error-store-profile-taken",
                platform = platform.as_str(),
                url = url.as_str(),
                owner = owner.to_string()
            ),
            Self::NoSuchTemplate(name) => t!("error-store-no-such-template", name = name.as_str()),
            Self::InvalidTemplateName(name) => {
                t!("error-store-invalid-template-name", name = name.as_str())
            }
            Self::InvalidSetting { key, value } => t!(
                "error-store-invalid-setting",
                key = key.as_str(),
                value = value.as_str()
            ),
            Self::InvalidDay {
                table,
                value,
                reason,
            } => t!(
                "error-store-invalid-day",
                table = *table,
                value = value.as_str(),
                reason = crate::domain::error::parse_error_text(reason)
            ),
            Self::MergeSelf => t!("error-store-merge-self"),
            Self::Sqlite(e) => t!("error-store-sqlite", error = sqlite_reason(e)),
            Self::Migration(e) => t!("error-store-migration", error = migration_reason(e)),
        };
        f.write_str(&text)
    }
}

impl From<DomainError> for StoreError {
    fn from(e: DomainError) -> Self {
        Self::Invalid(e)
    }
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        Self::Sqlite(e)
    }
}

impl From<rusqlite_migration::Error> for StoreError {
    fn from(e: rusqlite_migration::Error) -> Self {
        Self::Migration(e)
    }
}

/// What went wrong in a migration, without the SQL it ran (users cannot act on that).
fn migration_reason(e: &rusqlite_migration::Error) -> String {
    match e {
        rusqlite_migration::Error::RusqliteError { err, .. } => sqlite_reason(err),
        other => other.to_string(),
    }
}

/// SQLite's words without the SQL they were said about (users cannot act on that).
fn sqlite_reason(e: &rusqlite::Error) -> String {
    match e {
        rusqlite::Error::SqlInputError { msg, .. }
        | rusqlite::Error::SqliteFailure(_, Some(msg)) => msg.clone(),
        other => other.to_string(),
    }
}

impl StoreError {
    pub(crate) fn open(path: &Path, e: &rusqlite::Error) -> Self {
        match Self::at(Some(path), clone_error(e)) {
            Self::Sqlite(_) => Self::Open {
                path: path.to_owned(),
                reason: e.to_string(),
            },
            said => said,
        }
    }

    /// An SQLite error on the database at `path`, put into what the user can act on: a
    /// file that cannot be written, one that is busy, one that is not a database.
    pub(crate) fn at(path: Option<&Path>, e: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode as C;
        let Some(path) = path else {
            return Self::Sqlite(e);
        };
        match e.sqlite_error_code() {
            Some(C::CannotOpen | C::ReadOnly | C::PermissionDenied) => {
                Self::CannotWrite(path.to_owned())
            }
            Some(C::DatabaseBusy | C::DatabaseLocked) => Self::Busy(path.to_owned()),
            Some(C::NotADatabase) => Self::NotADatabase {
                path: path.to_owned(),
                reason: e.to_string(),
            },
            _ => Self::Sqlite(e),
        }
    }

    /// [`Self::at`] for an error from running the migrations.
    pub(crate) fn migrating(path: Option<&Path>, e: rusqlite_migration::Error) -> Self {
        match e {
            rusqlite_migration::Error::RusqliteError { err, .. } => match Self::at(path, err) {
                Self::Sqlite(err) => Self::Migration(rusqlite_migration::Error::RusqliteError {
                    query: String::new(),
                    err,
                }),
                said => said,
            },
            other => Self::Migration(other),
        }
    }
}

/// rusqlite's errors are not `Clone`; the failures of opening are SQLite codes and texts.
fn clone_error(e: &rusqlite::Error) -> rusqlite::Error {
    match e {
        rusqlite::Error::SqliteFailure(code, text) => {
            rusqlite::Error::SqliteFailure(*code, text.clone())
        }
        other => rusqlite::Error::InvalidPath(other.to_string().into()),
    }
}

/// Why a file could not be read or written, in the active language for the common cases
/// (missing, no permission, exists, disk full, …), else as the system says it.
#[must_use]
pub fn io_reason(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::NotFound => t!("error-io-not-found"),
        K::PermissionDenied => t!("error-io-permission-denied"),
        K::AlreadyExists => t!("error-io-already-exists"),
        K::StorageFull => t!("error-io-storage-full"),
        K::ReadOnlyFilesystem => t!("error-io-read-only"),
        K::IsADirectory => t!("error-io-is-a-folder"),
        K::NotADirectory => t!("error-io-not-a-folder"),
        K::InvalidFilename => t!("error-io-invalid-name"),
        _ => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, set_lang};

    #[test]
    fn store_errors_read_in_the_active_language() {
        let taken = StoreError::ProfileTaken {
            platform: "LinkedIn".into(),
            url: "linkedin.com/in/anna".into(),
            owner: 12_345,
        };
        let missing = StoreError::Io {
            path: PathBuf::from("/tmp/x.sqlite3"),
            source: std::io::Error::from(std::io::ErrorKind::NotFound),
        };
        let in_use = StoreError::InUse(PathBuf::from("/tmp/x.sqlite3"));
        let invalid = StoreError::from(DomainError::EmptyTag);
        set_lang(Lang::De);
        assert_eq!(
            taken.to_string(),
            "das LinkedIn-Profil linkedin.com/in/anna gehört zu einem anderen Kontakt (ID 12345)"
        );
        assert_eq!(
            missing.to_string(),
            "/tmp/x.sqlite3: Datei oder Ordner nicht gefunden"
        );
        assert_eq!(
            in_use.to_string(),
            "/tmp/x.sqlite3 ist in einem anderen followdesk-Fenster geöffnet; schließen Sie es zuerst"
        );
        assert_eq!(invalid.to_string(), "ein Schlagwort braucht einen Namen");
        set_lang(Lang::En);
        assert_eq!(
            taken.to_string(),
            "the LinkedIn profile linkedin.com/in/anna belongs to another contact (id 12345)"
        );
        assert_eq!(
            missing.to_string(),
            "/tmp/x.sqlite3: no such file or folder"
        );
        assert_eq!(invalid.to_string(), "a tag needs a name");
    }
}
