//! Stored profile links brought to the current normal form (see
//! [`crate::domain::profile_url`]): run from [`super::Store::open`] after the migrations,
//! once per [`LINK_FORM_VERSION`], in one IMMEDIATE transaction, after a backup. Contacts
//! whose links turn out to be the same profile (`linn%C3%A9a-…` and `linnéa-…`, `/in/Anna`
//! and `/in/anna`, `…/Anna_B/cv` and `…/Anna_B`) are merged as the Merge command merges
//! them — events, tags and profiles to the oldest live one — and each merge is recorded
//! in `merges`. A link that is on no host of its platform is left as it was.

use std::collections::BTreeMap;
use std::path::Path;

use rusqlite::{Connection, TransactionBehavior, params};

use super::{StoreError, backup};
use crate::domain::identity::normalise_profile_url_on;
use crate::domain::{ContactId, PlatformRules};

/// The version of the normal form stored links are rewritten to. Raise it when the form
/// changes: the next open rewrites them again.
pub const LINK_FORM_VERSION: i64 = 1;

/// What a rewrite did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LinkRewrite {
    pub rewritten: u64,
    pub merged: u64,
}

/// A contact holding a link: its id, whether it is live, and the link as stored.
type Owner = (ContactId, bool, String);

/// Rewrites the stored links when they are in an older form than this build's.
pub(crate) fn normalise_stored(
    conn: &mut Connection,
    rules: &PlatformRules,
    path: Option<&Path>,
) -> Result<LinkRewrite, StoreError> {
    let version: i64 = conn.query_row("SELECT max(version) FROM link_form", [], |r| r.get(0))?;
    if version >= LINK_FORM_VERSION {
        return Ok(LinkRewrite::default());
    }
    let any_link: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM profiles WHERE url IS NOT NULL)",
        [],
        |r| r.get(0),
    )?;
    if any_link && let Some(p) = path {
        backup::rotating_backup(conn, p, "before-link-rewrite")?;
    }
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let mut done = LinkRewrite::default();
    // (platform, normal form) → (contact, live, stored form), oldest contact first.
    let mut forms: BTreeMap<(String, String), Vec<Owner>> = BTreeMap::new();
    {
        let mut stmt = tx.prepare(
            "SELECT p.contact_id, p.platform, p.url, c.deleted_at IS NULL FROM profiles p
             JOIN contacts c ON c.id = p.contact_id
             WHERE p.url IS NOT NULL ORDER BY p.contact_id",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let (id, platform, url, live): (ContactId, String, String, bool) =
                (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?);
            let Some(rule) = rules.get(&platform) else {
                continue;
            };
            let Ok(normal) = normalise_profile_url_on(rule, &url) else {
                continue;
            };
            forms
                .entry((platform, normal))
                .or_default()
                .push((id, live, url));
        }
    }
    let now = chrono::Utc::now().timestamp();
    // Who each merged contact went into: a contact can share links on two platforms.
    let mut merged_into: BTreeMap<ContactId, ContactId> = BTreeMap::new();
    for ((platform, normal), owners) in &forms {
        let owners: Vec<&Owner> = owners
            .iter()
            .filter(|(id, ..)| !merged_into.contains_key(id))
            .collect();
        let Some(first) = owners.first() else {
            continue;
        };
        // The oldest live contact keeps the link; the others are merged into it.
        let keep = owners.iter().find(|(_, live, _)| *live).unwrap_or(first).0;
        for (absorb, _, url) in owners.iter().copied().filter(|(id, ..)| *id != keep) {
            merged_into.insert(*absorb, keep);
            super::apply::merge(&tx, keep, *absorb)?;
            tx.execute(
                "INSERT INTO merges (kept, absorbed, platform, url, reason, at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    keep,
                    absorb,
                    platform,
                    normal,
                    format!("same profile as {url}"),
                    now
                ],
            )?;
            done.merged += 1;
        }
        let n = tx.execute(
            "UPDATE profiles SET url = ?3 WHERE contact_id = ?1 AND platform = ?2 AND url <> ?3",
            params![keep, platform, normal],
        )?;
        done.rewritten += n as u64;
    }
    tx.execute("UPDATE link_form SET version = ?1", [LINK_FORM_VERSION])?;
    tx.commit()?;
    Ok(done)
}
