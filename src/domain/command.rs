//! Every change to the data is a [`Command`]: the UI, the command line and the importers
//! build commands, and the store applies them. Each applied command can say how to undo it.

use serde::{Deserialize, Serialize};

use super::contact::ContactFields;
use super::{ContactId, EventId, NewEvent, NewPost, TagId};

/// One change to the data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Command {
    /// A new contact, with its profiles as `(platform, url)`.
    CreateContact {
        fields: ContactFields,
        profiles: Vec<(String, Option<String>)>,
    },
    UpdateContact {
        id: ContactId,
        fields: ContactFields,
    },
    /// Sets (or, with `None`, clears) the profile URL on a platform.
    SetProfile {
        id: ContactId,
        platform: String,
        url: Option<String>,
    },
    /// Moves a contact to the trash.
    TrashContact(ContactId),
    /// Takes a contact out of the trash.
    RestoreContact(ContactId),
    /// Appends an event.
    LogEvent(NewEvent),
    /// Several events in one transaction (bulk triage).
    LogEvents(Vec<NewEvent>),
    /// Marks events as recorded in error; the log keeps them, derived state ignores them.
    RetractEvents(Vec<EventId>),
    AddTag {
        contact: ContactId,
        name: String,
    },
    RemoveTag {
        contact: ContactId,
        name: String,
    },
    RenameTag {
        tag: TagId,
        name: String,
    },
    SetTagColor {
        tag: TagId,
        color: String,
    },
    /// Moves everything of `absorb` into `keep` and trashes `absorb`.
    MergeContacts {
        keep: ContactId,
        absorb: ContactId,
    },
    AddPost(NewPost),
    /// Several commands as one change: all or none, undone together.
    Batch(Vec<Command>),
    /// Edits a reply template (`None` goes back to the shipped default).
    SetTemplate {
        name: String,
        body: Option<String>,
    },
    /// Sets a user setting (`None` clears it).
    SetSetting {
        key: String,
        value: Option<String>,
    },
}

/// What applying a command did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Applied {
    /// The contact the command created, if any.
    pub created_contact: Option<ContactId>,
    /// The events it appended, in order.
    pub created_events: Vec<EventId>,
    /// The command that reverses it, when it can be reversed.
    pub undo: Option<Command>,
    /// The contacts whose data or derived state it changed.
    pub touched: Vec<ContactId>,
}

impl Command {
    /// Short words for the undo button and the status line.
    #[must_use]
    pub fn describe(&self) -> String {
        match self {
            Self::CreateContact { fields, .. } => format!("add {}", fields.display_name()),
            Self::UpdateContact { fields, .. } => format!("edit {}", fields.display_name()),
            Self::SetProfile { platform, .. } => format!("set {platform} profile"),
            Self::TrashContact(_) => "delete contact".to_owned(),
            Self::RestoreContact(_) => "restore contact".to_owned(),
            Self::LogEvent(e) => format!("log {}", e.kind),
            Self::LogEvents(es) => format!("log {} events", es.len()),
            Self::RetractEvents(ids) => format!("retract {} events", ids.len()),
            Self::AddTag { name, .. } => format!("tag {name}"),
            Self::RemoveTag { name, .. } => format!("untag {name}"),
            Self::RenameTag { name, .. } => format!("rename tag to {name}"),
            Self::SetTagColor { .. } => "recolour tag".to_owned(),
            Self::MergeContacts { .. } => "merge contacts".to_owned(),
            Self::AddPost(_) => "log post".to_owned(),
            Self::Batch(cs) => match cs.as_slice() {
                [one] => one.describe(),
                [first, ..] if cs.iter().all(|c| c.describe() == first.describe()) => {
                    format!("{} ×{}", first.describe(), cs.len())
                }
                [first, ..] => first.describe(),
                [] => String::new(),
            },
            Self::SetTemplate { name, .. } => format!("edit template {name}"),
            Self::SetSetting { key, .. } => format!("set {key}"),
        }
    }
}
