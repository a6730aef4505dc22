//! Badges as verifiable credentials, through HTTP: award with a token, fetch the credential in
//! every form, verify it, revoke it, rotate keys; and every kind of bad input.

use actix_web::http::{Method, StatusCode};
use citybadges_credentials::bake;
use citybadges_tests::*;
use serde_json::{json, Value};

const LD: &[(&str, &str)] = &[("Accept", "application/ld+json")];

/// Awards A's `badge` to `email` through the API, sending `headers` too (an Idempotency-Key).
async fn award_in_a<S, B>(
    svc: &S,
    token: &Auth,
    headers: &[(&str, &str)],
    email: &str,
    badge: &str,
) -> Reply
where
    S: TestService<B>,
    B: MessageBody,
{
    let path = format!("/api/v1/orgs/{}/awards", org_a());
    post_json(svc, &path, token, headers, &award_body(email, badge)).await
}

/// What `path` answers a reader who is not signed in and asks for JSON-LD.
async fn ld_json<S, B>(svc: &S, path: &str) -> Value
where
    S: TestService<B>,
    B: MessageBody,
{
    request(svc, Method::GET, path, &Auth::default(), LD, None)
        .await
        .json()
}

/// The verifier's answer to an uploaded `file` (a baked PNG or SVG) sent with form `fields`.
async fn verify_upload<S, B>(svc: &S, file: &[u8], fields: &[(&str, &str)]) -> Reply
where
    S: TestService<B>,
    B: MessageBody,
{
    let (ct, body) = multipart(Some(("file", file)), fields);
    let upload = Some((ct.as_str(), body));
    request(
        svc,
        Method::POST,
        "/api/v1/verify",
        &Auth::default(),
        &[],
        upload,
    )
    .await
}

/// The bearer token of the VC-API in [`vc_api_city`].
const VC_API_TOKEN: &str = "vc-api-test-token-0123456789abcdef";

/// A city whose VC-API issues as organization A to callers with [`VC_API_TOKEN`].
async fn vc_api_city() -> TestCity {
    TestCity::with(Shape::Embedded, |s| {
        s.credentials.vc_api_token = VC_API_TOKEN.into();
        s.credentials.vc_api_issuer = org_a().into();
    })
    .await
}

/// The VC-API's answer to `body` posted to `/credentials/issue` by `auth`.
async fn vc_issue<S, B>(svc: &S, auth: &Auth, body: &Value) -> Reply
where
    S: TestService<B>,
    B: MessageBody,
{
    post_json(svc, "/credentials/issue", auth, &[], body).await
}

/// The VC-API verifier's answer to `body` (`{"verifiableCredential": …}`), asked by anyone.
async fn vc_verify<S, B>(svc: &S, body: &Value) -> Reply
where
    S: TestService<B>,
    B: MessageBody,
{
    post_json(svc, "/credentials/verify", &Auth::default(), &[], body).await
}

fn award_body(email: &str, badge: &str) -> Value {
    json!({
        "recipient_email": email,
        "achievement": badge,
        "narrative": "Built a working line-following robot.",
        "evidence_url": "https://example.org/robot-video",
    })
}

fn path_of(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    rest.find('/').map_or("/".into(), |i| rest[i..].to_owned())
}

fn check<'a>(report: &'a Value, name: &str) -> &'a str {
    report["checks"]
        .as_array()
        .expect("checks")
        .iter()
        .find(|c| c["check"] == name)
        .and_then(|c| c["outcome"].as_str())
        .expect(name)
}

