DROP INDEX activities_title_idx;
DROP INDEX activities_org_soonest_idx;
DROP INDEX activities_next_until_idx;
DROP INDEX activities_soonest_idx;
ALTER TABLE activities DROP COLUMN next_session_until;
ALTER TABLE activities DROP COLUMN next_session_at;
