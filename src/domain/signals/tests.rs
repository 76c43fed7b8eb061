//! Each signal on a hand-made history: it fires, is dismissed, does not come back for the
//! same cause, and comes back for a new one.

use super::*;
use crate::domain::metrics::Log;
use crate::domain::metrics::test_support::{LI, XI, date, day, log};
use EventKind as K;

/// The kinds raised for contact `c` as of day `d`.
fn kinds(log: &Log, facts: &SignalFacts, c: i64, d: i64) -> Vec<SignalKind> {
    signals(log, facts, date(d), &SignalParams::default())
        .into_iter()
        .filter(|s| s.contact == ContactId(c))
        .map(|s| s.kind)
        .collect()
}

fn only(log: &Log, facts: &SignalFacts, c: i64, d: i64) -> Signal {
    let mut all: Vec<Signal> = signals(log, facts, date(d), &SignalParams::default())
        .into_iter()
        .filter(|s| s.contact == ContactId(c))
        .collect();
    assert_eq!(all.len(), 1, "{all:?}");
    all.remove(0)
}

/// Dismisses `s` as the app does: the event goes into the log, its cause into the facts.
fn dismiss(log: &mut Log, facts: &mut SignalFacts, s: &Signal, d: i64) {
    let e = s.dismissal(day(d));
    log.push(&e).unwrap();
    let cause = Cause::from_message(&e.message).unwrap();
    assert_eq!(cause, s.cause());
    facts
        .dismissed
        .insert((e.contact_id, e.platform.clone(), cause));
}

fn push(log: &mut Log, c: i64, p: &str, k: EventKind, d: i64) {
    log.push(&NewEvent::manual(ContactId(c), p, k, day(d)))
        .unwrap();
}

#[test]
fn an_unanswered_message_asks_for_a_follow_up_until_answered_or_dismissed() {
    let mut log = log(&[(1, LI, K::StartedFollowing, 1), (1, LI, K::MessageSent, 10)]);
    let mut facts = SignalFacts::default();
    assert!(kinds(&log, &facts, 1, 22).is_empty(), "13 days: not yet");
    let s = only(&log, &facts, 1, 24);
    assert_eq!(s.kind, SignalKind::FollowUpDue);
    assert_eq!(s.since, day(10));
    crate::i18n::set_lang(crate::i18n::Lang::En);
    assert_eq!(s.reason(), "your message of 14 days ago is unanswered");
    dismiss(&mut log, &mut facts, &s, 24);
    assert!(kinds(&log, &facts, 1, 40).is_empty(), "same cause: gone");
    push(&mut log, 1, LI, K::MessageSent, 41);
    assert_eq!(kinds(&log, &facts, 1, 56), [SignalKind::FollowUpDue]);
    push(&mut log, 1, LI, K::Message, 57);
    assert!(kinds(&log, &facts, 1, 80).is_empty(), "answered");
}

#[test]
fn a_redirect_never_followed_is_raised_once_per_redirect() {
    let mut log = log(&[
        (1, LI, K::RequestReceived, 1),
        (1, LI, K::RedirectedToFollow, 2),
        // Redirected, then followed: no signal.
        (2, LI, K::RedirectedToFollow, 2),
        (2, LI, K::StartedFollowing, 5),
    ]);
    let mut facts = SignalFacts::default();
    assert!(kinds(&log, &facts, 1, 10).is_empty());
    let s = only(&log, &facts, 1, 20);
    assert_eq!(s.kind, SignalKind::RedirectNotFollowed);
    assert!(kinds(&log, &facts, 2, 20).is_empty());
    dismiss(&mut log, &mut facts, &s, 20);
    assert!(kinds(&log, &facts, 1, 30).is_empty());
    // They ask again, and are redirected again: a new cause.
    push(&mut log, 1, LI, K::RequestReceived, 50);
    push(&mut log, 1, LI, K::RedirectedToFollow, 51);
    assert!(kinds(&log, &facts, 1, 55).is_empty());
    assert_eq!(
        kinds(&log, &facts, 1, 70),
        [SignalKind::RedirectNotFollowed]
    );
    assert!(kinds(&log, &facts, 1, 200).is_empty(), "too old to be news");
}

#[test]
fn engagement_well_above_their_usual_is_raised_and_a_new_engagement_raises_it_again() {
    // A like a month for half a year, then four reactions in a fortnight.
    let mut events = vec![(1, LI, K::StartedFollowing, 1)];
    for m in 0..6 {
        events.push((1, LI, K::Liked, 10 + 30 * m));
    }
    events.extend([
        (1, LI, K::Liked, 190),
        (1, LI, K::Commented, 193),
        (1, LI, K::Shared, 195),
        (1, LI, K::Liked, 198),
    ]);
    // Someone who always engages this much: no jump.
    for d in (1..200).step_by(4) {
        events.push((2, LI, K::Liked, d));
    }
    let mut log = log(&events);
    let mut facts = SignalFacts::default();
    let s = only(&log, &facts, 1, 199);
    assert_eq!(s.kind, SignalKind::EngagementJump);
    assert_eq!(s.since, day(198));
    assert!(matches!(
        s.detail,
        SignalDetail::Engagement { recent: 4, .. }
    ));
    assert!(kinds(&log, &facts, 2, 199).is_empty());
    dismiss(&mut log, &mut facts, &s, 199);
    assert!(kinds(&log, &facts, 1, 199).is_empty());
    assert!(
        kinds(&log, &facts, 1, 200).is_empty(),
        "the same engagements"
    );
    push(&mut log, 1, LI, K::Commented, 201);
    assert_eq!(kinds(&log, &facts, 1, 201), [SignalKind::EngagementJump]);
}

