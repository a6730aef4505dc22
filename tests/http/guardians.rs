//! Children under 13: a parent or guardian approves the account from an emailed link before the
//! child enrolls or receives badges, follows the child on their own page, and can withdraw.

use citybadges_tests::*;
use serde_json::json;

/// A birth date ten years ago: under 13.
fn child_birth_date() -> String {
    (chrono::Utc::now().date_naive() - chrono::Duration::days(365 * 10)).to_string()
}

/// The sign-up form with these values, sent from a fresh visitor's page.
async fn sign_up<S, B>(svc: &S, fields: &[(&str, &str)]) -> Reply
where
    S: TestService<B>,
    B: actix_web::body::MessageBody,
{
    let page = get(svc, "/signup", &Auth::default()).await;
    let auth = Auth::session(&page.cookie("cb_session").expect("cookie"));
    let csrf = page.csrf();
    let mut all = vec![("csrf_token", csrf.as_str())];
    all.extend_from_slice(fields);
    post_form(svc, "/signup", &auth, &all).await
}

/// A child signs up naming `guardian`; returns the path of the consent link the guardian got.
pub async fn child_signs_up(city: &TestCity, child: &str, name: &str, guardian: &str) -> String {
    city.app
        .sign_up(citybadges_app::accounts::SignUp {
            email: child.into(),
            password: "a long child password".into(),
            display_name: name.into(),
            birth_date: child_birth_date(),
            guardian_email: guardian.into(),
            client: format!("test-{child}"),
            locale: citybadges_i18n::Locale::En,
        })
        .await
        .expect("the child signs up");
    link_in(&city.last_mail_to(guardian).await.body, "/consent/")
}

/// A guardian account made from the link, which then approves; returns the guardian's session.
pub async fn guardian_approves(city: &TestCity, link: &str) -> String {
    guardian_answers(city, link, "Pat Guardian", true).await
}

/// A guardian account made from the link (named `name`), which then answers; returns its session.
async fn guardian_answers(city: &TestCity, link: &str, name: &str, approve: bool) -> String {
    let token = link.trim_start_matches("/consent/").to_string();
    let sid = city
        .app
        .guardian_sign_up(
            token.clone(),
            name.into(),
            "a long guardian password".into(),
            citybadges_i18n::Locale::En,
        )
        .await
        .expect("guardian account");
    let actor = city
        .app
        .actor_for_session(Some(sid.clone()))
        .await
        .expect("actor")
        .0;
    city.app
        .answer_consent(
            actor,
            citybadges_app::guardians::ConsentRef::Token(token),
            approve,
        )
        .await
        .expect("answered");
    sid
}

#[actix_rt::test]
async fn under_13_needs_a_guardians_address() {
    let city = TestCity::new(Shape::Embedded).await;
    let svc = city.service().await;
    let birth = child_birth_date();
    let base = [
        ("display_name", "Kid"),
        ("email", "kid@example.org"),
        ("password", "long enough password"),
        ("birth_date", birth.as_str()),
    ];
    for (guardian, words) in [
        ("", "email address of a parent or guardian"),
        ("not an address", "like name@example.org"),
        ("kid@example.org", "not your own"),
    ] {
        let mut fields = base.to_vec();
        fields.push(("guardian_email", guardian));
        let r = sign_up(&svc, &fields).await;
        assert_eq!(r.status, 422, "{guardian:?}");
        assert!(r.body.contains(words), "{guardian:?}: {words}: {}", r.body);
        assert!(r.body.contains("Kid"), "what was typed is kept");
    }
    assert!(city.mails_to("kid@example.org").await.is_empty());
    // Thirteen and over: the field is not needed.
    let teen = (chrono::Utc::now().date_naive() - chrono::Duration::days(365 * 15)).to_string();
    let r = sign_up(
        &svc,
        &[
            ("display_name", "Teen"),
            ("email", "teen@example.org"),
            ("password", "long enough password"),
            ("birth_date", teen.as_str()),
            ("guardian_email", ""),
        ],
    )
    .await;
    assert_eq!(r.status, 200, "{}", r.body);
}

