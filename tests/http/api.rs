//! The JSON API: listing and filters, the OpenAPI document, readiness, tokens.

use actix_web::http::Method;
use citybadges_tests::*;

async fn total(
    svc: &impl actix_web::dev::Service<
        actix_http::Request,
        Response = actix_web::dev::ServiceResponse<impl actix_web::body::MessageBody>,
        Error = actix_web::Error,
    >,
    q: &str,
) -> i64 {
    let r = get(svc, &format!("/api/v1/activities?{q}"), &Auth::default()).await;
    assert_eq!(r.status, 200, "{q}: {}", r.body);
    r.json()["total"].as_i64().expect("total")
}

async fn filters_narrow_the_list(shape: Shape) {
    let city = TestCity::new(shape).await;
    let svc = city.service().await;
    let all = total(&svc, "").await;
    assert!(all >= 150, "the test city publishes its activities ({all})");
    let science = total(&svc, "topic=science").await;
    let free = total(&svc, "free=true").await;
    let online = total(&svc, "format=online").await;
    let age8 = total(&svc, "age=8").await;
    let org = total(&svc, &format!("organization={}", org_a())).await;
    for (name, n) in [
        ("science", science),
        ("free", free),
        ("online", online),
        ("age 8", age8),
        ("org A", org),
    ] {
        assert!(n > 0 && n < all, "{name} narrows the list: {n} of {all}");
    }
    assert!(
        total(&svc, "topic=science&free=true").await <= science.min(free),
        "filters combine"
    );

    // Every item honours the filters it was asked for.
    let r = public_json(
        &svc,
        "/api/v1/activities?topic=science&age=8&free=true&per_page=100",
    )
    .await;
    for item in r["items"].as_array().expect("items") {
        assert!(item["topics"]
            .as_array()
            .expect("topics")
            .iter()
            .any(|t| t["slug"] == "science"));
        assert_eq!(item["cost_cents"], 0);
        let min = item["age_min"].as_i64().unwrap_or(0);
        let max = item["age_max"].as_i64().unwrap_or(200);
        assert!(min <= 8 && 8 <= max, "age range {min}-{max} includes 8");
    }

    // Pages do not overlap and add up.
    let p1 = public_json(&svc, "/api/v1/activities?per_page=7&page=1").await;
    let p2 = public_json(&svc, "/api/v1/activities?per_page=7&page=2").await;
    let ids = |v: &serde_json::Value| {
        v["items"]
            .as_array()
            .expect("items")
            .iter()
            .map(|i| i["id"].to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&p1).len(), 7);
    assert_eq!(
        ids(&p2).len(),
        7,
        "a full second page (the demo city has far more than 14)"
    );
    assert!(ids(&p1).iter().all(|i| !ids(&p2).contains(i)));
    assert_eq!(p1["total"], p2["total"], "both pages count the same list");

    // Drafts never appear in the public list, whatever the filter.
    let a = get(
        &svc,
        &format!("/api/v1/activities?organization={}&per_page=100", org_a()),
        &Auth::default(),
    )
    .await;
    assert!(!a.body.contains(DRAFT_TITLE));
}

in_both_shapes!(filters_narrow_the_list);

