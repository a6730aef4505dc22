//! Verification for everyone (`POST /api/v1/verify`) and the W3C VC-API endpoints
//! (`POST /credentials/verify`, `POST /credentials/issue`).

use crate::error::{kinds, ApiError, Errors};
use crate::extract::client_key;
use crate::upload::{read_fields, text};
use actix_web::{post, web, HttpRequest, HttpResponse};
use citybadges_app::verifying::{Outcome, Report};
use citybadges_app::verifying::{VerifyInput, MAX_INPUT_BYTES};
use citybadges_app::{App, Error};
use citybadges_i18n::Msg;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::ToSchema;

/// What to verify, as JSON: exactly one of a credential or a URL to fetch it from.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(untagged)]
#[allow(dead_code)] // the document's shape: [`verify_input`] reads the one sent, saying what is wrong
pub enum VerifyRequest {
    Credential(VerifyCredential),
    Url(VerifyUrl),
}

/// Verify this credential.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct VerifyCredential {
    /// An Open Badges 3.0 (or any VC 2.0/1.1 Data Integrity) credential, as a JSON object.
    #[schema(value_type = Object)]
    pub credential: serde_json::Map<String, Value>,
    /// Also check that the badge was issued to this email address.
    pub recipient_email: Option<String>,
}

/// Verify what is at this URL.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct VerifyUrl {
    /// Where to fetch the credential or a baked PNG/SVG badge: an http(s) URL at a public
    /// address (private, loopback and link-local addresses are refused: 400), or one of this
    /// server's credential URLs.
    pub url: String,
    /// Also check that the badge was issued to this email address.
    pub recipient_email: Option<String>,
}

/// `POST /credentials/verify` (W3C VC-API): other members are ignored.
#[derive(ToSchema)]
#[allow(dead_code, non_snake_case)]
pub struct VcVerifyRequest {
    /// The credential to verify, as a JSON object.
    #[schema(value_type = Object)]
    verifiableCredential: Value,
    /// Verification options (none are read).
    options: Option<Value>,
}

/// `POST /credentials/issue` (W3C VC-API): other members are ignored.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct VcIssueRequest {
    /// The credential to sign, as a JSON object; its `issuer`, when given, must be the
    /// configured organization's issuer id (else 422).
    #[schema(value_type = Object)]
    credential: Value,
    /// Issuing options (none are read).
    options: Option<Value>,
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
            let not_a_request = |e: serde_json::Error| {
                Error::BadRequest(
                    Msg::new("err-not-a-verify-request").with("detail", e.to_string()),
                )
            };
            let members: serde_json::Map<String, Value> =
                crate::json::from_slice(body).map_err(not_a_request)?;
            return match (
                members.contains_key("credential"),
                members.contains_key("url"),
            ) {
                (true, false) => {
                    let r: VerifyCredential =
                        crate::json::from_slice(body).map_err(not_a_request)?;
                    let json = Value::Object(r.credential).to_string().into_bytes();
                    Ok((VerifyInput::Json(json), r.recipient_email))
                }
                (false, true) => {
                    let r: VerifyUrl = crate::json::from_slice(body).map_err(not_a_request)?;
                    Ok((VerifyInput::Url(r.url), r.recipient_email))
                }
                _ => Err(Error::BadRequest(Msg::new("err-verify-either"))),
            };
        }
        if body.is_empty() {
            return Err(Error::BadRequest(Msg::new("err-verify-empty")));
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
    Err(Error::BadRequest(Msg::new("err-verify-form-empty")))
}

/// Verify an Open Badges 3.0 credential from any issuer: JSON, a baked PNG or SVG, or a URL.
///
/// The answer is 200 with each check explained, whether or not the credential is valid. 400:
/// no credential could be read from the input or the URL (with why); 403: the URL could not be
/// fetched; 404: a URL of this server names nothing; 422: the credential is too complex to
/// check; 503: every verification slot stayed busy.
#[utoipa::path(
    tag = "verification",
    request_body(content = VerifyRequest, description = "JSON; or multipart/form-data with `file` (PNG, SVG or JSON), `url`, `credential`, `recipient_email`; or a raw image/png, image/svg+xml body"),
    responses(
        (status = 200, description = "The checks and their outcome", body = VerifyResponse),
        Errors<{ kinds::FORBIDDEN | kinds::NOT_FOUND | kinds::BODY | kinds::TOO_MANY_REQUESTS }>,
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

/// W3C VC-API: verify `{verifiableCredential, options}`.
///
/// 200 when valid, 422 with the failed checks when not.
#[utoipa::path(
    tag = "verification",
    request_body = VcVerifyRequest,
    responses(
        (status = 200, description = "Verified", body = Object),
        (status = 422, description = "Not valid: `errors` lists the failed checks; a credential too complex to check is a problem document",
            content((Object = "application/json"), (crate::error::Problem = "application/problem+json"))),
        Errors<{ kinds::PAYLOAD_TOO_LARGE | kinds::TOO_MANY_REQUESTS }>,
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

/// W3C VC-API: sign `{credential, options}` as the configured organization.
///
/// Off (404) unless `credentials.vc_api_token` and `credentials.vc_api_issuer` are set; for test
/// suites.
#[utoipa::path(
    tag = "verification",
    security(("bearer" = [])),
    request_body = VcIssueRequest,
    responses(
        (status = 201, description = "`{\"verifiableCredential\": {...}}`", body = Object),
        Errors<{ kinds::UNAUTHORIZED | kinds::NOT_FOUND | kinds::BODY }>,
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
