//! Independent checks: badges issued by a running `citybadges serve --demo` verify with tools no
//! one here wrote — Digital Bazaar's JavaScript stack (with the OB 3.0 JSON Schema through ajv)
//! and 1EdTech's Open Badges 2.0 validator — and stop verifying once tampered or revoked.
//!
//! The tools come from the npm registry and PyPI, pinned by `tests/interop/js/package-lock.json`
//! and `tests/interop/ob2/requirements.txt`; they are installed on first use.

mod common;

use common::*;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::Command;

fn interop_dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/interop")
        .join(name)
}

/// `npm ci` once per checkout (node_modules is not committed).
fn node_verifier() -> PathBuf {
    let dir = interop_dir("js");
    if !dir.join("node_modules/.package-lock.json").exists() {
        let out = Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(&dir)
            .output()
            .expect("npm must be installed for the interoperability suite");
        assert!(
            out.status.success(),
            "npm ci failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    dir.join("verify-ob3.mjs")
}

/// The Python of a virtualenv holding the 1EdTech validator (made by `setup.sh` once).
fn ob2_python() -> String {
    let out = Command::new("bash")
        .arg(interop_dir("ob2").join("setup.sh"))
        .output()
        .expect("bash and python3 must be installed for the interoperability suite");
    assert!(
        out.status.success(),
        "OB 2.0 validator setup failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

/// Runs the Digital Bazaar verifier; returns its exit code and report.
fn node_verify(script: &Path, credential: &str, allow_origin: &str) -> (i32, Value) {
    let mut cmd = Command::new("node");
    cmd.arg(script)
        .args(["--credential", credential, "--allow-origin", allow_origin]);
    report_of(
        &mut cmd,
        "verify-ob3.mjs",
        "node must be installed for the interoperability suite",
    )
}

/// Runs the Digital Credentials Consortium's verifier (`@digitalcredentials/verifier-core`, the
/// one behind the Learner Credential Wallet and VerifierPlus); returns its exit code and report.
fn dcc_verify(credential: &str, allow_origin: &str) -> (i32, Value) {
    let mut cmd = Command::new("node");
    cmd.arg(interop_dir("js").join("verify-dcc.mjs")).args([
        "--credential",
        credential,
        "--allow-origin",
        allow_origin,
    ]);
    report_of(
        &mut cmd,
        "verify-dcc.mjs",
        "node must be installed for the interoperability suite",
    )
}

fn ob2_validate(python: &str, args: &[&str]) -> (i32, Value) {
    let mut cmd = Command::new(python);
    cmd.arg(interop_dir("ob2").join("validate_ob2.py"))
        .args(args);
    report_of(&mut cmd, "validate_ob2.py", "run validate_ob2.py")
}

/// Runs a checker that prints a JSON report (`name`); returns its exit code and report.
/// `cannot_run` says what is missing when it does not start.
fn report_of(cmd: &mut Command, name: &str, cannot_run: &str) -> (i32, Value) {
    let out = cmd.output().expect(cannot_run);
    let report = serde_json::from_slice(&out.stdout).unwrap_or_else(|_| {
        panic!(
            "{name} printed no JSON: {} {}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    (out.status.code().unwrap_or(-1), report)
}

fn post(url: &str, token: &str, body: &Value) -> (u16, Value) {
    let resp = reqwest::blocking::Client::new()
        .post(url)
        .bearer_auth(token)
        .json(body)
        .send()
        .expect("request");
    let status = resp.status().as_u16();
    (status, resp.json().unwrap_or(Value::Null))
}

#[test]
fn demo_city_badges_verify_with_independent_tools() {
    let script = node_verifier();
    let python = ob2_python();
    let dir = tempfile::tempdir().expect("tempdir");
    let server = serve(dir.path(), &[]);
    let base = server.base.clone();

    // An operator makes a token for an organization; its integration awards a badge.
    let (_, org) = get_json(&format!("{base}/api/v1/organizations?per_page=1"), None);
    let slug = org["items"][0]["slug"].as_str().expect("slug").to_owned();
    let (_, detail) = get_json(&format!("{base}/api/v1/organizations/{slug}"), None);
    let badge = detail["badges"][0]["slug"]
        .as_str()
        .expect("badge")
        .to_owned();
    let out = run(citybadges(&[])
        .args(["token", "create", "--org", &slug, "--user"])
        .arg(format!("admin@{slug}.demo.citybadges.org"))
        .arg("--data-dir")
        .arg(dir.path()));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let token = String::from_utf8_lossy(&out.stdout).trim().to_owned();
    let email = "river.student@example.org";
    let (status, award) = post(
        &format!("{base}/api/v1/orgs/{slug}/awards"),
        &token,
        &json!({ "recipient_email": email, "achievement": badge,
                 "narrative": "Led the team's bridge build.", "evidence_url": "https://example.org/bridge" }),
    );
    assert_eq!(status, 201, "{award}");
    let credential_url = award["links"]["credential"]
        .as_str()
        .expect("url")
        .to_owned();

    // Digital Bazaar's stack verifies it offline, fetching only the issuer's documents from the
    // server; ajv validates it against the OB 3.0 JSON Schema.
    let (code, report) = node_verify(&script, &credential_url, &base);
    assert_eq!(code, 0, "{report:#}");
    assert_eq!(report["proof"], true, "{report:#}");
    assert_eq!(report["schemaValid"], true, "{report:#}");
    assert_eq!(report["revoked"], false, "{report:#}");

    // So does the DCC verifier, dereferencing the proof's key id with a plain GET.
    let (code, report) = dcc_verify(&credential_url, &base);
    assert_eq!(code, 0, "{report:#}");
    assert_eq!(report["verified"], true, "{report:#}");
    assert_eq!(report["proof"], true, "{report:#}");
    assert_eq!(report["revoked"], false, "{report:#}");
    assert_eq!(report["expired"], false, "{report:#}");

    // A tampered copy fails.
    let credential: Value = reqwest::blocking::Client::new()
        .get(&credential_url)
        .header("Accept", "application/vc+ld+json")
        .send()
        .and_then(|r| r.json())
        .expect("credential");
    let mut tampered = credential.clone();
    tampered["credentialSubject"]["achievement"]["name"] = "Master Builder".into();
    let file = dir.path().join("tampered.json");
    std::fs::write(&file, tampered.to_string()).expect("write");
    let (code, report) = node_verify(&script, file.to_str().expect("path"), &base);
    assert_eq!(code, 1, "{report:#}");
    assert_eq!(report["proof"], false, "{report:#}");
    let (code, report) = dcc_verify(file.to_str().expect("path"), &base);
    assert_eq!(code, 1, "{report:#}");
    assert_eq!(report["proof"], false, "{report:#}");

    // An expired credential: the DCC verifier and ours both say so.
    let soon = (chrono::Utc::now() + chrono::Duration::seconds(2)).to_rfc3339();
    let (status, short) = post(
        &format!("{base}/api/v1/orgs/{slug}/awards"),
        &token,
        &json!({ "recipient_email": email, "achievement": badge, "valid_until": soon }),
    );
    assert_eq!(status, 201, "{short}");
    std::thread::sleep(std::time::Duration::from_millis(3000));
    let short_url = short["links"]["credential"]
        .as_str()
        .expect("url")
        .to_owned();
    let (code, report) = dcc_verify(&short_url, &base);
    assert_eq!(code, 1, "{report:#}");
    assert_eq!(report["expired"], true, "{report:#}");
    assert_eq!(report["proof"], true, "{report:#}");
    let (status, ours) = post(
        &format!("{base}/api/v1/verify"),
        "",
        &json!({ "url": short_url }),
    );
    assert_eq!(status, 200);
    assert_eq!(ours["verified"], false, "{ours:#}");

    // The baked PNG carries the same credential in its iTXt chunk.
    let png = reqwest::blocking::get(format!("{credential_url}.png"))
        .and_then(|r| r.bytes())
        .expect("png");
    let baked = citybadges_credentials::bake::extract_png(&png, 4 << 20)
        .expect("a valid PNG")
        .expect("a baked credential");
    assert_eq!(baked.keyword.as_str(), "openbadgecredential");
    assert_eq!(
        serde_json::from_str::<Value>(&baked.text).expect("json"),
        credential
    );

    // The OB 2.0 hosted assertion passes 1EdTech's validator, for the right email only.
    let assertion = award["links"]["ob2_assertion"]
        .as_str()
        .expect("ob2")
        .to_owned();
    let (code, report) = ob2_validate(&python, &[&assertion]);
    assert_eq!(code, 0, "{report:#}");
    assert_eq!(report["valid"], true, "{report:#}");
    let (code, _) = ob2_validate(&python, &["--recipient-email", email, &assertion]);
    assert_eq!(code, 0);
    let (code, _) = ob2_validate(
        &python,
        &["--recipient-email", "someone.else@example.org", &assertion],
    );
    assert_eq!(code, 1);

    // Revoked: our verifier, the status list as Digital Bazaar reads it, and the OB 2.0 host agree.
    let id = award["id"].as_str().expect("id");
    let (status, _) = post(
        &format!("{base}/api/v1/orgs/{slug}/awards/{id}/revoke"),
        &token,
        &json!({ "reason": "Awarded by mistake" }),
    );
    assert_eq!(status, 200);
    let (status, ours) = post(
        &format!("{base}/api/v1/verify"),
        "",
        &json!({ "url": credential_url }),
    );
    assert_eq!(status, 200);
    assert_eq!(ours["verified"], false, "{ours:#}");
    assert_eq!(ours["revoked"], true, "{ours:#}");
    let (code, report) = node_verify(&script, &credential_url, &base);
    assert_eq!(code, 1, "{report:#}");
    assert_eq!(report["proof"], true, "{report:#}");
    assert_eq!(report["revoked"], true, "{report:#}");
    let (code, report) = dcc_verify(&credential_url, &base);
    assert_eq!(code, 1, "{report:#}");
    assert_eq!(report["revoked"], true, "{report:#}");
    let (code, report) = ob2_validate(&python, &[&assertion]);
    assert_eq!(code, 1, "{report:#}");
    assert_eq!(report["revoked"], true, "{report:#}");
}
