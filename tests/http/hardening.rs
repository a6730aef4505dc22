//! What an attacker or a careless client tries at the boundary: other people's mail from
//! loopback, forged forwarding headers, characters no text may hold, probing for pending
//! organizations and registered youth, caches keeping personal pages, and concurrent writes.

use actix_web::http::{Method, StatusCode};
use citybadges_tests::*;
use serde_json::{json, Value};

/// The mail viewer shows reset links: coming from loopback (as everyone does behind a proxy on
/// the same host) is not enough; only a signed-in platform admin reads it.
#[actix_rt::test]
async fn the_mail_viewer_needs_a_platform_admin_even_from_loopback() {
    let city = TestCity::new(Shape::Embedded).await;
    let svc = city.service().await;
    let local = [("x-test-peer", "127.0.0.1:50000")];
    let anonymous = request(
        &svc,
        Method::GET,
        "/dev/mail",
        &Auth::default(),
        &local,
        None,
    )
    .await;
    assert_eq!(anonymous.status, 303);
    assert_eq!(anonymous.header("location"), "/login");
    let youth = Auth::session(&city.session_for("youth00001@demo.citybadges.org").await);
    let r = request(&svc, Method::GET, "/dev/mail", &youth, &local, None).await;
    assert_eq!(r.status, 403);
    let admin = Auth::session(&city.session_for("admin@demo.citybadges.org").await);
    let r = request(&svc, Method::GET, "/dev/mail", &admin, &local, None).await;
    assert_eq!(r.status, 200);
    assert_eq!(r.header("cache-control"), "no-store");
}

async fn failed_logins<S, B>(svc: &S, headers: &[(&str, &str)], email: &str, n: usize) -> Vec<u16>
where
    S: TestService<B>,
    B: MessageBody,
{
    let page = request(svc, Method::GET, "/login", &Auth::default(), headers, None).await;
    let auth = Auth::session(&page.cookie("cb_session").expect("cookie"));
    let body = serde_urlencoded::to_string([
        ("csrf_token", page.csrf().as_str()),
        ("email", email),
        ("password", "guess guess guess"),
    ])
    .expect("form");
    let mut out = Vec::new();
    for _ in 0..n {
        let r = request(
            svc,
            Method::POST,
            "/login",
            &auth,
            headers,
            Some((
                "application/x-www-form-urlencoded",
                body.clone().into_bytes(),
            )),
        )
        .await;
        out.push(r.status.as_u16());
    }
    out
}

/// Behind a trusted proxy each client has its own limit; forwarding headers from anyone else
/// are ignored, so they cannot buy a fresh limit per request.
#[actix_rt::test]
async fn rate_limits_key_on_the_client_behind_a_trusted_proxy() {
    let city = TestCity::with(Shape::Embedded, |s| {
        s.rate_limits.login_per_minute = 2;
        s.server.trusted_proxies = vec!["127.0.0.1".into()];
    })
    .await;
    let svc = city.service().await;
    let one = [
        ("x-test-peer", "127.0.0.1:50000"),
        ("x-forwarded-for", "203.0.113.1"),
    ];
    let two = [
        ("x-test-peer", "127.0.0.1:50001"),
        ("x-forwarded-for", "203.0.113.2"),
    ];
    assert_eq!(
        failed_logins(&svc, &one, "youth00001@demo.citybadges.org", 3).await,
        [401, 401, 429]
    );
    // Another client through the same proxy is not limited by the first one's attempts.
    assert_eq!(
        failed_logins(&svc, &two, "youth00002@demo.citybadges.org", 1).await,
        [401]
    );
    // A client that is not a trusted proxy cannot pick its address with a header.
    let forged = [
        ("x-test-peer", "198.51.100.7:50002"),
        ("x-forwarded-for", "203.0.113.9"),
    ];
    assert_eq!(
        failed_logins(&svc, &forged, "youth00003@demo.citybadges.org", 2).await,
        [401, 401]
    );
    let forged_again = [
        ("x-test-peer", "198.51.100.7:50003"),
        ("x-forwarded-for", "203.0.113.10"),
    ];
    assert_eq!(
        failed_logins(&svc, &forged_again, "youth00004@demo.citybadges.org", 1).await,
        [429],
        "the same peer, whatever it forwards"
    );
}

