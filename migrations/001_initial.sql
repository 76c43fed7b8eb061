-- followdesk schema, version 1: contacts, their profiles, the append-only event log,
-- the relationship projection derived from it, tags, posts, and full-text search.
-- Times are UTC seconds since the epoch.

CREATE TABLE contacts (
    id          INTEGER PRIMARY KEY,
    first_name  TEXT NOT NULL DEFAULT '',
    last_name   TEXT NOT NULL DEFAULT '',
    company     TEXT NOT NULL DEFAULT '',
    position    TEXT NOT NULL DEFAULT '',
    email       TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    deleted_at  INTEGER,
    CHECK (first_name <> '' OR last_name <> '')
);
CREATE INDEX contacts_email ON contacts(lower(email)) WHERE email <> '';
CREATE INDEX contacts_name ON contacts(last_name COLLATE NOCASE, first_name COLLATE NOCASE);

CREATE TABLE profiles (
    contact_id  INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    platform    TEXT NOT NULL,
    url         TEXT,
    PRIMARY KEY (contact_id, platform)
) WITHOUT ROWID;
CREATE UNIQUE INDEX profiles_url ON profiles(platform, url) WHERE url IS NOT NULL;

-- The log. Rows are only ever added; a mistaken row is retracted, not changed.
CREATE TABLE events (
    id           INTEGER PRIMARY KEY,
    contact_id   INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    platform     TEXT NOT NULL,
    kind         TEXT NOT NULL,
    at           INTEGER NOT NULL,
    message      TEXT NOT NULL DEFAULT '',
    source       TEXT NOT NULL DEFAULT 'manual',
    recorded_at  INTEGER NOT NULL
);
CREATE INDEX events_contact ON events(contact_id, platform, at);
CREATE INDEX events_kind_at ON events(kind, at);
-- Merging two contacts moves events to the kept contact; nothing else may change.
CREATE TRIGGER events_append_only BEFORE UPDATE OF platform, kind, at, message, source, recorded_at ON events
BEGIN
    SELECT RAISE(ABORT, 'events are append-only');
END;

CREATE TABLE event_retractions (
    event_id      INTEGER PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
    retracted_at  INTEGER NOT NULL
);

-- Derived from the events by domain::Relationship::derive; rebuilt, never edited by hand.
CREATE TABLE relationships (
    contact_id        INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    platform          TEXT NOT NULL,
    state             TEXT NOT NULL,
    follows_me        INTEGER NOT NULL,
    i_follow          INTEGER NOT NULL,
    redirected        INTEGER NOT NULL,
    i_hide            INTEGER NOT NULL,
    request_at        INTEGER,
    deferred_at       INTEGER,
    connected_at      INTEGER,
    last_interaction  INTEGER,
    last_event        INTEGER,
    PRIMARY KEY (contact_id, platform)
) WITHOUT ROWID;
CREATE INDEX relationships_state ON relationships(platform, state);

CREATE TABLE tags (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL UNIQUE COLLATE NOCASE,
    color  TEXT NOT NULL DEFAULT '#6b7f99'
);
CREATE TABLE contact_tags (
    contact_id  INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    tag_id      INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (contact_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX contact_tags_tag ON contact_tags(tag_id);

CREATE TABLE posts (
    id           INTEGER PRIMARY KEY,
    platform     TEXT NOT NULL,
    posted_at    INTEGER NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('relevant', 'promotional', 'profile_update')),
    url          TEXT NOT NULL DEFAULT '',
    reactions    INTEGER NOT NULL DEFAULT 0,
    comments     INTEGER NOT NULL DEFAULT 0,
    shares       INTEGER NOT NULL DEFAULT 0,
    impressions  INTEGER
);
CREATE INDEX posts_platform_at ON posts(platform, posted_at);

-- Full-text search over name, company, position, notes and tags. Contentless (the text
-- lives in contacts), kept in step by the triggers below. remove_diacritics 2 folds
-- umlauts and accents, so "muller" finds "Müller".
CREATE VIRTUAL TABLE contacts_fts USING fts5(
    name, company, position, notes, tags,
    content = '',
    contentless_delete = 1,
    tokenize = "unicode61 remove_diacritics 2"
);

CREATE TRIGGER contacts_fts_insert AFTER INSERT ON contacts
BEGIN
    INSERT INTO contacts_fts(rowid, name, company, position, notes, tags)
    VALUES (new.id, new.first_name || ' ' || new.last_name, new.company, new.position, new.notes, '');
END;

CREATE TRIGGER contacts_fts_update AFTER UPDATE OF first_name, last_name, company, position, notes ON contacts
BEGIN
    DELETE FROM contacts_fts WHERE rowid = old.id;
    INSERT INTO contacts_fts(rowid, name, company, position, notes, tags)
    VALUES (new.id, new.first_name || ' ' || new.last_name, new.company, new.position, new.notes,
            (SELECT coalesce(group_concat(t.name, ' '), '') FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id
             WHERE ct.contact_id = new.id));
END;

CREATE TRIGGER contacts_fts_delete AFTER DELETE ON contacts
BEGIN
    DELETE FROM contacts_fts WHERE rowid = old.id;
END;

-- Re-index a contact when its tags change: touching notes fires contacts_fts_update.
CREATE TRIGGER contact_tags_fts_insert AFTER INSERT ON contact_tags
BEGIN
    UPDATE contacts SET notes = notes WHERE id = new.contact_id;
END;
CREATE TRIGGER contact_tags_fts_delete AFTER DELETE ON contact_tags
BEGIN
    UPDATE contacts SET notes = notes WHERE id = old.contact_id;
END;
CREATE TRIGGER tags_fts_rename AFTER UPDATE OF name ON tags
BEGIN
    UPDATE contacts SET notes = notes WHERE id IN (SELECT contact_id FROM contact_tags WHERE tag_id = new.id);
END;
