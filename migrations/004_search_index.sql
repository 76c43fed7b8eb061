-- followdesk schema, version 4: the search index gets a one-letter prefix index, and bulk
-- writes (imports, demo data) index contacts once, when they commit, not row by row.
--
-- The prefix index: a search for "m" had to merge the lists of every indexed word that
-- starts with m, 10-17 ms with 100,000 contacts; with prefix = '1' FTS5 keeps one list
-- per first letter (about 4 ms). Two letters and more are fast without one. The table is
-- rebuilt from contacts and their tags, trashed ones included, as the triggers keep it.
DROP TABLE contacts_fts;
CREATE VIRTUAL TABLE contacts_fts USING fts5(
    name, company, position, notes, tags,
    content = '',
    contentless_delete = 1,
    prefix = '1',
    tokenize = "unicode61 remove_diacritics 2"
);
INSERT INTO contacts_fts (rowid, name, company, position, notes, tags)
SELECT c.id, c.first_name || ' ' || c.last_name, c.company, c.position, c.notes,
       (SELECT coalesce(group_concat(t.name, ' '), '') FROM contact_tags ct
        JOIN tags t ON t.id = ct.tag_id WHERE ct.contact_id = c.id)
FROM contacts c;
--
-- Bulk writes. Inside a transaction every statement that fires a trigger opens a
-- statement savepoint, and FTS5 answers a savepoint by flushing its pending terms to a
-- new segment on disk. Row-by-row indexing in a 30,000-row import so wrote 30,000
-- one-row segments and merged them over and over.
--
-- While a row is in search_deferred the search triggers stand aside. store::Bulk inserts
-- the row when it opens, indexes the contacts it added or changed in one statement, and
-- deletes the row before it commits: the row never outlives its transaction, and no other
-- connection ever sees it.
CREATE TABLE search_deferred (
    one INTEGER PRIMARY KEY CHECK (one = 1)
);

DROP TRIGGER contacts_fts_insert;
CREATE TRIGGER contacts_fts_insert AFTER INSERT ON contacts
WHEN NOT EXISTS (SELECT 1 FROM search_deferred)
BEGIN
    INSERT INTO contacts_fts(rowid, name, company, position, notes, tags)
    VALUES (new.id, new.first_name || ' ' || new.last_name, new.company, new.position, new.notes, '');
END;

DROP TRIGGER contacts_fts_update;
CREATE TRIGGER contacts_fts_update AFTER UPDATE OF first_name, last_name, company, position, notes ON contacts
WHEN NOT EXISTS (SELECT 1 FROM search_deferred)
BEGIN
    DELETE FROM contacts_fts WHERE rowid = old.id;
    INSERT INTO contacts_fts(rowid, name, company, position, notes, tags)
    VALUES (new.id, new.first_name || ' ' || new.last_name, new.company, new.position, new.notes,
            (SELECT coalesce(group_concat(t.name, ' '), '') FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id
             WHERE ct.contact_id = new.id));
END;

DROP TRIGGER contact_tags_fts_insert;
CREATE TRIGGER contact_tags_fts_insert AFTER INSERT ON contact_tags
WHEN NOT EXISTS (SELECT 1 FROM search_deferred)
BEGIN
    UPDATE contacts SET notes = notes WHERE id = new.contact_id;
END;

DROP TRIGGER contact_tags_fts_delete;
CREATE TRIGGER contact_tags_fts_delete AFTER DELETE ON contact_tags
WHEN NOT EXISTS (SELECT 1 FROM search_deferred)
BEGIN
    UPDATE contacts SET notes = notes WHERE id = old.contact_id;
END;