#[actix_rt::test]
async fn openapi_documents_every_api_route() {
    let city = TestCity::new(Shape::Embedded).await;
    let svc = city.service().await;
    let doc = get(&svc, "/api/openapi.json", &Auth::default()).await;
    assert_eq!(doc.status, 200);
    let doc = doc.json();
    assert!(doc["openapi"].as_str().expect("version").starts_with("3."));
    let paths = doc["paths"].as_object().expect("paths");
    let api_routes: Vec<(String, String)> = declared_routes()
        .into_iter()
        .filter(|(_, p)| p.starts_with("/api/v1"))
        .collect();
    assert!(
        api_routes.len() >= 8,
        "found the API routes: {api_routes:?}"
    );
    for (method, route) in api_routes {
        let op = &paths
            .get(&route)
            .unwrap_or_else(|| panic!("{route} is not in the OpenAPI document"))
            [method.to_lowercase()];
        assert!(op.is_object(), "{method} {route} is not documented");
        let responses = op["responses"].as_object().expect("responses");
        assert!(
            responses.keys().any(|k| k.starts_with('2')),
            "{method} {route} documents its success"
        );
    }
    assert!(doc["components"]["securitySchemes"]["bearer"].is_object());
    // And the other way round: everything documented is a route (the 405s come from the document).
    let declared = declared_routes();
    for (path, item) in paths {
        for method in item.as_object().expect("operation").keys() {
            assert!(
                declared.contains(&(method.to_uppercase(), path.clone())),
                "{method} {path} is documented but not a route"
            );
        }
    }
    // Every error answer is one of the shared problem+json responses, and each of those is.
    let shared = doc["components"]["responses"]
        .as_object()
        .expect("responses");
    for code in [400, 401, 403, 404, 405, 409, 413, 422, 429, 503] {
        assert!(
            shared.values().any(
                |r| r["content"]["application/problem+json"]["schema"]["$ref"]
                    == "#/components/schemas/Problem"
                    && r["description"].is_string()
            ),
            "a shared {code} response"
        );
    }
    for (path, item) in paths {
        for (method, op) in item.as_object().expect("operation") {
            for (code, response) in op["responses"].as_object().expect("responses") {
                if code.starts_with('2') || (path == "/credentials/verify" && code == "422") {
                    continue;
                }
                let name = response["$ref"]
                    .as_str()
                    .and_then(|r| r.strip_prefix("#/components/responses/"))
                    .unwrap_or_else(|| panic!("{method} {path} {code} is not a shared response"));
                assert!(shared.contains_key(name), "{method} {path} {code}: {name}");
            }
        }
    }
    let search = &paths["/api/v1/search"]["get"]["parameters"];
    let param = |name: &str| {
        search
            .as_array()
            .expect("parameters")
            .iter()
            .find(|p| p["name"] == name)
            .unwrap_or_else(|| panic!("{name}"))["schema"]
            .clone()
    };
    assert_eq!(param("page")["minimum"], 1);
    assert_eq!(param("page")["maximum"], 1000);
    assert_eq!(param("age")["maximum"], 120);
    assert!(param("sort")["enum"]
        .as_array()
        .expect("sorts")
        .contains(&"nearest".into()));
    let verify = &doc["components"]["schemas"]["VerifyRequest"]["oneOf"];
    assert_eq!(verify.as_array().map(Vec::len), Some(2), "{verify}");
}

#[actix_rt::test]
async fn documented_paths_answer_405_for_other_methods() {
    let city = TestCity::new(Shape::Embedded).await;
    let svc = city.service().await;
    for (method, path, allow) in [
        (Method::DELETE, "/api/v1/city", "GET, HEAD"),
        (Method::PUT, "/api/v1/search?q=x", "GET, HEAD"),
        (
            Method::OPTIONS,
            "/api/v1/organizations/somewhere",
            "GET, HEAD",
        ),
        (Method::GET, "/credentials/verify", "POST"),
        (Method::GET, "/credentials/issue", "POST"),
        (
            Method::PATCH,
            "/api/v1/orgs/some-org/awards/some-id/revoke",
            "POST",
        ),
    ] {
        let r = send(&svc, method.clone(), path, &Auth::default(), None).await;
        assert_eq!(r.status, 405, "{method} {path}: {}", r.body);
        assert_eq!(r.header("allow"), allow, "{method} {path}");
        assert!(r
            .header("content-type")
            .starts_with("application/problem+json"));
        assert_eq!(r.json()["status"], 405);
    }
    // `…/awards/batch` is also `…/awards/{id}`: both paths' methods.
    let r = send(
        &svc,
        Method::DELETE,
        "/api/v1/orgs/some-org/awards/batch",
        &Auth::default(),
        None,
    )
    .await;
    assert_eq!(r.status, 405);
    for m in ["GET", "POST", "HEAD"] {
        assert!(r.header("allow").contains(m), "{}", r.header("allow"));
    }
    // Documented methods still reach their routes; paths the document does not name are 404s.
    assert_eq!(
        send(&svc, Method::HEAD, "/api/v1/city", &Auth::default(), None)
            .await
            .status,
        200
    );
    assert_eq!(
        get(&svc, "/credentials/not-a-credential", &Auth::default())
            .await
            .status,
        404
    );
    assert_eq!(
        send(
            &svc,
            Method::DELETE,
            "/api/v1/nowhere",
            &Auth::default(),
            None
        )
        .await
        .status,
        404
    );
}

#[actix_rt::test]
async fn readiness_reports_each_component() {
    let city = TestCity::new(Shape::Production).await;
    let svc = city.service().await;
    let r = get(&svc, "/readyz", &Auth::default()).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let j = r.json();
    assert_eq!(j["database"]["backend"], "postgresql");
    assert_eq!(j["cache"]["backend"], "redis");
    assert_eq!(j["search"]["status"], "ok");
    assert_eq!(get(&svc, "/healthz", &Auth::default()).await.status, 200);
}

