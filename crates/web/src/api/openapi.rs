//! The OpenAPI 3.1 document of every API route, built once: the paths come from the routes'
//! registration ([`super::routes`], the same the router is made of), the derives describe each
//! route and value, [`crate::error::ERROR_KINDS`] the error answers, [`super::rules`] what the server
//! checks of each value. The same document tells the router which methods each documented path
//! has ([`Document::allowed`]), so the two cannot disagree.

use actix_web::http::Method;
use serde_json::Value;
use utoipa::openapi::security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};
use utoipa_actix_web::AppExt;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "CityBadges API",
        description = "Activities, organizations and badges of a city's learning network.\n\n\
            Errors are `application/problem+json` documents (`Problem`) with a readable `detail` \
            and, for invalid values, per-field `errors`. One status means one kind of error on \
            every route: 400 the request cannot be read (a body that is not a JSON object of the \
            documented shape, a parameter that does not parse, a malformed header, a control \
            character in any text), 422 it can be read but a value is not acceptable (out of \
            range, not one of the allowed values, naming nothing that exists, missing the value \
            it needs). A documented path asked with a method it does not have answers 405 with \
            `Allow`. Text anywhere in a request may not hold control characters other than tab \
            and line breaks, nor names and titles bidirectional controls (the `pattern` of each \
            string says so)."
    ),
    components(schemas(
        crate::error::Problem,
        crate::error::FieldProblem,
        super::verify::VerifyCredential,
        super::verify::VerifyUrl,
    )),
    modifiers(&Security),
    tags(
        (name = "catalog", description = "Public, city-wide catalog"),
        (name = "account", description = "The caller"),
        (name = "enrolling", description = "A youth's own enrollments in sessions, with the waitlist"),
        (name = "organization", description = "An organization's private side, for its staff and integrations"),
        (name = "awards", description = "Awarding badges as signed Open Badges 3.0 credentials, revoking them, and the signing keys"),
        (name = "verification", description = "Verifying credentials from any issuer; W3C VC-API endpoints"),
    )
)]
pub struct ApiDoc;

struct Security;

impl Modify for Security {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some(
                        "An organization's API token (`citybadges token create`)",
                    ))
                    .build(),
            ),
        );
        components.add_security_scheme(
            "session",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::new("cb_session"))),
        );
    }
}

/// The document as served, and the paths it documents with their methods.
pub struct Document {
    pub json: Value,
    routes: Vec<(Vec<Segment>, Vec<Method>)>,
}

enum Segment {
    Literal(String),
    Param,
}

/// The document, built once; served at `/api/openapi.json` with the browsable docs at `/api/docs/`.
pub fn document() -> &'static Document {
    static DOC: std::sync::OnceLock<Document> = std::sync::OnceLock::new();
    DOC.get_or_init(build)
}

fn build() -> Document {
    let (_, registered) = actix_web::App::new()
        .into_utoipa_app()
        .openapi(ApiDoc::openapi())
        .configure(super::routes)
        .split_for_parts();
    let mut json = serde_json::to_value(registered).expect("the document serializes");
    json["components"]["responses"] = Value::Object(crate::error::response_components());
    super::rules::apply(&mut json);
    super::rules::state_text_rule(&mut json);
    let routes = json["paths"]
        .as_object()
        .expect("paths")
        .iter()
        .map(|(path, item)| {
            let segments = path
                .split('/')
                .map(|s| {
                    if s.starts_with('{') && s.ends_with('}') {
                        Segment::Param
                    } else {
                        Segment::Literal(s.to_owned())
                    }
                })
                .collect();
            let methods = item
                .as_object()
                .into_iter()
                .flat_map(|m| m.keys())
                .filter_map(|m| Method::from_bytes(m.to_ascii_uppercase().as_bytes()).ok())
                .collect();
            (segments, methods)
        })
        .collect();
    Document { json, routes }
}

impl Document {
    /// Every (method, path) the document describes.
    pub fn operations(&self) -> Vec<(Method, String)> {
        let paths = self.json["paths"].as_object().into_iter().flatten();
        paths
            .flat_map(|(path, item)| {
                let methods = item.as_object().into_iter().flat_map(|m| m.keys());
                methods
                    .filter_map(|m| Method::from_bytes(m.to_ascii_uppercase().as_bytes()).ok())
                    .map(|m| (m, path.clone()))
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    /// The methods a request path has when it is one the document describes (`HEAD` wherever
    /// `GET` is: it is answered as `GET` without a body), else `None`. Several documented paths
    /// may match one request path (`…/awards/batch` and `…/awards/{id}`): all their methods.
    pub fn allowed(&self, path: &str) -> Option<Vec<Method>> {
        let parts: Vec<&str> = path.split('/').collect();
        let mut out: Vec<Method> = Vec::new();
        let mut matched = false;
        for (segments, methods) in &self.routes {
            let fits = segments.len() == parts.len()
                && segments.iter().zip(&parts).all(|(s, p)| match s {
                    Segment::Literal(l) => l == p,
                    Segment::Param => !p.is_empty(),
                });
            if fits {
                matched = true;
                for m in methods {
                    if !out.contains(m) {
                        out.push(m.clone());
                    }
                }
            }
        }
        if out.contains(&Method::GET) && !out.contains(&Method::HEAD) {
            out.push(Method::HEAD);
        }
        matched.then_some(out)
    }
}
