//! Every route of the server, each named once. The JSON API's routes are registered through
//! [`crate::api::routes`] (their paths are in the handlers' attributes, and the API document is
//! collected from the same registration); every other route is a row of the table below, from
//! which the router is built. [`all`] lists both, so tests enumerate what the router serves.

use crate::pages::*;
use crate::{assets, health};
use actix_web::http::Method;
use actix_web::web;

/// The browsable API docs and the document they read.
pub const API_DOCS: &str = "/api/docs/{_:.*}";
pub const API_DOCUMENT: &str = "/api/openapi.json";

/// `METHOD "pattern" => handler;` rows, in matching order: the router tries them top down.
macro_rules! page_routes {
    ($($method:ident $path:literal => $handler:path;)*) => {
        /// The routes outside the JSON API, as (method, pattern).
        const PAGES: &[(&str, &str)] = &[$((stringify!($method), $path)),*];

        /// Register the routes outside the JSON API.
        pub fn pages(cfg: &mut web::ServiceConfig) {
            $(page_routes!(@route cfg, $method, $path, $handler);)*
        }
    };
    (@route $cfg:ident, GET, $path:literal, $handler:path) => {
        $cfg.route($path, web::get().to($handler));
    };
    (@route $cfg:ident, POST, $path:literal, $handler:path) => {
        $cfg.route($path, web::post().to($handler));
    };
}

page_routes! {
    GET "/healthz" => health::healthz;
    GET "/readyz" => health::readyz;
    GET "/static/{path:.*}" => assets::file;

    GET "/" => catalog::home;
    GET "/activities" => catalog::activities;
    GET "/orgs" => catalog::organizations;
    GET "/orgs/{slug}" => catalog::organization;
    GET "/orgs/{org}/activities/{slug}" => catalog::activity;
    GET "/orgs/{org}/badges/{slug}" => catalog::badge;

    GET "/signup" => account::signup_form;
    POST "/signup" => account::signup;
    GET "/login" => account::login_form;
    POST "/login" => account::login;
    POST "/logout" => account::logout;
    GET "/verify-email" => account::verify_email;
    GET "/forgot-password" => account::forgot_form;
    POST "/forgot-password" => account::forgot;
    GET "/reset-password" => account::reset_form;
    POST "/reset-password" => account::reset;
    POST "/language" => language::choose;
    GET "/me" => account::me;
    POST "/me/password" => account::change_password;
    GET "/me/schedule" => enrolling::schedule;
    GET "/me/backpack" => backpack::backpack;
    POST "/me/profile" => sharing::set_public;
    GET "/u/{username}" => sharing::profile;
    POST "/me/enrollments/{id}/cancel" => enrolling::cancel;
    POST "/me/calendar" => enrolling::new_feed;
    POST "/me/calendar/off" => enrolling::end_feed;
    POST "/enrollments" => enrolling::enroll;
    POST "/me/saved" => saved::save;
    POST "/me/saved/remove" => saved::remove;
    GET "/sessions/{id}.ics" => enrolling::session_ics;
    GET "/calendar/{token}.ics" => enrolling::feed;
    POST "/me/guardian" => account::ask_guardian;
    GET "/me/export" => data_rights::my_export;
    GET "/me/mail" => mail_lists::settings;
    POST "/me/mail" => mail_lists::save;
    GET "/unsubscribe/{token}" => mail_lists::confirm;
    POST "/unsubscribe/{token}" => mail_lists::unsubscribe;
    POST "/me/delete" => data_rights::delete_mine;
    GET "/guardian/children/{id}/export" => data_rights::child_export;
    POST "/guardian/children/{id}/delete" => data_rights::delete_child;
    GET "/consent/{token}" => guardians::consent;
    POST "/consent/{token}" => guardians::answer;
    POST "/consent/{token}/account" => guardians::create_account;
    GET "/guardian" => guardians::guardian;
    POST "/guardian/requests/{id}" => guardians::answer_request;
    POST "/guardian/children/{id}/withdraw" => guardians::withdraw;

    GET "/manage/orgs/{slug}" => manage::dashboard;
    POST "/manage/orgs/{slug}/tokens" => manage::create_token;
    POST "/manage/orgs/{slug}/tokens/{id}/revoke" => manage::revoke_token;
    GET "/city/organizations" => manage::city_organizations;
    POST "/city/organizations/{slug}/status" => manage::set_status;
    GET "/dev/mail" => dev::mail;

    GET "/manage/orgs/{slug}/awards" => awards::awards;
    POST "/manage/orgs/{slug}/awards" => awards::award;
    POST "/manage/orgs/{slug}/awards/{id}/revoke" => awards::revoke;
    POST "/manage/orgs/{slug}/issuer-keys/rotate" => awards::rotate_key;

    GET "/verify" => verify::verify_form;
    POST "/verify" => verify::verify_submit;

    GET "/issuers/{slug}/did.json" => credentials::issuer_did;
    GET "/issuers/{slug}/keys/{key}" => credentials::issuer_key;
    GET "/issuers/{slug}/image.png" => credentials::issuer_image;
    GET "/issuers/{slug}" => credentials::issuer;
    // Suffixed routes first: `/credentials/{id}` would also match `….png`.
    GET "/credentials/{id}.png" => credentials::credential_png;
    GET "/credentials/{id}.svg" => credentials::credential_svg;
    GET "/credentials/{id}.json" => credentials::credential_json;
    GET "/credentials/{id}" => credentials::credential;
    GET "/ob2/assertions/{id}.png" => credentials::ob2_assertion_png;
    GET "/ob2/assertions/{id}" => credentials::ob2_assertion;
    GET "/ob2/badges/{id}" => credentials::ob2_badge;
    GET "/ob2/issuers/{slug}" => credentials::ob2_issuer;
    GET "/status-lists/{slug}/{number}" => credentials::status_list;
    GET "/badge-images/{id}.png" => credentials::badge_image;
}

/// Every route the server answers, as (method, pattern): the table above, the API document's
/// paths (made from the API's registration) and the API docs.
pub fn all() -> Vec<(Method, String)> {
    let mut out: Vec<(Method, String)> = PAGES
        .iter()
        .map(|(m, p)| {
            (
                Method::from_bytes(m.as_bytes()).unwrap_or(Method::GET),
                p.to_string(),
            )
        })
        .collect();
    out.extend(crate::api::openapi::document().operations());
    out.push((Method::GET, API_DOCUMENT.to_string()));
    out.push((Method::GET, API_DOCS.to_string()));
    out.sort_by(|a, b| (a.1.as_str(), a.0.as_str()).cmp(&(b.1.as_str(), b.0.as_str())));
    out
}
