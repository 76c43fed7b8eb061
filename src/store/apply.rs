//! Applying a [`Command`] inside a transaction, and computing its undo.

use rusqlite::{Transaction, params};

use super::{StoreError, contacts, events, posts, relationships, settings, tags, templates};
use crate::domain::command::{Applied, Command};
use crate::domain::time::now;
use crate::domain::{ContactFields, ContactId, NewEvent, PlatformRules};

pub(crate) fn apply(
    tx: &Transaction<'_>,
    rules: &PlatformRules,
    command: Command,
) -> Result<Applied, StoreError> {
    let now = now();
    let mut applied = Applied::default();
    match command {
        Command::CreateContact { fields, profiles } => {
            let fields = fields.validated()?;
            let id = contacts::insert(tx, &fields, now)?;
            for (platform, url) in profiles {
                contacts::set_profile(tx, rules, id, &platform, url.as_deref())?;
            }
            applied.created_contact = Some(id);
            applied.touched.push(id);
            applied.undo = Some(Command::TrashContact(id));
        }
        Command::UpdateContact { id, fields } => {
            applied.touched.push(id);
            let fields = fields.validated()?;
            let old = contacts::require(tx, id)?;
            contacts::update(tx, id, &fields, now)?;
            applied.undo = Some(Command::UpdateContact {
                id,
                fields: old.fields,
            });
        }
        Command::SetProfile { id, platform, url } => {
            applied.touched.push(id);
            contacts::require(tx, id)?;
            let old = contacts::profiles(tx, id)?
                .into_iter()
                .find(|p| p.platform == platform)
                .and_then(|p| p.url);
            contacts::set_profile(tx, rules, id, &platform, url.as_deref())?;
            if url.is_none() {
                tx.execute(
                    "UPDATE profiles SET url = NULL WHERE contact_id = ?1 AND platform = ?2",
                    params![id, platform],
                )?;
            }
            applied.undo = Some(Command::SetProfile {
                id,
                platform,
                url: old,
            });
        }
        Command::TrashContact(id) => {
            applied.touched.push(id);
            contacts::require(tx, id)?;
            contacts::set_deleted(tx, id, Some(now))?;
            applied.undo = Some(Command::RestoreContact(id));
        }
        Command::RestoreContact(id) => {
            applied.touched.push(id);
            contacts::set_deleted(tx, id, None)?;
            applied.undo = Some(Command::TrashContact(id));
        }
        Command::LogEvent(e) => {
            applied.touched.push(e.contact_id);
            let ids = log_events(tx, rules, &[e])?;
            applied.undo = Some(Command::RetractEvents(ids.clone()));
            applied.created_events = ids;
        }
        Command::LogEvents(es) => {
            applied.touched.extend(es.iter().map(|e| e.contact_id));
            let ids = log_events(tx, rules, &es)?;
            applied.undo = Some(Command::RetractEvents(ids.clone()));
            applied.created_events = ids;
        }
        Command::RetractEvents(ids) => {
            for (contact, platform) in events::retract(tx, &ids, now)? {
                relationships::refresh(tx, contact, &platform)?;
                applied.touched.push(contact);
            }
        }
        Command::AddTag { contact, name } => {
            applied.touched.push(contact);
            if tags::add(tx, contact, &name)? {
                applied.undo = Some(Command::RemoveTag { contact, name });
            }
        }
        Command::RemoveTag { contact, name } => {
            applied.touched.push(contact);
            if tags::remove(tx, contact, &name)? {
                applied.undo = Some(Command::AddTag { contact, name });
            }
        }
        Command::RenameTag { tag, name } => {
            let old = tags::rename(tx, tag, &name)?;
            applied.undo = Some(Command::RenameTag { tag, name: old });
        }
        Command::SetTagColor { tag, color } => {
            let old = tags::recolor(tx, tag, &color)?;
            applied.undo = Some(Command::SetTagColor { tag, color: old });
        }
        Command::MergeContacts { keep, absorb } => {
            merge(tx, keep, absorb)?;
            applied.touched.extend([keep, absorb]);
        }
        Command::AddPost(p) => {
            let id = posts::insert(tx, rules, &p, "")?;
            applied.undo = Some(Command::DeletePost(id));
        }
        Command::DeletePost(id) => {
            let post = posts::delete(tx, id)?;
            applied.undo = Some(Command::RestorePost(post));
        }
        Command::RestorePost(post) => {
            let id = posts::restore(tx, rules, &post)?;
            applied.undo = Some(Command::DeletePost(id));
        }
        Command::SetPostKind { post, kind } => {
            let old = posts::set_kind(tx, post, kind)?;
            applied.undo = (old != kind).then_some(Command::SetPostKind { post, kind: old });
        }
        Command::SetTemplate { name, body } => {
            let old = templates::stored(tx, &name)?;
            templates::write(tx, &name, body.as_deref())?;
            applied.undo = Some(Command::SetTemplate { name, body: old });
        }
        Command::SetSetting { key, value } => {
            let old = settings::get(tx, &key)?;
            settings::write(tx, &key, value.as_deref())?;
            applied.undo = Some(Command::SetSetting { key, value: old });
        }
        Command::CaptureRequests(requests) => {
            let report = super::captures::capture(tx, rules, requests, now)?;
            let mut undo: Vec<Command> = Vec::new();
            if !report.created_events.is_empty() {
                undo.push(Command::RetractEvents(report.created_events.clone()));
            }
            undo.extend(
                report
                    .created_contacts
                    .iter()
                    .map(|c| Command::TrashContact(*c)),
            );
            applied.undo = (!undo.is_empty()).then_some(Command::Batch(undo));
            applied.created_contact = report.created_contacts.first().copied();
            applied.created_events = report.created_events;
            applied.touched = report.touched;
        }
        Command::Batch(commands) => {
            let mut undos = Vec::new();
            for c in commands {
                let a = apply(tx, rules, c)?;
                applied.created_contact = applied.created_contact.or(a.created_contact);
                applied.created_events.extend(a.created_events);
                applied.touched.extend(a.touched);
                undos.extend(a.undo);
            }
            undos.reverse();
            applied.undo = (!undos.is_empty()).then_some(Command::Batch(undos));
        }
    }
    applied.touched.dedup();
    Ok(applied)
}

