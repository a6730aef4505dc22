//! Known-answer and round-trip tests for `eddsa-rdfc-2022` proofs.

use citybadges_credentials::canon;
use citybadges_credentials::proof::{self, ProofError, ProofOptions};
use citybadges_credentials::{generate_signing_key, parse_public_key_multibase};
use ed25519_dalek::{SigningKey, VerifyingKey};
use serde_json::{json, Value};

/// Private key of the 1EdTech OB 3.0 `eddsa-rdfc-2022` example (OB 3.0 spec, "Key pair &
/// Multikey"): its public key is `z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi`.
const VECTOR_SEED_HEX: &str = "6241a409e6707bb640a0140a8a32bc3d193c33a661747284d6adfa4ed4180be4";

fn testdata(name: &str) -> String {
    let path = format!("{}/testdata/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).expect(&path)
}

fn json(name: &str) -> Value {
    serde_json::from_str(&testdata(name)).expect(name)
}

fn vector_key() -> SigningKey {
    let seed: Vec<u8> = (0..64)
        .step_by(2)
        .map(|i| u8::from_str_radix(&VECTOR_SEED_HEX[i..i + 2], 16).expect("hex"))
        .collect();
    SigningKey::from_bytes(&seed.try_into().expect("32 bytes"))
}

/// The issuer document's key, looked up by verification method id as a resolver would.
fn vector_resolver(vm: &str) -> Option<VerifyingKey> {
    let docs = json("ob3-vector-docs.json");
    let methods = docs["https://example.edu/issuers/565049"]["verificationMethod"].as_array()?;
    let method = methods.iter().find(|m| m["id"] == vm)?;
    parse_public_key_multibase(method["publicKeyMultibase"].as_str()?).ok()
}

fn vector_options() -> ProofOptions {
    ProofOptions::assertion(
        "https://example.edu/issuers/565049#z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi",
        "2010-01-01T19:23:24Z",
    )
}

#[test]
fn vector_key_is_the_documented_one() {
    let public = citybadges_credentials::public_key_multibase(&vector_key().verifying_key());
    assert_eq!(public, "z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi");
}

#[test]
fn proof_configuration_matches_reference() {
    let signed = json("ob3-vector-signed.json");
    let mut config = signed["proof"].clone();
    let config_obj = config.as_object_mut().expect("object");
    config_obj.remove("proofValue");
    config_obj.insert("@context".into(), signed["@context"].clone());
    assert_eq!(
        canon::canonicalize(&config).expect("canon"),
        testdata("proof-canon.txt")
    );
}

#[test]
fn proof_value_is_reproduced_byte_for_byte() {
    let unsigned = json("ob3-vector-unsigned.json");
    let expected = json("ob3-vector-signed.json")["proof"].clone();
    let proof = proof::create_proof(&unsigned, &vector_key(), &vector_options()).expect("proof");
    assert_eq!(proof, expected);
}

#[test]
fn signed_vector_verifies_with_the_issuer_key() {
    let signed = json("ob3-vector-signed.json");
    let verified = proof::verify_proof(&signed, &vector_resolver).expect("verifies");
    assert_eq!(verified.proof_purpose, "assertionMethod");
    assert_eq!(verified.created.as_deref(), Some("2010-01-01T19:23:24Z"));
}

#[test]
fn tampered_vector_is_rejected() {
    let mut signed = json("ob3-vector-signed.json");
    signed["credentialSubject"]["achievement"]["name"] = json!("Teamwork!");
    assert!(matches!(
        proof::verify_proof(&signed, &vector_resolver),
        Err(ProofError::BadSignature)
    ));
    let mut signed = json("ob3-vector-signed.json");
    signed["proof"]["created"] = json!("2010-01-01T19:23:25Z");
    assert!(matches!(
        proof::verify_proof(&signed, &vector_resolver),
        Err(ProofError::BadSignature)
    ));
}

#[test]
fn wrong_suite_type_and_malformed_values_are_rejected() {
    let signed = json("ob3-vector-signed.json");
    let with = |field: &str, value: Value| {
        let mut doc = signed.clone();
        doc["proof"][field] = value;
        proof::verify_proof(&doc, &vector_resolver)
    };
    assert!(matches!(
        with("cryptosuite", json!("eddsa-jcs-2022")),
        Err(ProofError::UnsupportedCryptosuite(_))
    ));
    assert!(matches!(
        with("type", json!("Ed25519Signature2020")),
        Err(ProofError::UnsupportedProofType(_))
    ));
    for bad in [json!("u1234"), json!("zzzz"), json!("z0OIl"), json!(42)] {
        let result = with("proofValue", bad.clone());
        assert!(
            matches!(
                result,
                Err(ProofError::MalformedProofValue(_) | ProofError::MissingField("proofValue"))
            ),
            "{bad}: {result:?}"
        );
    }
    let unknown = with(
        "verificationMethod",
        json!("https://example.edu/issuers/565049#other"),
    );
    assert!(matches!(
        unknown,
        Err(ProofError::UnknownVerificationMethod(_))
    ));
}

fn sample_credential() -> Value {
    json!({
        "@context": [
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
        ],
        "id": "urn:uuid:7f1c4c7e-3b52-4a1e-9a55-0c1e5e0f9a01",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {
            "id": "https://badges.example.city/issuers/1",
            "type": ["Profile"],
            "name": "City Library"
        },
        "validFrom": "2025-03-01T10:00:00Z",
        "name": "Reading Marathon",
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [{
                "type": "IdentityObject",
                "identityHash": "sha256$abc",
                "identityType": "emailAddress",
                "hashed": true,
                "salt": "pepper"
            }],
            "achievement": {
                "id": "https://badges.example.city/achievements/42",
                "type": ["Achievement"],
                "name": "Reading Marathon",
                "description": "Read 20 books in a summer.",
                "criteria": {"narrative": "Log 20 books."}
            }
        }
    })
}

