//! What is indexed and how it is asked for: the typed model every backend implements.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Bump when the indexed shape changes: the embedded index rebuilds itself on a mismatch.
pub const SCHEMA_VERSION: u32 = 3;

/// Ages stored when an activity has no bound, so range filters need no special case.
pub const AGE_FLOOR: i64 = 0;
pub const AGE_CEILING: i64 = 200;

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default, Hash, PartialOrd, Ord,
)]
#[serde(rename_all = "snake_case")]
pub enum DocKind {
    #[default]
    Activity,
    Organization,
    Badge,
}

impl DocKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DocKind::Activity => "activity",
            DocKind::Organization => "organization",
            DocKind::Badge => "badge",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct GeoPoint {
    pub lat: f64,
    pub lng: f64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionDoc {
    /// Unix seconds, UTC.
    pub starts_at: i64,
    pub ends_at: i64,
    pub capacity: Option<i32>,
}

/// One searchable thing. Activities fill every field; organizations and badges fill the text,
/// their organization and (organizations) their place.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Doc {
    pub id: String,
    pub kind: DocKind,
    pub url: String,
    pub title: String,
    pub summary: String,
    /// Plain text (markdown stripped) for matching.
    pub description: String,
    pub organization_slug: String,
    pub organization_name: String,
    pub organization_kind: String,
    pub topics: Vec<String>,
    pub topic_names: Vec<String>,
    pub neighbourhood: Option<String>,
    pub neighbourhood_name: Option<String>,
    pub age_min: Option<i32>,
    pub age_max: Option<i32>,
    pub cost_cents: i32,
    pub format: String,
    pub language: String,
    pub accessibility: Vec<String>,
    pub badges: Vec<String>,
    pub badge_names: Vec<String>,
    pub geo: Option<GeoPoint>,
    pub location_name: Option<String>,
    /// Upcoming sessions, soonest first (what the result card shows).
    pub sessions: Vec<SessionDoc>,
    /// Days of the week of the sessions in the city's time zone: mon..sun.
    pub days: Vec<String>,
    /// Parts of the day of the sessions in the city's time zone: morning, afternoon, evening.
    pub times: Vec<String>,
    /// Places left in the session with the most room; `None` when sessions have no limit.
    pub spots_left: Option<i64>,
    /// Unix seconds.
    pub published_at: i64,
}

impl Doc {
    pub fn next_start(&self) -> Option<i64> {
        self.sessions.iter().map(|s| s.starts_at).min()
    }
}

/// The facets a query may ask counts for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Facet {
    Topic,
    Neighbourhood,
    Format,
    Organization,
    OrgKind,
    Day,
    Time,
    Language,
    Accessibility,
    Cost,
    Badge,
    Age,
    Spots,
}

