//! Loading the metrics snapshot ([`Log`]) in one read of the live log, my posts and the
//! imported daily series; the warmth settings; and small writers for the imported daily
//! series (used by tests and the analytics importer).

use chrono::NaiveDate;
use rusqlite::params;

use super::StoreError;
use crate::domain::EventKind;
use crate::domain::metrics::{Log, LogBuilder, WarmthParams};

impl super::Store {
    /// The metrics snapshot: every live event of contacts not in the trash, my posts and
    /// the imported follower and engagement days. Reads about a million rows on a big
    /// database: run it on a worker thread, then keep the result current with
    /// [`Log::push`].
    pub fn metrics_log(&self) -> Result<Log, StoreError> {
        let mut b = LogBuilder::new(&self.rules);
        let mut stmt = self.conn.prepare_cached(
            "SELECT e.contact_id, e.platform, e.kind, e.at FROM events e
             JOIN contacts c ON c.id = e.contact_id
             WHERE c.deleted_at IS NULL
               AND NOT EXISTS (SELECT 1 FROM event_retractions r WHERE r.event_id = e.id)
             ORDER BY e.contact_id, e.platform, e.at, e.id",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let kind: EventKind = r.get(2)?;
            let platform = r.get_ref(1)?.as_str().map_err(rusqlite::Error::from)?;
            b.event(r.get(0)?, platform, kind, r.get(3)?);
        }
        for p in self.posts()? {
            b.post(&p.post);
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT platform, day, new_followers, total FROM follower_counts ORDER BY platform, day",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let platform: String = r.get(0)?;
            b.follower_day(
                &platform,
                day("follower_counts", &r.get::<_, String>(1)?)?,
                r.get(2)?,
                r.get(3)?,
            );
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT platform, day, impressions, engagements FROM engagement_daily ORDER BY platform, day",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let platform: String = r.get(0)?;
            b.engagement_day(
                &platform,
                day("engagement_daily", &r.get::<_, String>(1)?)?,
                r.get(2)?,
                r.get(3)?,
            );
        }
        Ok(b.build())
    }

    /// Warmth parameters: the defaults, with `warmth.threshold` and
    /// `warmth.half_life_days` from the settings when set.
    pub fn warmth_params(&self) -> Result<WarmthParams, StoreError> {
        let mut p = WarmthParams::default();
        if let Some(v) = self.number_setting(WarmthParams::THRESHOLD_SETTING)? {
            p.threshold = v;
        }
        if let Some(v) = self.number_setting(WarmthParams::HALF_LIFE_SETTING)? {
            p.half_life_days = v;
        }
        Ok(p)
    }

    pub(super) fn number_setting(&self, key: &str) -> Result<Option<f64>, StoreError> {
        let Some(text) = self.setting(key)? else {
            return Ok(None);
        };
        match text.trim().parse::<f64>() {
            Ok(v) if v.is_finite() && v >= 0.0 => Ok(Some(v)),
            _ => Err(StoreError::InvalidSetting {
                key: key.to_owned(),
                value: text,
            }),
        }
    }

    /// Records one imported day of follower counts (replacing that day).
    pub fn record_follower_day(
        &mut self,
        platform: &str,
        day: NaiveDate,
        new_followers: i64,
        total: Option<i64>,
    ) -> Result<(), StoreError> {
        self.rules.require(platform)?;
        self.conn
            .prepare_cached(
                "INSERT OR REPLACE INTO follower_counts (platform, day, new_followers, total)
                 VALUES (?1, ?2, ?3, ?4)",
            )?
            .execute(params![platform, day.to_string(), new_followers, total])?;
        Ok(())
    }

    /// Records one imported day of impressions and engagements (replacing that day).
    pub fn record_engagement_day(
        &mut self,
        platform: &str,
        day: NaiveDate,
        impressions: i64,
        engagements: i64,
    ) -> Result<(), StoreError> {
        self.rules.require(platform)?;
        self.conn
            .prepare_cached(
                "INSERT OR REPLACE INTO engagement_daily (platform, day, impressions, engagements)
                 VALUES (?1, ?2, ?3, ?4)",
            )?
            .execute(params![platform, day.to_string(), impressions, engagements])?;
        Ok(())
    }

    /// Display names ("First Last") of the given contacts, in the same order; a contact
    /// that no longer exists gets an empty name.
    pub fn contact_names(
        &self,
        ids: &[crate::domain::ContactId],
    ) -> Result<Vec<String>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT first_name, last_name FROM contacts WHERE id = ?1")?;
        ids.iter()
            .map(|id| {
                let mut rows = stmt.query([id])?;
                Ok(match rows.next()? {
                    Some(r) => crate::domain::ContactFields::named(
                        &r.get::<_, String>(0)?,
                        &r.get::<_, String>(1)?,
                    )
                    .display_name(),
                    None => String::new(),
                })
            })
            .collect()
    }
}

/// A stored `YYYY-MM-DD` day of `table`.
fn day(table: &'static str, text: &str) -> Result<NaiveDate, StoreError> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|e| StoreError::InvalidDay {
        table,
        value: text.to_owned(),
        reason: e,
    })
}
