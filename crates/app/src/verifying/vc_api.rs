//! The W3C VC-API endpoints, for interoperability test suites: `POST /credentials/verify` for
//! everyone, and `POST /credentials/issue`, which is off unless a bearer token and an issuing
//! organization are configured.

use super::VerifyInput;
use crate::context::App;
use crate::error::{Error, Result};
use crate::issuing::{documents, keys};
use citybadges_credentials::data_model;
use citybadges_credentials::proof::{self, ProofOptions};
use citybadges_credentials::verify::{Outcome, Report};
use citybadges_i18n::Msg;
use serde::Serialize;
use serde_json::Value;

/// The VC-API verification result.
#[derive(Debug, Clone, Serialize)]
pub struct VcApiVerification {
    pub verified: bool,
    /// Checks that passed.
    pub checks: Vec<String>,
    pub warnings: Vec<String>,
    /// Checks that failed, with why.
    pub errors: Vec<String>,
}

impl From<&Report> for VcApiVerification {
    fn from(report: &Report) -> Self {
        let named = |outcome: Outcome| report.checks.iter().filter(move |c| c.outcome == outcome);
        VcApiVerification {
            verified: report.verified,
            checks: named(Outcome::Passed).map(|c| c.check.to_owned()).collect(),
            warnings: named(Outcome::Skipped)
                .map(|c| format!("{}: {}", c.check, c.detail))
                .collect(),
            errors: named(Outcome::Failed)
                .map(|c| format!("{}: {}", c.check, c.detail))
                .collect(),
        }
    }
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

impl App {
    /// `POST /credentials/verify`: `{verifiableCredential, options}`.
    pub async fn vc_api_verify(&self, body: Vec<u8>) -> Result<VcApiVerification> {
        let json: Value = serde_json::from_slice(&body).map_err(|e| {
            Error::BadRequest(Msg::new("err-body-not-json").with("detail", e.to_string()))
        })?;
        if !json["verifiableCredential"].is_object() {
            return Err(Error::BadRequest(Msg::new("err-body-needs-vc")));
        }
        let verified = self.verify(VerifyInput::Json(body), None).await?;
        Ok(VcApiVerification::from(&verified.report))
    }

    /// Whether `POST /credentials/issue` is turned on.
    pub fn vc_api_issue_enabled(&self) -> bool {
        !self.settings().credentials.vc_api_token.trim().is_empty()
    }

    /// `POST /credentials/issue`: signs `{credential, options}` as the configured organization.
    pub async fn vc_api_issue(&self, bearer: Option<String>, body: Vec<u8>) -> Result<Value> {
        let settings = &self.settings().credentials;
        if !self.vc_api_issue_enabled() {
            return Err(Error::NotFound("vc-api-issuing"));
        }
        let presented = bearer.unwrap_or_default();
        if !constant_time_eq(
            presented.as_bytes(),
            settings.vc_api_token.trim().as_bytes(),
        ) {
            return Err(Error::Unauthenticated);
        }
        let json: Value = serde_json::from_slice(&body).map_err(|e| {
            Error::BadRequest(Msg::new("err-body-not-json").with("detail", e.to_string()))
        })?;
        let Some(credential) = json.get("credential").filter(|c| c.is_object()).cloned() else {
            return Err(Error::BadRequest(Msg::new("err-body-needs-credential")));
        };
        // Which dates to fill in depends on the version; the whole check follows the defaults.
        let version = data_model::version_of(&credential).unwrap_or(data_model::Version::V2_0);
        let slug = settings.vc_api_issuer.trim().to_owned();
        let app = self.clone();
        self.db(move |conn| {
            let org = citybadges_store::repo::orgs::by_slug(conn, &slug)?
                .ok_or(Error::NotFound("vc-api-issuer"))?;
            let issuer_id = documents::issuer(&app.urls(), &org).id;
            let mut credential = credential;
            let named = credential["issuer"]
                .as_str()
                .or_else(|| credential["issuer"]["id"].as_str())
                .map(str::to_owned);
            match named {
                Some(id) if id != issuer_id => {
                    return Err(Error::invalid(
                        "credential.issuer",
                        Msg::new("err-issues-as").with("issuer", issuer_id.as_str()),
                    ))
                }
                Some(_) => {}
                // Filled in only when absent: an explicit null is an error the check reports.
                None if credential.get("issuer").is_none() => {
                    credential["issuer"] = Value::from(issuer_id.clone())
                }
                None => {}
            }
            if credential.get("id").is_none() {
                credential["id"] = Value::from(format!("urn:uuid:{}", uuid::Uuid::new_v4()));
            }
            let now = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string();
            let issued = match version {
                data_model::Version::V2_0 => "validFrom",
                data_model::Version::V1_1 => "issuanceDate",
            };
            if credential.get(issued).is_none() {
                credential[issued] = Value::from(now.clone());
            }
            // What is signed must be a credential every conforming verifier reads: refuse what
            // the data model forbids, with every reason, before the key signs.
            data_model::check(&credential).map_err(|problems| {
                Error::BadRequest(Msg::new("err-not-a-vc").with("detail", problems.join("; ")))
            })?;
            let credential = data_model::with_proof_context(credential, version);
            let signer = keys::signer(conn, app.master_key(), org.id)?;
            let options =
                ProofOptions::assertion(app.urls().issuer_key(&org.slug, &signer.key_id), now);
            proof::sign(&credential, &signer.key, &options).map_err(|e| {
                Error::invalid(
                    "credential",
                    Msg::new("err-detail").with("detail", e.to_string()),
                )
            })
        })
        .await
    }
}
