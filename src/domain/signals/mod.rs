//! Signals worth acting on before outreach, and follow-up reminders: pure rules over the
//! metrics [`Log`] snapshot plus the few facts it does not hold (the old and new job of a
//! `job_changed` event, the causes of dismissed signals).
//!
//! Each signal has a [`Cause`]: its kind and the moment that raised it (the job change, the
//! redirect, the latest engagement, the last touch, my message). Dismissing a signal logs a
//! `signal_dismissed` event naming that cause; the same cause never raises it again, a new
//! one (another job change, a later message) does.

pub mod job;
pub mod reminder;

use std::collections::HashSet;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::metrics::Log;
use super::metrics::period::cutoff_secs;
use super::time::{DAY_SECS, Timestamp, from_secs};
use super::{ConnectionState, ContactId, EventKind, NewEvent, Relationship};
use crate::t;

pub use job::{ChangeKind, Job, JobChange, title_level};
pub use reminder::{RemindWhen, Reminder, ReminderNote, close_reminder, reminders, set_reminder};

/// What a signal is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SignalKind {
    /// My message got no answer: time to follow up.
    FollowUpDue,
    /// A higher title at the same company.
    Promotion,
    /// Another company or title.
    JobChange,
    /// Engagement this fortnight well above their own usual.
    EngagementJump,
    /// Redirected to Follow, and never followed.
    RedirectNotFollowed,
    /// Connected, and no touch for a long time.
    NoTouch,
}

impl SignalKind {
    pub const ALL: [Self; 6] = [
        Self::FollowUpDue,
        Self::Promotion,
        Self::JobChange,
        Self::EngagementJump,
        Self::RedirectNotFollowed,
        Self::NoTouch,
    ];

    /// The stable code (JSON, dismissals).
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Self::FollowUpDue => "follow_up_due",
            Self::Promotion => "promotion",
            Self::JobChange => "job_change",
            Self::EngagementJump => "engagement_jump",
            Self::RedirectNotFollowed => "redirect_not_followed",
            Self::NoTouch => "no_touch",
        }
    }

    /// Parses a code.
    #[must_use]
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == code)
    }

    /// A short name, in the active language.
    #[must_use]
    pub fn label(self) -> String {
        match self {
            Self::FollowUpDue => t!("signals-kind-follow-up-due"),
            Self::Promotion => t!("signals-kind-promotion"),
            Self::JobChange => t!("signals-kind-job-change"),
            Self::EngagementJump => t!("signals-kind-engagement-jump"),
            Self::RedirectNotFollowed => t!("signals-kind-redirect-not-followed"),
            Self::NoTouch => t!("signals-kind-no-touch"),
        }
    }
}

/// What raised a signal: its kind and the moment of its cause (seconds).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Cause {
    pub kind: SignalKind,
    pub since_secs: i64,
}

impl Cause {
    /// The message of a `signal_dismissed` event: `kind@seconds`.
    #[must_use]
    pub fn to_message(self) -> String {
        format!("{}@{}", self.kind.code(), self.since_secs)
    }

    /// Reads a dismissal's message.
    #[must_use]
    pub fn from_message(message: &str) -> Option<Self> {
        let (kind, secs) = message.split_once('@')?;
        Some(Self {
            kind: SignalKind::from_code(kind)?,
            since_secs: secs.parse().ok()?,
        })
    }
}

/// The thresholds, each a setting (`signals.<field>`).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SignalParams {
    /// A job change or promotion counts for so many days.
    pub job_days: f64,
    /// A redirect not followed after so many days…
    pub redirect_days: f64,
    /// …and not older than this (older failures are history, not news).
    pub redirect_max_days: f64,
    /// "This fortnight": the recent window for engagement, in days.
    pub engagement_window_days: f64,
    /// Their usual is measured over this many days before the window.
    pub engagement_baseline_days: f64,
    /// Recent engagements at least this many times their usual…
    pub engagement_factor: f64,
    /// …and at least this many.
    pub engagement_min: f64,
    /// A connection with no touch for so many days…
    pub no_touch_days: f64,
    /// …raised until this many days of silence (then it is no news, but history).
    pub no_touch_max_days: f64,
    /// My message unanswered for so many days.
    pub follow_up_days: f64,
}

impl Default for SignalParams {
    fn default() -> Self {
        Self {
            job_days: 30.0,
            redirect_days: 14.0,
            redirect_max_days: 90.0,
            engagement_window_days: 14.0,
            engagement_baseline_days: 168.0,
            engagement_factor: 3.0,
            engagement_min: 4.0,
            no_touch_days: 90.0,
            no_touch_max_days: 120.0,
            follow_up_days: 14.0,
        }
    }
}

