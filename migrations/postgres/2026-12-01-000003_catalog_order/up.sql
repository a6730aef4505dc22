-- The public list's default order (soonest upcoming session first), kept on each activity so the
-- list reads its first page from an index instead of looking up every activity's sessions.
-- next_session_at: the start of the earliest session that had not ended when the row was computed
-- ('9999-12-31' when none, so undated activities sort last on both backends).
-- next_session_until: the value holds until then (the earliest end among those sessions); rows whose
-- time has passed are recomputed by the app, and read exactly (from their sessions) until they are.
-- The default marks a row as not computed yet.
ALTER TABLE activities ADD COLUMN next_session_at TIMESTAMP NOT NULL DEFAULT '9999-12-31 00:00:00';
ALTER TABLE activities ADD COLUMN next_session_until TIMESTAMP NOT NULL DEFAULT '1970-01-01 00:00:00';
CREATE INDEX activities_soonest_idx ON activities (status, next_session_at, title, id);
CREATE INDEX activities_next_until_idx ON activities (next_session_until);
-- An organization's page lists its activities soonest first.
CREATE INDEX activities_org_soonest_idx ON activities (organization_id, status, next_session_at, title, id);
-- Sorted by title, for published activities.
CREATE INDEX activities_title_idx ON activities (status, title, id);
