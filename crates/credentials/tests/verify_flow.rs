//! The verifier end to end: an issuer signs with its key, publishes its profile and a status
//! list, and the verifier checks each thing a relying party cares about.

use std::collections::HashMap;

use chrono::{TimeZone, Utc};
use citybadges_credentials::identity::hash_email;
use citybadges_credentials::ob3::{self, Achievement, CredentialDraft, Issuer, IssuerKey};
use citybadges_credentials::proof::{self, ProofOptions};
use citybadges_credentials::status_list::{self, StatusList, StatusListEntry, StatusPurpose};
use citybadges_credentials::verify::{
    verify_credential, DocumentResolver, Outcome, Report, ResolveError, VerifyOptions,
};
use citybadges_credentials::{generate_signing_key, public_key_multibase};
use ed25519_dalek::SigningKey;
use serde_json::Value;

const ISSUER: &str = "https://city.example/issuers/fab-lab";
const LIST: &str = "https://city.example/status/fab-lab/1";

struct Docs(HashMap<String, Value>);

#[async_trait::async_trait]
impl DocumentResolver for Docs {
    async fn resolve(&self, url: &str) -> Result<Value, ResolveError> {
        self.0
            .get(url)
            .cloned()
            .ok_or_else(|| ResolveError(format!("{url}: 404")))
    }
}

fn issuer() -> Issuer {
    Issuer {
        id: ISSUER.into(),
        name: "Fab Lab".into(),
        url: "https://city.example/orgs/fab-lab".into(),
        image: None,
        description: None,
        email: None,
    }
}

fn options(key: &SigningKey) -> ProofOptions {
    let _ = key;
    ProofOptions::assertion(format!("{ISSUER}#key-1"), "2026-11-27T10:00:00Z")
}

fn signed(key: &SigningKey, index: usize, valid_until: Option<&str>) -> Value {
    let draft = CredentialDraft {
        valid_until: valid_until.map(str::to_owned),
        status: Some(StatusListEntry::new(LIST, index, StatusPurpose::Revocation).to_json()),
        ..laser_badge(format!("https://city.example/credentials/{index}"))
    };
    proof::sign(&ob3::credential_json(&draft), key, &options(key)).expect("signs")
}

/// The test credential `id`: the laser cutter badge for kid@example.org, no expiry, no status.
fn laser_badge(id: String) -> CredentialDraft {
    CredentialDraft {
        id,
        issuer: issuer(),
        achievement: Achievement {
            id: "https://city.example/orgs/fab-lab/badges/laser".into(),
            name: "Laser Cutter".into(),
            description: "Safe use of the laser cutter.".into(),
            criteria_narrative: "Cut a box.".into(),
            image: None,
            achievement_type: "Competency".into(),
            alignments: vec![],
            level: None,
            tags: vec![],
        },
        identity_hash: hash_email("kid@example.org", "pepper"),
        salt: "pepper".into(),
        narrative: None,
        evidence: vec![],
        valid_from: "2026-11-27T10:00:00Z".into(),
        valid_until: None,
        status: None,
    }
}

fn world(key: &SigningKey, revoked: &[usize]) -> Docs {
    let keys = [IssuerKey {
        id: format!("{ISSUER}#key-1"),
        public_key_multibase: public_key_multibase(&key.verifying_key()),
    }];
    let mut list = StatusList::new();
    for i in revoked {
        list.set(*i, true).expect("in range");
    }
    let list_doc = status_list::status_list_credential(
        LIST,
        ISSUER,
        "2026-11-27T10:00:00Z",
        StatusPurpose::Revocation,
        &list,
    );
    let list_doc = proof::sign(&list_doc, key, &options(key)).expect("signs list");
    Docs(HashMap::from([
        (
            ISSUER.to_owned(),
            ob3::issuer_profile_json(&issuer(), &keys),
        ),
        (LIST.to_owned(), list_doc),
    ]))
}

fn at_noon() -> VerifyOptions {
    VerifyOptions {
        recipient_email: None,
        now: Some(Utc.with_ymd_and_hms(2026, 11, 28, 12, 0, 0).unwrap()),
    }
}

fn outcome(report: &Report, check: &str) -> Outcome {
    report
        .checks
        .iter()
        .find(|c| c.check == check)
        .map(|c| c.outcome)
        .expect(check)
}

#[tokio::test]
async fn a_fresh_credential_verifies_on_every_check() {
    let key = generate_signing_key();
    let report = verify_credential(&signed(&key, 7, None), &world(&key, &[]), &at_noon())
        .await
        .expect("within the work budget");
    assert!(report.verified, "{report:#?}");
    assert_eq!(report.revoked, Some(false));
    for check in ["format", "schema", "proof", "issuer", "dates", "status"] {
        assert_eq!(
            outcome(&report, check),
            Outcome::Passed,
            "{check}: {report:#?}"
        );
    }
    assert_eq!(outcome(&report, "recipient"), Outcome::Skipped);
    assert_eq!(
        report.credential.achievement_name.as_deref(),
        Some("Laser Cutter")
    );
}

