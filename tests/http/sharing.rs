//! Sharing: a youth's public page of badges is off until they turn it on, shows only their
//! handle and the badges that count, and disappears when turned off; a credential's page has
//! the preview tags sites read; the backpack offers LinkedIn's add-to-profile link.

use citybadges_tests::*;
use serde_json::json;

const YOUTH: &str = "youth00007@demo.citybadges.org";

async fn a_public_page_of_badges(shape: Shape) {
    let city = TestCity::new(shape).await;
    let svc = city.service().await;
    let token = Auth::bearer(&city.token_for(org_a()).await);
    let badges =
        public_json(&svc, &format!("/api/v1/organizations/{}", org_a())).await["badges"].clone();
    let mut awards = Vec::new();
    for b in badges.as_array().expect("badges").iter().take(2) {
        let r = post_json(
            &svc,
            &format!("/api/v1/orgs/{}/awards", org_a()),
            &token,
            &[],
            &json!({ "recipient_email": YOUTH, "achievement": b["slug"] }),
        )
        .await;
        assert_eq!(r.status, 201, "{}", r.body);
        awards.push((
            r.json()["id"].as_str().expect("id").to_string(),
            b["name"].as_str().expect("name").to_string(),
        ));
    }
    // The second is revoked: it stays off the public page.
    let r = post_json(
        &svc,
        &format!("/api/v1/orgs/{}/awards/{}/revoke", org_a(), awards[1].0),
        &token,
        &[],
        &json!({ "reason": "Issued by mistake" }),
    )
    .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let user = city
        .app
        .db(|c| Ok(citybadges_store::repo::users::by_email(c, YOUTH)?.expect("youth")))
        .await
        .expect("youth");
    let page = format!("/u/{}", user.username);
    assert_eq!(
        get(&svc, &page, &Auth::default()).await.status,
        404,
        "private by default"
    );

    let me = Auth::session(&city.session_for(YOUTH).await);
    let csrf = city
        .app
        .csrf_token(me.session.as_deref().unwrap_or_default());
    let pack = get(&svc, "/me/backpack", &me).await;
    assert!(pack
        .body
        .contains("https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME"));
    assert!(pack.body.contains(&format!("certId={}", awards[0].0)));
    let r = post_form(
        &svc,
        "/me/profile",
        &me,
        &[("csrf_token", &csrf), ("public", "on")],
    )
    .await;
    assert_eq!(r.status, 303);
    let shown = get(&svc, &page, &Auth::default()).await;
    assert_eq!(shown.status, 200, "{}", shown.body);
    assert!(shown.body.contains(&user.username));
    assert!(shown.body.contains(&awards[0].1), "the valid badge shows");
    assert!(
        !shown
            .body
            .contains(&format!("/credentials/{}", awards[1].0)),
        "the revoked one does not"
    );
    for private in [YOUTH, user.display_name.as_str()] {
        assert!(!shown.body.contains(private), "{private} must not show");
    }
    if let Some(birth) = &user.birth_date {
        assert!(!shown.body.contains(birth.as_str()));
    }
    assert!(shown.body.contains(r#"<meta property="og:title""#));
    assert!(get(&svc, "/me/backpack", &me).await.body.contains(&page));

    // The credential's page carries preview tags, and nothing about its holder.
    let credential = get(
        &svc,
        &format!("/credentials/{}", awards[0].0),
        &Auth::default(),
    )
    .await;
    assert!(credential.body.contains(&format!(
        r#"<meta property="og:title" content="{}">"#,
        awards[0].1
    )));
    assert!(credential
        .body
        .contains(&format!("/credentials/{}.png", awards[0].0)));
    assert!(!credential.body.contains(&user.display_name));

    // Off again: the page is gone; not a youth: refused.
    let r = post_form(&svc, "/me/profile", &me, &[("csrf_token", &csrf)]).await;
    assert_eq!(r.status, 303);
    assert_eq!(get(&svc, &page, &Auth::default()).await.status, 404);
    let staff = Auth::session(&city.session_for(&staff_email("staff", org_a())).await);
    let scsrf = city
        .app
        .csrf_token(staff.session.as_deref().unwrap_or_default());
    assert_eq!(
        post_form(
            &svc,
            "/me/profile",
            &staff,
            &[("csrf_token", &scsrf), ("public", "on")]
        )
        .await
        .status,
        403
    );
}

in_both_shapes!(a_public_page_of_badges);
