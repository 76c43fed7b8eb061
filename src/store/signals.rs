//! What the signals and reminders read beyond the metrics snapshot: job changes with their
//! jobs, the causes of dismissed signals, reminders, and the signal thresholds.

use super::StoreError;
use super::events::row_to_event;
use crate::domain::signals::{
    Cause, JobChange, JobChangeFact, Reminder, SignalFacts, SignalParams, reminders,
};
use crate::domain::{Event, EventKind};

impl super::Store {
    /// Live events of these kinds of contacts not in the trash, oldest first.
    fn live_events_of(&self, kinds: &[EventKind]) -> Result<Vec<Event>, StoreError> {
        let codes: Vec<&str> = kinds.iter().map(|k| k.code()).collect();
        let mut stmt = self.conn.prepare_cached(
            "SELECT e.id, e.contact_id, e.platform, e.kind, e.at, e.message, e.source
             FROM events e JOIN contacts c ON c.id = e.contact_id
             WHERE e.kind IN (SELECT value FROM json_each(?1)) AND c.deleted_at IS NULL
               AND NOT EXISTS (SELECT 1 FROM event_retractions r WHERE r.event_id = e.id)
             ORDER BY e.at, e.id",
        )?;
        let json = serde_json::to_string(&codes).unwrap_or_else(|_| "[]".into());
        let rows = stmt.query_map([json], row_to_event)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Job changes and dismissed causes (messages that cannot be read are left out).
    pub fn signal_facts(&self) -> Result<SignalFacts, StoreError> {
        let mut facts = SignalFacts::default();
        for e in self.live_events_of(&[EventKind::JobChanged, EventKind::SignalDismissed])? {
            match e.kind {
                EventKind::JobChanged => {
                    if let Some(change) = JobChange::from_message(&e.message) {
                        facts.job_changes.push(JobChangeFact {
                            contact: e.contact_id,
                            platform: e.platform,
                            at: e.at,
                            change,
                        });
                    }
                }
                _ => {
                    if let Some(cause) = Cause::from_message(&e.message) {
                        facts.dismissed.insert((e.contact_id, e.platform, cause));
                    }
                }
            }
        }
        Ok(facts)
    }

    /// Every reminder, open or closed, soonest due first.
    pub fn reminders(&self) -> Result<Vec<Reminder>, StoreError> {
        let events = self.live_events_of(&[EventKind::ReminderSet, EventKind::ReminderClosed])?;
        Ok(reminders(&events))
    }

    /// The signal thresholds: the defaults, with each `signals.*` setting that is set.
    pub fn signal_params(&self) -> Result<SignalParams, StoreError> {
        let mut p = SignalParams::default();
        for (key, field) in SignalParams::settings() {
            if let Some(v) = self.number_setting(key)? {
                *field(&mut p) = v;
            }
        }
        Ok(p)
    }
}

impl super::Bulk<'_> {
    /// Each live job change so far, as (contact, change): an import does not record going
    /// back to a job a person had left (an older export read again).
    pub fn job_change_history(
        &self,
    ) -> Result<Vec<(crate::domain::ContactId, JobChange)>, StoreError> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT contact_id, message FROM events e WHERE kind = 'job_changed'
               AND NOT EXISTS (SELECT 1 FROM event_retractions r WHERE r.event_id = e.id)",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get::<_, String>(1)?)))?;
        let mut out = Vec::new();
        for row in rows {
            let (id, message) = row?;
            if let Some(c) = JobChange::from_message(&message) {
                out.push((id, c));
            }
        }
        Ok(out)
    }
}
