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
pub mod upload;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceFactory, ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderValue};
use actix_web::middleware::{self, DefaultHeaders};
use actix_web::{web, HttpRequest};
use citybadges_app::{App, Error};
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
    actix_web::App::new()
        .app_data(web::Data::new(proxies))
        .app_data(web::Data::new(app))
        .app_data(
            web::JsonConfig::default()
                .limit(limit)
                .error_handler(|e, req| bad_input(req, e.to_string(), &e)),
        )
        .app_data(
            web::FormConfig::default()
                .limit(limit)
                .error_handler(|e, req| bad_input(req, e.to_string(), &e)),
        )
        .app_data(web::PayloadConfig::default().limit(limit))
        .app_data(web::QueryConfig::default().error_handler(|e, req| {
            respond(
                req.path(),
                Error::BadRequest(format!("the query string is not valid: {e}")),
            )
        }))
        .app_data(web::PathConfig::default().error_handler(|e, req| {
            respond(
                req.path(),
                Error::BadRequest(format!("the address is not valid: {e}")),
            )
        }))
        .wrap(middleware::from_fn(boundary::documented_methods))
        .wrap(middleware::from_fn(boundary::refuse_forbidden_characters))
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
        .service(health::healthz)
        .service(health::readyz)
        .service(assets::file)
        .configure(api::routes)
        .service(
            utoipa_swagger_ui::SwaggerUi::new("/api/docs/{_:.*}")
                .external_url_unchecked("/api/openapi.json", api::openapi::document().json.clone()),
        )
        .configure(page_routes)
        .default_service(web::to(not_found))
}

fn page_routes(cfg: &mut web::ServiceConfig) {
    use pages::*;
    cfg.service(catalog::home)
        .service(catalog::activities)
        .service(catalog::organizations)
        .service(catalog::organization)
        .service(catalog::activity)
        .service(catalog::badge)
        .service(account::signup_form)
        .service(account::signup)
        .service(account::login_form)
        .service(account::login)
        .service(account::logout)
        .service(account::verify_email)
        .service(account::forgot_form)
        .service(account::forgot)
        .service(account::reset_form)
        .service(account::reset)
        .service(account::me)
        .service(account::change_password)
        .service(manage::dashboard)
        .service(manage::create_token)
        .service(manage::revoke_token)
        .service(manage::city_organizations)
        .service(manage::set_status)
        .service(dev::mail)
        .service(awards::awards)
        .service(awards::award)
        .service(awards::revoke)
        .service(awards::rotate_key)
        .service(verify::verify_form)
        .service(verify::verify_submit)
        .service(credentials::issuer_did)
        .service(credentials::issuer_key)
        .service(credentials::issuer_image)
        .service(credentials::issuer)
        // Suffixed routes first: `/credentials/{id}` would also match `….png`.
        .service(credentials::credential_png)
        .service(credentials::credential_svg)
        .service(credentials::credential_json)
        .service(credentials::credential)
        .service(credentials::ob2_assertion_png)
        .service(credentials::ob2_assertion)
        .service(credentials::ob2_badge)
        .service(credentials::ob2_issuer)
        .service(credentials::status_list)
        .service(credentials::badge_image);
}

/// Too large bodies are 413; anything else unreadable is 400, in the style the path calls for.
pub(crate) fn bad_input(
    req: &HttpRequest,
    message: String,
    e: &dyn std::fmt::Debug,
) -> actix_web::Error {
    let text = format!("{e:?}");
    if text.contains("Overflow") || text.contains("too large") {
        let err = actix_web::error::InternalError::from_response(
            message.clone(),
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
        Error::BadRequest(format!("the request body could not be read: {message}")),
    )
}

async fn not_found(req: HttpRequest) -> actix_web::HttpResponse {
    let e = Error::NotFound("page");
    if error::wants_json(req.path()) {
        error::problem_response(&e)
    } else {
        error::page_response(&e)
    }
}

/// A strict policy for our pages; the vendored API docs page keeps its own inline setup script.
async fn content_security_policy(
    req: ServiceRequest,
    next: middleware::Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let docs = req.path().starts_with("/api/docs");
    let mut res = next.call(req).await?;
    if !docs {
        res.headers_mut().insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(
                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; \
                 object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
            ),
        );
    }
    Ok(res)
}