/// Characters no text may hold are refused at the boundary with a 400 naming the field, on both
/// databases (PostgreSQL cannot store a NUL at all); ordinary text passes.
async fn control_characters_are_refused(shape: Shape) {
    let city = TestCity::new(shape).await;
    let svc = city.service().await;
    let token = Auth::bearer(&city.token_for(org_a()).await);
    let path = format!("/api/v1/orgs/{}/activities", org_a());
    // A draft with this title and description, posted with A's token.
    let post_activity = |title: &str, description: &str| {
        let body = json!({
            "title": title, "description": description, "topics": [],
            "format": "in_person", "status": "draft", "sessions": [],
        });
        let (svc, path, token) = (&svc, &path, &token);
        async move { post_json(svc, path, token, &[], &body).await }
    };
    let r = post_activity("Robots\u{0}Club", "Fine.").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.body);
    assert!(r
        .header("content-type")
        .starts_with("application/problem+json"));
    assert!(
        r.body.contains("`title`") && r.body.contains("U+0000"),
        "{}",
        r.body
    );
    let r = post_activity("Robots", "bell\u{7}").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body.contains("`description`"), "{}", r.body);
    // A name that reads backwards is refused; right-to-left text itself is fine.
    let r = post_activity("Club \u{202E}gpj.exe", "x").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.body);
    assert!(r.body.contains("U+202E"), "{}", r.body);
    let r = post_activity("نادي الروبوت", "Lines\nand\ttabs.").await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    // In the address and the query string.
    for bad in [
        "/orgs/a%00b",
        "/api/v1/organizations/a%00b",
        "/api/v1/search?q=robot%00",
        "/activities?q=%1B",
    ] {
        let r = get(&svc, bad, &Auth::default()).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{bad}: {}", r.body);
    }
    // In a form: the page says which field.
    let page = get(&svc, "/login", &Auth::default()).await;
    let auth = Auth::session(&page.cookie("cb_session").expect("cookie"));
    let r = post_form(
        &svc,
        "/login",
        &auth,
        &[
            ("csrf_token", &page.csrf()),
            ("email", "a\u{0}@example.org"),
            ("password", "x"),
        ],
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body.contains("email"), "{}", r.body);
    // Nothing was stored.
    let listed = get(&svc, &format!("{path}?status=draft&per_page=100"), &token).await;
    assert!(!listed.body.contains("Robots"), "{}", listed.body);
}

in_both_shapes!(control_characters_are_refused);

/// HEAD answers as GET without a body; personal answers are not cached; HTTPS deployments send
/// Strict-Transport-Security.
#[actix_rt::test]
async fn head_caching_and_transport_headers() {
    let city = TestCity::with(Shape::Embedded, |s| {
        s.server.public_url = "https://badges.example.city".into();
    })
    .await;
    let svc = city.service().await;
    for path in [
        "/",
        "/activities",
        "/api/v1/activities",
        "/api/v1/organizations",
        "/healthz",
    ] {
        let got = get(&svc, path, &Auth::default()).await;
        let head = send(&svc, Method::HEAD, path, &Auth::default(), None).await;
        assert_eq!(head.status, got.status, "{path}");
        assert!(head.bytes.is_empty(), "{path}: HEAD has no body");
        assert_eq!(
            head.header("content-type"),
            got.header("content-type"),
            "{path}"
        );
        assert!(
            got.header("strict-transport-security").contains("max-age="),
            "{path}"
        );
        assert_ne!(
            got.header("cache-control"),
            "no-store",
            "{path}: public pages may be cached"
        );
    }
    let youth = Auth::session(&city.session_for("youth00001@demo.citybadges.org").await);
    assert_eq!(
        get(&svc, "/me", &youth).await.header("cache-control"),
        "no-store"
    );
    let token = Auth::bearer(&city.token_for(org_a()).await);
    let awards = get(&svc, &format!("/api/v1/orgs/{}/awards", org_a()), &token).await;
    assert_eq!(awards.status, 200);
    assert_eq!(awards.header("cache-control"), "no-store");
    // Plain HTTP deployments do not send it (browsers would ignore it anyway).
    let plain = TestCity::new(Shape::Embedded).await;
    let svc = plain.service().await;
    assert!(get(&svc, "/", &Auth::default())
        .await
        .header("strict-transport-security")
        .is_empty());
}

/// A pending organization has no public documents, and its slug answers exactly as an unknown
/// one to another organization's token.
async fn pending_organizations_cannot_be_probed(shape: Shape) {
    let city = TestCity::new(shape).await;
    let svc = city.service().await;
    let p = org_pending();
    let r = get(&svc, &format!("/ob2/issuers/{p}"), &Auth::default()).await;
    assert_eq!(r.status, 404, "{}", r.body);
    assert!(!r.body.contains('@'), "no contact email: {}", r.body);
    let pending_badge: String = {
        use citybadges_store::schema::{achievements, organizations};
        use diesel::prelude::*;
        let slug = p.to_string();
        city.app
            .db(move |c| {
                Ok(achievements::table
                    .inner_join(organizations::table)
                    .filter(organizations::slug.eq(&slug))
                    .select(achievements::id)
                    .first::<String>(c)?)
            })
            .await
            .expect("the pending organization has a badge")
    };
    let r = get(
        &svc,
        &format!("/ob2/badges/{pending_badge}"),
        &Auth::default(),
    )
    .await;
    assert_eq!(r.status, 404, "{}", r.body);
    let token = Auth::bearer(&city.token_for(org_a()).await);
    for tail in ["awards", "activities", "issuer-keys"] {
        let pending = get(&svc, &format!("/api/v1/orgs/{p}/{tail}"), &token).await;
        let unknown = get(&svc, &format!("/api/v1/orgs/no-such-org/{tail}"), &token).await;
        assert_eq!(pending.status, unknown.status, "{tail}");
        assert_eq!(pending.status, 404, "{tail}");
        assert_eq!(pending.body, unknown.body, "{tail}");
    }
    // Another active organization is public: refusing it says nothing new.
    let b = get(&svc, &format!("/api/v1/orgs/{}/awards", org_b()), &token).await;
    assert_eq!(b.status, 403);
}

