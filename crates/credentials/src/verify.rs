//! Verifying a W3C Verifiable Credential (VC 2.0 or 1.1, Data Integrity `eddsa-rdfc-2022`
//! proofs: one, a proof set, or chains by `previousProof`) from any issuer, with the Open Badges
//! 3.0 checks on top when its type says it is a badge; each check explained in plain words.
//!
//! Documents the checks need (issuer profiles, DID documents, status lists) come from a
//! [`DocumentResolver`] the caller provides: the application answers its own URLs from its
//! database and fetches others over HTTP behind an SSRF guard. This module never does I/O.

use std::collections::HashMap;
use std::sync::OnceLock;

use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::Value;

use crate::identity::email_matches;
use crate::proof::{self, ASSERTION_METHOD};
use crate::status_list::StatusList;

/// Largest status list accepted from anyone: 16 Mi entries (2 MiB).
const MAX_STATUS_BITS: usize = 16 * 1024 * 1024 * 8;
/// Clock skew tolerated on `validFrom`.
const SKEW_SECONDS: i64 = 300;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct ResolveError(pub String);

/// A credential that is refused before any verdict: checking it would take more work than a
/// verifier does for anyone (a "poison" graph, see [`crate::canon::HNDQ_WORK_BUDGET`]).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VerifyError {
    #[error("{0}")]
    TooComplex(String),
}

/// Fetches a JSON(-LD) document by URL (without fragment handling: the verifier does that).
#[async_trait::async_trait]
pub trait DocumentResolver: Send + Sync {
    async fn resolve(&self, url: &str) -> Result<Value, ResolveError>;
}

#[derive(Debug, Clone, Default)]
pub struct VerifyOptions {
    /// "Is this badge for this email?" — checked against the hashed identifiers.
    pub recipient_email: Option<String>,
    /// The time to judge validity dates at (default: now).
    pub now: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Passed,
    Failed,
    /// Not applicable, or not reached because an earlier check failed.
    Skipped,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Check {
    /// Stable name: format, schema, proof, issuer, dates, status, recipient.
    pub check: &'static str,
    /// What the check means, for people.
    pub title: &'static str,
    pub outcome: Outcome,
    pub detail: String,
}

/// What the credential claims, for display (only trustworthy when `verified`).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Summary {
    pub id: Option<String>,
    pub name: Option<String>,
    pub issuer_id: Option<String>,
    pub issuer_name: Option<String>,
    pub achievement_name: Option<String>,
    pub achievement_description: Option<String>,
    pub valid_from: Option<String>,
    pub valid_until: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub verified: bool,
    /// Whether its type makes it an Open Badge (OB 3.0 schema and badge checks applied).
    pub badge: bool,
    /// Whether a status list says the credential is revoked (`None`: no status to check).
    pub revoked: Option<bool>,
    pub checks: Vec<Check>,
    pub credential: Summary,
}

impl Report {
    /// The checks that failed.
    pub fn failures(&self) -> impl Iterator<Item = &Check> {
        self.checks.iter().filter(|c| c.outcome == Outcome::Failed)
    }
}

const TITLES: [(&str, &str); 7] = [
    ("format", "It is a W3C Verifiable Credential"),
    (
        "schema",
        "It follows the official Open Badges 3.0 JSON Schema",
    ),
    (
        "proof",
        "The issuer's digital signature matches the content",
    ),
    (
        "issuer",
        "The signing key belongs to the issuer named in the badge",
    ),
    ("dates", "It is within its validity dates"),
    ("status", "The issuer has not revoked it"),
    ("recipient", "It was issued to the email address you gave"),
];

struct Checks(Vec<Check>);