async fn award_verify_revoke(shape: Shape) {
    let city = TestCity::new(shape).await;
    let svc = city.service().await;
    let token = Auth::bearer(&city.token_for(org_a()).await);
    let badge = badge_of_a(&svc).await;
    let email = "Maya.Learner@Example.org";

    // Award, retried with the same Idempotency-Key: one award.
    let key = [("Idempotency-Key", "sis-export-2026-11-27-row-1")];
    let first = award_in_a(&svc, &token, &key, email, &badge).await;
    assert_eq!(first.status, StatusCode::CREATED, "{}", first.body);
    let award = first.json();
    let again = award_in_a(&svc, &token, &key, email, &badge).await;
    assert_eq!(again.status, StatusCode::OK, "{}", again.body);
    assert_eq!(again.header("Idempotent-Replayed"), "true");
    assert_eq!(again.json()["id"], award["id"]);
    let other = award_in_a(&svc, &token, &key, "someone@example.org", &badge).await;
    assert_eq!(other.status, StatusCode::CONFLICT, "{}", other.body);
    let listed = get(&svc, &format!("/api/v1/orgs/{}/awards", org_a()), &token)
        .await
        .json();
    assert_eq!(listed["total"], 1);

    // The credential: JSON-LD for machines, with the schema's arrays and a hashed identity only.
    let cred_path = path_of(award["links"]["credential"].as_str().expect("link"));
    let reply = request(
        &svc,
        Method::GET,
        &cred_path,
        &Auth::default(),
        &[("Accept", "application/vc+ld+json")],
        None,
    )
    .await;
    assert_eq!(reply.status, StatusCode::OK);
    assert!(reply
        .header("content-type")
        .starts_with("application/vc+ld+json"));
    let credential = reply.json();
    assert!(credential["type"].is_array() && credential["proof"].is_array());
    assert!(credential["credentialSchema"].is_array());
    assert_eq!(
        credential["@context"][1],
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
    );
    assert!(
        !reply.body.to_lowercase().contains("maya.learner"),
        "the email must not appear"
    );
    assert!(
        credential["credentialSubject"]["identifier"][0]["identityHash"]
            .as_str()
            .expect("hash")
            .starts_with("sha256$")
    );
    assert_eq!(
        credential["credentialStatus"]["type"],
        "BitstringStatusListEntry"
    );
    let issuer_id = credential["issuer"]["id"]
        .as_str()
        .expect("issuer id")
        .to_owned();
    let proof_method = credential["proof"][0]["verificationMethod"]
        .as_str()
        .unwrap_or_else(|| panic!("{credential:#}"))
        .to_owned();
    assert!(proof_method.starts_with(&format!("{issuer_id}/keys/")));

    // The issuer profile publishes the key, controlled by the issuer id.
    let profile = ld_json(&svc, &path_of(&issuer_id)).await;
    assert_eq!(profile["id"], issuer_id);
    assert_eq!(profile["verificationMethod"][0]["id"], proof_method);
    assert_eq!(profile["verificationMethod"][0]["controller"], issuer_id);
    assert_eq!(profile["verificationMethod"][0]["type"], "Multikey");
    assert_eq!(profile["assertionMethod"][0], proof_method);
    let image = get(
        &svc,
        &path_of(profile["image"]["id"].as_str().expect("issuer image")),
        &Auth::default(),
    )
    .await;
    assert_eq!(image.status, StatusCode::OK);
    assert_eq!(image.header("content-type"), "image/png");
    let page = get(&svc, &path_of(&issuer_id), &Auth::default()).await;
    assert!(page.header("content-type").starts_with("text/html"));
    let did = public_json(&svc, &format!("{}/did.json", path_of(&issuer_id))).await;
    assert!(did["id"].as_str().expect("did").starts_with("did:web:"));

    // The achievement id answers JSON-LD too.
    let achievement_id = credential["credentialSubject"]["achievement"]["id"]
        .as_str()
        .expect("id");
    let achievement = ld_json(&svc, &path_of(achievement_id)).await;
    assert_eq!(achievement["id"], achievement_id);

    // Baked PNG and SVG carry the same credential.
    let png = get(&svc, &format!("{cred_path}.png"), &Auth::default()).await;
    assert_eq!(png.header("content-type"), "image/png");
    let baked = bake::extract_png(&png.bytes, 4 << 20)
        .expect("reads")
        .expect("baked");
    assert_eq!(baked.keyword, bake::PngKeyword::OpenBadgeCredential);
    assert_eq!(
        serde_json::from_str::<Value>(&baked.text).expect("json"),
        credential
    );
    let svg = get(&svc, &format!("{cred_path}.svg"), &Auth::default()).await;
    let baked = bake::extract_svg(&svg.body, 4 << 20)
        .expect("reads")
        .expect("baked");
    assert_eq!(
        serde_json::from_str::<Value>(&baked.text).expect("json"),
        credential
    );

    // Our verifier: by JSON, by URL, by PNG upload, by SVG upload; and the recipient check.
    let verify = |body: Value| {
        let svc = &svc;
        async move { post_json(svc, "/api/v1/verify", &Auth::default(), &[], &body).await }
    };
    let report =
        verify(json!({ "credential": credential, "recipient_email": "maya.learner@example.org" }))
            .await
            .json();
    assert_eq!(report["verified"], true, "{report}");
    for name in [
        "format",
        "schema",
        "proof",
        "issuer",
        "dates",
        "status",
        "recipient",
    ] {
        assert_eq!(check(&report, name), "passed", "{name}: {report}");
    }
    let url = award["links"]["credential"].as_str().expect("url");
    let report = verify(json!({ "url": url })).await.json();
    assert_eq!(report["verified"], true, "{report}");
    let fields = [("recipient_email", "other@example.org")];
    let report = verify_upload(&svc, &png.bytes, &fields).await.json();
    assert_eq!(check(&report, "proof"), "passed", "{report}");
    assert_eq!(check(&report, "recipient"), "failed");
    assert_eq!(report["verified"], false);
    let report = verify_upload(&svc, svg.body.as_bytes(), &[]).await.json();
    assert_eq!(report["verified"], true, "{report}");
    // VC-API verify.
    let vc = vc_verify(
        &svc,
        &json!({ "verifiableCredential": credential, "options": {} }),
    )
    .await;
    assert_eq!(vc.status, StatusCode::OK, "{}", vc.body);
    assert_eq!(vc.json()["verified"], true);

    // Tampered: the signature fails, by our verifier and the VC-API.
    let mut tampered = credential.clone();
    tampered["credentialSubject"]["achievement"]["name"] = "Rocket Scientist".into();
    let report = verify(json!({ "credential": tampered })).await.json();
    assert_eq!(report["verified"], false);
    assert_eq!(check(&report, "proof"), "failed");
    let vc = vc_verify(&svc, &json!({ "verifiableCredential": tampered })).await;
    assert_eq!(vc.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(vc.json()["errors"][0]
        .as_str()
        .expect("error")
        .starts_with("proof"));

    // The OB 2.0 hosted assertion, its badge class and issuer.
    let ob2 = request(
        &svc,
        Method::GET,
        &path_of(award["links"]["ob2_assertion"].as_str().expect("ob2")),
        &Auth::default(),
        LD,
        None,
    )
    .await;
    assert_eq!(ob2.status, StatusCode::OK);
    let assertion = ob2.json();
    assert_eq!(assertion["verification"]["type"], "hosted");
    assert!(assertion["recipient"]["identity"]
        .as_str()
        .expect("identity")
        .starts_with("sha256$"));
    assert!(!ob2.body.to_lowercase().contains("maya"));
    let class = public_json(&svc, &path_of(assertion["badge"].as_str().expect("badge"))).await;
    assert_eq!(class["type"], "BadgeClass");
    let ob2_issuer = public_json(&svc, &path_of(class["issuer"].as_str().expect("issuer"))).await;
    assert_eq!(ob2_issuer["type"], "Issuer");
    let ob2_png = get(
        &svc,
        &path_of(assertion["image"].as_str().expect("image")),
        &Auth::default(),
    )
    .await;
    let baked = bake::extract_png(&ob2_png.bytes, 4 << 20)
        .expect("reads")
        .expect("baked");
    assert_eq!(baked.keyword, bake::PngKeyword::OpenBadges);
    assert_eq!(baked.text, assertion["id"].as_str().expect("id"));

    // The recipient was told, with the link.
    let mail = city.last_mail_to("maya.learner@example.org").await;
    assert!(mail.body.contains(url), "{}", mail.body);

    // Revoke: the status list and both verifiers say so; the OB 2.0 assertion answers 410.
    let id = award["id"].as_str().expect("id");
    let revoke = |reason: &str| {
        let path = format!("/api/v1/orgs/{}/awards/{id}/revoke", org_a());
        let body = json!({ "reason": reason });
        let (svc, token) = (&svc, &token);
        async move { post_json(svc, &path, token, &[], &body).await }
    };
    let bad = revoke("  ").await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    let revoked = revoke("Issued to the wrong person").await;
    assert_eq!(revoked.status, StatusCode::OK, "{}", revoked.body);
    assert_eq!(revoked.json()["status"], "revoked");
    let twice = revoke("again").await;
    assert_eq!(twice.status, StatusCode::CONFLICT);
    let list_url = credential["credentialStatus"]["statusListCredential"]
        .as_str()
        .expect("list");
    let list = public_json(&svc, &path_of(list_url)).await;
    let index: usize = credential["credentialStatus"]["statusListIndex"]
        .as_str()
        .expect("index")
        .parse()
        .expect("number");
    let bits = citybadges_credentials::status_list::StatusList::decode(
        list["credentialSubject"]["encodedList"]
            .as_str()
            .expect("list"),
        1 << 24,
    )
    .expect("decodes");
    assert!(bits.get(index).expect("in range"), "the bit is set");
    let report = verify(json!({ "credential": credential })).await.json();
    assert_eq!(report["verified"], false);
    assert_eq!(report["revoked"], true);
    assert_eq!(check(&report, "status"), "failed");
    let gone = get(
        &svc,
        &path_of(award["links"]["ob2_assertion"].as_str().expect("ob2")),
        &Auth::default(),
    )
    .await;
    assert_eq!(gone.status, StatusCode::GONE);
    assert_eq!(gone.json()["revoked"], true);
    let page = get(&svc, &cred_path, &Auth::default()).await;
    assert!(page.body.contains("revoked by its issuer"));
}

/// A body that must be a JSON object is refused when it is an array (serde alone would read the
/// array by position: `["reason"]` revoked the award), and nothing changes.
#[actix_rt::test]
async fn array_bodies_are_refused_and_change_nothing() {
    let city = TestCity::new(Shape::Embedded).await;
    let svc = city.service().await;
    let token = Auth::bearer(&city.token_for(org_a()).await);
    let badge = badge_of_a(&svc).await;
    let awards = format!("/api/v1/orgs/{}/awards", org_a());
    let award = award_in_a(&svc, &token, &[], "ari@example.org", &badge).await;
    assert_eq!(award.status, StatusCode::CREATED, "{}", award.body);
    let id = award.json()["id"].as_str().expect("id").to_owned();

    let revoke = format!("{awards}/{id}/revoke");
    let r = post_json(
        &svc,
        &revoke,
        &token,
        &[],
        &json!(["Issued to the wrong person"]),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.body);
    assert!(r
        .header("content-type")
        .starts_with("application/problem+json"));
    let still = get(&svc, &format!("{awards}/{id}"), &token).await.json();
    assert_eq!(still["status"], "issued", "{still}");

    let batch = json!({ "awards": [["bo@example.org", null, badge]] });
    let r = post_json(&svc, &format!("{awards}/batch"), &token, &[], &batch).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.body);
    let r = post_json(
        &svc,
        &awards,
        &token,
        &[],
        &json!(["cy@example.org", null, badge]),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.body);
    let listed = get(&svc, &awards, &token).await.json();
    assert_eq!(listed["total"], 1, "{listed}");

    let admin = Auth::session(&city.session_for(&staff_email("admin", org_a())).await);
    let keys = format!("/api/v1/orgs/{}/issuer-keys", org_a());
    let before = get(&svc, &keys, &admin).await.json();
    let r = post_json(&svc, &format!("{keys}/rotate"), &admin, &[], &json!([])).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.body);
    assert_eq!(get(&svc, &keys, &admin).await.json(), before);

    // The one that must be refused as a whole: no credential read from a list either.
    let r = post_json(&svc, "/api/v1/verify", &Auth::default(), &[], &json!([{}])).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.body);
    let r = post_json(
        &svc,
        "/api/v1/verify",
        &Auth::default(),
        &[],
        &json!({ "credential": 0 }),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.body);
}

