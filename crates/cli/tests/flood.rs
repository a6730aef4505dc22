//! A flood of hostile credentials (blank nodes that all point at each other, the graphs that make
//! RDF canonicalization slow) sent to the anonymous verifier leaves every other route answering:
//! the work is bounded and runs off the HTTP workers, a few at a time.

mod common;

use common::*;
use serde_json::{json, Value};
use std::time::{Duration, Instant};

fn poison(n: usize) -> Value {
    let nodes = citybadges_credentials::hostile::blank_node_clique(n);
    json!({
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "type": ["VerifiableCredential"],
        "issuer": "did:key:z6MkehRgf7yJbgaGfYsdoAsKdBPE3dj2CYhowQdcjqSJgvVd",
        "credentialSubject": { "https://example.org/has": nodes },
        "proof": {
            "type": "DataIntegrityProof", "cryptosuite": "eddsa-rdfc-2022",
            "verificationMethod": "did:key:z6MkehRgf7yJbgaGfYsdoAsKdBPE3dj2CYhowQdcjqSJgvVd#z6MkehRgf7yJbgaGfYsdoAsKdBPE3dj2CYhowQdcjqSJgvVd",
            "proofPurpose": "assertionMethod", "created": "2026-01-01T00:00:00Z",
            "proofValue": "z3FXQjecWufY46yg5abdVZsXqLhxhueuSoZgNSARiKBk9czhSePTFehP8c3PGfb6a22gkfUKPe4NT6t3JHpHW8RMv"
        }
    })
}

#[test]
fn hostile_credentials_do_not_freeze_the_server() {
    let dir = tempfile::tempdir().expect("tempdir");
    let server = serve(
        dir.path(),
        &[("CITYBADGES_RATE_LIMITS__VERIFY_PER_MINUTE", "1000")],
    );
    let base = server.base.clone();
    let body = json!({ "verifiableCredential": poison(160) }).to_string();
    assert!(
        body.len() > 400_000,
        "a body like the one reported: {} bytes",
        body.len()
    );
    let client = reqwest::blocking::Client::builder()
        .timeout(Duration::from_secs(120))
        .build()
        .expect("client");

    // Twelve hostile bodies at once, from as many clients.
    let flood: Vec<_> = (0..12)
        .map(|_| {
            let (client, base, body) = (client.clone(), base.clone(), body.clone());
            std::thread::spawn(move || {
                let r = client
                    .post(format!("{base}/credentials/verify"))
                    .header("Content-Type", "application/json")
                    .body(body)
                    .send()
                    .expect("answered");
                let status = r.status().as_u16();
                (status, r.text().unwrap_or_default())
            })
        })
        .collect();

    // Meanwhile the catalog keeps answering, each request promptly (a generous bound: the
    // point is "answers", not a speed goal).
    std::thread::sleep(Duration::from_millis(200));
    let quick = reqwest::blocking::Client::builder()
        .timeout(Duration::from_secs(10))
        .build()
        .expect("client");
    let started = Instant::now();
    for path in [
        "/api/v1/activities",
        "/healthz",
        "/api/v1/organizations",
        "/",
    ] {
        let r = quick
            .get(format!("{base}{path}"))
            .send()
            .unwrap_or_else(|e| panic!("{path} did not answer during the flood: {e}"));
        assert!(r.status().is_success(), "{path}: {}", r.status());
    }
    let during = started.elapsed();

    // Every hostile body got a clear refusal: too complex (422), or busy, try again (503).
    for handle in flood {
        let (status, text) = handle.join().expect("thread");
        assert!(
            status == 422 && text.contains("too complex") || status == 503 && text.contains("busy"),
            "{status}: {text}"
        );
    }
    eprintln!("four other requests answered in {during:?} during the flood");
}
