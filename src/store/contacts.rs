//! Contacts and their platform profiles.

use rusqlite::{Connection, OptionalExtension, params};

use super::StoreError;
use super::sql_types::{opt_time, secs, time};
use crate::domain::identity::normalise_profile_url_on;
use crate::domain::time::Timestamp;
use crate::domain::{Contact, ContactFields, ContactId, PlatformRules};

/// A profile as listed on the contact page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileRow {
    pub platform: String,
    pub url: Option<String>,
}

pub(crate) fn insert(
    conn: &Connection,
    fields: &ContactFields,
    now: Timestamp,
) -> Result<ContactId, StoreError> {
    conn.prepare_cached(
        "INSERT INTO contacts (first_name, last_name, company, position, email, phone, notes, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
    )?
    .execute(params![
        fields.first_name,
        fields.last_name,
        fields.company,
        fields.position,
        fields.email,
        fields.phone,
        fields.notes,
        secs(now)
    ])?;
    Ok(ContactId(conn.last_insert_rowid()))
}

pub(crate) fn update(
    conn: &Connection,
    id: ContactId,
    fields: &ContactFields,
    now: Timestamp,
) -> Result<(), StoreError> {
    let n = conn
        .prepare_cached(
            "UPDATE contacts SET first_name = ?2, last_name = ?3, company = ?4, position = ?5,
             email = ?6, phone = ?7, notes = ?8, updated_at = ?9 WHERE id = ?1",
        )?
        .execute(params![
            id,
            fields.first_name,
            fields.last_name,
            fields.company,
            fields.position,
            fields.email,
            fields.phone,
            fields.notes,
            secs(now)
        ])?;
    if n == 0 {
        return Err(StoreError::NoSuchContact(id.0));
    }
    Ok(())
}

/// The contact fields from columns `first..first + 7` of a row, in the order
/// first name, last name, company, position, e-mail, phone, notes.
pub(crate) fn fields_from_row(
    r: &rusqlite::Row<'_>,
    first: usize,
) -> rusqlite::Result<ContactFields> {
    Ok(ContactFields {
        first_name: r.get(first)?,
        last_name: r.get(first + 1)?,
        company: r.get(first + 2)?,
        position: r.get(first + 3)?,
        email: r.get(first + 4)?,
        phone: r.get(first + 5)?,
        notes: r.get(first + 6)?,
    })
}

pub(crate) fn get(conn: &Connection, id: ContactId) -> Result<Option<Contact>, StoreError> {
    Ok(conn
        .prepare_cached(
            "SELECT id, first_name, last_name, company, position, email, phone, notes,
                    created_at, updated_at, deleted_at
             FROM contacts WHERE id = ?1",
        )?
        .query_row([id], |r| {
            Ok(Contact {
                id: r.get(0)?,
                fields: fields_from_row(r, 1)?,
                created_at: time(r.get(8)?),
                updated_at: time(r.get(9)?),
                deleted_at: opt_time(r.get(10)?),
            })
        })
        .optional()?)
}

pub(crate) fn require(conn: &Connection, id: ContactId) -> Result<Contact, StoreError> {
    get(conn, id)?.ok_or(StoreError::NoSuchContact(id.0))
}

pub(crate) fn set_deleted(
    conn: &Connection,
    id: ContactId,
    deleted_at: Option<Timestamp>,
) -> Result<(), StoreError> {
    let n = conn
        .prepare_cached("UPDATE contacts SET deleted_at = ?2 WHERE id = ?1")?
        .execute(params![id, deleted_at.map(secs)])?;
    if n == 0 {
        return Err(StoreError::NoSuchContact(id.0));
    }
    Ok(())
}

/// Sets the profile on `platform`; a URL is normalised and must not belong to another contact.
pub(crate) fn set_profile(
    conn: &Connection,
    rules: &PlatformRules,
    id: ContactId,
    platform: &str,
    url: Option<&str>,
) -> Result<(), StoreError> {
    let url = match url.map(str::trim).filter(|u| !u.is_empty()) {
        Some(u) => Some(normalise_profile_url_on(rules.require(platform)?, u)?),
        None => None,
    };
    set_normalised_profile(conn, rules, id, platform, url.as_deref())
}

/// [`set_profile`] with a URL normalised already (importers normalise each link once). A
/// URL that belongs to another contact is refused by the unique index; only then is its
/// owner looked up, for the message, so the common case costs one statement.
pub(crate) fn set_normalised_profile(
    conn: &Connection,
    rules: &PlatformRules,
    id: ContactId,
    platform: &str,
    url: Option<&str>,
) -> Result<(), StoreError> {
    rules.require(platform)?;
    let written = conn
        .prepare_cached(
            "INSERT INTO profiles (contact_id, platform, url) VALUES (?1, ?2, ?3)
             ON CONFLICT (contact_id, platform) DO UPDATE SET url = coalesce(excluded.url, url)",
        )?
        .execute(params![id, platform, url]);
    match (written, url) {
        (Ok(_), _) => Ok(()),
        (Err(e), Some(u))
            if e.sqlite_error_code() == Some(rusqlite::ErrorCode::ConstraintViolation) =>
        {
            let owner: Option<ContactId> = conn
                .prepare_cached("SELECT contact_id FROM profiles WHERE platform = ?1 AND url = ?2")?
                .query_row(params![platform, u], |r| r.get(0))
                .optional()?;
            match owner.filter(|o| *o != id) {
                Some(owner) => Err(StoreError::ProfileTaken {
                    platform: platform.to_owned(),
                    url: u.to_owned(),
                    owner: owner.0,
                }),
                None => Err(e.into()),
            }
        }
        (Err(e), _) => Err(e.into()),
    }
}

pub(crate) fn profiles(conn: &Connection, id: ContactId) -> Result<Vec<ProfileRow>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT platform, url FROM profiles WHERE contact_id = ?1
         UNION SELECT DISTINCT platform, NULL FROM relationships r WHERE contact_id = ?1
           AND NOT EXISTS (SELECT 1 FROM profiles p WHERE p.contact_id = r.contact_id AND p.platform = r.platform)
         ORDER BY platform",
    )?;
    let rows = stmt.query_map([id], |r| {
        Ok(ProfileRow {
            platform: r.get(0)?,
            url: r.get(1)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

impl super::Store {
    /// One contact, trashed or not.
    pub fn contact(&self, id: ContactId) -> Result<Option<Contact>, StoreError> {
        get(&self.conn, id)
    }

    /// A contact's profiles, one per platform it appears on.
    pub fn profiles(&self, id: ContactId) -> Result<Vec<ProfileRow>, StoreError> {
        profiles(&self.conn, id)
    }

    /// Contacts not in the trash.
    pub fn contact_count(&self) -> Result<u64, StoreError> {
        let n: i64 = self.conn.query_row(
            "SELECT count(*) FROM contacts WHERE deleted_at IS NULL",
            [],
            |r| r.get(0),
        )?;
        Ok(n as u64)
    }

    /// The contact whose profile on `platform` has this URL (any form of it).
    pub fn contact_by_profile(
        &self,
        platform: &str,
        url: &str,
    ) -> Result<Option<ContactId>, StoreError> {
        let url = normalise_profile_url_on(self.rules.require(platform)?, url)?;
        Ok(self
            .conn
            .prepare_cached("SELECT contact_id FROM profiles WHERE platform = ?1 AND url = ?2")?
            .query_row(params![platform, url], |r| r.get(0))
            .optional()?)
    }
}
