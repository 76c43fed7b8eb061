//! Schema migrations: append-only `.sql` files in `migrations/`. Never remove or edit one
//! that has shipped; add the next.

use std::path::Path;

use rusqlite::Connection;
use rusqlite_migration::{M, MigrationDefinitionError, Migrations};

use super::StoreError;

/// Every migration, oldest first.
pub const MIGRATIONS: Migrations<'static> = Migrations::from_slice(MIGRATION_LIST);

pub(crate) const MIGRATION_LIST: &[M<'static>] = &[
    M::up(include_str!("../../migrations/001_initial.sql")),
    M::up(include_str!(
        "../../migrations/002_imports_templates_settings.sql"
    )),
    M::up(include_str!(
        "../../migrations/003_post_text_and_source.sql"
    )),
    M::up(include_str!("../../migrations/004_search_index.sql")),
    M::up(include_str!("../../migrations/005_post_audience.sql")),
    M::up(include_str!("../../migrations/006_link_normal_form.sql")),
    M::up(include_str!("../../migrations/008_team_sync.sql")),
    M::up(include_str!("../../migrations/009_request_capture.sql")),
];

fn shown(path: Option<&Path>) -> std::path::PathBuf {
    path.map_or_else(|| ":memory:".into(), Path::to_owned)
}

/// Reads the schema version before anything else touches the file, so that a file that
/// is not a database, or one from a newer followdesk, is refused untouched.
/// Returns the schema version found.
pub(crate) fn check_header(conn: &Connection, path: Option<&Path>) -> Result<usize, StoreError> {
    let version: usize = conn
        .pragma_query_value(None, "user_version", |r| r.get::<_, i64>(0))
        .map_err(|e| StoreError::NotADatabase {
            path: shown(path),
            reason: e.to_string(),
        })?
        .try_into()
        .unwrap_or(0);
    if version > LATEST {
        return Err(StoreError::TooNew {
            path: shown(path),
            found: version,
            known: LATEST,
        });
    }
    Ok(version)
}

/// Brings `conn` to the latest schema.
pub(crate) fn run(conn: &mut Connection, path: Option<&Path>) -> Result<(), StoreError> {
    match MIGRATIONS.to_latest(conn) {
        Ok(()) => Ok(()),
        Err(rusqlite_migration::Error::MigrationDefinition(
            MigrationDefinitionError::DatabaseTooFarAhead,
        )) => Err(StoreError::TooNew {
            path: shown(path),
            found: 0,
            known: LATEST,
        }),
        Err(e) => Err(e.into()),
    }
}

/// The schema version this build writes.
pub const LATEST: usize = MIGRATION_LIST.len();

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_validate() {
        MIGRATIONS.validate().unwrap();
    }

    #[test]
    fn latest_matches_the_migration_list() {
        let mut conn = Connection::open_in_memory().unwrap();
        MIGRATIONS.to_latest(&mut conn).unwrap();
        let v: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(v as usize, LATEST);
    }
}
