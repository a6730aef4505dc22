//! Verifying badges for anyone: a credential given as JSON, a baked PNG or SVG, or a URL. The
//! checks themselves live in `citybadges_credentials::verify`; this module decodes the input and
//! resolves the documents the checks need (ours from the database, others' over guarded HTTP).

pub mod fetch;
pub mod vc_api;

use crate::context::App;
use crate::error::{Error, Result};
use crate::issuing::public::is_local;
use citybadges_credentials::bake::{self, PngKeyword};
use citybadges_credentials::verify::{
    verify_credential, DocumentResolver, ResolveError, VerifyError, VerifyOptions,
};
use citybadges_i18n::Msg;
use fetch::{FetchError, Fetcher};

/// The verification report types, for the web layer.
pub use citybadges_credentials::verify::{Check, Outcome, Report, Summary};
use serde_json::Value;
use std::time::Duration;

/// Largest credential or image accepted for verification.
pub const MAX_INPUT_BYTES: usize = 2 * 1024 * 1024;

/// What a person or program hands in to be verified.
#[derive(Debug, Clone)]
pub enum VerifyInput {
    /// Credential JSON (or `{"verifiableCredential": …}`).
    Json(Vec<u8>),
    /// An uploaded file: a baked PNG or SVG, or JSON.
    File(Vec<u8>),
    /// Where to fetch the credential or baked image.
    Url(String),
}

#[derive(Debug, Clone)]
pub struct Verified {
    pub report: Report,
    /// Where the credential came from, in words ("a PNG image", "https://…").
    pub source: String,
    /// The credential that was checked, pretty-printed.
    pub credential: String,
}

/// Answers document requests for the verifier.
struct Resolver {
    app: App,
    fetcher: Fetcher,
}

/// How long a verification waits for a free slot before the caller is asked to retry.
const VERIFY_QUEUE_WAIT: Duration = Duration::from_secs(5);

const ACCEPT_JSON: &str =
    "application/ld+json, application/vc+ld+json, application/did+json, application/json;q=0.9";

#[async_trait::async_trait]
impl DocumentResolver for Resolver {
    async fn resolve(&self, url: &str) -> std::result::Result<Value, ResolveError> {
        if is_local(&self.app.urls(), url) {
            return self
                .app
                .local_document(url)
                .await
                .map_err(|e| ResolveError(e.to_string()));
        }
        let fetched = self
            .fetcher
            .get(url, ACCEPT_JSON)
            .await
            .map_err(|e| ResolveError(e.to_string()))?;
        serde_json::from_slice(&fetched.bytes)
            .map_err(|e| ResolveError(format!("{url} did not answer JSON: {e}")))
    }
}

/// The credential inside whatever was handed in.
fn credential_from_bytes(bytes: &[u8]) -> Result<(Value, &'static str)> {
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(Error::BadRequest(
            Msg::new("err-file-too-large").with("mib", MAX_INPUT_BYTES / (1024 * 1024)),
        ));
    }
    if bytes.starts_with(&[0x89, b'P', b'N', b'G']) {
        let baked = bake::extract_png(bytes, MAX_INPUT_BYTES)
            .map_err(|e| {
                Error::BadRequest(Msg::new("err-png-unreadable").with("detail", e.to_string()))
            })?
            .ok_or_else(|| Error::BadRequest(Msg::new("err-png-no-badge")))?;
        return Ok((baked_json(&baked)?, "a baked PNG image"));
    }
    let text = std::str::from_utf8(bytes)
        .map_err(|_| Error::BadRequest(Msg::new("err-not-png-svg-json")))?
        .trim_start_matches('\u{feff}')
        .trim_start();
    if text.starts_with('<') {
        let baked = bake::extract_svg(text, MAX_INPUT_BYTES)
            .map_err(|e| {
                Error::BadRequest(Msg::new("err-svg-unreadable").with("detail", e.to_string()))
            })?
            .ok_or_else(|| Error::BadRequest(Msg::new("err-svg-no-badge")))?;
        if let Some(script) = &baked.script {
            return Err(Error::BadRequest(
                Msg::new("err-svg-script").with("script", script.as_str()),
            ));
        }
        return Ok((baked_json(&baked)?, "a baked SVG image"));
    }
    let json: Value = serde_json::from_str(text)
        .map_err(|e| Error::BadRequest(Msg::new("err-not-json").with("detail", e.to_string())))?;
    Ok((unwrap_presentation(json), "JSON"))
}