#[actix_rt::test]
async fn readiness_fails_when_a_component_is_down() {
    let city = TestCity::new(Shape::Embedded).await;
    let svc = city.service().await;
    // The embedded search index lives in the data dir: take it away.
    std::fs::remove_dir_all(city.app.settings().server.data_dir.join("search"))
        .expect("remove index dir");
    let r = get(&svc, "/readyz", &Auth::default()).await;
    assert_eq!(r.status, 503);
    assert_eq!(r.json()["search"]["status"], "down");
    assert_eq!(r.json()["database"]["status"], "ok");
}

#[actix_rt::test]
async fn tokens_act_for_their_organization_until_revoked() {
    let city = TestCity::new(Shape::Production).await;
    let svc = city.service().await;
    let a = org_a();
    let created = city
        .app
        .create_api_token_for_member(a.into(), staff_email("admin", a), "sis".into())
        .await
        .expect("token");
    let auth = Auth::bearer(&created.token);
    let me = get(&svc, "/api/v1/me", &auth).await;
    assert_eq!(me.status, 200);
    assert_eq!(me.json()["caller"], "api_token");
    let drafts = get(
        &svc,
        &format!("/api/v1/orgs/{a}/activities?status=draft"),
        &auth,
    )
    .await;
    assert_eq!(drafts.status, 200);
    assert_eq!(drafts.json()["total"], 1);
    assert!(drafts.body.contains(DRAFT_TITLE));
    // Only a hash is stored.
    let stored = city
        .app
        .db(|c| {
            use citybadges_store::schema::api_tokens;
            use diesel::prelude::*;
            Ok(api_tokens::table
                .select(api_tokens::token_hash)
                .load::<String>(c)?)
        })
        .await
        .expect("hashes");
    assert!(!stored.iter().any(|h| h == &created.token));
    // Revoked: refused at once.
    let admin = city.session_for(&staff_email("admin", a)).await;
    let actor = city
        .app
        .actor_for_session(Some(admin))
        .await
        .expect("actor")
        .0;
    city.app
        .revoke_api_token(actor, a.into(), created.info.id.clone())
        .await
        .expect("revoked");
    let after = get(&svc, "/api/v1/me", &auth).await;
    assert_eq!(after.status, 401);
    assert!(after
        .header("content-type")
        .starts_with("application/problem+json"));
}

