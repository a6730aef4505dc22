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
}

pub async fn backpack(app: web::Data<App>, viewer: Viewer) -> Result<HttpResponse, PageError> {
    let b = app.my_backpack(viewer.actor.clone()).await?;
    let layout = Layout::new(&app, &viewer, "backpack-title").await?;
    let mut resp = render(&BackpackPage { layout, b })?;
    resp.headers_mut().insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("no-store"),
    );
    Ok(resp)
}

pages!(BackpackPage);
