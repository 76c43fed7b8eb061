-- followdesk schema, version 8 (team): the log becomes mergeable with other reps' logs.
--
-- Every event gets a globally unique id (a UUIDv7: the time it was recorded, then random
-- bits), so that a team server can hold the union of every rep's log and a sync can be
-- repeated without adding anything twice. Events already stored get one made from their
-- recorded_at. `rep` is who recorded the event; NULL is the owner of this database.
ALTER TABLE events ADD COLUMN uuid TEXT;
ALTER TABLE events ADD COLUMN rep TEXT;
UPDATE events SET uuid = printf('%08x-%04x-7%03x-%x%03x-%012x',
    (recorded_at * 1000 + id % 1000) >> 16, (recorded_at * 1000 + id % 1000) & 65535,
    abs(random()) % 4096, 8 + abs(random()) % 4, abs(random()) % 4096,
    abs(random()) % 281474976710656);
CREATE UNIQUE INDEX events_uuid ON events(uuid);
-- The store gives every new event its id; this covers any writer that does not.
CREATE TRIGGER events_uuid_default AFTER INSERT ON events
WHEN new.uuid IS NULL
BEGIN
    UPDATE events SET uuid = printf('%08x-%04x-7%03x-%x%03x-%012x',
        (new.recorded_at * 1000 + new.id % 1000) >> 16, (new.recorded_at * 1000 + new.id % 1000) & 65535,
        abs(random()) % 4096, 8 + abs(random()) % 4, abs(random()) % 4096,
        abs(random()) % 281474976710656)
    WHERE id = new.id;
END;

-- The team this database syncs with: one row, or none before `followdesk team join`.
-- `url` never holds a password (the password comes from PGPASSWORD, ~/.pgpass or
-- FOLLOWDESK_TEAM_URL). The marks say how far the sync got: the last local event id
-- pushed, and the last server sequence number pulled.
CREATE TABLE team_sync (
    one             INTEGER PRIMARY KEY CHECK (one = 1),
    url             TEXT NOT NULL,
    rep             TEXT NOT NULL,
    pushed_event    INTEGER NOT NULL DEFAULT 0,
    pulled_seq      INTEGER NOT NULL DEFAULT 0,
    last_sync_at    INTEGER,
    last_error      TEXT
);

-- Retractions of my events already sent to the team server.
CREATE TABLE team_retractions_pushed (
    event_id  INTEGER PRIMARY KEY
);

-- The other reps' events, as pulled from the team server (mine stay in `events`). They
-- never feed my own relationships; they feed ownership, collisions and the team report.
-- `person_url` is the normalised profile URL on the event's platform, `person_email` the
-- lower-cased e-mail; a person is the same across reps by URL, then by e-mail.
-- A retraction is a row with `retracts` set to the uuid of the event it takes back.
CREATE TABLE team_events (
    seq           INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    rep           TEXT NOT NULL,
    platform      TEXT NOT NULL,
    kind          TEXT NOT NULL,
    at            INTEGER NOT NULL,
    person_url    TEXT,
    person_email  TEXT,
    person_name   TEXT NOT NULL DEFAULT '',
    retracts      TEXT
);
CREATE INDEX team_events_url ON team_events(person_url) WHERE person_url IS NOT NULL;
CREATE INDEX team_events_email ON team_events(person_email) WHERE person_email IS NOT NULL;

-- Who owns whom, as last pulled: the server is the authority, this is its copy.
CREATE TABLE team_claims (
    person_key  TEXT PRIMARY KEY,
    rep         TEXT NOT NULL,
    since       INTEGER NOT NULL
) WITHOUT ROWID;

-- The reps of the team, by role, with the name they joined under.
CREATE TABLE team_reps (
    role     TEXT PRIMARY KEY,
    name     TEXT NOT NULL,
    manager  INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
