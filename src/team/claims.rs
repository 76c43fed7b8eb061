//! Ownership: a rep claims a person, releases them, a manager reassigns them. The server
//! decides in one transaction (a unique index on open claims), so of two reps who claim
//! the same person at once exactly one wins; ended claims stay as history.

use postgres::Client;
use postgres::error::SqlState;

use super::sync::pull_directory;
use super::{TeamError, TeamUrl, connect, schema};
use crate::store::Store;

fn client_for(store: &Store) -> Result<Client, TeamError> {
    let state = store.team_state()?.ok_or(TeamError::NotJoined)?;
    let url = TeamUrl::parse(&state.url)?;
    let mut client = connect(&url)?;
    schema::check(&mut client, &url)?;
    Ok(client)
}

/// The name of the rep who owns `key` now, if anyone does.
fn owner(client: &mut Client, key: &str) -> Result<Option<String>, TeamError> {
    let row = client
        .query_opt(
            "SELECT coalesce(r.name, c.rep) FROM followdesk.claims c
             LEFT JOIN followdesk.reps r ON r.role = c.rep
             WHERE c.person_key = $1 AND c.released_at IS NULL",
            &[&key],
        )
        .map_err(|e| TeamError::server(&e))?;
    Ok(row.map(|r| r.get(0)))
}

/// Claims the person `key` (shown as `name`) for me. Claiming someone I own already is
/// no change; someone another rep owns is refused with their name.
pub fn claim(store: &mut Store, key: &str, name: &str) -> Result<(), TeamError> {
    let mut client = client_for(store)?;
    claim_with(&mut client, key, name)?;
    pull_directory(store, &mut client)?;
    Ok(())
}

/// The claim on a connection of its own, for callers that hold one (tests of races).
pub fn claim_with(client: &mut Client, key: &str, name: &str) -> Result<(), TeamError> {
    let result = client.execute(
        "INSERT INTO followdesk.claims (person_key, person_name) VALUES ($1, $2)",
        &[&key, &name],
    );
    match result {
        Ok(_) => Ok(()),
        Err(e) if e.code() == Some(&SqlState::UNIQUE_VIOLATION) => {
            let mine: bool = client
                .query_one(
                    "SELECT EXISTS (SELECT 1 FROM followdesk.claims WHERE person_key = $1
                                    AND released_at IS NULL AND rep = current_user)",
                    &[&key],
                )
                .map_err(|e| TeamError::server(&e))?
                .get(0);
            if mine {
                return Ok(());
            }
            Err(TeamError::AlreadyOwned {
                person: name.to_owned(),
                owner: owner(client, key)?.unwrap_or_default(),
            })
        }
        Err(e) => Err(TeamError::server(&e)),
    }
}

/// Ends my claim on `key`.
pub fn release(store: &mut Store, key: &str, name: &str) -> Result<(), TeamError> {
    let mut client = client_for(store)?;
    let n = client
        .execute(
            "UPDATE followdesk.claims SET released_at = now(), released_by = current_user
             WHERE person_key = $1 AND rep = current_user AND released_at IS NULL",
            &[&key],
        )
        .map_err(|e| TeamError::server(&e))?;
    if n == 0 {
        return Err(TeamError::NotOwner(name.to_owned()));
    }
    pull_directory(store, &mut client)?;
    Ok(())
}

/// Hands `key` to the rep with role `to` (managers only; the server checks).
pub fn reassign(store: &mut Store, key: &str, to: &str) -> Result<(), TeamError> {
    let mut client = client_for(store)?;
    client
        .execute("SELECT followdesk.reassign($1, $2)", &[&key, &to])
        .map_err(|e| TeamError::server(&e))?;
    pull_directory(store, &mut client)?;
    Ok(())
}
