//! The W3C Verifiable Credentials Data Model (1.1 and 2.0) rules a credential must meet before it
//! is signed: what the specifications require of its shape, so that what we sign is a credential
//! every conforming verifier can read. Semantics (who may issue what) are the caller's.

use serde_json::Value;

use crate::contexts::{CREDENTIALS_V1, CREDENTIALS_V2, DATA_INTEGRITY_V2};
use crate::proof::is_xsd_date_time;

/// Which version of the data model a credential follows, by its first `@context`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Version {
    V1_1,
    V2_0,
}

/// Properties whose every entry must be an object with a `type` (VCDM 2.0 §4.11, 5.x; 1.1 §5).
const TYPED: [&str; 6] = [
    "credentialStatus",
    "credentialSchema",
    "evidence",
    "termsOfUse",
    "refreshService",
    "renderMethod",
];

fn as_list(v: &Value) -> Vec<&Value> {
    match v {
        Value::Array(items) => items.iter().collect(),
        Value::Null => Vec::new(),
        single => vec![single],
    }
}

/// A URL or other IRI: a scheme, a colon, and no spaces (enough to refuse what would be read
/// as a relative IRI and silently dropped from the signed graph).
fn is_iri(s: &str) -> bool {
    let Some((scheme, rest)) = s.split_once(':') else {
        return false;
    };
    !rest.is_empty()
        && !s.contains(char::is_whitespace)
        && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

fn date(c: &Value, name: &str, problems: &mut Vec<String>) -> Option<String> {
    match c.get(name) {
        None => None,
        Some(Value::String(s)) if is_xsd_date_time(s) => Some(s.clone()),
        Some(other) => {
            problems.push(format!(
                "`{name}` must be a date-time like 2026-01-31T12:00:00Z, not {other}"
            ));
            None
        }
    }
}

/// The version a credential claims by its first `@context`, if it names one.
pub fn version_of(credential: &Value) -> Option<Version> {
    match as_list(&credential["@context"])
        .first()
        .and_then(|c| c.as_str())
    {
        Some(CREDENTIALS_V2) => Some(Version::V2_0),
        Some(CREDENTIALS_V1) => Some(Version::V1_1),
        _ => None,
    }
}

/// Checks `credential` against the data model; every problem found, in words.
pub fn check(credential: &Value) -> Result<Version, Vec<String>> {
    let mut problems = Vec::new();
    let Some(object) = credential.as_object() else {
        return Err(vec!["a credential must be a JSON object".into()]);
    };
    let version = version_of(credential).unwrap_or_else(|| {
        problems.push(format!(
            "the first `@context` must be {CREDENTIALS_V2} (VC 2.0) or {CREDENTIALS_V1} (VC 1.1)"
        ));
        Version::V2_0
    });
    let types: Vec<&str> = as_list(&credential["type"])
        .into_iter()
        .filter_map(Value::as_str)
        .collect();
    if !types.contains(&"VerifiableCredential") {
        problems.push("`type` must include VerifiableCredential".into());
    }
    if let Some(id) = object.get("id") {
        if !id.as_str().is_some_and(is_iri) {
            problems.push(format!("`id` must be a URL, not {id}"));
        }
    }
    match &credential["issuer"] {
        Value::Null if object.contains_key("issuer") => {
            problems.push("`issuer` must be a URL or an object with an `id`, not null".into())
        }
        Value::Null => {}
        Value::String(s) if is_iri(s) => {}
        Value::Object(o) if o.get("id").and_then(Value::as_str).is_some_and(is_iri) => {}
        other => problems.push(format!(
            "`issuer` must be a URL or an object with an `id` URL, not {other}"
        )),
    }
    let subjects = as_list(&credential["credentialSubject"]);
    if subjects.is_empty() {
        problems.push("a credential needs a `credentialSubject`".into());
    }
    for s in &subjects {
        match s.as_object() {
            Some(o) if !o.is_empty() => {
                if let Some(id) = o.get("id") {
                    if !id.as_str().is_some_and(is_iri) {
                        problems.push(format!("`credentialSubject.id` must be a URL, not {id}"));
                    }
                }
            }
            _ => problems.push("each `credentialSubject` must be a non-empty object".into()),
        }
    }
    let (from, until) = match version {
        Version::V2_0 => {
            for old in ["issuanceDate", "expirationDate"] {
                if object.contains_key(old) {
                    problems.push(format!(
                        "`{old}` is VC 1.1; a VC 2.0 credential uses validFrom and validUntil"
                    ));
                }
            }
            (
                date(credential, "validFrom", &mut problems),
                date(credential, "validUntil", &mut problems),
            )
        }
        Version::V1_1 => (
            date(credential, "issuanceDate", &mut problems),
            date(credential, "expirationDate", &mut problems),
        ),
    };
    if let (Some(from), Some(until)) = (&from, &until) {
        let parse = |s: &str| chrono::DateTime::parse_from_rfc3339(s).ok();
        if let (Some(f), Some(u)) = (parse(from), parse(until)) {
            if u <= f {
                problems.push(format!(
                    "it would expire ({until}) before it is valid ({from})"
                ));
            }
        }
    }
    for name in TYPED {
        for entry in as_list(&credential[name]) {
            let typed = entry.as_object().is_some_and(|o| match o.get("type") {
                Some(Value::String(t)) => !t.is_empty(),
                Some(Value::Array(ts)) => !ts.is_empty() && ts.iter().all(Value::is_string),
                _ => false,
            });
            if !typed {
                problems.push(format!(
                    "each `{name}` entry must be an object with a `type`"
                ));
            }
            if name == "credentialSchema" && !entry["id"].as_str().is_some_and(is_iri) {
                problems.push("each `credentialSchema` needs an `id` URL".into());
            }
        }
    }
    if object.contains_key("proof") {
        problems.push("the credential to sign must not hold a `proof` yet".into());
    }
    if problems.is_empty() {
        Ok(version)
    } else {
        Err(problems)
    }
}

/// A VC 1.1 credential's contexts with the Data Integrity context added when missing: 1.1's own
/// context does not define `DataIntegrityProof` or its terms, so without it the proof's terms
/// would be undefined and independent verifiers reject the signature.
pub fn with_proof_context(mut credential: Value, version: Version) -> Value {
    if version == Version::V1_1 {
        let mut contexts: Vec<Value> = as_list(&credential["@context"])
            .into_iter()
            .cloned()
            .collect();
        if !contexts.iter().any(|c| c == DATA_INTEGRITY_V2) {
            contexts.push(Value::from(DATA_INTEGRITY_V2));
            credential["@context"] = Value::Array(contexts);
        }
    }
    credential
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn v2() -> Value {
        json!({
            "@context": [CREDENTIALS_V2], "type": ["VerifiableCredential"],
            "issuer": "did:example:issuer", "validFrom": "2026-01-01T00:00:00Z",
            "credentialSubject": { "id": "did:example:subject", "name": "Ada" },
        })
    }

    fn problems(c: &Value) -> String {
        check(c).err().unwrap_or_default().join("; ")
    }

    #[test]
    fn conforming_credentials_pass() {
        assert_eq!(check(&v2()), Ok(Version::V2_0));
        let v1 = json!({
            "@context": [CREDENTIALS_V1], "type": "VerifiableCredential",
            "issuer": { "id": "https://issuer.example" }, "issuanceDate": "2026-01-01T00:00:00Z",
            "credentialSubject": { "https://schema.org/name": "Ada" },
        });
        assert_eq!(check(&v1), Ok(Version::V1_1));
        let with = with_proof_context(v1, Version::V1_1);
        assert_eq!(with["@context"][1], DATA_INTEGRITY_V2);
    }

    #[test]
    fn each_rule_is_named() {
        let mut c = v2();
        c.as_object_mut().map(|o| o.remove("credentialSubject"));
        assert!(problems(&c).contains("needs a `credentialSubject`"));
        let mut c = v2();
        c["issuer"] = Value::Null;
        assert!(problems(&c).contains("not null"));
        let mut c = v2();
        c["validFrom"] = "yesterday".into();
        assert!(problems(&c).contains("`validFrom` must be a date-time"));
        let mut c = v2();
        c["validUntil"] = "2025-01-01T00:00:00Z".into();
        assert!(problems(&c).contains("expire"));
        for name in [
            "credentialStatus",
            "evidence",
            "termsOfUse",
            "refreshService",
            "credentialSchema",
        ] {
            let mut c = v2();
            c[name] = json!({ "id": "https://x.example/1" });
            assert!(problems(&c).contains(&format!("`{name}` entry")), "{name}");
        }
        let mut c = v2();
        c["issuanceDate"] = "2026-01-01T00:00:00Z".into();
        assert!(problems(&c).contains("VC 1.1"));
        let mut c = v2();
        c["@context"] = json!(["https://example.org/ctx"]);
        assert!(problems(&c).contains("first `@context`"));
        let mut c = v2();
        c["credentialSubject"] = json!({});
        assert!(problems(&c).contains("non-empty object"));
        let mut c = v2();
        c["id"] = "not a url".into();
        assert!(problems(&c).contains("`id` must be a URL"));
    }
}
