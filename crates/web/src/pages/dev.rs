//! The development mail viewer: embedded mode writes mail to `.eml` files; this page shows them so
//! a person trying the platform can follow verification and reset links. Absent in production.

use super::filters;
use super::{pages, render, Layout};
use crate::error::PageError;
use crate::extract::Viewer;
use actix_web::{web, HttpResponse};
use askama::Template;
use citybadges_app::config::Mode;
use citybadges_app::{App, Error};
use citybadges_domain::AccountKind;
use citybadges_mail::StoredEmail;

#[derive(Template)]
#[template(path = "dev_mail.html")]
struct DevMail {
    layout: Layout,
    emails: Vec<StoredEmail>,
}

/// Mail holds other people's sign-in and reset links: only a signed-in platform admin reads it.
/// Being "on the machine" proves nothing: behind a reverse proxy every visitor arrives from
/// loopback.
fn may_read(viewer: &Viewer) -> bool {
    viewer
        .user
        .as_ref()
        .is_some_and(|u| u.kind == AccountKind::PlatformAdmin)
}

pub async fn mail(app: web::Data<App>, viewer: Viewer) -> Result<HttpResponse, PageError> {
    let dir = match (app.settings().mode, app.mailer().files_dir()) {
        (Mode::Embedded, Some(dir)) => dir.to_path_buf(),
        _ => return Err(PageError(Error::NotFound("page"))),
    };
    if viewer.user.is_none() {
        return Err(PageError(Error::Unauthenticated));
    }
    if !may_read(&viewer) {
        return Err(PageError(Error::Forbidden));
    }
    let emails = web::block(move || citybadges_mail::read_stored(&dir, 50))
        .await
        .map_err(|e| Error::Internal(e.to_string()))?
        .map_err(|e| Error::Internal(e.to_string()))?;
    let layout = Layout::new(&app, &viewer, "dev-mail-title").await?;
    render(&DevMail { layout, emails })
}

pages!(DevMail);