impl Checks {
    fn set(&mut self, check: &'static str, outcome: Outcome, detail: impl Into<String>) {
        let title = TITLES
            .iter()
            .find(|(c, _)| *c == check)
            .map_or("", |(_, t)| t);
        self.0.retain(|c| c.check != check);
        self.0.push(Check {
            check,
            title,
            outcome,
            detail: detail.into(),
        });
    }
    fn pass(&mut self, check: &'static str, detail: impl Into<String>) {
        self.set(check, Outcome::Passed, detail);
    }
    fn fail(&mut self, check: &'static str, detail: impl Into<String>) {
        self.set(check, Outcome::Failed, detail);
    }
    fn skip(&mut self, check: &'static str, detail: impl Into<String>) {
        self.set(check, Outcome::Skipped, detail);
    }
    fn finish(mut self, summary: Summary, revoked: Option<bool>, badge: bool) -> Report {
        // Report every check, in a fixed order, even those not reached.
        for (check, _) in TITLES {
            if !self.0.iter().any(|c| c.check == check) {
                self.skip(check, "not checked because an earlier check failed");
            }
        }
        self.0
            .sort_by_key(|c| TITLES.iter().position(|(n, _)| *n == c.check));
        let verified = !self.0.iter().any(|c| c.outcome == Outcome::Failed)
            && self
                .0
                .iter()
                .filter(|c| ["format", "proof", "issuer"].contains(&c.check))
                .all(|c| c.outcome == Outcome::Passed);
        Report {
            verified,
            badge,
            revoked,
            checks: self.0,
            credential: summary,
        }
    }
}

/// Verifies `credential` (already parsed JSON) and explains the result.
pub async fn verify_credential(
    credential: &Value,
    resolver: &dyn DocumentResolver,
    options: &VerifyOptions,
) -> Result<Report, VerifyError> {
    let mut checks = Checks(Vec::new());
    let summary = summarize(credential);
    let badge = is_badge(credential);
    if let Err(why) = check_format(credential) {
        checks.fail("format", why);
        return Ok(checks.finish(summary, None, badge));
    }
    if badge {
        checks.pass(
            "format",
            "a W3C Verifiable Credential of type OpenBadgeCredential",
        );
        schema_check(&normalized_for_schema(credential), &mut checks);
    } else {
        checks.pass(
            "format",
            "a W3C Verifiable Credential (not an Open Badge: the badge checks do not apply)",
        );
        checks.skip(
            "schema",
            "not an Open Badge: the OB 3.0 schema does not apply",
        );
    }

    let issuer_id = summary.issuer_id.clone().unwrap_or_default();
    match verify_signed(credential, &issuer_id, resolver).await {
        Ok(methods) => {
            let method = methods.join(", ");
            checks.pass("proof", format!("eddsa-rdfc-2022 signature by {method}"));
            checks.pass(
                "issuer",
                format!("{} is an assertion key of {issuer_id}", methods[0]),
            );
        }
        Err(SignedError::TooComplex(why)) => return Err(VerifyError::TooComplex(why)),
        Err(SignedError::Proof(why)) => checks.fail("proof", why),
        Err(SignedError::Binding(why)) => {
            checks.skip(
                "proof",
                "the key could not be trusted, so the signature was not checked",
            );
            checks.fail("issuer", why);
        }
    }
    let now = options.now.unwrap_or_else(Utc::now);
    date_check(credential, now, &mut checks);
    let revoked = status_check(credential, &issuer_id, resolver, now, &mut checks).await;
    if badge {
        recipient_check(credential, options.recipient_email.as_deref(), &mut checks);
    } else {
        checks.skip(
            "recipient",
            "not an Open Badge: it names no hashed recipient",
        );
    }
    Ok(checks.finish(summary, revoked, badge))
}

/// Whether the credential's type makes it an Open Badge.
fn is_badge(c: &Value) -> bool {
    as_list(&c["type"])
        .into_iter()
        .filter_map(Value::as_str)
        .any(|t| matches!(t, "OpenBadgeCredential" | "AchievementCredential"))
}