async fn partners_create_activities(shape: Shape) {
    use actix_web::http::Method;
    let city = TestCity::new(shape).await;
    let svc = city.service().await;
    let a = org_a();
    let token = Auth::bearer(&city.token_for(a).await);
    let badge = public_json(&svc, &format!("/api/v1/organizations/{a}")).await["badges"][0]["slug"]
        .as_str()
        .expect("badge")
        .to_string();
    let body = serde_json::json!({
        "title": "Solar Car Sprint",
        "description": "Build a **solar car** <script>alert(1)</script> and race it.",
        "topics": ["engineering", "science"],
        "age_min": 12, "age_max": 16, "cost_cents": 0, "format": "in_person",
        "neighbourhood": citybadges_app::demo::data::NEIGHBOURHOODS[0].slug,
        "lat": 41.9, "lng": -87.65,
        "status": "published",
        "sessions": [{ "starts_at": "2030-06-01T15:00:00Z", "ends_at": "2030-06-01T17:00:00Z", "capacity": 16 }],
        "badges": [badge],
    });
    let path = format!("/api/v1/orgs/{a}/activities");
    let post = |b: &serde_json::Value| {
        send(
            &svc,
            Method::POST,
            &path,
            &token,
            Some(("application/json", b.to_string().into_bytes())),
        )
    };
    let r = post(&body).await;
    assert_eq!(r.status, 201, "{}", r.body);
    let created = r.json();
    assert_eq!(r.header("location"), created["url"].as_str().expect("url"));
    assert_eq!(created["status"], "published");
    assert_eq!(created["badges"][0]["slug"], badge.as_str());
    // A second one with the same title gets its own slug.
    let again = post(&body).await.json();
    assert_ne!(again["slug"], created["slug"]);
    // Public at once, sanitized.
    let page = get(
        &svc,
        created["url"].as_str().expect("url"),
        &Auth::default(),
    )
    .await;
    assert_eq!(page.status, 200);
    assert!(
        page.body.contains("<strong>solar car</strong>") && !page.body.contains("<script>alert")
    );
    let found = get(
        &svc,
        "/api/v1/activities?topic=engineering&age=13&free=true&per_page=100&sort=title",
        &Auth::default(),
    )
    .await;
    assert!(found.body.contains("Solar Car Sprint"));

    // Bad input: not JSON, wrong shape, unknown fields, bad values (all reported), too large.
    let raw = |bytes: Vec<u8>| {
        send(
            &svc,
            Method::POST,
            &path,
            &token,
            Some(("application/json", bytes)),
        )
    };
    let r = raw(b"{ not json".to_vec()).await;
    assert_eq!(r.status, 400);
    assert!(r
        .header("content-type")
        .starts_with("application/problem+json"));
    assert!(r.json()["detail"]
        .as_str()
        .expect("detail")
        .contains("could not be read"));
    assert_eq!(
        raw(br#"{"title": 5, "format": "online"}"#.to_vec())
            .await
            .status,
        400
    );
    assert_eq!(
        raw(br#"{"title": "Fine title", "format": "online", "owner": "me"}"#.to_vec())
            .await
            .status,
        400
    );
    let bad = serde_json::json!({ "title": "x", "format": "teleport", "age_min": 18, "age_max": 10, "topics": ["astrology"],
        "sessions": [{ "starts_at": "2030-06-01T17:00:00Z", "ends_at": "2030-06-01T15:00:00Z" }] });
    let r = post(&bad).await;
    assert_eq!(r.status, 422, "{}", r.body);
    let fields: Vec<String> = r.json()["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .map(|e| e["field"].as_str().unwrap_or_default().to_string())
        .collect();
    for f in ["title", "format", "age_max", "sessions"] {
        assert!(fields.contains(&f.to_string()), "{f} in {fields:?}");
    }
    let topics = post(&serde_json::json!({ "title": "Fine title", "format": "online", "topics": ["astrology"], "badges": ["not-ours"] })).await;
    assert_eq!(topics.status, 422);
    assert!(topics.body.contains("astrology") && topics.body.contains("not-ours"));
    let huge = serde_json::json!({ "title": "Huge", "format": "online", "description": "x".repeat(3 * 1024 * 1024) });
    assert_eq!(post(&huge).await.status, 413);
    // An object is an object: an array in its place is not read by position.
    let positional = serde_json::json!(["Positional title", "", [], null, null, 0, "online"]);
    let r = post(&positional).await;
    assert_eq!(r.status, 400, "{}", r.body);
    let r = post(
        &serde_json::json!({ "title": "Positional session", "format": "online",
        "sessions": [["2030-06-01T15:00:00Z", "2030-06-01T17:00:00Z", null]] }),
    )
    .await;
    assert_eq!(r.status, 400, "{}", r.body);
    // JSON Schema counts 500.0 as an integer, and so does the API.
    let r = post(&serde_json::json!({ "title": "Integral cost", "format": "online", "cost_cents": 500.0, "age_min": 1e1 })).await;
    assert_eq!(r.status, 201, "{}", r.body);
    assert_eq!(r.json()["cost_cents"], 500);
    assert_eq!(
        post(&serde_json::json!({ "title": "Fractional cost", "format": "online", "cost_cents": 500.5 }))
            .await
            .status,
        400
    );
    // Another organization's badge cannot be attached.
    let b_badge = public_json(&svc, &format!("/api/v1/organizations/{}", org_b())).await["badges"]
        [0]["slug"]
        .as_str()
        .expect("badge")
        .to_string();
    let foreign = post(
        &serde_json::json!({ "title": "Borrowed badge", "format": "online", "badges": [b_badge] }),
    )
    .await;
    assert!(
        foreign.status == 422 || b_badge == badge,
        "{}",
        foreign.body
    );
}

in_both_shapes!(partners_create_activities);

#[actix_rt::test]
async fn the_list_is_soonest_first_by_default() {
    let city = TestCity::new(Shape::Production).await;
    let svc = city.service().await;
    for shape_query in ["", "&free=true"] {
        let r = public_json(
            &svc,
            &format!("/api/v1/activities?per_page=100{shape_query}"),
        )
        .await;
        let starts: Vec<Option<String>> = r["items"]
            .as_array()
            .expect("items")
            .iter()
            .map(|i| i["next_session"]["starts_at"].as_str().map(String::from))
            .collect();
        let dated: Vec<&String> = starts.iter().flatten().collect();
        assert!(dated.windows(2).all(|w| w[0] <= w[1]), "soonest first");
        let first_undated = starts
            .iter()
            .position(Option::is_none)
            .unwrap_or(starts.len());
        assert!(
            starts[first_undated..].iter().all(Option::is_none),
            "activities without sessions come last"
        );
    }
    let titles = public_json(&svc, "/api/v1/activities?per_page=50&sort=title").await;
    let t: Vec<String> = titles["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| i["title"].as_str().unwrap_or_default().to_string())
        .collect();
    assert!(t.windows(2).all(|w| w[0] <= w[1]));
    assert_eq!(
        get(&svc, "/api/v1/activities?sort=random", &Auth::default())
            .await
            .status,
        422
    );
}

/// A token acts only with the rights its person holds today: disabled, removed or demoted
/// people's tokens stop, and a suspended organization's tokens only read.
async fn tokens_follow_their_person_and_organization(shape: Shape) {
    use actix_web::http::Method;
    use citybadges_store::schema::{memberships, organizations, users};
    use diesel::prelude::*;
    let city = TestCity::new(shape).await;
    let svc = city.service().await;
    let a = org_a();
    let email = staff_email("staff", a);
    let auth = Auth::bearer(&city.member_token(a, &email).await);
    let read = format!("/api/v1/orgs/{a}/awards");
    let write = format!("/api/v1/orgs/{a}/activities");
    let body = serde_json::json!({
        "title": "Token Check Workshop", "description": "Checks.", "topics": [],
        "format": "in_person", "status": "draft", "sessions": [],
    })
    .to_string();
    let create = || {
        send(
            &svc,
            Method::POST,
            &write,
            &auth,
            Some(("application/json", body.clone().into_bytes())),
        )
    };
    assert_eq!(get(&svc, &read, &auth).await.status, 200);
    let r = create().await;
    assert_eq!(r.status, 201, "{}", r.body);

    let set = |sql: &'static str| {
        let email = email.clone();
        let a = a.to_string();
        city.app.db(move |c| {
            let user: String = users::table
                .filter(users::email.eq(&email))
                .select(users::id)
                .first(c)?;
            match sql {
                "reviewer" | "staff" => {
                    diesel::update(memberships::table.filter(memberships::user_id.eq(&user)))
                        .set(memberships::role.eq(sql))
                        .execute(c)?;
                }
                "suspended" | "active" => {
                    diesel::update(organizations::table.filter(organizations::slug.eq(&a)))
                        .set(organizations::status.eq(sql))
                        .execute(c)?;
                }
                "disable" => {
                    diesel::update(users::table.find(&user))
                        .set(users::disabled_at.eq(Some(citybadges_store::now())))
                        .execute(c)?;
                }
                _ => unreachable!(),
            }
            Ok(())
        })
    };

    // Demoted to reviewer: reads, no longer writes.
    set("reviewer").await.expect("demote");
    assert_eq!(get(&svc, &read, &auth).await.status, 200);
    assert_eq!(create().await.status, 403);
    set("staff").await.expect("restore");

    // A suspended organization's token only reads.
    set("suspended").await.expect("suspend");
    assert_eq!(get(&svc, &read, &auth).await.status, 200);
    assert_eq!(create().await.status, 403);
    set("active").await.expect("reactivate");
    assert_eq!(create().await.status, 201);

    // Disabled person: the token is refused as unknown.
    set("disable").await.expect("disable");
    let r = get(&svc, &read, &auth).await;
    assert_eq!(r.status, 401);
    assert_eq!(create().await.status, 401);
}

in_both_shapes!(tokens_follow_their_person_and_organization);

/// Removed from the organization: the token stops at once.
#[actix_rt::test]
async fn a_removed_members_token_stops() {
    use citybadges_store::schema::{memberships, users};
    use diesel::prelude::*;
    let city = TestCity::new(Shape::Embedded).await;
    let svc = city.service().await;
    let a = org_a();
    let email = staff_email("staff", a);
    let auth = Auth::bearer(&city.member_token(a, &email).await);
    let read = format!("/api/v1/orgs/{a}/awards");
    assert_eq!(get(&svc, &read, &auth).await.status, 200);
    city.app
        .db(move |c| {
            let user: String = users::table
                .filter(users::email.eq(&email))
                .select(users::id)
                .first(c)?;
            diesel::delete(memberships::table.filter(memberships::user_id.eq(&user))).execute(c)?;
            Ok(())
        })
        .await
        .expect("removed");
    assert_eq!(get(&svc, &read, &auth).await.status, 401);
}
