//! Public catalog endpoints: anyone may call them.

use crate::error::{kinds, ApiError, Errors};
use actix_web::{get, web, HttpResponse};
use citybadges_app::catalog::ActivityQuery;
use citybadges_app::views::*;
use citybadges_app::App;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

/// Published activities of every active organization, filtered and paged.
#[utoipa::path(
    tag = "catalog",
    params(ActivityQuery),
    responses(
        (status = 200, description = "A page of activities", body = PageOf<ActivityView>),
        Errors<{ kinds::UNPROCESSABLE }>,
    )
)]
#[get("/api/v1/activities")]
pub async fn list_activities(
    app: web::Data<App>,
    q: web::Query<ActivityQuery>,
) -> Result<HttpResponse, ApiError> {
    let page = app.list_activities(q.into_inner()).await?;
    Ok(HttpResponse::Ok().json(page))
}

/// One published activity with its upcoming sessions and the badges it leads to.
#[utoipa::path(
    tag = "catalog",
    params(("org" = String, Path, description = "Organization slug"), ("slug" = String, Path, description = "Activity slug")),
    responses(
        (status = 200, description = "The activity", body = ActivityDetail),
        Errors<{ kinds::NOT_FOUND }>,
    )
)]
#[get("/api/v1/organizations/{org}/activities/{slug}")]
pub async fn get_activity(
    app: web::Data<App>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    let (org, slug) = path.into_inner();
    Ok(HttpResponse::Ok().json(app.activity_detail(org, slug).await?))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct OrganizationsParams {
    /// school, museum, library, employer, community, fab_lab, college or other.
    pub kind: Option<String>,
    /// Page number, from 1.
    pub page: Option<i64>,
    /// Items per page (default 50).
    pub per_page: Option<i64>,
}

/// Active organizations of the city.
#[utoipa::path(
    tag = "catalog",
    params(OrganizationsParams),
    responses(
        (status = 200, description = "A page of organizations", body = PageOf<OrganizationView>),
        Errors<{ kinds::UNPROCESSABLE }>,
    )
)]
#[get("/api/v1/organizations")]
pub async fn list_organizations(
    app: web::Data<App>,
    q: web::Query<OrganizationsParams>,
) -> Result<HttpResponse, ApiError> {
    let q = q.into_inner();
    Ok(HttpResponse::Ok().json(app.list_organizations(q.kind, q.page, q.per_page).await?))
}

#[derive(Serialize, ToSchema)]
pub struct OrganizationDetail {
    pub organization: OrganizationView,
    pub badges: Vec<BadgeView>,
    pub activities: PageOf<ActivityView>,
}

/// An active organization with its badges and first page of activities.
#[utoipa::path(
    tag = "catalog",
    params(("slug" = String, Path, description = "Organization slug"), PageParam),
    responses(
        (status = 200, description = "The organization", body = OrganizationDetail),
        Errors<{ kinds::NOT_FOUND | kinds::UNPROCESSABLE }>,
    )
)]
#[get("/api/v1/organizations/{slug}")]
pub async fn get_organization(
    app: web::Data<App>,
    slug: web::Path<String>,
    q: web::Query<PageParam>,
) -> Result<HttpResponse, ApiError> {
    let (organization, badges, activities) =
        app.organization_page(slug.into_inner(), q.page).await?;
    Ok(HttpResponse::Ok().json(OrganizationDetail {
        organization,
        badges,
        activities,
    }))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PageParam {
    /// Page of activities, from 1.
    page: Option<i64>,
}

/// A published badge: criteria, level and skills.
#[utoipa::path(
    tag = "catalog",
    params(("org" = String, Path, description = "Organization slug"), ("slug" = String, Path, description = "Badge slug")),
    responses(
        (status = 200, description = "The badge", body = BadgeView),
        Errors<{ kinds::NOT_FOUND }>,
    )
)]
#[get("/api/v1/organizations/{org}/badges/{slug}")]
pub async fn get_badge(
    app: web::Data<App>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    let (org, slug) = path.into_inner();
    Ok(HttpResponse::Ok().json(app.badge_page(org, slug).await?))
}

/// The city: name, time zone, topics, neighbourhoods and level scale (the filter vocabularies).
#[utoipa::path(
    tag = "catalog",
    responses((status = 200, description = "The city", body = CityView), Errors<0>)
)]
#[get("/api/v1/city")]
pub async fn city(app: web::Data<App>) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(app.city().await?))
}
