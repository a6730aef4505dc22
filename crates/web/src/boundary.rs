//! What every request passes before a handler sees it, and every answer after: text holding
//! characters no field may hold is refused, naming the field; a documented API path asked with
//! a method it does not have is a 405; `HEAD` is answered as `GET`
//! without a body; answers that may carry personal data are never stored by caches; HTTPS
//! deployments ask browsers to stay on HTTPS.

use crate::error::{respond, wants_json};
use crate::extract::SESSION_COOKIE;
use actix_web::body::{BoxBody, EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderValue};
use actix_web::http::Method;
use actix_web::middleware::Next;
use actix_web::{web, FromRequest, HttpMessage};
use citybadges_app::{App, Error};
use citybadges_domain::text::forbidden_char;
use citybadges_i18n::Msg;
use serde_json::Value;

/// Keys whose values are names or titles: one line, no bidirectional overrides.
pub fn is_single_line(key: &str) -> bool {
    matches!(key, "name" | "title" | "slug" | "display_name" | "email")
        || key.ends_with("_name")
        || key.ends_with("_title")
}

fn refusal(field: Msg, c: char) -> Error {
    Error::BadRequest(
        Msg::new("err-forbidden-char")
            .with("field", field)
            .with("code", format!("{:04X}", c as u32)),
    )
}

fn check(field: Msg, key: &str, value: &str) -> Result<(), Error> {
    match forbidden_char(value, is_single_line(key)) {
        Some(c) => Err(refusal(field, c)),
        None => Ok(()),
    }
}

/// Every string (and key) of a JSON document, with a path like `items[2].title` for the field.
fn check_json(path: &mut String, key: &str, value: &Value) -> Result<(), Error> {
    match value {
        Value::String(s) => check(
            Msg::new("err-where-field").with("name", path.as_str()),
            key,
            s,
        ),
        Value::Array(items) => items.iter().enumerate().try_for_each(|(i, v)| {
            let len = path.len();
            path.push_str(&format!("[{i}]"));
            let r = check_json(path, key, v);
            path.truncate(len);
            r
        }),
        Value::Object(map) => map.iter().try_for_each(|(k, v)| {
            check(Msg::new("err-where-field-name"), "name", k)?;
            let len = path.len();
            if !path.is_empty() {
                path.push('.');
            }
            path.push_str(k);
            let r = check_json(path, k, v);
            path.truncate(len);
            r
        }),
        _ => Ok(()),
    }
}

/// `names`: the message naming a key of these pairs (`err-where-query-name`).
fn check_pairs(names: &'static str, raw: &[u8]) -> Result<(), Error> {
    url::form_urlencoded::parse(raw).try_for_each(|(k, v)| {
        check(Msg::new(names), "name", &k)?;
        check(Msg::new("err-where-field").with("name", &*k), &k, &v)
    })
}

fn check_path(req: &ServiceRequest) -> Result<(), Error> {
    let text = percent_encoding::percent_decode_str(req.path()).decode_utf8_lossy();
    match forbidden_char(&text, true) {
        Some(c) => Err(refusal(Msg::new("err-where-address"), c)),
        None => Ok(()),
    }
}

/// Which body kinds are read here: JSON and forms (uploads are checked by their handlers).
enum BodyKind {
    Json,
    Form,
}

fn body_kind(req: &ServiceRequest) -> Option<BodyKind> {
    let kind = req.content_type().to_ascii_lowercase();
    if kind.ends_with("/json") || kind.ends_with("+json") {
        Some(BodyKind::Json)
    } else if kind == "application/x-www-form-urlencoded" {
        Some(BodyKind::Form)
    } else {
        None
    }
}

/// Refuse text that no field may hold, in the address, the query string and JSON or form bodies.
/// A body that does not parse passes on untouched: its handler says what is wrong with it.
pub async fn refuse_forbidden_characters(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, actix_web::Error> {
    let path = req.path().to_owned();
    let mut verdict = check_path(&req)
        .and_then(|_| check_pairs("err-where-query-name", req.query_string().as_bytes()));
    if verdict.is_ok() {
        if let Some(kind) = body_kind(&req) {
            let (http, payload) = req.parts_mut();
            let bytes = match web::Bytes::from_request(http, payload).await {
                Ok(b) => b,
                Err(e) => {
                    // The error stays in the answer, for `error::localize` to word it.
                    let resp = actix_web::HttpResponse::from_error(crate::bad_input(http, &e));
                    let (http, _) = req.into_parts();
                    return Ok(ServiceResponse::new(http, resp).map_into_right_body());
                }
            };
            verdict = match kind {
                BodyKind::Json => match serde_json::from_slice::<Value>(&bytes) {
                    Ok(v) => check_json(&mut String::new(), "", &v),
                    Err(_) => Ok(()),
                },
                BodyKind::Form => check_pairs("err-where-form-name", &bytes),
            };
            req.set_payload(actix_web::dev::Payload::from(bytes));
        }
    }
    match verdict {
        Ok(()) => Ok(next.call(req).await?.map_into_left_body()),
        Err(e) => {
            let (http, _) = req.into_parts();
            let resp = actix_web::HttpResponse::from_error(respond(&path, e));
            Ok(ServiceResponse::new(http, resp).map_into_right_body())
        }
    }
}

/// A path the API document describes, asked with a method it does not have: 405 with `Allow`,
/// before any other route can take the request (`GET /credentials/verify` is not the page of a
/// credential called `verify`). The methods come from the document itself.
pub async fn documented_methods(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, actix_web::Error> {
    if let Some(allowed) = crate::api::openapi::document().allowed(req.path()) {
        if !allowed.contains(req.method()) {
            let locale = crate::extract::asked_locale(req.request(), None).unwrap_or_default();
            let resp = crate::error::method_not_allowed(req.method(), &allowed, locale);
            let (http, _) = req.into_parts();
            return Ok(ServiceResponse::new(http, resp).map_into_right_body());
        }
    }
    Ok(next.call(req).await?.map_into_left_body())
}

/// `HEAD` on any `GET` route: routed as `GET`, answered with its headers and no body.
pub async fn head_as_get(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody, BoxBody>>, actix_web::Error> {
    if req.method() != Method::HEAD {
        return Ok(next.call(req).await?.map_into_left_body());
    }
    req.head_mut().method = Method::GET;
    let res = next.call(req).await?;
    Ok(res.map_body(|_, _| BoxBody::new(())).map_into_right_body())
}

/// Answers to signed-in people, to tokens, and on private paths may hold personal data: no
/// shared or browser cache keeps them. HTTPS deployments also send Strict-Transport-Security.
pub async fn caching_and_transport(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let personal = req.headers().contains_key(header::AUTHORIZATION)
        || req.cookie(SESSION_COOKIE).is_some()
        || is_private_path(req.path());
    let https = req
        .app_data::<web::Data<App>>()
        .is_some_and(|app| app.settings().public_url().starts_with("https://"));
    let mut res = next.call(req).await?;
    let headers = res.headers_mut();
    if personal && !headers.contains_key(header::CACHE_CONTROL) {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    if https {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    Ok(res)
}

/// Paths whose answers are about someone in particular, whoever asks.
fn is_private_path(path: &str) -> bool {
    [
        "/me",
        "/manage/",
        "/city/",
        "/dev/",
        "/api/v1/me",
        "/api/v1/orgs/",
        "/reset-password",
    ]
    .iter()
    .any(|p| path == p.trim_end_matches('/') || path.starts_with(p))
        || (wants_json(path) && path.starts_with("/credentials/"))
}
