-- City-wide settings: one row.
CREATE TABLE city_settings (
    id INTEGER PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    default_locale TEXT NOT NULL,
    locales TEXT NOT NULL,
    currency TEXT NOT NULL,
    center_lat DOUBLE NOT NULL,
    center_lng DOUBLE NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE neighbourhoods (
    id TEXT PRIMARY KEY NOT NULL,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    center_lat DOUBLE NOT NULL,
    center_lng DOUBLE NOT NULL,
    boundary_geojson TEXT
);

CREATE TABLE topics (
    id TEXT PRIMARY KEY NOT NULL,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    parent_id TEXT REFERENCES topics(id),
    position INTEGER NOT NULL
);

-- The city's level scale; organizations map their own ladders onto it.
CREATE TABLE city_levels (
    rank INTEGER PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL
);

CREATE TABLE organizations (
    id TEXT PRIMARY KEY NOT NULL,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    description_md TEXT NOT NULL,
    description_html TEXT NOT NULL,
    website TEXT,
    contact_email TEXT,
    address TEXT,
    lat DOUBLE,
    lng DOUBLE,
    neighbourhood_id TEXT REFERENCES neighbourhoods(id),
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX organizations_status_idx ON organizations (status);

CREATE TABLE users (
    id TEXT PRIMARY KEY NOT NULL,
    email TEXT NOT NULL UNIQUE,
    email_verified_at TIMESTAMP,
    password_hash TEXT,
    display_name TEXT NOT NULL,
    username TEXT NOT NULL UNIQUE,
    account_kind TEXT NOT NULL,
    birth_date TEXT,
    age_band TEXT,
    locale TEXT NOT NULL,
    neighbourhood_id TEXT REFERENCES neighbourhoods(id),
    profile_public BOOLEAN NOT NULL,
    guardian_consent_at TIMESTAMP,
    disabled_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE memberships (
    id TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (user_id, organization_id)
);
CREATE INDEX memberships_org_idx ON memberships (organization_id);

CREATE TABLE activities (
    id TEXT PRIMARY KEY NOT NULL,
    organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    slug TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    description_md TEXT NOT NULL,
    description_html TEXT NOT NULL,
    age_min INTEGER,
    age_max INTEGER,
    cost_cents INTEGER NOT NULL,
    format TEXT NOT NULL,
    language TEXT NOT NULL,
    accessibility TEXT NOT NULL,
    location_name TEXT,
    address TEXT,
    lat DOUBLE,
    lng DOUBLE,
    neighbourhood_id TEXT REFERENCES neighbourhoods(id),
    status TEXT NOT NULL,
    published_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (organization_id, slug)
);
CREATE INDEX activities_status_idx ON activities (status, published_at);
CREATE INDEX activities_neighbourhood_idx ON activities (neighbourhood_id);

CREATE TABLE activity_topics (
    activity_id TEXT NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
    topic_id TEXT NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
    PRIMARY KEY (activity_id, topic_id)
);
CREATE INDEX activity_topics_topic_idx ON activity_topics (topic_id);

CREATE TABLE activity_sessions (
    id TEXT PRIMARY KEY NOT NULL,
    activity_id TEXT NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
    starts_at TIMESTAMP NOT NULL,
    ends_at TIMESTAMP NOT NULL,
    capacity INTEGER,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX activity_sessions_activity_idx ON activity_sessions (activity_id, starts_at);

CREATE TABLE achievements (
    id TEXT PRIMARY KEY NOT NULL,
    organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    slug TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    criteria_md TEXT NOT NULL,
    image_url TEXT,
    achievement_type TEXT NOT NULL,
    level_name TEXT,
    level_rank INTEGER,
    city_level INTEGER REFERENCES city_levels(rank),
    skills TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (organization_id, slug)
);

-- Which badges an activity leads to.
CREATE TABLE activity_achievements (
    activity_id TEXT NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
    achievement_id TEXT NOT NULL REFERENCES achievements(id) ON DELETE CASCADE,
    PRIMARY KEY (activity_id, achievement_id)
);

CREATE TABLE enrollments (
    id TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    activity_id TEXT NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
    session_id TEXT REFERENCES activity_sessions(id) ON DELETE SET NULL,
    status TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (user_id, activity_id)
);
CREATE INDEX enrollments_activity_idx ON enrollments (activity_id, status);

CREATE TABLE awards (
    id TEXT PRIMARY KEY NOT NULL,
    organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    achievement_id TEXT NOT NULL REFERENCES achievements(id),
    recipient_user_id TEXT REFERENCES users(id) ON DELETE SET NULL,
    recipient_email TEXT,
    status TEXT NOT NULL,
    narrative TEXT,
    evidence_url TEXT,
    issued_by TEXT REFERENCES users(id) ON DELETE SET NULL,
    idempotency_key TEXT,
    issued_at TIMESTAMP,
    revoked_at TIMESTAMP,
    revocation_reason TEXT,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (organization_id, idempotency_key)
);
CREATE INDEX awards_recipient_idx ON awards (recipient_user_id);
CREATE INDEX awards_achievement_idx ON awards (achievement_id);

-- Integration tokens: only a hash is stored; the token is shown once.
CREATE TABLE api_tokens (
    id TEXT PRIMARY KEY NOT NULL,
    organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    prefix TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    last_used_at TIMESTAMP,
    revoked_at TIMESTAMP
);
CREATE INDEX api_tokens_org_idx ON api_tokens (organization_id);

-- Single-use email links (verification, password reset): only a hash is stored.
CREATE TABLE email_tokens (
    id TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    purpose TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE audit_log (
    id TEXT PRIMARY KEY NOT NULL,
    at TIMESTAMP NOT NULL,
    actor_user_id TEXT,
    actor_kind TEXT NOT NULL,
    organization_id TEXT,
    action TEXT NOT NULL,
    target_type TEXT NOT NULL,
    target_id TEXT NOT NULL,
    details TEXT NOT NULL
);
CREATE INDEX audit_log_org_idx ON audit_log (organization_id, at);

-- Side effects written in the same transaction as the change, delivered by a worker.
CREATE TABLE outbox (
    id TEXT PRIMARY KEY NOT NULL,
    topic TEXT NOT NULL,
    payload TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    next_attempt_at TIMESTAMP NOT NULL,
    last_error TEXT,
    created_at TIMESTAMP NOT NULL,
    delivered_at TIMESTAMP
);
CREATE INDEX outbox_pending_idx ON outbox (delivered_at, next_attempt_at);
