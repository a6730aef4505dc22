//! The account, management and credential pages in Spanish and French: `<html lang>`, translated
//! words, no English heading left; and an account signed up on the Spanish page is Spanish.

use actix_web::http::{Method, StatusCode};
use citybadges_tests::*;
use serde_json::json;

/// A page as a visitor whose browser asks for `lang` (and, when given, who is signed in).
async fn page<S, B>(svc: &S, path: &str, lang: &str, auth: &Auth) -> Reply
where
    S: TestService<B>,
    B: MessageBody,
{
    let headers = [
        ("accept-language", lang),
        ("x-test-peer", "127.0.0.1:50000"),
    ];
    get_with(svc, path, auth, &headers).await
}

/// A signed-in session for `email` whose account reads `lang` (a signed-in person's setting beats
/// the browser's header, so it is chosen with the footer's switcher, as a person does).
async fn signed_in<S, B>(city: &TestCity, svc: &S, email: &str, lang: &str) -> Auth
where
    S: TestService<B>,
    B: MessageBody,
{
    let auth = Auth::session(&city.session_for(email).await);
    let home = get(svc, "/", &auth).await;
    let chose = post_form(
        svc,
        "/language",
        &auth,
        &[("csrf_token", &home.csrf()), ("lang", lang), ("next", "/")],
    )
    .await;
    assert_eq!(chose.status, StatusCode::SEE_OTHER, "{}", chose.body);
    auth
}

/// The page is in `lang`, says every one of `words` and none of `english`.
fn assert_in(r: &Reply, what: &str, lang: &str, words: &[&str], english: &[&str]) {
    assert_eq!(r.status, StatusCode::OK, "{what} ({lang}): {}", r.body);
    assert!(
        r.body.contains(&format!("<html lang=\"{lang}\"")),
        "{what}: <html lang=\"{lang}\">"
    );
    for w in words {
        assert!(r.body.contains(w), "{what} ({lang}) says '{w}': {}", r.body);
    }
    for e in english {
        assert!(
            !r.body.contains(e),
            "{what} ({lang}): English '{e}' is left"
        );
    }
}

#[actix_rt::test]
async fn account_pages_answer_in_spanish_and_french() {
    let city = TestCity::new(Shape::Embedded).await;
    let svc = city.service().await;
    let anon = Auth::default();
    let cases: [(&str, &str, &[&str], &[&str]); 10] = [
        (
            "/signup",
            "es",
            &[
                "Crea tu cuenta",
                "Tu nombre",
                "Fecha de nacimiento",
                "Crear cuenta",
                "¿Ya tienes una cuenta?",
            ],
            &["Create your account", "Date of birth"],
        ),
        (
            "/signup",
            "fr",
            &[
                "Créer votre compte",
                "Votre nom",
                "Date de naissance",
                "Courriel",
                "Mot de passe",
            ],
            &["Create your account", "Date of birth"],
        ),
        (
            "/login",
            "es",
            &[
                "Iniciar sesión",
                "¿Olvidaste tu contraseña?",
                "Crear una cuenta",
            ],
            &["<h1>Sign in</h1>", "Forgot your password?"],
        ),
        (
            "/login",
            "fr",
            &["Se connecter", "Mot de passe oublié", "Créer un compte"],
            &["<h1>Sign in</h1>", "Forgot your password?"],
        ),
        (
            "/forgot-password",
            "es",
            &["Restablece tu contraseña", "Enviar el enlace"],
            &["Reset your password", "Send the link"],
        ),
        (
            "/forgot-password",
            "fr",
            &["Réinitialiser votre mot de passe", "Envoyer le lien"],
            &["Reset your password", "Send the link"],
        ),
        (
            "/reset-password?token=abc",
            "es",
            &["Elige una contraseña nueva", "al menos 10 caracteres"],
            &["Choose a new password"],
        ),
        (
            "/reset-password?token=abc",
            "fr",
            &["Choisir un nouveau mot de passe", "au moins 10 caractères"],
            &["Choose a new password"],
        ),
        (
            "/verify",
            "es",
            &[
                "Verificar una insignia",
                "Qué se comprueba",
                "Formato y esquema",
            ],
            &["<h1>Verify a badge</h1>", "What is checked"],
        ),
        (
            "/verify",
            "fr",
            &[
                "Vérifier un badge",
                "Ce qui est vérifié",
                "Format et schéma",
            ],
            &["<h1>Verify a badge</h1>", "What is checked"],
        ),
    ];
    for (path, lang, words, english) in cases {
        let r = page(&svc, path, lang, &anon).await;
        assert_in(&r, path, lang, words, english);
    }

    // A form's answer page (heading, text and link from the handler) in the visitor's language.
    let form = page(&svc, "/forgot-password", "fr", &anon).await;
    let sid = form.cookie("cb_session").expect("a form cookie");
    let body = serde_urlencoded::to_string([
        ("csrf_token", form.csrf().as_str()),
        ("email", "nobody@example.org"),
    ])
    .expect("form");
    let sent = request(
        &svc,
        Method::POST,
        "/forgot-password",
        &Auth::session(&sid),
        &[("accept-language", "fr")],
        Some(("application/x-www-form-urlencoded", body.into_bytes())),
    )
    .await;
    assert_in(
        &sent,
        "link sent",
        "fr",
        &[
            "Consultez vos courriels",
            "Le lien est valide pendant 2 heures.",
        ],
        &["Check your email"],
    );

    // The account page of a staff member who chose Spanish: labels, account kind and role.
    let staff = signed_in(&city, &svc, &staff_email("admin", org_a()), "es").await;
    let me = page(&svc, "/me", "fr", &staff).await;
    assert_in(
        &me,
        "/me",
        "es",
        &[
            "<h1>Tu cuenta</h1>",
            "Apodo público",
            "Tus organizaciones",
            "Administración de la organización",
            "Cambia tu contraseña",
        ],
        &["Your account", "Public nickname", "Change password"],
    );
    let staff = signed_in(&city, &svc, &staff_email("admin", org_a()), "fr").await;
    let me = page(&svc, "/me", "es", &staff).await;
    assert_in(
        &me,
        "/me",
        "fr",
        &[
            "<h1>Votre compte</h1>",
            "Pseudonyme public",
            "Vos organismes",
        ],
        &["Your account", "Public nickname"],
    );
}

