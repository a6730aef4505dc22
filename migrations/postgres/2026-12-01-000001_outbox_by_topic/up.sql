-- Nodes that keep their own search index follow search changes in order of creation.
CREATE INDEX outbox_topic_created_idx ON outbox (topic, created_at, id);
