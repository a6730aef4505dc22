//! An organization's awards: award a badge by email, see what was awarded, revoke with a reason;
//! its signing keys, and rotating them.

use super::{filters, pages, redirect, render, Layout};
use crate::error::PageError;
use crate::extract::{CsrfForm, Viewer};
use actix_web::{web, HttpResponse};
use askama::Template;
use citybadges_app::issuing::awards::{AwardInput, AwardsDashboard};
use citybadges_app::App;
use citybadges_domain::AwardStatus;
use citybadges_i18n::Msg;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "manage/awards.html")]
struct AwardsPage {
    layout: Layout,
    d: AwardsDashboard,
}

#[derive(Deserialize)]
pub struct PageQuery {
    page: Option<i64>,
}

pub async fn awards(
    app: web::Data<App>,
    viewer: Viewer,
    slug: web::Path<String>,
    q: web::Query<PageQuery>,
) -> Result<HttpResponse, PageError> {
    let d = app
        .awards_dashboard(viewer.actor.clone(), slug.into_inner(), q.page)
        .await?;
    let layout = Layout::new(
        &app,
        &viewer,
        Msg::new("awards-title").with("org", d.org.name.clone()),
    )
    .await?;
    render(&AwardsPage { layout, d })
}

#[derive(Deserialize)]
pub struct AwardForm {
    #[serde(default)]
    recipient_email: String,
    #[serde(default)]
    achievement: String,
    #[serde(default)]
    narrative: String,
    #[serde(default)]
    evidence_url: String,
}

fn some(s: String) -> Option<String> {
    Some(s.trim().to_owned()).filter(|s| !s.is_empty())
}

pub async fn award(
    app: web::Data<App>,
    viewer: Viewer,
    slug: web::Path<String>,
    form: CsrfForm<AwardForm>,
) -> Result<HttpResponse, PageError> {
    let slug = slug.into_inner();
    let f = form.0;
    let input = AwardInput {
        recipient_email: some(f.recipient_email),
        recipient_user_id: None,
        achievement: f.achievement,
        narrative: some(f.narrative),
        evidence_url: some(f.evidence_url),
        valid_until: None,
    };
    app.award(viewer.actor.clone(), slug.clone(), input, None)
        .await?;
    Ok(redirect(&format!("/manage/orgs/{slug}/awards")))
}

#[derive(Deserialize)]
pub struct RevokeForm {
    #[serde(default)]
    reason: String,
}

pub async fn revoke(
    app: web::Data<App>,
    viewer: Viewer,
    path: web::Path<(String, String)>,
    form: CsrfForm<RevokeForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    app.revoke_award(viewer.actor.clone(), slug.clone(), id, form.0.reason)
        .await?;
    Ok(redirect(&format!("/manage/orgs/{slug}/awards")))
}

#[derive(Deserialize)]
pub struct RotateForm {
    #[serde(default)]
    reason: String,
}

pub async fn rotate_key(
    app: web::Data<App>,
    viewer: Viewer,
    slug: web::Path<String>,
    form: CsrfForm<RotateForm>,
) -> Result<HttpResponse, PageError> {
    let slug = slug.into_inner();
    app.rotate_issuer_key(viewer.actor.clone(), slug.clone(), some(form.0.reason))
        .await?;
    Ok(redirect(&format!(
        "/manage/orgs/{slug}/awards#signing-keys"
    )))
}

pages!(AwardsPage);
