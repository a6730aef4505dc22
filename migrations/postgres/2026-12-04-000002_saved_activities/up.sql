-- Activities a youth keeps for later (a child waiting for a guardian's approval too).
CREATE TABLE saved_activities (
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    activity_id TEXT NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (user_id, activity_id)
);
CREATE INDEX saved_activities_activity ON saved_activities (activity_id);
