//! The relationship with me on one platform, derived by folding that platform's events in
//! time order. Nothing here is stored as truth; the store keeps a projection of it that is
//! rebuilt from the log.

use serde::{Deserialize, Serialize};

use super::DomainError;
use super::event::{Event, EventKind};
use super::time::Timestamp;
use crate::t;

/// Where a connection stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConnectionState {
    /// No connection and no open request.
    #[default]
    None,
    /// They asked; I have not decided.
    RequestReceived,
    /// I asked; they have not answered.
    RequestSent,
    Connected,
    /// We were connected; not any more.
    Removed,
}

impl ConnectionState {
    pub const ALL: [Self; 5] = [
        Self::None,
        Self::RequestReceived,
        Self::RequestSent,
        Self::Connected,
        Self::Removed,
    ];

    /// The stable code stored in the database.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Self::None => "none",
            Self::RequestReceived => "request_received",
            Self::RequestSent => "request_sent",
            Self::Connected => "connected",
            Self::Removed => "removed",
        }
    }

    pub fn from_code(code: &str) -> Result<Self, DomainError> {
        Self::ALL
            .into_iter()
            .find(|s| s.code() == code)
            .ok_or_else(|| DomainError::UnknownEventKind(code.to_owned()))
    }
}

/// My relationship with one contact on one platform.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Relationship {
    pub state: ConnectionState,
    pub follows_me: bool,
    pub i_follow: bool,
    /// Their request was answered with "follow me instead", and we have not connected since.
    pub redirected: bool,
    /// I hide their posts.
    pub i_hide: bool,
    /// When their open request arrived (for the triage queue).
    pub request_at: Option<Timestamp>,
    /// When I last put their open request aside ("later").
    pub deferred_at: Option<Timestamp>,
    /// When we became connected (latest time).
    pub connected_at: Option<Timestamp>,
    pub last_interaction: Option<Timestamp>,
    pub last_event: Option<Timestamp>,
}

impl Relationship {
    /// Folds one platform's events. Order in the slice does not matter: events are applied
    /// by time, ties by id, so a late-recorded fact lands where it happened.
    #[must_use]
    pub fn derive(events: &[Event]) -> Self {
        let mut sorted: Vec<&Event> = events.iter().collect();
        sorted.sort_by_key(|e| (e.at, e.id));
        let mut rel = Self::default();
        for e in sorted {
            rel.apply(e.kind, e.at);
        }
        rel
    }

    /// Applies one event; callers must feed events in time order.
    pub fn apply(&mut self, kind: EventKind, at: Timestamp) {
        use ConnectionState as S;
        use EventKind as K;
        if kind.is_bookkeeping() {
            return;
        }
        match kind {
            K::RequestReceived => {
                if self.state != S::Connected {
                    self.state = S::RequestReceived;
                    self.request_at = Some(at);
                    self.deferred_at = None;
                }
            }
            K::RequestSent => {
                if self.state != S::Connected {
                    self.state = S::RequestSent;
                }
            }
            K::RequestAccepted | K::Connected => {
                self.state = S::Connected;
                self.redirected = false;
                self.request_at = None;
                self.deferred_at = None;
                self.connected_at = Some(at);
            }
            K::RequestDeclined => self.close_request(),
            K::RedirectedToFollow => {
                self.close_request();
                if self.state != S::Connected {
                    self.redirected = true;
                }
            }
            K::DecisionDeferred => {
                if self.state == S::RequestReceived {
                    self.deferred_at = Some(at);
                }
            }
            K::StartedFollowing => self.follows_me = true,
            K::StoppedFollowing => self.follows_me = false,
            K::IFollowed => self.i_follow = true,
            K::IUnfollowed => self.i_follow = false,
            K::Disconnected => {
                if self.state == S::Connected {
                    self.state = S::Removed;
                }
            }
            K::IHid => self.i_hide = true,
            // A note that the decision was carried out there: no change of state.
            K::DoneOnPlatform => return,
            K::Liked
            | K::Commented
            | K::Shared
            | K::Message
            | K::Meeting
            | K::Opportunity
            | K::MessageSent => {
                self.last_interaction = Some(at);
            }
            K::JobChanged | K::SignalDismissed | K::ReminderSet | K::ReminderClosed => {}
        }
        self.last_event = Some(at);
    }

    fn close_request(&mut self) {
        if self.state == ConnectionState::RequestReceived {
            self.state = ConnectionState::None;
        }
        self.request_at = None;
        self.deferred_at = None;
    }

    /// An incoming request waits for my decision.
    #[must_use]
    pub fn pending_incoming(&self) -> bool {
        self.state == ConnectionState::RequestReceived
    }