impl Facet {
    pub const ALL: &'static [Facet] = &[
        Facet::Topic,
        Facet::Neighbourhood,
        Facet::Format,
        Facet::Organization,
        Facet::OrgKind,
        Facet::Day,
        Facet::Time,
        Facet::Language,
        Facet::Accessibility,
        Facet::Cost,
        Facet::Badge,
        Facet::Age,
        Facet::Spots,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Facet::Topic => "topic",
            Facet::Neighbourhood => "neighbourhood",
            Facet::Format => "format",
            Facet::Organization => "organization",
            Facet::OrgKind => "org_kind",
            Facet::Day => "day",
            Facet::Time => "time",
            Facet::Language => "language",
            Facet::Accessibility => "accessibility",
            Facet::Cost => "cost",
            Facet::Badge => "badge",
            Facet::Age => "age",
            Facet::Spots => "spots",
        }
    }

    pub fn parse(name: &str) -> Option<Facet> {
        Facet::ALL.iter().copied().find(|f| f.name() == name)
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Near {
    pub lat: f64,
    pub lng: f64,
    /// Only results within this distance; `None` = no limit (sorting by distance only).
    pub radius_km: Option<f64>,
}

/// Conditions: AND across fields, OR inside a list (except `accessibility`: every feature asked).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filters {
    pub topics: Vec<String>,
    pub neighbourhoods: Vec<String>,
    /// The learner's age: the activity's range contains it.
    pub age: Option<i32>,
    pub free_only: bool,
    pub max_cost_cents: Option<i32>,
    pub formats: Vec<String>,
    pub days: Vec<String>,
    pub times: Vec<String>,
    /// A session starts in [from, to] (unix seconds, inclusive).
    pub starts_from: Option<i64>,
    pub starts_to: Option<i64>,
    pub spots_left: bool,
    pub organizations: Vec<String>,
    pub org_kinds: Vec<String>,
    /// Leads to a badge at all.
    pub with_badge: bool,
    /// Leads to this badge (slug).
    pub badges: Vec<String>,
    pub languages: Vec<String>,
    pub accessibility: Vec<String>,
    pub near: Option<Near>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// Best text match first, then soonest; without text: soonest.
    #[default]
    Relevance,
    Soonest,
    /// Needs `Filters::near`.
    Nearest,
    Newest,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SearchQuery {
    pub text: String,
    pub kind: DocKind,
    pub filters: Filters,
    pub facets: Vec<Facet>,
    pub sort: Sort,
    pub offset: usize,
    pub limit: usize,
}

impl Default for SearchQuery {
    fn default() -> Self {
        SearchQuery {
            text: String::new(),
            kind: DocKind::Activity,
            filters: Filters::default(),
            facets: Vec::new(),
            sort: Sort::Relevance,
            offset: 0,
            limit: 20,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hit {
    pub doc: Doc,
    /// Kilometres from `Filters::near`, when given.
    pub distance_km: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct SearchResults {
    pub hits: Vec<Hit>,
    /// Matches across all pages.
    pub total: u64,
    /// Facet name -> value -> count, over all matches.
    pub facets: BTreeMap<String, BTreeMap<String, u64>>,
}

/// Great-circle distance in kilometres (haversine; the Earth as a sphere of radius 6371 km, as
/// Meilisearch computes `_geoRadius`).
pub fn distance_km(a: GeoPoint, b: GeoPoint) -> f64 {
    let (la1, la2) = (a.lat.to_radians(), b.lat.to_radians());
    let dlat = la2 - la1;
    let dlng = (b.lng - a.lng).to_radians();
    let h = (dlat / 2.0).sin().powi(2) + la1.cos() * la2.cos() * (dlng / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().asin()
}

/// The cost facet's two values.
pub fn cost_bucket(cost_cents: i32) -> &'static str {
    if cost_cents == 0 {
        "free"
    } else {
        "paid"
    }
}

/// The badge facet's two values.
pub fn badge_bucket(badges: &[String]) -> &'static str {
    if badges.is_empty() {
        "no"
    } else {
        "yes"
    }
}

/// The ages the age facet counts: those the city's youth programs serve. The age filter takes
/// any age; the facet says, for each of these, how many results suit a learner of that age.
pub const AGE_FACET_RANGE: std::ops::RangeInclusive<i32> = 5..=24;

/// The age facet's values for an activity: every age of [`AGE_FACET_RANGE`] its range admits.
pub fn age_values(age_min: Option<i32>, age_max: Option<i32>) -> Vec<String> {
    AGE_FACET_RANGE
        .filter(|a| age_min.is_none_or(|m| *a >= m) && age_max.is_none_or(|m| *a <= m))
        .map(|a| a.to_string())
        .collect()
}

/// The spots facet's two values, as the `spots_left` filter sees them: sessions without a limit
/// have places.
pub fn spots_bucket(spots_left: Option<i64>) -> &'static str {
    if spots_left.is_none_or(|n| n > 0) {
        "available"
    } else {
        "full"
    }
}

/// Typo budget per word, as Meilisearch's defaults: 1 typo from 5 characters, 2 from 9.
pub fn typo_budget(word: &str) -> u8 {
    match word.chars().count() {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances_and_budgets() {
        let chicago = GeoPoint {
            lat: 41.8781,
            lng: -87.6298,
        };
        let evanston = GeoPoint {
            lat: 42.0451,
            lng: -87.6877,
        };
        let d = distance_km(chicago, evanston);
        assert!((18.0..20.0).contains(&d), "{d}");
        assert_eq!(typo_budget("art"), 0);
        assert_eq!(typo_budget("robot"), 1);
        assert_eq!(typo_budget("photography"), 2);
        assert_eq!(Facet::parse("org_kind"), Some(Facet::OrgKind));
        assert_eq!(Facet::parse("color"), None);
    }
}
