//! Signs and verifies ~2,000 OB 3.0 credentials on one thread and prints the rates.
//!
//! `cargo bench -p citybadges-credentials --bench throughput [-- COUNT]`

use std::time::Instant;

use citybadges_credentials::generate_signing_key;
use citybadges_credentials::proof::{EddsaRdfc2022, ProofOptions};
use serde_json::{json, Value};

fn credential(i: usize) -> Value {
    json!({
        "@context": [
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
        ],
        "id": format!("urn:uuid:00000000-0000-4000-8000-{i:012}"),
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": "https://badges.example.city/issuers/1", "type": ["Profile"], "name": "City Library"},
        "validFrom": "2025-03-01T10:00:00Z",
        "name": "Reading Marathon",
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [{"type": "IdentityObject", "identityHash": format!("sha256${i:064x}"),
                            "identityType": "emailAddress", "hashed": true, "salt": "pepper"}],
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

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // `cargo bench` passes `--bench`; a bare number is the document count.
    let count: usize = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with("--"))
        .map(|n| n.parse())
        .transpose()?
        .unwrap_or(2_000);
    let documents: Vec<Value> = (0..count).map(credential).collect();
    println!("documents: {count}, one thread");
    let strict = EddsaRdfc2022::default();
    run("strict (default)", &strict, &documents)?;
    run(
        "allow_undefined_terms",
        &strict.allow_undefined_terms(),
        &documents,
    )?;
    Ok(())
}

fn run(
    label: &str,
    suite: &EddsaRdfc2022,
    documents: &[Value],
) -> Result<(), Box<dyn std::error::Error>> {
    let key = generate_signing_key();
    let public = key.verifying_key();
    // One `created` per document, as in real issuance (no two proof configurations alike).
    let options = |i: usize| {
        let created = format!("2025-03-01T10:{:02}:{:02}Z", (i / 60) % 60, i % 60);
        ProofOptions::assertion("https://badges.example.city/issuers/1#key-1", created)
    };

    let start = Instant::now();
    let signed = documents
        .iter()
        .enumerate()
        .map(|(i, d)| suite.sign(d, &key, &options(i)))
        .collect::<Result<Vec<_>, _>>()?;
    let sign = start.elapsed().as_secs_f64();

    let start = Instant::now();
    let resolver = |_: &str| Some(public);
    for document in &signed {
        suite.verify_proof(document, &resolver)?;
    }
    let verify = start.elapsed().as_secs_f64();

    let n = documents.len() as f64;
    println!("{label}:");
    println!(
        "  sign:   {:>7.0} /s ({:.3} ms each)",
        n / sign,
        1e3 * sign / n
    );
    println!(
        "  verify: {:>7.0} /s ({:.3} ms each)",
        n / verify,
        1e3 * verify / n
    );
    Ok(())
}