#[test]
fn round_trip_with_a_fresh_key() {
    let key = generate_signing_key();
    let public = key.verifying_key();
    let vm = "https://badges.example.city/issuers/1#key-1";
    let options = ProofOptions::assertion(vm, "2025-03-01T10:00:00Z");
    let signed = proof::sign(&sample_credential(), &key, &options).expect("sign");
    assert!(signed["proof"].is_array(), "OB 3.0 wants a proof array");
    let resolver = |id: &str| (id == vm).then_some(public);
    let verified = proof::verify_proof(&signed, &resolver).expect("verifies");
    assert_eq!(verified.verification_method, vm);

    let mut changed = signed.clone();
    changed["credentialSubject"]["identifier"][0]["hashed"] = json!(false);
    assert!(matches!(
        proof::verify_proof(&changed, &resolver),
        Err(ProofError::BadSignature)
    ));

    let pinned = std::collections::HashMap::from([(vm.to_string(), public)]);
    proof::verify_proof(&signed, &pinned).expect("pinned keys");

    let other = generate_signing_key().verifying_key();
    let wrong_key = |_: &str| Some(other);
    assert!(matches!(
        proof::verify_proof(&signed, &wrong_key),
        Err(ProofError::BadSignature)
    ));
}

#[test]
fn an_invalid_created_is_refused_when_signing() {
    let options = ProofOptions::assertion("urn:key:a", "2025-03-01 10:00");
    let result = proof::create_proof(&sample_credential(), &generate_signing_key(), &options);
    assert!(matches!(result, Err(ProofError::InvalidCreated(_))));
}

#[test]
fn proof_sets_sign_the_document_without_earlier_proofs() {
    let (a, b) = (generate_signing_key(), generate_signing_key());
    let options = |vm: &str| ProofOptions::assertion(vm, "2025-03-01T10:00:00Z");
    let once = proof::sign(&sample_credential(), &a, &options("urn:key:a")).expect("sign a");
    let twice = proof::sign(&once, &b, &options("urn:key:b")).expect("sign b");
    let keys = |id: &str| match id {
        "urn:key:a" => Some(a.verifying_key()),
        "urn:key:b" => Some(b.verifying_key()),
        _ => None,
    };
    assert_eq!(proof::verify_proofs(&twice, &keys).expect("both").len(), 2);
    assert!(matches!(
        proof::verify_proof(&twice, &keys),
        Err(ProofError::ProofCount(2))
    ));
    assert!(matches!(
        proof::verify_proof(&sample_credential(), &keys),
        Err(ProofError::MissingProof)
    ));
}

#[test]
fn a_proof_context_must_prefix_the_document_context() {
    let key = generate_signing_key();
    let vm = "urn:key:a";
    let signed = proof::sign(
        &sample_credential(),
        &key,
        &ProofOptions::assertion(vm, "2025-03-01T10:00:00Z"),
    )
    .expect("sign");
    let keys = |_: &str| Some(key.verifying_key());
    let mut foreign = signed.clone();
    foreign["proof"][0]["@context"] = json!(["https://www.w3.org/ns/did/v1"]);
    assert!(matches!(
        proof::verify_proof(&foreign, &keys),
        Err(ProofError::ContextMismatch)
    ));
}

#[test]
fn undefined_terms_are_neither_signed_nor_accepted() {
    let key = generate_signing_key();
    let vm = "urn:key:a";
    let options = ProofOptions::assertion(vm, "2025-03-01T10:00:00Z");
    let mut doc = sample_credential();
    doc["credentialSubject"]["favouriteColour"] = json!("green");
    doc["credentialSchema"] =
        json!({"id": "https://example.org/s.json", "type": "UnknownValidator"});
    match proof::sign(&doc, &key, &options) {
        Err(ProofError::UndefinedTerms(terms)) => {
            assert_eq!(terms, ["UnknownValidator", "favouriteColour"]);
        }
        other => panic!("expected UndefinedTerms, got {other:?}"),
    }

    // Signed leniently, the extra field is not covered: strict verification refuses it.
    let lenient = proof::EddsaRdfc2022::default().allow_undefined_terms();
    let signed = lenient.sign(&doc, &key, &options).expect("lenient sign");
    let keys = |_: &str| Some(key.verifying_key());
    let mut altered = signed.clone();
    altered["credentialSubject"]["favouriteColour"] = json!("red");
    lenient
        .verify_proof(&altered, &keys)
        .expect("the dropped field is not signed");
    assert!(matches!(
        proof::verify_proof(&altered, &keys),
        Err(ProofError::UndefinedTerms(_))
    ));
}
