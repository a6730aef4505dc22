//! What use cases hand to the web layer: plain, serializable views (also the API's schemas).

use chrono::{DateTime, Utc};
use citybadges_domain::{AchievementType, ActivityFormat, OrgKind, OrgStatus, PublicationStatus};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PageOf<T> {
    pub items: Vec<T>,
    /// Number of matching items across all pages.
    pub total: i64,
    pub page: u32,
    pub per_page: u32,
}

impl<T> PageOf<T> {
    pub fn pages(&self) -> u32 {
        let per = i64::from(self.per_page.max(1));
        ((self.total + per - 1) / per).max(1) as u32
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct Named {
    pub slug: String,
    pub name: String,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct OrganizationView {
    pub id: String,
    pub slug: String,
    pub name: String,
    /// school, museum, library, employer, community, fab_lab, college, other
    #[schema(value_type = String)]
    pub kind: OrgKind,
    pub kind_label: String,
    /// pending, active, suspended
    #[schema(value_type = String)]
    pub status: OrgStatus,
    pub summary: String,
    /// Sanitized HTML rendered from the organization's markdown.
    pub description_html: String,
    pub website: Option<String>,
    pub address: Option<String>,
    pub neighbourhood: Option<Named>,
    /// Path of the public page.
    pub url: String,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SessionView {
    pub id: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub capacity: Option<i32>,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct SkillView {
    /// The framework URI of the skill (for example an ESCO skill).
    pub uri: String,
    pub name: String,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct BadgeView {
    pub id: String,
    pub slug: String,
    pub name: String,
    pub description: String,
    pub criteria_html: String,
    /// Open Badges 3.0 achievementType.
    #[schema(value_type = String)]
    pub achievement_type: AchievementType,
    pub level_name: Option<String>,
    pub level_rank: Option<i32>,
    pub city_level: Option<i32>,
    pub skills: Vec<SkillView>,
    pub image_url: Option<String>,
    pub organization: Named,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ActivityView {
    pub id: String,
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub organization: Named,
    pub topics: Vec<Named>,
    pub age_min: Option<i32>,
    pub age_max: Option<i32>,
    pub cost_cents: i32,
    pub is_free: bool,
    /// in_person, online, hybrid
    #[schema(value_type = String)]
    pub format: ActivityFormat,
    pub format_label: String,
    /// draft, published, archived
    #[schema(value_type = String)]
    pub status: PublicationStatus,
    pub language: String,
    pub location_name: Option<String>,
    pub neighbourhood: Option<Named>,
    pub next_session: Option<SessionView>,
    pub badges: Vec<Named>,
    /// Path of the public page.
    pub url: String,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ActivityDetail {
    #[serde(flatten)]
    pub activity: ActivityView,
    pub description_html: String,
    pub address: Option<String>,
    pub lat: Option<f64>,
    pub lng: Option<f64>,
    pub accessibility: Vec<String>,
    pub sessions: Vec<SessionView>,
    pub badge_details: Vec<BadgeView>,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct CityView {
    pub name: String,
    pub time_zone: String,
    pub currency: String,
    /// The language pages are in for a visitor who asked for none.
    #[schema(value_type = String)]
    pub default_locale: citybadges_i18n::Locale,
    pub topics: Vec<Named>,
    pub neighbourhoods: Vec<Named>,
    pub levels: Vec<LevelView>,
    pub map: CityMap,
}

/// Where the city lies, for its map: the centre, and each neighbourhood's centre and outline.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct CityMap {
    pub center_lat: f64,
    pub center_lng: f64,
    pub areas: Vec<MapArea>,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct MapArea {
    pub slug: String,
    pub name: String,
    pub lat: f64,
    pub lng: f64,
    /// A GeoJSON geometry (Polygon or MultiPolygon), when the city has drawn the neighbourhood.
    #[schema(value_type = Option<Object>)]
    pub outline: Option<serde_json::Value>,
}

impl MapArea {
    /// The outline as JSON text, for a page's data attribute (empty without one).
    pub fn outline_json(&self) -> String {
        self.outline
            .as_ref()
            .map(|o| o.to_string())
            .unwrap_or_default()
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct LevelView {
    pub rank: i32,
    pub name: String,
    pub description: String,
}
