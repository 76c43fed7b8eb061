//! A sales team on one pipeline: the other reps' events as pulled from the team server,
//! who owns whom, and the rules over them — who else owns or recently talked to a person
//! (collisions), who on the team is connected to them (warm paths), and the team funnel.
//! Pure: the store reads the rows, the team module syncs them.

use std::collections::HashMap;

use serde::Serialize;

use super::metrics::Log;
use super::time::{DAY_SECS, Timestamp};
use super::{ConnectionState, ContactId, EventKind, NewEvent, PlatformRules, Relationship};
use crate::t;

/// How many days back another rep's contact with a person counts as a collision.
pub const COLLISION_DAYS: i64 = 30;

/// One event of another rep, as the team server holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamEvent {
    /// The server's sequence number (the pull mark).
    pub seq: i64,
    pub uuid: String,
    /// The rep's role on the server.
    pub rep: String,
    pub platform: String,
    pub kind: EventKind,
    pub at: Timestamp,
    pub person: PersonRef,
    /// The name the rep knows the person by (for reports; never used to match).
    pub person_name: String,
    /// Set on a retraction: the uuid of the event taken back.
    pub retracts: Option<String>,
}

/// One of my events on its way to the team server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutgoingEvent {
    /// Its id in my database (the push mark).
    pub local_id: i64,
    pub uuid: String,
    pub platform: String,
    pub kind: EventKind,
    pub at: Timestamp,
    pub person: PersonRef,
    pub person_name: String,
}

impl OutgoingEvent {
    /// The event as the team sees it, recorded by `rep` (not yet numbered by the server).
    #[must_use]
    pub fn into_team_event(self, rep: &str) -> TeamEvent {
        TeamEvent {
            seq: 0,
            uuid: self.uuid,
            rep: rep.to_owned(),
            platform: self.platform,
            kind: self.kind,
            at: self.at,
            person: self.person,
            person_name: self.person_name,
            retracts: None,
        }
    }
}

/// How a person is recognised across reps: by normalised profile URL, then by e-mail,
/// never by name.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PersonRef {
    pub url: Option<String>,
    pub email: Option<String>,
}

impl PersonRef {
    /// The one key a claim is made on: the profile URL, or `mailto:` and the e-mail.
    #[must_use]
    pub fn key(&self) -> Option<String> {
        self.url
            .clone()
            .or_else(|| self.email.as_ref().map(|e| format!("mailto:{e}")))
    }
}

/// A person as this database knows them: every profile URL and the e-mail.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Person {
    pub urls: Vec<String>,
    pub email: Option<String>,
}

impl Person {
    /// Whether a reference from another rep names this person: a URL in common, or
    /// else the same e-mail.
    #[must_use]
    pub fn matches(&self, r: &PersonRef) -> bool {
        match &r.url {
            Some(u) if self.urls.contains(u) => true,
            _ => r.email.is_some() && r.email == self.email,
        }
    }

    /// Whether a claim's key names this person.
    #[must_use]
    pub fn has_key(&self, key: &str) -> bool {
        self.urls.iter().any(|u| u == key)
            || key
                .strip_prefix("mailto:")
                .is_some_and(|e| self.email.as_deref() == Some(e))
    }

    /// The key this person is claimed under: the first profile URL, else the e-mail.
    #[must_use]
    pub fn key(&self) -> Option<String> {
        PersonRef {
            url: self.urls.first().cloned(),
            email: self.email.clone(),
        }
        .key()
    }
}

/// The current owner of a person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Claim {
    pub person_key: String,
    /// The owner's role.
    pub rep: String,
    pub since: Timestamp,
}

/// Another rep's stake in a person I am about to approach.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Collision {
    /// The other rep's name.
    pub rep: String,
    /// Since when they own the person, if they do.
    pub owns_since: Option<Timestamp>,
    /// Their last contact with the person within the window, and what it was.
    pub last_contact: Option<(EventKind, Timestamp)>,
}

impl Collision {
    /// "Anna owns Jan Neumann since 12 Nov; last message 3 days ago", in the active language.
    #[must_use]
    pub fn describe(&self, person: &str, now: Timestamp) -> String {
        let owns = self.owns_since.map(|since| {
            t!(
                "team-collision-owns",
                rep = self.rep.as_str(),
                person = person,
                since = crate::i18n::date(since.date_naive())
            )
        });
        let last = self.last_contact.map(|(kind, at)| {
            let days = (now - at).num_days().max(0);
            if matches!(kind, EventKind::Message | EventKind::MessageSent) {
                t!("team-collision-last-message", days = days)
            } else {
                t!("team-collision-last-contact", days = days)
            }
        });
        match (owns, last) {
            (Some(o), Some(l)) => format!("{o}; {l}"),
            (Some(o), None) => o,
            (None, Some(_)) => {
                let (_, at) = self.last_contact.unwrap_or((EventKind::Message, now));
                t!(
                    "team-collision-talked",
                    rep = self.rep.as_str(),
                    person = person,
                    days = (now - at).num_days().max(0)
                )
            }
            (None, None) => String::new(),
        }
    }
}

