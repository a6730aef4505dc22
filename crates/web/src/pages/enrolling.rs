//! Enrolling from an activity's page, the youth's schedule with their calendar address, and
//! sessions as calendar files.

use super::account::Empty;
use super::{filters, pages, redirect, render, Layout};
use crate::error::PageError;
use crate::extract::{local_path, CsrfForm, Viewer};
use actix_web::http::header;
use actix_web::{web, HttpResponse};
use askama::Template;
use citybadges_app::enrolling::Schedule;
use citybadges_app::saved::SavedActivity;
use citybadges_app::App;
use citybadges_domain::EnrollmentStatus;
use serde::Deserialize;

#[derive(Deserialize)]
pub struct EnrollForm {
    #[serde(default)]
    session: String,
}

/// Take a place (or join the waitlist), then back to the activity's page, which says which.
pub async fn enroll(
    app: web::Data<App>,
    viewer: Viewer,
    CsrfForm(form): CsrfForm<EnrollForm>,
) -> Result<HttpResponse, PageError> {
    let e = app.enroll(viewer.actor.clone(), form.session).await?;
    let done = match e.status {
        EnrollmentStatus::Waitlisted => "waitlisted",
        _ => "enrolled",
    };
    Ok(redirect(&format!(
        "{}?done={done}#session-{}",
        e.activity_url,
        e.session.map(|s| s.id).unwrap_or_default()
    )))
}

#[derive(Deserialize)]
pub struct CancelForm {
    /// The page to come back to (the schedule or the activity's page).
    back: Option<String>,
}

/// Give a place back (or leave the waitlist).
pub async fn cancel(
    app: web::Data<App>,
    viewer: Viewer,
    id: web::Path<String>,
    CsrfForm(form): CsrfForm<CancelForm>,
) -> Result<HttpResponse, PageError> {
    app.cancel_enrollment(viewer.actor.clone(), id.into_inner())
        .await?;
    let back = form
        .back
        .as_deref()
        .and_then(local_path)
        .unwrap_or("/me/schedule");
    let sep = if back.contains('?') { '&' } else { '?' };
    Ok(redirect(&format!("{back}{sep}done=cancelled")))
}

#[derive(Template)]
#[template(path = "schedule.html")]
struct SchedulePage {
    layout: Layout,
    s: Schedule,
    saved: Vec<SavedActivity>,
    /// A calendar address just made: shown once.
    new_feed: Option<String>,
    /// What was just done (`?done=cancelled`, a feed turned off), as a message id.
    done: Option<&'static str>,
}

#[derive(Deserialize)]
pub struct ScheduleQuery {
    done: Option<String>,
}

async fn schedule_page(
    app: &App,
    viewer: &Viewer,
    new_feed: Option<String>,
    done: Option<&'static str>,
) -> Result<HttpResponse, PageError> {
    let s = app.my_schedule(viewer.actor.clone()).await?;
    let saved = app.saved_activities(viewer.actor.clone()).await?;
    let layout = Layout::new(app, viewer, "schedule-title").await?;
    let mut resp = render(&SchedulePage {
        layout,
        s,
        saved,
        new_feed,
        done,
    })?;
    // A person's own plans: never kept by a shared cache.
    resp.headers_mut().insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("no-store"),
    );
    Ok(resp)
}

/// The signed-in youth's sessions, and their calendar address.
pub async fn schedule(
    app: web::Data<App>,
    viewer: Viewer,
    q: web::Query<ScheduleQuery>,
) -> Result<HttpResponse, PageError> {
    let done = match q.into_inner().done.as_deref() {
        Some("cancelled") => Some("enroll-done-cancelled"),
        Some("feed-off") => Some("calendar-feed-ended"),
        Some("unsaved") => Some("saved-removed"),
        _ => None,
    };
    schedule_page(&app, &viewer, None, done).await
}

/// Make a new calendar address (the old one stops working) and show it, once.
pub async fn new_feed(
    app: web::Data<App>,
    viewer: Viewer,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<HttpResponse, PageError> {
    let url = app.new_calendar_feed(viewer.actor.clone()).await?;
    schedule_page(&app, &viewer, Some(url), None).await
}

/// Turn the calendar address off.
pub async fn end_feed(
    app: web::Data<App>,
    viewer: Viewer,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<HttpResponse, PageError> {
    app.end_calendar_feed(viewer.actor.clone()).await?;
    Ok(redirect("/me/schedule?done=feed-off"))
}

fn ics(body: String, filename: &str, private: bool) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/calendar; charset=utf-8")
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{filename}\""),
        ))
        .insert_header((
            header::CACHE_CONTROL,
            if private {
                "no-store"
            } else {
                "public, max-age=300"
            },
        ))
        .body(body)
}

/// One session as a calendar file.
pub async fn session_ics(
    app: web::Data<App>,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let body = app.session_calendar(id.into_inner()).await?;
    Ok(ics(body, "session.ics", false))
}

/// A person's private calendar feed, for calendar apps to subscribe to.
pub async fn feed(
    app: web::Data<App>,
    token: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let body = app.calendar_feed(token.into_inner()).await?;
    Ok(ics(body, "schedule.ics", true))
}

pages!(SchedulePage);
