//! Bad input gets a clear 4xx with a message a person understands, never a 500.

use actix_web::http::Method;
use actix_web::test;
use citybadges_tests::*;

#[actix_rt::test]
async fn bad_query_parameters_are_explained() {
    let city = TestCity::new(Shape::Embedded).await;
    let svc = city.service().await;
    let anon = Auth::default();
    let cases = [
        ("/api/v1/activities?age=twelve", 400, "query string"),
        ("/api/v1/activities?free=maybe", 400, "query string"),
        ("/api/v1/activities?age=500", 422, "between 0 and 120"),
        ("/api/v1/activities?per_page=100000", 422, "per_page"),
        ("/api/v1/activities?page=0", 422, "page"),
        ("/api/v1/activities?format=teleport", 422, "in_person"),
        ("/api/v1/activities?topic=%3Cscript%3E", 422, "topic"),
        ("/api/v1/activities?topic=x%27%20OR%201=1", 422, "topic"),
        ("/api/v1/organizations?kind=castle", 422, "school"),
        ("/api/v1/organizations/no-such-org", 404, "not found"),
        ("/api/v1/organizations/a/activities/b", 404, "not found"),
        ("/api/v1/no-such-route", 404, "not found"),
        (
            "/api/v1/search?per_page=&topic=engineering",
            400,
            "per_page",
        ),
        ("/api/v1/search?free=", 400, "empty"),
        ("/api/v1/orgs/no-such-org/activities", 401, "sign in"),
    ];
    for (path, status, words) in cases {
        let r = get(&svc, path, &anon).await;
        assert_eq!(r.status.as_u16(), status, "{path}: {}", r.body);
        assert!(
            r.header("content-type")
                .starts_with("application/problem+json"),
            "{path}"
        );
        let detail = r.json()["detail"].as_str().expect("detail").to_lowercase();
        assert!(
            detail.contains(words),
            "{path}: '{detail}' should mention '{words}'"
        );
    }
    // A long query string is still just a bad value, not a crash.
    let long = "x".repeat(5000);
    assert_eq!(
        get(&svc, &format!("/api/v1/activities?topic={long}"), &anon)
            .await
            .status,
        422
    );
    // Pages answer in HTML.
    let page = get(&svc, "/activities?age=abc", &anon).await;
    assert_eq!(page.status, 400);
    assert!(page.header("content-type").starts_with("text/html"));
}

#[actix_rt::test]
async fn bad_credentials_headers_are_refused_cleanly() {
    let city = TestCity::new(Shape::Embedded).await;
    let svc = city.service().await;
    let r = get(&svc, "/api/v1/me", &Auth::bearer("cbt_not-a-real-token")).await;
    assert_eq!(r.status, 401);
    assert!(r.header("www-authenticate").contains("Bearer"));
    let req = test::TestRequest::get()
        .uri("/api/v1/me")
        .insert_header(("Authorization", "Basic dXNlcjpwYXNz"))
        .to_request();
    let resp = test::call_service(&svc, req).await;
    assert_eq!(resp.status(), 400);
    // A session cookie that means nothing is simply anonymous.
    assert_eq!(
        get(&svc, "/api/v1/me", &Auth::session("garbage"))
            .await
            .status,
        401
    );
    assert_eq!(
        get(&svc, "/me", &Auth::session(&"z".repeat(500)))
            .await
            .status,
        303
    );
}

#[actix_rt::test]
async fn forms_without_a_valid_csrf_token_are_refused() {
    let city = TestCity::new(Shape::Embedded).await;
    let svc = city.service().await;
    let sid = city.session_for(&staff_email("admin", org_a())).await;
    let auth = Auth::session(&sid);
    let path = format!("/manage/orgs/{}/tokens", org_a());
    for token in [
        None,
        Some("forged"),
        Some(city.app.csrf_token("someone-else").as_str()),
    ] {
        let mut fields = vec![("name", "x")];
        if let Some(t) = token {
            fields.push(("csrf_token", t));
        }
        let r = post_form(&svc, &path, &auth, &fields).await;
        assert_eq!(r.status, 403, "token {token:?}");
        assert!(r.body.contains("reload the page"), "{}", r.body);
    }
    // And nothing was created.
    let actor = city
        .app
        .actor_for_session(Some(sid))
        .await
        .expect("actor")
        .0;
    assert!(city
        .app
        .dashboard(actor, org_a().into(), None)
        .await
        .expect("dashboard")
        .tokens
        .is_empty());
}

#[actix_rt::test]
async fn malformed_and_oversized_bodies() {
    let city = TestCity::new(Shape::Embedded).await;
    let svc = city.service().await;
    let login = get(&svc, "/login", &Auth::default()).await;
    let sid = login.cookie("cb_session").expect("cookie");
    let auth = Auth::session(&sid);
    let csrf = login.csrf();
    // Not urlencoded at all.
    let garbage = format!("csrf_token={csrf}&email=%zz%&&password");
    let r = send(
        &svc,
        Method::POST,
        "/login",
        &auth,
        Some(("application/x-www-form-urlencoded", garbage.into_bytes())),
    )
    .await;
    assert!(r.status.is_client_error(), "{}", r.status);
    // Larger than the configured limit.
    let huge = format!("csrf_token={csrf}&email={}", "a".repeat(3 * 1024 * 1024));
    let r = send(
        &svc,
        Method::POST,
        "/login",
        &auth,
        Some(("application/x-www-form-urlencoded", huge.into_bytes())),
    )
    .await;
    assert_eq!(r.status, 413);
    // Empty fields: a 4xx page that keeps what was typed.
    let r = post_form(
        &svc,
        "/signup",
        &auth,
        &[
            ("csrf_token", &csrf),
            ("display_name", "Ana Typed"),
            ("email", ""),
            ("password", ""),
        ],
    )
    .await;
    assert_eq!(r.status, 422);
    assert!(
        r.body.contains("Ana Typed"),
        "the form keeps what was typed"
    );
    assert!(r.body.contains("enter an email address"));
    assert!(r.body.contains("at least 10 characters"));
}

#[actix_rt::test]
async fn sign_up_refuses_impossible_dates_and_a_child_without_a_guardian() {
    let city = TestCity::new(Shape::Embedded).await;
    let svc = city.service().await;
    let page = get(&svc, "/signup", &Auth::default()).await;
    let auth = Auth::session(&page.cookie("cb_session").expect("cookie"));
    let csrf = page.csrf();
    let young = (chrono::Utc::now().date_naive() - chrono::Duration::days(365 * 10)).to_string();
    for (birth, words) in [
        (young.as_str(), "parent or guardian"),
        ("2999-01-01", "real date"),
        ("01/02/2010", "like 2010-04-23"),
    ] {
        let r = post_form(
            &svc,
            "/signup",
            &auth,
            &[
                ("csrf_token", &csrf),
                ("display_name", "Kid"),
                ("email", "kid@example.org"),
                ("password", "long enough password"),
                ("birth_date", birth),
            ],
        )
        .await;
        assert_eq!(r.status, 422, "{birth}");
        assert!(r.body.contains(words), "{birth}: {words}");
    }
}