/// Whether an event of a rep is that rep approaching the person (what collides).
#[must_use]
pub fn is_contact(kind: EventKind) -> bool {
    kind.is_interaction()
        || matches!(
            kind,
            EventKind::RequestSent
                | EventKind::RequestAccepted
                | EventKind::RedirectedToFollow
                | EventKind::Connected
        )
}

/// The events that still stand: retractions and the events they take back left out.
#[must_use]
pub fn live(events: &[TeamEvent]) -> Vec<&TeamEvent> {
    let retracted: std::collections::HashSet<&str> = events
        .iter()
        .filter_map(|e| e.retracts.as_deref())
        .collect();
    events
        .iter()
        .filter(|e| e.retracts.is_none() && !retracted.contains(e.uuid.as_str()))
        .collect()
}

/// The display name of a role (`reps` maps roles to names; unknown roles show as they are).
fn name_of<'a, S: std::hash::BuildHasher>(
    reps: &'a HashMap<String, String, S>,
    role: &'a str,
) -> &'a str {
    reps.get(role).map_or(role, String::as_str)
}

/// Who else on the team owns `person` or contacted them in the last `days` days before
/// `now`, one entry per rep, owner first. `me` is my role: my own stake is no collision.
#[must_use]
pub fn collisions<S: std::hash::BuildHasher>(
    person: &Person,
    me: &str,
    events: &[TeamEvent],
    claims: &[Claim],
    reps: &HashMap<String, String, S>,
    now: Timestamp,
    days: i64,
) -> Vec<Collision> {
    let from = now.timestamp() - days * DAY_SECS;
    let mut by_rep: Vec<(String, Collision)> = Vec::new();
    let entry = |by_rep: &mut Vec<(String, Collision)>, role: &str| -> usize {
        if let Some(i) = by_rep.iter().position(|(r, _)| r == role) {
            return i;
        }
        by_rep.push((
            role.to_owned(),
            Collision {
                rep: name_of(reps, role).to_owned(),
                owns_since: None,
                last_contact: None,
            },
        ));
        by_rep.len() - 1
    };
    for c in claims
        .iter()
        .filter(|c| c.rep != me && person.has_key(&c.person_key))
    {
        let i = entry(&mut by_rep, &c.rep);
        by_rep[i].1.owns_since = Some(c.since);
    }
    for e in live(events) {
        if e.rep == me || !is_contact(e.kind) || e.at.timestamp() < from || e.at > now {
            continue;
        }
        if !person.matches(&e.person) {
            continue;
        }
        let i = entry(&mut by_rep, &e.rep);
        let last = &mut by_rep[i].1.last_contact;
        if last.is_none_or(|(_, at)| at < e.at) {
            *last = Some((e.kind, e.at));
        }
    }
    by_rep.into_iter().map(|(_, c)| c).collect()
}

/// The reps (by name) connected to `person` on some platform: warm paths to an introduction.
#[must_use]
pub fn connected_reps<S: std::hash::BuildHasher>(
    person: &Person,
    me: &str,
    events: &[TeamEvent],
    reps: &HashMap<String, String, S>,
) -> Vec<String> {
    let mut mine: Vec<&TeamEvent> = live(events)
        .into_iter()
        .filter(|e| e.rep != me && person.matches(&e.person))
        .collect();
    mine.sort_by(|a, b| {
        (&a.rep, &a.platform, a.at, a.seq).cmp(&(&b.rep, &b.platform, b.at, b.seq))
    });
    let mut out: Vec<String> = Vec::new();
    for group in mine.chunk_by(|a, b| a.rep == b.rep && a.platform == b.platform) {
        let mut rel = Relationship::default();
        for e in group {
            rel.apply(e.kind, e.at);
        }
        let name = name_of(reps, &group[0].rep).to_owned();
        if rel.state == ConnectionState::Connected && !out.contains(&name) {
            out.push(name);
        }
    }
    out.sort();
    out
}

/// The team's events as metrics logs: one per rep (by role), and one of the whole team in
/// which each rep's history with a person is a history of its own. People are numbered by
/// their key across reps, so the funnel, cohorts and time to connect of each rep and of the
/// team come from `domain::metrics` as for one database. Events on unknown platforms or of
/// people without URL and e-mail are left out.
pub struct TeamLogs {
    pub per_rep: Vec<(String, Log)>,
    pub all: Log,
}