in_both_shapes!(pending_organizations_cannot_be_probed);

/// An award's answer is the same shape whether or not the recipient has an account.
#[actix_rt::test]
async fn awards_do_not_tell_who_is_registered() {
    let city = TestCity::new(Shape::Embedded).await;
    let svc = city.service().await;
    let token = Auth::bearer(&city.token_for(org_a()).await);
    let badge = badge_of_a(&svc).await;
    let path = format!("/api/v1/orgs/{}/awards", org_a());
    let keys = |v: &Value| {
        let mut k: Vec<String> = v.as_object().expect("object").keys().cloned().collect();
        k.sort();
        k
    };
    let award = |email: &str| {
        let body = json!({ "recipient_email": email, "achievement": badge });
        let (svc, path, token) = (&svc, &path, &token);
        async move { post_json(svc, path, token, &[], &body).await }
    };
    let registered = award("youth00001@demo.citybadges.org").await;
    let unknown = award("nobody-here@example.org").await;
    assert_eq!(registered.status, 201, "{}", registered.body);
    assert_eq!(unknown.status, 201, "{}", unknown.body);
    assert_eq!(keys(&registered.json()), keys(&unknown.json()));
    assert!(
        !registered.body.contains("recipient_user_id"),
        "{}",
        registered.body
    );
    let listed = get(&svc, &path, &token).await;
    assert!(
        !listed.body.contains("recipient_user_id"),
        "{}",
        listed.body
    );
}

/// SQLite writers queue instead of failing with "database is locked".
#[actix_rt::test]
async fn concurrent_writes_queue_on_sqlite() {
    let city = TestCity::new(Shape::Embedded).await;
    let svc = city.service().await;
    let token = Auth::bearer(&city.token_for(org_a()).await);
    let badge = badge_of_a(&svc).await;
    let path = format!("/api/v1/orgs/{}/awards", org_a());
    let bodies: Vec<Value> = (0..24)
        .map(|i| json!({ "recipient_email": format!("parallel{i}@example.org"), "achievement": badge }))
        .collect();
    let replies = futures_util::future::join_all(
        bodies
            .iter()
            .map(|b| post_json(&svc, &path, &token, &[], b)),
    )
    .await;
    let statuses: Vec<u16> = replies.iter().map(|r| r.status.as_u16()).collect();
    assert!(statuses.iter().all(|s| *s == 201), "{statuses:?}");

    // One Idempotency-Key sent eight times at once: one award, every answer a success.
    let key = [("Idempotency-Key", "parallel-retry-1")];
    let body = json!({ "recipient_email": "retry@example.org", "achievement": badge });
    let replies =
        futures_util::future::join_all((0..8).map(|_| post_json(&svc, &path, &token, &key, &body)))
            .await;
    let statuses: Vec<u16> = replies.iter().map(|r| r.status.as_u16()).collect();
    assert!(
        statuses.iter().all(|s| *s == 201 || *s == 200),
        "{statuses:?}"
    );
    assert_eq!(
        statuses.iter().filter(|s| **s == 201).count(),
        1,
        "{statuses:?}"
    );
    let ids: std::collections::HashSet<String> = replies
        .iter()
        .map(|r| r.json()["id"].as_str().expect("id").to_owned())
        .collect();
    assert_eq!(ids.len(), 1);

    // Sixteen key rotations at once: all succeed with distinct keys.
    let admin = Auth::session(&city.session_for(&staff_email("admin", org_a())).await);
    let rotate = format!("/api/v1/orgs/{}/issuer-keys/rotate", org_a());
    let empty = json!({});
    let replies = futures_util::future::join_all(
        (0..16).map(|_| post_json(&svc, &rotate, &admin, &[], &empty)),
    )
    .await;
    let statuses: Vec<u16> = replies.iter().map(|r| r.status.as_u16()).collect();
    assert!(statuses.iter().all(|s| *s == 201), "{statuses:?}");
    let keys = get(
        &svc,
        &format!("/api/v1/orgs/{}/issuer-keys", org_a()),
        &admin,
    )
    .await
    .json();
    let ids: std::collections::HashSet<String> = keys
        .as_array()
        .expect("keys")
        .iter()
        .map(|k| k["key_id"].as_str().unwrap_or_default().to_owned())
        .collect();
    assert!(ids.len() >= 17, "every rotation made its own key: {keys:#}");
}

