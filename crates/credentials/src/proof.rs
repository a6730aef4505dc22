//! Data Integrity proofs with the `eddsa-rdfc-2022` cryptosuite (W3C vc-di-eddsa).
//!
//! hashData = SHA-256(canonical proof configuration) ‖ SHA-256(canonical document), signed with
//! Ed25519; `proofValue` is the signature in multibase base58btc (`z…`). The proof
//! configuration is the proof without `proofValue`, under the document's `@context`.

use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

use crate::canon::{CanonError, Canonicalizer};

/// The proof `type` this module creates and accepts.
pub const PROOF_TYPE: &str = "DataIntegrityProof";
/// The cryptosuite this module creates and accepts.
pub const CRYPTOSUITE: &str = "eddsa-rdfc-2022";
/// The proof purpose of an issuer's signature on a credential.
pub const ASSERTION_METHOD: &str = "assertionMethod";

#[derive(Debug, thiserror::Error)]
pub enum ProofError {
    #[error("the document must be a JSON object with an @context")]
    NotAJsonLdObject,
    #[error("the document has no proof")]
    MissingProof,
    #[error("a proof must be a JSON object")]
    ProofNotAnObject,
    #[error("expected exactly one proof, found {0}")]
    ProofCount(usize),
    #[error("the proof is missing `{0}` or it is not a string")]
    MissingField(&'static str),
    #[error("unsupported proof type {0:?} (expected DataIntegrityProof)")]
    UnsupportedProofType(String),
    #[error("unsupported cryptosuite {0:?} (expected eddsa-rdfc-2022)")]
    UnsupportedCryptosuite(String),
    #[error("unsupported proof feature: {0}")]
    Unsupported(&'static str),
    #[error("the proof chain names a previous proof {0} that the document does not hold")]
    PreviousProofNotFound(String),
    #[error(
        "terms not defined by the document's contexts, which a signature would not cover: {0:?}"
    )]
    UndefinedTerms(Vec<String>),
    #[error("`created` is not an XML Schema dateTime: {0:?}")]
    InvalidCreated(String),
    #[error("the proof's @context is not a prefix of the document's @context")]
    ContextMismatch,
    #[error("malformed proofValue: {0}")]
    MalformedProofValue(String),
    #[error("no public key for verification method {0}")]
    UnknownVerificationMethod(String),
    #[error(
        "the signature does not verify: the document or proof was changed, or the key is wrong"
    )]
    BadSignature,
    #[error(transparent)]
    Canon(#[from] CanonError),
}

/// What the signer chooses for a new proof.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProofOptions {
    /// URL of the verification method (e.g. `https://issuer.example/#key-1`, a `did:…#…`).
    pub verification_method: String,
    /// `created`, an XML Schema dateTime such as `2024-05-01T12:00:00Z` (optional in DI 1.0).
    pub created: Option<String>,
    /// Usually [`ASSERTION_METHOD`].
    pub proof_purpose: String,
    /// This proof's own `id` (needed when a later proof chains to it).
    pub id: Option<String>,
    /// The id of a proof already on the document that this one follows (a proof chain): that
    /// proof is signed over too.
    pub previous_proof: Option<String>,
}

impl ProofOptions {
    /// Options for an issuer's `assertionMethod` proof.
    pub fn assertion(verification_method: impl Into<String>, created: impl Into<String>) -> Self {
        Self {
            verification_method: verification_method.into(),
            created: Some(created.into()),
            proof_purpose: ASSERTION_METHOD.into(),
            id: None,
            previous_proof: None,
        }
    }
}

/// A proof that verified, for the caller's policy checks (purpose, key ownership, dates).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifiedProof {
    pub verification_method: String,
    pub proof_purpose: String,
    pub created: Option<String>,
}

/// Supplies the public key of a verification method; the caller decides how (DID document,
/// issuer profile, pinned keys) and whether the method may sign for the issuer.
pub trait KeyResolver {
    fn resolve(&self, verification_method: &str) -> Option<VerifyingKey>;
}

impl<F: Fn(&str) -> Option<VerifyingKey>> KeyResolver for F {
    fn resolve(&self, verification_method: &str) -> Option<VerifyingKey> {
        self(verification_method)
    }
}

/// Pinned keys: verification method id → key.
impl KeyResolver for std::collections::HashMap<String, VerifyingKey> {
    fn resolve(&self, verification_method: &str) -> Option<VerifyingKey> {
        self.get(verification_method).copied()
    }
}