/// Builds [`TeamLogs`] from every rep's events (mine included).
#[must_use]
pub fn team_logs(rules: &PlatformRules, events: &[TeamEvent]) -> TeamLogs {
    let mut people: HashMap<String, i64> = HashMap::new();
    let mut histories: HashMap<(String, i64), i64> = HashMap::new();
    let mut per_rep: Vec<(String, Log)> = Vec::new();
    let mut all = Log::new(rules);
    for e in live(events) {
        let Some(key) = e.person.key() else { continue };
        let next = people.len() as i64 + 1;
        let id = *people.entry(key).or_insert(next);
        let next = histories.len() as i64 + 1;
        let team_id = *histories.entry((e.rep.clone(), id)).or_insert(next);
        let i = if let Some(i) = per_rep.iter().position(|(r, _)| *r == e.rep) {
            i
        } else {
            per_rep.push((e.rep.clone(), Log::new(rules)));
            per_rep.len() - 1
        };
        // An unknown platform (a newer followdesk's) is left out of the figures.
        let _ = per_rep[i]
            .1
            .push(&NewEvent::manual(ContactId(id), &e.platform, e.kind, e.at));
        let _ = all.push(&NewEvent::manual(
            ContactId(team_id),
            &e.platform,
            e.kind,
            e.at,
        ));
    }
    per_rep.sort_by(|a, b| a.0.cmp(&b.0));
    TeamLogs { per_rep, all }
}

/// A person two or more reps are on at once: an owner and someone else who contacted them,
/// or several reps who contacted them, within the window.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OpenCollision {
    pub person_key: String,
    pub person_name: String,
    /// The owner's name, if someone owns the person.
    pub owner: Option<String>,
    /// The names of the reps who contacted them within the window, sorted.
    pub reps: Vec<String>,
}

