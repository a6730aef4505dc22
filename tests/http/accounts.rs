//! Accounts end to end over HTTP: sign-up, verification by email, sign-out, sign-in, reset.

use actix_web::test;
use citybadges_tests::*;

async fn account_journey(shape: Shape) {
    let city = TestCity::new(shape).await;
    let svc = test::init_service(citybadges_web::application(city.app.clone())).await;

    // Sign up from the form.
    let form = get(&svc, "/signup", &Auth::default()).await;
    let anon_cookie = form.cookie("cb_session").expect("form cookie");
    let csrf = form.csrf();
    let r = post_form(
        &svc,
        "/signup",
        &Auth::session(&anon_cookie),
        &[
            ("csrf_token", &csrf),
            ("display_name", "Rosa Diaz"),
            ("email", "Rosa@Example.org"),
            ("password", "a long secret phrase"),
        ],
    )
    .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let session = r.cookie("cb_session").expect("signed in");
    assert_ne!(session, anon_cookie, "a new session id at sign-in");
    let me = get(&svc, "/me", &Auth::session(&session)).await;
    assert_eq!(me.status, 200);
    assert!(me.body.contains("Rosa Diaz") && me.body.contains("not confirmed yet"));
    let nickname_shown = me.body.contains("Public nickname");
    assert!(nickname_shown);

    // The same email again is refused, with a way forward.
    let again = post_form(
        &svc,
        "/signup",
        &Auth::session(&anon_cookie),
        &[
            ("csrf_token", &csrf),
            ("display_name", "Rosa"),
            ("email", "rosa@example.org"),
            ("password", "another long phrase"),
        ],
    )
    .await;
    assert_eq!(again.status, 422);
    assert!(again.body.contains("already exists"));

    // Verify by the emailed link; a link works once.
    let mail = city.last_mail_to("rosa@example.org").await;
    assert_eq!(mail.subject, "Confirm your email address");
    let link = link_in(&mail.body, "http");
    let path = link
        .split_once("://")
        .and_then(|(_, rest)| rest.find('/').map(|i| rest[i..].to_string()))
        .expect("path");
    assert!(path.starts_with("/verify-email?token="));
    assert_eq!(get(&svc, &path, &Auth::default()).await.status, 200);
    assert_eq!(get(&svc, &path, &Auth::default()).await.status, 400);
    let me = get(&svc, "/me", &Auth::session(&session)).await;
    assert!(!me.body.contains("not confirmed yet"));

    // Sign out: the session is gone.
    let out = post_form(
        &svc,
        "/logout",
        &Auth::session(&session),
        &[("csrf_token", &city.app.csrf_token(&session))],
    )
    .await;
    assert_eq!(out.status, 303);
    assert_eq!(get(&svc, "/me", &Auth::session(&session)).await.status, 303);

    // Sign in: wrong password refused with a message, right one accepted.
    let login = get(&svc, "/login", &Auth::default()).await;
    let lc = login.cookie("cb_session").expect("cookie");
    let lt = login.csrf();
    let wrong = post_form(
        &svc,
        "/login",
        &Auth::session(&lc),
        &[
            ("csrf_token", &lt),
            ("email", "rosa@example.org"),
            ("password", "not the password"),
        ],
    )
    .await;
    assert_eq!(wrong.status, 401);
    assert!(wrong.body.contains("do not match"));
    let right = post_form(
        &svc,
        "/login",
        &Auth::session(&lc),
        &[
            ("csrf_token", &lt),
            ("email", "ROSA@example.org"),
            ("password", "a long secret phrase"),
        ],
    )
    .await;
    assert_eq!(right.status, 303);
    assert!(right.cookie("cb_session").is_some());

    // Reset the password by email.
    let forgot = post_form(
        &svc,
        "/forgot-password",
        &Auth::session(&lc),
        &[("csrf_token", &lt), ("email", "rosa@example.org")],
    )
    .await;
    assert_eq!(forgot.status, 200);
    let mail = city.last_mail_to("rosa@example.org").await;
    assert_eq!(mail.subject, "Reset your password");
    let link = link_in(&mail.body, "http");
    let token = link.split("token=").nth(1).expect("token").to_string();
    let short = post_form(
        &svc,
        "/reset-password",
        &Auth::session(&lc),
        &[
            ("csrf_token", &lt),
            ("token", &token),
            ("password", "short"),
        ],
    )
    .await;
    assert_eq!(short.status, 422);
    assert!(short.body.contains("at least 10"));
    let done = post_form(
        &svc,
        "/reset-password",
        &Auth::session(&lc),
        &[
            ("csrf_token", &lt),
            ("token", &token),
            ("password", "a brand new phrase"),
        ],
    )
    .await;
    assert_eq!(done.status, 200, "{}", done.body);
    let old = post_form(
        &svc,
        "/login",
        &Auth::session(&lc),
        &[
            ("csrf_token", &lt),
            ("email", "rosa@example.org"),
            ("password", "a long secret phrase"),
        ],
    )
    .await;
    assert_eq!(old.status, 401);
    let new = post_form(
        &svc,
        "/login",
        &Auth::session(&lc),
        &[
            ("csrf_token", &lt),
            ("email", "rosa@example.org"),
            ("password", "a brand new phrase"),
        ],
    )
    .await;
    assert_eq!(new.status, 303);

    // An unknown address gets the same answer and no mail.
    let unknown = post_form(
        &svc,
        "/forgot-password",
        &Auth::session(&lc),
        &[("csrf_token", &lt), ("email", "nobody@example.org")],
    )
    .await;
    assert_eq!(unknown.status, 200);
    assert_eq!(
        unknown.body.replace("nobody", ""),
        forgot.body.replace("rosa", "")
    );
}

#[actix_rt::test]
async fn account_journey_embedded() {
    account_journey(Shape::Embedded).await;
}

#[actix_rt::test]
async fn account_journey_production_shape() {
    account_journey(Shape::Production).await;
}

async fn login_is_rate_limited(shape: Shape) {
    let city = TestCity::with(shape, |s| s.rate_limits.login_per_minute = 3).await;
    let svc = test::init_service(citybadges_web::application(city.app.clone())).await;
    let login = get(&svc, "/login", &Auth::default()).await;
    let auth = Auth::session(&login.cookie("cb_session").expect("cookie"));
    let csrf = login.csrf();
    let fields = [
        ("csrf_token", csrf.as_str()),
        ("email", "youth00001@demo.citybadges.org"),
        ("password", "guess guess guess"),
    ];
    for _ in 0..3 {
        assert_eq!(post_form(&svc, "/login", &auth, &fields).await.status, 401);
    }
    let limited = post_form(&svc, "/login", &auth, &fields).await;
    assert_eq!(limited.status, 429);
    let retry: u64 = limited.header("retry-after").parse().expect("Retry-After");
    assert!((1..=60).contains(&retry));
    assert!(limited.body.contains("try again"));
}

#[actix_rt::test]
async fn login_is_rate_limited_embedded() {
    login_is_rate_limited(Shape::Embedded).await;
}

#[actix_rt::test]
async fn login_is_rate_limited_across_nodes_in_redis() {
    login_is_rate_limited(Shape::Production).await;
}
