//! An organization's dashboard with its API tokens, and the coordinators' organization review.

use super::{filters, pages, redirect, render, Layout};
use crate::error::PageError;
use crate::extract::{CsrfForm, Viewer};
use actix_web::{web, HttpResponse};
use askama::Template;
use citybadges_app::manage::{CreatedToken, Dashboard};
use citybadges_app::views::OrganizationView;
use citybadges_app::App;
use citybadges_domain::{OrgStatus, PublicationStatus};
use citybadges_i18n::Msg;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "manage/dashboard.html")]
struct DashboardPage {
    layout: Layout,
    d: Dashboard,
    created: Option<CreatedToken>,
}

#[derive(Deserialize)]
pub struct DashboardQuery {
    page: Option<i64>,
}

pub async fn dashboard(
    app: web::Data<App>,
    viewer: Viewer,
    slug: web::Path<String>,
    q: web::Query<DashboardQuery>,
) -> Result<HttpResponse, PageError> {
    let d = app
        .dashboard(viewer.actor.clone(), slug.into_inner(), q.page)
        .await?;
    let layout = Layout::new(
        &app,
        &viewer,
        Msg::new("dashboard-title").with("org", d.org.name.clone()),
    )
    .await?;
    render(&DashboardPage {
        layout,
        d,
        created: None,
    })
}

#[derive(Deserialize)]
pub struct NewTokenForm {
    #[serde(default)]
    name: String,
}

/// Create a token and show it once, on the dashboard itself.
pub async fn create_token(
    app: web::Data<App>,
    viewer: Viewer,
    slug: web::Path<String>,
    form: CsrfForm<NewTokenForm>,
) -> Result<HttpResponse, PageError> {
    let slug = slug.into_inner();
    let created = app
        .create_api_token(viewer.actor.clone(), slug.clone(), form.0.name)
        .await?;
    let d = app.dashboard(viewer.actor.clone(), slug, None).await?;
    let layout = Layout::new(
        &app,
        &viewer,
        Msg::new("dashboard-title").with("org", d.org.name.clone()),
    )
    .await?;
    let mut resp = render(&DashboardPage {
        layout,
        d,
        created: Some(created),
    })?;
    // The page holds a secret: keep it out of every cache.
    resp.headers_mut().insert(
        actix_web::http::header::CACHE_CONTROL,
        actix_web::http::header::HeaderValue::from_static("no-store"),
    );
    Ok(resp)
}

#[derive(Deserialize)]
pub struct Empty {}

pub async fn revoke_token(
    app: web::Data<App>,
    viewer: Viewer,
    path: web::Path<(String, String)>,
    _form: CsrfForm<Empty>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    app.revoke_api_token(viewer.actor.clone(), slug.clone(), id)
        .await?;
    Ok(redirect(&format!("/manage/orgs/{slug}")))
}

#[derive(Template)]
#[template(path = "manage/city_organizations.html")]
struct CityOrganizations {
    layout: Layout,
    /// The status listed; `None` for every status (an empty `status`).
    current: Option<OrgStatus>,
    orgs: Vec<OrganizationView>,
}

#[derive(Deserialize)]
pub struct StatusQuery {
    status: Option<String>,
}

pub async fn city_organizations(
    app: web::Data<App>,
    viewer: Viewer,
    q: web::Query<StatusQuery>,
) -> Result<HttpResponse, PageError> {
    let status = q
        .into_inner()
        .status
        .unwrap_or_else(|| OrgStatus::Pending.to_string());
    let orgs = app
        .organizations_for_review(viewer.actor.clone(), Some(status.clone()))
        .await?;
    let layout = Layout::new(&app, &viewer, "review-title").await?;
    render(&CityOrganizations {
        layout,
        // The use case accepted it: a status, or blank for all.
        current: status.trim().parse().ok(),
        orgs,
    })
}

#[derive(Deserialize)]
pub struct StatusForm {
    #[serde(default)]
    status: String,
}

pub async fn set_status(
    app: web::Data<App>,
    viewer: Viewer,
    slug: web::Path<String>,
    form: CsrfForm<StatusForm>,
) -> Result<HttpResponse, PageError> {
    app.set_organization_status(viewer.actor.clone(), slug.into_inner(), form.0.status)
        .await?;
    Ok(redirect("/city/organizations"))
}

pages!(DashboardPage, CityOrganizations);
