//! Prints the RDFC-1.0 canonical N-Quads of a JSON-LD file (bundled contexts only), for
//! comparing with other implementations.
//!
//! `cargo run -p citybadges-credentials --example canonicalize -- FILE.json`

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .ok_or("usage: canonicalize FILE.json")?;
    let document: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path)?)?;
    print!(
        "{}",
        citybadges_credentials::canon::canonicalize(&document)?
    );
    Ok(())
}