/// The credential as the OB 3.0 schema reads it: VC 2.0 allows a single `proof` object, which
/// the schema (written for arrays) would refuse; the signature is checked on the original.
fn normalized_for_schema(c: &Value) -> std::borrow::Cow<'_, Value> {
    match c.get("proof") {
        Some(single @ Value::Object(_)) => {
            let mut copy = c.clone();
            copy["proof"] = Value::Array(vec![single.clone()]);
            std::borrow::Cow::Owned(copy)
        }
        _ => std::borrow::Cow::Borrowed(c),
    }
}

fn summarize(c: &Value) -> Summary {
    let s = |v: &Value| v.as_str().map(str::to_owned);
    let issuer = &c["issuer"];
    let achievement = &c["credentialSubject"]["achievement"];
    Summary {
        id: s(&c["id"]),
        name: s(&c["name"]),
        issuer_id: s(issuer).or_else(|| s(&issuer["id"])),
        issuer_name: s(&issuer["name"]),
        achievement_name: s(&achievement["name"]),
        achievement_description: s(&achievement["description"]),
        valid_from: s(&c["validFrom"]).or_else(|| s(&c["issuanceDate"])),
        valid_until: s(&c["validUntil"]).or_else(|| s(&c["expirationDate"])),
    }
}

fn as_list(v: &Value) -> Vec<&Value> {
    match v {
        Value::Array(items) => items.iter().collect(),
        Value::Null => Vec::new(),
        single => vec![single],
    }
}

fn check_format(c: &Value) -> Result<(), String> {
    if !c.is_object() {
        return Err("this is not a JSON object".into());
    }
    let contexts = as_list(&c["@context"]);
    let first = contexts.first().and_then(|v| v.as_str());
    if !matches!(
        first,
        Some("https://www.w3.org/ns/credentials/v2" | "https://www.w3.org/2018/credentials/v1")
    ) {
        return Err("the first @context must be the W3C Verifiable Credentials context".into());
    }
    let types: Vec<&str> = as_list(&c["type"])
        .into_iter()
        .filter_map(Value::as_str)
        .collect();
    if !types.contains(&"VerifiableCredential") {
        return Err("`type` does not include VerifiableCredential".into());
    }
    if !c["issuer"].is_string() && !c["issuer"]["id"].is_string() {
        return Err("the credential names no issuer id".into());
    }
    if c.get("proof").is_none() {
        return Err("the credential is not signed (no `proof`)".into());
    }
    Ok(())
}

fn ob3_validator() -> Option<&'static jsonschema::Validator> {
    static VALIDATOR: OnceLock<Option<jsonschema::Validator>> = OnceLock::new();
    VALIDATOR
        .get_or_init(|| {
            let schema: Value = serde_json::from_str(OB3_SCHEMA).ok()?;
            jsonschema::draft201909::new(&schema).ok()
        })
        .as_ref()
}

/// The official OB 3.0 `AchievementCredential` JSON Schema, bundled.
pub const OB3_SCHEMA: &str = include_str!("../schemas/ob_v3p0_achievementcredential_schema.json");

/// The schema violations of `credential` (empty when it conforms), at most `max`.
pub fn schema_errors(credential: &Value, max: usize) -> Vec<String> {
    let Some(validator) = ob3_validator() else {
        return vec!["the bundled OB 3.0 schema could not be loaded".into()];
    };
    validator
        .iter_errors(credential)
        .take(max)
        .map(|e| {
            let at = e.instance_path().to_string();
            if at.is_empty() {
                e.to_string()
            } else {
                format!("{at}: {e}")
            }
        })
        .collect()
}

fn schema_check(credential: &Value, checks: &mut Checks) {
    let errors = schema_errors(credential, 5);
    if errors.is_empty() {
        checks.pass(
            "schema",
            "valid against the OB 3.0 AchievementCredential schema",
        );
    } else {
        checks.fail("schema", errors.join("; "));
    }
}

enum SignedError {
    Proof(String),
    Binding(String),
    TooComplex(String),
}

