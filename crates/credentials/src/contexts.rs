//! JSON-LD contexts bundled into the binary, so canonicalization never touches the network.
//!
//! The files under `contexts/` come from npm/PyPI packages; `contexts/README.md` names them.

/// `https://www.w3.org/ns/credentials/v2`: the W3C Verifiable Credentials 2.0 context.
pub const CREDENTIALS_V2: &str = "https://www.w3.org/ns/credentials/v2";
/// VC 2.0's context mapping every otherwise undefined term to `…/undefined-term#NAME`.
pub const UNDEFINED_TERMS_V2: &str = "https://www.w3.org/ns/credentials/undefined-terms/v2";
/// `https://www.w3.org/2018/credentials/v1`: the W3C Verifiable Credentials 1.1 context.
pub const CREDENTIALS_V1: &str = "https://www.w3.org/2018/credentials/v1";
/// The Open Badges 3.0 context, latest revision (3.0.3).
pub const OPEN_BADGES_V3: &str = OPEN_BADGES_V3_0_3;
/// Open Badges 3.0 context, revision 3.0.3.
pub const OPEN_BADGES_V3_0_3: &str = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
/// Open Badges 3.0 context, revision 3.0.2.
pub const OPEN_BADGES_V3_0_2: &str = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json";
/// Open Badges 3.0 context, revision 3.0.1.
pub const OPEN_BADGES_V3_0_1: &str = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json";
/// The Open Badges 3.0 extensions context (1EdTech schema validator, revocation list, refresh).
pub const OPEN_BADGES_V3_EXTENSIONS: &str =
    "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json";
/// The Open Badges 2.0 context.
pub const OPEN_BADGES_V2: &str = "https://w3id.org/openbadges/v2";
/// The Data Integrity 2.0 context (`DataIntegrityProof`, `cryptosuite`, `proofValue`).
pub const DATA_INTEGRITY_V2: &str = "https://w3id.org/security/data-integrity/v2";
/// The Data Integrity 1.0 context.
pub const DATA_INTEGRITY_V1: &str = "https://w3id.org/security/data-integrity/v1";
/// The Multikey context (`Multikey`, `publicKeyMultibase`).
pub const MULTIKEY_V1: &str = "https://w3id.org/security/multikey/v1";
/// The Security Vocabulary 2 context (`assertionMethod`, `verificationMethod`, …); issuer profiles
/// use it so that verifiers which compact controller documents find the key terms.
pub const SECURITY_V2: &str = "https://w3id.org/security/v2";
/// The Security Vocabulary 1 context, which the 2 context imports.
pub const SECURITY_V1: &str = "https://w3id.org/security/v1";
/// The DID 1.0 context.
pub const DID_V1: &str = "https://www.w3.org/ns/did/v1";

/// URL → file contents of every bundled context.
const BUNDLED: &[(&str, &str)] = &[
    (
        CREDENTIALS_V2,
        include_str!("../contexts/credentials-v2.jsonld"),
    ),
    (
        CREDENTIALS_V1,
        include_str!("../contexts/credentials-v1.jsonld"),
    ),
    (
        UNDEFINED_TERMS_V2,
        include_str!("../contexts/undefined-terms-v2.jsonld"),
    ),
    (
        OPEN_BADGES_V3_0_3,
        include_str!("../contexts/ob-context-3.0.3.json"),
    ),
    (
        OPEN_BADGES_V3_0_2,
        include_str!("../contexts/ob-context-3.0.2.json"),
    ),
    (
        OPEN_BADGES_V3_0_1,
        include_str!("../contexts/ob-context-3.0.1.json"),
    ),
    (
        OPEN_BADGES_V3_EXTENSIONS,
        include_str!("../contexts/ob-extensions.json"),
    ),
    (
        OPEN_BADGES_V2,
        include_str!("../contexts/openbadges-v2.json"),
    ),
    (
        DATA_INTEGRITY_V2,
        include_str!("../contexts/data-integrity-v2.jsonld"),
    ),
    (
        DATA_INTEGRITY_V1,
        include_str!("../contexts/data-integrity-v1.jsonld"),
    ),
    (MULTIKEY_V1, include_str!("../contexts/multikey-v1.jsonld")),
    (DID_V1, include_str!("../contexts/did-v1.jsonld")),
    (SECURITY_V2, include_str!("../contexts/security-v2.jsonld")),
    (SECURITY_V1, include_str!("../contexts/security-v1.jsonld")),
];

/// The bundled context document served for `url`, if there is one.
pub fn document(url: &str) -> Option<&'static str> {
    BUNDLED.iter().find(|(u, _)| *u == url).map(|(_, doc)| *doc)
}

/// Every URL that [`document`] serves.
pub fn urls() -> impl Iterator<Item = &'static str> {
    BUNDLED.iter().map(|(u, _)| *u)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bundled_context_is_json_with_a_context_key() {
        for url in urls() {
            let doc = document(url).expect("listed");
            let json: serde_json::Value = serde_json::from_str(doc).expect(url);
            assert!(json.get("@context").is_some(), "{url}");
        }
        assert!(document("https://example.com/unknown").is_none());
    }
}
