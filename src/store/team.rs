//! The SQLite side of team sync: which team this database joined and how far the sync got,
//! my events and retractions still to push, and the copy of the other reps' events, claims
//! and names pulled from the team server. Pulled rows and the pull mark are written in one
//! transaction, so an interrupted sync leaves either both or neither.

use std::collections::HashMap;

use rusqlite::{OptionalExtension as _, TransactionBehavior, params};

use super::StoreError;
use super::sql_types::{secs, time};
use crate::domain::identity::{normalise_email, normalise_profile_url};
use crate::domain::team::{Claim, OutgoingEvent, Person, PersonRef, TeamEvent};
use crate::domain::time::Timestamp;
use crate::domain::{ContactId, EventKind};

/// This database's link to a team.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamState {
    /// The server's connection string, without a password.
    pub url: String,
    /// My role on the server.
    pub rep: String,
    /// The last local event id pushed.
    pub pushed_event: i64,
    /// The last server sequence number pulled.
    pub pulled_seq: i64,
    pub last_sync_at: Option<Timestamp>,
    /// The last sync's error, in words; `None` when it went through.
    pub last_error: Option<String>,
}

/// Where a normalised profile URL and e-mail come from: the stored ones, normalised again
/// so that every rep sends the form of the current rules.
fn person_ref(url: Option<String>, email: &str) -> PersonRef {
    PersonRef {
        url: url.and_then(|u| normalise_profile_url(&u).ok()),
        email: Some(normalise_email(email)).filter(|e| !e.is_empty()),
    }
}

