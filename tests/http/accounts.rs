//! Accounts end to end over HTTP: sign-up, verification by email, sign-out, sign-in, reset.

use citybadges_tests::*;

/// Posts `fields` to `path` as a browser holding a page's session `cookie` and `csrf` token does.
async fn submit<S, B>(
    svc: &S,
    (cookie, csrf): (&str, &str),
    path: &str,
    fields: &[(&str, &str)],
) -> Reply
where
    S: TestService<B>,
    B: MessageBody,
{
    let fields: Vec<_> = [("csrf_token", csrf)]
        .iter()
        .chain(fields)
        .copied()
        .collect();
    post_form(svc, path, &Auth::session(cookie), &fields).await
}

/// Signs in as a browser holding the login page's `(cookie, csrf)` does.
async fn log_in<S, B>(svc: &S, page: (&str, &str), email: &str, password: &str) -> Reply
where
    S: TestService<B>,
    B: MessageBody,
{
    submit(
        svc,
        page,
        "/login",
        &[("email", email), ("password", password)],
    )
    .await
}

async fn account_journey(shape: Shape) {
    let city = TestCity::new(shape).await;
    let svc = city.service().await;

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
            ("birth_date", "2009-05-01"),
        ],
    )
    .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r.body.contains("Check your email"), "{}", r.body);
    assert!(
        r.cookie("cb_session").is_none(),
        "no session before the address is confirmed"
    );

    // The same email again gets the very same answer (nothing tells that it is registered);
    // the owner is told by mail instead, and no second account exists.
    let again = post_form(
        &svc,
        "/signup",
        &Auth::session(&anon_cookie),
        &[
            ("csrf_token", &csrf),
            ("display_name", "Rosa"),
            ("email", "rosa@example.org"),
            ("password", "another long phrase"),
            ("birth_date", "2009-05-01"),
        ],
    )
    .await;
    assert_eq!(again.status, r.status);
    assert_eq!(
        again.body.replace("rosa@example.org", "ADDRESS"),
        r.body.replace("Rosa@Example.org", "ADDRESS")
    );
    let mails = city.mails_to("rosa@example.org").await;
    let note = mails
        .iter()
        .find(|m| m.subject == "You already have an account")
        .expect("a note to the address's owner");
    assert!(note.body.contains("/forgot-password"));
    assert_eq!(mails.len(), 2, "one verification mail and one note");

    // Verify by the emailed link, which signs the person in; a link works once.
    let mail = mails
        .iter()
        .find(|m| m.subject == "Confirm your email address")
        .expect("a verification mail");
    let link = link_in(&mail.body, "http");
    let path = link
        .split_once("://")
        .and_then(|(_, rest)| rest.find('/').map(|i| rest[i..].to_string()))
        .expect("path");
    assert!(path.starts_with("/verify-email?token="));
    let confirmed = get(&svc, &path, &Auth::default()).await;
    assert_eq!(confirmed.status, 303);
    assert_eq!(confirmed.header("location"), "/me?welcome=1");
    let session = confirmed
        .cookie("cb_session")
        .expect("signed in by the link");
    assert_ne!(session, anon_cookie, "a new session id at sign-in");
    assert_eq!(get(&svc, &path, &Auth::default()).await.status, 400);
    let me = get(&svc, "/me", &Auth::session(&session)).await;
    assert_eq!(me.status, 200);
    assert!(
        me.body.contains("Rosa Diaz"),
        "the first sign-up's name, not the second's"
    );
    assert!(!me.body.contains("not confirmed yet"));
    assert!(me.body.contains("Public nickname"));

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
    let (lc, lt) = (login.cookie("cb_session").expect("cookie"), login.csrf());
    let login = (lc.as_str(), lt.as_str());
    let wrong = log_in(&svc, login, "rosa@example.org", "not the password").await;
    assert_eq!(wrong.status, 401);
    assert!(wrong.body.contains("do not match"));
    let right = log_in(&svc, login, "ROSA@example.org", "a long secret phrase").await;
    assert_eq!(right.status, 303);
    assert!(right.cookie("cb_session").is_some());

    // Reset the password by email.
    let forgot = submit(
        &svc,
        login,
        "/forgot-password",
        &[("email", "rosa@example.org")],
    )
    .await;
    assert_eq!(forgot.status, 200);
    let mail = city.last_mail_to("rosa@example.org").await;
    assert_eq!(mail.subject, "Reset your password");
    let link = link_in(&mail.body, "http");
    let token = link.split("token=").nth(1).expect("token").to_string();
    let short = submit(
        &svc,
        login,
        "/reset-password",
        &[("token", &token), ("password", "short")],
    )
    .await;
    assert_eq!(short.status, 422);
    assert!(short.body.contains("at least 10"));
    let done = submit(
        &svc,
        login,
        "/reset-password",
        &[("token", &token), ("password", "a brand new phrase")],
    )
    .await;
    assert_eq!(done.status, 200, "{}", done.body);
    let old = log_in(&svc, login, "rosa@example.org", "a long secret phrase").await;
    assert_eq!(old.status, 401);
    let new = log_in(&svc, login, "rosa@example.org", "a brand new phrase").await;
    assert_eq!(new.status, 303);

    // An unknown address gets the same answer and no mail.
    let unknown = submit(
        &svc,
        login,
        "/forgot-password",
        &[("email", "nobody@example.org")],
    )
    .await;
    assert_eq!(unknown.status, 200);
    assert_eq!(
        unknown.body.replace("nobody", ""),
        forgot.body.replace("rosa", "")
    );
    assert!(
        city.mails_to("nobody@example.org").await.is_empty(),
        "the outbox delivered nothing to an address without an account"
    );
}

