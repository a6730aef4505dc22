//! The public catalog: home, activity list, activity, organizations, badge.

use super::{page_links, pages, render, Layout};
use crate::error::PageError;
use crate::extract::Viewer;
use actix_web::{get, web, HttpResponse};
use askama::Template;
use citybadges_app::catalog::ActivityQuery;
use citybadges_app::views::*;
use citybadges_app::App;
use serde::Deserialize;

/// Filters as a browser sends them: empty fields mean "any".
#[derive(Debug, Default, Deserialize)]
pub struct ActivityFilters {
    pub topic: Option<String>,
    pub age: Option<String>,
    pub organization: Option<String>,
    pub neighbourhood: Option<String>,
    pub format: Option<String>,
    pub free: Option<String>,
    pub sort: Option<String>,
    pub page: Option<String>,
}

fn number(field: &'static str, v: &Option<String>) -> Result<Option<i64>, citybadges_app::Error> {
    match v.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(s) => s
            .parse()
            .map(Some)
            .map_err(|_| citybadges_app::Error::invalid(field, "must be a whole number")),
    }
}

impl ActivityFilters {
    fn query(&self) -> Result<ActivityQuery, citybadges_app::Error> {
        Ok(ActivityQuery {
            topic: self.topic.clone(),
            age: number("age", &self.age)?,
            organization: self.organization.clone(),
            neighbourhood: self.neighbourhood.clone(),
            format: self.format.clone(),
            free: Some(matches!(
                self.free.as_deref(),
                Some("1" | "true" | "on" | "yes")
            )),
            sort: self.sort.clone(),
            page: number("page", &self.page)?,
            per_page: None,
        })
    }

    /// Whether a filter currently has this value (to pre-select it in the form).
    pub fn is(&self, field: &str, value: impl AsRef<str>) -> bool {
        let current = match field {
            "topic" => &self.topic,
            "age" => &self.age,
            "organization" => &self.organization,
            "neighbourhood" => &self.neighbourhood,
            "format" => &self.format,
            "free" => &self.free,
            "sort" => &self.sort,
            _ => return false,
        };
        current.as_deref() == Some(value.as_ref())
    }

    pub fn age_value(&self) -> &str {
        self.age.as_deref().unwrap_or_default()
    }

    /// The query string for another page of the same results.
    pub fn with_page(&self, page: impl super::Val<u32>) -> String {
        let page = page.val();
        let mut pairs: Vec<(&str, String)> = Vec::new();
        for (k, v) in [
            ("topic", &self.topic),
            ("age", &self.age),
            ("organization", &self.organization),
            ("neighbourhood", &self.neighbourhood),
            ("format", &self.format),
            ("free", &self.free),
            ("sort", &self.sort),
        ] {
            if let Some(v) = v.as_deref().filter(|v| !v.is_empty()) {
                pairs.push((k, v.to_string()));
            }
        }
        pairs.push(("page", page.to_string()));
        serde_urlencoded::to_string(pairs).unwrap_or_default()
    }
}

#[derive(Template)]
#[template(path = "home.html")]
struct Home {
    layout: Layout,
    city: CityView,
    upcoming: PageOf<ActivityView>,
    org_count: i64,
}

#[get("/")]
pub async fn home(app: web::Data<App>, viewer: Viewer) -> Result<HttpResponse, PageError> {
    let layout = Layout::new(&app, &viewer, "Find something to learn").await?;
    let city = app.city().await?;
    let upcoming = app
        .list_activities(ActivityQuery {
            per_page: Some(6),
            ..Default::default()
        })
        .await?;
    let org_count = app.list_organizations(None, None, Some(1)).await?.total;
    render(&Home {
        layout,
        city,
        upcoming,
        org_count,
    })
}

#[derive(Template)]
#[template(path = "activities.html")]
struct Activities {
    layout: Layout,
    city: CityView,
    filters: ActivityFilters,
    results: PageOf<ActivityView>,
    pages: Vec<u32>,
}

#[get("/activities")]
pub async fn activities(
    app: web::Data<App>,
    viewer: Viewer,
    filters: web::Query<ActivityFilters>,
) -> Result<HttpResponse, PageError> {
    let filters = filters.into_inner();
    let layout = Layout::new(&app, &viewer, "Activities").await?;
    let city = app.city().await?;
    let results = app.list_activities(filters.query()?).await?;
    let pages = page_links(results.page, results.pages());
    render(&Activities {
        layout,
        city,
        filters,
        results,
        pages,
    })
}

#[derive(Template)]
#[template(path = "activity.html")]
struct Activity {
    layout: Layout,
    a: ActivityDetail,
}

#[get("/orgs/{org}/activities/{slug}")]
pub async fn activity(
    app: web::Data<App>,
    viewer: Viewer,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    let (org, slug) = path.into_inner();
    let a = app.activity_detail(org, slug).await?;
    let layout = Layout::new(&app, &viewer, a.activity.title.clone()).await?;
    render(&Activity { layout, a })
}

#[derive(Deserialize)]
pub struct OrgListQuery {
    kind: Option<String>,
}

#[derive(Template)]
#[template(path = "organizations.html")]
struct Organizations {
    layout: Layout,
    kind: Option<String>,
    kinds: Vec<(&'static str, &'static str)>,
    orgs: PageOf<OrganizationView>,
}

#[get("/orgs")]
pub async fn organizations(
    app: web::Data<App>,
    viewer: Viewer,
    q: web::Query<OrgListQuery>,
) -> Result<HttpResponse, PageError> {
    let kind = q.into_inner().kind.filter(|k| !k.is_empty());
    let orgs = app
        .list_organizations(kind.clone(), None, Some(100))
        .await?;
    let layout = Layout::new(&app, &viewer, "Organizations").await?;
    let kinds = citybadges_domain::OrgKind::ALL
        .iter()
        .map(|k| (k.as_str(), k.label()))
        .collect();
    render(&Organizations {
        layout,
        kind,
        kinds,
        orgs,
    })
}

#[derive(Deserialize)]
pub struct PageQuery {
    page: Option<String>,
}

#[derive(Template)]
#[template(path = "organization.html")]
struct Organization {
    layout: Layout,
    org: OrganizationView,
    badges: Vec<BadgeView>,
    listing: PageOf<ActivityView>,
    pages: Vec<u32>,
}

#[get("/orgs/{slug}")]
pub async fn organization(
    app: web::Data<App>,
    viewer: Viewer,
    slug: web::Path<String>,
    q: web::Query<PageQuery>,
) -> Result<HttpResponse, PageError> {
    let page = number("page", &q.page)?;
    let (org, badges, listing) = app.organization_page(slug.into_inner(), page).await?;
    let layout = Layout::new(&app, &viewer, org.name.clone()).await?;
    let pages = page_links(listing.page, listing.pages());
    render(&Organization {
        layout,
        org,
        badges,
        listing,
        pages,
    })
}

#[derive(Template)]
#[template(path = "badge.html")]
struct Badge {
    layout: Layout,
    b: BadgeView,
}

#[get("/orgs/{org}/badges/{slug}")]
pub async fn badge(
    app: web::Data<App>,
    viewer: Viewer,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    let (org, slug) = path.into_inner();
    let b = app.badge_page(org, slug).await?;
    let layout = Layout::new(&app, &viewer, b.name.clone()).await?;
    render(&Badge { layout, b })
}

pages!(
    Home,
    Activities,
    Activity,
    Organizations,
    Organization,
    Badge
);
