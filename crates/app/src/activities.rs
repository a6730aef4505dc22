//! Organizations manage their catalog: create activities with their sessions, topics and badges.

use crate::audit;
use crate::catalog::activity_views;
use crate::context::App;
use crate::error::{Error, Result};
use crate::views::ActivityView;
use chrono::{DateTime, Utc};
use citybadges_domain::policy::{Action, Actor};
use citybadges_domain::validate::{slugify, FieldError, MAX_AGE};
use citybadges_domain::{
    text, AchievementId, ActivityFormat, ActivityId, AuditTarget, PublicationStatus, SessionId,
    TopicId,
};
use citybadges_i18n::Msg;
use citybadges_store::models::{ActivityRow, ActivitySessionRow};
use citybadges_store::repo::{self, activities::NewActivity};
use serde::Deserialize;
use utoipa::ToSchema;

/// The statuses a new activity may have, the first the default.
pub const CREATED_STATUSES: &[PublicationStatus] =
    &[PublicationStatus::Draft, PublicationStatus::Published];

/// The limits on an activity's fields (the API document states them from here).
pub mod limits {
    use std::ops::RangeInclusive;
    /// Characters of the title, once trimmed.
    pub const TITLE: RangeInclusive<usize> = 3..=120;
    pub const DESCRIPTION: usize = 20_000;
    pub const COST_CENTS: RangeInclusive<i32> = 0..=10_000_000;
    pub const SESSIONS: usize = 500;
    pub const CAPACITY: RangeInclusive<i32> = 1..=100_000;
    pub const ACCESSIBILITY: usize = 20;
    /// Characters of one accessibility feature.
    pub const FEATURE: usize = 60;
    pub const TOPICS: usize = 11;
    pub const BADGES: usize = 20;
    pub const LANGUAGE: usize = 12;
    pub const LOCATION_NAME: usize = 200;
    pub const ADDRESS: usize = 300;
}

/// A new activity as an organization's staff or integration sends it.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ActivityInput {
    /// 3 to 120 characters.
    pub title: String,
    /// Markdown, at most 20,000 characters; rendered and sanitized for display.
    #[serde(default)]
    pub description: String,
    /// Topic slugs of the city (see `/api/v1/city`).
    #[serde(default)]
    pub topics: Vec<String>,
    pub age_min: Option<i32>,
    pub age_max: Option<i32>,
    /// 0 for free.
    #[serde(default)]
    pub cost_cents: i32,
    /// in_person, online or hybrid.
    pub format: String,
    /// A language code such as `en` or `es` (default `en`).
    pub language: Option<String>,
    pub location_name: Option<String>,
    pub address: Option<String>,
    pub lat: Option<f64>,
    pub lng: Option<f64>,
    /// Neighbourhood slug of the city.
    pub neighbourhood: Option<String>,
    /// Free words such as `wheelchair_accessible`.
    #[serde(default)]
    pub accessibility: Vec<String>,
    /// draft (default) or published.
    pub status: Option<String>,
    #[serde(default)]
    pub sessions: Vec<SessionInput>,
    /// Slugs of this organization's badges that the activity leads to.
    #[serde(default)]
    pub badges: Vec<String>,
}

#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SessionInput {
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub capacity: Option<i32>,
}

fn text_field(
    errors: &mut Vec<FieldError>,
    field: &'static str,
    v: &Option<String>,
    max: usize,
) -> Option<String> {
    let v = v.as_deref().map(str::trim).filter(|s| !s.is_empty())?;
    if v.chars().count() > max || v.chars().any(char::is_control) {
        errors.push(FieldError::new(
            field,
            Msg::new("err-at-most-ordinary-chars").with("max", max),
        ));
        return None;
    }
    Some(v.to_string())
}

