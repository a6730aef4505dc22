//! Pages in the reader's language: the account's setting, else the switcher's cookie, else
//! `Accept-Language`, else the city's default (English in the demo city).

use citybadges_tests::*;

async fn page<S, B>(svc: &S, path: &str, headers: &[(&str, &str)]) -> Reply
where
    S: TestService<B>,
    B: MessageBody,
{
    get_with(svc, path, &Auth::default(), headers).await
}

#[actix_rt::test]
async fn home_and_search_answer_in_the_language_asked() {
    let city = TestCity::new(Shape::Embedded).await;
    let svc = city.service().await;
    let cases = [
        (
            "es",
            "<html lang=\"es\">",
            ["Actividades", "Próximamente", "Encuentra algo que aprender"],
        ),
        (
            "fr-CA,fr;q=0.9",
            "<html lang=\"fr\">",
            ["Activités", "À venir", "Trouver quelque chose à apprendre"],
        ),
        (
            "de, en;q=0.5",
            "<html lang=\"en\">",
            ["Activities", "Coming up", "Find something to learn"],
        ),
    ];
    for (accept, html_lang, words) in cases {
        let home = page(&svc, "/", &[("accept-language", accept)]).await;
        assert_eq!(home.status, 200, "{accept}");
        assert!(home.body.contains(html_lang), "{accept}: {html_lang}");
        for w in words {
            assert!(home.body.contains(w), "{accept}: the home page says '{w}'");
        }
    }
    let fr = page(&svc, "/activities?free=1", &[("accept-language", "fr")]).await;
    assert_eq!(fr.status, 200);
    for w in [
        "<html lang=\"fr\">",
        "Trouver des activités",
        "Thème",
        "Gratuit",
        "Votre âge",
        "Rechercher",
    ] {
        assert!(fr.body.contains(w), "the French search page says '{w}'");
    }
    assert!(
        !fr.body.contains("Find activities"),
        "no English left on the French search page"
    );
    let es = page(&svc, "/orgs", &[("accept-language", "es-MX")]).await;
    assert!(es.body.contains("Organizaciones") && es.body.contains("Todos los tipos"));
    // Nothing asked: the city's default.
    let none = page(&svc, "/", &[]).await;
    assert!(none.body.contains("<html lang=\"en\">"));
}

#[actix_rt::test]
async fn the_switcher_keeps_the_choice() {
    let city = TestCity::new(Shape::Embedded).await;
    let svc = city.service().await;
    let first = page(&svc, "/activities", &[("accept-language", "es")]).await;
    let sid = first
        .cookie("cb_session")
        .expect("a first visit gets a session cookie");
    let csrf = first.csrf();
    assert!(
        first.body.contains("value=\"/activities\"") && first.body.contains("lang=\"fr\">Français"),
        "the footer offers the other languages and comes back here"
    );
    let anon = Auth::session(&sid);
    let chose = post_form(
        &svc,
        "/language",
        &anon,
        &[
            ("csrf_token", &csrf),
            ("lang", "fr"),
            ("next", "/activities?q=robot"),
        ],
    )
    .await;
    assert_eq!(chose.status, 303);
    assert_eq!(chose.header("location"), "/activities?q=robot");
    assert_eq!(chose.cookie("lang").as_deref(), Some("fr"));
    let cookie = format!("cb_session={sid}; lang=fr");
    let after = page(
        &svc,
        "/activities",
        &[("cookie", &cookie), ("accept-language", "es")],
    )
    .await;
    assert!(
        after.body.contains("<html lang=\"fr\">"),
        "the switcher's choice beats the browser's header"
    );

    // Never back to another site; never an unknown language; never without the form token.
    for next in [
        "//evil.example/",
        "https://evil.example/",
        "/\\evil.example",
    ] {
        let r = post_form(
            &svc,
            "/language",
            &anon,
            &[("csrf_token", &csrf), ("lang", "es"), ("next", next)],
        )
        .await;
        assert_eq!(
            (r.status.as_u16(), r.header("location")),
            (303, "/".to_string()),
            "{next}"
        );
    }
    let bad = post_form(
        &svc,
        "/language",
        &anon,
        &[("csrf_token", &csrf), ("lang", "tlh")],
    )
    .await;
    assert_eq!(bad.status, 422, "{}", bad.body);
    assert!(bad.cookie("lang").is_none());
    let forged = post_form(&svc, "/language", &anon, &[("lang", "es")]).await;
    assert_eq!(forged.status, 403, "{}", forged.body);
}

#[actix_rt::test]
async fn a_signed_in_person_keeps_their_language_everywhere() {
    let city = TestCity::new(Shape::Embedded).await;
    let svc = city.service().await;
    let email = staff_email("admin", org_a());
    let sid = city.session_for(&email).await;
    let me = Auth::session(&sid);
    let home = get(&svc, "/", &me).await;
    let chose = post_form(
        &svc,
        "/language",
        &me,
        &[("csrf_token", &home.csrf()), ("lang", "es"), ("next", "/")],
    )
    .await;
    assert_eq!(chose.status, 303);
    // The setting holds with no cookie, against another header, in a new session too.
    let cookie = format!("cb_session={sid}");
    let later = page(&svc, "/", &[("cookie", &cookie), ("accept-language", "fr")]).await;
    assert!(
        later.body.contains("<html lang=\"es\">"),
        "the account's language wins"
    );
    let fresh = city.session_for(&email).await;
    let cookie = format!("cb_session={fresh}");
    let again = page(&svc, "/activities", &[("cookie", &cookie)]).await;
    assert!(again.body.contains("<html lang=\"es\">") && again.body.contains("Buscar actividades"));
}
