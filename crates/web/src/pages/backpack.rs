//! A youth's backpack: every badge awarded to them, from every organization.

use super::{filters, pages, render, Layout};
use crate::error::PageError;
use crate::extract::Viewer;
use actix_web::http::header;
use actix_web::{web, HttpResponse};
use askama::Template;
use citybadges_app::backpack::Backpack;
use citybadges_app::App;
use citybadges_domain::AwardStatus;

#[derive(Template)]
#[template(path = "backpack.html")]
struct BackpackPage {
    layout: Layout,
    b: Backpack,
    /// The address of the public page, when it is on.
    public_page: Option<String>,
    /// Just turned on or off, as a message id.
    done: Option<&'static str>,
}

#[derive(serde::Deserialize)]
pub struct BackpackQuery {
    shared: Option<String>,
}

pub async fn backpack(
    app: web::Data<App>,
    viewer: Viewer,
    q: web::Query<BackpackQuery>,
) -> Result<HttpResponse, PageError> {
    let b = app.my_backpack(viewer.actor.clone()).await?;
    let youth = viewer.user.as_ref().filter(|u| u.is_youth());
    let public_page = match youth {
        Some(u) if app.profile_is_public(viewer.actor.clone()).await? => Some(u.username.clone()),
        _ => None,
    }
    .map(|name| format!("/u/{name}"));
    let done = match q.into_inner().shared.as_deref() {
        Some("on") => Some("profile-done-on"),
        Some("off") => Some("profile-done-off"),
        _ => None,
    };
    let layout = Layout::new(&app, &viewer, "backpack-title").await?;
    let mut resp = render(&BackpackPage {
        layout,
        b,
        public_page,
        done,
    })?;
    resp.headers_mut().insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("no-store"),
    );
    Ok(resp)
}

pages!(BackpackPage);