/// Field checks that need no database; returns the parsed vocabulary values.
fn check(input: &ActivityInput) -> Result<(ActivityFormat, PublicationStatus)> {
    let mut errors = Vec::new();
    let title_len = input.title.trim().chars().count();
    if !limits::TITLE.contains(&title_len) {
        errors.push(FieldError::new(
            "title",
            Msg::new("err-chars-between")
                .with("min", *limits::TITLE.start())
                .with("max", *limits::TITLE.end()),
        ));
    }
    if input.description.chars().count() > limits::DESCRIPTION {
        errors.push(FieldError::new(
            "description",
            Msg::new("err-description-long"),
        ));
    }
    for (field, age) in [("age_min", input.age_min), ("age_max", input.age_max)] {
        if age.is_some_and(|a| !(0..=MAX_AGE).contains(&a)) {
            errors.push(FieldError::new(
                field,
                Msg::new("err-between").with("min", 0).with("max", MAX_AGE),
            ));
        }
    }
    if let (Some(a), Some(b)) = (input.age_min, input.age_max) {
        if a > b {
            errors.push(FieldError::new("age_max", Msg::new("err-age-order")));
        }
    }
    if !limits::COST_CENTS.contains(&input.cost_cents) {
        errors.push(FieldError::new("cost_cents", Msg::new("err-cost-range")));
    }
    if input
        .lat
        .is_some_and(|v| !(-90.0..=90.0).contains(&v) || v.is_nan())
    {
        errors.push(FieldError::new(
            "lat",
            Msg::new("err-between").with("min", -90).with("max", 90),
        ));
    }
    if input
        .lng
        .is_some_and(|v| !(-180.0..=180.0).contains(&v) || v.is_nan())
    {
        errors.push(FieldError::new(
            "lng",
            Msg::new("err-between").with("min", -180).with("max", 180),
        ));
    }
    if input.lat.is_some() != input.lng.is_some() {
        errors.push(FieldError::new("lng", Msg::new("err-lat-lng-pair")));
    }
    if input.sessions.len() > limits::SESSIONS {
        errors.push(FieldError::new("sessions", Msg::new("err-sessions-many")));
    }
    for s in &input.sessions {
        if s.ends_at <= s.starts_at {
            errors.push(FieldError::new("sessions", Msg::new("err-session-order")));
            break;
        }
        if s.capacity.is_some_and(|c| !limits::CAPACITY.contains(&c)) {
            errors.push(FieldError::new("sessions", Msg::new("err-capacity-range")));
            break;
        }
    }
    if input.accessibility.len() > limits::ACCESSIBILITY
        || input
            .accessibility
            .iter()
            .any(|a| a.chars().count() > limits::FEATURE)
    {
        errors.push(FieldError::new(
            "accessibility",
            Msg::new("err-accessibility-many"),
        ));
    }
    if input.topics.len() > limits::TOPICS || input.badges.len() > limits::BADGES {
        errors.push(FieldError::new("topics", Msg::new("err-topics-many")));
    }
    let format = input
        .format
        .parse::<ActivityFormat>()
        .map_err(|e| errors.push(FieldError::new("format", e.msg())))
        .ok();
    let status = match input.status.as_deref() {
        None => Some(CREATED_STATUSES[0]),
        Some(s) => match s.parse::<PublicationStatus>() {
            Ok(status) if CREATED_STATUSES.contains(&status) => Some(status),
            _ => {
                errors.push(FieldError::new(
                    "status",
                    Msg::new("err-must-be-either")
                        .with("first", CREATED_STATUSES[0].as_str())
                        .with("second", CREATED_STATUSES[1].as_str()),
                ));
                None
            }
        },
    };
    match (format, status, errors.is_empty()) {
        (Some(f), Some(s), true) => Ok((f, s)),
        _ => Err(Error::Invalid(errors)),
    }
}