#[actix_rt::test]
async fn management_pages_answer_in_spanish_and_french() {
    let city = TestCity::new(Shape::Embedded).await;
    let svc = city.service().await;
    let admin = staff_email("admin", org_a());
    let dashboard = format!("/manage/orgs/{}", org_a());
    let awards = format!("/manage/orgs/{}/awards", org_a());

    let es = signed_in(&city, &svc, &admin, "es").await;
    let d = page(&svc, &dashboard, "es", &es).await;
    assert_in(
        &d,
        "dashboard",
        "es",
        &[
            "— panel ·",
            "Página pública",
            "Próxima sesión",
            "Tokens de API",
            "Crear token",
            "Actividad reciente",
        ],
        &[
            "Public page",
            "Next session",
            "Recent activity",
            "— dashboard",
        ],
    );
    let a = page(&svc, &awards, "es", &es).await;
    assert_in(
        &a,
        "awards",
        "es",
        &[
            "Otorgar una insignia",
            "Otorgar y enviar",
            "Claves de firma",
            "Todavía no se ha otorgado ninguna insignia.",
        ],
        &["Award a badge", "Signing keys", "No awards yet"],
    );

    let fr = signed_in(&city, &svc, &admin, "fr").await;
    let d = page(&svc, &dashboard, "fr", &fr).await;
    assert_in(
        &d,
        "dashboard",
        "fr",
        &[
            "— tableau de bord ·",
            "Page publique",
            "Jetons d’API",
            "Créer le jeton",
            "Activité récente",
        ],
        &["Public page", "Recent activity", "— dashboard"],
    );
    let a = page(&svc, &awards, "fr", &fr).await;
    assert_in(
        &a,
        "awards",
        "fr",
        &[
            "Décerner un badge",
            "Décerner et envoyer",
            "Clés de signature",
            "Aucun badge décerné pour l’instant.",
        ],
        &["Award a badge", "Signing keys", "No awards yet"],
    );

    // The city's review of organizations, for a coordinator.
    let coordinator = "coordinator@demo.citybadges.org";
    for (lang, words) in [
        (
            "es",
            ["Organizaciones por revisar", "Pendientes", "Aprobar"],
        ),
        ("fr", ["Organismes à examiner", "En attente", "Approuver"]),
    ] {
        let auth = signed_in(&city, &svc, coordinator, lang).await;
        let r = page(&svc, "/city/organizations", lang, &auth).await;
        assert_in(
            &r,
            "city organizations",
            lang,
            &words,
            &["Organizations to review", ">Approve<", ">Pending<"],
        );
    }

    // The development mail viewer, for a platform admin.
    for (lang, words) in [
        (
            "es",
            ["Correo enviado por este servidor", "El modo integrado"],
        ),
        (
            "fr",
            ["Courriels envoyés par ce serveur", "En mode intégré"],
        ),
    ] {
        let auth = signed_in(&city, &svc, "admin@demo.citybadges.org", lang).await;
        let r = page(&svc, "/dev/mail", lang, &auth).await;
        assert_in(
            &r,
            "mail viewer",
            lang,
            &words,
            &["Mail sent by this server"],
        );
    }
}