/// The `eddsa-rdfc-2022` cryptosuite over a given canonicalizer (and so its contexts).
///
/// Strict by default: a document with terms that JSON-LD drops (so the signature would not
/// cover them) is neither signed nor accepted, like jsonld.js safe mode (see
/// [`Canonicalizer::canonicalize_checked`]); [`EddsaRdfc2022::allow_undefined_terms`] lifts it.
#[derive(Debug, Clone)]
pub struct EddsaRdfc2022 {
    canon: Canonicalizer,
    strict: bool,
}

impl Default for EddsaRdfc2022 {
    fn default() -> Self {
        Self::new(Canonicalizer::default())
    }
}

impl EddsaRdfc2022 {
    pub fn new(canon: Canonicalizer) -> Self {
        Self {
            canon,
            strict: true,
        }
    }

    /// Signs and verifies documents even when some of their terms are dropped (unsigned).
    pub fn allow_undefined_terms(mut self) -> Self {
        self.strict = false;
        self
    }

    /// A signed proof object for `document` (any existing `proof` is left out of the hash,
    /// as for proof sets).
    pub fn create_proof(
        &self,
        document: &Value,
        key: &SigningKey,
        options: &ProofOptions,
    ) -> Result<Value, ProofError> {
        if let Some(created) = options.created.as_deref().filter(|c| !is_xsd_date_time(c)) {
            return Err(ProofError::InvalidCreated(created.into()));
        }
        let (context, mut unsecured) = unsecured_parts(document)?;
        let mut proof = proof_config(options);
        if let Some(previous) = &options.previous_proof {
            let previous = Value::from(previous.as_str());
            unsecured["proof"] = Value::Array(previous_proofs(document, &previous)?);
            proof.insert("previousProof".into(), previous);
        }
        let hash = self.hash_data(&proof, &context, &unsecured)?;
        let signature = key.sign(&hash);
        let value = multibase::encode(multibase::Base::Base58Btc, signature.to_bytes());
        proof.insert("proofValue".into(), Value::String(value));
        Ok(Value::Object(proof))
    }

    /// `document` with a new proof appended to its `proof` array (OB 3.0 form).
    pub fn sign(
        &self,
        document: &Value,
        key: &SigningKey,
        options: &ProofOptions,
    ) -> Result<Value, ProofError> {
        let proof = self.create_proof(document, key, options)?;
        let mut secured = document.clone();
        let object = secured
            .as_object_mut()
            .ok_or(ProofError::NotAJsonLdObject)?;
        let proofs = match object.remove("proof") {
            None => vec![proof],
            Some(Value::Array(mut existing)) => {
                existing.push(proof);
                existing
            }
            Some(single) => vec![single, proof],
        };
        object.insert("proof".into(), Value::Array(proofs));
        Ok(secured)
    }

    /// Verifies the document's only proof (a `proof` object or a one-element array).
    pub fn verify_proof(
        &self,
        secured: &Value,
        keys: &impl KeyResolver,
    ) -> Result<VerifiedProof, ProofError> {
        match proofs_of(secured)? {
            [proof] => self.verify_one(secured, proof, keys),
            many => Err(ProofError::ProofCount(many.len())),
        }
    }

    /// Verifies every proof of a proof set; fails on the first that does not verify.
    pub fn verify_proofs(
        &self,
        secured: &Value,
        keys: &impl KeyResolver,
    ) -> Result<Vec<VerifiedProof>, ProofError> {
        proofs_of(secured)?
            .iter()
            .map(|proof| self.verify_one(secured, proof, keys))
            .collect()
    }

    fn verify_one(
        &self,
        secured: &Value,
        proof: &Value,
        keys: &impl KeyResolver,
    ) -> Result<VerifiedProof, ProofError> {
        let mut config = proof
            .as_object()
            .ok_or(ProofError::ProofNotAnObject)?
            .clone();
        let verified = check_proof_fields(&config)?;
        let signature = decode_proof_value(config.remove("proofValue"))?;
        let (mut context, mut unsecured) = unsecured_parts(secured)?;
        // A proof chain (VC Data Integrity §4.4): a proof with `previousProof` signed the
        // document holding the proofs it names.
        if let Some(previous) = config.get("previousProof") {
            unsecured["proof"] = Value::Array(previous_proofs(secured, previous)?);
        }
        if let Some(proof_context) = config.remove("@context") {
            // vc-di-eddsa §3.3.2 step 4: the proof's context must start the document's, and
            // then replaces it for hashing.
            check_context_prefix(&proof_context, &context)?;
            unsecured["@context"] = proof_context.clone();
            context = proof_context;
        }
        let key = keys.resolve(&verified.verification_method).ok_or_else(|| {
            ProofError::UnknownVerificationMethod(verified.verification_method.clone())
        })?;
        let hash = self.hash_data(&config, &context, &unsecured)?;
        key.verify_strict(&hash, &signature)
            .map_err(|_| ProofError::BadSignature)?;
        Ok(verified)
    }

