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
        .map_err(|e| match StoreError::at(path, e) {
            StoreError::Sqlite(e) => StoreError::NotADatabase {
                path: shown(path),
                reason: e.to_string(),
            },
            said => said,
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
    check_ours(conn, path, version)?;
    Ok(version)
}

/// Refuses another application's SQLite file before anything is written to it. followdesk
/// sets the schema version in the transaction that creates its tables, so a file at version
/// 0 that holds anything is not followdesk's; one with a version but without a `contacts`
/// table is not either.
fn check_ours(conn: &Connection, path: Option<&Path>, version: usize) -> Result<(), StoreError> {
    let read = |e: rusqlite::Error| StoreError::at(path, e);
    let mut stmt = conn
        .prepare("SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name")
        .map_err(read)?;
    let names: Vec<String> = stmt
        .query_map([], |r| r.get(0))
        .map_err(read)?
        .collect::<Result<_, _>>()
        .map_err(read)?;
    let foreign = if version == 0 {
        !names.is_empty()
    } else {
        !names.iter().any(|n| n == "contacts")
    };
    if foreign {
        let mut tables = names.iter().take(5).cloned().collect::<Vec<_>>().join(", ");
        if names.len() > 5 {
            tables.push_str(", …");
        }
        return Err(StoreError::Foreign {
            path: shown(path),
            tables,
        });
    }
    Ok(())
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
        Err(e) => Err(StoreError::migrating(path, e)),
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
