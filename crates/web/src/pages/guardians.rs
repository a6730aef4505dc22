//! A guardian's side of a child's account: the consent link from the email (answer, or first
//! create a guardian account), and the guardian's page of children and requests.

use super::account::Empty;
use super::{filters, pages, redirect, render, Layout};
use crate::error::PageError;
use crate::extract::{session_cookie, CsrfForm, Viewer};
use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpResponse};
use askama::Template;
use citybadges_app::guardians::{Answerer, ConsentPage, ConsentRef, GuardianPage};
use citybadges_app::{App, Error};
use citybadges_domain::{AwardStatus, ConsentStatus, EnrollmentStatus};
use serde::Deserialize;
use std::collections::HashMap;

/// Pages about a child: never kept by a shared cache.
fn private(mut resp: HttpResponse) -> HttpResponse {
    resp.headers_mut().insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("no-store"),
    );
    resp
}

#[derive(Template)]
#[template(path = "consent.html")]
struct ConsentView {
    layout: Layout,
    c: ConsentPage,
    token: String,
    /// The guardian account form, when it came back invalid.
    display_name: String,
    errors: HashMap<String, String>,
    message: String,
}

impl ConsentView {
    fn error(&self, field: &str) -> String {
        self.errors.get(field).cloned().unwrap_or_default()
    }
}

async fn consent_page(
    app: &App,
    viewer: &Viewer,
    token: String,
    form: (String, HashMap<String, String>, String),
) -> Result<HttpResponse, PageError> {
    let c = app
        .consent_request(viewer.actor.clone(), token.clone())
        .await?;
    let layout = Layout::new(app, viewer, "consent-title").await?;
    let (display_name, errors, message) = form;
    Ok(private(render(&ConsentView {
        layout,
        c,
        token,
        display_name,
        errors,
        message,
    })?))
}

/// The link in the guardian's email.
pub async fn consent(
    app: web::Data<App>,
    viewer: Viewer,
    token: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    consent_page(&app, &viewer, token.into_inner(), Default::default()).await
}

#[derive(Deserialize)]
pub struct AnswerForm {
    #[serde(default)]
    decision: String,
}

impl AnswerForm {
    fn approves(&self) -> Result<bool, PageError> {
        match self.decision.as_str() {
            "approve" => Ok(true),
            "refuse" => Ok(false),
            _ => Err(PageError(Error::invalid(
                "decision",
                citybadges_i18n::Msg::new("err-one-of").with("allowed", "approve, refuse"),
            ))),
        }
    }
}

fn answered(approve: bool) -> HttpResponse {
    redirect(if approve {
        "/guardian?done=approved"
    } else {
        "/guardian?done=refused"
    })
}

/// Approve or refuse from the emailed link.
pub async fn answer(
    app: web::Data<App>,
    viewer: Viewer,
    token: web::Path<String>,
    CsrfForm(form): CsrfForm<AnswerForm>,
) -> Result<HttpResponse, PageError> {
    let approve = form.approves()?;
    app.answer_consent(
        viewer.actor.clone(),
        ConsentRef::Token(token.into_inner()),
        approve,
    )
    .await?;
    Ok(answered(approve))
}

/// Approve or refuse a request listed on the guardian's page.
pub async fn answer_request(
    app: web::Data<App>,
    viewer: Viewer,
    id: web::Path<String>,
    CsrfForm(form): CsrfForm<AnswerForm>,
) -> Result<HttpResponse, PageError> {
    let approve = form.approves()?;
    app.answer_consent(
        viewer.actor.clone(),
        ConsentRef::Id(id.into_inner()),
        approve,
    )
    .await?;
    Ok(answered(approve))
}

#[derive(Deserialize)]
pub struct GuardianAccountForm {
    #[serde(default)]
    display_name: String,
    #[serde(default)]
    password: String,
}

/// Create a guardian account with the address the link went to, sign in, and come back to the
/// request to answer it.
pub async fn create_account(
    app: web::Data<App>,
    viewer: Viewer,
    token: web::Path<String>,
    CsrfForm(form): CsrfForm<GuardianAccountForm>,
) -> Result<HttpResponse, PageError> {
    let token = token.into_inner();
    let locale = match viewer.locale {
        Some(l) => l,
        None => app.city().await?.default_locale,
    };
    match app
        .guardian_sign_up(
            token.clone(),
            form.display_name.clone(),
            form.password,
            locale,
        )
        .await
    {
        Ok(sid) => {
            if let Some(old) = viewer.session_id.clone() {
                let _ = app.log_out(old).await;
            }
            Ok(HttpResponse::SeeOther()
                .cookie(session_cookie(&app, sid))
                .insert_header((header::LOCATION, format!("/consent/{token}")))
                .finish())
        }
        Err(e) => {
            let (errors, message) = super::account::field_errors(locale, e)?;
            let mut resp =
                consent_page(&app, &viewer, token, (form.display_name, errors, message)).await?;
            *resp.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
            Ok(resp)
        }
    }
}

#[derive(Template)]
#[template(path = "guardian.html")]
struct GuardianView {
    layout: Layout,
    g: GuardianPage,
    done: Option<&'static str>,
    /// A child's deletion that was not confirmed: the child's id and why.
    error: Option<(String, String)>,
}

impl GuardianView {
    /// Why deleting this child's account did not happen, if it did not.
    fn error_for(&self, child: &str) -> String {
        match &self.error {
            Some((id, message)) if id == child => message.clone(),
            _ => String::new(),
        }
    }
}

/// The guardian's page, with what was just done or a deletion's error.
pub(super) async fn guardian_page(
    app: &App,
    viewer: &Viewer,
    done: Option<&'static str>,
    error: Option<(String, String)>,
) -> Result<HttpResponse, PageError> {
    let g = app.guardian_page(viewer.actor.clone()).await?;
    let layout = Layout::new(app, viewer, "guardian-title").await?;
    Ok(private(render(&GuardianView {
        layout,
        g,
        done,
        error,
    })?))
}

#[derive(Deserialize)]
pub struct GuardianQuery {
    done: Option<String>,
}

/// The guardian's page: each child's sessions and badges, and requests waiting for an answer.
pub async fn guardian(
    app: web::Data<App>,
    viewer: Viewer,
    q: web::Query<GuardianQuery>,
) -> Result<HttpResponse, PageError> {
    let done = match q.into_inner().done.as_deref() {
        Some("approved") => Some("guardian-done-approved"),
        Some("refused") => Some("guardian-done-refused"),
        Some("withdrawn") => Some("guardian-done-withdrawn"),
        Some("deleted") => Some("guardian-done-deleted"),
        _ => None,
    };
    guardian_page(&app, &viewer, done, None).await
}

/// Withdraw consent for a child: their upcoming places are given up.
pub async fn withdraw(
    app: web::Data<App>,
    viewer: Viewer,
    id: web::Path<String>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<HttpResponse, PageError> {
    app.withdraw_consent(viewer.actor.clone(), id.into_inner())
        .await?;
    Ok(redirect("/guardian?done=withdrawn"))
}

pages!(ConsentView, GuardianView);