/// Most proofs checked on one document (each needs its key fetched and a canonicalization).
const MAX_PROOFS: usize = 8;

/// Verifies every proof of a document (a proof set, or chains by `previousProof`), at least
/// one of them by `issuer_id`; returns the verification methods, the issuer's first.
async fn verify_signed(
    document: &Value,
    issuer_id: &str,
    resolver: &dyn DocumentResolver,
) -> Result<Vec<String>, SignedError> {
    let proofs = as_list(&document["proof"]);
    if proofs.is_empty() {
        return Err(SignedError::Proof("the document has no proof".into()));
    }
    if proofs.len() > MAX_PROOFS {
        return Err(SignedError::Proof(format!(
            "{} proofs; at most {MAX_PROOFS} are checked",
            proofs.len()
        )));
    }
    let mut keys = HashMap::new();
    let mut methods: Vec<String> = Vec::new();
    let mut by_issuer = false;
    for proof in &proofs {
        let method = proof["verificationMethod"]
            .as_str()
            .ok_or_else(|| SignedError::Proof("a proof names no verificationMethod".into()))?;
        if proof["proofPurpose"].as_str() != Some(ASSERTION_METHOD) {
            return Err(SignedError::Proof(format!(
                "the proof by {method} is not for assertionMethod"
            )));
        }
        // The issuer's own proofs are bound to it; another party's (an endorsement in a proof
        // set) to whoever controls its key.
        let (key, controller) = resolve_assertion_key(method, None, resolver)
            .await
            .map_err(SignedError::Binding)?;
        if controller == issuer_id {
            by_issuer = true;
            methods.insert(0, method.to_owned());
        } else {
            methods.push(method.to_owned());
        }
        keys.insert(method.to_owned(), key);
    }
    if !by_issuer {
        return Err(SignedError::Binding(format!(
            "no proof is signed by a key of the issuer {issuer_id}"
        )));
    }
    proof::verify_proofs(document, &keys).map_err(|e| match e {
        proof::ProofError::Canon(crate::canon::CanonError::TooComplex(why)) => {
            SignedError::TooComplex(why)
        }
        other => SignedError::Proof(other.to_string()),
    })?;
    Ok(methods)
}

/// The public key of `method` and its controller, once it is shown to be an assertion method of
/// that controller (the key names it, and it lists the key in `assertionMethod`); with
/// `expected`, the controller must be that one.
async fn resolve_assertion_key(
    method: &str,
    expected: Option<&str>,
    resolver: &dyn DocumentResolver,
) -> Result<(ed25519_dalek::VerifyingKey, String), String> {
    if let Some(did_key) = method.strip_prefix("did:key:") {
        let (did_part, _) = did_key.split_once('#').unwrap_or((did_key, ""));
        let controller = format!("did:key:{did_part}");
        if let Some(issuer_id) = expected.filter(|i| *i != controller) {
            return Err(format!(
                "did:key {method} does not belong to issuer {issuer_id}"
            ));
        }
        let key = crate::parse_public_key_multibase(did_part).map_err(|e| e.to_string())?;
        return Ok((key, controller));
    }
    let (base, _) = method.split_once('#').unwrap_or((method, ""));
    let document = resolver
        .resolve(&document_url(base)?)
        .await
        .map_err(|e| format!("could not fetch the key {method}: {e}"))?;
    let node = find_node(&document, method)
        .ok_or_else(|| format!("{base} does not describe the key {method}"))?;
    let controller = node["controller"].as_str().unwrap_or_default();
    if controller.is_empty() {
        return Err(format!("the key {method} names no controller"));
    }
    if let Some(issuer_id) = expected.filter(|i| *i != controller) {
        return Err(format!(
            "the key's controller is {controller:?}, not the issuer {issuer_id}"
        ));
    }
    let controller_doc = if document["id"].as_str() == Some(controller) {
        document.clone()
    } else {
        resolver
            .resolve(&document_url(controller)?)
            .await
            .map_err(|e| format!("could not fetch the issuer {controller}: {e}"))?
    };
    let listed = as_list(&controller_doc["assertionMethod"])
        .into_iter()
        .any(|m| m.as_str() == Some(method) || m["id"].as_str() == Some(method));
    if !listed {
        return Err(format!(
            "the issuer {controller} does not list {method} as an assertion method"
        ));
    }
    let multibase = node["publicKeyMultibase"]
        .as_str()
        .ok_or_else(|| format!("the key {method} has no publicKeyMultibase"))?;
    let key = crate::parse_public_key_multibase(multibase).map_err(|e| e.to_string())?;
    Ok((key, controller.to_owned()))
}