impl SignalParams {
    /// Each threshold's setting key, with a way to set it.
    #[must_use]
    pub fn settings() -> [(&'static str, ParamField); 10] {
        [
            ("signals.job_days", |p| &mut p.job_days),
            ("signals.redirect_days", |p| &mut p.redirect_days),
            ("signals.redirect_max_days", |p| &mut p.redirect_max_days),
            ("signals.engagement_window_days", |p| {
                &mut p.engagement_window_days
            }),
            ("signals.engagement_baseline_days", |p| {
                &mut p.engagement_baseline_days
            }),
            ("signals.engagement_factor", |p| &mut p.engagement_factor),
            ("signals.engagement_min", |p| &mut p.engagement_min),
            ("signals.no_touch_days", |p| &mut p.no_touch_days),
            ("signals.no_touch_max_days", |p| &mut p.no_touch_max_days),
            ("signals.follow_up_days", |p| &mut p.follow_up_days),
        ]
    }
}

/// Where a setting goes in [`SignalParams`].
pub type ParamField = fn(&mut SignalParams) -> &mut f64;

/// A stored job change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobChangeFact {
    pub contact: ContactId,
    pub platform: String,
    pub at: Timestamp,
    pub change: JobChange,
}

/// What the signals need beyond the log: job changes with their jobs, and dismissed causes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SignalFacts {
    pub job_changes: Vec<JobChangeFact>,
    pub dismissed: HashSet<(ContactId, String, Cause)>,
}

/// What a signal says beyond its kind, for its reason.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case", tag = "type")]
pub enum SignalDetail {
    Job(JobChange),
    Engagement {
        recent: u32,
        usual: f64,
    },
    /// Days since the cause.
    Days {
        days: i64,
    },
}

/// One signal.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Signal {
    pub contact: ContactId,
    pub platform: String,
    pub kind: SignalKind,
    /// When its cause happened.
    pub since: Timestamp,
    pub detail: SignalDetail,
}

impl Signal {
    #[must_use]
    pub fn cause(&self) -> Cause {
        Cause {
            kind: self.kind,
            since_secs: self.since.timestamp(),
        }
    }

    /// The event that dismisses it.
    #[must_use]
    pub fn dismissal(&self, at: Timestamp) -> NewEvent {
        NewEvent::manual(self.contact, &self.platform, EventKind::SignalDismissed, at)
            .with_message(self.cause().to_message())
    }

    /// Why, in words of the active language.
    #[must_use]
    pub fn reason(&self) -> String {
        match (&self.detail, self.kind) {
            (SignalDetail::Job(c), SignalKind::Promotion) => t!(
                "signals-reason-promotion",
                from = c.from.position.as_str(),
                to = c.to.position.as_str(),
                company = c.to.company.as_str()
            ),
            (SignalDetail::Job(c), _) => t!(
                "signals-reason-job-change",
                from = c.from.text(),
                to = c.to.text()
            ),
            (SignalDetail::Engagement { recent, usual }, _) if *usual < 0.05 => {
                t!("signals-reason-engagement-new", recent = *recent)
            }
            (SignalDetail::Engagement { recent, usual }, _) => t!(
                "signals-reason-engagement",
                recent = *recent,
                usual = crate::i18n::decimal(*usual, 1)
            ),
            (SignalDetail::Days { days }, SignalKind::RedirectNotFollowed) => {
                t!("signals-reason-redirect", days = *days)
            }
            (SignalDetail::Days { days }, SignalKind::NoTouch) => {
                t!("signals-reason-no-touch", days = *days)
            }
            (SignalDetail::Days { days }, _) => t!("signals-reason-follow-up", days = *days),
        }
    }
}

/// An event's message in words, for the timeline: the jobs of a job change, the day and
/// note of a reminder, the signal a dismissal was about; other messages as they are.
#[must_use]
pub fn event_text(kind: EventKind, message: &str) -> String {
    let text = match kind {
        EventKind::JobChanged => JobChange::from_message(message).map(|c| {
            t!(
                "signals-reason-job-change",
                from = c.from.text(),
                to = c.to.text()
            )
        }),
        EventKind::ReminderSet => serde_json::from_str::<ReminderNote>(message).ok().map(|n| {
            t!(
                "signals-event-reminder-text",
                date = crate::i18n::date(n.due),
                note = n.note.as_str()
            )
        }),
        EventKind::ReminderClosed => serde_json::from_str::<reminder::ReminderClose>(message)
            .ok()
            .map(|c| {
                if c.done {
                    t!("signals-reminder-done")
                } else {
                    t!("signals-reminder-dismiss")
                }
            }),
        EventKind::SignalDismissed => Cause::from_message(message).map(|c| c.kind.label()),
        _ => None,
    };
    text.unwrap_or_else(|| message.to_owned())
}

fn days_secs(days: f64) -> i64 {
    (days * DAY_SECS as f64).round() as i64
}