in_both_shapes!(account_journey);

async fn login_is_rate_limited(shape: Shape) {
    let city = TestCity::with(shape, |s| s.rate_limits.login_per_minute = 3).await;
    let svc = city.service().await;
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
async fn login_is_rate_limited_in_redis() {
    login_is_rate_limited(Shape::Production).await;
}

/// Two app nodes on one Redis count one client's attempts together: alternating between them
/// buys no extra tries.
#[actix_rt::test]
async fn login_is_rate_limited_across_nodes_in_redis() {
    let city = TestCity::with(Shape::Production, |s| s.rate_limits.login_per_minute = 3).await;
    let dir = tempfile::tempdir().expect("tempdir");
    let mut settings = city.app.settings().clone();
    settings.server.data_dir = dir.path().to_path_buf();
    let other = citybadges_app::App::start(settings)
        .await
        .expect("a second node");
    let nodes = [&city.app, &other, &city.app, &other];
    let mut outcomes = Vec::new();
    for node in nodes {
        let r = node
            .log_in(
                "youth00001@demo.citybadges.org".into(),
                "guess guess guess".into(),
                "203.0.113.50".into(),
            )
            .await;
        outcomes.push(match r {
            Err(citybadges_app::Error::RateLimited { .. }) => "limited",
            Err(_) => "refused",
            Ok(_) => "signed in",
        });
    }
    assert_eq!(outcomes, ["refused", "refused", "refused", "limited"]);
}

fn token_of(mail: &citybadges_mail::StoredEmail) -> String {
    let link = link_in(&mail.body, "http");
    link.split("token=").nth(1).expect("token").to_string()
}

/// A reset ends every session opened with the old password and voids the other reset links.
async fn a_new_password_ends_old_sessions_and_links(shape: Shape) {
    let city = TestCity::new(shape).await;
    let svc = city.service().await;
    let email = "youth00002@demo.citybadges.org";
    let old_session = city.session_for(email).await;
    assert_eq!(
        get(&svc, "/me", &Auth::session(&old_session)).await.status,
        200
    );

    let page = get(&svc, "/forgot-password", &Auth::default()).await;
    let auth = Auth::session(&page.cookie("cb_session").expect("cookie"));
    let csrf = page.csrf();
    for _ in 0..2 {
        let r = post_form(
            &svc,
            "/forgot-password",
            &auth,
            &[("csrf_token", &csrf), ("email", email)],
        )
        .await;
        assert_eq!(r.status, 200);
    }
    let mails = city.mails_to(email).await;
    let links: Vec<String> = mails
        .iter()
        .filter(|m| m.subject == "Reset your password")
        .map(token_of)
        .collect();
    assert_eq!(links.len(), 2, "two reset links were sent");
    let (newer, older) = (&links[0], &links[1]);
    assert_ne!(newer, older);

    let done = post_form(
        &svc,
        "/reset-password",
        &auth,
        &[
            ("csrf_token", &csrf),
            ("token", newer),
            ("password", "a brand new phrase"),
        ],
    )
    .await;
    assert_eq!(done.status, 200, "{}", done.body);
    let me = get(&svc, "/me", &Auth::session(&old_session)).await;
    assert_eq!(
        me.status, 303,
        "the session opened before the reset has ended"
    );
    let reused = post_form(
        &svc,
        "/reset-password",
        &auth,
        &[
            ("csrf_token", &csrf),
            ("token", older),
            ("password", "an attacker's phrase"),
        ],
    )
    .await;
    assert_eq!(reused.status, 422);
    assert!(
        reused.body.contains("invalid, used or expired"),
        "the older link is void: {}",
        reused.body
    );
    // The new password signs in and opens a working session.
    let fresh = city.session_for(email).await;
    assert_eq!(get(&svc, "/me", &Auth::session(&fresh)).await.status, 200);
}

in_both_shapes!(a_new_password_ends_old_sessions_and_links);

/// Leaving the birth date out does not skip the under-13 rule.
#[actix_rt::test]
async fn sign_up_needs_a_birth_date() {
    let city = TestCity::new(Shape::Embedded).await;
    let svc = city.service().await;
    let page = get(&svc, "/signup", &Auth::default()).await;
    let auth = Auth::session(&page.cookie("cb_session").expect("cookie"));
    let csrf = page.csrf();
    let without_date = [
        ("csrf_token", csrf.as_str()),
        ("display_name", "No Date"),
        ("email", "nodate@example.org"),
        ("password", "long enough password"),
    ];
    for birth in ["", "   "] {
        let fields: Vec<_> = without_date
            .into_iter()
            .chain([("birth_date", birth)])
            .collect();
        let r = post_form(&svc, "/signup", &auth, &fields).await;
        assert_eq!(r.status, 422, "{birth:?}");
        assert!(r.body.contains("enter your date of birth"), "{}", r.body);
    }
    // Without the field at all, too.
    let r = post_form(&svc, "/signup", &auth, &without_date).await;
    assert_eq!(r.status, 422);
    assert!(
        city.mails_to("nodate@example.org").await.is_empty(),
        "no account, no mail"
    );
}

/// Changing one's password needs the current one, ends every other session of the account and
/// voids reset links; the browser that changed it stays signed in with a new session.
async fn changing_the_password_ends_other_sessions(shape: Shape) {
    let city = TestCity::new(shape).await;
    let svc = city.service().await;
    let email = "youth00003@demo.citybadges.org";
    let here = city.session_for(email).await;
    let elsewhere = city.session_for(email).await;
    // A reset link asked for earlier.
    city.app
        .request_password_reset(email.into(), "203.0.113.9".into())
        .await
        .expect("reset mail");
    let reset_token = token_of(&city.last_mail_to(email).await);
    let change = |current: &str, new: &str| {
        let fields = [
            ("csrf_token", city.app.csrf_token(&here)),
            ("current_password", current.to_owned()),
            ("new_password", new.to_owned()),
        ];
        let svc = &svc;
        let auth = Auth::session(&here);
        async move {
            let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            post_form(svc, "/me/password", &auth, &fields).await
        }
    };
    let wrong = change("not my password", "a brand new phrase").await;
    assert_eq!(wrong.status, 422);
    assert!(
        wrong.body.contains("not your current password"),
        "{}",
        wrong.body
    );
    let short = change(citybadges_app::demo::DEMO_PASSWORD, "short").await;
    assert_eq!(short.status, 422);
    assert!(short.body.contains("at least 10"), "{}", short.body);
    assert_eq!(
        get(&svc, "/me", &Auth::session(&elsewhere)).await.status,
        200,
        "nothing changed yet"
    );

    let done = change(citybadges_app::demo::DEMO_PASSWORD, "a brand new phrase").await;
    assert_eq!(done.status, 303, "{}", done.body);
    assert_eq!(done.header("location"), "/me?password=changed");
    let fresh = done.cookie("cb_session").expect("a new session here");
    assert_ne!(fresh, here);
    assert_eq!(get(&svc, "/me", &Auth::session(&fresh)).await.status, 200);
    assert_eq!(
        get(&svc, "/me", &Auth::session(&elsewhere)).await.status,
        303,
        "signed out elsewhere"
    );
    assert_eq!(
        get(&svc, "/me", &Auth::session(&here)).await.status,
        303,
        "the old id is gone"
    );
    // The old password no longer signs in; the new one does; the earlier reset link is void.
    let old = city
        .app
        .log_in(
            email.into(),
            citybadges_app::demo::DEMO_PASSWORD.into(),
            "203.0.113.9".into(),
        )
        .await;
    assert!(old.is_err());
    city.app
        .log_in(
            email.into(),
            "a brand new phrase".into(),
            "203.0.113.9".into(),
        )
        .await
        .expect("the new password signs in");
    let reused = city
        .app
        .reset_password(reset_token, "an attacker's phrase".into())
        .await;
    assert!(
        reused.is_err(),
        "the reset link from before the change is void"
    );
}

in_both_shapes!(changing_the_password_ends_other_sessions);
