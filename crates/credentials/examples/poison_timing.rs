//! Times canonicalization of "poison" graphs: N blank nodes that all point at each other, the
//! shape that makes RDFC-1.0 slow (BENCHMARKS.md, "Hostile credentials").
//! `cargo run --release -p citybadges-credentials --example poison_timing -- N [HNDQ_CALL_LIMIT]`
use serde_json::json;
fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(40);
    let limit: usize = std::env::args()
        .nth(2)
        .and_then(|s| s.parse().ok())
        .unwrap_or(4000);
    let nodes = citybadges_credentials::hostile::blank_node_clique(n);
    let doc = json!({"@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiableCredential"],
        "issuer": "did:example:1", "credentialSubject": {"https://example.org/has": nodes}});
    let c =
        citybadges_credentials::canon::Canonicalizer::default().with_hndq_call_limit(Some(limit));
    let t = std::time::Instant::now();
    let ds = c.to_dataset(&doc).map(|d| d.len());
    let r = c.canonicalize(&doc).map(|s| s.len());
    println!(
        "n={n} limit={limit} quads={ds:?} result={:?} in {:?}",
        r.map_err(|e| e.to_string().chars().take(80).collect::<String>()),
        t.elapsed()
    );
}
