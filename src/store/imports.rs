//! The import journal (`imports`: when, what file, what it changed) and the histories the
//! analytics workbook brings: daily follower counts and daily impressions/engagements.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};

use super::sql_types::{secs, time};
use super::{Bulk, StoreError};
use crate::domain::followers::{FollowerHistory, PlatformFollowers};
use crate::domain::time::{Timestamp, now};

/// One journal entry to write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JournalEntry<'a> {
    /// `linkedin`, `xing`, `vcard`, `csv`, `analytics`.
    pub kind: &'a str,
    pub path: &'a str,
    pub added: u64,
    pub updated: u64,
    pub unchanged: u64,
    pub skipped: u64,
    /// The full report as JSON.
    pub report_json: &'a str,
}

/// One journal entry as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JournalRow {
    pub id: i64,
    pub kind: String,
    pub path: String,
    pub started_at: Timestamp,
    pub finished_at: Timestamp,
    pub added: u64,
    pub updated: u64,
    pub unchanged: u64,
    pub skipped: u64,
    pub report_json: String,
}

/// What writing one day of history did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayChange {
    Added,
    Updated,
    Unchanged,
}

impl Bulk<'_> {
    /// Writes the journal entry for this import (inside its transaction); returns its id.
    pub fn record_import(&mut self, e: &JournalEntry<'_>) -> Result<i64, StoreError> {
        self.tx
            .prepare_cached(
                "INSERT INTO imports (kind, path, started_at, finished_at, added, updated, unchanged, skipped, report)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )?
            .execute(params![
                e.kind,
                e.path,
                secs(self.now),
                secs(now()),
                e.added as i64,
                e.updated as i64,
                e.unchanged as i64,
                e.skipped as i64,
                e.report_json
            ])?;
        Ok(self.tx.last_insert_rowid())
    }

    /// Sets one day of follower history.
    pub fn follower_day(
        &mut self,
        platform: &str,
        day: NaiveDate,
        new_followers: i64,
        total: Option<i64>,
    ) -> Result<DayChange, StoreError> {
        self.rules.require(platform)?;
        let day = day.format("%Y-%m-%d").to_string();
        let old: Option<(i64, Option<i64>)> = self
            .tx
            .prepare_cached(
                "SELECT new_followers, total FROM follower_counts WHERE platform = ?1 AND day = ?2",
            )?
            .query_row(params![platform, day], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        let total = total.or(old.and_then(|o| o.1));
        if old == Some((new_followers, total)) {
            return Ok(DayChange::Unchanged);
        }
        self.tx
            .prepare_cached(
                "INSERT INTO follower_counts (platform, day, new_followers, total) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (platform, day) DO UPDATE SET new_followers = excluded.new_followers, total = excluded.total",
            )?
            .execute(params![platform, day, new_followers, total])?;
        Ok(if old.is_some() {
            DayChange::Updated
        } else {
            DayChange::Added
        })
    }

    /// Sets one day of impressions and engagements.
    pub fn engagement_day(
        &mut self,
        platform: &str,
        day: NaiveDate,
        impressions: i64,
        engagements: i64,
    ) -> Result<DayChange, StoreError> {
        self.rules.require(platform)?;
        let day = day.format("%Y-%m-%d").to_string();
        let old: Option<(i64, i64)> = self
            .tx
            .prepare_cached("SELECT impressions, engagements FROM engagement_daily WHERE platform = ?1 AND day = ?2")?
            .query_row(params![platform, day], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        if old == Some((impressions, engagements)) {
            return Ok(DayChange::Unchanged);
        }
        self.tx
            .prepare_cached(
                "INSERT INTO engagement_daily (platform, day, impressions, engagements) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (platform, day) DO UPDATE SET impressions = excluded.impressions, engagements = excluded.engagements",
            )?
            .execute(params![platform, day, impressions, engagements])?;
        Ok(if old.is_some() {
            DayChange::Updated
        } else {
            DayChange::Added
        })
    }
}

impl super::Store {
    /// The import journal, newest first.
    pub fn imports(&self) -> Result<Vec<JournalRow>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, kind, path, started_at, finished_at, added, updated, unchanged, skipped, report
             FROM imports ORDER BY id DESC",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(JournalRow {
                id: r.get(0)?,
                kind: r.get(1)?,
                path: r.get(2)?,
                started_at: time(r.get(3)?),
                finished_at: time(r.get(4)?),
                added: r.get::<_, i64>(5)? as u64,
                updated: r.get::<_, i64>(6)? as u64,
                unchanged: r.get::<_, i64>(7)? as u64,
                skipped: r.get::<_, i64>(8)? as u64,
                report_json: r.get(9)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// `followdesk report followers`: per platform, the imported follower history.
    pub fn follower_history(&self) -> Result<FollowerHistory, StoreError> {
        let mut out = FollowerHistory::default();
        let mut stmt = self.conn.prepare_cached(
            "SELECT count(*), min(day), max(day), sum(new_followers),
                    (SELECT total FROM follower_counts f2 WHERE f2.platform = ?1 AND total IS NOT NULL
                     ORDER BY day DESC LIMIT 1)
             FROM follower_counts WHERE platform = ?1",
        )?;
        for key in self.rules.keys() {
            let p = stmt.query_row([key], |r| {
                let days: i64 = r.get(0)?;
                let day = |s: Option<String>| {
                    s.and_then(|s| NaiveDate::parse_from_str(&s, "%Y-%m-%d").ok())
                };
                Ok(if days == 0 {
                    PlatformFollowers::default()
                } else {
                    PlatformFollowers {
                        total: r.get::<_, Option<i64>>(4)?.map(|t| t as u64),
                        days: Some(days as u64),
                        first_day: day(r.get(1)?),
                        last_day: day(r.get(2)?),
                        new_followers: r.get::<_, Option<i64>>(3)?.map(|t| t as u64),
                    }
                })
            })?;
            out.platforms.insert(key.to_owned(), p);
        }
        Ok(out)
    }

    /// Daily impressions and engagements on `platform`, oldest first.
    pub fn engagement_history(
        &self,
        platform: &str,
    ) -> Result<Vec<(NaiveDate, u64, u64)>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT day, impressions, engagements FROM engagement_daily WHERE platform = ?1 ORDER BY day",
        )?;
        let rows = stmt.query_map([platform], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, i64>(2)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (d, i, e) = row?;
            if let Ok(d) = NaiveDate::parse_from_str(&d, "%Y-%m-%d") {
                out.push((d, i as u64, e as u64));
            }
        }
        Ok(out)
    }
}