    /// SHA-256(canonical proof config) ‖ SHA-256(canonical unsecured document).
    fn hash_data(
        &self,
        config: &Map<String, Value>,
        context: &Value,
        unsecured: &Value,
    ) -> Result<[u8; 64], ProofError> {
        let mut config = config.clone();
        config.insert("@context".into(), context.clone());
        let config_nq = self.canon.canonicalize(&Value::Object(config))?;
        let document_nq = if self.strict {
            self.canon.canonicalize_checked(unsecured)
        } else {
            self.canon.canonicalize(unsecured)
        }
        .map_err(|e| match e {
            CanonError::UndefinedTerms(terms) => ProofError::UndefinedTerms(terms),
            other => ProofError::Canon(other),
        })?;
        let mut out = [0u8; 64];
        out[..32].copy_from_slice(&Sha256::digest(config_nq.as_bytes()));
        out[32..].copy_from_slice(&Sha256::digest(document_nq.as_bytes()));
        Ok(out)
    }
}

/// The document's `@context` and the document without `proof`.
fn unsecured_parts(document: &Value) -> Result<(Value, Value), ProofError> {
    let object = document.as_object().ok_or(ProofError::NotAJsonLdObject)?;
    let context = object.get("@context").ok_or(ProofError::NotAJsonLdObject)?;
    let mut unsecured = object.clone();
    unsecured.remove("proof");
    Ok((context.clone(), Value::Object(unsecured)))
}

fn proof_config(options: &ProofOptions) -> Map<String, Value> {
    let mut proof = Map::new();
    if let Some(id) = &options.id {
        proof.insert("id".into(), id.as_str().into());
    }
    proof.insert("type".into(), PROOF_TYPE.into());
    proof.insert("cryptosuite".into(), CRYPTOSUITE.into());
    if let Some(created) = &options.created {
        proof.insert("created".into(), created.as_str().into());
    }
    proof.insert(
        "verificationMethod".into(),
        options.verification_method.as_str().into(),
    );
    proof.insert("proofPurpose".into(), options.proof_purpose.as_str().into());
    proof
}

fn proofs_of(secured: &Value) -> Result<&[Value], ProofError> {
    match secured.get("proof") {
        None => Err(ProofError::MissingProof),
        Some(Value::Array(proofs)) if proofs.is_empty() => Err(ProofError::MissingProof),
        Some(Value::Array(proofs)) => Ok(proofs),
        Some(single) => Ok(std::slice::from_ref(single)),
    }
}

/// Checks type, cryptosuite and the required fields.
fn check_proof_fields(proof: &Map<String, Value>) -> Result<VerifiedProof, ProofError> {
    let text = |name: &'static str| {
        proof
            .get(name)
            .and_then(Value::as_str)
            .ok_or(ProofError::MissingField(name))
    };
    let proof_type = text("type")?;
    if proof_type != PROOF_TYPE {
        return Err(ProofError::UnsupportedProofType(proof_type.into()));
    }
    let suite = text("cryptosuite")?;
    if suite != CRYPTOSUITE {
        return Err(ProofError::UnsupportedCryptosuite(suite.into()));
    }
    let created = match proof.get("created") {
        None => None,
        Some(Value::String(c)) if is_xsd_date_time(c) => Some(c.clone()),
        Some(other) => return Err(ProofError::InvalidCreated(other.to_string())),
    };
    Ok(VerifiedProof {
        verification_method: text("verificationMethod")?.into(),
        proof_purpose: text("proofPurpose")?.into(),
        created,
    })
}

/// The proofs of `secured` that `previous` (an id or a list of ids) names; each must be there.
fn previous_proofs(secured: &Value, previous: &Value) -> Result<Vec<Value>, ProofError> {
    let ids: Vec<&str> = match previous {
        Value::String(id) => vec![id.as_str()],
        Value::Array(items) => items.iter().filter_map(Value::as_str).collect(),
        _ => return Err(ProofError::PreviousProofNotFound(previous.to_string())),
    };
    let all = proofs_of(secured)?;
    ids.iter()
        .map(|id| {
            all.iter()
                .find(|p| p["id"].as_str() == Some(*id))
                .cloned()
                .ok_or_else(|| ProofError::PreviousProofNotFound((*id).to_owned()))
        })
        .collect()
}

