//! Data rights: an account's data downloaded whole, and the account deleted (by its owner, or
//! by the guardian who approved a child's), leaving issued credentials valid.

use citybadges_tests::*;
use serde_json::{json, Value};
use std::io::Read;

/// The files of a zip, by name.
fn unzip(bytes: &[u8]) -> std::collections::BTreeMap<String, Vec<u8>> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip file");
    (0..zip.len())
        .map(|i| {
            let mut f = zip.by_index(i).expect("an entry");
            let mut out = Vec::new();
            f.read_to_end(&mut out).expect("readable");
            (f.name().to_string(), out)
        })
        .collect()
}

/// A youth of 15, signed up and confirmed; returns their session.
async fn teen(city: &TestCity, email: &str) -> String {
    let birth = (chrono::Utc::now().date_naive() - chrono::Duration::days(365 * 15)).to_string();
    city.app
        .sign_up(citybadges_app::accounts::SignUp {
            email: email.into(),
            password: "a long teen password".into(),
            display_name: "Tess Teen".into(),
            birth_date: birth,
            guardian_email: String::new(),
            client: format!("test-{email}"),
            locale: citybadges_i18n::Locale::En,
        })
        .await
        .expect("signed up");
    let link = link_in(&city.last_mail_to(email).await.body, "/verify-email");
    let token = link.split("token=").nth(1).expect("a token").to_string();
    city.app.verify_email(token).await.expect("confirmed")
}

async fn export_then_delete(shape: Shape) {
    let city = TestCity::new(shape).await;
    let svc = city.service().await;
    let email = "tess.teen@example.org";
    let me = Auth::session(&teen(&city, email).await);
    let (_, sessions) =
        super::enrolling::activity_with_sessions(&city, "Last Seat Lab", Some(1), &[30]).await;
    let enroll = |who: Auth| {
        let svc = &svc;
        let session = sessions[0].clone();
        async move {
            post_json(
                svc,
                "/api/v1/me/enrollments",
                &who,
                &[],
                &json!({ "session_id": session }),
            )
            .await
            .json()
        }
    };
    assert_eq!(enroll(me.clone()).await["status"], "enrolled");
    let next = Auth::session(&city.session_for("youth00004@demo.citybadges.org").await);
    assert_eq!(enroll(next.clone()).await["status"], "waitlisted");
    let award_id = award_first_badge(&svc, &city, email).await;
    let me_actor = city.actor_for(email).await;
    city.app
        .save_activity(me_actor, org_a().into(), "last-seat-lab".into())
        .await
        .expect("saved");

    // The export: the account, its schedule and backpack, and the signed credential as served.
    for path in ["/me/export", "/api/v1/me/export"] {
        let r = get(&svc, path, &me).await;
        assert_eq!(r.status, 200, "{path}: {}", r.body);
        assert_eq!(r.header("content-type"), "application/zip");
        assert_eq!(r.header("cache-control"), "no-store");
        assert!(r
            .header("content-disposition")
            .starts_with("attachment; filename=\"citybadges-"));
        let files = unzip(&r.bytes);
        let account: Value = serde_json::from_slice(&files["account.json"]).expect("json");
        assert_eq!(account["account"]["email"], email);
        assert_eq!(
            account["schedule"]["upcoming"][0]["activity"]["name"],
            "Last Seat Lab"
        );
        assert_eq!(account["backpack"]["badges"][0]["id"], award_id.as_str());
        assert_eq!(account["saved"][0]["name"], "Last Seat Lab");
        let credential: Value =
            serde_json::from_slice(&files[&format!("credentials/{award_id}.json")]).expect("json");
        let served = get(
            &svc,
            &format!("/credentials/{award_id}.json"),
            &Auth::default(),
        )
        .await;
        assert_eq!(
            credential,
            served.json(),
            "the signed credential, byte for byte in meaning"
        );
    }
    let token = Auth::bearer(&city.token_for(org_a()).await);
    assert_eq!(get(&svc, "/api/v1/me/export", &token).await.status, 403);
    assert_eq!(
        get(&svc, "/api/v1/me/export", &Auth::default())
            .await
            .status,
        401
    );

    // A wrong password deletes nothing.
    let csrf = city
        .app
        .csrf_token(me.session.as_deref().unwrap_or_default());
    let r = post_form(
        &svc,
        "/me/delete",
        &me,
        &[("csrf_token", &csrf), ("password", "wrong password")],
    )
    .await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("not your current password"), "{}", r.body);
    assert_eq!(get(&svc, "/me", &me).await.status, 200);

    // Deleted: signed out everywhere, the place goes to the next in line, awards forget the
    // recipient while the credential stays public and unchanged.
    let before = get(
        &svc,
        &format!("/credentials/{award_id}.json"),
        &Auth::default(),
    )
    .await
    .body;
    let r = post_form(
        &svc,
        "/me/delete",
        &me,
        &[("csrf_token", &csrf), ("password", "a long teen password")],
    )
    .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r.body.contains("Your account is deleted"));
    assert_eq!(get(&svc, "/me", &me).await.status, 303);
    assert!(city
        .app
        .log_in(email.into(), "a long teen password".into(), "t".into())
        .await
        .is_err());
    let line = get(&svc, "/api/v1/me/enrollments", &next).await.json();
    assert_eq!(line["upcoming"][0]["status"], "enrolled", "{line}");
    let kept = get(
        &svc,
        &format!("/api/v1/orgs/{}/awards/{award_id}", org_a()),
        &token,
    )
    .await;
    assert_eq!(kept.status, 200);
    assert_eq!(kept.json()["recipient_email"], Value::Null, "{}", kept.body);
    let after = get(
        &svc,
        &format!("/credentials/{award_id}.json"),
        &Auth::default(),
    )
    .await;
    assert_eq!(after.status, 200);
    assert_eq!(after.body, before);
    let gone = city
        .app
        .db(move |c| Ok(citybadges_store::repo::users::by_email(c, email)?.is_none()))
        .await
        .expect("query");
    assert!(gone, "the account's row is gone");
    assert!(
        !city.mails_to(email).await.is_empty(),
        "mail already delivered stays in the mailbox, not here"
    );

    // The address is free for a new account.
    teen(&city, email).await;

    // Staff accounts are closed by a platform administrator, not from the account page.
    let staff = Auth::session(&city.session_for(&staff_email("staff", org_a())).await);
    let scsrf = city
        .app
        .csrf_token(staff.session.as_deref().unwrap_or_default());
    let r = post_form(
        &svc,
        "/me/delete",
        &staff,
        &[("csrf_token", &scsrf), ("password", "anything at all")],
    )
    .await;
    assert_eq!(r.status, 403);
}