async fn a_guardian_approves_follows_and_withdraws(shape: Shape) {
    let city = TestCity::new(shape).await;
    let svc = city.service().await;
    let (child, guardian) = ("mia.child@example.org", "parent.of.mia@example.org");
    let birth = child_birth_date();
    let r = sign_up(
        &svc,
        &[
            ("display_name", "Mia Child"),
            ("email", child),
            ("password", "a long child password"),
            ("birth_date", birth.as_str()),
            ("guardian_email", guardian),
        ],
    )
    .await;
    assert_eq!(r.status, 200, "{}", r.body);

    // The guardian's mail names the child and carries a link; the child confirms their address.
    let mail = city.last_mail_to(guardian).await;
    assert!(mail.subject.contains("Mia Child"), "{}", mail.subject);
    let link = link_in(&mail.body, "/consent/");
    let verify = get(
        &svc,
        &link_in(&city.last_mail_to(child).await.body, "/verify-email"),
        &Auth::default(),
    )
    .await;
    assert_eq!(verify.status, 303);
    let kid = Auth::session(&verify.cookie("cb_session").expect("signed in"));
    let me = get(&svc, "/me", &kid).await;
    assert!(
        me.body.contains("Waiting for your parent or guardian"),
        "{}",
        me.body
    );
    assert!(
        me.body.contains(guardian),
        "the child sees where the request went"
    );

    // Until approval: no enrolling, and a badge awarded to the address waits.
    let (_, sessions) =
        super::enrolling::activity_with_sessions(&city, "Young Makers", Some(10), &[48, 72]).await;
    let refused = post_json(
        &svc,
        "/api/v1/me/enrollments",
        &kid,
        &[],
        &json!({ "session_id": sessions[0] }),
    )
    .await;
    assert_eq!(refused.status, 403, "{}", refused.body);
    assert!(refused.body.contains("guardian"), "{}", refused.body);
    let badge = public_json(&svc, &format!("/api/v1/organizations/{}", org_a())).await["badges"][0]
        ["slug"]
        .as_str()
        .expect("a badge")
        .to_string();
    let a_token = Auth::bearer(&city.token_for(org_a()).await);
    let award = post_json(
        &svc,
        &format!("/api/v1/orgs/{}/awards", org_a()),
        &a_token,
        &[],
        &json!({ "recipient_email": child, "achievement": badge }),
    )
    .await;
    assert_eq!(award.status, 201, "{}", award.body);
    assert_eq!(
        get(&svc, "/api/v1/me/backpack", &kid).await.json()["badges"],
        json!([])
    );

    // A forged link is refused; the real one, opened by no one signed in, offers an account.
    assert_eq!(
        get(&svc, "/consent/forged-token", &Auth::default())
            .await
            .status,
        400
    );
    let page = get(&svc, &link, &Auth::default()).await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert_eq!(page.header("cache-control"), "no-store");
    assert!(page.body.contains("Mia Child") && page.body.contains("Create your guardian account"));
    let visitor = Auth::session(&page.cookie("cb_session").expect("cookie"));
    let csrf = page.csrf();
    let short = post_form(
        &svc,
        &format!("{link}/account"),
        &visitor,
        &[
            ("csrf_token", &csrf),
            ("display_name", "Pat"),
            ("password", "short"),
        ],
    )
    .await;
    assert_eq!(short.status, 422);
    assert!(
        short.body.contains("at least 10 characters"),
        "{}",
        short.body
    );
    let made = post_form(
        &svc,
        &format!("{link}/account"),
        &visitor,
        &[
            ("csrf_token", &csrf),
            ("display_name", "Pat Parent"),
            ("password", "a long guardian password"),
        ],
    )
    .await;
    assert_eq!(made.status, 303, "{}", made.body);
    assert_eq!(made.header("location"), link);
    let parent = Auth::session(&made.cookie("cb_session").expect("signed in"));
    let page = get(&svc, &link, &parent).await;
    assert!(page.body.contains("Approve"), "{}", page.body);

    // Someone signed in with another account cannot answer, even holding the link.
    let other = Auth::session(&city.session_for("youth00002@demo.citybadges.org").await);
    let other_csrf = city
        .app
        .csrf_token(other.session.as_deref().unwrap_or_default());
    let r = post_form(
        &svc,
        &link,
        &other,
        &[("csrf_token", &other_csrf), ("decision", "approve")],
    )
    .await;
    assert_eq!(r.status, 403);
    assert!(r.body.contains(guardian), "{}", r.body);

    // The guardian approves: the child enrolls, and the waiting badge is in the backpack.
    let pcsrf = city
        .app
        .csrf_token(parent.session.as_deref().unwrap_or_default());
    let r = post_form(
        &svc,
        &link,
        &parent,
        &[("csrf_token", &pcsrf), ("decision", "approve")],
    )
    .await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert_eq!(r.header("location"), "/guardian?done=approved");
    let again = post_form(
        &svc,
        &link,
        &parent,
        &[("csrf_token", &pcsrf), ("decision", "refuse")],
    )
    .await;
    assert_eq!(again.status, 409, "an answer is given once");
    let enrolled = post_json(
        &svc,
        "/api/v1/me/enrollments",
        &kid,
        &[],
        &json!({ "session_id": sessions[0] }),
    )
    .await;
    assert_eq!(enrolled.status, 200, "{}", enrolled.body);
    assert_eq!(enrolled.json()["status"], "enrolled");
    let pack = get(&svc, "/api/v1/me/backpack", &kid).await.json();
    assert_eq!(pack["badges"].as_array().map(Vec::len), Some(1), "{pack}");
    assert!(!get(&svc, "/me", &kid)
        .await
        .body
        .contains("Waiting for your parent"));

    // The guardian's page: the child, their session, their badge.
    let g = get(&svc, "/guardian", &parent).await;
    assert_eq!(g.status, 200);
    assert_eq!(g.header("cache-control"), "no-store");
    for shown in [
        "Mia Child",
        "Young Makers",
        pack["badges"][0]["name"].as_str().unwrap_or("?"),
    ] {
        assert!(g.body.contains(shown), "{shown} on the guardian's page");
    }
    let child_id = city
        .app
        .db(move |c| {
            Ok(citybadges_store::repo::users::by_email(c, child)?
                .expect("child")
                .id)
        })
        .await
        .expect("child id")
        .to_string();

    // No one else sees or withdraws: another organization's admin, the child themself.
    let b_admin = Auth::session(&city.session_for(&staff_email("admin", org_b())).await);
    let b_csrf = city
        .app
        .csrf_token(b_admin.session.as_deref().unwrap_or_default());
    let b_page = get(&svc, "/guardian", &b_admin).await;
    assert!(!b_page.body.contains("Mia Child"));
    let withdraw = format!("/guardian/children/{child_id}/withdraw");
    assert_eq!(
        post_form(&svc, &withdraw, &b_admin, &[("csrf_token", &b_csrf)])
            .await
            .status,
        404
    );
    let kid_csrf = city
        .app
        .csrf_token(kid.session.as_deref().unwrap_or_default());
    assert_eq!(
        post_form(&svc, &withdraw, &kid, &[("csrf_token", &kid_csrf)])
            .await
            .status,
        404
    );
    assert_eq!(get(&svc, "/guardian", &kid).await.status, 403);

    // The guardian withdraws: the place to come is given up and enrolling stops.
    let r = post_form(&svc, &withdraw, &parent, &[("csrf_token", &pcsrf)]).await;
    assert_eq!(r.status, 303, "{}", r.body);
    let mine = get(&svc, "/api/v1/me/enrollments", &kid).await.json();
    assert_eq!(mine["upcoming"], json!([]), "{mine}");
    assert_eq!(mine["other"][0]["status"], "cancelled", "{mine}");
    let refused = post_json(
        &svc,
        "/api/v1/me/enrollments",
        &kid,
        &[],
        &json!({ "session_id": sessions[1] }),
    )
    .await;
    assert_eq!(refused.status, 403);
    let old = get(&svc, &link, &parent).await;
    assert!(old.body.contains("already answered"), "{}", old.body);

    // The child asks someone else; that guardian refuses; the account still only browses.
    let me = get(&svc, "/me", &kid).await;
    assert!(me.body.contains("Send the request again"));
    let second = "grandma.mia@example.org";
    let r = post_form(
        &svc,
        "/me/guardian",
        &kid,
        &[("csrf_token", &kid_csrf), ("guardian_email", second)],
    )
    .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let link2 = link_in(&city.last_mail_to(second).await.body, "/consent/");
    let own = post_form(
        &svc,
        "/me/guardian",
        &kid,
        &[("csrf_token", &kid_csrf), ("guardian_email", child)],
    )
    .await;
    assert_eq!(own.status, 422, "not the child's own address");
    let link3 = link_in(&city.last_mail_to(second).await.body, "/consent/");
    assert_eq!(link2, link3, "an ask refused as invalid sends nothing");
    guardian_answers(&city, &link2, "Gran", false).await;
    assert!(get(&svc, "/me", &kid).await.body.contains("Refused"));
    let refused = post_json(
        &svc,
        "/api/v1/me/enrollments",
        &kid,
        &[],
        &json!({ "session_id": sessions[1] }),
    )
    .await;
    assert_eq!(refused.status, 403);
}