in_both_shapes!(award_verify_revoke);

#[actix_rt::test]
async fn key_rotation_keeps_old_credentials_verifiable_and_keys_are_sealed() {
    let city = TestCity::new(Shape::Embedded).await;
    let svc = city.service().await;
    let token = Auth::bearer(&city.token_for(org_a()).await);
    let badge = badge_of_a(&svc).await;
    let old = award_in_a(&svc, &token, &[], "old@example.org", &badge)
        .await
        .json();
    // Tokens cannot rotate; A's admin, signed in, can.
    let rotate = format!("/api/v1/orgs/{}/issuer-keys/rotate", org_a());
    let refused = post_json(&svc, &rotate, &token, &[], &json!({})).await;
    assert_eq!(refused.status, 403, "{}", refused.body);
    let admin = Auth::session(&city.session_for(&staff_email("admin", org_a())).await);
    // A form post (what another site could make a browser send) is not the API's JSON: refused.
    let form = request(
        &svc,
        Method::POST,
        &rotate,
        &admin,
        &[],
        Some(("application/x-www-form-urlencoded", b"reason=x".to_vec())),
    )
    .await;
    assert!(
        form.status.is_client_error() && form.status != 404,
        "{} {}",
        form.status,
        form.body
    );
    let rotated = post_json(
        &svc,
        &rotate,
        &admin,
        &[],
        &json!({ "reason": "yearly rotation" }),
    )
    .await;
    assert_eq!(rotated.status, 201, "{}", rotated.body);
    let rotated = rotated.json();
    let new_key = rotated["key_id"].as_str().expect("key id").to_owned();
    assert_eq!(rotated["active"], true);
    let keys = request(
        &svc,
        Method::GET,
        &format!("/api/v1/orgs/{}/issuer-keys", org_a()),
        &token,
        &[],
        None,
    )
    .await
    .json();
    let keys = keys.as_array().expect("keys");
    assert_eq!(keys.len(), 2, "{keys:?}");
    assert_eq!(keys[0]["key_id"], new_key.as_str(), "newest first");
    assert_eq!(keys[1]["active"], false);
    assert!(keys[1]["retired_at"].is_string());
    assert!(keys.iter().all(|k| k.get("secret_sealed").is_none()));
    // The dashboard shows both keys to the admin, with the rotate button.
    let page = request(
        &svc,
        Method::GET,
        &format!("/manage/orgs/{}/awards", org_a()),
        &admin,
        &[],
        None,
    )
    .await;
    assert_eq!(page.status, 200);
    let html = &page.body;
    assert!(html.contains(&new_key) && html.contains("Rotate the signing key"));
    let new = award_in_a(&svc, &token, &[], "new@example.org", &badge)
        .await
        .json();
    let doc = |award: &Value| {
        let url = award["links"]["credential"]
            .as_str()
            .expect("url")
            .to_owned();
        let svc = &svc;
        async move {
            request(svc, Method::GET, &path_of(&url), &Auth::default(), LD, None)
                .await
                .json()
        }
    };
    let (old_doc, new_doc) = (doc(&old).await, doc(&new).await);
    let old_vm = old_doc["proof"][0]["verificationMethod"]
        .as_str()
        .expect("vm");
    let new_vm = new_doc["proof"][0]["verificationMethod"]
        .as_str()
        .expect("vm");
    assert_ne!(old_vm, new_vm);
    assert!(new_vm.ends_with(&new_key));
    for credential in [&old_doc, &new_doc] {
        let report = post_json(
            &svc,
            "/api/v1/verify",
            &Auth::default(),
            &[],
            &json!({ "credential": credential }),
        )
        .await
        .json();
        assert_eq!(report["verified"], true, "{report}");
    }
    let profile = ld_json(&svc, &format!("/issuers/{}", org_a())).await;
    // Two keys, each under its own id and under the `#key-…` id older credentials name.
    assert_eq!(
        profile["verificationMethod"]
            .as_array()
            .expect("keys")
            .len(),
        4
    );

    // At rest, a private key is sealed: the stored text is not the key, and opens only with the
    // deployment's master key.
    let org = org_a().to_owned();
    let rows = city
        .app
        .db(move |conn| {
            let org = citybadges_store::repo::orgs::by_slug(conn, &org)?.expect("org");
            Ok(citybadges_store::repo::issuer_keys::public_of_org(
                conn, org.id,
            )?)
        })
        .await
        .expect("keys");
    for row in rows {
        assert!(row.secret_sealed.starts_with("v1."));
        let wrong = citybadges_credentials::sealed::MasterKey::generate();
        assert!(wrong
            .open(
                &row.secret_sealed,
                &format!("issuer-key/{}/{}", row.organization_id, row.key_id)
            )
            .is_err());
    }
}

