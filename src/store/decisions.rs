//! The rep's Triage decisions as labelled examples for a personal classifier: each manual
//! accept, redirect or decline with the message of the request it answered.

use rusqlite::params;

use super::StoreError;
use crate::domain::EventKind;
use crate::domain::classifier::learned::personal::Decision;

impl super::Store {
    /// Every live manual decision on a received request, oldest first, with the request's
    /// message (the latest request received before the decision, on the same platform).
    pub fn triage_decisions(&self) -> Result<Vec<Decision>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT d.kind, d.platform,
                    (SELECT e.message FROM events e
                      WHERE e.contact_id = d.contact_id AND e.platform = d.platform
                        AND e.kind = ?1 AND (e.at < d.at OR (e.at = d.at AND e.id < d.id))
                        AND NOT EXISTS (SELECT 1 FROM event_retractions x WHERE x.event_id = e.id)
                      ORDER BY e.at DESC, e.id DESC LIMIT 1)
               FROM events d
              WHERE d.kind IN (?2, ?3, ?4) AND d.source = 'manual'
                AND NOT EXISTS (SELECT 1 FROM event_retractions x WHERE x.event_id = d.id)
              ORDER BY d.at, d.id",
        )?;
        let rows = stmt.query_map(
            params![
                EventKind::RequestReceived,
                EventKind::RequestAccepted,
                EventKind::RedirectedToFollow,
                EventKind::RequestDeclined
            ],
            |r| {
                let kind: EventKind = r.get(0)?;
                Ok((kind, r.get::<_, String>(1)?, r.get::<_, Option<String>>(2)?))
            },
        )?;
        let mut out = Vec::new();
        for row in rows {
            let (kind, platform, message) = row?;
            // A decision with no request before it (an accept of my own request) teaches nothing.
            let Some(message) = message else { continue };
            out.push(Decision {
                message,
                platform,
                accepted: kind == EventKind::RequestAccepted,
                declined: kind == EventKind::RequestDeclined,
            });
        }
        Ok(out)
    }
}
