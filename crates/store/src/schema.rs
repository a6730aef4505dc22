// Diesel schema shared by both backends: only types that PostgreSQL and SQLite share.
// Ids, JSON and dates travel as Text; times as Timestamp (UTC, set by the application).

diesel::table! {
    city_settings (id) {
        id -> Integer,
        name -> Text,
        time_zone -> Text,
        default_locale -> Text,
        locales -> Text,
        currency -> Text,
        center_lat -> Double,
        center_lng -> Double,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    neighbourhoods (id) {
        id -> Text,
        slug -> Text,
        name -> Text,
        center_lat -> Double,
        center_lng -> Double,
        boundary_geojson -> Nullable<Text>,
    }
}

diesel::table! {
    topics (id) {
        id -> Text,
        slug -> Text,
        name -> Text,
        parent_id -> Nullable<Text>,
        position -> Integer,
    }
}

diesel::table! {
    city_levels (rank) {
        rank -> Integer,
        name -> Text,
        description -> Text,
    }
}

diesel::table! {
    organizations (id) {
        id -> Text,
        slug -> Text,
        name -> Text,
        kind -> Text,
        status -> Text,
        description_md -> Text,
        description_html -> Text,
        website -> Nullable<Text>,
        contact_email -> Nullable<Text>,
        address -> Nullable<Text>,
        lat -> Nullable<Double>,
        lng -> Nullable<Double>,
        neighbourhood_id -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    users (id) {
        id -> Text,
        email -> Text,
        email_verified_at -> Nullable<Timestamp>,
        password_hash -> Nullable<Text>,
        display_name -> Text,
        username -> Text,
        account_kind -> Text,
        birth_date -> Nullable<Text>,
        age_band -> Nullable<Text>,
        locale -> Text,
        neighbourhood_id -> Nullable<Text>,
        profile_public -> Bool,
        guardian_consent_at -> Nullable<Timestamp>,
        disabled_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    memberships (id) {
        id -> Text,
        user_id -> Text,
        organization_id -> Text,
        role -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    activities (id) {
        id -> Text,
        organization_id -> Text,
        slug -> Text,
        title -> Text,
        summary -> Text,
        description_md -> Text,
        description_html -> Text,
        age_min -> Nullable<Integer>,
        age_max -> Nullable<Integer>,
        cost_cents -> Integer,
        format -> Text,
        language -> Text,
        accessibility -> Text,
        location_name -> Nullable<Text>,
        address -> Nullable<Text>,
        lat -> Nullable<Double>,
        lng -> Nullable<Double>,
        neighbourhood_id -> Nullable<Text>,
        status -> Text,
        published_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        next_session_at -> Timestamp,
        next_session_until -> Timestamp,
    }
}

diesel::table! {
    activity_topics (activity_id,topic_id) {
        activity_id -> Text,
        topic_id -> Text,
    }
}

diesel::table! {
    activity_sessions (id) {
        id -> Text,
        activity_id -> Text,
        starts_at -> Timestamp,
        ends_at -> Timestamp,
        capacity -> Nullable<Integer>,
        created_at -> Timestamp,
        seats_taken -> Integer,
    }
}

diesel::table! {
    achievements (id) {
        id -> Text,
        organization_id -> Text,
        slug -> Text,
        name -> Text,
        description -> Text,
        criteria_md -> Text,
        image_url -> Nullable<Text>,
        achievement_type -> Text,
        level_name -> Nullable<Text>,
        level_rank -> Nullable<Integer>,
        city_level -> Nullable<Integer>,
        skills -> Text,
        status -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    activity_achievements (activity_id,achievement_id) {
        activity_id -> Text,
        achievement_id -> Text,
    }
}

diesel::table! {
    enrollments (id) {
        id -> Text,
        user_id -> Text,
        activity_id -> Text,
        session_id -> Nullable<Text>,
        status -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        reminded_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    calendar_feeds (user_id) {
        user_id -> Text,
        token_hash -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    guardian_consents (id) {
        id -> Text,
        child_id -> Text,
        guardian_email -> Text,
        guardian_id -> Nullable<Text>,
        status -> Text,
        token_hash -> Text,
        expires_at -> Timestamp,
        decided_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    awards (id) {
        id -> Text,
        organization_id -> Text,
        achievement_id -> Text,
        recipient_user_id -> Nullable<Text>,
        recipient_email -> Nullable<Text>,
        status -> Text,
        narrative -> Nullable<Text>,
        evidence_url -> Nullable<Text>,
        issued_by -> Nullable<Text>,
        idempotency_key -> Nullable<Text>,
        issued_at -> Nullable<Timestamp>,
        revoked_at -> Nullable<Timestamp>,
        revocation_reason -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        request_hash -> Nullable<Text>,
    }
}

diesel::table! {
    issuer_keys (id) {
        id -> Text,
        organization_id -> Text,
        key_id -> Text,
        public_key_multibase -> Text,
        secret_sealed -> Text,
        created_at -> Timestamp,
        retired_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    credentials (award_id) {
        award_id -> Text,
        organization_id -> Text,
        key_id -> Text,
        status_list -> Integer,
        status_index -> Integer,
        recipient_salt -> Text,
        recipient_hash -> Text,
        document -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    status_lists (organization_id, list_number) {
        organization_id -> Text,
        list_number -> Integer,
        allocated -> Integer,
        scramble -> Integer,
        document -> Nullable<Text>,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    api_tokens (id) {
        id -> Text,
        organization_id -> Text,
        user_id -> Text,
        name -> Text,
        token_hash -> Text,
        prefix -> Text,
        created_at -> Timestamp,
        last_used_at -> Nullable<Timestamp>,
        revoked_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    email_tokens (id) {
        id -> Text,
        user_id -> Text,
        purpose -> Text,
        token_hash -> Text,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    audit_log (id) {
        id -> Text,
        at -> Timestamp,
        actor_user_id -> Nullable<Text>,
        actor_kind -> Text,
        organization_id -> Nullable<Text>,
        action -> Text,
        target_type -> Text,
        target_id -> Text,
        details -> Text,
    }
}

diesel::table! {
    saved_activities (user_id, activity_id) {
        user_id -> Text,
        activity_id -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    mail_opt_outs (address_hash, list) {
        address_hash -> Text,
        list -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    outbox (id) {
        id -> Text,
        topic -> Text,
        payload -> Text,
        attempts -> Integer,
        next_attempt_at -> Timestamp,
        last_error -> Nullable<Text>,
        created_at -> Timestamp,
        delivered_at -> Nullable<Timestamp>,
    }
}

diesel::joinable!(achievements -> organizations (organization_id));
diesel::joinable!(activities -> neighbourhoods (neighbourhood_id));
diesel::joinable!(activities -> organizations (organization_id));
diesel::joinable!(activity_achievements -> achievements (achievement_id));
diesel::joinable!(activity_achievements -> activities (activity_id));
diesel::joinable!(activity_sessions -> activities (activity_id));
diesel::joinable!(activity_topics -> activities (activity_id));
diesel::joinable!(activity_topics -> topics (topic_id));
diesel::joinable!(api_tokens -> organizations (organization_id));
diesel::joinable!(api_tokens -> users (user_id));
diesel::joinable!(saved_activities -> activities (activity_id));
diesel::joinable!(awards -> achievements (achievement_id));
diesel::joinable!(credentials -> awards (award_id));
diesel::joinable!(credentials -> organizations (organization_id));
diesel::joinable!(issuer_keys -> organizations (organization_id));
diesel::joinable!(status_lists -> organizations (organization_id));
diesel::joinable!(awards -> organizations (organization_id));
diesel::joinable!(awards -> users (recipient_user_id));
diesel::joinable!(email_tokens -> users (user_id));
diesel::joinable!(enrollments -> activities (activity_id));
diesel::joinable!(enrollments -> activity_sessions (session_id));
diesel::joinable!(enrollments -> users (user_id));
diesel::joinable!(calendar_feeds -> users (user_id));
diesel::joinable!(guardian_consents -> users (child_id));
diesel::joinable!(memberships -> organizations (organization_id));
diesel::joinable!(memberships -> users (user_id));
diesel::joinable!(organizations -> neighbourhoods (neighbourhood_id));
diesel::joinable!(users -> neighbourhoods (neighbourhood_id));

diesel::allow_tables_to_appear_in_same_query!(
    city_settings,
    neighbourhoods,
    topics,
    city_levels,
    organizations,
    users,
    memberships,
    activities,
    activity_topics,
    activity_sessions,
    achievements,
    activity_achievements,
    enrollments,
    awards,
    api_tokens,
    email_tokens,
    audit_log,
    outbox,
    issuer_keys,
    credentials,
    status_lists,
    calendar_feeds,
    guardian_consents,
    mail_opt_outs,
    saved_activities,
);
