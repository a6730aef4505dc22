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
        Error::Conflict(_) | Error::Duplicate(_) => StatusCode::CONFLICT,
        Error::RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
        Error::Unavailable(_) | Error::Busy { .. } => StatusCode::SERVICE_UNAVAILABLE,
        Error::Internal(_) | Error::Config(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

/// What a person may read: internal details stay in the log.
fn public_message(e: &Error) -> String {
    match e {
        Error::Internal(_) | Error::Config(_) => {
            "something went wrong on our side; please try again".into()
        }
        Error::Unavailable(_) => {
            "a service we depend on is unavailable; please try again shortly".into()
        }
        other => other.to_string(),
    }
}

fn log(e: &Error) {
    match e {
        Error::Internal(detail) => tracing::error!(error = %detail, "internal error"),
        Error::Config(e) => tracing::error!(error = %e, "configuration error"),
        Error::Unavailable(detail) => tracing::warn!(error = %detail, "dependency unavailable"),
        _ => {}
    }
}

/// Every answer of the API that is an error, described once: its status, the name of its
/// reusable response in the OpenAPI document, what it means and the header it carries. Routes say
/// which of them they may give with [`Errors`]; the document's `components.responses` is made
/// from this table, so a status code means the same thing on every route.
pub struct ErrorKind {
    /// The bit of this kind in an [`Errors`] set.
    pub bit: u32,
    pub status: StatusCode,
    /// The name of the response in `components.responses`.
    pub name: &'static str,
    pub description: &'static str,
    /// A header this answer carries: name, description, whether it is always sent.
    pub header: Option<(&'static str, &'static str, bool)>,
}

/// The bits of [`Errors`] sets.
pub mod kinds {
    pub const BAD_REQUEST: u32 = 1;
    pub const UNAUTHORIZED: u32 = 1 << 1;
    pub const FORBIDDEN: u32 = 1 << 2;
    pub const NOT_FOUND: u32 = 1 << 3;
    pub const METHOD_NOT_ALLOWED: u32 = 1 << 4;
    pub const CONFLICT: u32 = 1 << 5;
    pub const PAYLOAD_TOO_LARGE: u32 = 1 << 6;
    pub const UNPROCESSABLE: u32 = 1 << 7;
    pub const TOO_MANY_REQUESTS: u32 = 1 << 8;
    pub const UNAVAILABLE: u32 = 1 << 9;
    /// What any route may answer: every request passes the boundary checks (400) and may find
    /// the database, cache or search engine down (503).
    pub const ALWAYS: u32 = BAD_REQUEST | UNAVAILABLE;
    /// Routes for a signed-in person or an API token.
    pub const CALLER: u32 = UNAUTHORIZED | FORBIDDEN;
    /// Routes that read a JSON body.
    pub const BODY: u32 = PAYLOAD_TOO_LARGE | UNPROCESSABLE;
}

pub const ERROR_KINDS: &[ErrorKind] = &[
    ErrorKind {
        bit: kinds::BAD_REQUEST,
        status: StatusCode::BAD_REQUEST,
        name: "BadRequest",
        description:
            "The request cannot be read: a body that is not a JSON object of the documented \
            shape, a parameter that does not parse (a number that is not one, a malformed date), a \
            malformed `Authorization` or `Idempotency-Key` header, or text holding a control \
            character (anywhere: address, query, body); `detail` says which",
        header: None,
    },
    ErrorKind {
        bit: kinds::UNAUTHORIZED,
        status: StatusCode::UNAUTHORIZED,
        name: "Unauthorized",
        description: "No valid session or API token",
        header: Some(("WWW-Authenticate", "`Bearer realm=\"citybadges\"`", true)),
    },
    ErrorKind {
        bit: kinds::FORBIDDEN,
        status: StatusCode::FORBIDDEN,
        name: "Forbidden",
        description: "The caller may not do this (not staff of this organization, a token where a \
            signed-in person is needed, an organization not approved yet, or a fetch refused)",
        header: None,
    },
    ErrorKind {
        bit: kinds::NOT_FOUND,
        status: StatusCode::NOT_FOUND,
        name: "NotFound",
        description: "No such resource",
        header: None,
    },
    ErrorKind {
        bit: kinds::METHOD_NOT_ALLOWED,
        status: StatusCode::METHOD_NOT_ALLOWED,
        name: "MethodNotAllowed",
        description: "The path exists, but not with this method",
        header: Some(("Allow", "The methods the path has", true)),
    },
    ErrorKind {
        bit: kinds::CONFLICT,
        status: StatusCode::CONFLICT,
        name: "Conflict",
        description: "The request conflicts with what is already there (an award already revoked, \
            an `Idempotency-Key` used for a different request or still being processed)",
        header: None,
    },
    ErrorKind {
        bit: kinds::PAYLOAD_TOO_LARGE,
        status: StatusCode::PAYLOAD_TOO_LARGE,
        name: "PayloadTooLarge",
        description: "The body is larger than this server accepts (`server.max_body_bytes`)",
        header: None,
    },
    ErrorKind {
        bit: kinds::UNPROCESSABLE,
        status: StatusCode::UNPROCESSABLE_ENTITY,
        name: "UnprocessableEntity",
        description: "Readable, but a value is not acceptable: out of range, not one of the \
            allowed values, naming something that does not exist, or missing a value it needs \
            (e.g. `lat` without `lng`); `errors` lists each field",
        header: None,
    },
    ErrorKind {
        bit: kinds::TOO_MANY_REQUESTS,
        status: StatusCode::TOO_MANY_REQUESTS,
        name: "TooManyRequests",
        description: "Too many requests of this kind from this client",
        header: Some(("Retry-After", "Seconds to wait before trying again", true)),
    },
    ErrorKind {
        bit: kinds::UNAVAILABLE,
        status: StatusCode::SERVICE_UNAVAILABLE,
        name: "ServiceUnavailable",
        description: "A service the server depends on is down, or the server is busy with \
            requests of this kind; the same request may succeed later",
        header: Some((
            "Retry-After",
            "Seconds to wait, when the server is busy",
            false,
        )),
    },
];

/// The error answers a route may give, for its OpenAPI entry: [`kinds::ALWAYS`] and the
/// [`kinds`] in `KINDS`, each a reference to its one description in `components.responses`.
/// `responses((status = 200, …), Errors<{ kinds::NOT_FOUND }>)`.
pub struct Errors<const KINDS: u32>;

impl<const KINDS: u32> utoipa::IntoResponses for Errors<KINDS> {
    fn responses(
    ) -> std::collections::BTreeMap<String, utoipa::openapi::RefOr<utoipa::openapi::Response>> {
        ERROR_KINDS
            .iter()
            .filter(|k| (KINDS | kinds::ALWAYS) & k.bit != 0)
            .map(|k| {
                (
                    k.status.as_u16().to_string(),
                    utoipa::openapi::RefOr::Ref(utoipa::openapi::Ref::from_response_name(k.name)),
                )
            })
            .collect()
    }
}

/// `components.responses` of the OpenAPI document: one problem+json response per [`ErrorKind`].
pub fn response_components() -> serde_json::Map<String, serde_json::Value> {
    ERROR_KINDS
        .iter()
        .map(|k| {
            let mut response = serde_json::json!({
                "description": k.description,
                "content": { PROBLEM_JSON: { "schema": { "$ref": "#/components/schemas/Problem" } } },
            });
            if let Some((name, description, required)) = k.header {
                let schema = if name == "Retry-After" {
                    serde_json::json!({ "type": "integer", "minimum": 0 })
                } else {
                    serde_json::json!({ "type": "string" })
                };
                response["headers"] = serde_json::json!({
                    name: { "description": description, "required": required, "schema": schema }
                });
            }
            (k.name.to_owned(), response)
        })
        .collect()
}

pub const PROBLEM_JSON: &str = "application/problem+json";

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
    resp.content_type(PROBLEM_JSON);
    if let Error::RateLimited { retry_after_secs } | Error::Busy { retry_after_secs } = e {
        resp.insert_header((header::RETRY_AFTER, retry_after_secs.to_string()));
    }
    if let Error::Unauthenticated = e {
        resp.insert_header((header::WWW_AUTHENTICATE, "Bearer realm=\"citybadges\""));
    }
    resp.json(body)
}

/// A documented path asked with a method it does not have: 405, `Allow` listing the ones it has.
pub fn method_not_allowed(
    method: &actix_web::http::Method,
    allowed: &[actix_web::http::Method],
) -> HttpResponse {
    let allow = allowed
        .iter()
        .map(|m| m.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    let status = StatusCode::METHOD_NOT_ALLOWED;
    HttpResponse::build(status)
        .content_type(PROBLEM_JSON)
        .insert_header((header::ALLOW, allow.clone()))
        .json(Problem {
            kind: "about:blank".into(),
            title: status.canonical_reason().unwrap_or("Error").into(),
            status: status.as_u16(),
            detail: format!(
                "{} is not a method of this address; it has {allow}",
                method.as_str().chars().take(20).collect::<String>()
            ),
            errors: Vec::new(),
        })
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
