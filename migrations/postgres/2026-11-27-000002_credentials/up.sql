-- Issuer signing keys (Ed25519). The private half is sealed under the deployment's master key;
-- retired keys stay published so that credentials they signed still verify.
CREATE TABLE issuer_keys (
    id TEXT PRIMARY KEY NOT NULL,
    organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    key_id TEXT NOT NULL,
    public_key_multibase TEXT NOT NULL,
    secret_sealed TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    retired_at TIMESTAMP,
    UNIQUE (organization_id, key_id)
);

-- The signed Open Badges 3.0 credential of each issued award, and the bit of its issuer's
-- revocation list it owns.
CREATE TABLE credentials (
    award_id TEXT PRIMARY KEY NOT NULL REFERENCES awards(id) ON DELETE CASCADE,
    organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    key_id TEXT NOT NULL,
    status_list INTEGER NOT NULL,
    status_index INTEGER NOT NULL,
    recipient_salt TEXT NOT NULL,
    recipient_hash TEXT NOT NULL,
    document TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (organization_id, status_list, status_index)
);

-- Per-issuer Bitstring Status Lists (purpose: revocation). `allocated` counts the indexes handed
-- out; `scramble` spreads them over the list. `document` caches the signed list credential and is
-- cleared whenever a bit changes.
CREATE TABLE status_lists (
    organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    list_number INTEGER NOT NULL,
    allocated INTEGER NOT NULL,
    scramble INTEGER NOT NULL,
    document TEXT,
    updated_at TIMESTAMP NOT NULL,
    PRIMARY KEY (organization_id, list_number)
);

-- What a request with an Idempotency-Key asked for, so a retry with another body is refused.
ALTER TABLE awards ADD COLUMN request_hash TEXT;
