//! City-wide search over every organization's activities.

use crate::error::{kinds, ApiError, Errors};
use actix_web::{get, web, HttpRequest, HttpResponse};
use citybadges_app::search::{from_query_string, SearchPage};
use citybadges_app::App;
use serde::Deserialize;
use utoipa::IntoParams;

/// The parameters, for the API document (the handler reads the raw query string so that list
/// parameters may repeat: `topic=science&topic=arts` or `topic=science,arts`).
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
pub struct SearchDoc {
    /// Words to find, typos forgiven (1 from 5 letters, 2 from 9); the last word may be unfinished.
    q: Option<String>,
    /// Topic slugs (any of).
    topic: Option<Vec<String>>,
    /// Neighbourhood slugs (any of).
    neighbourhood: Option<Vec<String>>,
    /// The learner's age: activities whose range includes it.
    age: Option<i32>,
    /// Only free activities.
    free: Option<bool>,
    /// Highest cost, in the city's currency (e.g. 25 or 12.50).
    max_cost: Option<f64>,
    /// in_person, online, hybrid (any of).
    format: Option<Vec<String>>,
    /// mon, tue, wed, thu, fri, sat, sun (any of), in the city's time zone.
    day: Option<Vec<String>>,
    /// morning, afternoon, evening (any of).
    time: Option<Vec<String>>,
    /// First day (YYYY-MM-DD) a session may start.
    from: Option<String>,
    /// Last day (YYYY-MM-DD) a session may start.
    to: Option<String>,
    /// Only activities with places left.
    spots: Option<bool>,
    /// Organization slugs (any of).
    organization: Option<Vec<String>>,
    /// school, museum, library, employer, community, fab_lab, college, other (any of).
    org_kind: Option<Vec<String>>,
    /// `any` for activities that lead to a badge, or badge slugs.
    badge: Option<Vec<String>>,
    /// Language codes (any of).
    language: Option<Vec<String>>,
    /// Accessibility features (all of), e.g. wheelchair_accessible.
    accessibility: Option<Vec<String>>,
    /// A neighbourhood slug of the city to search around (3 km unless radius_km says
    /// otherwise), when no lat/lng is given.
    near: Option<String>,
    /// Latitude of the point to search around; with lng.
    lat: Option<f64>,
    /// Longitude of the point to search around; with lat.
    lng: Option<f64>,
    /// Only results within this distance (km) of the point; needs lat and lng (or near).
    radius_km: Option<f64>,
    /// relevance (default), soonest, nearest (needs lat and lng, or near), newest.
    sort: Option<String>,
    /// Page number, from 1.
    page: Option<usize>,
    /// Items per page (default 20).
    per_page: Option<usize>,
    /// Facets to count: topic, neighbourhood, format, organization, org_kind, day, time, language,
    /// accessibility, cost, badge, age (5 to 24: how many results suit each age), spots (available,
    /// full), or all; by default all but organization.
    facets: Option<Vec<String>>,
}

/// Search activities across the city, with facet counts.
///
/// When the search engine is down the answer comes from a simpler database listing and says so
/// (`degraded`). List parameters repeat (`topic=a&topic=b`) or take commas (`topic=a,b`); an
/// empty value is the same as none.
#[utoipa::path(
    get, path = "/api/v1/search", tag = "catalog",
    params(SearchDoc),
    responses(
        (status = 200, description = "Matching activities, facet counts, and matching organizations and badges", body = SearchPage),
        Errors<{ kinds::UNPROCESSABLE }>,
    )
)]
#[get("/api/v1/search")]
pub async fn search(app: web::Data<App>, req: HttpRequest) -> Result<HttpResponse, ApiError> {
    let page = app
        .search_catalog(from_query_string(req.query_string()))
        .await?;
    Ok(HttpResponse::Ok().json(page))
}
