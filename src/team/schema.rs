//! The team schema on the server: its append-only migrations (`migrations/postgres/`),
//! applied by `team init`, and `team join`, which records a rep and links this database.

use postgres::Client;

use super::{TeamError, TeamUrl, connect};
use crate::store::Store;

/// The PostgreSQL schema that holds the team's tables.
pub const SCHEMA: &str = "followdesk";

/// Every migration of the team schema, oldest first: `(version, SQL)`.
const MIGRATIONS: &[(i32, &str)] = &[(1, include_str!("../../migrations/postgres/001_team.sql"))];

/// The team schema version this build writes.
pub const LATEST: i32 = 1;

/// Creates the team schema, or brings it to the latest version, in one transaction; safe to
/// run again. Returns the version it left the schema at. Run as the database's owner.
pub fn init(client: &mut Client) -> Result<i32, TeamError> {
    let mut tx = client.transaction().map_err(|e| TeamError::server(&e))?;
    tx.batch_execute(
        "SELECT pg_advisory_xact_lock(hashtext('followdesk.migrations'));
         CREATE SCHEMA IF NOT EXISTS followdesk;
         SET LOCAL search_path = followdesk;
         CREATE TABLE IF NOT EXISTS followdesk.schema_migrations (
             version     integer PRIMARY KEY,
             applied_at  timestamptz NOT NULL DEFAULT now()
         );",
    )
    .map_err(|e| TeamError::server(&e))?;
    let found = version_in(&mut tx)?;
    if found > LATEST {
        return Err(TeamError::TooNew {
            found,
            known: LATEST,
        });
    }
    for (version, sql) in MIGRATIONS.iter().filter(|(v, _)| *v > found) {
        tx.batch_execute(sql).map_err(|e| TeamError::server(&e))?;
        tx.execute(
            "INSERT INTO followdesk.schema_migrations (version) VALUES ($1)",
            &[version],
        )
        .map_err(|e| TeamError::server(&e))?;
    }
    tx.commit().map_err(|e| TeamError::server(&e))?;
    Ok(LATEST)
}

fn version_in(tx: &mut postgres::Transaction<'_>) -> Result<i32, TeamError> {
    let row = tx
        .query_one(
            "SELECT coalesce(max(version), 0) FROM followdesk.schema_migrations",
            &[],
        )
        .map_err(|e| TeamError::server(&e))?;
    Ok(row.get(0))
}

/// Checks that the server holds a team schema this build understands.
pub(crate) fn check(client: &mut Client, url: &TeamUrl) -> Result<(), TeamError> {
    let row = client
        .query_one(
            "SELECT to_regclass('followdesk.schema_migrations') IS NOT NULL",
            &[],
        )
        .map_err(|e| TeamError::server(&e))?;
    if !row.get::<_, bool>(0) {
        return Err(TeamError::NoTeam {
            url: url.without_password().to_owned(),
        });
    }
    let found: i32 = client
        .query_one(
            "SELECT coalesce(max(version), 0) FROM followdesk.schema_migrations",
            &[],
        )
        .map_err(|e| TeamError::server(&e))?
        .get(0);
    if found > LATEST {
        return Err(TeamError::TooNew {
            found,
            known: LATEST,
        });
    }
    if found < LATEST {
        return Err(TeamError::NoTeam {
            url: url.without_password().to_owned(),
        });
    }
    Ok(())
}

/// Joins the team at `url` as `name`: records my role (the URL's user) under that name on
/// the server and links this database to it, storing the URL without its password.
/// Returns my role.
pub fn join(store: &mut Store, url: &TeamUrl, name: &str) -> Result<String, TeamError> {
    let mut client = connect(url)?;
    check(&mut client, url)?;
    let row = client
        .query_one(
            "INSERT INTO followdesk.reps (name) VALUES ($1)
             ON CONFLICT (role) DO UPDATE SET name = excluded.name
             RETURNING role",
            &[&name],
        )
        .map_err(|e| TeamError::server(&e))?;
    let role: String = row.get(0);
    store.team_join(url.without_password(), &role)?;
    Ok(role)
}
