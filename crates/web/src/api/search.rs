//! City-wide search over every organization's activities.

use crate::error::{kinds, ApiError, Errors};
use actix_web::{get, web, HttpRequest, HttpResponse};
use citybadges_app::search::{from_query_string, SearchPage, SearchParams};
use citybadges_app::App;

/// Search activities across the city, with facet counts.
///
/// When the search engine is down the answer comes from a simpler database listing and says so
/// (`degraded`). List parameters repeat (`topic=a&topic=b`) or take commas (`topic=a,b`); an
/// empty word or list value is the same as none; a number or flag needs a value.
#[utoipa::path(
    tag = "catalog",
    params(SearchParams),
    responses(
        (status = 200, description = "Matching activities, facet counts, and matching organizations and badges", body = SearchPage),
        Errors<{ kinds::UNPROCESSABLE }>,
    )
)]
#[get("/api/v1/search")]
pub async fn search(app: web::Data<App>, req: HttpRequest) -> Result<HttpResponse, ApiError> {
    let page = app
        .search_catalog(from_query_string(req.query_string())?)
        .await?;
    Ok(HttpResponse::Ok().json(page))
}
