DROP TABLE calendar_feeds;
ALTER TABLE enrollments DROP COLUMN reminded_at;
DROP INDEX enrollments_session_queue_idx;
DROP INDEX enrollments_user_activity_unsessioned_idx;
DROP INDEX enrollments_user_session_idx;
ALTER TABLE enrollments ADD CONSTRAINT enrollments_user_id_activity_id_key UNIQUE (user_id, activity_id);
ALTER TABLE activity_sessions DROP COLUMN seats_taken;