/// Every signal as of the end of `as_of`, not dismissed for its cause: follow-ups first,
/// then promotions, job changes, engagement, redirects, silences; newest cause first.
#[must_use]
pub fn signals(
    log: &Log,
    facts: &SignalFacts,
    as_of: NaiveDate,
    params: &SignalParams,
) -> Vec<Signal> {
    let cutoff = cutoff_secs(as_of);
    let mut out = Vec::new();
    for h in log.histories() {
        let events = h.until(cutoff);
        if events.is_empty() {
            continue;
        }
        let contact = log.contact_id(h.contact);
        let platform = log
            .rule(h.platform)
            .map(|r| r.key.clone())
            .unwrap_or_default();
        let mut rel = Relationship::default();
        for e in events {
            rel.apply(e.kind, from_secs(e.at));
        }
        let mut push = |kind, at: i64, detail| {
            out.push(Signal {
                contact,
                platform: platform.clone(),
                kind,
                since: from_secs(at),
                detail,
            });
        };
        let days_ago = |at: i64| (cutoff - at) / DAY_SECS;
        // My last message, unanswered.
        if let Some(sent) = events
            .iter()
            .rev()
            .find(|e| e.kind == EventKind::MessageSent)
        {
            let answered = events.iter().any(|e| {
                e.at > sent.at
                    && (e.kind.is_interaction() && e.kind != EventKind::MessageSent
                        || matches!(e.kind, EventKind::RequestAccepted | EventKind::Connected))
            });
            if !answered && cutoff - sent.at >= days_secs(params.follow_up_days) {
                push(
                    SignalKind::FollowUpDue,
                    sent.at,
                    SignalDetail::Days {
                        days: days_ago(sent.at),
                    },
                );
            }
        }
        // Redirected and never followed.
        if rel.redirected
            && !rel.follows_me
            && rel.state != ConnectionState::Connected
            && let Some(r) = events
                .iter()
                .rev()
                .find(|e| e.kind == EventKind::RedirectedToFollow)
        {
            let followed = events
                .iter()
                .any(|e| e.at >= r.at && e.kind == EventKind::StartedFollowing);
            let age = cutoff - r.at;
            if !followed
                && age >= days_secs(params.redirect_days)
                && age < days_secs(params.redirect_max_days)
            {
                push(
                    SignalKind::RedirectNotFollowed,
                    r.at,
                    SignalDetail::Days {
                        days: days_ago(r.at),
                    },
                );
            }
        }
        // Engagement well above their own usual.
        let window = days_secs(params.engagement_window_days).max(1);
        let recent: Vec<i64> = events
            .iter()
            .filter(|e| e.kind.is_engagement() && e.at >= cutoff - window)
            .map(|e| e.at)
            .collect();
        if let Some(&latest) = recent.last()
            && recent.len() as f64 >= params.engagement_min
        {
            let start = cutoff - window;
            let first = events[0].at;
            let base_from = (start - days_secs(params.engagement_baseline_days)).max(first);
            let before = events
                .iter()
                .filter(|e| e.kind.is_engagement() && e.at >= base_from && e.at < start)
                .count();
            let windows = ((start - base_from) as f64 / window as f64).max(1.0);
            let usual = before as f64 / windows;
            if recent.len() as f64 >= params.engagement_factor * usual {
                push(
                    SignalKind::EngagementJump,
                    latest,
                    SignalDetail::Engagement {
                        recent: u32::try_from(recent.len()).unwrap_or(u32::MAX),
                        usual,
                    },
                );
            }
        }
        // Connected, and quiet since the last touch.
        if rel.state == ConnectionState::Connected
            && let Some(last) = events.iter().rev().find(|e| e.kind.is_interaction())
        {
            let age = cutoff - last.at;
            if age >= days_secs(params.no_touch_days) && age < days_secs(params.no_touch_max_days) {
                push(
                    SignalKind::NoTouch,
                    last.at,
                    SignalDetail::Days {
                        days: days_ago(last.at),
                    },
                );
            }
        }
    }
    // Job changes: the latest per person and platform, within the window.
    let mut latest: Vec<&JobChangeFact> = Vec::new();
    for f in &facts.job_changes {
        let at = f.at.timestamp();
        if at >= cutoff || cutoff - at > days_secs(params.job_days) {
            continue;
        }
        match latest
            .iter_mut()
            .find(|l| l.contact == f.contact && l.platform == f.platform)
        {
            Some(l) if l.at < f.at => *l = f,
            Some(_) => {}
            None => latest.push(f),
        }
    }
    for f in latest {
        let kind = match f.change.kind() {
            ChangeKind::Promotion => SignalKind::Promotion,
            ChangeKind::Move | ChangeKind::NewTitle => SignalKind::JobChange,
        };
        out.push(Signal {
            contact: f.contact,
            platform: f.platform.clone(),
            kind,
            since: f.at,
            detail: SignalDetail::Job(f.change.clone()),
        });
    }
    out.retain(|s| {
        !facts
            .dismissed
            .contains(&(s.contact, s.platform.clone(), s.cause()))
    });
    out.sort_by(|a, b| {
        a.kind
            .cmp(&b.kind)
            .then(b.since.cmp(&a.since))
            .then(a.contact.cmp(&b.contact))
            .then(a.platform.cmp(&b.platform))
    });
    out
}

#[cfg(test)]
mod tests;