#[actix_rt::test]
async fn awarding_bad_input_is_explained_and_changes_nothing() {
    let city = TestCity::new(Shape::Embedded).await;
    let svc = city.service().await;
    let token = Auth::bearer(&city.token_for(org_a()).await);
    let badge = badge_of_a(&svc).await;
    let path = format!("/api/v1/orgs/{}/awards", org_a());
    for (body, field) in [
        (json!({ "achievement": badge }), "recipient_email"),
        (
            json!({ "recipient_email": "a@example.org", "recipient_user_id": "x", "achievement": badge }),
            "recipient_email",
        ),
        (
            json!({ "recipient_email": "not an email", "achievement": badge }),
            "recipient_email",
        ),
        (
            json!({ "recipient_email": "a@example.org", "achievement": "no-such-badge" }),
            "achievement",
        ),
        (
            json!({ "recipient_email": "a@example.org", "achievement": badge, "evidence_url": "javascript:alert(1)" }),
            "evidence_url",
        ),
        (
            json!({ "recipient_email": "a@example.org", "achievement": badge, "narrative": "x".repeat(5001) }),
            "narrative",
        ),
        (
            json!({ "recipient_email": "a@example.org", "achievement": badge, "valid_until": "2001-01-01T00:00:00Z" }),
            "valid_until",
        ),
        (
            json!({ "recipient_user_id": "00000000-0000-0000-0000-000000000000", "achievement": badge }),
            "recipient_user_id",
        ),
    ] {
        let reply = post_json(&svc, &path, &token, &[], &body).await;
        assert_eq!(
            reply.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{body}: {}",
            reply.body
        );
        assert_eq!(reply.json()["errors"][0]["field"], field, "{}", reply.body);
    }
    for (content_type, body) in [
        ("application/json", b"{not json".to_vec()),
        (
            "application/json",
            br#"{"recipient_email": "a@example.org", "achievement": "x", "surprise": 1}"#.to_vec(),
        ),
        ("text/plain", b"hello".to_vec()),
    ] {
        let reply = request(
            &svc,
            Method::POST,
            &path,
            &token,
            &[],
            Some((content_type, body)),
        )
        .await;
        assert!(reply.status.is_client_error(), "{}", reply.body);
        assert!(reply
            .header("content-type")
            .starts_with("application/problem+json"));
    }
    let reply = award_in_a(
        &svc,
        &token,
        &[("Idempotency-Key", "")],
        "a@example.org",
        &badge,
    )
    .await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    // A batch with one bad item awards nobody, and says which item.
    let batch = json!({ "awards": [award_body("ok@example.org", &badge), { "recipient_email": "bad", "achievement": badge }] });
    let reply = post_json(&svc, &format!("{path}/batch"), &token, &[], &batch).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(reply.body.contains("item 1"), "{}", reply.body);
    let reply = post_json(
        &svc,
        &format!("{path}/batch"),
        &token,
        &[],
        &json!({ "awards": [] }),
    )
    .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    let listed = get(&svc, &path, &token).await.json();
    assert_eq!(listed["total"], 0, "nothing was awarded");
    // Unknown awards and credentials are 404s, and ids are not echoed as HTML.
    let reply = get(&svc, "/credentials/%3Cscript%3E", &Auth::default()).await;
    assert_eq!(reply.status, StatusCode::NOT_FOUND);
    assert!(!reply.body.contains("<script>"));
    let reply = get(&svc, &format!("{path}/no-such-award"), &token).await;
    assert_eq!(reply.status, StatusCode::NOT_FOUND);
}