fn baked_json(baked: &bake::Baked) -> Result<Value> {
    if baked.keyword == PngKeyword::OpenBadges {
        return Err(Error::BadRequest(Msg::new("err-ob2-badge")));
    }
    let text = baked.text.trim();
    if !text.starts_with('{') {
        return Err(Error::BadRequest(Msg::new("err-jwt-credential")));
    }
    serde_json::from_str(text).map_err(|e| {
        Error::BadRequest(Msg::new("err-baked-not-json").with("detail", e.to_string()))
    })
}

/// `{"verifiableCredential": …}` (VC-API style) or the credential itself.
fn unwrap_presentation(json: Value) -> Value {
    match json {
        Value::Object(mut map) if map.contains_key("verifiableCredential") => {
            map.remove("verifiableCredential").unwrap_or(Value::Null)
        }
        other => other,
    }
}

impl App {
    /// Verifications per client address are limited: each may make the server fetch documents.
    pub async fn check_verify_rate(&self, client: &str) -> Result<()> {
        let client = client.to_owned();
        self.blocking(move |app| {
            crate::ratelimit::hit(
                app.kv(),
                crate::ratelimit::Limit {
                    name: "verify",
                    max: app.settings().rate_limits.verify_per_minute,
                    window: Duration::from_secs(60),
                },
                &client,
            )
        })
        .await
    }

    fn fetcher(&self) -> Fetcher {
        let c = &self.settings().credentials;
        Fetcher {
            timeout: Duration::from_secs(c.fetch_timeout_secs),
            max_bytes: c.fetch_max_bytes.max(MAX_INPUT_BYTES),
            allow_private: c.fetch_allow_private,
        }
    }

    fn resolver(&self) -> Resolver {
        Resolver {
            app: self.clone(),
            fetcher: self.fetcher(),
        }
    }

    /// Verify a credential and explain each check. Errors only for input that holds no credential.
    pub async fn verify(
        &self,
        input: VerifyInput,
        recipient_email: Option<String>,
    ) -> Result<Verified> {
        let (credential, source) = match input {
            VerifyInput::Json(bytes) => {
                let (c, s) = credential_from_bytes(&bytes)?;
                (c, s.to_owned())
            }
            VerifyInput::File(bytes) => {
                let (c, s) = credential_from_bytes(&bytes)?;
                (c, s.to_owned())
            }
            VerifyInput::Url(url) => (self.credential_at(&url).await?, url),
        };
        let options = VerifyOptions {
            recipient_email: recipient_email.filter(|e| !e.trim().is_empty()),
            now: None,
        };
        let report = self.verify_off_workers(credential.clone(), options).await?;
        Ok(Verified {
            report,
            source,
            credential: serde_json::to_string_pretty(&credential).unwrap_or_default(),
        })
    }

