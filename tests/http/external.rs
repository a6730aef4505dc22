//! Verifying badges of other issuers: their profiles and status lists are fetched over HTTP,
//! behind the SSRF guard, with time and size limits. The foreign issuer here is a small HTTP
//! server on loopback, which only a deployment configured for tests may reach.

use actix_web::http::StatusCode;
use citybadges_credentials::identity::hash_email;
use citybadges_credentials::ob3::{self, Achievement, CredentialDraft, Issuer, IssuerKey};
use citybadges_credentials::proof::{self, ProofOptions};
use citybadges_credentials::status_list::{self, StatusList, StatusListEntry, StatusPurpose};
use citybadges_credentials::{generate_signing_key, public_key_multibase};
use citybadges_tests::*;
use serde_json::{json, Value};
use std::collections::HashMap;
use std::sync::Arc;

struct Foreign {
    base: String,
    credentials: HashMap<&'static str, Value>,
    _server: actix_web::dev::ServerHandle,
}

fn issuer(base: &str, profile_path: &str) -> Issuer {
    Issuer {
        id: format!("{base}{profile_path}"),
        name: "Riverside Makerspace (another city)".into(),
        url: format!("{base}/"),
        image: None,
        description: None,
        email: None,
    }
}

fn credential(base: &str, profile_path: &str, key: &ed25519_dalek::SigningKey, n: usize) -> Value {
    let issuer = issuer(base, profile_path);
    let draft = CredentialDraft {
        id: format!("{base}/credentials/{n}"),
        achievement: Achievement {
            id: format!("{base}/badges/soldering"),
            name: "Soldering Basics".into(),
            description: "Solders safely.".into(),
            criteria_narrative: "Build a blinking LED kit.".into(),
            image: None,
            achievement_type: "Badge".into(),
            alignments: vec![],
            level: None,
            tags: vec![],
        },
        identity_hash: hash_email("alex@example.org", "salt"),
        salt: "salt".into(),
        narrative: None,
        evidence: vec![],
        valid_from: "2026-01-01T00:00:00Z".into(),
        valid_until: None,
        status: Some(
            StatusListEntry::new(&format!("{base}/status/1"), n, StatusPurpose::Revocation)
                .to_json(),
        ),
        issuer: issuer.clone(),
    };
    let options = ProofOptions::assertion(format!("{}#key-1", issuer.id), "2026-01-01T00:00:00Z");
    proof::sign(&ob3::credential_json(&draft), key, &options).expect("signs")
}

/// A foreign issuer: profile, status list (bit 2 revoked), a huge profile, a slow profile.
async fn foreign_issuer() -> Foreign {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("addr"));
    let key = generate_signing_key();
    let mut docs: HashMap<String, String> = HashMap::new();
    for path in ["/issuer", "/huge-issuer", "/slow-issuer"] {
        let i = issuer(&base, path);
        let keys = [IssuerKey {
            id: format!("{}#key-1", i.id),
            public_key_multibase: public_key_multibase(&key.verifying_key()),
        }];
        let mut profile = ob3::issuer_profile_json(&i, &keys).to_string();
        if path == "/huge-issuer" {
            profile = format!("{{\"padding\": \"{}\"}}", "x".repeat(3 * 1024 * 1024));
        }
        docs.insert(path.into(), profile);
    }
    let mut bits = StatusList::new();
    bits.set(2, true).expect("bit");
    let list = status_list::status_list_credential(
        &format!("{base}/status/1"),
        &format!("{base}/issuer"),
        "2026-01-01T00:00:00Z",
        StatusPurpose::Revocation,
        &bits,
    );
    let list = proof::sign(
        &list,
        &key,
        &ProofOptions::assertion(format!("{base}/issuer#key-1"), "2026-01-01T00:00:00Z"),
    )
    .expect("signs");
    docs.insert("/status/1".into(), list.to_string());
    let credentials = HashMap::from([
        ("good", credential(&base, "/issuer", &key, 1)),
        ("revoked", credential(&base, "/issuer", &key, 2)),
        ("huge", credential(&base, "/huge-issuer", &key, 3)),
        ("slow", credential(&base, "/slow-issuer", &key, 4)),
    ]);
    docs.insert("/credentials/1".into(), credentials["good"].to_string());
    let docs = Arc::new(docs);
    let server = actix_web::HttpServer::new(move || {
        let docs = Arc::clone(&docs);
        actix_web::App::new().default_service(actix_web::web::to(
            move |req: actix_web::HttpRequest| {
                let docs = Arc::clone(&docs);
                async move {
                    if req.path() == "/slow-issuer" {
                        actix_rt::time::sleep(std::time::Duration::from_secs(5)).await;
                    }
                    match docs.get(req.path()) {
                        Some(body) => actix_web::HttpResponse::Ok()
                            .content_type("application/ld+json")
                            .body(body.clone()),
                        None => actix_web::HttpResponse::NotFound().finish(),
                    }
                }
            },
        ))
    })
    .workers(1)
    .listen(listener)
    .expect("listen")
    .run();
    let handle = server.handle();
    actix_rt::spawn(server);
    Foreign {
        base,
        credentials,
        _server: handle,
    }
}

