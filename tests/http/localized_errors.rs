//! Error answers in the reader's language: error pages and form errors follow the page's language,
//! problem documents `Accept-Language` (English without it), mail the recipient's setting.

use actix_web::http::Method;
use citybadges_tests::*;

async fn get_in<S, B>(svc: &S, path: &str, accept: Option<&str>) -> Reply
where
    S: TestService<B>,
    B: MessageBody,
{
    let headers: Vec<(&str, &str)> = accept.map(|a| ("accept-language", a)).into_iter().collect();
    get_with(svc, path, &Auth::default(), &headers).await
}

#[actix_rt::test]
async fn a_missing_page_is_said_in_french_and_spanish() {
    let city = TestCity::new(Shape::Embedded).await;
    let svc = city.service().await;
    let cases = [
        (
            "fr-CA,fr;q=0.9",
            "<html lang=\"fr\">",
            [
                "Nous n’avons pas trouvé cette page",
                "Page introuvable.",
                "Aller à la page d’accueil",
                "Erreur 404",
            ],
        ),
        (
            "es-MX",
            "<html lang=\"es\">",
            [
                "No encontramos esa página",
                "No se encontró la página.",
                "Ver actividades",
                "Error 404",
            ],
        ),
        (
            "de",
            "<html lang=\"en\">",
            [
                "We could not find that page",
                "Page not found.",
                "Browse activities",
                "Error 404",
            ],
        ),
    ];
    for (accept, lang, words) in cases {
        let r = get_in(&svc, "/no-such-page", Some(accept)).await;
        assert_eq!(r.status, 404, "{accept}");
        assert!(
            r.header("content-type").starts_with("text/html"),
            "{accept}"
        );
        assert!(r.body.contains(lang), "{accept}: {}", r.body);
        for w in words {
            assert!(
                r.body.contains(w),
                "{accept}: the page says '{w}': {}",
                r.body
            );
        }
    }
    // The switcher's cookie counts as well.
    let r = request(
        &svc,
        Method::GET,
        "/no-such-page",
        &Auth::default(),
        &[("cookie", "lang=es"), ("accept-language", "fr")],
        None,
    )
    .await;
    assert!(r.body.contains("<html lang=\"es\">"), "{}", r.body);
    // An error raised by a handler (an organization that does not exist) too.
    let r = get_in(&svc, "/orgs/no-such-org", Some("fr")).await;
    assert_eq!(r.status, 404);
    assert!(r.body.contains("Organisme introuvable."), "{}", r.body);
}

#[actix_rt::test]
async fn a_form_shown_again_names_its_errors_in_the_pages_language() {
    let city = TestCity::new(Shape::Embedded).await;
    let svc = city.service().await;
    for (accept, lang, words) in [
        (
            "fr",
            "<html lang=\"fr\">",
            [
                "entrez un nom",
                "entrez une adresse courriel comme nom@exemple.org",
            ],
        ),
        (
            "es",
            "<html lang=\"es\">",
            [
                "escribe un nombre",
                "escribe un correo electrónico como nombre@ejemplo.org",
            ],
        ),
    ] {
        let form = get_in(&svc, "/signup", Some(accept)).await;
        let cookie = form.cookie("cb_session").expect("form cookie");
        let body = serde_urlencoded::to_string([
            ("csrf_token", form.csrf().as_str()),
            ("display_name", " "),
            ("email", "not-an-address"),
            ("password", "a long secret phrase"),
            ("birth_date", "2009-05-01"),
        ])
        .expect("form encodes");
        let r = request(
            &svc,
            Method::POST,
            "/signup",
            &Auth::session(&cookie),
            &[("accept-language", accept)],
            Some(("application/x-www-form-urlencoded", body.into_bytes())),
        )
        .await;
        assert_eq!(r.status, 422, "{accept}: {}", r.body);
        assert!(r.body.contains(lang), "{accept}");
        for w in words {
            assert!(
                r.body.contains(w),
                "{accept}: the form says '{w}': {}",
                r.body
            );
        }
    }
}

#[actix_rt::test]
async fn problem_documents_follow_accept_language_and_default_to_english() {
    let city = TestCity::new(Shape::Embedded).await;
    let svc = city.service().await;
    let es = get_in(&svc, "/api/v1/activities?age=500", Some("es")).await;
    assert_eq!(es.status, 422, "{}", es.body);
    assert_eq!(es.header("content-type"), "application/problem+json");
    let p = es.json();
    assert_eq!(p["title"], "Entidad no procesable", "{p}");
    assert_eq!(p["detail"], "age: debe estar entre 0 y 120", "{p}");
    assert_eq!(p["errors"][0]["field"], "age");
    assert_eq!(p["errors"][0]["message"], "debe estar entre 0 y 120");

    let en = get_in(&svc, "/api/v1/activities?age=500", None).await;
    assert_eq!(en.status, 422);
    let p = en.json();
    assert_eq!(p["title"], "Unprocessable Entity", "{p}");
    assert_eq!(p["detail"], "age: must be between 0 and 120", "{p}");
    assert_eq!(p["errors"][0]["message"], "must be between 0 and 120");

    // A 404 of the API and a 400 of the boundary, in French.
    let fr = get_in(&svc, "/api/v1/no-such-thing", Some("fr")).await;
    assert_eq!(fr.status, 404);
    assert_eq!(fr.json()["title"], "Introuvable");
    assert_eq!(fr.json()["detail"], "page introuvable");
    let fr = get_in(&svc, "/api/v1/activities?q=a%07b", Some("fr")).await;
    assert_eq!(fr.status, 400, "{}", fr.body);
    let detail = fr.json()["detail"].as_str().unwrap_or_default().to_string();
    assert!(detail.contains("contient un caractère"), "{detail}");
}

#[actix_rt::test]
async fn mail_to_a_person_who_reads_french_is_in_french() {
    let city = TestCity::new(Shape::Embedded).await;
    let svc = city.service().await;
    let email = "youth00003@demo.citybadges.org";
    let actor = city.actor_for(email).await;
    city.app
        .set_locale(actor, citybadges_i18n::Locale::Fr)
        .await
        .expect("the language is set");
    // Asked from an English page: the mail follows the account's language, not the page's.
    let page = get(&svc, "/forgot-password", &Auth::default()).await;
    let auth = Auth::session(&page.cookie("cb_session").expect("cookie"));
    let r = post_form(
        &svc,
        "/forgot-password",
        &auth,
        &[("csrf_token", &page.csrf()), ("email", email)],
    )
    .await;
    assert_eq!(r.status, 200);
    let mails = city.mails_to(email).await;
    let mail = mails.first().expect("a reset mail");
    // The stored header is RFC 2047-encoded where it is not ASCII ("=?utf-8?b?…?= votre…").
    assert!(
        mail.subject.ends_with(" votre mot de passe"),
        "{}",
        mail.subject
    );
    assert!(mail.body.contains("Bonjour "), "{}", mail.body);
    assert!(
        mail.body
            .contains("Ouvrez ce lien pour en choisir un nouveau\u{a0}:"),
        "{}",
        mail.body
    );
    assert!(
        mail.body.contains("/reset-password?token="),
        "{}",
        mail.body
    );

    // Someone else keeps English (the default).
    let other = "youth00004@demo.citybadges.org";
    let r = post_form(
        &svc,
        "/forgot-password",
        &auth,
        &[("csrf_token", &page.csrf()), ("email", other)],
    )
    .await;
    assert_eq!(r.status, 200);
    let mails = city.mails_to(other).await;
    assert_eq!(
        mails.first().expect("a reset mail").subject,
        "Reset your password"
    );
}
