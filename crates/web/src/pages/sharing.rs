//! A youth's public page of badges (`/u/{handle}`, when they turn it on) and the switch for it.

use super::{filters, pages, redirect, render, Layout};
use crate::error::PageError;
use crate::extract::{CsrfForm, Viewer};
use actix_web::{web, HttpResponse};
use askama::Template;
use citybadges_app::sharing::PublicProfile;
use citybadges_app::App;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "profile.html")]
struct ProfilePage {
    layout: Layout,
    p: PublicProfile,
    /// This page's own address, for the preview cards of sites it is shared on.
    url: String,
}

pub async fn profile(
    app: web::Data<App>,
    viewer: Viewer,
    username: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let p = app.public_profile(username.into_inner()).await?;
    let url = format!("{}/u/{}", app.settings().public_url(), p.username);
    let layout = Layout::new(&app, &viewer, p.username.clone()).await?;
    render(&ProfilePage { layout, p, url })
}

#[derive(Deserialize)]
pub struct ProfileForm {
    /// `on` to show the page; absent to hide it.
    public: Option<String>,
}

pub async fn set_public(
    app: web::Data<App>,
    viewer: Viewer,
    CsrfForm(form): CsrfForm<ProfileForm>,
) -> Result<HttpResponse, PageError> {
    let public = form.public.is_some();
    app.set_profile_public(viewer.actor.clone(), public).await?;
    Ok(redirect(if public {
        "/me/backpack?shared=on"
    } else {
        "/me/backpack?shared=off"
    }))
}

pages!(ProfilePage);
