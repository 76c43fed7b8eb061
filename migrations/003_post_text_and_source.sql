-- followdesk schema, version 3: my posts keep what they said and where they came from, so
-- that posts imported from LinkedIn's Shares.csv are added once, however often the same
-- archive is imported. Posts logged by hand have source ''.
ALTER TABLE posts ADD COLUMN text TEXT NOT NULL DEFAULT '';
ALTER TABLE posts ADD COLUMN source TEXT NOT NULL DEFAULT '';

-- An imported post is one post per link, or, without a link, per time and text. Posts
-- logged by hand are left out: older databases may hold the same link twice.
CREATE UNIQUE INDEX posts_imported_link ON posts(source, platform, url)
    WHERE source <> '' AND url <> '';
CREATE UNIQUE INDEX posts_imported_text ON posts(source, platform, posted_at, text)
    WHERE source <> '' AND url = '';