/// A minimal PNG with one iTXt chunk whose compressed text inflates far beyond the cap.
fn png_bomb() -> Vec<u8> {
    use std::io::Write;
    let mut zipped = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    zipped
        .write_all(&vec![b'{'; 20 * 1024 * 1024])
        .expect("compress");
    let compressed = zipped.finish().expect("compress");
    let mut data = b"openbadgecredential\0\x01\x00\0\0".to_vec();
    data.extend_from_slice(&compressed);
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    let chunk = |png: &mut Vec<u8>, kind: &[u8], body: &[u8]| {
        png.extend_from_slice(&(body.len() as u32).to_be_bytes());
        let mut crc_input = kind.to_vec();
        crc_input.extend_from_slice(body);
        png.extend_from_slice(&crc_input);
        png.extend_from_slice(&crc32(&crc_input).to_be_bytes());
    };
    chunk(&mut png, b"IHDR", &[0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
    chunk(&mut png, b"iTXt", &data);
    chunk(&mut png, b"IEND", &[]);
    png
}

fn crc32(bytes: &[u8]) -> u32 {
    crc32fast::hash(bytes)
}

#[actix_rt::test]
async fn hostile_verification_input_is_refused_with_a_reason() {
    let city = TestCity::new(Shape::Embedded).await;
    let svc = city.service().await;
    let upload = |bytes: Vec<u8>| {
        let svc = &svc;
        async move { verify_upload(svc, &bytes, &[]).await }
    };
    let bomb = upload(png_bomb()).await;
    assert_eq!(bomb.status, StatusCode::BAD_REQUEST, "{}", bomb.body);
    assert!(
        bomb.json()["detail"]
            .as_str()
            .expect("detail")
            .contains("inflates"),
        "{}",
        bomb.body
    );
    let scripted = br#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"><script>alert(1)</script><openbadges:credential><![CDATA[{"a":1}]]></openbadges:credential></svg>"#;
    let reply = upload(scripted.to_vec()).await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{}", reply.body);
    assert!(reply.body.contains("script"), "{}", reply.body);
    let dtd = br#"<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg">&x;</svg>"#;
    let reply = upload(dtd.to_vec()).await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{}", reply.body);
    let reply = upload(vec![b'x'; 3 * 1024 * 1024]).await;
    assert!(
        matches!(reply.status.as_u16(), 400 | 413),
        "{}",
        reply.status
    );
    let reply = upload(b"\x89PNG\r\n\x1a\ngarbage".to_vec()).await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    // URLs at internal addresses: refused before any request is made.
    for url in [
        "http://127.0.0.1:5432/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]:6379/",
        "http://localhost/",
        "http://10.0.0.7/credential.json",
        "file:///etc/passwd",
        "gopher://example.org/",
    ] {
        let reply = post_json(
            &svc,
            "/api/v1/verify",
            &Auth::default(),
            &[],
            &json!({ "url": url }),
        )
        .await;
        assert_eq!(
            reply.status,
            StatusCode::BAD_REQUEST,
            "{url}: {}",
            reply.body
        );
    }
    // Malformed or odd JSON: a report or a 400, never a 500.
    for body in [
        json!({ "credential": [] }),
        json!({ "credential": { "@context": ["https://www.w3.org/ns/credentials/v2", "https://unknown.example/ctx"], "type": ["VerifiableCredential", "OpenBadgeCredential"], "issuer": "https://x.example/", "proof": {} } }),
        json!({ "credential": { "@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiableCredential", "OpenBadgeCredential"], "issuer": { "id": "https://x.example/" }, "proof": { "type": "DataIntegrityProof", "verificationMethod": "https://x.example/#k", "proofPurpose": "assertionMethod", "proofValue": "zzz" } } }),
        json!({ "credential": {}, "url": "https://example.org/" }),
        json!({}),
    ] {
        let reply = post_json(&svc, "/api/v1/verify", &Auth::default(), &[], &body).await;
        assert!(
            reply.status == StatusCode::OK || reply.status == StatusCode::BAD_REQUEST,
            "{body}: {}",
            reply.status
        );
        if reply.status == StatusCode::OK {
            assert_eq!(reply.json()["verified"], false);
        }
    }
    // The verify page explains the same problems in words.
    let page = get(
        &svc,
        "/verify?url=http%3A%2F%2F127.0.0.1%2F",
        &Auth::default(),
    )
    .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("private, loopback or link-local"),
        "{}",
        page.body
    );
    // VC-API issuing is off unless configured.
    let reply = vc_issue(&svc, &Auth::bearer("x"), &json!({ "credential": {} })).await;
    assert_eq!(reply.status, StatusCode::NOT_FOUND);
}

