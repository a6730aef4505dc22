-- Awards made to an address before it had an account: found when its owner confirms the address,
-- so the badges join their backpack.
CREATE INDEX awards_unclaimed_email_idx ON awards (recipient_email) WHERE recipient_user_id IS NULL;