#[test]
fn a_connection_gone_quiet_is_raised_after_90_days_and_again_after_a_new_silence() {
    let mut log = log(&[
        (1, XI, K::Connected, 1),
        (1, XI, K::Message, 5),
        // Connected, never touched: no relationship to revive, no signal.
        (2, XI, K::Connected, 1),
    ]);
    let mut facts = SignalFacts::default();
    assert!(kinds(&log, &facts, 1, 90).is_empty());
    let s = only(&log, &facts, 1, 96);
    assert_eq!((s.kind, s.platform.as_str()), (SignalKind::NoTouch, XI));
    assert!(kinds(&log, &facts, 2, 96).is_empty());
    dismiss(&mut log, &mut facts, &s, 96);
    assert!(kinds(&log, &facts, 1, 120).is_empty());
    push(&mut log, 1, XI, K::Meeting, 130);
    assert!(kinds(&log, &facts, 1, 200).is_empty());
    assert_eq!(kinds(&log, &facts, 1, 221), [SignalKind::NoTouch]);
    assert!(
        kinds(&log, &facts, 1, 251).is_empty(),
        "a silence of months is history"
    );
}

#[test]
fn a_job_change_or_promotion_counts_for_30_days_and_a_new_change_raises_it_again() {
    let mut log = log(&[(1, LI, K::Connected, 1), (1, LI, K::JobChanged, 100)]);
    let mut facts = SignalFacts::default();
    let change = |from: (&str, &str), to: (&str, &str)| JobChange {
        from: Job::new(from.0, from.1),
        to: Job::new(to.0, to.1),
    };
    facts.job_changes.push(JobChangeFact {
        contact: ContactId(1),
        platform: LI.into(),
        at: day(100),
        change: change(
            ("Müller GmbH", "Sales Manager"),
            ("Müller GmbH", "Head of Sales"),
        ),
    });
    assert!(kinds(&log, &facts, 1, 99).is_empty());
    let s = only(&log, &facts, 1, 110);
    assert_eq!(s.kind, SignalKind::Promotion);
    crate::i18n::set_lang(crate::i18n::Lang::De);
    assert_eq!(
        s.reason(),
        "befördert: von Sales Manager zu Head of Sales bei Müller GmbH"
    );
    crate::i18n::set_lang(crate::i18n::Lang::En);
    assert!(kinds(&log, &facts, 1, 131).is_empty(), "30 days on");
    dismiss(&mut log, &mut facts, &s, 110);
    assert!(kinds(&log, &facts, 1, 111).is_empty());
    push(&mut log, 1, LI, K::JobChanged, 120);
    facts.job_changes.push(JobChangeFact {
        contact: ContactId(1),
        platform: LI.into(),
        at: day(120),
        change: change(("Müller GmbH", "Head of Sales"), ("Schmidt AG", "CEO")),
    });
    let s = only(&log, &facts, 1, 121);
    assert_eq!(s.kind, SignalKind::JobChange);
    assert_eq!(
        s.reason(),
        "changed jobs: from Head of Sales at Müller GmbH to CEO at Schmidt AG"
    );
}

#[test]
fn causes_round_trip_and_bookkeeping_changes_no_relationship() {
    let c = Cause {
        kind: SignalKind::NoTouch,
        since_secs: 1_700_000_000,
    };
    assert_eq!(Cause::from_message(&c.to_message()), Some(c));
    assert_eq!(Cause::from_message("no_touch@x"), None);
    assert_eq!(Cause::from_message("poke@1"), None);
    let mut rel = Relationship::default();
    rel.apply(K::SignalDismissed, day(3));
    rel.apply(K::ReminderSet, day(3));
    assert_eq!(rel, Relationship::default());
}

#[test]
fn the_timeline_writes_job_changes_reminders_and_dismissals_in_words() {
    crate::i18n::set_lang(crate::i18n::Lang::En);
    let change = JobChange {
        from: Job::new("Alt AG", "Head of Sales"),
        to: Job::new("Neu GmbH", "CEO"),
    };
    assert_eq!(
        event_text(K::JobChanged, &change.to_message()),
        "changed jobs: from Head of Sales at Alt AG to CEO at Neu GmbH"
    );
    let r = set_reminder(ContactId(1), LI, date(10), "call", day(1));
    assert_eq!(
        event_text(K::ReminderSet, &r.message),
        "due Jan 10, 2026: call"
    );
    let cause = Cause {
        kind: SignalKind::NoTouch,
        since_secs: 0,
    };
    assert_eq!(
        event_text(K::SignalDismissed, &cause.to_message()),
        "gone quiet"
    );
    assert_eq!(event_text(K::Message, "hello"), "hello");
}
