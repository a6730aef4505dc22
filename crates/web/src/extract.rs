//! Extractors: who is asking (session cookie or bearer token), from where, and with which CSRF token.

use crate::error::{respond, ApiError, PageError};
use actix_web::cookie::{Cookie, SameSite};
use actix_web::dev::Payload;
use actix_web::{web, FromRequest, HttpMessage, HttpRequest};
use citybadges_app::sessions::CurrentUser;
use citybadges_app::{App, Error};
use citybadges_domain::policy::Actor;
use citybadges_i18n::Locale;
use citybadges_i18n::Msg;
use futures_util::future::LocalBoxFuture;
use serde::de::DeserializeOwned;
use std::net::IpAddr;

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

/// The language switcher's choice, for visitors who are not signed in (a year; readable by
/// nothing but the server).
pub const LANG_COOKIE: &str = "lang";

pub fn lang_cookie(app: &App, locale: Locale) -> Cookie<'static> {
    Cookie::build(LANG_COOKIE, locale.as_str())
        .path("/")
        .http_only(true)
        .secure(app.settings().security.cookie_secure)
        .same_site(SameSite::Lax)
        .max_age(actix_web::cookie::time::Duration::days(365))
        .finish()
}

/// The language a request asks for: the person's setting, else the switcher's cookie, else the
/// browser's `Accept-Language`; `None` leaves the city's default.
pub fn asked_locale(req: &HttpRequest, user: Option<&CurrentUser>) -> Option<Locale> {
    user.map(|u| u.locale)
        .or_else(|| req.cookie(LANG_COOKIE)?.value().parse().ok())
        .or_else(|| {
            let header = req
                .headers()
                .get(actix_web::http::header::ACCEPT_LANGUAGE)?;
            Locale::from_accept_language(header.to_str().ok()?)
        })
}

/// `to` when it is a path on this site (`/activities?q=x`), never another host: a `next`
/// parameter must not become an open redirect (`//evil.example`, `/\\evil`, `https://…`).
pub fn local_path(to: &str) -> Option<&str> {
    let ok = to.starts_with('/')
        && !to.starts_with("//")
        && !to.contains('\\')
        && to.len() <= 2_000
        && !to.chars().any(char::is_control);
    ok.then_some(to)
}

pub fn clear_session_cookie() -> Cookie<'static> {
    let mut c = Cookie::build(SESSION_COOKIE, "")
        .path("/")
        .http_only(true)
        .finish();
    c.make_removal();
    c
}

/// The reverse proxies whose forwarding headers are believed (`server.trusted_proxies`).
#[derive(Debug, Clone, Default)]
pub struct TrustedProxies(pub Vec<ipnet::IpNet>);

impl TrustedProxies {
    fn trusts(&self, ip: IpAddr) -> bool {
        self.0.iter().any(|n| n.contains(&ip))
    }

    /// The client behind a trusted peer: the nearest address in the forwarding chain that is not
    /// itself a trusted proxy (addresses further left were written by the client and prove
    /// nothing). Without forwarding headers, the peer.
    pub fn client(&self, peer: IpAddr, headers: &actix_web::http::header::HeaderMap) -> IpAddr {
        if !self.trusts(peer) {
            return peer;
        }
        let chain = forwarded_chain(headers);
        chain
            .iter()
            .rev()
            .find(|ip| !self.trusts(**ip))
            .or(chain.first())
            .copied()
            .unwrap_or(peer)
    }
}

/// Addresses named by `Forwarded: for=…` (RFC 7239), else by `X-Forwarded-For`, left to right.
/// An unparsable entry ends the chain there: nothing to its left can be placed.
fn forwarded_chain(headers: &actix_web::http::header::HeaderMap) -> Vec<IpAddr> {
    let forwarded: Vec<String> = headers
        .get_all("forwarded")
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(|element| {
            element.split(';').find_map(|pair| {
                let (k, v) = pair.trim().split_once('=')?;
                k.eq_ignore_ascii_case("for").then(|| v.trim().to_owned())
            })
        })
        .collect();
    let raw: Vec<String> = if forwarded.is_empty() {
        headers
            .get_all("x-forwarded-for")
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .map(|s| s.trim().to_owned())
            .collect()
    } else {
        forwarded
    };
    let mut out = Vec::new();
    for entry in raw.iter().rev() {
        match parse_node(entry) {
            Some(ip) => out.push(ip),
            None => break,
        }
    }
    out.reverse();
    out
}

/// `203.0.113.7`, `"[2001:db8::1]:443"`, `198.51.100.2:8080` → the address.
fn parse_node(raw: &str) -> Option<IpAddr> {
    let s = raw.trim().trim_matches('"');
    if let Ok(ip) = s.parse() {
        return Some(ip);
    }
    if let Some(rest) = s.strip_prefix('[') {
        return rest.split(']').next()?.parse().ok();
    }
    s.rsplit_once(':').and_then(|(host, _)| host.parse().ok())
}

