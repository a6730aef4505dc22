//! The one mapping from use-case errors to HTTP: a status code per error, rendered as an
//! `application/problem+json` document for the API or a friendly page for browsers, in the
//! reader's language. `ResponseError::error_response` has no request, so it words the answer in
//! English and the error stays in the response; the [`localize`] middleware then words its body
//! again in the request's language (see docs/architecture.md).

use crate::extract::{asked_locale, Viewer};
use actix_web::body::{BoxBody, EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::{header, StatusCode};
use actix_web::middleware::Next;
use actix_web::{web, HttpMessage, HttpRequest, HttpResponse, ResponseError};
use askama::Template;
use citybadges_app::{App, Error};
use citybadges_i18n::{text, Locale, Msg};
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

/// What a person may read, in `locale`: internal details stay in the log (`Error::show` words
/// `Internal`, `Config` and `Unavailable` by fixed messages, never their details).
fn public_message(e: &Error, locale: Locale) -> String {
    e.show(locale)
}

/// The name of a status, in `locale` (English: its canonical reason, `Not Found`).
pub fn status_title(status: StatusCode, locale: Locale) -> String {
    Msg::new("err-status")
        .with("status", status.as_u16())
        .show(locale)
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

/// Said of every problem response in the document: its words follow the request's language.
pub const PROBLEM_LANGUAGE: &str = "The problem document's `title`, `detail` and field \
    `errors[].message` are in the language `Accept-Language` asks for (English, Spanish or French; \
    English when none of them is asked); `status`, `type` and `errors[].field` never change.";

/// `components.responses` of the OpenAPI document: one problem+json response per [`ErrorKind`].
pub fn response_components() -> serde_json::Map<String, serde_json::Value> {
    ERROR_KINDS
        .iter()
        .map(|k| {
            let mut response = serde_json::json!({
                "description": format!("{}. {PROBLEM_LANGUAGE}", k.description),
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

/// The problem document of `e`, its title, detail and field messages in `locale`.
pub fn problem(e: &Error, locale: Locale) -> Problem {
    let status = status_of(e);
    let errors = match e {
        Error::Invalid(list) => list
            .iter()
            .map(|f| FieldProblem {
                field: f.field.into(),
                message: f.message.show(locale),
            })
            .collect(),
        _ => Vec::new(),
    };
    Problem {
        kind: "about:blank".into(),
        title: status_title(status, locale),
        status: status.as_u16(),
        detail: public_message(e, locale),
        errors,
    }
}

/// `e` as `application/problem+json`, in English ([`localize`] words it for the request).
pub fn problem_response(e: &Error) -> HttpResponse {
    log(e);
    let status = status_of(e);
    let mut resp = HttpResponse::build(status);
    resp.content_type(PROBLEM_JSON);
    if let Error::RateLimited { retry_after_secs } | Error::Busy { retry_after_secs } = e {
        resp.insert_header((header::RETRY_AFTER, retry_after_secs.to_string()));
    }
    if let Error::Unauthenticated = e {
        resp.insert_header((header::WWW_AUTHENTICATE, "Bearer realm=\"citybadges\""));
    }
    resp.json(problem(e, Locale::En))
}

/// A documented path asked with a method it does not have: 405, `Allow` listing the ones it has.
pub fn method_not_allowed(
    method: &actix_web::http::Method,
    allowed: &[actix_web::http::Method],
    locale: Locale,
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
            title: status_title(status, locale),
            status: status.as_u16(),
            detail: Msg::new("err-method-not-allowed")
                .with(
                    "method",
                    method.as_str().chars().take(20).collect::<String>(),
                )
                .with("allowed", allow.as_str())
                .show(locale),
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
    lang: &'a str,
    status: u16,
    title: &'a str,
    message: &'a str,
    home: &'a str,
    browse: &'a str,
    code: &'a str,
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

/// The sentence with its first letter a capital (the rest as written: `PNG` stays `PNG`).
fn capitalized(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The error page of `e` in `locale`.
pub fn page_html(e: &Error, locale: Locale) -> String {
    let status = status_of(e);
    let title_id = match status {
        StatusCode::NOT_FOUND => "err-page-not-found",
        StatusCode::FORBIDDEN => "err-page-forbidden",
        StatusCode::TOO_MANY_REQUESTS => "err-page-slow-down",
        s if s.is_server_error() => "err-page-server",
        _ => "err-page-other",
    };
    let title = text(locale, title_id);
    let message = capitalized(&public_message(e, locale));
    ErrorPage {
        lang: locale.as_str(),
        status: status.as_u16(),
        title: &title,
        message: &message,
        home: &text(locale, "err-page-home"),
        browse: &text(locale, "err-page-browse"),
        code: &Msg::new("err-page-code")
            .with("status", status.as_u16())
            .show(locale),
    }
    .render()
    .unwrap_or_else(|_| format!("<h1>{}</h1>", status.as_u16()))
}

/// `e` as a page in English ([`localize`] words it for the request), or a redirect to sign in.
pub fn page_response(e: &Error) -> HttpResponse {
    log(e);
    if let Error::Unauthenticated = e {
        return HttpResponse::SeeOther()
            .insert_header((header::LOCATION, "/login"))
            .finish();
    }
    let status = status_of(e);
    let mut resp = HttpResponse::build(status);
    if let Error::RateLimited { retry_after_secs } | Error::Busy { retry_after_secs } = e {
        resp.insert_header((header::RETRY_AFTER, retry_after_secs.to_string()));
    }
    resp.content_type("text/html; charset=utf-8")
        .body(page_html(e, Locale::En))
}

/// The language a page is read in: the visitor's (account, cookie, `Accept-Language`), else the
/// city's default (English when the city cannot be read).
pub async fn page_locale(app: &App, viewer: &Viewer) -> Locale {
    match viewer.locale {
        Some(l) => l,
        None => app
            .city()
            .await
            .map(|c| c.default_locale)
            .unwrap_or_default(),
    }
}

/// The language a request asked for: the account's setting when a handler already knew the
/// person (the `Viewer` it extracted), else the `lang` cookie, else `Accept-Language`.
fn request_locale(req: &HttpRequest) -> Option<Locale> {
    // The extensions' borrow ends before `asked_locale` reads the cookies (kept there too).
    let viewer = req.extensions().get::<Viewer>().map(|v| v.locale);
    viewer.unwrap_or_else(|| asked_locale(req, None))
}

/// Error answers in the reader's language: an answer that carries an [`ApiError`] or a
/// [`PageError`] gets its body worded again from that error, in the request's language (problem
/// documents: English by default; pages: the city's default). Status and headers stay.
pub async fn localize(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, actix_web::Error> {
    // Handlers' and extractors' errors arrive as answers that carry them (the checks inside
    // answer the same way); the request cannot be kept aside for an `Err`, which stays English.
    let res = next.call(req).await?;
    enum Kind {
        Api,
        Page,
    }
    let kind = match res.response().error() {
        Some(e) if e.as_error::<ApiError>().is_some() => Kind::Api,
        Some(e)
            if e.as_error::<PageError>()
                .is_some_and(|p| !matches!(p.0, Error::Unauthenticated)) =>
        {
            Kind::Page
        }
        _ => return Ok(res.map_into_left_body()),
    };
    let asked = request_locale(res.request());
    let locale = match (kind, asked) {
        (_, Some(l)) => l,
        (Kind::Api, None) => Locale::En,
        (Kind::Page, None) => match res.request().app_data::<web::Data<App>>().cloned() {
            Some(app) => app
                .city()
                .await
                .map(|c| c.default_locale)
                .unwrap_or_default(),
            None => Locale::En,
        },
    };
    let body = match res.response().error() {
        Some(e) => match (e.as_error::<ApiError>(), e.as_error::<PageError>()) {
            (Some(ApiError(e)), _) => serde_json::to_vec(&problem(e, locale)).unwrap_or_default(),
            (_, Some(PageError(e))) => page_html(e, locale).into_bytes(),
            _ => return Ok(res.map_into_left_body()),
        },
        None => return Ok(res.map_into_left_body()),
    };
    let mut res = res.map_body(|_, _| EitherBody::right(BoxBody::new(body)));
    res.headers_mut().remove(header::CONTENT_LENGTH);
    Ok(res)
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

#[cfg(test)]
mod tests {
    use super::*;
    use citybadges_domain::validate::FieldError;

    #[test]
    fn problems_are_worded_in_the_language_asked() {
        let e = Error::Invalid(vec![FieldError::new(
            "age",
            Msg::new("err-between").with("min", 0).with("max", 120),
        )]);
        let en = problem(&e, Locale::En);
        assert_eq!(en.status, 422);
        assert_eq!(en.title, "Unprocessable Entity");
        assert_eq!(en.detail, "age: must be between 0 and 120");
        let es = problem(&e, Locale::Es);
        assert_eq!(es.title, "Entidad no procesable");
        assert_eq!(es.errors[0].message, "debe estar entre 0 y 120");
        let fr = problem(&Error::NotFound("badge"), Locale::Fr);
        assert_eq!((fr.status, fr.title.as_str()), (404, "Introuvable"));
        assert_eq!(fr.detail, "badge introuvable");
    }

    #[test]
    fn internal_details_never_reach_the_reader() {
        for locale in Locale::ALL {
            let p = problem(&Error::Internal("secret table x".into()), locale);
            assert!(!p.detail.contains("secret"), "{locale}: {}", p.detail);
            let p = problem(&Error::Unavailable("redis at 10.0.0.1".into()), locale);
            assert!(!p.detail.contains("10.0.0.1"), "{locale}: {}", p.detail);
        }
        assert_eq!(
            problem(&Error::Internal("x".into()), Locale::En).detail,
            "something went wrong on our side; please try again"
        );
    }

    #[test]
    fn error_pages_set_their_language_and_words() {
        let fr = page_html(&Error::NotFound("page"), Locale::Fr);
        assert!(fr.contains("<html lang=\"fr\">"), "{fr}");
        assert!(fr.contains("Nous n’avons pas trouvé cette page"), "{fr}");
        assert!(fr.contains("Page introuvable."), "{fr}");
        let es = page_html(
            &Error::RateLimited {
                retry_after_secs: 1,
            },
            Locale::Es,
        );
        assert!(es.contains("vuelve a intentarlo en 1 segundo"), "{es}");
        let en = page_html(&Error::BadRequest(Msg::new("err-png-no-badge")), Locale::En);
        assert!(en.contains("This PNG image holds no badge."), "{en}");
        assert_eq!(status_title(StatusCode::IM_A_TEAPOT, Locale::En), "Error");
    }
}