in_both_shapes!(export_then_delete);

/// A guardian downloads and deletes their child's account; deleting the guardian's own account
/// withdraws the consent it gave.
async fn a_guardian_exports_and_deletes_a_child(shape: Shape) {
    use super::guardians::{child_signs_up, guardian_approves};
    let city = TestCity::new(shape).await;
    let svc = city.service().await;
    let guardian = "parent.of.two@example.org";
    let first = child_signs_up(&city, "kid.one@example.org", "Kid One", guardian).await;
    let sid = guardian_approves(&city, &first).await;
    let parent = Auth::session(&sid);
    let second = child_signs_up(&city, "kid.two@example.org", "Kid Two", guardian).await;
    let token = second.trim_start_matches("/consent/").to_string();
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
            true,
        )
        .await
        .expect("approved");
    let app = &city.app;
    let id = |email: &'static str| async move {
        app.db(move |c| {
            Ok(citybadges_store::repo::users::by_email(c, email)?
                .expect("child")
                .id)
        })
        .await
        .expect("id")
        .to_string()
    };
    let (one, two) = (
        id("kid.one@example.org").await,
        id("kid.two@example.org").await,
    );

    let r = get(&svc, &format!("/guardian/children/{one}/export"), &parent).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let files = unzip(&r.bytes);
    let account: Value = serde_json::from_slice(&files["account.json"]).expect("json");
    assert_eq!(account["account"]["email"], "kid.one@example.org");
    assert_eq!(account["guardian_requests"][0]["status"], "approved");
    let other = Auth::session(&city.session_for(&staff_email("admin", org_b())).await);
    assert_eq!(
        get(&svc, &format!("/guardian/children/{one}/export"), &other)
            .await
            .status,
        404
    );

    let csrf = city.app.csrf_token(&sid);
    let delete = format!("/guardian/children/{one}/delete");
    let r = post_form(
        &svc,
        &delete,
        &parent,
        &[("csrf_token", &csrf), ("password", "not it at all")],
    )
    .await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("not your current password"));
    let r = post_form(
        &svc,
        &delete,
        &parent,
        &[
            ("csrf_token", &csrf),
            ("password", "a long guardian password"),
        ],
    )
    .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let page = get(&svc, "/guardian", &parent).await;
    assert!(!page.body.contains("Kid One") && page.body.contains("Kid Two"));

    // The guardian leaves: the second child waits for a guardian again.
    let r = post_form(
        &svc,
        "/me/delete",
        &parent,
        &[
            ("csrf_token", &csrf),
            ("password", "a long guardian password"),
        ],
    )
    .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let waits = city
        .app
        .db(move |c| {
            let id = two.parse().expect("an id");
            Ok(citybadges_store::repo::users::by_id(c, id)?
                .expect("the child stays")
                .awaiting_guardian())
        })
        .await
        .expect("query");
    assert!(waits, "consent left with the guardian");
}

in_both_shapes!(a_guardian_exports_and_deletes_a_child);