in_both_shapes!(a_guardian_approves_follows_and_withdraws);

/// An expired link answers nothing; a new request replaces the old one, whose link dies.
async fn old_and_replaced_links_answer_nothing(shape: Shape) {
    let city = TestCity::new(shape).await;
    let svc = city.service().await;
    let guardian = "late.parent@example.org";
    let link = child_signs_up(&city, "leo@example.org", "Leo Child", guardian).await;
    {
        use citybadges_store::schema::guardian_consents::dsl as gc;
        use diesel::prelude::*;
        let past = citybadges_store::now() - chrono::Duration::days(1);
        city.app
            .db(move |c| {
                diesel::update(gc::guardian_consents.filter(gc::guardian_email.eq(guardian)))
                    .set(gc::expires_at.eq(past))
                    .execute(c)?;
                Ok(())
            })
            .await
            .expect("expired");
    }
    let page = get(&svc, &link, &Auth::default()).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("has expired"), "{}", page.body);
    assert!(!page.body.contains("Create your guardian account"));
    let token = link.trim_start_matches("/consent/").to_string();
    let made = city
        .app
        .guardian_sign_up(
            token,
            "Late".into(),
            "a long guardian password".into(),
            citybadges_i18n::Locale::En,
        )
        .await;
    assert!(made.is_err(), "no account from an expired link");

    // The child asks again: a new link, and the first one is replaced.
    let kid = city.actor_for("leo@example.org").await;
    city.app
        .ask_guardian(kid, guardian.into(), "test".into())
        .await
        .expect("asked again");
    let fresh = link_in(&city.last_mail_to(guardian).await.body, "/consent/");
    assert_ne!(fresh, link);
    let sid = guardian_approves(&city, &fresh).await;
    let page = get(&svc, "/guardian", &Auth::session(&sid)).await;
    assert!(page.body.contains("Leo Child"));
    assert!(get(&svc, &link, &Auth::default())
        .await
        .body
        .contains("already answered"));
}

