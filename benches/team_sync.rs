//! Team sync benchmark: 20 reps with 50,000 events each (about 5,000 people, half of them
//! shared with the other reps by profile URL) sync through PostgreSQL; then a rep who joins
//! late pulls the whole team's log; then one rep logs 1,000 new events and both sides sync.
//!
//! Needs a PostgreSQL server: `FOLLOWDESK_TEST_PG=postgres://postgres@127.0.0.1:5432/test
//! cargo bench --bench team_sync` (release build). The sizes can be made smaller for a
//! quick check: `FOLLOWDESK_BENCH_REPS=3 FOLLOWDESK_BENCH_EVENTS=2000`. The bench creates
//! a database and roles of its own and drops them at the end.
#![allow(clippy::unwrap_used)]

use std::time::{Duration, Instant};

use followdesk::domain::time::from_secs;
use followdesk::domain::{ContactFields, EventKind, NewEvent, PlatformRules};
use followdesk::store::Store;
use followdesk::team::{SyncOptions, TeamUrl, init, join, sync};
use postgres::{Client, NoTls};

const EVENTS_PER_PERSON: usize = 10;
const KINDS: [EventKind; 5] = [
    EventKind::RequestReceived,
    EventKind::RedirectedToFollow,
    EventKind::StartedFollowing,
    EventKind::Liked,
    EventKind::Message,
];

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn with(url: &str, user: &str, db: &str) -> String {
    let rest = url.split_once("://").unwrap().1;
    let host = rest.split('/').next().unwrap();
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    format!("postgres://{user}@{host}/{db}")
}

/// Fills a rep's database: `events` events over people of whom every second one is shared
/// by the whole team (the same URL), the rest this rep's own.
fn fill(store: &mut Store, rep: usize, events: usize, offset: usize) {
    let people = events.div_ceil(EVENTS_PER_PERSON);
    let mut bulk = store.bulk().unwrap();
    for p in 0..people {
        let id = bulk
            .add_contact(ContactFields::named(
                &format!("P{p}"),
                &format!("R{rep}-{offset}"),
            ))
            .unwrap();
        let url = if p % 2 == 0 {
            format!("linkedin.com/in/shared-{}", p + offset)
        } else {
            format!("linkedin.com/in/rep{rep}-{}", p + offset)
        };
        bulk.set_profile(id, "linkedin", Some(&url)).unwrap();
        for k in 0..EVENTS_PER_PERSON.min(events - p * EVENTS_PER_PERSON) {
            let at = from_secs(1_700_000_000 + (p * 97 + k * 86_400) as i64);
            bulk.event(&NewEvent::manual(
                id,
                "linkedin",
                KINDS[k % KINDS.len()],
                at,
            ))
            .unwrap();
        }
    }
    bulk.commit().unwrap();
}

fn timed<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let t = Instant::now();
    let r = f();
    (r, t.elapsed())
}

fn main() {
    let Ok(base) = std::env::var("FOLLOWDESK_TEST_PG") else {
        eprintln!(
            "team_sync bench skipped: set FOLLOWDESK_TEST_PG=postgres://postgres@127.0.0.1:5432/test"
        );
        return;
    };
    let reps = env_usize("FOLLOWDESK_BENCH_REPS", 20);
    let events = env_usize("FOLLOWDESK_BENCH_EVENTS", 50_000);
    let db = format!("fdbench_{}", std::process::id());
    let mut admin = Client::connect(&base, NoTls).unwrap();
    admin
        .batch_execute(&format!("CREATE DATABASE {db}"))
        .unwrap();
    let owner = base
        .split_once("://")
        .unwrap()
        .1
        .split('@')
        .next()
        .unwrap_or("postgres");
    let owner = if base.contains('@') {
        owner.split(':').next().unwrap()
    } else {
        "postgres"
    };
    init(&mut Client::connect(&with(&base, owner, &db), NoTls).unwrap()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut roles = Vec::new();
    let mut stores = Vec::new();
    let open = |roles: &mut Vec<String>, admin: &mut Client, i: usize| {
        let role = format!("{db}_r{i}");
        admin
            .batch_execute(&format!(
                "CREATE ROLE {role} LOGIN; GRANT CONNECT ON DATABASE {db} TO {role};"
            ))
            .unwrap();
        let mut store = Store::open(
            &dir.path().join(format!("r{i}.sqlite3")),
            PlatformRules::builtin(),
        )
        .unwrap();
        join(
            &mut store,
            &TeamUrl::parse(&with(&base, &role, &db)).unwrap(),
            &format!("Rep {i}"),
        )
        .unwrap();
        roles.push(role);
        store
    };
    let ((), fill_time) = timed(|| {
        for i in 0..reps {
            let mut s = open(&mut roles, &mut admin, i);
            fill(&mut s, i, events, 0);
            stores.push(s);
        }
    });
    println!("{reps} reps × {events} events written locally in {fill_time:.2?}");

    let mut firsts = Vec::new();
    for s in &mut stores {
        let (r, t) = timed(|| sync(s, SyncOptions::default()).unwrap());
        println!(
            "  first sync: pushed {:>7}, pulled {:>8} in {t:.2?}",
            r.pushed, r.pulled
        );
        firsts.push(t);
    }
    let total: Duration = firsts.iter().sum();
    println!("first sync of every rep in turn: {total:.2?} in all");

    let ((), t) = timed(|| {
        for s in &mut stores {
            sync(s, SyncOptions::default()).unwrap();
        }
    });
    println!("second round, every rep catching up on the others: {t:.2?} in all");

    let mut late = open(&mut roles, &mut admin, reps);
    let (r, t) = timed(|| sync(&mut late, SyncOptions::default()).unwrap());
    println!(
        "a rep joining late pulls the team's {} events in {t:.2?}",
        r.pulled
    );

    // Incremental: rep 0 logs 1,000 new events, pushes them; rep 1 pulls them.
    fill(&mut stores[0], 0, 1_000, 1_000_000);
    let (r, t) = timed(|| sync(&mut stores[0], SyncOptions::default()).unwrap());
    println!(
        "incremental push of {} new events (and pull of the others' meanwhile) in {t:.2?}",
        r.pushed
    );
    if reps > 1 {
        let (r, t) = timed(|| sync(&mut stores[1], SyncOptions::default()).unwrap());
        println!(
            "incremental pull by another rep: {} events in {t:.2?}",
            r.pulled
        );
    }
    let (r, t) = timed(|| sync(&mut stores[0], SyncOptions::default()).unwrap());
    println!(
        "a sync with nothing new: pushed {}, pulled {} in {t:.2?}",
        r.pushed, r.pulled
    );

    drop(stores);
    drop(late);
    admin
        .batch_execute(&format!("DROP DATABASE {db} WITH (FORCE)"))
        .unwrap();
    for r in roles {
        admin.batch_execute(&format!("DROP ROLE {r}")).unwrap();
    }
}
