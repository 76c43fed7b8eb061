-- followdesk schema, version 5: who each of my posts was shared with. On LinkedIn a post
-- for connections only is not shown to followers who are not connections, so the
-- Visibility view warns when recent posts were not for anyone. LinkedIn's Shares.csv
-- says so in its Visibility column; posts stored before count as for anyone.
ALTER TABLE posts ADD COLUMN audience TEXT NOT NULL DEFAULT 'anyone'
    CHECK (audience IN ('anyone', 'connections'));