impl App {
    /// Create an activity for the organization `slug`; staff, administrators and its tokens may.
    pub async fn create_activity(
        &self,
        actor: Actor,
        slug: String,
        input: ActivityInput,
    ) -> Result<ActivityView> {
        if actor == Actor::Anonymous {
            return Err(Error::Unauthenticated);
        }
        let (format, status) = check(&input)?;
        let created = self
            .tx(move |conn| {
                let (org, scope) =
                    crate::manage::scoped(conn, &actor, &slug, Action::ManageActivities)?;
                let mut errors = Vec::new();
                let topics = repo::city::topics(conn)?;
                let topic_ids: Vec<TopicId> = input
                    .topics
                    .iter()
                    .filter_map(|t| {
                        let found = topics.iter().find(|x| &x.slug == t).map(|x| x.id);
                        if found.is_none() {
                            errors.push(FieldError::new(
                                "topics",
                                Msg::new("err-not-a-topic")
                                    .with("value", t.chars().take(40).collect::<String>()),
                            ));
                        }
                        found
                    })
                    .collect();
                let neighbourhood_id =
                    match input.neighbourhood.as_deref().filter(|n| !n.is_empty()) {
                        None => None,
                        Some(n) => {
                            let found = repo::city::neighbourhoods(conn)?
                                .into_iter()
                                .find(|x| x.slug == n)
                                .map(|x| x.id);
                            if found.is_none() {
                                errors.push(FieldError::new(
                                    "neighbourhood",
                                    Msg::new("err-not-a-neighbourhood"),
                                ));
                            }
                            found
                        }
                    };
                let own_badges = repo::achievements::public_of_org(conn, scope.org_id())?;
                let achievement_ids: Vec<AchievementId> = input
                    .badges
                    .iter()
                    .filter_map(|b| {
                        let found = own_badges.iter().find(|x| &x.slug == b).map(|x| x.id);
                        if found.is_none() {
                            errors.push(FieldError::new(
                                "badges",
                                Msg::new("err-not-a-badge")
                                    .with("value", b.chars().take(40).collect::<String>()),
                            ));
                        }
                        found
                    })
                    .collect();
                let mut v = Vec::new();
                let language = text_field(&mut v, "language", &input.language, limits::LANGUAGE)
                    .unwrap_or_else(|| "en".into());
                let location_name = text_field(
                    &mut v,
                    "location_name",
                    &input.location_name,
                    limits::LOCATION_NAME,
                );
                let address = text_field(&mut v, "address", &input.address, limits::ADDRESS);
                errors.append(&mut v);
                if !errors.is_empty() {
                    return Err(Error::Invalid(errors));
                }
                // A slug from the title, unique inside the organization.
                let base = match slugify(&input.title) {
                    s if s.len() >= 2 => s,
                    _ => "activity".to_string(),
                };
                let taken: Vec<String> = repo::activities::slugs_like(conn, &scope, &base)?;
                let slug = (1..)
                    .map(|n| {
                        if n == 1 {
                            base.clone()
                        } else {
                            format!("{base}-{n}")
                        }
                    })
                    .find(|s| !taken.contains(s))
                    .unwrap_or(base);
                let now = citybadges_store::now();
                let id = ActivityId::new();
                let sessions = input
                    .sessions
                    .iter()
                    .map(|s| ActivitySessionRow {
                        id: SessionId::new(),
                        activity_id: id,
                        starts_at: s.starts_at.naive_utc(),
                        ends_at: s.ends_at.naive_utc(),
                        capacity: s.capacity,
                        created_at: now,
                        seats_taken: 0,
                    })
                    .collect();
                let row = ActivityRow {
                    id,
                    organization_id: scope.org_id(),
                    slug,
                    title: input.title.trim().to_string(),
                    summary: text::summary(&input.description, 160),
                    description_html: text::markdown_to_safe_html(&input.description),
                    description_md: input.description.clone(),
                    age_min: input.age_min,
                    age_max: input.age_max,
                    cost_cents: input.cost_cents,
                    format,
                    language,
                    accessibility: serde_json::json!(input.accessibility).to_string(),
                    location_name,
                    address,
                    lat: input.lat,
                    lng: input.lng,
                    neighbourhood_id,
                    status,
                    published_at: (status == PublicationStatus::Published).then_some(now),
                    created_at: now,
                    updated_at: now,
                };
                repo::activities::insert(
                    conn,
                    &NewActivity {
                        activity: row.clone(),
                        topic_ids,
                        sessions,
                        achievement_ids,
                    },
                )?;
                audit::record(
                    conn,
                    audit::Entry {
                        actor: &actor,
                        org_id: Some(scope.org_id()),
                        action: "activity.create",
                        target_type: AuditTarget::Activity,
                        target_id: id.to_string(),
                        details: serde_json::json!({ "status": status.as_str() }),
                    },
                )?;
                let change = crate::search::SearchChange {
                    activities: vec![row.id],
                    organizations: vec![],
                };
                crate::outbox::enqueue(conn, &crate::outbox::Effect::Search(change))?;
                activity_views(conn, vec![(row, org)])?
                    .pop()
                    .ok_or(Error::Internal("created activity vanished".into()))
            })
            .await?;
        self.wake_outbox();
        if status == PublicationStatus::Published {
            // A draft changes nothing anyone else sees.
            self.catalog_changed().await;
        }
        Ok(created)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> ActivityInput {
        let format = ActivityFormat::InPerson;
        serde_json::from_value(serde_json::json!({ "title": "Robot Club", "format": format }))
            .expect("minimal input")
    }

    #[test]
    fn minimal_input_is_a_draft() {
        let (f, s) = check(&input()).expect("valid");
        assert_eq!(f, ActivityFormat::InPerson);
        assert_eq!(s, PublicationStatus::Draft);
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let mut i = input();
        i.title = "x".into();
        i.age_min = Some(15);
        i.age_max = Some(12);
        i.lat = Some(95.0);
        i.format = "teleport".into();
        let Err(Error::Invalid(errors)) = check(&i) else {
            panic!("invalid")
        };
        let fields: Vec<&str> = errors.iter().map(|e| e.field).collect();
        for f in ["title", "age_max", "lat", "format"] {
            assert!(fields.contains(&f), "{f} reported in {fields:?}");
        }
    }
}
