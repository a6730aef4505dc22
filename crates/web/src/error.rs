//! The one mapping from use-case errors to HTTP: a status code per error, rendered as an
//! `application/problem+json` document for the API or a friendly page for browsers.

use actix_web::http::{header, StatusCode};
use actix_web::{HttpResponse, ResponseError};
use askama::Template;
use citybadges_app::Error;
use serde::Serialize;

pub fn status_of(e: &Error) -> StatusCode {
    match e {
        Error::NotFound(_) => StatusCode::NOT_FOUND,
        Error::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
        Error::BadRequest(_) => StatusCode::BAD_REQUEST,
        Error::Unauthenticated => StatusCode::UNAUTHORIZED,
        Error::Forbidden | Error::Refused(_) => StatusCode::FORBIDDEN,
        Error::Conflict(_) => StatusCode::CONFLICT,
        Error::RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
        Error::Unavailable(_) | Error::Busy { .. } => StatusCode::SERVICE_UNAVAILABLE,
        Error::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

/// What a person may read: internal details stay in the log.
fn public_message(e: &Error) -> String {
    match e {
        Error::Internal(_) => "something went wrong on our side; please try again".into(),
        Error::Unavailable(_) => {
            "a service we depend on is unavailable; please try again shortly".into()
        }
        other => other.to_string(),
    }
}

fn log(e: &Error) {
    match e {
        Error::Internal(detail) => tracing::error!(error = %detail, "internal error"),
        Error::Unavailable(detail) => tracing::warn!(error = %detail, "dependency unavailable"),
        _ => {}
    }
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct Problem {
    /// Always `about:blank`: the status code says what kind of problem it is.
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    pub detail: String,
    /// Per-field messages when the input was invalid.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldProblem>,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct FieldProblem {
    pub field: String,
    pub message: String,
}

/// An error answered as `application/problem+json`.
#[derive(Debug)]
pub struct ApiError(pub Error);

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl From<Error> for ApiError {
    fn from(e: Error) -> Self {
        ApiError(e)
    }
}

pub fn problem_response(e: &Error) -> HttpResponse {
    log(e);
    let status = status_of(e);
    let errors = match e {
        Error::Invalid(list) => list
            .iter()
            .map(|f| FieldProblem {
                field: f.field.into(),
                message: f.message.clone(),
            })
            .collect(),
        _ => Vec::new(),
    };
    let body = Problem {
        kind: "about:blank".into(),
        title: status.canonical_reason().unwrap_or("Error").into(),
        status: status.as_u16(),
        detail: public_message(e),
        errors,
    };
    let mut resp = HttpResponse::build(status);
    resp.content_type("application/problem+json");
    if let Error::RateLimited { retry_after_secs } | Error::Busy { retry_after_secs } = e {
        resp.insert_header((header::RETRY_AFTER, retry_after_secs.to_string()));
    }
    if let Error::Unauthenticated = e {
        resp.insert_header((header::WWW_AUTHENTICATE, "Bearer realm=\"citybadges\""));
    }
    resp.json(body)
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        status_of(&self.0)
    }
    fn error_response(&self) -> HttpResponse {
        problem_response(&self.0)
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    status: u16,
    title: &'a str,
    message: &'a str,
}

/// An error answered as an HTML page (or a redirect to sign in).
#[derive(Debug)]
pub struct PageError(pub Error);

impl std::fmt::Display for PageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl From<Error> for PageError {
    fn from(e: Error) -> Self {
        PageError(e)
    }
}

pub fn page_response(e: &Error) -> HttpResponse {
    log(e);
    if let Error::Unauthenticated = e {
        return HttpResponse::SeeOther()
            .insert_header((header::LOCATION, "/login"))
            .finish();
    }
    let status = status_of(e);
    let title = match status {
        StatusCode::NOT_FOUND => "We could not find that page",
        StatusCode::FORBIDDEN => "This is not open to you",
        StatusCode::TOO_MANY_REQUESTS => "Slow down a little",
        s if s.is_server_error() => "Something went wrong",
        _ => "That did not work",
    };
    let message = public_message(e);
    let html = ErrorPage {
        status: status.as_u16(),
        title,
        message: &message,
    }
    .render()
    .unwrap_or_else(|_| format!("<h1>{}</h1>", status.as_u16()));
    let mut resp = HttpResponse::build(status);
    if let Error::RateLimited { retry_after_secs } | Error::Busy { retry_after_secs } = e {
        resp.insert_header((header::RETRY_AFTER, retry_after_secs.to_string()));
    }
    resp.content_type("text/html; charset=utf-8").body(html)
}

impl ResponseError for PageError {
    fn status_code(&self) -> StatusCode {
        status_of(&self.0)
    }
    fn error_response(&self) -> HttpResponse {
        page_response(&self.0)
    }
}

/// Requests under these prefixes are machine clients: they get problem documents.
pub fn wants_json(path: &str) -> bool {
    path.starts_with("/api/")
        || path == "/healthz"
        || path == "/readyz"
        || path == "/credentials/verify"
        || path == "/credentials/issue"
}

/// Answer in the style the path calls for (used by extractor error handlers and the 404 handler).
pub fn respond(path: &str, e: Error) -> actix_web::Error {
    if wants_json(path) {
        ApiError(e).into()
    } else {
        PageError(e).into()
    }
}