fn check<'a>(report: &'a Value, name: &str) -> (&'a str, &'a str) {
    let c = report["checks"]
        .as_array()
        .expect("checks")
        .iter()
        .find(|c| c["check"] == name)
        .expect(name);
    (
        c["outcome"].as_str().expect("outcome"),
        c["detail"].as_str().expect("detail"),
    )
}

#[actix_rt::test]
async fn other_issuers_badges_verify_over_http_within_limits() {
    let foreign = foreign_issuer().await;
    let city = TestCity::with(Shape::Embedded, |s| {
        s.credentials.fetch_allow_private = true;
        s.credentials.fetch_timeout_secs = 1;
    })
    .await;
    let svc = city.service().await;
    let verify = |body: Value| {
        let svc = &svc;
        async move {
            let reply = post_json(svc, "/api/v1/verify", &Auth::default(), &[], &body).await;
            assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
            reply.json()
        }
    };
    let report = verify(json!({ "credential": foreign.credentials["good"] })).await;
    assert_eq!(report["verified"], true, "{report:#}");
    assert_eq!(report["revoked"], false);
    // Given by URL: the credential itself is fetched too.
    let report = verify(json!({ "url": format!("{}/credentials/1", foreign.base) })).await;
    assert_eq!(report["verified"], true, "{report:#}");
    // Their status list says revoked.
    let report = verify(json!({ "credential": foreign.credentials["revoked"] })).await;
    assert_eq!(report["verified"], false);
    assert_eq!(report["revoked"], true);
    // Tampered.
    let mut tampered = foreign.credentials["good"].clone();
    tampered["validFrom"] = "2020-01-01T00:00:00Z".into();
    let report = verify(json!({ "credential": tampered })).await;
    assert_eq!(check(&report, "proof").0, "failed");
    // A profile over the size limit, and one that answers too slowly: explained, not waited on.
    let report = verify(json!({ "credential": foreign.credentials["huge"] })).await;
    let (outcome, detail) = check(&report, "issuer");
    assert_eq!(outcome, "failed");
    assert!(detail.contains("more than"), "{detail}");
    let started = std::time::Instant::now();
    let report = verify(json!({ "credential": foreign.credentials["slow"] })).await;
    assert_eq!(check(&report, "issuer").0, "failed");
    assert!(started.elapsed() < std::time::Duration::from_secs(4));
}

#[actix_rt::test]
async fn the_ssrf_guard_keeps_loopback_issuers_out_by_default() {
    let foreign = foreign_issuer().await;
    let city = TestCity::new(Shape::Embedded).await;
    let svc = city.service().await;
    let reply = post_json(
        &svc,
        "/api/v1/verify",
        &Auth::default(),
        &[],
        &json!({ "credential": foreign.credentials["good"] }),
    )
    .await;
    let report = reply.json();
    assert_eq!(report["verified"], false);
    let (outcome, detail) = check(&report, "issuer");
    assert_eq!(outcome, "failed");
    assert!(
        detail.contains("private, loopback or link-local"),
        "{detail}"
    );
    let reply = post_json(
        &svc,
        "/api/v1/verify",
        &Auth::default(),
        &[],
        &json!({ "url": format!("{}/credentials/1", foreign.base) }),
    )
    .await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
}
