//! The append-only event log: dated facts about a contact on a platform. Every state and
//! every metric is derived from these; history is never rewritten.

use serde::{Deserialize, Serialize};

use super::time::Timestamp;
use super::{ContactId, DomainError, EventId};
use crate::t;

/// What happened. Stored by its [`EventKind::code`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// They sent me a connection request (its text is the event's message).
    RequestReceived,
    /// I sent them a connection request.
    RequestSent,
    /// A request was accepted (by me or by them): we are connected.
    RequestAccepted,
    /// I declined their request.
    RequestDeclined,
    /// I answered their request with "follow me instead".
    RedirectedToFollow,
    /// I put their request aside to decide later.
    DecisionDeferred,
    /// They started following me.
    StartedFollowing,
    /// They stopped following me.
    StoppedFollowing,
    /// I started following them.
    IFollowed,
    /// I stopped following them.
    IUnfollowed,
    /// We became connected (without a recorded request, e.g. from an export).
    Connected,
    /// The connection ended.
    Disconnected,
    /// I hid their posts.
    IHid,
    /// They liked one of my posts.
    Liked,
    /// They commented on one of my posts.
    Commented,
    /// They shared one of my posts.
    Shared,
    /// A message was exchanged.
    Message,
    /// We met.
    Meeting,
    /// The relationship turned into a sales opportunity.
    Opportunity,
    /// Their company or position changed between two imports (the message holds the old and
    /// the new job: [`super::signals::JobChange`]).
    JobChanged,
    /// I wrote to them (outreach or a follow-up); an answer is any interaction after it.
    MessageSent,
    /// I dismissed a signal about them; the message names its cause, so that the same cause
    /// does not raise it again ([`super::signals::Cause`]).
    SignalDismissed,
    /// I asked to be reminded of them on a day, with a note ([`super::signals::ReminderNote`]).
    ReminderSet,
    /// A reminder was done or dismissed (the message names the reminder event).
    ReminderClosed,
    /// I did on the platform what I decided here (accepted, declined, answered there).
    DoneOnPlatform,
}

impl EventKind {
    /// Every kind, in the order they are offered.
    pub const ALL: [Self; 25] = [
        Self::RequestReceived,
        Self::RequestSent,
        Self::RequestAccepted,
        Self::RequestDeclined,
        Self::RedirectedToFollow,
        Self::DecisionDeferred,
        Self::StartedFollowing,
        Self::StoppedFollowing,
        Self::IFollowed,
        Self::IUnfollowed,
        Self::Connected,
        Self::Disconnected,
        Self::IHid,
        Self::Liked,
        Self::Commented,
        Self::Shared,
        Self::Message,
        Self::Meeting,
        Self::Opportunity,
        Self::JobChanged,
        Self::MessageSent,
        Self::SignalDismissed,
        Self::ReminderSet,
        Self::ReminderClosed,
        Self::DoneOnPlatform,
    ];

    /// The kinds a person logs by hand on the contact page.
    pub const MANUAL: [Self; 12] = [
        Self::RequestReceived,
        Self::RedirectedToFollow,
        Self::StartedFollowing,
        Self::StoppedFollowing,
        Self::Connected,
        Self::Liked,
        Self::Commented,
        Self::Shared,
        Self::Message,
        Self::Meeting,
        Self::Opportunity,
        Self::MessageSent,
    ];