#[actix_rt::test]
async fn vc_api_issuing_signs_as_the_configured_issuer_for_its_token_only() {
    let secret = VC_API_TOKEN;
    let city = vc_api_city().await;
    let svc = city.service().await;
    let issuer = format!("{}/issuers/{}", city.app.settings().public_url(), org_a());
    let credential = json!({
        "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": { "id": issuer, "type": ["Profile"], "name": "Test" },
        "validFrom": "2026-01-01T00:00:00Z",
        "credentialSubject": { "type": ["AchievementSubject"], "achievement": {
            "id": "https://example.org/a/1", "type": ["Achievement"], "name": "Interop",
            "description": "VC-API interop.", "criteria": { "narrative": "Pass the suite." } } }
    });
    let reply = vc_issue(
        &svc,
        &Auth::bearer("wrong-token-wrong-token-wrong"),
        &json!({ "credential": credential }),
    )
    .await;
    assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
    let reply = vc_issue(
        &svc,
        &Auth::bearer(secret),
        &json!({ "credential": credential, "options": {} }),
    )
    .await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.body);
    let signed = reply.json()["verifiableCredential"].clone();
    assert!(signed["id"].as_str().expect("id").starts_with("urn:uuid:"));
    let vc = vc_verify(&svc, &json!({ "verifiableCredential": signed })).await;
    assert_eq!(vc.status, StatusCode::OK, "{}", vc.body);
    let mut foreign = credential.clone();
    foreign["issuer"]["id"] = "https://elsewhere.example/issuer".into();
    let reply = vc_issue(
        &svc,
        &Auth::bearer(secret),
        &json!({ "credential": foreign }),
    )
    .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    let reply = vc_issue(&svc, &Auth::bearer(secret), &json!({ "nothing": 1 })).await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
}

