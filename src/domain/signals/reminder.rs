//! Follow-up reminders: "remind me of this person on a day, with a note". A reminder is a
//! `reminder_set` event; it ends with a `reminder_closed` event (done or dismissed) that
//! names it. Undoing either retracts its event.

use chrono::{Datelike, Days, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::domain::time::Timestamp;
use crate::domain::{ContactId, Event, EventId, EventKind, NewEvent};

/// When to be reminded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RemindWhen {
    /// In so many days.
    InDays(u32),
    /// Monday of next week.
    NextWeek,
    /// On a day.
    On(NaiveDate),
}

impl RemindWhen {
    /// The day it falls on, seen from `today`.
    #[must_use]
    pub fn due(self, today: NaiveDate) -> NaiveDate {
        match self {
            Self::InDays(n) => today
                .checked_add_days(Days::new(u64::from(n)))
                .unwrap_or(today),
            Self::NextWeek => {
                let to_monday = 7 - u64::from(today.weekday().num_days_from_monday());
                today
                    .checked_add_days(Days::new(to_monday))
                    .unwrap_or(today)
            }
            Self::On(day) => day,
        }
    }
}

/// The message of a `reminder_set` event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReminderNote {
    pub due: NaiveDate,
    pub note: String,
}

/// The message of a `reminder_closed` event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReminderClose {
    pub reminder: i64,
    /// Done (`true`) or dismissed.
    pub done: bool,
}

/// The event that sets a reminder.
#[must_use]
pub fn set_reminder(
    contact: ContactId,
    platform: &str,
    due: NaiveDate,
    note: &str,
    at: Timestamp,
) -> NewEvent {
    let note = ReminderNote {
        due,
        note: note.trim().to_owned(),
    };
    NewEvent::manual(contact, platform, EventKind::ReminderSet, at)
        .with_message(serde_json::to_string(&note).unwrap_or_default())
}

/// The event that closes a reminder as done or dismissed.
#[must_use]
pub fn close_reminder(reminder: &Reminder, done: bool, at: Timestamp) -> NewEvent {
    let close = ReminderClose {
        reminder: reminder.id.0,
        done,
    };
    NewEvent::manual(
        reminder.contact,
        &reminder.platform,
        EventKind::ReminderClosed,
        at,
    )
    .with_message(serde_json::to_string(&close).unwrap_or_default())
}

/// A reminder and how it ended, if it did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reminder {
    pub id: EventId,
    pub contact: ContactId,
    pub platform: String,
    pub set_at: Timestamp,
    pub due: NaiveDate,
    pub note: String,
    /// `Some(true)` done, `Some(false)` dismissed, `None` open.
    pub closed: Option<bool>,
}

impl Reminder {
    /// Open and due on or before `today`.
    #[must_use]
    pub fn is_due(&self, today: NaiveDate) -> bool {
        self.closed.is_none() && self.due <= today
    }
}

/// The reminders in a list of live `reminder_set` and `reminder_closed` events (other kinds
/// and unreadable messages are left out), soonest due first.
#[must_use]
pub fn reminders(events: &[Event]) -> Vec<Reminder> {
    let mut out: Vec<Reminder> = events
        .iter()
        .filter(|e| e.kind == EventKind::ReminderSet)
        .filter_map(|e| {
            let note: ReminderNote = serde_json::from_str(&e.message).ok()?;
            Some(Reminder {
                id: e.id,
                contact: e.contact_id,
                platform: e.platform.clone(),
                set_at: e.at,
                due: note.due,
                note: note.note,
                closed: None,
            })
        })
        .collect();
    for e in events
        .iter()
        .filter(|e| e.kind == EventKind::ReminderClosed)
    {
        if let Ok(close) = serde_json::from_str::<ReminderClose>(&e.message)
            && let Some(r) = out.iter_mut().find(|r| r.id.0 == close.reminder)
        {
            r.closed = Some(close.done);
        }
    }
    out.sort_by(|a, b| a.due.cmp(&b.due).then(a.id.cmp(&b.id)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::time::from_secs;

    fn stored(id: i64, e: NewEvent) -> Event {
        Event {
            id: EventId(id),
            contact_id: e.contact_id,
            platform: e.platform,
            kind: e.kind,
            at: e.at,
            message: e.message,
            source: e.source,
        }
    }

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn reminders_fall_due_and_end_when_done_or_dismissed() {
        let today = d("2026-12-07"); // a Monday
        assert_eq!(RemindWhen::InDays(3).due(today), d("2026-12-10"));
        assert_eq!(RemindWhen::NextWeek.due(today), d("2026-12-14"));
        assert_eq!(RemindWhen::NextWeek.due(d("2026-12-13")), d("2026-12-14"));
        let at = from_secs(0);
        let a = stored(
            1,
            set_reminder(ContactId(1), "linkedin", d("2026-12-10"), " call ", at),
        );
        let b = stored(
            2,
            set_reminder(ContactId(2), "xing", d("2026-12-08"), "", at),
        );
        let rs = reminders(&[a.clone(), b.clone()]);
        assert_eq!(rs.len(), 2);
        assert_eq!(rs[0].contact, ContactId(2), "soonest first");
        assert_eq!(rs[1].note, "call");
        assert!(!rs[1].is_due(d("2026-12-09")));
        assert!(rs[1].is_due(d("2026-12-10")));
        let done = stored(3, close_reminder(&rs[1], true, at));
        let dismissed = stored(4, close_reminder(&rs[0], false, at));
        let rs = reminders(&[a, b, done, dismissed]);
        assert_eq!(rs[0].closed, Some(false));
        assert_eq!(rs[1].closed, Some(true));
        assert!(rs.iter().all(|r| !r.is_due(d("2027-01-01"))));
    }
}
