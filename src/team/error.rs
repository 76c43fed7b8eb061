//! What can go wrong talking to the team server, in words (of the active language) that
//! name what failed.

use std::fmt;

use crate::store::StoreError;
use crate::t;

/// A team command's failure.
#[derive(Debug, thiserror::Error)]
pub enum TeamError {
    /// The connection string is not a PostgreSQL URL.
    BadUrl {
        url: String,
        reason: String,
    },
    /// The server cannot be reached (or refused the login).
    Offline {
        url: String,
        reason: String,
    },
    /// The server refused a statement.
    Server(String),
    /// This database has not joined a team.
    NotJoined,
    /// The server has no followdesk schema.
    NoTeam {
        url: String,
    },
    /// The server's team schema is newer than this build.
    TooNew {
        found: i32,
        known: i32,
    },
    /// Someone else owns the person.
    AlreadyOwned {
        person: String,
        owner: String,
    },
    /// A release of a person I do not own.
    NotOwner(String),
    /// A person given on the command line that is not recognised.
    UnknownPerson(String),
    /// A test asked the sync to stop after this many batches.
    Interrupted(usize),
    Store(#[from] StoreError),
}

impl fmt::Display for TeamError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Self::BadUrl { url, reason } => {
                t!(
                    "team-error-bad-url",
                    url = url.as_str(),
                    reason = reason.as_str()
                )
            }
            Self::Offline { url, reason } => {
                t!(
                    "team-error-offline",
                    url = url.as_str(),
                    reason = reason.as_str()
                )
            }
            Self::Server(reason) => t!("team-error-server", reason = reason.as_str()),
            Self::NotJoined => t!("team-error-not-joined"),
            Self::NoTeam { url } => t!("team-error-no-team", url = url.as_str()),
            Self::TooNew { found, known } => {
                t!("team-error-too-new", found = *found, known = *known)
            }
            Self::AlreadyOwned { person, owner } => t!(
                "team-error-already-owned",
                person = person.as_str(),
                owner = owner.as_str()
            ),
            Self::NotOwner(person) => t!("team-error-not-owner", person = person.as_str()),
            Self::UnknownPerson(p) => t!("team-error-unknown-person", person = p.as_str()),
            Self::Interrupted(n) => t!("team-error-interrupted", batches = *n),
            Self::Store(e) => e.to_string(),
        };
        f.write_str(&text)
    }
}

impl TeamError {
    /// A server error in words: PostgreSQL's message and, when it has one, its detail.
    pub(crate) fn server(e: &postgres::Error) -> Self {
        match e.as_db_error() {
            Some(db) => Self::Server(match db.detail() {
                Some(d) => format!("{} ({d})", db.message()),
                None => db.message().to_owned(),
            }),
            None => Self::Server(e.to_string()),
        }
    }
}
