ALTER TABLE awards DROP COLUMN request_hash;
DROP TABLE status_lists;
DROP TABLE credentials;
DROP TABLE issuer_keys;