    /// The stable code stored in the database.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Self::RequestReceived => "request_received",
            Self::RequestSent => "request_sent",
            Self::RequestAccepted => "request_accepted",
            Self::RequestDeclined => "request_declined",
            Self::RedirectedToFollow => "redirected_to_follow",
            Self::DecisionDeferred => "decision_deferred",
            Self::StartedFollowing => "started_following",
            Self::StoppedFollowing => "stopped_following",
            Self::IFollowed => "i_followed",
            Self::IUnfollowed => "i_unfollowed",
            Self::Connected => "connected",
            Self::Disconnected => "disconnected",
            Self::IHid => "i_hid",
            Self::Liked => "liked",
            Self::Commented => "commented",
            Self::Shared => "shared",
            Self::Message => "message",
            Self::Meeting => "meeting",
            Self::Opportunity => "opportunity",
            Self::JobChanged => "job_changed",
            Self::MessageSent => "message_sent",
            Self::SignalDismissed => "signal_dismissed",
            Self::ReminderSet => "reminder_set",
            Self::ReminderClosed => "reminder_closed",
            Self::DoneOnPlatform => "done_on_platform",
        }
    }

    /// What happened, in words of the active language, for the timeline and the event picker.
    #[must_use]
    pub fn label(self) -> String {
        match self {
            Self::RequestReceived => t!("domain-event-request-received"),
            Self::RequestSent => t!("domain-event-request-sent"),
            Self::RequestAccepted => t!("domain-event-request-accepted"),
            Self::RequestDeclined => t!("domain-event-request-declined"),
            Self::RedirectedToFollow => t!("domain-event-redirected-to-follow"),
            Self::DecisionDeferred => t!("domain-event-decision-deferred"),
            Self::StartedFollowing => t!("domain-event-started-following"),
            Self::StoppedFollowing => t!("domain-event-stopped-following"),
            Self::IFollowed => t!("domain-event-i-followed"),
            Self::IUnfollowed => t!("domain-event-i-unfollowed"),
            Self::Connected => t!("domain-event-connected"),
            Self::Disconnected => t!("domain-event-disconnected"),
            Self::IHid => t!("domain-event-i-hid"),
            Self::Liked => t!("domain-event-liked"),
            Self::Commented => t!("domain-event-commented"),
            Self::Shared => t!("domain-event-shared"),
            Self::Message => t!("domain-event-message"),
            Self::Meeting => t!("domain-event-meeting"),
            Self::Opportunity => t!("domain-event-opportunity"),
            Self::JobChanged => t!("signals-event-job-changed"),
            Self::MessageSent => t!("signals-event-message-sent"),
            Self::SignalDismissed => t!("signals-event-signal-dismissed"),
            Self::ReminderSet => t!("signals-event-reminder-set"),
            Self::ReminderClosed => t!("signals-event-reminder-closed"),
            Self::DoneOnPlatform => t!("capture-event-done-on-platform"),
        }
    }

    /// Parses a stored code.
    pub fn from_code(code: &str) -> Result<Self, DomainError> {
        Self::ALL
            .into_iter()
            .find(|k| k.code() == code)
            .ok_or_else(|| DomainError::UnknownEventKind(code.to_owned()))
    }

    /// Engagement with my posts (like, comment, share).
    #[must_use]
    pub fn is_engagement(self) -> bool {
        matches!(self, Self::Liked | Self::Commented | Self::Shared)
    }

    /// A direct exchange or engagement: counts as the last interaction.
    #[must_use]
    pub fn is_interaction(self) -> bool {
        self.is_engagement()
            || matches!(
                self,
                Self::Message | Self::Meeting | Self::Opportunity | Self::MessageSent
            )
    }

    /// My own bookkeeping about a person (dismissed signals, reminders): no fact about the
    /// relationship, so it changes no state and no "last event".
    #[must_use]
    pub fn is_bookkeeping(self) -> bool {
        matches!(
            self,
            Self::SignalDismissed | Self::ReminderSet | Self::ReminderClosed
        )
    }
}

impl std::fmt::Display for EventKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// An event as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    pub id: EventId,
    pub contact_id: ContactId,
    pub platform: String,
    pub kind: EventKind,
    pub at: Timestamp,
    /// Request text, message subject, or a note about the event.
    pub message: String,
    /// Where the fact came from: `manual`, `demo`, `linkedin-export`, …
    pub source: String,
}

/// An event to append.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewEvent {
    pub contact_id: ContactId,
    pub platform: String,
    pub kind: EventKind,
    pub at: Timestamp,
    pub message: String,
    pub source: String,
}

impl NewEvent {
    /// A hand-logged event without a message.
    #[must_use]
    pub fn manual(contact_id: ContactId, platform: &str, kind: EventKind, at: Timestamp) -> Self {
        Self {
            contact_id,
            platform: platform.to_owned(),
            kind,
            at,
            message: String::new(),
            source: "manual".to_owned(),
        }
    }

    /// The same event with a message.
    #[must_use]
    pub fn with_message(mut self, message: impl Into<String>) -> Self {
        self.message = message.into();
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_are_unique() {
        let mut codes = std::collections::HashSet::new();
        for k in EventKind::ALL {
            assert_eq!(EventKind::from_code(k.code()).unwrap(), k);
            assert!(codes.insert(k.code()));
        }
        assert!(EventKind::from_code("poke").is_err());
    }

    #[test]
    fn labels_exist_in_both_languages_and_differ_per_kind() {
        use crate::i18n::{Lang, set_lang};
        for lang in Lang::ALL {
            set_lang(lang);
            let labels: std::collections::HashSet<String> =
                EventKind::ALL.into_iter().map(EventKind::label).collect();
            assert_eq!(labels.len(), EventKind::ALL.len(), "{lang:?}: {labels:?}");
        }
        set_lang(Lang::De);
        assert_eq!(EventKind::StartedFollowing.label(), "folgt Ihnen jetzt");
        assert_eq!(
            EventKind::RequestReceived.label(),
            "Kontaktanfrage erhalten"
        );
        set_lang(Lang::En);
        assert_eq!(EventKind::Liked.label(), "liked a post");
    }
}