    /// Runs the checks (canonicalization and signatures are CPU work an anonymous caller can ask
    /// for) on a blocking thread, at most [`App::verify_slots`] at once, so the HTTP workers keep
    /// answering every other route; a caller who waits too long for a slot is told to retry.
    async fn verify_off_workers(
        &self,
        credential: Value,
        options: VerifyOptions,
    ) -> Result<citybadges_credentials::verify::Report> {
        let slot = tokio::time::timeout(VERIFY_QUEUE_WAIT, self.verify_slots().acquire())
            .await
            .map_err(|_| Error::Busy {
                retry_after_secs: VERIFY_QUEUE_WAIT.as_secs(),
            })?
            .map_err(|e| Error::Internal(format!("verification slots: {e}")))?;
        let resolver = self.resolver();
        let runtime = tokio::runtime::Handle::current();
        let report = tokio::task::spawn_blocking(move || {
            runtime.block_on(verify_credential(&credential, &resolver, &options))
        })
        .await
        .map_err(|e| Error::Internal(format!("verification thread: {e}")))?;
        drop(slot);
        report.map_err(|VerifyError::TooComplex(why)| {
            Error::invalid(
                "credential",
                Msg::new("err-too-complex").with("detail", why.to_string()),
            )
        })
    }

    /// The credential at a URL: ours from the database, others' through the guarded fetcher.
    async fn credential_at(&self, url: &str) -> Result<Value> {
        let url = url.trim();
        if url.len() > 2_000 {
            return Err(Error::BadRequest(Msg::new("err-url-too-long")));
        }
        if is_local(&self.urls(), url) {
            return self.local_document(url).await;
        }
        let accept = "application/vc+ld+json, application/ld+json, application/json;q=0.9, image/png;q=0.8, image/svg+xml;q=0.8";
        let fetched = self.fetcher().get(url, accept).await.map_err(|e| match e {
            FetchError::BadUrl(_) | FetchError::Private(_) | FetchError::TooLarge(..) => {
                Error::BadRequest(e.msg())
            }
            other => Error::Refused(other.msg()),
        })?;
        Ok(credential_from_bytes(&fetched.bytes)?.0)
    }

    /// Our own documents by URL, without HTTP: credentials (also their baked forms), issuer
    /// profiles, DID documents and status lists.
    pub async fn local_document(&self, url: &str) -> Result<Value> {
        let urls = self.urls();
        let path = url
            .strip_prefix(urls.base())
            .unwrap_or(url)
            .split(['#', '?'])
            .next()
            .unwrap_or_default();
        let parts: Vec<&str> = path.trim_start_matches('/').split('/').collect();
        let parse = |text: String| -> Result<Value> {
            serde_json::from_str(&text).map_err(|e| Error::Internal(e.to_string()))
        };
        match parts.as_slice() {
            ["credentials", id] => {
                let id = id
                    .trim_end_matches(".png")
                    .trim_end_matches(".svg")
                    .trim_end_matches(".json");
                parse(self.public_credential(id.to_owned()).await?.document)
            }
            ["issuers", slug] => Ok(self.issuer_profile((*slug).to_owned()).await?.document),
            ["issuers", slug, "did.json"] => self.issuer_did_document((*slug).to_owned()).await,
            ["issuers", slug, "keys", key] => {
                self.issuer_key_document((*slug).to_owned(), (*key).to_owned())
                    .await
            }
            ["status-lists", slug, number] => {
                let number: i32 = number.parse().map_err(|_| Error::NotFound("status-list"))?;
                parse(
                    self.status_list_document((*slug).to_owned(), number)
                        .await?,
                )
            }
            _ => Err(Error::NotFound("document")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inputs_without_a_credential_are_explained() {
        for (bytes, expect) in [
            (b"\x89PNG\r\n\x1a\nrubbish".to_vec(), "PNG"),
            (
                b"<svg xmlns='http://www.w3.org/2000/svg'></svg>".to_vec(),
                "holds no badge",
            ),
            (b"{not json".to_vec(), "not valid JSON"),
            (vec![0xff, 0xfe, 0x00], "neither"),
            (vec![b' '; MAX_INPUT_BYTES + 1], "larger"),
        ] {
            let err = credential_from_bytes(&bytes).expect_err(expect).to_string();
            assert!(err.contains(expect), "{err}");
        }
        let (json, _) =
            credential_from_bytes(br#"{"verifiableCredential": {"id": "x"}}"#).expect("json");
        assert_eq!(json["id"], "x");
    }
}
