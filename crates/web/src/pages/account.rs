//! Sign-up, email verification, login, logout, password reset and the account page.

use super::{filters, pages, redirect, render, Layout};
use crate::error::PageError;
use crate::extract::{
    clear_session_cookie, client_key, local_path, session_cookie, CsrfForm, Viewer,
};
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;
use citybadges_app::accounts::SignUp;
use citybadges_app::guardians::ConsentView;
use citybadges_app::{App, Error};
use citybadges_domain::AccountKind;
use citybadges_i18n::{Locale, Msg};
use serde::Deserialize;
use std::collections::HashMap;

/// Field messages for a form that came back invalid, and the summary above the form in the page's
/// language; other errors pass through.
pub(super) fn field_errors(
    locale: Locale,
    e: Error,
) -> Result<(HashMap<String, String>, String), PageError> {
    match e {
        Error::Invalid(list) => Ok((
            list.into_iter()
                .map(|f| (f.field.to_string(), f.message.show(locale)))
                .collect(),
            citybadges_i18n::text(locale, "check-fields"),
        )),
        Error::BadRequest(m) | Error::Conflict(m) => Ok((HashMap::new(), m.show(locale))),
        other => Err(PageError(other)),
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct SignUpForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    display_name: String,
    #[serde(default)]
    birth_date: String,
    /// Asked of everyone, needed under 13 only (the page cannot know the age before it is sent).
    #[serde(default)]
    guardian_email: String,
}

#[derive(Template)]
#[template(path = "signup.html")]
struct SignUpPage {
    layout: Layout,
    form: SignUpForm,
    errors: HashMap<String, String>,
    message: String,
}

impl SignUpPage {
    fn error(&self, field: &str) -> String {
        self.errors.get(field).cloned().unwrap_or_default()
    }
}

pub async fn signup_form(app: web::Data<App>, viewer: Viewer) -> Result<HttpResponse, PageError> {
    let layout = Layout::new(&app, &viewer, "signup-title").await?;
    render(&SignUpPage {
        layout,
        form: SignUpForm::default(),
        errors: HashMap::new(),
        message: String::new(),
    })
}

pub async fn signup(
    app: web::Data<App>,
    viewer: Viewer,
    req: HttpRequest,
    CsrfForm(form): CsrfForm<SignUpForm>,
) -> Result<HttpResponse, PageError> {
    let mut layout = Layout::new(&app, &viewer, "signup-title").await?;
    let input = SignUp {
        email: form.email.clone(),
        password: form.password.clone(),
        display_name: form.display_name.clone(),
        birth_date: form.birth_date.clone(),
        guardian_email: form.guardian_email.clone(),
        client: client_key(&req),
        // The account starts in the language of the page it was created on.
        locale: layout.locale,
    };
    match app.sign_up(input).await {
        // The same answer whether or not the address already had an account: the emailed link
        // (or the note to an existing account) is the only way on.
        Ok(()) => {
            layout.set_title("check-email-title");
            render(&MessagePage {
                layout,
                heading: Msg::new("check-email-title"),
                message: Msg::new("signup-sent").with("email", form.email.trim()),
                link: None,
            })
        }
        Err(e) => {
            let (errors, message) = field_errors(layout.locale, e)?;
            // Keep what was typed, except the password.
            let form = SignUpForm {
                password: String::new(),
                ..form
            };
            let mut resp = render(&SignUpPage {
                layout,
                form,
                errors,
                message,
            })?;
            *resp.status_mut() = actix_web::http::StatusCode::UNPROCESSABLE_ENTITY;
            Ok(resp)
        }
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    /// Where to go once signed in (a path on this site).
    #[serde(default)]
    next: String,
}

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    layout: Layout,
    email: String,
    message: String,
    next: String,
}

#[derive(Deserialize)]
pub struct LoginQuery {
    next: Option<String>,
}

/// A path on this site to come back to after signing in, or nothing.
fn back_to(next: Option<&str>) -> String {
    next.and_then(local_path).unwrap_or_default().to_string()
}

pub async fn login_form(
    app: web::Data<App>,
    viewer: Viewer,
    q: web::Query<LoginQuery>,
) -> Result<HttpResponse, PageError> {
    let layout = Layout::new(&app, &viewer, "login-title").await?;
    render(&LoginPage {
        layout,
        email: String::new(),
        message: String::new(),
        next: back_to(q.next.as_deref()),
    })
}

pub async fn login(
    app: web::Data<App>,
    viewer: Viewer,
    req: HttpRequest,
    CsrfForm(form): CsrfForm<LoginForm>,
) -> Result<HttpResponse, PageError> {
    match app
        .log_in(form.email.clone(), form.password, client_key(&req))
        .await
    {
        Ok(sid) => {
            // A new session id at sign-in: an id planted before cannot be ridden afterwards.
            if let Some(old) = viewer.session_id {
                let _ = app.log_out(old).await;
            }
            let next = back_to(Some(&form.next));
            let to = if next.is_empty() {
                "/me"
            } else {
                next.as_str()
            };
            Ok(HttpResponse::SeeOther()
                .cookie(session_cookie(&app, sid))
                .insert_header((actix_web::http::header::LOCATION, to))
                .finish())
        }
        Err(Error::BadRequest(message)) => {
            let layout = Layout::new(&app, &viewer, "login-title").await?;
            let message = message.show(layout.locale);
            let mut resp = render(&LoginPage {
                layout,
                email: form.email,
                message,
                next: back_to(Some(&form.next)),
            })?;
            *resp.status_mut() = actix_web::http::StatusCode::UNAUTHORIZED;
            Ok(resp)
        }
        Err(e) => Err(PageError(e)),
    }
}

#[derive(Deserialize)]
pub struct Empty {}

pub async fn logout(
    app: web::Data<App>,
    viewer: Viewer,
    _form: CsrfForm<Empty>,
) -> Result<HttpResponse, PageError> {
    if let Some(sid) = viewer.session_id {
        app.log_out(sid).await?;
    }
    let mut resp = redirect("/");
    resp.add_cookie(&clear_session_cookie())
        .map_err(|e| Error::Internal(e.to_string()))?;
    Ok(resp)
}

#[derive(Deserialize)]
pub struct TokenQuery {
    token: Option<String>,
}

#[derive(Template)]
#[template(path = "message.html")]
pub(super) struct MessagePage {
    pub layout: Layout,
    pub heading: Msg,
    pub message: Msg,
    pub link: Option<(&'static str, Msg)>,
}

pub async fn verify_email(
    app: web::Data<App>,
    q: web::Query<TokenQuery>,
) -> Result<HttpResponse, PageError> {
    let token = q.into_inner().token.unwrap_or_default();
    let sid = app.verify_email(token).await?;
    // Signed in by the link: straight to their page, which welcomes them.
    Ok(HttpResponse::SeeOther()
        .cookie(session_cookie(&app, sid))
        .insert_header((actix_web::http::header::LOCATION, "/me?welcome=1"))
        .finish())
}

#[derive(Debug, Default, Deserialize)]
pub struct ForgotForm {
    #[serde(default)]
    email: String,
}

#[derive(Template)]
#[template(path = "forgot_password.html")]
struct ForgotPage {
    layout: Layout,
}

pub async fn forgot_form(app: web::Data<App>, viewer: Viewer) -> Result<HttpResponse, PageError> {
    let layout = Layout::new(&app, &viewer, "forgot-title").await?;
    render(&ForgotPage { layout })
}

pub async fn forgot(
    app: web::Data<App>,
    viewer: Viewer,
    req: HttpRequest,
    form: CsrfForm<ForgotForm>,
) -> Result<HttpResponse, PageError> {
    app.request_password_reset(form.0.email, client_key(&req))
        .await?;
    let layout = Layout::new(&app, &viewer, "check-email-title").await?;
    render(&MessagePage {
        layout,
        heading: Msg::new("check-email-title"),
        message: Msg::new("forgot-sent"),
        link: None,
    })
}

#[derive(Debug, Default, Deserialize)]
pub struct ResetForm {
    #[serde(default)]
    token: String,
    #[serde(default)]
    password: String,
}

#[derive(Template)]
#[template(path = "reset_password.html")]
struct ResetPage {
    layout: Layout,
    token: String,
    message: String,
}

pub async fn reset_form(
    app: web::Data<App>,
    viewer: Viewer,
    q: web::Query<TokenQuery>,
) -> Result<HttpResponse, PageError> {
    let layout = Layout::new(&app, &viewer, "reset-title").await?;
    render(&ResetPage {
        layout,
        token: q.into_inner().token.unwrap_or_default(),
        message: String::new(),
    })
}

pub async fn reset(
    app: web::Data<App>,
    viewer: Viewer,
    CsrfForm(form): CsrfForm<ResetForm>,
) -> Result<HttpResponse, PageError> {
    match app.reset_password(form.token.clone(), form.password).await {
        Ok(()) => {
            let layout = Layout::new(&app, &viewer, "password-changed-title").await?;
            render(&MessagePage {
                layout,
                heading: Msg::new("password-changed-heading"),
                message: Msg::new("password-changed-lead"),
                link: Some(("/login", Msg::new("password-changed-sign-in"))),
            })
        }
        Err(e) => {
            let layout = Layout::new(&app, &viewer, "reset-title").await?;
            let (errors, message) = field_errors(layout.locale, e)?;
            let message = errors.into_values().next().unwrap_or(message);
            let mut resp = render(&ResetPage {
                layout,
                token: form.token,
                message,
            })?;
            *resp.status_mut() = actix_web::http::StatusCode::UNPROCESSABLE_ENTITY;
            Ok(resp)
        }
    }
}

#[derive(Deserialize)]
pub struct MeQuery {
    welcome: Option<String>,
    password: Option<String>,
    asked: Option<String>,
}

#[derive(Template)]
#[template(path = "me.html")]
struct MePage {
    layout: Layout,
    welcome: bool,
    /// What was just done, as a message id.
    done: Option<&'static str>,
    /// A child's request to their guardian, while the account waits for approval.
    consent: Option<ConsentView>,
    errors: HashMap<String, String>,
}

impl MePage {
    fn error(&self, field: &str) -> String {
        self.errors.get(field).cloned().unwrap_or_default()
    }
}

/// The account page, with a form's errors when one came back invalid.
pub(super) async fn me_page(
    app: &App,
    viewer: &Viewer,
    welcome: bool,
    done: Option<&'static str>,
    errors: HashMap<String, String>,
) -> Result<HttpResponse, PageError> {
    if viewer.user.is_none() {
        return Err(PageError(Error::Unauthenticated));
    }
    let consent = app.my_consent_request(viewer.actor.clone()).await?;
    let layout = Layout::new(app, viewer, "me-title").await?;
    let mut resp = render(&MePage {
        layout,
        welcome,
        done,
        consent,
        errors,
    })?;
    resp.headers_mut().insert(
        actix_web::http::header::CACHE_CONTROL,
        actix_web::http::header::HeaderValue::from_static("no-store"),
    );
    Ok(resp)
}

pub async fn me(
    app: web::Data<App>,
    viewer: Viewer,
    q: web::Query<MeQuery>,
) -> Result<HttpResponse, PageError> {
    let done = if q.password.as_deref() == Some("changed") {
        Some("me-password-changed")
    } else if q.asked.is_some() {
        Some("me-guardian-asked")
    } else {
        None
    };
    me_page(&app, &viewer, q.welcome.is_some(), done, HashMap::new()).await
}

#[derive(Debug, Default, Deserialize)]
pub struct AskForm {
    #[serde(default)]
    guardian_email: String,
}

/// A child sends the request to their guardian again (or to another address).
pub async fn ask_guardian(
    app: web::Data<App>,
    viewer: Viewer,
    req: HttpRequest,
    CsrfForm(form): CsrfForm<AskForm>,
) -> Result<HttpResponse, PageError> {
    match app
        .ask_guardian(viewer.actor.clone(), form.guardian_email, client_key(&req))
        .await
    {
        Ok(()) => Ok(redirect("/me?asked=1")),
        Err(e @ Error::Invalid(_)) => {
            let locale = viewer.locale.unwrap_or_default();
            let (errors, _) = field_errors(locale, e)?;
            let mut resp = me_page(&app, &viewer, false, None, errors).await?;
            *resp.status_mut() = actix_web::http::StatusCode::UNPROCESSABLE_ENTITY;
            Ok(resp)
        }
        Err(e) => Err(PageError(e)),
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    current_password: String,
    #[serde(default)]
    new_password: String,
}

/// Change one's password: the other sessions of the account end; this browser gets a new one.
pub async fn change_password(
    app: web::Data<App>,
    viewer: Viewer,
    CsrfForm(form): CsrfForm<PasswordForm>,
) -> Result<HttpResponse, PageError> {
    let (Some(sid), Some(_)) = (viewer.session_id.clone(), viewer.user.as_ref()) else {
        return Err(PageError(Error::Unauthenticated));
    };
    match app
        .change_password(sid, form.current_password, form.new_password)
        .await
    {
        Ok(new_sid) => Ok(HttpResponse::SeeOther()
            .cookie(session_cookie(&app, new_sid))
            .insert_header((actix_web::http::header::LOCATION, "/me?password=changed"))
            .finish()),
        Err(e) => {
            let locale = viewer.locale.unwrap_or_default();
            let (errors, _) = field_errors(locale, e)?;
            let mut resp = me_page(&app, &viewer, false, None, errors).await?;
            *resp.status_mut() = actix_web::http::StatusCode::UNPROCESSABLE_ENTITY;
            Ok(resp)
        }
    }
}

pages!(
    SignUpPage,
    LoginPage,
    MessagePage,
    ForgotPage,
    ResetPage,
    MePage
);
