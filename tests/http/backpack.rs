//! The backpack: a youth sees every badge awarded to them, from every organization, and only
//! theirs; revoked ones say so.

use citybadges_tests::*;
use serde_json::json;

const YOUTH: &str = "youth00003@demo.citybadges.org";

async fn every_badge_in_one_place(shape: Shape) {
    let city = TestCity::new(shape).await;
    let svc = city.service().await;
    let youth = Auth::session(&city.session_for(YOUTH).await);
    let empty = get(&svc, "/api/v1/me/backpack", &youth).await;
    assert_eq!(empty.status, 200, "{}", empty.body);
    assert_eq!(empty.json()["badges"], json!([]));
    assert!(get(&svc, "/me/backpack", &youth)
        .await
        .body
        .contains("No badges yet"));

    // Two organizations award the youth a badge each.
    let mut ids = Vec::new();
    for org in [org_a(), org_b()] {
        let badge = public_json(&svc, &format!("/api/v1/organizations/{org}")).await["badges"][0]
            ["slug"]
            .as_str()
            .expect("a badge")
            .to_string();
        let r = post_json(
            &svc,
            &format!("/api/v1/orgs/{org}/awards"),
            &Auth::bearer(&city.token_for(org).await),
            &[],
            &json!({ "recipient_email": YOUTH, "achievement": badge, "narrative": "Well done" }),
        )
        .await;
        assert_eq!(r.status, 201, "{}", r.body);
        ids.push(r.json()["id"].as_str().expect("award id").to_string());
    }
    let pack = get(&svc, "/api/v1/me/backpack", &youth).await.json();
    let held: Vec<&str> = pack["badges"]
        .as_array()
        .expect("badges")
        .iter()
        .filter_map(|b| b["id"].as_str())
        .collect();
    assert_eq!(held.len(), 2, "{pack}");
    assert!(ids.iter().all(|id| held.contains(&id.as_str())));
    assert_eq!(pack["valid"], 2);
    assert_eq!(pack["issuers"], 2);
    let first = &pack["badges"][0];
    assert!(first["links"]["credential_png"]
        .as_str()
        .unwrap_or_default()
        .ends_with(".png"));
    assert!(first["issuer"]["name"]
        .as_str()
        .is_some_and(|n| !n.is_empty()));

    // A revoked badge stays, marked revoked with the reason; it no longer counts.
    let r = post_json(
        &svc,
        &format!("/api/v1/orgs/{}/awards/{}/revoke", org_a(), ids[0]),
        &Auth::bearer(&city.token_for(org_a()).await),
        &[],
        &json!({ "reason": "Awarded by mistake" }),
    )
    .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let pack = get(&svc, "/api/v1/me/backpack", &youth).await.json();
    let revoked = pack["badges"]
        .as_array()
        .expect("badges")
        .iter()
        .find(|b| b["id"] == ids[0].as_str())
        .expect("still listed")
        .clone();
    assert_eq!(revoked["status"], "revoked");
    assert_eq!(revoked["revocation_reason"], "Awarded by mistake");
    assert_eq!(pack["valid"], 1);
    let page = get(&svc, "/me/backpack", &youth).await;
    assert_eq!(page.header("cache-control"), "no-store");
    assert!(
        page.body
            .contains("Revoked by its issuer. Awarded by mistake"),
        "{}",
        page.body
    );
    assert!(
        page.body.contains("1 badge from 1 organization."),
        "{}",
        page.body
    );

    // Another youth's backpack holds none of these.
    let other = Auth::session(&city.session_for("youth00004@demo.citybadges.org").await);
    let theirs = get(&svc, "/api/v1/me/backpack", &other).await.json();
    assert!(theirs["badges"]
        .as_array()
        .expect("badges")
        .iter()
        .all(|b| !ids.iter().any(|id| b["id"] == id.as_str())));
}

/// A badge awarded to an address before it had an account joins the backpack once its owner signs
/// up and confirms the address.
async fn badges_awarded_before_the_account_join_it(shape: Shape) {
    let city = TestCity::new(shape).await;
    let svc = city.service().await;
    let email = "new-to-the-city@example.org";
    let badge = public_json(&svc, &format!("/api/v1/organizations/{}", org_a())).await["badges"][0]
        ["slug"]
        .as_str()
        .expect("a badge")
        .to_string();
    let r = post_json(
        &svc,
        &format!("/api/v1/orgs/{}/awards", org_a()),
        &Auth::bearer(&city.token_for(org_a()).await),
        &[],
        &json!({ "recipient_email": "New-To-The-City@Example.org", "achievement": badge }),
    )
    .await;
    assert_eq!(r.status, 201, "{}", r.body);
    let award = r.json()["id"].as_str().expect("award id").to_string();
    city.app
        .sign_up(citybadges_app::accounts::SignUp {
            email: email.into(),
            password: "a long enough password".into(),
            display_name: "Newcomer".into(),
            birth_date: "2010-06-01".into(),
            client: "test".into(),
            ..Default::default()
        })
        .await
        .expect("signed up");
    let mail = city
        .mails_to(email)
        .await
        .into_iter()
        .find(|m| m.body.contains("/verify-email"))
        .expect("the confirmation mail");
    let link = link_in(&mail.body, "http");
    let token = link.split_once("token=").expect("a token").1.to_string();
    let session = city.app.verify_email(token).await.expect("confirmed");
    let pack = get(&svc, "/api/v1/me/backpack", &Auth::session(&session))
        .await
        .json();
    assert_eq!(pack["badges"][0]["id"], award.as_str(), "{pack}");
}

in_both_shapes!(
    every_badge_in_one_place,
    badges_awarded_before_the_account_join_it
);