#[actix_rt::test]
async fn credential_issuer_and_verification_pages_answer_in_spanish_and_french() {
    let city = TestCity::new(Shape::Embedded).await;
    let svc = city.service().await;
    let token = Auth::bearer(&city.token_for(org_a()).await);
    let org = public_json(&svc, &format!("/api/v1/organizations/{}", org_a())).await;
    let badge = org["badges"][0]["slug"].as_str().expect("A has badges");
    let award = post_json(
        &svc,
        &format!("/api/v1/orgs/{}/awards", org_a()),
        &token,
        &[],
        &json!({ "recipient_email": "lea@example.org", "achievement": badge }),
    )
    .await;
    assert_eq!(award.status, StatusCode::CREATED, "{}", award.body);
    let id = award.json()["id"].as_str().expect("an id").to_owned();
    let anon = Auth::default();

    for (lang, words) in [
        (
            "es",
            [
                "Emitida por",
                "Cómo se gana",
                "Verificar esta insignia",
                "Imagen de la insignia (PNG)",
            ],
        ),
        (
            "fr",
            [
                "Décerné par",
                "Comment l’obtenir",
                "Vérifier ce badge",
                "Image du badge (PNG)",
            ],
        ),
    ] {
        let r = page(&svc, &format!("/credentials/{id}"), lang, &anon).await;
        assert_in(
            &r,
            "credential",
            lang,
            &words,
            &["Issued by", "How it is earned", "Verify this badge"],
        );
    }

    for (lang, words) in [
        (
            "es",
            [
                "— emisor ·",
                "Emisor de insignias",
                "Claves de firma",
                "Desde",
            ],
        ),
        (
            "fr",
            [
                "— émetteur ·",
                "Émetteur de badges",
                "Clés de signature",
                "Depuis",
            ],
        ),
    ] {
        let r = page(&svc, &format!("/issuers/{}", org_a()), lang, &anon).await;
        assert_in(
            &r,
            "issuer",
            lang,
            &words,
            &["Badge issuer", "Signing keys", "— issuer"],
        );
    }

    // Verifying an uploaded badge image: the verdict, each check and its outcome, the source.
    let png = get(&svc, &format!("/credentials/{id}.png"), &anon).await;
    assert_eq!(png.status, StatusCode::OK);
    for (lang, words) in [
        (
            "es",
            [
                "Verificada.",
                "La firma digital del emisor coincide con el contenido",
                "aprobada",
                "una imagen PNG con la credencial integrada",
            ],
        ),
        (
            "fr",
            [
                "Vérifié.",
                "La signature numérique de l’émetteur correspond au contenu",
                "réussie",
                "une image PNG contenant l’attestation",
            ],
        ),
    ] {
        let (ct, body) = multipart(Some(("file", &png.bytes)), &[]);
        let r = request(
            &svc,
            Method::POST,
            "/verify",
            &anon,
            &[("accept-language", lang)],
            Some((&ct, body)),
        )
        .await;
        assert_in(
            &r,
            "verification",
            lang,
            &words,
            &["Verified.", "a baked PNG image", ": passed", "The checks"],
        );
        assert!(
            r.body.contains("class=\"check passed\""),
            "the outcome's class stays as it was"
        );
    }
}

#[actix_rt::test]
async fn signing_up_on_the_spanish_page_makes_a_spanish_account() {
    let city = TestCity::new(Shape::Embedded).await;
    let svc = city.service().await;
    let sign_up = |lang: &'static str, email: &'static str, birth: &'static str| {
        let svc = &svc;
        async move {
            let form = page(svc, "/signup", lang, &Auth::default()).await;
            let sid = form.cookie("cb_session").expect("a form cookie");
            let body = serde_urlencoded::to_string([
                ("csrf_token", form.csrf().as_str()),
                ("display_name", "Lucía Ramos"),
                ("email", email),
                ("password", "una frase secreta larga"),
                ("birth_date", birth),
            ])
            .expect("form");
            request(
                svc,
                Method::POST,
                "/signup",
                &Auth::session(&sid),
                &[("accept-language", lang)],
                Some(("application/x-www-form-urlencoded", body.into_bytes())),
            )
            .await
        }
    };
    let locale_of = |email: &'static str| {
        let app = city.app.clone();
        async move {
            app.blocking(move |app| {
                let mut conn = app.pool().get()?;
                Ok(citybadges_store::repo::users::by_email(&mut conn, email)?
                    .map(|u| u.locale.as_str().to_string()))
            })
            .await
            .expect("the users table reads")
        }
    };

    // A form sent back: the summary is in Spanish too, and no account is made.
    let refused = sign_up("es", "lucia@example.org", "").await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("<html lang=\"es\">"));
    assert!(
        refused.body.contains("Revisa los campos marcados."),
        "{}",
        refused.body
    );
    assert_eq!(locale_of("lucia@example.org").await, None);

    let done = sign_up("es", "lucia@example.org", "2009-05-01").await;
    assert_in(
        &done,
        "signed up",
        "es",
        &[
            "Revisa tu correo",
            "Enviamos un mensaje a lucia@example.org.",
        ],
        &["Check your email", "We sent a message"],
    );
    assert_eq!(
        locale_of("lucia@example.org").await.as_deref(),
        Some("es"),
        "the account starts in the language it was made in"
    );
    // Asked in English: an English account, as before.
    let english = sign_up("en", "leo@example.org", "2009-05-01").await;
    assert_eq!(english.status, StatusCode::OK, "{}", english.body);
    assert!(english.body.contains("Check your email"));
    assert_eq!(locale_of("leo@example.org").await.as_deref(), Some("en"));
}
