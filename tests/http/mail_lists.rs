//! Kinds of mail a person may stop: every such mail carries a one-click unsubscribe address
//! (RFC 8058 headers), the address's page asks before changing anything, the account's settings
//! turn each kind off and on, and the mail an account needs is always sent.

use actix_web::http::Method;
use citybadges_tests::*;

/// The path of a mail's one-click unsubscribe address.
fn unsubscribe_path(mail: &citybadges_mail::StoredEmail) -> String {
    let header = mail.header("List-Unsubscribe");
    let url = header.trim_start_matches('<').trim_end_matches('>');
    let start = url.find("/unsubscribe/").expect("an unsubscribe address");
    url[start..].to_string()
}

async fn one_click<S, B>(svc: &S, path: &str) -> Reply
where
    S: TestService<B>,
    B: actix_web::body::MessageBody,
{
    // As a mail app sends it: no cookie, no CSRF token (RFC 8058).
    send(
        svc,
        Method::POST,
        path,
        &Auth::default(),
        Some((
            "application/x-www-form-urlencoded",
            b"List-Unsubscribe=One-Click".to_vec(),
        )),
    )
    .await
}

async fn one_click_and_settings(shape: Shape) {
    let city = TestCity::new(shape).await;
    let svc = city.service().await;
    let youth = "youth00005@demo.citybadges.org";
    award_first_badge(&svc, &city, youth).await;
    let mails = city.mails_to(youth).await;
    assert_eq!(mails.len(), 1);
    let mail = &mails[0];
    assert_eq!(
        mail.header("List-Unsubscribe-Post"),
        "List-Unsubscribe=One-Click"
    );
    assert!(mail
        .header("Content-Type")
        .starts_with("multipart/alternative"));
    assert!(
        mail.html.contains("<a href="),
        "an HTML part with links: {}",
        mail.html
    );
    assert!(
        mail.body.contains("unsubscribe"),
        "the text says how to stop: {}",
        mail.body
    );
    let path = unsubscribe_path(mail);

    // Opening the address changes nothing; a tampered one is refused.
    let page = get(&svc, &path, &Auth::default()).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Stop these emails?"), "{}", page.body);
    let mut forged = path.clone();
    forged.insert(path.len() - 3, 'x');
    assert_eq!(get(&svc, &forged, &Auth::default()).await.status, 400);
    assert_eq!(one_click(&svc, &forged).await.status, 400);
    let other_list = path.replacen("badge_awarded", "seat_opened", 1);
    assert_eq!(
        one_click(&svc, &other_list).await.status,
        400,
        "the list is signed too"
    );
    award_first_badge(&svc, &city, youth).await;
    assert_eq!(city.mails_to(youth).await.len(), 2);

    // One click (twice: the same), and award mail stops; account mail does not.
    for _ in 0..2 {
        let r = one_click(&svc, &path).await;
        assert_eq!(r.status, 200, "{}", r.body);
        assert!(r.body.contains("Unsubscribed"));
    }
    award_first_badge(&svc, &city, youth).await;
    assert_eq!(
        city.mails_to(youth).await.len(),
        2,
        "no award mail after unsubscribing"
    );
    city.app
        .request_password_reset(youth.into(), "test".into())
        .await
        .expect("reset asked");
    let latest = city.last_mail_to(youth).await;
    assert!(
        latest.body.contains("/reset-password"),
        "account mail still comes"
    );
    assert_eq!(
        latest.header("List-Unsubscribe"),
        "",
        "and has no list to leave"
    );

    // The settings show it off; ticking it back brings the mail back.
    let me = Auth::session(&city.session_for(youth).await);
    let settings = get(&svc, "/me/mail", &me).await;
    assert_eq!(settings.status, 200);
    assert!(!settings
        .body
        .contains(r#"name="badge_awarded" value="on" checked"#));
    assert!(settings
        .body
        .contains(r#"name="seat_opened" value="on" checked"#));
    let csrf = city
        .app
        .csrf_token(me.session.as_deref().unwrap_or_default());
    let r = post_form(
        &svc,
        "/me/mail",
        &me,
        &[
            ("csrf_token", &csrf),
            ("badge_awarded", "on"),
            ("session_reminder", "on"),
        ],
    )
    .await;
    assert_eq!(r.status, 303);
    let settings = get(&svc, "/me/mail", &me).await;
    assert!(settings
        .body
        .contains(r#"name="badge_awarded" value="on" checked"#));
    assert!(
        !settings
            .body
            .contains(r#"name="seat_opened" value="on" checked"#),
        "unticked: off"
    );
    let before = city.mails_to(youth).await.len();
    award_first_badge(&svc, &city, youth).await;
    assert_eq!(city.mails_to(youth).await.len(), before + 1);

    // An address with no account leaves the same way.
    let stranger = "no.account.here@example.org";
    award_first_badge(&svc, &city, stranger).await;
    let path = unsubscribe_path(&city.last_mail_to(stranger).await);
    assert_eq!(one_click(&svc, &path).await.status, 200);
    award_first_badge(&svc, &city, stranger).await;
    assert_eq!(city.mails_to(stranger).await.len(), 1);
}

in_both_shapes!(one_click_and_settings);