#[tokio::test]
async fn tampering_revocation_expiry_and_foreign_keys_each_fail_their_check() {
    let key = generate_signing_key();
    let mut tampered = signed(&key, 7, None);
    tampered["credentialSubject"]["achievement"]["name"] = "Rocket Science".into();
    let report = verify_credential(&tampered, &world(&key, &[]), &at_noon())
        .await
        .expect("within the work budget");
    assert!(!report.verified);
    assert_eq!(outcome(&report, "proof"), Outcome::Failed);

    let report = verify_credential(&signed(&key, 7, None), &world(&key, &[7]), &at_noon())
        .await
        .expect("within the work budget");
    assert!(!report.verified);
    assert_eq!(report.revoked, Some(true));
    assert_eq!(outcome(&report, "status"), Outcome::Failed);

    let expired = signed(&key, 8, Some("2026-11-28T00:00:00Z"));
    let report = verify_credential(&expired, &world(&key, &[]), &at_noon())
        .await
        .expect("within the work budget");
    assert_eq!(outcome(&report, "dates"), Outcome::Failed);
    assert!(!report.verified);

    // Signed by someone else's key, published under the issuer's key id: the signature fails.
    let intruder = generate_signing_key();
    let report = verify_credential(&signed(&intruder, 7, None), &world(&key, &[]), &at_noon())
        .await
        .expect("within the work budget");
    assert_eq!(outcome(&report, "proof"), Outcome::Failed);

    // A key whose controller is not the issuer.
    let mut docs = world(&key, &[]);
    if let Some(profile) = docs.0.get_mut(ISSUER) {
        profile["verificationMethod"][0]["controller"] = "https://evil.example/".into();
    }
    let report = verify_credential(&signed(&key, 7, None), &docs, &at_noon())
        .await
        .expect("within the work budget");
    assert_eq!(outcome(&report, "issuer"), Outcome::Failed);
    assert!(!report.verified);

    // The issuer document cannot be fetched.
    let report = verify_credential(&signed(&key, 7, None), &Docs(HashMap::new()), &at_noon())
        .await
        .expect("within the work budget");
    assert_eq!(outcome(&report, "issuer"), Outcome::Failed);
}

#[tokio::test]
async fn the_recipient_check_compares_hashed_emails() {
    let key = generate_signing_key();
    let mut options = at_noon();
    options.recipient_email = Some(" KID@example.org".into());
    let report = verify_credential(&signed(&key, 1, None), &world(&key, &[]), &options)
        .await
        .expect("within the work budget");
    assert_eq!(outcome(&report, "recipient"), Outcome::Passed);
    options.recipient_email = Some("other@example.org".into());
    let report = verify_credential(&signed(&key, 1, None), &world(&key, &[]), &options)
        .await
        .expect("within the work budget");
    assert_eq!(outcome(&report, "recipient"), Outcome::Failed);
    assert!(!report.verified);
}

#[tokio::test]
async fn the_1edtech_vector_verifies_with_its_published_issuer_document() {
    let dir = format!("{}/testdata", env!("CARGO_MANIFEST_DIR"));
    let read = |name: &str| -> Value {
        serde_json::from_str(&std::fs::read_to_string(format!("{dir}/{name}")).expect(name))
            .expect(name)
    };
    let docs: HashMap<String, Value> =
        serde_json::from_value(read("ob3-vector-docs.json")).expect("docs");
    let report = verify_credential(&read("ob3-vector-signed.json"), &Docs(docs), &at_noon())
        .await
        .expect("within the work budget");
    assert_eq!(outcome(&report, "proof"), Outcome::Passed, "{report:#?}");
    assert_eq!(outcome(&report, "issuer"), Outcome::Passed, "{report:#?}");
}

#[tokio::test]
async fn garbage_is_explained_not_crashed_on() {
    let docs = Docs(HashMap::new());
    for input in [
        serde_json::json!("just a string"),
        serde_json::json!({"@context": "https://example.org/", "type": "Thing"}),
        serde_json::json!({"@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiableCredential", "OpenBadgeCredential"], "issuer": "https://x.example/"}),
    ] {
        let report = verify_credential(&input, &docs, &at_noon())
            .await
            .expect("within the work budget");
        assert!(!report.verified);
        assert_eq!(outcome(&report, "format"), Outcome::Failed, "{input}");
        assert!(report.checks.iter().all(|c| !c.title.is_empty()));
    }
}