    /// They follow me without being connected.
    #[must_use]
    pub fn follower_only(&self) -> bool {
        self.follows_me && self.state != ConnectionState::Connected
    }

    /// The relationship at a glance, in the active language, as tables and badges show it:
    /// the state, unless there is none or it ended, then following, then a redirect
    /// ("—" for nothing at all).
    #[must_use]
    pub fn badge_label(&self) -> String {
        match self.state {
            ConnectionState::Connected => t!("domain-state-connected"),
            ConnectionState::RequestReceived => t!("domain-state-request-in"),
            ConnectionState::RequestSent => t!("domain-state-request-out"),
            _ if self.follows_me => t!("domain-state-follower"),
            _ if self.redirected => t!("domain-state-redirected"),
            ConnectionState::Removed => t!("domain-state-removed"),
            ConnectionState::None => "—".to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::time::from_secs;
    use crate::domain::{ContactId, EventId};

    fn ev(id: i64, day: i64, kind: EventKind) -> Event {
        Event {
            id: EventId(id),
            contact_id: ContactId(1),
            platform: "linkedin".into(),
            kind,
            at: from_secs(day * 86_400),
            message: String::new(),
            source: "test".into(),
        }
    }

    #[test]
    fn request_then_redirect_then_follow_then_connect() {
        use EventKind as K;
        let mut log = vec![ev(1, 1, K::RequestReceived)];
        assert!(Relationship::derive(&log).pending_incoming());
        log.push(ev(2, 2, K::RedirectedToFollow));
        let r = Relationship::derive(&log);
        assert_eq!(r.state, ConnectionState::None);
        assert!(r.redirected && !r.pending_incoming());
        log.push(ev(3, 3, K::StartedFollowing));
        log.push(ev(4, 5, K::Liked));
        let r = Relationship::derive(&log);
        assert!(r.follower_only());
        assert_eq!(r.last_interaction, Some(from_secs(5 * 86_400)));
        log.push(ev(5, 200, K::RequestSent));
        log.push(ev(6, 201, K::RequestAccepted));
        let r = Relationship::derive(&log);
        assert_eq!(r.state, ConnectionState::Connected);
        assert!(!r.redirected && !r.follower_only() && r.follows_me);
        assert_eq!(r.connected_at, Some(from_secs(201 * 86_400)));
    }

    #[test]
    fn events_recorded_out_of_order_fold_by_time() {
        use EventKind as K;
        // The unfollow is recorded first (id 1) but happened last.
        let log = vec![ev(1, 9, K::StoppedFollowing), ev(2, 3, K::StartedFollowing)];
        assert!(!Relationship::derive(&log).follows_me);
    }

    #[test]
    fn a_request_while_connected_does_not_reopen_triage() {
        use EventKind as K;
        let log = vec![ev(1, 1, K::Connected), ev(2, 2, K::RequestReceived)];
        let r = Relationship::derive(&log);
        assert_eq!(r.state, ConnectionState::Connected);
        assert!(!r.pending_incoming());
    }

    #[test]
    fn disconnect_and_lost_follower() {
        use EventKind as K;
        let log = vec![
            ev(1, 1, K::Connected),
            ev(2, 2, K::StartedFollowing),
            ev(3, 3, K::Disconnected),
            ev(4, 4, K::StoppedFollowing),
        ];
        let r = Relationship::derive(&log);
        assert_eq!(r.state, ConnectionState::Removed);
        assert!(!r.follows_me);
    }

    #[test]
    fn badges_read_in_the_active_language() {
        use crate::i18n::{Lang, set_lang};
        let follower = Relationship {
            follows_me: true,
            redirected: true,
            ..Relationship::default()
        };
        let incoming = Relationship {
            state: ConnectionState::RequestReceived,
            follows_me: true,
            ..Relationship::default()
        };
        set_lang(Lang::De);
        assert_eq!(follower.badge_label(), "Follower");
        assert_eq!(incoming.badge_label(), "Anfrage an mich");
        assert_eq!(Relationship::default().badge_label(), "—");
        set_lang(Lang::En);
        assert_eq!(follower.badge_label(), "follower");
        assert_eq!(incoming.badge_label(), "request in");
    }

    #[test]
    fn deferring_keeps_the_request_open() {
        use EventKind as K;
        let log = vec![ev(1, 1, K::RequestReceived), ev(2, 2, K::DecisionDeferred)];
        let r = Relationship::derive(&log);
        assert!(r.pending_incoming());
        assert_eq!(r.deferred_at, Some(from_secs(2 * 86_400)));
    }
}
