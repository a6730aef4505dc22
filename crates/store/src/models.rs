//! Rows as stored, one struct per table. Ids and vocabularies are typed (stored as text, see
//! `citybadges_domain`'s `diesel` feature); JSON and dates are text.

use crate::schema::*;
use chrono::NaiveDateTime;
use citybadges_domain::{
    AccountKind, AchievementId, AchievementType, ActivityFormat, ActivityId, ActorKind, AgeBand,
    ApiTokenId, AuditId, AuditTarget, AwardId, AwardStatus, ConsentId, ConsentStatus, EmailTokenId,
    EnrollmentId, EnrollmentStatus, IssuerKeyId, MembershipId, NeighbourhoodId, OrgId, OrgKind,
    OrgStatus, OutboxId, OutboxTopic, PublicationStatus, Role, SessionId, TokenPurpose, TopicId,
    UserId,
};
use citybadges_i18n::Locale;
use diesel::prelude::*;

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = city_settings, treat_none_as_null = true)]
pub struct CitySettingsRow {
    pub id: i32,
    pub name: String,
    pub time_zone: String,
    pub default_locale: Locale,
    pub locales: String,
    pub currency: String,
    pub center_lat: f64,
    pub center_lng: f64,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = neighbourhoods, treat_none_as_null = true)]
pub struct NeighbourhoodRow {
    pub id: NeighbourhoodId,
    pub slug: String,
    pub name: String,
    pub center_lat: f64,
    pub center_lng: f64,
    pub boundary_geojson: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = topics, treat_none_as_null = true)]
pub struct TopicRow {
    pub id: TopicId,
    pub slug: String,
    pub name: String,
    pub parent_id: Option<TopicId>,
    pub position: i32,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = city_levels, treat_none_as_null = true)]
pub struct CityLevelRow {
    pub rank: i32,
    pub name: String,
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = organizations, treat_none_as_null = true)]
pub struct OrganizationRow {
    pub id: OrgId,
    pub slug: String,
    pub name: String,
    pub kind: OrgKind,
    pub status: OrgStatus,
    pub description_md: String,
    pub description_html: String,
    pub website: Option<String>,
    pub contact_email: Option<String>,
    pub address: Option<String>,
    pub lat: Option<f64>,
    pub lng: Option<f64>,
    pub neighbourhood_id: Option<NeighbourhoodId>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = users, treat_none_as_null = true)]
pub struct UserRow {
    pub id: UserId,
    pub email: String,
    pub email_verified_at: Option<NaiveDateTime>,
    pub password_hash: Option<String>,
    pub display_name: String,
    pub username: String,
    pub account_kind: AccountKind,
    pub birth_date: Option<String>,
    pub age_band: Option<AgeBand>,
    pub locale: Locale,
    pub neighbourhood_id: Option<NeighbourhoodId>,
    pub profile_public: bool,
    pub guardian_consent_at: Option<NaiveDateTime>,
    pub disabled_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

impl UserRow {
    /// A child under 13 whose guardian has not approved the account (yet, or any more): they
    /// browse, but do not enroll, submit evidence or receive badges.
    pub fn awaiting_guardian(&self) -> bool {
        self.age_band == Some(AgeBand::Under13) && self.guardian_consent_at.is_none()
    }
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = memberships, treat_none_as_null = true)]
pub struct MembershipRow {
    pub id: MembershipId,
    pub user_id: UserId,
    pub organization_id: OrgId,
    pub role: Role,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = activities, treat_none_as_null = true)]
pub struct ActivityRow {
    pub id: ActivityId,
    pub organization_id: OrgId,
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub description_md: String,
    pub description_html: String,
    pub age_min: Option<i32>,
    pub age_max: Option<i32>,
    pub cost_cents: i32,
    pub format: ActivityFormat,
    pub language: String,
    pub accessibility: String,
    pub location_name: Option<String>,
    pub address: Option<String>,
    pub lat: Option<f64>,
    pub lng: Option<f64>,
    pub neighbourhood_id: Option<NeighbourhoodId>,
    pub status: PublicationStatus,
    pub published_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = activity_topics)]
pub struct ActivityTopicRow {
    pub activity_id: ActivityId,
    pub topic_id: TopicId,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = activity_sessions, treat_none_as_null = true)]
pub struct ActivitySessionRow {
    pub id: SessionId,
    pub activity_id: ActivityId,
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub capacity: Option<i32>,
    pub created_at: NaiveDateTime,
    /// Places held by enrolled youth (see the `enrolling` migration).
    pub seats_taken: i32,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = achievements, treat_none_as_null = true)]
pub struct AchievementRow {
    pub id: AchievementId,
    pub organization_id: OrgId,
    pub slug: String,
    pub name: String,
    pub description: String,
    pub criteria_md: String,
    pub image_url: Option<String>,
    pub achievement_type: AchievementType,
    pub level_name: Option<String>,
    pub level_rank: Option<i32>,
    pub city_level: Option<i32>,
    pub skills: String,
    pub status: PublicationStatus,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = activity_achievements)]
pub struct ActivityAchievementRow {
    pub activity_id: ActivityId,
    pub achievement_id: AchievementId,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = enrollments, treat_none_as_null = true)]
