//! Changes in plain words, for the status line and the Undo button: what was done, for whom
//! and where ("Accepted Jan Neumann — Ctrl+Z undoes", "Undo: redirect of Sabine Ahrens
//! (Triage)"). The person's name and the place are taken when the change is made; the words
//! are chosen when drawn, so they follow a change of language.

use super::app::View;
use crate::domain::command::Command;
use crate::domain::{ContactId, EventKind};
use crate::store::Store;
use crate::t;

/// Where a change was made: a view, or a contact's page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    View(View),
    ContactPage,
}

impl Place {
    /// The place's name in the active language.
    #[must_use]
    pub fn label(self) -> String {
        match self {
            Self::View(v) => v.label(),
            Self::ContactPage => t!("safety-place-contact-page"),
        }
    }
}

/// Who a change was for and where it was made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Context {
    /// The person's name, when the change is about one person.
    pub who: Option<String>,
    pub place: Place,
    /// The view it was made in (a contact page belongs to the view it was opened from):
    /// Ctrl+Z in another view names the change before undoing it.
    pub view: View,
}

impl Context {
    /// The context of `cmd` made at `place` in `view`: the name of the person it is about,
    /// read now.
    #[must_use]
    pub fn of(cmd: &Command, place: Place, view: View, store: &Store) -> Self {
        let who = subject(cmd)
            .and_then(|id| store.contact(id).ok().flatten())
            .map(|c| c.fields.display_name())
            .filter(|n| !n.trim().is_empty());
        Self { who, place, view }
    }
}

/// The one person a command is about, if it is about one.
fn subject(cmd: &Command) -> Option<ContactId> {
    match cmd {
        Command::UpdateContact { id, .. }
        | Command::SetProfile { id, .. }
        | Command::TrashContact(id)
        | Command::RestoreContact(id)
        | Command::AddTag { contact: id, .. }
        | Command::RemoveTag { contact: id, .. }
        | Command::MergeContacts { keep: id, .. } => Some(*id),
        Command::LogEvent(e) => Some(e.contact_id),
        Command::LogEvents(es) => match es.as_slice() {
            [first, rest @ ..] if rest.iter().all(|e| e.contact_id == first.contact_id) => {
                Some(first.contact_id)
            }
            _ => None,
        },
        Command::Batch(cs) => {
            let mut ids = cs.iter().map(subject);
            let first = ids.next()??;
            ids.all(|id| id == Some(first)).then_some(first)
        }
        _ => None,
    }
}

/// The triage decision a command records, when that is what it does.
fn decision(cmd: &Command) -> Option<EventKind> {
    let kind = match cmd {
        Command::LogEvent(e) => e.kind,
        Command::Batch(cs) => return cs.first().and_then(decision),
        _ => return None,
    };
    matches!(
        kind,
        EventKind::RequestAccepted
            | EventKind::RedirectedToFollow
            | EventKind::RequestDeclined
            | EventKind::DecisionDeferred
    )
    .then_some(kind)
}

/// What was done, as the status line says it after the change ("Accepted Jan Neumann");
/// `undo_keys` is how this system writes the undo shortcut (Ctrl+Z, ⌘Z), when it can be
/// undone.
#[must_use]
pub fn done(cmd: &Command, ctx: &Context, undo_keys: Option<&str>) -> String {
    let what = match (decision(cmd), &ctx.who) {
        (Some(kind), Some(who)) => t!(
            "safety-did-decision",
            kind = kind.code(),
            who = who.as_str()
        ),
        (None, Some(who)) => t!("safety-did-for", what = cmd.describe(), who = who.as_str()),
        (_, None) => t!("safety-did", what = cmd.describe()),
    };
    match undo_keys {
        Some(keys) => t!("safety-done-undoable", what = what, keys = keys),
        None => what,
    }
}

/// What an undo undoes, without the place ("redirect of Sabine Ahrens").
#[must_use]
pub fn undo_what(cmd: &Command, ctx: &Context) -> String {
    match (decision(cmd), &ctx.who) {
        (Some(kind), Some(who)) => {
            t!(
                "safety-undo-decision",
                kind = kind.code(),
                who = who.as_str()
            )
        }
        (None, Some(who)) => t!("safety-undo-for", what = cmd.describe(), who = who.as_str()),
        (_, None) => cmd.describe(),
    }
}

/// The Undo button's text: what, for whom and where.
#[must_use]
pub fn undo_button(cmd: &Command, ctx: &Context) -> String {
    t!(
        "safety-undo-button",
        what = undo_what(cmd, ctx),
        place = ctx.place.label()
    )
}

/// The status line after an undo.
#[must_use]
pub fn undone(cmd: &Command, ctx: &Context) -> String {
    t!(
        "safety-undone",
        what = undo_what(cmd, ctx),
        place = ctx.place.label()
    )
}

/// The status line when Ctrl+Z is pressed in another place than the change was made in:
/// nothing is undone yet; a second Ctrl+Z (or the button) undoes it.
#[must_use]
pub fn undo_elsewhere(cmd: &Command, ctx: &Context, undo_keys: &str) -> String {
    t!(
        "safety-undo-elsewhere",
        what = undo_what(cmd, ctx),
        place = ctx.place.label(),
        keys = undo_keys
    )
}
