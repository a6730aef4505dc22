-- Lists of mail an address left (one-click unsubscribe or the account's preferences). The address
-- is kept only as its SHA-256, so the list holds no one's email, and it outlives an account: an
-- address that asked for no more award mail keeps getting none.
CREATE TABLE mail_opt_outs (
    address_hash TEXT NOT NULL,
    list TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (address_hash, list)
);