#[actix_rt::test]
async fn staff_award_and_revoke_from_the_dashboard() {
    let city = TestCity::new(Shape::Embedded).await;
    let svc = city.service().await;
    let staff = Auth::session(&city.session_for(&staff_email("staff", org_a())).await);
    let page = get(&svc, &format!("/manage/orgs/{}/awards", org_a()), &staff).await;
    assert_eq!(page.status, StatusCode::OK);
    let csrf = page.csrf();
    let badge = badge_of_a(&svc).await;
    let done = post_form(
        &svc,
        &format!("/manage/orgs/{}/awards", org_a()),
        &staff,
        &[
            ("csrf_token", &csrf),
            ("achievement", &badge),
            ("recipient_email", "form-kid@example.org"),
            ("narrative", ""),
            ("evidence_url", ""),
        ],
    )
    .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    let page = get(&svc, &format!("/manage/orgs/{}/awards", org_a()), &staff).await;
    assert!(page.body.contains("form-kid@example.org"));
    let token = Auth::bearer(&city.token_for(org_a()).await);
    let award = &get(&svc, &format!("/api/v1/orgs/{}/awards", org_a()), &token)
        .await
        .json()["items"][0];
    let id = award["id"].as_str().expect("id");
    let done = post_form(
        &svc,
        &format!("/manage/orgs/{}/awards/{id}/revoke", org_a()),
        &staff,
        &[("csrf_token", &csrf), ("reason", "Duplicate")],
    )
    .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    let after = get(
        &svc,
        &format!("/api/v1/orgs/{}/awards/{id}", org_a()),
        &token,
    )
    .await
    .json();
    assert_eq!(after["status"], "revoked");
    assert_eq!(after["revocation_reason"], "Duplicate");
}

/// Each key answers at its own id (what a proof names), a plain GET returning the key itself; the
/// profile lists those ids and, for credentials signed before, the `#key-…` ids of the same keys.
async fn keys_answer_at_their_ids(shape: Shape) {
    let city = TestCity::new(shape).await;
    let svc = city.service().await;
    let token = Auth::bearer(&city.token_for(org_a()).await);
    let badge = badge_of_a(&svc).await;
    let award = award_in_a(&svc, &token, &[], "keys@example.org", &badge)
        .await
        .json();
    let cred_path = path_of(award["links"]["credential"].as_str().expect("link"));
    let credential = ld_json(&svc, &cred_path).await;
    let method = credential["proof"][0]["verificationMethod"]
        .as_str()
        .expect("method")
        .to_owned();
    let issuer = credential["issuer"]["id"]
        .as_str()
        .expect("issuer")
        .to_owned();
    assert!(
        method.starts_with(&format!("{issuer}/keys/key-")),
        "{method}"
    );
    // A plain GET, no Accept header: the key document.
    let key = get(&svc, &path_of(&method), &Auth::default()).await;
    assert_eq!(key.status, 200, "{}", key.body);
    let doc = key.json();
    assert_eq!(doc["id"], method.as_str());
    assert_eq!(doc["type"], "Multikey");
    assert_eq!(doc["controller"], issuer.as_str());
    assert!(doc["publicKeyMultibase"]
        .as_str()
        .expect("key")
        .starts_with("z6Mk"));
    assert!(doc["@context"].to_string().contains("multikey"));
    let key_id = method.rsplit('/').next().expect("key id");
    let profile = ld_json(&svc, &path_of(&issuer)).await;
    let listed = |id: &str| {
        profile["assertionMethod"]
            .as_array()
            .expect("assertionMethod")
            .iter()
            .any(|m| m == id)
    };
    assert!(listed(&method), "{profile:#}");
    assert!(
        listed(&format!("{issuer}#{key_id}")),
        "older credentials' ids: {profile:#}"
    );
    // The credential verifies with our verifier through the key document.
    let verified = post_json(
        &svc,
        "/api/v1/verify",
        &Auth::default(),
        &[],
        &json!({ "credential": credential }),
    )
    .await;
    assert_eq!(verified.json()["verified"], true, "{}", verified.body);
    // Unknown keys and other issuers' key ids are 404.
    for path in [
        format!("/issuers/{}/keys/key-nope", org_a()),
        format!("/issuers/{}/keys/{key_id}", org_b()),
        format!("/issuers/{}/keys/{key_id}", org_pending()),
    ] {
        let r = get(&svc, &path, &Auth::default()).await;
        assert_eq!(r.status, 404, "{path}");
    }
}

