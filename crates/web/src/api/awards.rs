//! Awarding badges for partners' integrations: award one or many, list, read, revoke; the
//! organization's signing keys.

use crate::error::{kinds, ApiError, Errors};
use crate::extract::ApiCaller;
use crate::json::Json;
use actix_web::http::header;
use actix_web::{get, post, web, HttpRequest, HttpResponse};
use citybadges_app::issuing::awards::{AwardInput, AwardView, BatchAwarded};
use citybadges_app::issuing::key_admin::IssuerKeyView;
use citybadges_app::views::PageOf;
use citybadges_app::App;
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

const IDEMPOTENCY_KEY: &str = "Idempotency-Key";

fn idempotency_key(req: &HttpRequest) -> Result<Option<String>, ApiError> {
    match req.headers().get(IDEMPOTENCY_KEY) {
        None => Ok(None),
        Some(v) => v.to_str().map(|s| Some(s.to_owned())).map_err(|_| {
            ApiError(citybadges_app::Error::BadRequest(
                citybadges_i18n::Msg::new("err-idempotency-ascii"),
            ))
        }),
    }
}

/// Award a badge to one person.
///
/// Send an `Idempotency-Key` header to retry safely: the same key with the same body returns the
/// award made the first time (200, `Idempotent-Replayed: true`). Beyond what the schema says:
/// `achievement` is a published badge of this organization, `recipient_user_id` an account's id
/// and `valid_until` in the future; otherwise 422.
#[utoipa::path(
    tag = "awards",
    security(("bearer" = []), ("session" = [])),
    params(
        ("slug" = String, Path, description = "Organization slug"),
        ("Idempotency-Key" = Option<String>, Header, description = "Makes retries safe: 1 to 255 visible ASCII characters (else 400)"),
    ),
    request_body = AwardInput,
    responses(
        (status = 201, description = "Awarded; the credential is signed and the recipient notified", body = AwardView,
            headers(("Location" = String, description = "The credential"))),
        (status = 200, description = "A retry of an earlier request with the same Idempotency-Key (`Idempotent-Replayed: true`)", body = AwardView,
            headers(("Location" = String, description = "The credential"))),
        Errors<{ kinds::CALLER | kinds::NOT_FOUND | kinds::CONFLICT | kinds::BODY }>,
    )
)]
#[post("/api/v1/orgs/{slug}/awards")]
pub async fn create_award(
    app: web::Data<App>,
    req: HttpRequest,
    caller: ApiCaller,
    slug: web::Path<String>,
    body: Json<AwardInput>,
) -> Result<HttpResponse, ApiError> {
    let key = idempotency_key(&req)?;
    let awarded = app
        .award(caller.0, slug.into_inner(), body.into_inner(), key)
        .await?;
    let mut resp = if awarded.replayed {
        let mut r = HttpResponse::Ok();
        r.insert_header(("Idempotent-Replayed", "true"));
        r
    } else {
        HttpResponse::Created()
    };
    Ok(resp
        .insert_header((header::LOCATION, awarded.award.links.credential.clone()))
        .json(awarded.award))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BatchInput {
    /// 1 to 10,000 awards, made together or not at all.
    pub awards: Vec<AwardInput>,
}

/// Award badges to up to 10,000 people at once (all or none).
///
/// With an `Idempotency-Key`, item `i` is keyed `<key>#<i>`, so a retried batch returns the same
/// awards. Each item is checked as `POST …/awards` checks one; a 422 names the items at fault.
#[utoipa::path(
    tag = "awards",
    security(("bearer" = []), ("session" = [])),
    params(
        ("slug" = String, Path, description = "Organization slug"),
        ("Idempotency-Key" = Option<String>, Header, description = "Makes retries safe: 1 to 255 visible ASCII characters (else 400)"),
    ),
    request_body = BatchInput,
    responses(
        (status = 201, description = "Awarded", body = BatchAwarded),
        Errors<{ kinds::CALLER | kinds::NOT_FOUND | kinds::CONFLICT | kinds::BODY }>,
    )
)]
#[post("/api/v1/orgs/{slug}/awards/batch")]
pub async fn create_awards(
    app: web::Data<App>,
    req: HttpRequest,
    caller: ApiCaller,
    slug: web::Path<String>,
    body: Json<BatchInput>,
) -> Result<HttpResponse, ApiError> {
    let key = idempotency_key(&req)?;
    let done = app
        .award_batch(caller.0, slug.into_inner(), body.into_inner().awards, key)
        .await?;
    Ok(HttpResponse::Created().json(done))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AwardsParams {
    /// issued or revoked; both when absent.
    pub status: Option<String>,
    /// Page number, from 1.
    pub page: Option<i64>,
    /// Items per page (default 20).
    pub per_page: Option<i64>,
}

/// The organization's awards, newest first.
#[utoipa::path(
    tag = "awards",
    security(("bearer" = []), ("session" = [])),
    params(("slug" = String, Path, description = "Organization slug"), AwardsParams),
    responses(
        (status = 200, description = "A page of awards", body = PageOf<AwardView>),
        Errors<{ kinds::CALLER | kinds::NOT_FOUND | kinds::UNPROCESSABLE }>,
    )
)]
#[get("/api/v1/orgs/{slug}/awards")]
pub async fn list_awards(
    app: web::Data<App>,
    caller: ApiCaller,
    slug: web::Path<String>,
    q: web::Query<AwardsParams>,
) -> Result<HttpResponse, ApiError> {
    let q = q.into_inner();
    let page = app
        .list_awards(caller.0, slug.into_inner(), q.status, q.page, q.per_page)
        .await?;
    Ok(HttpResponse::Ok().json(page))
}