/// Where to fetch the document of an identifier: itself for http(s), the `did.json` for did:web.
fn document_url(id: &str) -> Result<String, String> {
    if id.starts_with("https://") || id.starts_with("http://") {
        return Ok(id.to_owned());
    }
    if let Some(rest) = id.strip_prefix("did:web:") {
        let mut parts = rest.split(':');
        let host = parts.next().unwrap_or_default().replace("%3A", ":");
        let path: Vec<&str> = parts.collect();
        return Ok(if path.is_empty() {
            format!("https://{host}/.well-known/did.json")
        } else {
            format!("https://{host}/{}/did.json", path.join("/"))
        });
    }
    Err(format!(
        "keys identified by {id:?} are not supported (use https URLs, did:web or did:key)"
    ))
}

/// The node with `id` in a controller document: the document itself or one of its methods.
fn find_node<'a>(document: &'a Value, id: &str) -> Option<&'a Value> {
    if document["id"].as_str() == Some(id) {
        return Some(document);
    }
    ["verificationMethod", "assertionMethod"]
        .iter()
        .flat_map(|key| as_list(&document[*key]))
        .find(|node| node["id"].as_str() == Some(id))
}

fn parse_date(v: &Value) -> Option<Result<DateTime<Utc>, String>> {
    let text = v.as_str()?;
    Some(
        DateTime::parse_from_rfc3339(text)
            .map(|d| d.with_timezone(&Utc))
            .map_err(|_| format!("{text:?} is not a date-time")),
    )
}

fn date_check(c: &Value, now: DateTime<Utc>, checks: &mut Checks) {
    let from = parse_date(&c["validFrom"]).or_else(|| parse_date(&c["issuanceDate"]));
    let until = parse_date(&c["validUntil"]).or_else(|| parse_date(&c["expirationDate"]));
    match (from, until) {
        (Some(Err(e)), _) | (_, Some(Err(e))) => checks.fail("dates", e),
        (Some(Ok(from)), _) if from > now + chrono::Duration::seconds(SKEW_SECONDS) => {
            checks.fail("dates", format!("not valid before {}", from.to_rfc3339()));
        }
        (_, Some(Ok(until))) if until <= now => {
            checks.fail("dates", format!("expired on {}", until.to_rfc3339()));
        }
        (from, until) => {
            let from = from
                .and_then(Result::ok)
                .map(|d| d.date_naive().to_string());
            let until = until
                .and_then(Result::ok)
                .map(|d| d.date_naive().to_string());
            let detail = match (from, until) {
                (Some(f), Some(u)) => format!("valid from {f} until {u}"),
                (Some(f), None) => format!("valid from {f}, no expiry"),
                (None, Some(u)) => format!("valid until {u}"),
                (None, None) => "no validity dates".into(),
            };
            checks.pass("dates", detail);
        }
    }
}