/// Every open collision on the team as of `now`, over the last `days` days, by person key.
#[must_use]
pub fn open_collisions<S: std::hash::BuildHasher>(
    events: &[TeamEvent],
    claims: &[Claim],
    reps: &HashMap<String, String, S>,
    now: Timestamp,
    days: i64,
) -> Vec<OpenCollision> {
    let from = now.timestamp() - days * DAY_SECS;
    let mut by_person: std::collections::BTreeMap<String, (String, Vec<String>)> =
        std::collections::BTreeMap::new();
    for e in live(events) {
        if !is_contact(e.kind) || e.at.timestamp() < from || e.at > now {
            continue;
        }
        let Some(key) = e.person.key() else { continue };
        let entry = by_person
            .entry(key)
            .or_insert_with(|| (e.person_name.clone(), Vec::new()));
        if !entry.1.contains(&e.rep) {
            entry.1.push(e.rep.clone());
        }
    }
    let mut out = Vec::new();
    for (key, (name, roles)) in by_person {
        let owner = claims
            .iter()
            .find(|c| c.person_key == key)
            .map(|c| c.rep.clone());
        let others = roles.iter().filter(|r| Some(*r) != owner.as_ref()).count();
        let collides = match &owner {
            Some(_) => others >= 1,
            None => roles.len() >= 2,
        };
        if collides {
            let mut names: Vec<String> =
                roles.iter().map(|r| name_of(reps, r).to_owned()).collect();
            names.sort();
            out.push(OpenCollision {
                person_key: key,
                person_name: name,
                owner: owner.map(|o| name_of(reps, &o).to_owned()),
                reps: names,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::time::from_secs;

    const DAY: i64 = DAY_SECS;

    fn ev(seq: i64, rep: &str, url: &str, kind: EventKind, day: i64) -> TeamEvent {
        TeamEvent {
            seq,
            uuid: format!("u{seq}"),
            rep: rep.to_owned(),
            platform: "linkedin".to_owned(),
            kind,
            at: from_secs(day * DAY),
            person: PersonRef {
                url: Some(url.to_owned()),
                email: None,
            },
            person_name: "Jan Neumann".to_owned(),
            retracts: None,
        }
    }

    fn jan() -> Person {
        Person {
            urls: vec!["linkedin.com/in/jan".to_owned()],
            email: Some("jan@example.com".to_owned()),
        }
    }

    fn names() -> HashMap<String, String> {
        HashMap::from([("r_anna".to_owned(), "Anna".to_owned())])
    }

    #[test]
    fn owner_and_recent_message_collide_my_own_do_not() {
        let events = vec![
            ev(1, "r_anna", "linkedin.com/in/jan", EventKind::Message, 100),
            ev(2, "r_me", "linkedin.com/in/jan", EventKind::Message, 102),
            ev(3, "r_bob", "linkedin.com/in/jan", EventKind::Message, 10),
        ];
        let claims = vec![Claim {
            person_key: "linkedin.com/in/jan".to_owned(),
            rep: "r_anna".to_owned(),
            since: from_secs(90 * DAY),
        }];
        let now = from_secs(103 * DAY);
        let got = collisions(&jan(), "r_me", &events, &claims, &names(), now, 30);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].rep, "Anna");
        assert_eq!(got[0].owns_since, Some(from_secs(90 * DAY)));
        assert_eq!(
            got[0].last_contact,
            Some((EventKind::Message, from_secs(100 * DAY)))
        );
        crate::i18n::set_lang(crate::i18n::Lang::En);
        let text = got[0].describe("Jan Neumann", now);
        assert!(text.starts_with("Anna owns Jan Neumann since"), "{text}");
        assert!(text.ends_with("last message 3 days ago"), "{text}");
    }

    #[test]
    fn a_retracted_contact_and_a_name_alone_do_not_collide() {
        let mut retraction = ev(2, "r_anna", "linkedin.com/in/jan", EventKind::Message, 100);
        retraction.uuid = "r".to_owned();
        retraction.retracts = Some("u1".to_owned());
        let mut other = ev(
            3,
            "r_anna",
            "linkedin.com/in/someone-else",
            EventKind::Message,
            100,
        );
        other.person_name = "Jan Neumann".to_owned();
        let events = vec![
            ev(1, "r_anna", "linkedin.com/in/jan", EventKind::Message, 100),
            retraction,
            other,
        ];
        let got = collisions(
            &jan(),
            "r_me",
            &events,
            &[],
            &names(),
            from_secs(101 * DAY),
            30,
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn e_mail_matches_when_no_url_does() {
        let mut e = ev(1, "r_anna", "x", EventKind::Meeting, 100);
        e.person = PersonRef {
            url: None,
            email: Some("jan@example.com".to_owned()),
        };
        let got = collisions(
            &jan(),
            "r_me",
            &[e],
            &[],
            &names(),
            from_secs(101 * DAY),
            30,
        );
        assert_eq!(got.len(), 1);
    }

    #[test]
    fn connected_reps_follow_each_reps_own_relationship() {
        let events = vec![
            ev(1, "r_anna", "linkedin.com/in/jan", EventKind::Connected, 10),
            ev(2, "r_bob", "linkedin.com/in/jan", EventKind::Connected, 10),
            ev(
                3,
                "r_bob",
                "linkedin.com/in/jan",
                EventKind::Disconnected,
                20,
            ),
            ev(
                4,
                "r_carl",
                "linkedin.com/in/jan",
                EventKind::StartedFollowing,
                20,
            ),
        ];
        assert_eq!(connected_reps(&jan(), "r_me", &events, &names()), ["Anna"]);
    }

    #[test]
    fn open_collisions_need_two_reps_or_an_owner_and_another() {
        let events = vec![
            ev(1, "r_anna", "linkedin.com/in/jan", EventKind::Message, 100),
            ev(2, "r_bob", "linkedin.com/in/jan", EventKind::Message, 101),
            ev(3, "r_anna", "linkedin.com/in/eva", EventKind::Message, 100),
            ev(4, "r_bob", "linkedin.com/in/max", EventKind::Message, 100),
        ];
        let claims = vec![Claim {
            person_key: "linkedin.com/in/max".to_owned(),
            rep: "r_anna".to_owned(),
            since: from_secs(50 * DAY),
        }];
        let got = open_collisions(&events, &claims, &names(), from_secs(102 * DAY), 30);
        let keys: Vec<&str> = got.iter().map(|c| c.person_key.as_str()).collect();
        assert_eq!(keys, ["linkedin.com/in/jan", "linkedin.com/in/max"]);
        assert_eq!(got[0].reps, ["Anna", "r_bob"]);
        assert_eq!(got[1].owner.as_deref(), Some("Anna"));
    }

    #[test]
    fn the_team_log_keeps_each_reps_history_apart() {
        let rules = PlatformRules::builtin();
        let events = vec![
            ev(
                1,
                "r_anna",
                "linkedin.com/in/jan",
                EventKind::RequestReceived,
                10,
            ),
            ev(2, "r_bob", "linkedin.com/in/jan", EventKind::Connected, 11),
        ];
        let logs = team_logs(&rules, &events);
        assert_eq!(logs.per_rep.len(), 2);
        assert_eq!(logs.all.contact_count(), 2);
        assert_eq!(logs.per_rep[0].1.contact_count(), 1);
    }
}