/// `YYYY-MM-DDThh:mm:ss[.s+][Z|(+|-)hh:mm]`, the lexical form of xsd:dateTime (years of four
/// digits; ranges are checked loosely, enough to refuse what no other verifier would accept).
pub(crate) fn is_xsd_date_time(value: &str) -> bool {
    let b = value.as_bytes();
    let digits = |range: std::ops::Range<usize>| {
        b.get(range)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
    };
    let shape = b.len() >= 19
        && digits(0..4)
        && b[4] == b'-'
        && digits(5..7)
        && b[7] == b'-'
        && digits(8..10)
        && b[10] == b'T'
        && digits(11..13)
        && b[13] == b':'
        && digits(14..16)
        && b[16] == b':'
        && digits(17..19);
    if !shape {
        return false;
    }
    let two = |i: usize| u32::from(b[i] - b'0') * 10 + u32::from(b[i + 1] - b'0');
    let in_range = (1..=12).contains(&two(5)) && (1..=31).contains(&two(8)) && two(11) <= 24;
    let mut rest = &value[19..];
    if let Some(fraction) = rest.strip_prefix('.') {
        let n = fraction.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 {
            return false;
        }
        rest = &fraction[n..];
    }
    let zone_ok = match rest.as_bytes() {
        [] | [b'Z'] => true,
        [b'+' | b'-', h1, h2, b':', m1, m2] => [h1, h2, m1, m2].iter().all(|d| d.is_ascii_digit()),
        _ => false,
    };
    in_range && two(14) <= 59 && two(17) <= 60 && zone_ok
}

fn decode_proof_value(value: Option<Value>) -> Result<Signature, ProofError> {
    let Some(Value::String(text)) = value else {
        return Err(ProofError::MissingField("proofValue"));
    };
    if !text.starts_with('z') {
        return Err(ProofError::MalformedProofValue(
            "expected multibase base58btc ('z' prefix)".into(),
        ));
    }
    let (_, bytes) =
        multibase::decode(&text).map_err(|e| ProofError::MalformedProofValue(e.to_string()))?;
    let bytes: [u8; 64] = bytes.try_into().map_err(|b: Vec<u8>| {
        ProofError::MalformedProofValue(format!("expected 64 signature bytes, got {}", b.len()))
    })?;
    Ok(Signature::from_bytes(&bytes))
}

fn as_list(context: &Value) -> &[Value] {
    match context {
        Value::Array(items) => items,
        single => std::slice::from_ref(single),
    }
}

/// A proof's own `@context` must start the document's, in order (vc-di-eddsa §3.3.2).
fn check_context_prefix(proof_context: &Value, document_context: &Value) -> Result<(), ProofError> {
    let (proof, document) = (as_list(proof_context), as_list(document_context));
    if proof.len() > document.len() || proof != &document[..proof.len()] {
        return Err(ProofError::ContextMismatch);
    }
    Ok(())
}

fn shared() -> &'static EddsaRdfc2022 {
    static SHARED: std::sync::OnceLock<EddsaRdfc2022> = std::sync::OnceLock::new();
    SHARED.get_or_init(|| EddsaRdfc2022::new(crate::canon::shared().clone()))
}

/// [`EddsaRdfc2022::create_proof`] with the bundled contexts.
pub fn create_proof(
    document: &Value,
    key: &SigningKey,
    options: &ProofOptions,
) -> Result<Value, ProofError> {
    shared().create_proof(document, key, options)
}

/// [`EddsaRdfc2022::sign`] with the bundled contexts.
pub fn sign(
    document: &Value,
    key: &SigningKey,
    options: &ProofOptions,
) -> Result<Value, ProofError> {
    shared().sign(document, key, options)
}

/// [`EddsaRdfc2022::verify_proof`] with the bundled contexts.
pub fn verify_proof(secured: &Value, keys: &impl KeyResolver) -> Result<VerifiedProof, ProofError> {
    shared().verify_proof(secured, keys)
}

/// [`EddsaRdfc2022::verify_proofs`] with the bundled contexts.
pub fn verify_proofs(
    secured: &Value,
    keys: &impl KeyResolver,
) -> Result<Vec<VerifiedProof>, ProofError> {
    shared().verify_proofs(secured, keys)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xsd_date_times() {
        for ok in [
            "2010-01-01T19:23:24Z",
            "2024-02-29T00:00:00.123Z",
            "2024-02-29T00:00:00+02:00",
            "2024-02-29T23:59:59",
        ] {
            assert!(is_xsd_date_time(ok), "{ok}");
        }
        for bad in [
            "2010-01-01",
            "2010-01-01 19:23:24Z",
            "2010-13-01T19:23:24Z",
            "2010-01-01T19:23:24.Z",
            "2010-01-01T19:23:24+0200",
            "yesterday",
        ] {
            assert!(!is_xsd_date_time(bad), "{bad}");
        }
    }

    #[test]
    fn shareable_across_threads() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<EddsaRdfc2022>();
        assert_send_sync::<crate::canon::Canonicalizer>();
    }
}
