-- followdesk team schema, version 1: the reps, the union of their event logs, and who owns
-- whom. Run by `followdesk team init` as the database's owner, in one transaction, with
-- search_path set to the followdesk schema.
--
-- Every rep connects with a PostgreSQL role of their own. Row-level security lets a rep add
-- only events and claims of their own role; nobody but the owner may change or delete a row.

-- Only roles granted CONNECT (one per rep, see the README) reach the team's data.
DO $$ BEGIN
    EXECUTE format('REVOKE CONNECT ON DATABASE %I FROM PUBLIC', current_database());
END $$;

CREATE TABLE reps (
    role       text PRIMARY KEY DEFAULT current_user,
    name       text NOT NULL CHECK (name <> ''),
    manager    boolean NOT NULL DEFAULT false,
    joined_at  timestamptz NOT NULL DEFAULT now()
);

-- The log: append-only, a union of every rep's. `seq` orders rows by commit (see
-- events_in_commit_order), so a rep pulls by "seq greater than my mark". `at` is UTC
-- seconds since the epoch, as in the SQLite file.
CREATE TABLE events (
    seq           bigserial NOT NULL UNIQUE,
    uuid          uuid PRIMARY KEY,
    rep           text NOT NULL DEFAULT current_user,
    platform      text NOT NULL,
    kind          text NOT NULL,
    at            bigint NOT NULL,
    person_url    text,
    person_email  text,
    person_name   text NOT NULL DEFAULT '',
    -- A retraction: the uuid of the (own) event it takes back; at most one per event.
    retracts      uuid,
    recorded_at   timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX events_one_retraction ON events(retracts) WHERE retracts IS NOT NULL;
CREATE INDEX events_person_url ON events(person_url) WHERE person_url IS NOT NULL;

-- Appends take turns: a transaction that adds events holds this lock until it commits, so
-- sequence numbers become visible in order and a reader that saw seq N has seen every row
-- below N. Without it a slow push could commit seq 9 after a pull had moved its mark to 10.
CREATE FUNCTION events_take_turns() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('followdesk.events'));
    RETURN NULL;
END $$;
CREATE TRIGGER events_in_commit_order BEFORE INSERT ON events
    FOR EACH STATEMENT EXECUTE FUNCTION events_take_turns();

-- Ownership, with its history: a claim ends when released (or reassigned) and is never
-- deleted. The partial unique index allows one open claim per person, whoever races.
CREATE TABLE claims (
    id           bigserial PRIMARY KEY,
    person_key   text NOT NULL,
    person_name  text NOT NULL DEFAULT '',
    rep          text NOT NULL DEFAULT current_user,
    claimed_at   timestamptz NOT NULL DEFAULT now(),
    claimed_by   text NOT NULL DEFAULT current_user,
    released_at  timestamptz,
    released_by  text
);
CREATE UNIQUE INDEX claims_one_owner ON claims(person_key) WHERE released_at IS NULL;

ALTER TABLE reps ENABLE ROW LEVEL SECURITY;
ALTER TABLE events ENABLE ROW LEVEL SECURITY;
ALTER TABLE claims ENABLE ROW LEVEL SECURITY;

CREATE POLICY reps_read ON reps FOR SELECT USING (true);
CREATE POLICY reps_join ON reps FOR INSERT WITH CHECK (role = current_user AND NOT manager);
CREATE POLICY reps_rename ON reps FOR UPDATE USING (role = current_user) WITH CHECK (role = current_user);

CREATE POLICY events_read ON events FOR SELECT USING (true);
CREATE POLICY events_own ON events FOR INSERT WITH CHECK (
    rep = current_user
    AND (retracts IS NULL
         OR EXISTS (SELECT 1 FROM events t WHERE t.uuid = events.retracts AND t.rep = current_user))
);

CREATE POLICY claims_read ON claims FOR SELECT USING (true);
CREATE POLICY claims_own ON claims FOR INSERT WITH CHECK (
    rep = current_user AND claimed_by = current_user AND released_at IS NULL
);
CREATE POLICY claims_release ON claims FOR UPDATE
    USING (rep = current_user AND released_at IS NULL)
    WITH CHECK (rep = current_user AND released_by = current_user);

-- A manager hands a person to another rep: the open claim ends and the new one starts in
-- the same transaction. Runs with the owner's rights, after checking the caller.
CREATE FUNCTION reassign(key text, to_rep text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = followdesk, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM reps WHERE role = session_user AND manager) THEN
        RAISE EXCEPTION 'only a manager may reassign' USING ERRCODE = '42501';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM reps WHERE role = to_rep) THEN
        RAISE EXCEPTION 'no rep %', to_rep USING ERRCODE = '22023';
    END IF;
    PERFORM 1 FROM claims WHERE person_key = key AND released_at IS NULL FOR UPDATE;
    UPDATE claims SET released_at = now(), released_by = session_user
        WHERE person_key = key AND released_at IS NULL;
    INSERT INTO claims (person_key, person_name, rep, claimed_by)
        SELECT key, coalesce((SELECT person_name FROM claims WHERE person_key = key
                              ORDER BY id DESC LIMIT 1), ''), to_rep, session_user;
END $$;
REVOKE ALL ON FUNCTION reassign(text, text) FROM PUBLIC;

GRANT USAGE ON SCHEMA followdesk TO PUBLIC;
GRANT SELECT, INSERT ON reps, events, claims TO PUBLIC;
GRANT UPDATE (name) ON reps TO PUBLIC;
GRANT UPDATE (released_at, released_by) ON claims TO PUBLIC;
GRANT USAGE ON SEQUENCE events_seq_seq, claims_id_seq TO PUBLIC;
GRANT EXECUTE ON FUNCTION reassign(text, text) TO PUBLIC;
GRANT SELECT ON schema_migrations TO PUBLIC;
