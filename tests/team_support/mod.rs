//! A PostgreSQL team server for the team tests: a database of its own per test, with the
//! team schema, and roles of its own per rep, all dropped when the test ends. The server's
//! URL comes from `FOLLOWDESK_TEST_PG`; without it the tests say they were skipped and pass.
#![allow(clippy::unwrap_used, dead_code)]

use std::path::PathBuf;
use std::sync::atomic::{AtomicU32, Ordering};

use followdesk::domain::PlatformRules;
use followdesk::store::Store;
use followdesk::team::{self, TeamUrl};
use postgres::{Client, NoTls};

/// The server's URL, or `None` (and a note on stderr) when the team tests are to be skipped.
pub fn server(test: &str) -> Option<String> {
    match std::env::var("FOLLOWDESK_TEST_PG") {
        Ok(url) if !url.is_empty() => Some(url),
        _ => {
            eprintln!(
                "{test}: skipped (team tests need PostgreSQL). Run them with \
                 FOLLOWDESK_TEST_PG=postgres://postgres@127.0.0.1:5432/test cargo test --test team_sync"
            );
            None
        }
    }
}

static NEXT: AtomicU32 = AtomicU32::new(0);

/// A database of its own on the test server, holding the team schema.
pub struct TeamDb {
    base: String,
    pub name: String,
    roles: Vec<String>,
}

/// `url` with another user and database.
fn with(url: &str, user: &str, db: &str) -> String {
    let (scheme, rest) = url.split_once("://").unwrap();
    let (before_query, query) = rest.split_once('?').unwrap_or((rest, ""));
    let authority = before_query.split('/').next().unwrap();
    let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let q = if query.is_empty() {
        String::new()
    } else {
        format!("?{query}")
    };
    format!("{scheme}://{user}@{host}/{db}{q}")
}

fn user_of(url: &str) -> String {
    let rest = url.split_once("://").unwrap().1;
    let authority = rest.split('/').next().unwrap();
    authority
        .rsplit_once('@')
        .map_or("postgres", |(u, _)| u.split(':').next().unwrap())
        .to_owned()
}

impl TeamDb {
    pub fn new(base: &str) -> Self {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .subsec_nanos();
        let name = format!(
            "fdt_{}_{}_{nanos}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        );
        let mut admin = Client::connect(base, NoTls).unwrap();
        admin
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .unwrap();
        let db = Self {
            base: base.to_owned(),
            name,
            roles: Vec::new(),
        };
        let mut owner = db.admin();
        team::init(&mut owner).unwrap();
        db
    }

    /// The URL of this database as its owner (the test server's user).
    pub fn admin_url(&self) -> String {
        with(&self.base, &user_of(&self.base), &self.name)
    }

    pub fn admin(&self) -> Client {
        Client::connect(&self.admin_url(), NoTls).unwrap()
    }

    /// The URL of this database as `role`.
    pub fn url(&self, role: &str) -> String {
        with(&self.base, role, &self.name)
    }

    /// A login role of its own for a rep, allowed to connect to this database.
    pub fn add_role(&mut self, short: &str) -> String {
        let role = format!("{}_{short}", self.name);
        let mut admin = Client::connect(&self.base, NoTls).unwrap();
        admin
            .batch_execute(&format!(
                "CREATE ROLE {role} LOGIN; GRANT CONNECT ON DATABASE {} TO {role};",
                self.name
            ))
            .unwrap();
        self.roles.push(role.clone());
        role
    }

    /// A manager: an existing rep the owner marks as such.
    pub fn make_manager(&self, role: &str) {
        self.admin()
            .execute(
                "UPDATE followdesk.reps SET manager = true WHERE role = $1",
                &[&role],
            )
            .unwrap();
    }

    /// How many rows the server's log holds.
    pub fn server_events(&self) -> i64 {
        self.admin()
            .query_one("SELECT count(*) FROM followdesk.events", &[])
            .unwrap()
            .get(0)
    }
}

impl Drop for TeamDb {
    fn drop(&mut self) {
        if let Ok(mut admin) = Client::connect(&self.base, NoTls) {
            let _ = admin.batch_execute(&format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ));
            for r in &self.roles {
                let _ = admin.batch_execute(&format!("DROP ROLE IF EXISTS {r}"));
            }
        }
    }
}

/// A rep: their own SQLite file, joined to the team under their own role.
pub struct Rep {
    pub store: Store,
    pub role: String,
    pub path: PathBuf,
    _dir: tempfile::TempDir,
}

impl Rep {
    pub fn join(db: &mut TeamDb, short: &str, name: &str) -> Self {
        let role = db.add_role(short);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("followdesk.sqlite3");
        let mut store = Store::open(&path, PlatformRules::builtin()).unwrap();
        let got = team::join(&mut store, &TeamUrl::parse(&db.url(&role)).unwrap(), name).unwrap();
        assert_eq!(got, role);
        Self {
            store,
            role,
            path,
            _dir: dir,
        }
    }
}