in_both_shapes!(keys_answer_at_their_ids);

/// `/credentials/issue` signs only what the VC data model allows (400 with every reason), adds
/// the context a Data Integrity proof needs to VC 1.1, and what it signs verifies.
#[actix_rt::test]
async fn vc_api_issuing_checks_the_data_model() {
    let secret = VC_API_TOKEN;
    let city = vc_api_city().await;
    let svc = city.service().await;
    let issue = |credential: Value| {
        let svc = &svc;
        async move {
            vc_issue(
                svc,
                &Auth::bearer(secret),
                &json!({ "credential": credential }),
            )
            .await
        }
    };
    let v2 = json!({
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "type": ["VerifiableCredential"],
        "credentialSubject": { "id": "did:example:ada", "name": "Ada" },
    });
    let broken = |f: &dyn Fn(&mut Value)| {
        let mut c = v2.clone();
        f(&mut c);
        c
    };
    for (credential, words) in [
        (
            broken(&|c| {
                c.as_object_mut().map(|o| o.remove("credentialSubject"));
            }),
            "credentialSubject",
        ),
        (
            broken(&|c| c["validFrom"] = "last tuesday".into()),
            "validFrom",
        ),
        (broken(&|c| c["issuer"] = Value::Null), "not null"),
        (
            broken(&|c| c["credentialStatus"] = json!({ "id": "https://x.example/s" })),
            "credentialStatus",
        ),
        (
            broken(&|c| c["evidence"] = json!([{ "id": "https://x.example/e" }])),
            "evidence",
        ),
        (broken(&|c| c["termsOfUse"] = json!({})), "termsOfUse"),
        (
            broken(&|c| c["refreshService"] = json!({ "id": "https://x.example/r" })),
            "refreshService",
        ),
        (
            broken(&|c| c["credentialSchema"] = json!({ "type": "JsonSchema" })),
            "credentialSchema",
        ),
        (
            broken(&|c| c["validUntil"] = "2001-01-01T00:00:00Z".into()),
            "expire",
        ),
    ] {
        let reply = issue(credential.clone()).await;
        assert_eq!(
            reply.status,
            StatusCode::BAD_REQUEST,
            "{credential}: {}",
            reply.body
        );
        assert!(reply.body.contains(words), "{words}: {}", reply.body);
    }

    // A plain VC 2.0 (not a badge) is signed, and verifies through the VC-API.
    let reply = issue(v2.clone()).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.body);
    let signed = reply.json()["verifiableCredential"].clone();
    let vc = vc_verify(&svc, &json!({ "verifiableCredential": signed })).await;
    assert_eq!(vc.status, StatusCode::OK, "{}", vc.body);
    assert_eq!(vc.json()["verified"], true, "{}", vc.body);

    // VC 1.1 gets the Data Integrity context its proof's terms need, and an issuanceDate.
    let v1 = json!({
        "@context": ["https://www.w3.org/2018/credentials/v1"],
        "type": ["VerifiableCredential"],
        "credentialSubject": { "id": "did:example:ada", "https://schema.org/name": "Ada" },
    });
    let reply = issue(v1).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.body);
    let signed = reply.json()["verifiableCredential"].clone();
    assert_eq!(
        signed["@context"][1], "https://w3id.org/security/data-integrity/v2",
        "{signed:#}"
    );
    assert!(signed["issuanceDate"].is_string(), "{signed:#}");
    let vc = vc_verify(&svc, &json!({ "verifiableCredential": signed })).await;
    assert_eq!(vc.json()["verified"], true, "{}", vc.body);
}

/// Credentials Digital Bazaar's libraries signed (a did:key issuer, not an Open Badge) verify
/// through the VC-API; tampered ones do not.
#[actix_rt::test]
async fn vc_api_verifies_other_issuers_plain_credentials() {
    let city = TestCity::new(Shape::Embedded).await;
    let svc = city.service().await;
    let fixture = |name: &str| -> Value {
        let path = format!(
            "{}/../crates/credentials/testdata/vc/{name}",
            env!("CARGO_MANIFEST_DIR")
        );
        serde_json::from_str(&std::fs::read_to_string(path).expect("fixture")).expect("json")
    };
    for (name, expected) in [
        ("vc2-didkey.json", true),
        ("vc11-didkey.json", true),
        ("vc2-proof-set.json", true),
        ("vc2-didkey-tampered.json", false),
    ] {
        let reply = vc_verify(&svc, &json!({ "verifiableCredential": fixture(name) })).await;
        // VC-API: 200 when it verifies; a 4xx with the reasons when it does not.
        let status = if expected {
            StatusCode::OK
        } else {
            StatusCode::UNPROCESSABLE_ENTITY
        };
        assert_eq!(reply.status, status, "{name}: {}", reply.body);
        assert_eq!(reply.json()["verified"], expected, "{name}: {}", reply.body);
    }
}
