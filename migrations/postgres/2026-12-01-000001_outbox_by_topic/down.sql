DROP INDEX outbox_topic_created_idx;
