//! Parts several pages show alike, each rendered by one partial template.

use citybadges_app::search::SearchHitView;
use citybadges_app::views::{ActivityView, Named, SessionView};

/// One activity in a list (home, an organization, search results): `partials/activity_card.html`,
/// included with the card in a variable named `card`.
pub struct ActivityCard {
    pub url: String,
    pub title: String,
    pub summary: String,
    pub organization: Named,
    pub age_min: Option<i32>,
    pub age_max: Option<i32>,
    pub cost_cents: i32,
    /// The format's stored value (`in_person`), shown with `|label("format")`.
    pub format: String,
    pub neighbourhood: Option<Named>,
    pub location_name: Option<String>,
    pub next_session: Option<SessionView>,
    pub topics: Vec<Named>,
    pub badges: Vec<Named>,
    /// What only a search knows: how far, and places left.
    pub distance_km: Option<f64>,
    pub spots_left: Option<i64>,
    /// Where it takes place, for the search page's map: `(lat, lng)`.
    pub place: Option<(f64, f64)>,
}

impl From<&ActivityView> for ActivityCard {
    fn from(a: &ActivityView) -> Self {
        ActivityCard {
            url: a.url.clone(),
            title: a.title.clone(),
            summary: a.summary.clone(),
            organization: a.organization.clone(),
            age_min: a.age_min,
            age_max: a.age_max,
            cost_cents: a.cost_cents,
            format: a.format.as_str().to_string(),
            neighbourhood: a.neighbourhood.clone(),
            location_name: a.location_name.clone(),
            next_session: a.next_session.clone(),
            topics: a.topics.clone(),
            badges: a.badges.clone(),
            distance_km: None,
            spots_left: None,
            place: None,
        }
    }
}

impl From<&SearchHitView> for ActivityCard {
    fn from(h: &SearchHitView) -> Self {
        ActivityCard {
            url: h.url.clone(),
            title: h.title.clone(),
            summary: h.summary.clone(),
            organization: h.organization.clone(),
            age_min: h.age_min,
            age_max: h.age_max,
            cost_cents: h.cost_cents,
            format: h.format.clone(),
            neighbourhood: h.neighbourhood.clone(),
            location_name: h.location_name.clone(),
            next_session: h.next_session.clone(),
            topics: h.topics.clone(),
            badges: h.badges.clone(),
            distance_km: h.distance_km,
            spots_left: h.spots_left,
            place: h.lat.zip(h.lng),
        }
    }
}

/// Cards for a list of activities or hits.
pub fn cards<'a, T: 'a>(items: impl IntoIterator<Item = &'a T>) -> Vec<ActivityCard>
where
    ActivityCard: From<&'a T>,
{
    items.into_iter().map(ActivityCard::from).collect()
}
