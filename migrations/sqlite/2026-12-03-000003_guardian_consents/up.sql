-- A child under 13 names a guardian; the guardian answers through an emailed link (its token kept
-- hashed) and, once they approve, is the account that acts for the child.
CREATE TABLE guardian_consents (
    id TEXT PRIMARY KEY NOT NULL,
    child_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    guardian_email TEXT NOT NULL,
    guardian_id TEXT REFERENCES users(id) ON DELETE SET NULL,
    status TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    expires_at TIMESTAMP NOT NULL,
    decided_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX guardian_consents_child_idx ON guardian_consents (child_id);
CREATE INDEX guardian_consents_guardian_idx ON guardian_consents (guardian_id);
CREATE INDEX guardian_consents_email_idx ON guardian_consents (guardian_email);
