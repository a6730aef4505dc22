-- Enrolling in sessions. A youth holds at most one enrollment per session (rows from before
-- sessions were chosen keep one per activity, with no session).
-- seats_taken: the session's places held by enrolled youth, changed only by a conditional
-- UPDATE (`seats_taken < capacity`), so the last place goes to exactly one of many requests.
ALTER TABLE activity_sessions ADD COLUMN seats_taken INTEGER NOT NULL DEFAULT 0;
ALTER TABLE enrollments DROP CONSTRAINT enrollments_user_id_activity_id_key;
CREATE UNIQUE INDEX enrollments_user_session_idx ON enrollments (user_id, session_id);
CREATE UNIQUE INDEX enrollments_user_activity_unsessioned_idx ON enrollments (user_id, activity_id)
    WHERE session_id IS NULL;
-- The waitlist, first in line first.
CREATE INDEX enrollments_session_queue_idx ON enrollments (session_id, status, created_at, id);
-- When the day-before reminder was queued (at most once per enrollment).
ALTER TABLE enrollments ADD COLUMN reminded_at TIMESTAMP;
-- A youth's private calendar address: only its hash is kept; a new one replaces the old.
CREATE TABLE calendar_feeds (
    user_id TEXT PRIMARY KEY NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL
);
