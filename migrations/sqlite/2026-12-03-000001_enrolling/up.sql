-- Enrolling in sessions (see the PostgreSQL migration of the same name for the why). SQLite
-- cannot drop a table constraint, so enrollments is rebuilt without UNIQUE (user_id, activity_id).
ALTER TABLE activity_sessions ADD COLUMN seats_taken INTEGER NOT NULL DEFAULT 0;
CREATE TABLE enrollments_rebuilt (
    id TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    activity_id TEXT NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
    session_id TEXT REFERENCES activity_sessions(id) ON DELETE SET NULL,
    status TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    reminded_at TIMESTAMP
);
INSERT INTO enrollments_rebuilt (id, user_id, activity_id, session_id, status, created_at, updated_at)
    SELECT id, user_id, activity_id, session_id, status, created_at, updated_at FROM enrollments;
DROP TABLE enrollments;
ALTER TABLE enrollments_rebuilt RENAME TO enrollments;
CREATE INDEX enrollments_activity_idx ON enrollments (activity_id, status);
CREATE UNIQUE INDEX enrollments_user_session_idx ON enrollments (user_id, session_id);
CREATE UNIQUE INDEX enrollments_user_activity_unsessioned_idx ON enrollments (user_id, activity_id)
    WHERE session_id IS NULL;
CREATE INDEX enrollments_session_queue_idx ON enrollments (session_id, status, created_at, id);
CREATE TABLE calendar_feeds (
    user_id TEXT PRIMARY KEY NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL
);