/// One award of the organization.
#[utoipa::path(
    tag = "awards",
    security(("bearer" = []), ("session" = [])),
    params(("slug" = String, Path, description = "Organization slug"), ("id" = String, Path, description = "Award id")),
    responses(
        (status = 200, description = "The award", body = AwardView),
        Errors<{ kinds::CALLER | kinds::NOT_FOUND }>,
    )
)]
#[get("/api/v1/orgs/{slug}/awards/{id}")]
pub async fn get_award(
    app: web::Data<App>,
    caller: ApiCaller,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    let (slug, id) = path.into_inner();
    Ok(HttpResponse::Ok().json(app.award_detail(caller.0, slug, id).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RevokeInput {
    /// Why (1 to 500 characters); shown to verifiers of the OB 2.0 assertion.
    pub reason: String,
}

/// Revoke an award: its credential's bit in the issuer's status list is set at once.
#[utoipa::path(
    tag = "awards",
    security(("bearer" = []), ("session" = [])),
    params(("slug" = String, Path, description = "Organization slug"), ("id" = String, Path, description = "Award id")),
    request_body = RevokeInput,
    responses(
        (status = 200, description = "Revoked", body = AwardView),
        Errors<{ kinds::CALLER | kinds::NOT_FOUND | kinds::CONFLICT | kinds::BODY }>,
    )
)]
#[post("/api/v1/orgs/{slug}/awards/{id}/revoke")]
pub async fn revoke_award(
    app: web::Data<App>,
    caller: ApiCaller,
    path: web::Path<(String, String)>,
    body: Json<RevokeInput>,
) -> Result<HttpResponse, ApiError> {
    let (slug, id) = path.into_inner();
    let view = app
        .revoke_award(caller.0, slug, id, body.into_inner().reason)
        .await?;
    Ok(HttpResponse::Ok().json(view))
}

/// The organization's signing keys, newest first.
///
/// Which one signs new credentials, which are retired (still published, so what they signed keeps
/// verifying). Never a private key.
#[utoipa::path(
    tag = "awards",
    security(("bearer" = []), ("session" = [])),
    params(("slug" = String, Path, description = "Organization slug")),
    responses(
        (status = 200, description = "Published keys, newest first (none before the first award)", body = [IssuerKeyView]),
        Errors<{ kinds::CALLER | kinds::NOT_FOUND }>,
    )
)]
#[get("/api/v1/orgs/{slug}/issuer-keys")]
pub async fn list_issuer_keys(
    app: web::Data<App>,
    caller: ApiCaller,
    slug: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(app.issuer_keys(caller.0, slug.into_inner()).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RotateKeyInput {
    /// Why (up to 500 characters), kept in the organization's audit log.
    #[serde(default)]
    pub reason: Option<String>,
}

/// Rotate the signing key.
///
/// The active key is retired (it stays in the issuer profile) and a new one signs from now on.
/// Organization admins only, signed in; API tokens cannot rotate keys. The body is a JSON object
/// (`{}` at least), so browsers never send it from another site's form.
#[utoipa::path(
    tag = "awards",
    security(("session" = [])),
    params(("slug" = String, Path, description = "Organization slug")),
    request_body = RotateKeyInput,
    responses(
        (status = 201, description = "The new active key", body = IssuerKeyView),
        Errors<{ kinds::CALLER | kinds::NOT_FOUND | kinds::BODY }>,
    )
)]
#[post("/api/v1/orgs/{slug}/issuer-keys/rotate")]
pub async fn rotate_issuer_key(
    app: web::Data<App>,
    caller: ApiCaller,
    slug: web::Path<String>,
    body: Json<RotateKeyInput>,
) -> Result<HttpResponse, ApiError> {
    let reason = body.into_inner().reason;
    let key = app
        .rotate_issuer_key(caller.0, slug.into_inner(), reason)
        .await?;
    Ok(HttpResponse::Created().json(key))
}