/// Drafts, archived activities and a pending organization's activities stay out of search, after
/// their changes went through the outbox and after a full rebuild.
async fn search_keeps_private_activities_out(shape: Shape) {
    use citybadges_domain::{ActivityId, OrgId, PublicationStatus};
    use citybadges_store::schema::{activities, organizations};
    use diesel::prelude::*;
    let city = TestCity::new(shape).await;
    let svc = city.service().await;
    // An activity of A is archived, as an archive would do it: status and search change together.
    let (archived_id, archived_title): (ActivityId, String) = {
        let slug = org_a().to_string();
        city.app
            .tx(move |c| {
                let org: OrgId = organizations::table
                    .filter(organizations::slug.eq(&slug))
                    .select(organizations::id)
                    .first(c)?;
                let (id, title): (ActivityId, String) = activities::table
                    .filter(activities::organization_id.eq(org))
                    .filter(activities::status.eq(PublicationStatus::Published))
                    .select((activities::id, activities::title))
                    .first(c)?;
                diesel::update(activities::table.find(id))
                    .set(activities::status.eq(PublicationStatus::Archived))
                    .execute(c)?;
                citybadges_app::outbox::enqueue(
                    c,
                    &citybadges_app::outbox::Effect::Search(citybadges_app::search::SearchChange {
                        activities: vec![id],
                        organizations: vec![],
                    }),
                )?;
                Ok((id, title))
            })
            .await
            .expect("archived")
    };
    // The pending organization's activities, and a change naming it.
    let pending_titles: Vec<String> = {
        let slug = org_pending().to_string();
        city.app
            .tx(move |c| {
                let org: OrgId = organizations::table
                    .filter(organizations::slug.eq(&slug))
                    .select(organizations::id)
                    .first(c)?;
                citybadges_app::outbox::enqueue(
                    c,
                    &citybadges_app::outbox::Effect::Search(citybadges_app::search::SearchChange {
                        activities: vec![],
                        organizations: vec![org],
                    }),
                )?;
                Ok(activities::table
                    .filter(activities::organization_id.eq(org))
                    .select(activities::title)
                    .load(c)?)
            })
            .await
            .expect("pending activities")
    };
    assert!(
        !pending_titles.is_empty(),
        "the pending organization has activities to hide"
    );
    citybadges_app::outbox::deliver_due(&city.app)
        .await
        .expect("delivers");
    let slug_of = |title: &String| {
        let title = title.clone();
        let app = city.app.clone();
        async move {
            app.db(move |c| {
                Ok(activities::table
                    .filter(activities::title.eq(&title))
                    .select(activities::slug)
                    .first::<String>(c)?)
            })
            .await
            .expect("slug")
        }
    };
    let hidden = |label: &'static str, title: String| (label, title);
    let mut private = vec![
        hidden(PublicationStatus::Draft.as_str(), DRAFT_TITLE.to_owned()),
        hidden(PublicationStatus::Archived.as_str(), archived_title.clone()),
    ];
    private.extend(
        pending_titles
            .iter()
            .take(3)
            .map(|t| hidden("pending organization", t.clone())),
    );
    for round in ["after the outbox", "after a rebuild"] {
        for (label, title) in &private {
            let q: String = url::form_urlencoded::byte_serialize(title.as_bytes()).collect();
            let api = get(
                &svc,
                &format!("/api/v1/search?q={q}&per_page=100"),
                &Auth::default(),
            )
            .await;
            assert_eq!(api.status, 200, "{}", api.body);
            let json = api.json();
            let titles: Vec<&str> = json["items"]
                .as_array()
                .expect("items")
                .iter()
                .filter_map(|i| i["title"].as_str())
                .collect();
            assert!(
                !titles.contains(&title.as_str()),
                "{round}: the {label} activity {title:?} is in search"
            );
            // The page repeats the words searched in its search box; a result would link to it.
            let page = get(&svc, &format!("/activities?q={q}"), &Auth::default()).await;
            let slug = slug_of(title).await;
            assert!(
                !page.body.contains(&format!("/activities/{slug}\"")),
                "{round}: the {label} activity is on the search page"
            );
        }
        let listed = get(&svc, "/api/v1/activities?per_page=100", &Auth::default()).await;
        assert!(
            !listed.body.contains(&archived_id.to_string()),
            "{round}: listed"
        );
        city.app.rebuild_search_index().await.expect("rebuilt");
    }
}

in_both_shapes!(search_keeps_private_activities_out);