/// Checks every `BitstringStatusListEntry`; returns whether a revocation bit is set.
async fn status_check(
    c: &Value,
    issuer_id: &str,
    resolver: &dyn DocumentResolver,
    now: DateTime<Utc>,
    checks: &mut Checks,
) -> Option<bool> {
    let entries = as_list(&c["credentialStatus"]);
    if entries.is_empty() {
        checks.skip("status", "the issuer publishes no revocation status for it");
        return None;
    }
    let mut revoked = false;
    for entry in entries {
        if entry["type"].as_str() != Some("BitstringStatusListEntry") {
            checks.skip(
                "status",
                format!("status of type {} is not supported", entry["type"]),
            );
            continue;
        }
        match status_bit(entry, issuer_id, resolver, now).await {
            Ok((purpose, true)) => {
                revoked |= purpose == "revocation";
                checks.fail(
                    "status",
                    format!("the issuer's status list marks it: {purpose}"),
                );
                return Some(revoked);
            }
            Ok((purpose, false)) => checks.pass("status", format!("not marked for {purpose}")),
            Err(why) => {
                checks.fail("status", why);
                return None;
            }
        }
    }
    Some(revoked)
}

async fn status_bit(
    entry: &Value,
    issuer_id: &str,
    resolver: &dyn DocumentResolver,
    now: DateTime<Utc>,
) -> Result<(String, bool), String> {
    let purpose = entry["statusPurpose"]
        .as_str()
        .unwrap_or("revocation")
        .to_owned();
    let url = entry["statusListCredential"]
        .as_str()
        .ok_or("the status entry names no statusListCredential")?;
    let index: usize = entry["statusListIndex"]
        .as_str()
        .filter(|s| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|s| s.parse().ok())
        .ok_or("the status entry's statusListIndex is not a number")?;
    let list = resolver
        .resolve(url)
        .await
        .map_err(|e| format!("could not fetch the status list {url}: {e}"))?;
    let list_issuer = list["issuer"]
        .as_str()
        .or_else(|| list["issuer"]["id"].as_str())
        .unwrap_or_default();
    if list_issuer != issuer_id {
        return Err(format!(
            "the status list is issued by {list_issuer:?}, not by the badge's issuer"
        ));
    }
    match verify_signed(&list, issuer_id, resolver).await {
        Ok(_) => {}
        Err(SignedError::Proof(e) | SignedError::Binding(e) | SignedError::TooComplex(e)) => {
            return Err(format!("the status list's signature does not verify: {e}"));
        }
    }
    if let Some(Ok(until)) = parse_date(&list["validUntil"]) {
        if until <= now {
            return Err("the status list has expired".into());
        }
    }
    let subject = &list["credentialSubject"];
    if subject["statusPurpose"].as_str() != Some(purpose.as_str()) {
        return Err("the status list is for another purpose".into());
    }
    let encoded = subject["encodedList"]
        .as_str()
        .ok_or("the status list has no encodedList")?;
    let bits = StatusList::decode(encoded, MAX_STATUS_BITS).map_err(|e| e.to_string())?;
    let set = bits.get(index).map_err(|e| e.to_string())?;
    Ok((purpose, set))
}

fn recipient_check(c: &Value, email: Option<&str>, checks: &mut Checks) {
    let Some(email) = email.map(str::trim).filter(|e| !e.is_empty()) else {
        checks.skip("recipient", "no email address was given to compare");
        return;
    };
    let identifiers = as_list(&c["credentialSubject"]["identifier"]);
    let emails: Vec<&Value> = identifiers
        .into_iter()
        .filter(|i| i["identityType"].as_str() == Some("emailAddress"))
        .collect();
    if emails.is_empty() {
        checks.fail(
            "recipient",
            "the badge names no email identity to compare with",
        );
        return;
    }
    let matches = emails.iter().any(|i| {
        let hash = i["identityHash"].as_str().unwrap_or_default();
        if i["hashed"].as_bool() == Some(true) {
            email_matches(hash, i["salt"].as_str().unwrap_or_default(), email)
        } else {
            hash.trim().eq_ignore_ascii_case(email)
        }
    });
    if matches {
        checks.pass(
            "recipient",
            "the hashed identity matches this email address",
        );
    } else {
        checks.fail(
            "recipient",
            "this badge was not issued to that email address",
        );
    }
}
