//! Public credential documents: issuer profiles, credentials (JSON-LD, page, baked PNG/SVG),
//! Open Badges 2.0 hosted documents, status lists and badge images. Machines get JSON-LD when
//! they ask for JSON; people get pages.

use super::{filters, pages, render, Layout};
use crate::error::PageError;
use crate::extract::Viewer;
use actix_web::http::header::{self, HeaderValue};
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;
use citybadges_app::issuing::public::{HostedAssertion, IssuerProfile, PublicCredential};
use citybadges_app::App;
use citybadges_i18n::Msg;
use serde_json::Value;

/// Whether the client asked for JSON rather than a page (browsers ask for text/html).
pub fn wants_json_ld(req: &HttpRequest) -> bool {
    let accept = req
        .headers()
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    accept.contains("json") && !accept.contains("text/html")
}

/// A public JSON-LD document: readable from any origin (verifiers run in browsers too).
pub fn json_ld(content_type: &'static str, body: String, cache: &'static str) -> HttpResponse {
    HttpResponse::Ok()
        .content_type(content_type)
        .insert_header((header::ACCESS_CONTROL_ALLOW_ORIGIN, "*"))
        .insert_header((header::CACHE_CONTROL, cache))
        .body(body)
}

fn image(
    content_type: &'static str,
    body: impl actix_web::body::MessageBody + 'static,
) -> HttpResponse {
    let mut resp = HttpResponse::Ok()
        .content_type(content_type)
        .insert_header((header::ACCESS_CONTROL_ALLOW_ORIGIN, "*"))
        .insert_header((header::CACHE_CONTROL, "no-cache"))
        .body(body);
    // A baked SVG is served as an image file, never as a page that could run script.
    resp.headers_mut().insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'none'; style-src 'unsafe-inline'; sandbox"),
    );
    resp
}

const LD: &str = "application/ld+json";
const VC: &str = "application/vc+ld+json";
const SHORT_CACHE: &str = "public, max-age=300";

#[derive(Template)]
#[template(path = "issuer.html")]
struct IssuerPage {
    layout: Layout,
    p: IssuerProfile,
    json: String,
}

pub async fn issuer(
    app: web::Data<App>,
    req: HttpRequest,
    viewer: Viewer,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let p = app.issuer_profile(slug.into_inner()).await?;
    if wants_json_ld(&req) {
        return Ok(json_ld(LD, p.document.to_string(), SHORT_CACHE));
    }
    let layout = Layout::new(
        &app,
        &viewer,
        Msg::new("issuer-title").with("org", p.organization.name.clone()),
    )
    .await?;
    let json = serde_json::to_string_pretty(&p.document).unwrap_or_default();
    render(&IssuerPage { layout, p, json })
}

/// One signing key, answered at the `verificationMethod` id that proofs name.
pub async fn issuer_key(
    app: web::Data<App>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    let (slug, key) = path.into_inner();
    let doc = app.issuer_key_document(slug, key).await?;
    Ok(json_ld(LD, doc.to_string(), SHORT_CACHE))
}

pub async fn issuer_did(
    app: web::Data<App>,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let doc = app.issuer_did_document(slug.into_inner()).await?;
    Ok(json_ld(
        "application/did+ld+json",
        doc.to_string(),
        SHORT_CACHE,
    ))
}

#[derive(Template)]
#[template(path = "credential.html")]
struct CredentialPage {
    layout: Layout,
    c: PublicCredential,
    json: String,
}

pub async fn credential_png(
    app: web::Data<App>,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    Ok(image(
        "image/png",
        app.credential_png(id.into_inner()).await?,
    ))
}

pub async fn credential_svg(
    app: web::Data<App>,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    Ok(image(
        "image/svg+xml",
        app.credential_svg(id.into_inner()).await?,
    ))
}

pub async fn credential_json(
    app: web::Data<App>,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let c = app.public_credential(id.into_inner()).await?;
    let mut resp = json_ld(VC, c.document, "no-cache");
    resp.headers_mut().insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_static("attachment; filename=\"badge.json\""),
    );
    Ok(resp)
}

pub async fn credential(
    app: web::Data<App>,
    req: HttpRequest,
    viewer: Viewer,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let c = app.public_credential(id.into_inner()).await?;
    if wants_json_ld(&req) {
        return Ok(json_ld(VC, c.document, "no-cache"));
    }
    let json = serde_json::from_str::<Value>(&c.document)
        .and_then(|v| serde_json::to_string_pretty(&v))
        .unwrap_or_default();
    let layout = Layout::new(&app, &viewer, c.badge.name.clone()).await?;
    render(&CredentialPage { layout, c, json })
}

pub async fn ob2_assertion_png(
    app: web::Data<App>,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    Ok(image(
        "image/png",
        app.ob2_assertion_png(id.into_inner()).await?,
    ))
}

/// The hosted OB 2.0 assertion; a revoked one answers 410 Gone with `revoked: true`.
pub async fn ob2_assertion(
    app: web::Data<App>,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    Ok(match app.ob2_assertion(id.into_inner()).await? {
        HostedAssertion::Active(doc) => json_ld(LD, doc.to_string(), "no-cache"),
        HostedAssertion::Revoked(doc) => HttpResponse::Gone()
            .content_type(LD)
            .insert_header((header::ACCESS_CONTROL_ALLOW_ORIGIN, "*"))
            .body(doc.to_string()),
    })
}

pub async fn ob2_badge(
    app: web::Data<App>,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let doc = app.ob2_badge_class(id.into_inner()).await?;
    Ok(json_ld(LD, doc.to_string(), SHORT_CACHE))
}

pub async fn ob2_issuer(
    app: web::Data<App>,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let doc = app.ob2_issuer(slug.into_inner()).await?;
    Ok(json_ld(LD, doc.to_string(), SHORT_CACHE))
}

/// An issuer's signed revocation list; never cached, so revocations are seen at once.
pub async fn status_list(
    app: web::Data<App>,
    path: web::Path<(String, i32)>,
) -> Result<HttpResponse, PageError> {
    let (slug, number) = path.into_inner();
    let doc = app.status_list_document(slug, number).await?;
    Ok(json_ld(VC, doc, "no-cache"))
}

pub async fn issuer_image(
    app: web::Data<App>,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let png = app.issuer_image_png(slug.into_inner()).await?;
    let mut resp = image("image/png", png);
    resp.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=86400"),
    );
    Ok(resp)
}

pub async fn badge_image(
    app: web::Data<App>,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let png = app.badge_image_png(id.into_inner()).await?;
    let mut resp = image("image/png", png);
    resp.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=86400"),
    );
    Ok(resp)
}

pages!(IssuerPage, CredentialPage);
