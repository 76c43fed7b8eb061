-- followdesk schema, version 6: profile links in one normal form per platform.
-- The rewrite of stored links needs Rust (percent-decoding, Unicode NFC, the platforms'
-- hosts from assets/platforms.toml), so it runs from Store::open after the migrations, once
-- per version of the normal form, in one transaction, after a backup: `link_form` says
-- which version the stored links are in (0: as stored before).
CREATE TABLE link_form (
    version  INTEGER NOT NULL
);
INSERT INTO link_form (version) VALUES (0);

-- People merged because their links turned out to be the same profile. Append-only: the
-- absorbed contact stays in the trash with nothing of its own; its events, tags and
-- profiles went to the kept one.
CREATE TABLE merges (
    id        INTEGER PRIMARY KEY,
    kept      INTEGER NOT NULL REFERENCES contacts(id),
    absorbed  INTEGER NOT NULL REFERENCES contacts(id),
    platform  TEXT NOT NULL,
    url       TEXT NOT NULL,
    reason    TEXT NOT NULL,
    at        INTEGER NOT NULL
);
CREATE TRIGGER merges_append_only BEFORE UPDATE ON merges
BEGIN
    SELECT RAISE(ABORT, 'merges are append-only');
END;