/// Credentials signed by Digital Bazaar's libraries (`testdata/vc/README.md`): did:key issuers,
/// not Open Badges. Their keys resolve from the did:key itself, so no documents are needed.
fn digital_bazaar(name: &str) -> Value {
    let path = format!("{}/testdata/vc/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(&path).expect("fixture")).expect("json")
}

fn in_2026() -> VerifyOptions {
    at_noon()
}

#[tokio::test]
async fn any_verifiable_credential_with_data_integrity_proofs_verifies() {
    let none = Docs(HashMap::new());
    for name in ["vc2-didkey.json", "vc11-didkey.json", "vc2-proof-set.json"] {
        let report = verify_credential(&digital_bazaar(name), &none, &in_2026())
            .await
            .expect("within the work budget");
        assert!(report.verified, "{name}: {report:#?}");
        assert!(!report.badge, "{name}");
        assert_eq!(outcome(&report, "schema"), Outcome::Skipped, "{name}");
        assert_eq!(outcome(&report, "proof"), Outcome::Passed, "{name}");
    }
    let report = verify_credential(
        &digital_bazaar("vc2-didkey-tampered.json"),
        &none,
        &in_2026(),
    )
    .await
    .expect("within the work budget");
    assert!(!report.verified);
    assert_eq!(outcome(&report, "proof"), Outcome::Failed);
}

/// Every proof of a set must verify, and one of them must be the issuer's.
#[tokio::test]
async fn a_proof_set_needs_every_proof_and_one_by_the_issuer() {
    let none = Docs(HashMap::new());
    let mut set = digital_bazaar("vc2-proof-set.json");
    set["proof"][1]["proofValue"] = set["proof"][0]["proofValue"].clone();
    let report = verify_credential(&set, &none, &in_2026())
        .await
        .expect("budget");
    assert!(
        !report.verified,
        "one proof's signature is wrong: {report:#?}"
    );
    // Only the second signer's proof: not signed by the issuer.
    let mut other = digital_bazaar("vc2-proof-set.json");
    let second = other["proof"][1].clone();
    other["proof"] = Value::Array(vec![second]);
    let report = verify_credential(&other, &none, &in_2026())
        .await
        .expect("budget");
    assert!(!report.verified);
    assert_eq!(outcome(&report, "issuer"), Outcome::Failed, "{report:#?}");
}

/// A proof chain: the second proof follows the first by `previousProof` and covers it.
#[tokio::test]
async fn proof_chains_verify_and_cover_the_earlier_proof() {
    let key = generate_signing_key();
    let mut first = options(&key);
    first.id = Some("urn:uuid:00000000-0000-4000-8000-000000000001".into());
    let once = proof::sign(
        &ob3::credential_json(&CredentialDraft {
            status: None,
            ..draft_of(&signed(&key, 3, None))
        }),
        &key,
        &first,
    )
    .expect("signs");
    let mut second = options(&key);
    second.previous_proof = first.id.clone();
    second.created = Some("2026-11-27T11:00:00Z".into());
    let chained = proof::sign(&once, &key, &second).expect("chains");
    assert_eq!(
        chained["proof"][1]["previousProof"],
        first.id.as_deref().expect("id")
    );
    let report = verify_credential(&chained, &world(&key, &[]), &at_noon())
        .await
        .expect("budget");
    assert!(report.verified, "{report:#?}");
    // Changing the first proof breaks the second too (it signed over the first).
    let mut altered = chained.clone();
    altered["proof"][0]["created"] = "2026-11-27T10:00:01Z".into();
    let report = verify_credential(&altered, &world(&key, &[]), &at_noon())
        .await
        .expect("budget");
    assert!(!report.verified);
    // A chain naming a proof that is not there is refused.
    let mut dangling = chained.clone();
    dangling["proof"][1]["previousProof"] = "urn:uuid:not-here".into();
    let report = verify_credential(&dangling, &world(&key, &[]), &at_noon())
        .await
        .expect("budget");
    assert!(!report.verified);
    assert!(
        report
            .checks
            .iter()
            .any(|c| c.detail.contains("previous proof")),
        "{report:#?}"
    );
}

/// The same credential without its proof, as a draft-shaped value for re-signing.
fn draft_of(signed: &Value) -> CredentialDraft {
    let _ = signed;
    laser_badge("https://city.example/credentials/chain".into())
}

/// A credential whose subject holds blank nodes that all point at each other: refused as too
/// complex (a clear error, not a verdict), within the work budget.
#[tokio::test]
async fn poison_graphs_are_refused_as_too_complex() {
    use serde_json::json;
    let key = generate_signing_key();
    for n in [12usize, 40, 160] {
        let nodes = citybadges_credentials::hostile::blank_node_clique(n);
        let mut credential = ob3::credential_json(&draft_of(&Value::Null));
        credential["credentialSubject"]["https://example.org/has"] = Value::Array(nodes);
        credential["proof"] = json!([{
            "type": "DataIntegrityProof", "cryptosuite": "eddsa-rdfc-2022",
            "created": "2026-11-27T10:00:00Z", "verificationMethod": format!("{ISSUER}#key-1"),
            "proofPurpose": "assertionMethod", "proofValue": "z3FXQjecWufY46yg5abdVZsXqLhxhueuSoZgNSARiKBk9czhSePTFehP8c3PGfb6a22gkfUKPe4NT6t3JHpHW8RMv"
        }]);
        let result = verify_credential(&credential, &world(&key, &[]), &at_noon()).await;
        assert!(
            matches!(
                result,
                Err(citybadges_credentials::verify::VerifyError::TooComplex(_))
            ),
            "n = {n}: {result:?}"
        );
    }
}
