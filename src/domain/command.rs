//! Every change to the data is a [`Command`]: the UI, the command line and the importers
//! build commands, and the store applies them. Each applied command can say how to undo it.

use serde::{Deserialize, Serialize};

use super::contact::ContactFields;
use super::{ContactId, EventId, NewEvent, NewPost, Post, PostId, PostKind, TagId};
use crate::t;

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
    /// Deletes one of my posts (logged by mistake, or not mine to count).
    DeletePost(PostId),
    /// Puts a deleted post back as it was, under its old id (the undo of `DeletePost`).
    RestorePost(Post),
    /// Says what kind a stored post was (imported posts come in as relevant; the export
    /// does not say). A post is my own fact, not the event log: its kind is changed in place.
    SetPostKind {
        post: PostId,
        kind: PostKind,
    },
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
    /// Requests captured the day they arrive (pasted, from a mail, typed in): each is
    /// added once, or completes the same request already known.
    CaptureRequests(Vec<super::capture::CapturedRequest>),
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
    /// Short words for the undo button and the status line, in the active language: a phrase
    /// that fits "Done: …", "Undo …" and "Could not …" (German: „Erledigt: …“, „Rückgängig: …“,
    /// „Nicht möglich (…)“), e.g. "add tag “vip”" / „Schlagwort „vip“ hinzufügen“.
    #[must_use]
    pub fn describe(&self) -> String {
        match self {
            Self::CreateContact { fields, .. } => {
                t!("domain-cmd-create-contact", name = fields.display_name())
            }
            Self::UpdateContact { fields, .. } => {
                t!("domain-cmd-update-contact", name = fields.display_name())
            }
            Self::SetProfile { platform, .. } => {
                t!("domain-cmd-set-profile", platform = platform.as_str())
            }
            Self::TrashContact(_) => t!("domain-cmd-trash-contact"),
            Self::RestoreContact(_) => t!("domain-cmd-restore-contact"),
            Self::LogEvent(e) => t!("domain-cmd-log-event", kind = e.kind.label()),
            Self::LogEvents(es) => t!("domain-cmd-log-events", count = es.len()),
            Self::RetractEvents(ids) => t!("domain-cmd-retract-events", count = ids.len()),
            Self::AddTag { name, .. } => t!("domain-cmd-add-tag", name = name.as_str()),
            Self::RemoveTag { name, .. } => t!("domain-cmd-remove-tag", name = name.as_str()),
            Self::RenameTag { name, .. } => t!("domain-cmd-rename-tag", name = name.as_str()),
            Self::SetTagColor { .. } => t!("domain-cmd-recolor-tag"),
            Self::MergeContacts { .. } => t!("domain-cmd-merge-contacts"),
            Self::AddPost(_) => t!("domain-cmd-add-post"),
            Self::DeletePost(_) => t!("domain-cmd-delete-post"),
            Self::RestorePost(_) => t!("domain-cmd-restore-post"),
            Self::SetPostKind { kind, .. } => t!("domain-cmd-set-post-kind", kind = kind.code()),
            Self::Batch(cs) => match cs.as_slice() {
                [one] => one.describe(),
                [first, rest @ ..] => {
                    let label = first.describe();
                    if rest.iter().all(|c| c.describe() == label) {
                        t!("domain-cmd-repeated", label = label, count = cs.len())
                    } else {
                        label
                    }
                }
                [] => String::new(),
            },
            Self::SetTemplate { name, .. } => t!("domain-cmd-set-template", name = name.as_str()),
            Self::SetSetting { key, .. } => t!("domain-cmd-set-setting", key = key.as_str()),
            Self::CaptureRequests(rs) => t!("capture-cmd-capture", count = rs.len()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::EventKind;
    use crate::domain::time::from_secs;
    use crate::i18n::{Lang, set_lang};

    fn tag(name: &str) -> Command {
        Command::AddTag {
            contact: ContactId(1),
            name: name.to_owned(),
        }
    }

    #[test]
    fn descriptions_fit_the_status_line_in_both_languages() {
        let liked = Command::LogEvent(NewEvent::manual(
            ContactId(1),
            "linkedin",
            EventKind::Liked,
            from_secs(0),
        ));
        let three = Command::Batch(vec![tag("vip"), tag("vip"), tag("vip")]);
        let mixed = Command::Batch(vec![tag("vip"), Command::TrashContact(ContactId(1))]);
        let events = Command::LogEvents(vec![]);
        let create = Command::CreateContact {
            fields: ContactFields::named("Anna", "Müller"),
            profiles: vec![],
        };
        set_lang(Lang::De);
        assert_eq!(tag("x").describe(), "Schlagwort „x“ hinzufügen");
        assert_eq!(three.describe(), "Schlagwort „vip“ hinzufügen ×3");
        assert_eq!(mixed.describe(), "Schlagwort „vip“ hinzufügen");
        assert_eq!(
            liked.describe(),
            "Ereignis „hat auf einen Beitrag reagiert“ erfassen"
        );
        assert_eq!(events.describe(), "0 Ereignisse erfassen");
        assert_eq!(create.describe(), "Kontakt „Anna Müller“ anlegen");
        assert_eq!(
            t!("status-could-not", label = tag("x").describe(), error = "…"),
            "Nicht möglich (Schlagwort „x“ hinzufügen): …"
        );
        set_lang(Lang::En);
        assert_eq!(tag("x").describe(), "add tag “x”");
        assert_eq!(three.describe(), "add tag “vip” ×3");
        assert_eq!(liked.describe(), "log “liked a post”");
        assert_eq!(
            Command::RetractEvents(vec![EventId(1)]).describe(),
            "retract 1 event"
        );
        assert_eq!(
            t!("status-done", label = create.describe()),
            "Done: add contact “Anna Müller”."
        );
        assert_eq!(Command::Batch(vec![]).describe(), "");
    }

    #[test]
    fn setting_a_posts_kind_is_described_by_the_kind_in_both_languages() {
        let mark = |kind| Command::SetPostKind {
            post: PostId(1),
            kind,
        };
        set_lang(Lang::De);
        assert_eq!(
            mark(PostKind::Promotional).describe(),
            "Beitrag als werblich markieren"
        );
        assert_eq!(
            t!(
                "status-undo",
                label = mark(PostKind::ProfileUpdate).describe()
            ),
            "Rückgängig: Beitrag als Profil-Update markieren"
        );
        set_lang(Lang::En);
        assert_eq!(
            t!(
                "status-done",
                label = mark(PostKind::Promotional).describe()
            ),
            "Done: mark the post as promotional."
        );
        assert_eq!(
            mark(PostKind::ProfileUpdate).describe(),
            "mark the post as a profile update"
        );
        assert_eq!(
            mark(PostKind::Relevant).describe(),
            "mark the post as relevant"
        );
    }
}