/// The client's address, for rate limits: the peer, or the address a trusted proxy forwarded.
pub fn client_ip(req: &HttpRequest) -> Option<IpAddr> {
    let peer = req.peer_addr()?.ip();
    Some(match req.app_data::<web::Data<TrustedProxies>>() {
        Some(t) => t.client(peer, req.headers()),
        None => peer,
    })
}

/// The client's address as a rate-limit key.
pub fn client_key(req: &HttpRequest) -> String {
    client_ip(req)
        .map(|ip| ip.to_string())
        .unwrap_or_else(|| "unknown".into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::http::header::{HeaderMap, HeaderName, HeaderValue};

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.append(
                HeaderName::from_static(k),
                HeaderValue::from_str(v).expect("value"),
            );
        }
        h
    }

    fn ip(s: &str) -> IpAddr {
        s.parse().expect("ip")
    }

    #[test]
    fn forwarding_headers_count_only_from_trusted_proxies() {
        let proxies = TrustedProxies(vec![
            "127.0.0.1/32".parse().expect("net"),
            "10.0.0.0/8".parse().expect("net"),
        ]);
        let h = headers(&[("x-forwarded-for", "1.2.3.4, 203.0.113.9, 10.1.1.1")]);
        // From an untrusted peer the headers are ignored.
        assert_eq!(proxies.client(ip("198.51.100.1"), &h), ip("198.51.100.1"));
        // Through the proxies: the nearest untrusted address, not what the client wrote first.
        assert_eq!(proxies.client(ip("127.0.0.1"), &h), ip("203.0.113.9"));
        let h = headers(&[(
            "forwarded",
            "for=192.0.2.60;proto=http, for=\"[2001:db8::1]:4711\"",
        )]);
        assert_eq!(proxies.client(ip("127.0.0.1"), &h), ip("2001:db8::1"));
        // No header: the proxy itself.
        assert_eq!(
            proxies.client(ip("127.0.0.1"), &HeaderMap::new()),
            ip("127.0.0.1")
        );
        // Garbage ends the chain; nothing to its left is believed.
        let h = headers(&[("x-forwarded-for", "9.9.9.9, junk, 203.0.113.5")]);
        assert_eq!(proxies.client(ip("127.0.0.1"), &h), ip("203.0.113.5"));
        // Nobody trusted: the peer.
        assert_eq!(
            TrustedProxies::default().client(ip("127.0.0.1"), &h),
            ip("127.0.0.1")
        );
    }
}

/// The person behind a browser request (anonymous when not signed in), for pages.
#[derive(Clone)]
pub struct Viewer {
    pub actor: Actor,
    pub user: Option<CurrentUser>,
    pub session_id: Option<String>,
    /// The language the visitor asked for ([`asked_locale`]).
    pub locale: Option<Locale>,
    /// The page asked for (path and query), where the language switcher comes back to.
    pub path: String,
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
                locale: asked_locale(&req, user.as_ref()),
                path: local_path(&req.uri().to_string())
                    .unwrap_or("/")
                    .to_string(),
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
                    .ok_or(ApiError(Error::BadRequest(Msg::new(
                        "err-authorization-header",
                    ))))?;
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
        with_body(req, payload, |req, body| {
            let body = body?;
            let app = app_of(req).map_err(PageError)?;
            let token: TokenOnly =
                serde_urlencoded::from_bytes(&body).unwrap_or(TokenOnly { csrf_token: None });
            let valid = match (session_id(req), token.csrf_token) {
                (Some(sid), Some(t)) => app.csrf_valid(&sid, &t),
                _ => false,
            };
            if !valid {
                return Err(PageError(Error::Refused(Msg::new("err-csrf"))).into());
            }
            serde_urlencoded::from_bytes::<T>(&body)
                .map(CsrfForm)
                .map_err(|e| unreadable(req, "err-form-unreadable", e))
        })
    }
}

/// The future of an extractor that reads the whole body first: `read` makes the value from the
/// request and the body (or why the body could not be read).
pub(crate) fn with_body<T: 'static>(
    req: &HttpRequest,
    payload: &mut Payload,
    read: impl FnOnce(&HttpRequest, Result<web::Bytes, actix_web::Error>) -> Result<T, actix_web::Error>
        + 'static,
) -> LocalBoxFuture<'static, Result<T, actix_web::Error>> {
    let req = req.clone();
    let bytes = web::Bytes::from_request(&req, payload);
    Box::pin(async move { read(&req, bytes.await) })
}

/// A body that did not parse as the route's form or document: 400 saying why (`id` is the
/// message), as a page or a problem document depending on the route.
pub(crate) fn unreadable(
    req: &HttpRequest,
    id: &'static str,
    e: impl std::fmt::Display,
) -> actix_web::Error {
    respond(
        req.path(),
        Error::BadRequest(Msg::new(id).with("detail", e.to_string())),
    )
}
