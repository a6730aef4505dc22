//! The JSON API under `/api/v1`, documented by the OpenAPI document at `/api/openapi.json`.

pub mod awards;
pub mod backpack;
pub mod catalog;
pub mod data_rights;
pub mod enrolling;
pub mod openapi;
pub mod orgs;
pub mod rules;
pub mod search;
pub mod verify;

use utoipa_actix_web::service_config::ServiceConfig;

/// Every API route, registered once: the router and the API document ([`openapi::document`])
/// are both made from these `service` calls, each path written once, in its handler's attribute.
pub fn routes(cfg: &mut ServiceConfig) {
    cfg.service(search::search)
        .service(catalog::list_activities)
        .service(catalog::get_activity)
        .service(catalog::list_organizations)
        .service(catalog::get_organization)
        .service(catalog::get_badge)
        .service(catalog::city)
        .service(orgs::me)
        .service(backpack::my_backpack)
        .service(data_rights::my_export)
        .service(enrolling::list_enrollments)
        .service(enrolling::enroll)
        .service(enrolling::cancel_enrollment)
        .service(orgs::org_activities)
        .service(orgs::create_activity)
        .service(awards::create_awards)
        .service(awards::create_award)
        .service(awards::list_awards)
        .service(awards::get_award)
        .service(awards::revoke_award)
        .service(awards::list_issuer_keys)
        .service(awards::rotate_issuer_key)
        .service(verify::verify)
        .service(verify::vc_api_verify)
        .service(verify::vc_api_issue);
}
