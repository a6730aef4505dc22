//! CityBadges web: routes, extractors, pages and the JSON API. Handlers extract, call one use case
//! in `app`, and render; errors map to HTTP once, in [`error`].

pub mod api;
pub mod assets;
pub mod boundary;
pub mod error;
pub mod extract;
pub mod health;
pub mod json;
pub mod pages;
pub mod routes;
pub mod upload;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceFactory, ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderValue};
use actix_web::middleware::{self, DefaultHeaders};
use actix_web::{web, HttpRequest};
use citybadges_app::{App, Error};
use citybadges_i18n::Msg;
use error::respond;

/// The whole web application for one worker.
pub fn application(
    app: App,
) -> actix_web::App<
    impl ServiceFactory<
        ServiceRequest,
        Config = (),
        Response = ServiceResponse<impl MessageBody>,
        Error = actix_web::Error,
        InitError = (),
    >,
> {
    let limit = app.settings().server.max_body_bytes;
    // Checked when the settings were validated; an unparsable list trusts no one.
    let proxies =
        extract::TrustedProxies(app.settings().server.trusted_networks().unwrap_or_default());
    let policy = ContentPolicy::for_settings(app.settings());
    actix_web::App::new()
        .app_data(web::Data::new(proxies))
        .app_data(web::Data::new(policy))
        .app_data(web::Data::new(app))
        .app_data(
            web::JsonConfig::default()
                .limit(limit)
                .error_handler(|e, req| bad_input(req, &e)),
        )
        .app_data(
            web::FormConfig::default()
                .limit(limit)
                .error_handler(|e, req| bad_input(req, &e)),
        )
        .app_data(web::PayloadConfig::default().limit(limit))
        .app_data(web::QueryConfig::default().error_handler(|e, req| {
            respond(
                req.path(),
                Error::BadRequest(Msg::new("err-query-invalid").with("detail", e.to_string())),
            )
        }))
        .app_data(web::PathConfig::default().error_handler(|e, req| {
            respond(
                req.path(),
                Error::BadRequest(Msg::new("err-address-invalid").with("detail", e.to_string())),
            )
        }))
        .wrap(middleware::from_fn(boundary::documented_methods))
        .wrap(middleware::from_fn(boundary::refuse_forbidden_characters))
        // Outside the checks that answer with errors, inside everything that adds headers or
        // encodes the body: error bodies are worded again in the reader's language.
        .wrap(middleware::from_fn(error::localize))
        .wrap(middleware::from_fn(content_security_policy))
        .wrap(middleware::from_fn(boundary::caching_and_transport))
        .wrap(
            DefaultHeaders::new()
                .add((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
                .add((header::X_FRAME_OPTIONS, "DENY"))
                .add((header::REFERRER_POLICY, "same-origin"))
                .add((
                    "Permissions-Policy",
                    "geolocation=(self), camera=(), microphone=()",
                )),
        )
        .wrap(middleware::Compress::default())
        .wrap(middleware::from_fn(boundary::head_as_get))
        .wrap(tracing_actix_web::TracingLogger::default())
        .configure(|cfg| {
            api::routes(&mut utoipa_actix_web::service_config::ServiceConfig::new(
                cfg,
            ))
        })
        .service(
            utoipa_swagger_ui::SwaggerUi::new(routes::API_DOCS).external_url_unchecked(
                routes::API_DOCUMENT,
                api::openapi::document().json.clone(),
            ),
        )
        .configure(routes::pages)
        .default_service(web::to(not_found))
}

/// A request body that could not be read, by what went wrong.
pub(crate) trait BodyError: std::fmt::Display {
    /// Larger than the server accepts.
    fn too_large(&self) -> bool;
}

impl BodyError for actix_web::error::PayloadError {
    fn too_large(&self) -> bool {
        matches!(self, actix_web::error::PayloadError::Overflow)
    }
}

impl BodyError for actix_web::error::JsonPayloadError {
    fn too_large(&self) -> bool {
        use actix_web::error::JsonPayloadError as E;
        match self {
            E::Overflow { .. } | E::OverflowKnownLength { .. } => true,
            E::Payload(p) => p.too_large(),
            _ => false,
        }
    }
}

impl BodyError for actix_web::error::UrlencodedError {
    fn too_large(&self) -> bool {
        use actix_web::error::UrlencodedError as E;
        match self {
            E::Overflow { .. } => true,
            E::Payload(p) => p.too_large(),
            _ => false,
        }
    }
}

/// What the `Bytes` extractor fails with: a payload error inside actix's error.
impl BodyError for actix_web::Error {
    fn too_large(&self) -> bool {
        self.as_error::<actix_web::error::PayloadError>()
            .is_some_and(BodyError::too_large)
    }
}

/// Too large bodies are 413; anything else unreadable is 400, in the style the path calls for.
pub(crate) fn bad_input(req: &HttpRequest, e: &impl BodyError) -> actix_web::Error {
    let message = e.to_string();
    if e.too_large() {
        let err = actix_web::error::InternalError::from_response(
            message,
            if error::wants_json(req.path()) {
                actix_web::HttpResponse::PayloadTooLarge()
                    .content_type(error::PROBLEM_JSON)
                    .json(serde_json::json!({
                        "type": "about:blank", "title": "Payload Too Large", "status": 413,
                        "detail": "the request body is larger than this server accepts",
                    }))
            } else {
                actix_web::HttpResponse::PayloadTooLarge()
                    .content_type("text/plain")
                    .body("The form is too large.")
            },
        );
        return err.into();
    }
    respond(
        req.path(),
        Error::BadRequest(Msg::new("err-body-unreadable").with("detail", message)),
    )
}

/// No route: a 404 in the style the path calls for (an error response, so `error::localize`
/// words it in the reader's language).
async fn not_found(req: HttpRequest) -> Result<actix_web::HttpResponse, actix_web::Error> {
    Err(respond(req.path(), Error::NotFound("page")))
}

/// The pages' content security policy: everything from this server, plus images from the map's
/// tile server when one is configured.
#[derive(Clone)]
struct ContentPolicy(HeaderValue);

impl ContentPolicy {
    fn for_settings(settings: &citybadges_app::config::Settings) -> Self {
        let policy = |images: &str| {
            format!(
                "default-src 'self'; img-src 'self' data:{images}; style-src 'self'; \
                 script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; \
                 frame-ancestors 'none'"
            )
        };
        let tiles = settings.map.tile_origin().map(|o| format!(" {o}"));
        // An origin is ASCII (`Url` writes hosts in punycode), so this cannot fail; were it to,
        // the strictest policy stands.
        let value = HeaderValue::from_str(&policy(tiles.as_deref().unwrap_or("")));
        ContentPolicy(value.unwrap_or(HeaderValue::from_static("default-src 'self'")))
    }
}

/// A strict policy for our pages; the vendored API docs page keeps its own inline setup script.
async fn content_security_policy(
    req: ServiceRequest,
    next: middleware::Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let docs = req.path().starts_with("/api/docs");
    let policy = req
        .app_data::<web::Data<ContentPolicy>>()
        .map(|p| p.0.clone());
    let mut res = next.call(req).await?;
    if let (false, Some(policy)) = (docs, policy) {
        res.headers_mut()
            .insert(header::CONTENT_SECURITY_POLICY, policy);
    }
    Ok(res)
}