/// Appends events and re-derives the relationships they touch.
fn log_events(
    tx: &Transaction<'_>,
    rules: &PlatformRules,
    es: &[NewEvent],
) -> Result<Vec<crate::domain::EventId>, StoreError> {
    let now = now();
    let mut ids = Vec::with_capacity(es.len());
    let mut touched: Vec<(ContactId, &str)> = Vec::new();
    for e in es {
        ids.push(events::append(tx, rules, e, now)?);
        let key = (e.contact_id, e.platform.as_str());
        if !touched.contains(&key) {
            touched.push(key);
        }
    }
    for (c, p) in touched {
        relationships::refresh(tx, c, p)?;
    }
    Ok(ids)
}

/// Moves everything of `absorb` into `keep`: events, profiles, tags, and fields that `keep`
/// lacks; notes are joined. `absorb` goes to the trash, empty.
pub(super) fn merge(
    tx: &Transaction<'_>,
    keep: ContactId,
    absorb: ContactId,
) -> Result<(), StoreError> {
    if keep == absorb {
        return Err(StoreError::MergeSelf);
    }
    let kept = contacts::require(tx, keep)?;
    let gone = contacts::require(tx, absorb)?;
    let fields = merged_fields(kept.fields, gone.fields);
    contacts::update(tx, keep, &fields, now())?;
    tx.execute(
        "UPDATE events SET contact_id = ?1 WHERE contact_id = ?2",
        params![keep, absorb],
    )?;
    // A profile moves when `keep` has none on that platform; otherwise a missing URL is filled.
    tx.execute(
        "UPDATE profiles SET url = (SELECT p2.url FROM profiles p2 WHERE p2.contact_id = ?2 AND p2.platform = profiles.platform)
         WHERE contact_id = ?1 AND url IS NULL",
        params![keep, absorb],
    )?;
    tx.execute(
        "DELETE FROM profiles WHERE contact_id = ?2 AND platform IN (SELECT platform FROM profiles WHERE contact_id = ?1)",
        params![keep, absorb],
    )?;
    tx.execute(
        "UPDATE profiles SET contact_id = ?1 WHERE contact_id = ?2",
        params![keep, absorb],
    )?;
    tx.execute(
        "INSERT OR IGNORE INTO contact_tags (contact_id, tag_id) SELECT ?1, tag_id FROM contact_tags WHERE contact_id = ?2",
        params![keep, absorb],
    )?;
    tx.execute("DELETE FROM contact_tags WHERE contact_id = ?1", [absorb])?;
    tx.execute("DELETE FROM relationships WHERE contact_id = ?1", [absorb])?;
    contacts::set_deleted(tx, absorb, Some(now()))?;
    relationships::refresh_contact(tx, keep)
}

fn merged_fields(keep: ContactFields, other: ContactFields) -> ContactFields {
    let pick = |a: String, b: String| if a.is_empty() { b } else { a };
    let notes = match (keep.notes.is_empty(), other.notes.is_empty()) {
        (_, true) => keep.notes,
        (true, false) => other.notes,
        (false, false) if keep.notes.contains(&other.notes) => keep.notes,
        (false, false) => format!("{}\n\n{}", keep.notes, other.notes),
    };
    ContactFields {
        first_name: pick(keep.first_name, other.first_name),
        last_name: pick(keep.last_name, other.last_name),
        company: pick(keep.company, other.company),
        position: pick(keep.position, other.position),
        email: pick(keep.email, other.email),
        phone: pick(keep.phone, other.phone),
        notes,
    }
}
