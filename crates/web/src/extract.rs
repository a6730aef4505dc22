//! Extractors: who is asking (session cookie or bearer token), from where, and with which CSRF token.

use crate::error::{respond, ApiError, PageError};
use actix_web::cookie::{Cookie, SameSite};
use actix_web::dev::Payload;
use actix_web::{web, FromRequest, HttpMessage, HttpRequest};
use citybadges_app::sessions::CurrentUser;
use citybadges_app::{App, Error};
use citybadges_domain::policy::Actor;
use futures_util::future::LocalBoxFuture;
use serde::de::DeserializeOwned;

pub const SESSION_COOKIE: &str = "cb_session";

fn app_of(req: &HttpRequest) -> Result<App, Error> {
    req.app_data::<web::Data<App>>()
        .map(|d| d.get_ref().clone())
        .ok_or_else(|| Error::Internal("application state missing".into()))
}

pub fn session_id(req: &HttpRequest) -> Option<String> {
    req.cookie(SESSION_COOKIE)
        .map(|c| c.value().to_string())
        .filter(|v| !v.is_empty() && v.len() <= 100)
}

/// The session cookie as this deployment sets it.
pub fn session_cookie(app: &App, id: String) -> Cookie<'static> {
    Cookie::build(SESSION_COOKIE, id)
        .path("/")
        .http_only(true)
        .secure(app.settings().security.cookie_secure)
        .same_site(SameSite::Lax)
        .max_age(actix_web::cookie::time::Duration::hours(
            app.settings().security.session_ttl_hours as i64,
        ))
        .finish()
}

pub fn clear_session_cookie() -> Cookie<'static> {
    let mut c = Cookie::build(SESSION_COOKIE, "")
        .path("/")
        .http_only(true)
        .finish();
    c.make_removal();
    c
}

/// The client's address for rate limits: the peer address (a proxy in front should be trusted
/// explicitly before X-Forwarded-For is honoured; not yet configurable).
pub fn client_key(req: &HttpRequest) -> String {
    req.peer_addr()
        .map(|a| a.ip().to_string())
        .unwrap_or_else(|| "unknown".into())
}

/// The person behind a browser request (anonymous when not signed in), for pages.
#[derive(Clone)]
pub struct Viewer {
    pub actor: Actor,
    pub user: Option<CurrentUser>,
    pub session_id: Option<String>,
}

impl FromRequest for Viewer {
    type Error = actix_web::Error;
    type Future = LocalBoxFuture<'static, Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            if let Some(v) = req.extensions().get::<Viewer>() {
                return Ok(v.clone());
            }
            let app = app_of(&req).map_err(PageError)?;
            let sid = session_id(&req);
            let (actor, user) = app
                .actor_for_session(sid.clone())
                .await
                .map_err(PageError)?;
            let viewer = Viewer {
                actor,
                user,
                session_id: sid,
            };
            req.extensions_mut().insert(viewer.clone());
            Ok(viewer)
        })
    }
}

/// The caller of an API route: a bearer token when one is sent, else the browser session.
pub struct ApiCaller(pub Actor);

impl FromRequest for ApiCaller {
    type Error = actix_web::Error;
    type Future = LocalBoxFuture<'static, Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            let app = app_of(&req).map_err(ApiError)?;
            if let Some(h) = req.headers().get(actix_web::http::header::AUTHORIZATION) {
                let value = h.to_str().unwrap_or_default();
                let token = value
                    .strip_prefix("Bearer ")
                    .or_else(|| value.strip_prefix("bearer "))
                    .map(str::trim)
                    .filter(|t| !t.is_empty() && t.len() <= 200)
                    .ok_or(ApiError(Error::BadRequest(
                        "the Authorization header must be 'Bearer <token>'".into(),
                    )))?;
                return Ok(ApiCaller(
                    app.actor_for_token(token.to_string())
                        .await
                        .map_err(ApiError)?,
                ));
            }
            let (actor, _) = app
                .actor_for_session(session_id(&req))
                .await
                .map_err(ApiError)?;
            Ok(ApiCaller(actor))
        })
    }
}

/// A form post that carried a valid CSRF token for the browser's session (field `csrf_token`).
pub struct CsrfForm<T>(pub T);

#[derive(serde::Deserialize)]
struct TokenOnly {
    csrf_token: Option<String>,
}

impl<T: DeserializeOwned + 'static> FromRequest for CsrfForm<T> {
    type Error = actix_web::Error;
    type Future = LocalBoxFuture<'static, Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let req = req.clone();
        let bytes = web::Bytes::from_request(&req, payload);
        Box::pin(async move {
            let body = bytes.await?;
            let app = app_of(&req).map_err(PageError)?;
            let token: TokenOnly =
                serde_urlencoded::from_bytes(&body).unwrap_or(TokenOnly { csrf_token: None });
            let valid = match (session_id(&req), token.csrf_token) {
                (Some(sid), Some(t)) => app.csrf_valid(&sid, &t),
                _ => false,
            };
            if !valid {
                return Err(PageError(Error::Refused(
                    "this form has expired or came from another site; reload the page and try again".into(),
                ))
                .into());
            }
            let form = serde_urlencoded::from_bytes::<T>(&body).map_err(|e| {
                respond(
                    req.path(),
                    Error::BadRequest(format!("the form could not be read: {e}")),
                )
            })?;
            Ok(CsrfForm(form))
        })
    }
}
