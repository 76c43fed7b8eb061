-- followdesk schema, version 2: the import journal, follower and engagement history from
-- LinkedIn's analytics workbook, reply templates, and user settings.

-- One row per import: when, what file, what it changed (the full report as JSON).
CREATE TABLE imports (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,              -- linkedin, xing, vcard, csv, analytics
    path        TEXT NOT NULL,
    started_at  INTEGER NOT NULL,
    finished_at INTEGER NOT NULL,
    added       INTEGER NOT NULL DEFAULT 0,
    updated     INTEGER NOT NULL DEFAULT 0,
    unchanged   INTEGER NOT NULL DEFAULT 0,
    skipped     INTEGER NOT NULL DEFAULT 0,
    report      TEXT NOT NULL DEFAULT '{}'
);

-- Daily follower counts (LinkedIn's creator analytics: FOLLOWERS sheet). `total` is known
-- only for the day the workbook states it; the rest is reconstructed from new followers.
CREATE TABLE follower_counts (
    platform       TEXT NOT NULL,
    day            TEXT NOT NULL,          -- YYYY-MM-DD
    new_followers  INTEGER NOT NULL DEFAULT 0,
    total          INTEGER,
    PRIMARY KEY (platform, day)
) WITHOUT ROWID;

-- Daily impressions and engagements (ENGAGEMENT sheet).
CREATE TABLE engagement_daily (
    platform     TEXT NOT NULL,
    day          TEXT NOT NULL,            -- YYYY-MM-DD
    impressions  INTEGER NOT NULL DEFAULT 0,
    engagements  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (platform, day)
) WITHOUT ROWID;

-- Reply and outreach templates, edited in the app; defaults ship in assets/.
CREATE TABLE templates (
    name        TEXT PRIMARY KEY,          -- e.g. redirect.de.sie, redirect.en, outreach.en
    body        TEXT NOT NULL,
    updated_at  INTEGER NOT NULL
) WITHOUT ROWID;

-- Small user settings (my name, thresholds), as text.
CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
) WITHOUT ROWID;