pub struct EnrollmentRow {
    pub id: EnrollmentId,
    pub user_id: UserId,
    pub activity_id: ActivityId,
    pub session_id: Option<SessionId>,
    pub status: EnrollmentStatus,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    /// When the day-before reminder was queued.
    pub reminded_at: Option<NaiveDateTime>,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = calendar_feeds)]
pub struct CalendarFeedRow {
    pub user_id: UserId,
    pub token_hash: String,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = guardian_consents)]
pub struct ConsentRow {
    pub id: ConsentId,
    pub child_id: UserId,
    pub guardian_email: String,
    /// The account that answered (set once the guardian approves or refuses).
    pub guardian_id: Option<UserId>,
    pub status: ConsentStatus,
    pub token_hash: String,
    pub expires_at: NaiveDateTime,
    pub decided_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = awards, treat_none_as_null = true)]
pub struct AwardRow {
    pub id: AwardId,
    pub organization_id: OrgId,
    pub achievement_id: AchievementId,
    pub recipient_user_id: Option<UserId>,
    pub recipient_email: Option<String>,
    pub status: AwardStatus,
    pub narrative: Option<String>,
    pub evidence_url: Option<String>,
    pub issued_by: Option<UserId>,
    pub idempotency_key: Option<String>,
    pub issued_at: Option<NaiveDateTime>,
    pub revoked_at: Option<NaiveDateTime>,
    pub revocation_reason: Option<String>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    /// SHA-256 of the request that carried `idempotency_key`.
    pub request_hash: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = issuer_keys, treat_none_as_null = true)]
pub struct IssuerKeyRow {
    pub id: IssuerKeyId,
    pub organization_id: OrgId,
    /// The fragment of the verification method id: `<issuer>#<key_id>`.
    pub key_id: String,
    pub public_key_multibase: String,
    pub secret_sealed: String,
    pub created_at: NaiveDateTime,
    pub retired_at: Option<NaiveDateTime>,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = credentials, treat_none_as_null = true)]
pub struct CredentialRow {
    pub award_id: AwardId,
    pub organization_id: OrgId,
    /// The signing key's public name, [`IssuerKeyRow::key_id`] (not a row id).
    pub key_id: String,
    pub status_list: i32,
    pub status_index: i32,
    pub recipient_salt: String,
    pub recipient_hash: String,
    /// The signed OpenBadgeCredential, JSON.
    pub document: String,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = status_lists, treat_none_as_null = true)]
pub struct StatusListRow {
    pub organization_id: OrgId,
    pub list_number: i32,
    pub allocated: i32,
    pub scramble: i32,
    pub document: Option<String>,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = api_tokens, treat_none_as_null = true)]
pub struct ApiTokenRow {
    pub id: ApiTokenId,
    pub organization_id: OrgId,
    pub user_id: UserId,
    pub name: String,
    pub token_hash: String,
    pub prefix: String,
    pub created_at: NaiveDateTime,
    pub last_used_at: Option<NaiveDateTime>,
    pub revoked_at: Option<NaiveDateTime>,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = email_tokens, treat_none_as_null = true)]
pub struct EmailTokenRow {
    pub id: EmailTokenId,
    pub user_id: UserId,
    pub purpose: TokenPurpose,
    pub token_hash: String,
    pub expires_at: NaiveDateTime,
    pub used_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = audit_log, treat_none_as_null = true)]
pub struct AuditRow {
    pub id: AuditId,
    pub at: NaiveDateTime,
    pub actor_user_id: Option<UserId>,
    pub actor_kind: ActorKind,
    pub organization_id: Option<OrgId>,
    pub action: String,
    pub target_type: AuditTarget,
    /// The id of whatever `target_type` names, as text (targets are of several kinds).
    pub target_id: String,
    pub details: String,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = outbox, treat_none_as_null = true)]
pub struct OutboxRow {
    pub id: OutboxId,
    pub topic: OutboxTopic,
    pub payload: String,
    pub attempts: i32,
    pub next_attempt_at: NaiveDateTime,
    pub last_error: Option<String>,
    pub created_at: NaiveDateTime,
    pub delivered_at: Option<NaiveDateTime>,
}

/// A new account's row with the platform's defaults: private profile, not disabled, no birth
/// date, no guardian consent yet. Callers override what they know; `locale` is the language the
/// account reads pages and mail in (`Locale::default()`, English, when nothing better is known).
pub struct NewUser {
    pub id: UserId,
    pub email: String,
    pub display_name: String,
    pub username: String,
    pub account_kind: AccountKind,
    pub password_hash: Option<String>,
    pub locale: Locale,
    pub now: NaiveDateTime,
}

impl From<NewUser> for UserRow {
    fn from(n: NewUser) -> UserRow {
        UserRow {
            id: n.id,
            email: n.email,
            email_verified_at: None,
            password_hash: n.password_hash,
            display_name: n.display_name,
            username: n.username,
            account_kind: n.account_kind,
            birth_date: None,
            age_band: None,
            locale: n.locale,
            neighbourhood_id: None,
            profile_public: false,
            guardian_consent_at: None,
            disabled_at: None,
            created_at: n.now,
            updated_at: n.now,
        }
    }
}
