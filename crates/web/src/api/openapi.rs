//! The OpenAPI 3 document of every `/api/v1` route.

use utoipa::openapi::security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

#[derive(OpenApi)]
#[openapi(
    info(title = "CityBadges API", description = "Activities, organizations and badges of a city's learning network."),
    paths(
        super::search::search,
        super::catalog::list_activities,
        super::catalog::get_activity,
        super::catalog::list_organizations,
        super::catalog::get_organization,
        super::catalog::get_badge,
        super::catalog::city,
        super::orgs::me,
        super::orgs::org_activities,
        super::orgs::create_activity,
        super::awards::create_award,
        super::awards::create_awards,
        super::awards::list_awards,
        super::awards::get_award,
        super::awards::revoke_award,
        super::awards::list_issuer_keys,
        super::awards::rotate_issuer_key,
        super::verify::verify,
        super::verify::vc_api_verify,
        super::verify::vc_api_issue,
    ),
    components(schemas(crate::error::Problem, crate::error::FieldProblem)),
    modifiers(&Security),
    tags(
        (name = "catalog", description = "Public, city-wide catalog"),
        (name = "account", description = "The caller"),
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

impl ApiDoc {
    /// The document, built once; served at `/api/openapi.json` with the browsable docs at `/api/docs/`.
    pub fn openapi_doc() -> utoipa::openapi::OpenApi {
        static DOC: std::sync::OnceLock<utoipa::openapi::OpenApi> = std::sync::OnceLock::new();
        DOC.get_or_init(ApiDoc::openapi).clone()
    }
}