impl super::Store {
    /// The team this database syncs with, if it joined one.
    pub fn team_state(&self) -> Result<Option<TeamState>, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT url, rep, pushed_event, pulled_seq, last_sync_at, last_error FROM team_sync",
                [],
                |r| {
                    Ok(TeamState {
                        url: r.get(0)?,
                        rep: r.get(1)?,
                        pushed_event: r.get(2)?,
                        pulled_seq: r.get(3)?,
                        last_sync_at: r.get::<_, Option<i64>>(4)?.map(time),
                        last_error: r.get(5)?,
                    })
                },
            )
            .optional()?)
    }

    /// Links this database to a team as `rep` (my role there). `url` must hold no password.
    /// Joining another server (or as another rep) starts its marks and pulled copy afresh.
    pub fn team_join(&mut self, url: &str, rep: &str) -> Result<(), StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let same: bool = tx
            .query_row(
                "SELECT count(*) FROM team_sync WHERE url = ?1 AND rep = ?2",
                params![url, rep],
                |r| r.get(0),
            )
            .map(|n: i64| n > 0)?;
        if !same {
            tx.execute_batch(
                "DELETE FROM team_sync; DELETE FROM team_events; DELETE FROM team_claims;
                 DELETE FROM team_reps; DELETE FROM team_retractions_pushed;",
            )?;
            tx.execute(
                "INSERT INTO team_sync (one, url, rep) VALUES (1, ?1, ?2)",
                params![url, rep],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// How many of my events and retractions are not on the team server yet.
    pub fn team_pending(&self) -> Result<u64, StoreError> {
        let n: i64 = self.conn.query_row(
            "SELECT (SELECT count(*) FROM events WHERE rep IS NULL
                       AND id > (SELECT pushed_event FROM team_sync))
                  + (SELECT count(*) FROM event_retractions r
                     WHERE r.event_id <= (SELECT pushed_event FROM team_sync)
                       AND r.event_id NOT IN (SELECT event_id FROM team_retractions_pushed))",
            [],
            |r| r.get(0),
        )?;
        Ok(n as u64)
    }

    /// Up to `limit` of my events after local id `after`, oldest first, with the person
    /// each is about.
    pub fn team_outgoing(
        &self,
        after: i64,
        limit: usize,
    ) -> Result<Vec<OutgoingEvent>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT e.id, e.uuid, e.platform, e.kind, e.at, p.url, c.email,
                    trim(c.first_name || ' ' || c.last_name)
             FROM events e JOIN contacts c ON c.id = e.contact_id
             LEFT JOIN profiles p ON p.contact_id = e.contact_id AND p.platform = e.platform
             WHERE e.id > ?1 AND e.rep IS NULL ORDER BY e.id LIMIT ?2",
        )?;
        let rows = stmt.query_map(params![after, limit as i64], |r| {
            Ok(OutgoingEvent {
                local_id: r.get(0)?,
                uuid: r.get(1)?,
                platform: r.get(2)?,
                kind: r.get(3)?,
                at: time(r.get(4)?),
                person: person_ref(r.get(5)?, &r.get::<_, String>(6)?),
                person_name: r.get(7)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Retractions of my events that are on the server but whose retraction is not:
    /// `(local event id, event uuid)`.
    pub fn team_outgoing_retractions(&self) -> Result<Vec<(i64, String)>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT e.id, e.uuid FROM event_retractions r JOIN events e ON e.id = r.event_id
             WHERE e.rep IS NULL AND e.id <= (SELECT pushed_event FROM team_sync)
               AND e.id NOT IN (SELECT event_id FROM team_retractions_pushed)
             ORDER BY e.id",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Records that the server holds my events up to local id `pushed` and the retractions
    /// of `retracted` (local ids).
    pub fn team_mark_pushed(&mut self, pushed: i64, retracted: &[i64]) -> Result<(), StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "UPDATE team_sync SET pushed_event = max(pushed_event, ?1)",
            [pushed],
        )?;
        for id in retracted {
            tx.execute(
                "INSERT OR IGNORE INTO team_retractions_pushed (event_id) VALUES (?1)",
                [id],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Stores a page of pulled events and moves the pull mark to `mark`, in one
    /// transaction. Rows already held are left as they are: pulling twice adds nothing.
    pub fn team_store_pulled(&mut self, events: &[TeamEvent], mark: i64) -> Result<(), StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        {
            let mut stmt = tx.prepare_cached(
                "INSERT OR IGNORE INTO team_events
                 (seq, uuid, rep, platform, kind, at, person_url, person_email, person_name, retracts)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            )?;
            for e in events {
                stmt.execute(params![
                    e.seq,
                    e.uuid,
                    e.rep,
                    e.platform,
                    e.kind,
                    secs(e.at),
                    e.person.url,
                    e.person.email,
                    e.person_name,
                    e.retracts
                ])?;
            }
        }
        tx.execute(
            "UPDATE team_sync SET pulled_seq = max(pulled_seq, ?1)",
            [mark],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Replaces the copy of the team's current claims and reps with the server's.
    pub fn team_store_directory(
        &mut self,
        claims: &[Claim],
        reps: &[(String, String, bool)],
    ) -> Result<(), StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute_batch("DELETE FROM team_claims; DELETE FROM team_reps;")?;
        for c in claims {
            tx.execute(
                "INSERT OR REPLACE INTO team_claims (person_key, rep, since) VALUES (?1, ?2, ?3)",
                params![c.person_key, c.rep, secs(c.since)],
            )?;
        }
        for (role, name, manager) in reps {
            tx.execute(
                "INSERT OR REPLACE INTO team_reps (role, name, manager) VALUES (?1, ?2, ?3)",
                params![role, name, manager],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Records how the last sync went (`error` in words, `None` when it went through).
    pub fn team_record_sync(
        &mut self,
        at: Timestamp,
        error: Option<&str>,
    ) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE team_sync SET last_sync_at = CASE WHEN ?2 IS NULL THEN ?1 ELSE last_sync_at END,
                                  last_error = ?2",
            params![secs(at), error],
        )?;
        Ok(())
    }

    /// Every pulled event of the other reps, retractions included, in server order.
    pub fn team_events(&self) -> Result<Vec<TeamEvent>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT seq, uuid, rep, platform, kind, at, person_url, person_email, person_name, retracts
             FROM team_events ORDER BY seq",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(TeamEvent {
                seq: r.get(0)?,
                uuid: r.get(1)?,
                rep: r.get(2)?,
                platform: r.get(3)?,
                kind: r.get::<_, EventKind>(4)?,
                at: time(r.get(5)?),
                person: PersonRef {
                    url: r.get(6)?,
                    email: r.get(7)?,
                },
                person_name: r.get(8)?,
                retracts: r.get(9)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// My own events as the team sees them (rep = my role), for the team report.
    pub fn team_own_events(&self, me: &str) -> Result<Vec<TeamEvent>, StoreError> {
        let mut out = Vec::new();
        let mut after = 0;
        loop {
            let page = self.team_outgoing(after, 10_000)?;
            let Some(last) = page.last() else { break };
            after = last.local_id;
            out.extend(page.into_iter().map(|o| o.into_team_event(me)));
        }
        let retracted: std::collections::HashSet<String> = self
            .conn
            .prepare_cached(
                "SELECT e.uuid FROM event_retractions r JOIN events e ON e.id = r.event_id",
            )?
            .query_map([], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        out.retain(|e| !retracted.contains(&e.uuid));
        Ok(out)
    }

    /// The team's current claims, as last pulled.
    pub fn team_claims(&self) -> Result<Vec<Claim>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT person_key, rep, since FROM team_claims ORDER BY person_key")?;
        let rows = stmt.query_map([], |r| {
            Ok(Claim {
                person_key: r.get(0)?,
                rep: r.get(1)?,
                since: time(r.get(2)?),
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The team's reps: role → name, as last pulled.
    pub fn team_rep_names(&self) -> Result<HashMap<String, String>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT role, name FROM team_reps")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// How the team recognises a contact: profile URLs in platform order, and e-mail.
    pub fn team_person(&self, id: ContactId) -> Result<Person, StoreError> {
        let c = super::contacts::require(&self.conn, id)?;
        let mut urls = Vec::new();
        for p in super::contacts::profiles(&self.conn, id)? {
            if let Some(u) = p.url.and_then(|u| normalise_profile_url(&u).ok()) {
                urls.push(u);
            }
        }
        Ok(Person {
            urls,
            email: Some(normalise_email(&c.fields.email)).filter(|e| !e.is_empty()),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::command::Command;
    use crate::domain::time::from_secs;
    use crate::domain::{ContactFields, NewEvent, PlatformRules};
    use crate::store::Store;

    fn store_with_events(n: usize) -> Store {
        let mut s = Store::open_in_memory(PlatformRules::builtin()).unwrap();
        let c = s
            .apply(Command::CreateContact {
                fields: ContactFields::named("Jan", "Neumann"),
                profiles: vec![("linkedin".into(), Some("linkedin.com/in/jan".into()))],
            })
            .unwrap()
            .created_contact
            .unwrap();
        for i in 0..n {
            s.apply(Command::LogEvent(NewEvent::manual(
                c,
                "linkedin",
                EventKind::Message,
                from_secs(1_700_000_000 + i as i64),
            )))
            .unwrap();
        }
        s
    }

    #[test]
    fn every_event_gets_a_unique_uuid_v7_and_a_raw_insert_one_from_the_trigger() {
        let s = store_with_events(50);
        s.conn
            .execute(
                "INSERT INTO events (contact_id, platform, kind, at, recorded_at) VALUES (1, 'linkedin', 'liked', 0, 1700000000)",
                [],
            )
            .unwrap();
        let ids: Vec<String> = s
            .conn
            .prepare("SELECT uuid FROM events")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(ids.len(), 51);
        let unique: std::collections::HashSet<&String> = ids.iter().collect();
        assert_eq!(unique.len(), 51);
        for id in &ids {
            let u = uuid::Uuid::parse_str(id).unwrap();
            assert_eq!(u.get_version_num(), 7, "{id}");
        }
    }

    #[test]
    fn migration_008_backfills_a_uuid_v7_for_events_stored_before() {
        let mut conn = rusqlite::Connection::open_in_memory().unwrap();
        // Every migration before this one (008 is the last in the list).
        let list = super::super::migrations::MIGRATION_LIST;
        let before = rusqlite_migration::Migrations::from_slice(&list[..list.len() - 1]);
        before.to_latest(&mut conn).unwrap();
        conn.execute_batch(
            "INSERT INTO contacts (id, first_name, created_at, updated_at) VALUES (1, 'Jan', 0, 0);
             INSERT INTO events (contact_id, platform, kind, at, recorded_at) VALUES (1, 'linkedin', 'liked', 0, 1700000000);
             INSERT INTO events (contact_id, platform, kind, at, recorded_at) VALUES (1, 'linkedin', 'liked', 0, 1700000000);",
        )
        .unwrap();
        super::super::MIGRATIONS.to_latest(&mut conn).unwrap();
        let ids: Vec<String> = conn
            .prepare("SELECT uuid FROM events")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(ids.len(), 2);
        assert_ne!(ids[0], ids[1]);
        for id in &ids {
            assert_eq!(uuid::Uuid::parse_str(id).unwrap().get_version_num(), 7);
        }
    }

    #[test]
    fn pending_counts_unpushed_events_and_retractions_and_join_keeps_marks_for_the_same_team() {
        let mut s = store_with_events(3);
        s.team_join("postgres://me@h/team", "r_me").unwrap();
        assert_eq!(s.team_pending().unwrap(), 3);
        s.team_mark_pushed(2, &[]).unwrap();
        assert_eq!(s.team_pending().unwrap(), 1);
        s.apply(Command::RetractEvents(vec![crate::domain::EventId(1)]))
            .unwrap();
        assert_eq!(s.team_pending().unwrap(), 2);
        s.team_join("postgres://me@h/team", "r_me").unwrap();
        assert_eq!(s.team_state().unwrap().unwrap().pushed_event, 2);
        s.team_join("postgres://me@other/team", "r_me").unwrap();
        assert_eq!(s.team_state().unwrap().unwrap().pushed_event, 0);
    }
}