in_both_shapes!(old_and_replaced_links_answer_nothing);

/// A guardian with several children answers a second child's request from their own page.
#[actix_rt::test]
async fn a_second_child_is_answered_from_the_guardians_page() {
    let city = TestCity::new(Shape::Embedded).await;
    let svc = city.service().await;
    let guardian = "busy.parent@example.org";
    let first = child_signs_up(&city, "ana@example.org", "Ana Child", guardian).await;
    let sid = guardian_approves(&city, &first).await;
    let parent = Auth::session(&sid);
    child_signs_up(&city, "ben@example.org", "Ben Child", guardian).await;
    let page = get(&svc, "/guardian", &parent).await;
    assert!(page.body.contains("Waiting for your answer") && page.body.contains("Ben Child"));
    let start = page
        .body
        .find("/guardian/requests/")
        .expect("a request form");
    let action: String = page.body[start..]
        .chars()
        .take_while(|c| *c != '"')
        .collect();
    let csrf = city.app.csrf_token(&sid);
    // Another account naming the request's id finds nothing.
    let other = city.session_for(&staff_email("admin", org_a())).await;
    let r = post_form(
        &svc,
        &action,
        &Auth::session(&other),
        &[
            ("csrf_token", &city.app.csrf_token(&other)),
            ("decision", "approve"),
        ],
    )
    .await;
    assert_eq!(r.status, 404);
    let r = post_form(
        &svc,
        &action,
        &parent,
        &[("csrf_token", &csrf), ("decision", "maybe")],
    )
    .await;
    assert_eq!(r.status, 422);
    let r = post_form(
        &svc,
        &action,
        &parent,
        &[("csrf_token", &csrf), ("decision", "approve")],
    )
    .await;
    assert_eq!(r.status, 303);
    let page = get(&svc, "/guardian", &parent).await;
    assert!(page.body.contains("Ana Child") && page.body.contains("Ben Child"));
    assert!(!page.body.contains("Waiting for your answer"));
}
