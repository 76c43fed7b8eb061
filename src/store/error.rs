//! Errors the store reports; each says what went wrong in words a user can act on.

use std::path::{Path, PathBuf};

use crate::domain::DomainError;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(transparent)]
    Invalid(#[from] DomainError),
    #[error("cannot open the database {}: {reason}", path.display())]
    Open { path: PathBuf, reason: String },
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{} was written by a newer followdesk (schema {found}, this one knows {known}); update followdesk or choose another file", path.display())]
    TooNew {
        path: PathBuf,
        found: usize,
        known: usize,
    },
    #[error("{} is not a followdesk database, or it is damaged: {reason}", path.display())]
    NotADatabase { path: PathBuf, reason: String },
    #[error("{} is open in another followdesk window; close that one first", .0.display())]
    InUse(PathBuf),
    #[error("an in-memory database has no folder for backups")]
    InMemory,
    #[error("no contact with id {0}")]
    NoSuchContact(i64),
    #[error("no tag with id {0}")]
    NoSuchTag(i64),
    #[error("a tag named '{0}' exists already")]
    TagExists(String),
    #[error("the {platform} profile {url} belongs to another contact (id {owner})")]
    ProfileTaken {
        platform: String,
        url: String,
        owner: i64,
    },
    #[error("no template named '{0}'")]
    NoSuchTemplate(String),
    #[error("invalid template name '{0}': use lowercase letters, digits, '_' and '.'")]
    InvalidTemplateName(String),
    #[error("the setting {key} is '{value}': {reason}")]
    InvalidSetting {
        key: String,
        value: String,
        reason: String,
    },
    #[error("{table} holds the day '{value}', which is not YYYY-MM-DD: {reason}")]
    InvalidDay {
        table: &'static str,
        value: String,
        reason: String,
    },
    #[error("cannot merge a contact into itself")]
    MergeSelf,
    #[error("database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("database migration: {0}")]
    Migration(#[from] rusqlite_migration::Error),
}

impl StoreError {
    pub(crate) fn open(path: &Path, e: &rusqlite::Error) -> Self {
        Self::Open {
            path: path.to_owned(),
            reason: e.to_string(),
        }
    }
}
