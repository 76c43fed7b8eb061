-- followdesk schema, version 9: requests captured the day they arrive (pasted from the
-- invitation page, read from an invitation e-mail, typed in), before the data export
-- brings them. The request itself is the `request_received` event (source paste, mail or
-- manual); this table keeps what the event has no room for. When a later export brings
-- the same request, the export's event (exact time) replaces the captured one: the
-- captured event is retracted and `superseded_by` names the export's.
CREATE TABLE captured_requests (
    event_id        INTEGER PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
    name            TEXT NOT NULL,          -- as captured ("Dr. Anna Müller")
    headline        TEXT NOT NULL DEFAULT '',
    invitation_url  TEXT,
    mutual          INTEGER,
    exact_time      INTEGER NOT NULL DEFAULT 0,
    superseded_by   INTEGER REFERENCES events(id)
);
