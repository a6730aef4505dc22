//! Verification for everyone (`POST /api/v1/verify`) and the W3C VC-API endpoints
//! (`POST /credentials/verify`, `POST /credentials/issue`).

use crate::error::ApiError;
use crate::extract::client_key;
use crate::upload::{read_fields, text};
use actix_web::{post, web, HttpRequest, HttpResponse};
use citybadges_app::verifying::{Outcome, Report};
use citybadges_app::verifying::{VerifyInput, MAX_INPUT_BYTES};
use citybadges_app::{App, Error};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::ToSchema;

/// What to verify, as JSON: a credential or a URL to fetch it from.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct VerifyRequest {
    /// An Open Badges 3.0 credential (JSON object).
    #[schema(value_type = Object)]
    pub credential: Option<Value>,
    /// Where to fetch the credential or a baked PNG/SVG badge.
    pub url: Option<String>,
    /// Also check that the badge was issued to this email address.
    pub recipient_email: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CheckView {
    /// format, schema, proof, issuer, dates, status or recipient
    pub check: String,
    /// What the check means, in plain words.
    pub title: String,
    /// passed, failed or skipped
    pub outcome: String,
    pub detail: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct VerifyResponse {
    /// True when every check passed (skipped ones aside).
    pub verified: bool,
    /// Whether the issuer's status list marks it revoked (absent: no status to check).
    pub revoked: Option<bool>,
    pub checks: Vec<CheckView>,
    /// What the credential claims (trust it only when `verified`).
    #[schema(value_type = Object)]
    pub credential: Value,
}

pub fn response_of(report: &Report) -> VerifyResponse {
    VerifyResponse {
        verified: report.verified,
        revoked: report.revoked,
        checks: report
            .checks
            .iter()
            .map(|c| CheckView {
                check: c.check.into(),
                title: c.title.into(),
                outcome: match c.outcome {
                    Outcome::Passed => "passed",
                    Outcome::Failed => "failed",
                    Outcome::Skipped => "skipped",
                }
                .into(),
                detail: c.detail.clone(),
            })
            .collect(),
        credential: serde_json::to_value(&report.credential).unwrap_or_default(),
    }
}

/// The input of a verify request: JSON (`VerifyRequest`), a multipart form (`file`, `url`,
/// `credential`, `recipient_email`) or a raw PNG/SVG/JSON body.
pub async fn verify_input(
    req: &HttpRequest,
    payload: web::Payload,
) -> Result<(VerifyInput, Option<String>), Error> {
    let fields = read_fields(req, payload, MAX_INPUT_BYTES + 64 * 1024).await?;
    if let Some(body) = fields.get("") {
        let is_json = req
            .headers()
            .get(actix_web::http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.contains("json"));
        if is_json {
            let request: VerifyRequest = serde_json::from_slice(body)
                .map_err(|e| Error::BadRequest(format!("the body is not a verify request: {e}")))?;
            let email = request.recipient_email;
            return match (request.credential, request.url) {
                (Some(c), None) => Ok((VerifyInput::Json(c.to_string().into_bytes()), email)),
                (None, Some(url)) => Ok((VerifyInput::Url(url), email)),
                _ => Err(Error::BadRequest(
                    "send either `credential` or `url`".into(),
                )),
            };
        }
        if body.is_empty() {
            return Err(Error::BadRequest(
                "send a credential, an image or a URL".into(),
            ));
        }
        return Ok((VerifyInput::File(body.clone()), None));
    }
    let email = text(&fields, "recipient_email");
    if let Some(file) = fields.get("file").filter(|f| !f.is_empty()) {
        return Ok((VerifyInput::File(file.clone()), email));
    }
    if let Some(json) = text(&fields, "credential") {
        return Ok((VerifyInput::Json(json.into_bytes()), email));
    }
    if let Some(url) = text(&fields, "url") {
        return Ok((VerifyInput::Url(url), email));
    }
    Err(Error::BadRequest(
        "choose a badge file, paste a credential or give its URL".into(),
    ))
}

/// Verify an Open Badges 3.0 credential from any issuer: JSON, a baked PNG or SVG, or a URL.
/// The answer is 200 with each check explained, whether or not the credential is valid.
#[utoipa::path(
    post, path = "/api/v1/verify", tag = "verification",
    request_body(content = VerifyRequest, description = "JSON; or multipart/form-data with `file` (PNG, SVG or JSON), `url`, `credential`, `recipient_email`; or a raw image/png, image/svg+xml body"),
    responses(
        (status = 200, description = "The checks and their outcome", body = VerifyResponse),
        (status = 400, description = "No credential could be read from the input (with why)", body = crate::error::Problem),
        (status = 403, description = "The URL could not be fetched", body = crate::error::Problem),
        (status = 429, description = "Too many verifications from this address", body = crate::error::Problem),
    )
)]
#[post("/api/v1/verify")]
pub async fn verify(
    app: web::Data<App>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    app.check_verify_rate(&client_key(&req)).await?;
    let (input, email) = verify_input(&req, payload).await?;
    let verified = app.verify(input, email).await?;
    Ok(HttpResponse::Ok().json(response_of(&verified.report)))
}

/// W3C VC-API: verify `{verifiableCredential, options}`; 200 when valid, 422 with the failed
/// checks when not.
#[utoipa::path(
    post, path = "/credentials/verify", tag = "verification",
    request_body(content = Object, description = "`{\"verifiableCredential\": {...}, \"options\": {}}`"),
    responses(
        (status = 200, description = "Verified", body = Object),
        (status = 400, description = "Not a VC-API verify request", body = crate::error::Problem),
        (status = 422, description = "Not valid: `errors` lists the failed checks", body = Object),
    )
)]
#[post("/credentials/verify")]
pub async fn vc_api_verify(
    app: web::Data<App>,
    req: HttpRequest,
    body: web::Bytes,
) -> Result<HttpResponse, ApiError> {
    app.check_verify_rate(&client_key(&req)).await?;
    let result = app.vc_api_verify(body.to_vec()).await?;
    Ok(if result.verified {
        HttpResponse::Ok().json(result)
    } else {
        HttpResponse::UnprocessableEntity().json(result)
    })
}

/// W3C VC-API: sign `{credential, options}` as the configured organization. Off (404) unless
/// `credentials.vc_api_token` and `credentials.vc_api_issuer` are set; for test suites.
#[utoipa::path(
    post, path = "/credentials/issue", tag = "verification",
    security(("bearer" = [])),
    request_body(content = Object, description = "`{\"credential\": {...}, \"options\": {}}`"),
    responses(
        (status = 201, description = "`{\"verifiableCredential\": {...}}`", body = Object),
        (status = 400, description = "Not a VC-API issue request", body = crate::error::Problem),
        (status = 401, description = "Wrong or missing bearer token", body = crate::error::Problem),
        (status = 404, description = "Issuing is not enabled on this server", body = crate::error::Problem),
        (status = 422, description = "The credential cannot be signed as is (with why)", body = crate::error::Problem),
    )
)]
#[post("/credentials/issue")]
pub async fn vc_api_issue(
    app: web::Data<App>,
    req: HttpRequest,
    body: web::Bytes,
) -> Result<HttpResponse, ApiError> {
    let bearer = req
        .headers()
        .get(actix_web::http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(|t| t.trim().to_owned());
    let signed = app.vc_api_issue(bearer, body.to_vec()).await?;
    Ok(HttpResponse::Created().json(serde_json::json!({ "verifiableCredential": signed })))
}
