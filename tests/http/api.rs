//! The JSON API: listing and filters, the OpenAPI document, readiness, tokens.

use actix_web::test;
use citybadges_tests::*;

async fn total(svc: &impl actix_web::dev::Service<actix_http::Request, Response = actix_web::dev::ServiceResponse<impl actix_web::body::MessageBody>, Error = actix_web::Error>, q: &str) -> i64 {
    let r = get(svc, &format!("/api/v1/activities?{q}"), &Auth::default()).await;
    assert_eq!(r.status, 200, "{q}: {}", r.body);
    r.json()["total"].as_i64().expect("total")
}

async fn filters_narrow_the_list(shape: Shape) {
    let city = TestCity::new(shape).await;
    let svc = test::init_service(citybadges_web::application(city.app.clone())).await;
    let all = total(&svc, "").await;
    assert!(all >= 150, "the test city publishes its activities ({all})");
    let science = total(&svc, "topic=science").await;
    let free = total(&svc, "free=true").await;
    let online = total(&svc, "format=online").await;
    let age8 = total(&svc, "age=8").await;
    let org = total(&svc, &format!("organization={}", org_a())).await;
    for (name, n) in [("science", science), ("free", free), ("online", online), ("age 8", age8), ("org A", org)] {
        assert!(n > 0 && n < all, "{name} narrows the list: {n} of {all}");
    }
    assert!(total(&svc, "topic=science&free=true").await <= science.min(free), "filters combine");

    // Every item honours the filters it was asked for.
    let r = get(&svc, "/api/v1/activities?topic=science&age=8&free=true&per_page=100", &Auth::default()).await.json();
    for item in r["items"].as_array().expect("items") {
        assert!(item["topics"].as_array().expect("topics").iter().any(|t| t["slug"] == "science"));
        assert_eq!(item["cost_cents"], 0);
        let min = item["age_min"].as_i64().unwrap_or(0);
        let max = item["age_max"].as_i64().unwrap_or(200);
        assert!(min <= 8 && 8 <= max, "age range {min}-{max} includes 8");
    }

    // Pages do not overlap and add up.
    let p1 = get(&svc, "/api/v1/activities?per_page=7&page=1", &Auth::default()).await.json();
    let p2 = get(&svc, "/api/v1/activities?per_page=7&page=2", &Auth::default()).await.json();
    let ids = |v: &serde_json::Value| v["items"].as_array().expect("items").iter().map(|i| i["id"].to_string()).collect::<Vec<_>>();
    assert_eq!(ids(&p1).len(), 7);
    assert!(ids(&p1).iter().all(|i| !ids(&p2).contains(i)));

    // Drafts never appear in the public list, whatever the filter.
    let a = get(&svc, &format!("/api/v1/activities?organization={}&per_page=100", org_a()), &Auth::default()).await;
    assert!(!a.body.contains(DRAFT_TITLE));
}

#[actix_rt::test]
async fn filters_narrow_the_list_embedded() {
    filters_narrow_the_list(Shape::Embedded).await;
}

#[actix_rt::test]
async fn filters_narrow_the_list_production_shape() {
    filters_narrow_the_list(Shape::Production).await;
}

#[actix_rt::test]
async fn openapi_documents_every_api_route() {
    let city = TestCity::new(Shape::Embedded).await;
    let svc = test::init_service(citybadges_web::application(city.app.clone())).await;
    let doc = get(&svc, "/api/openapi.json", &Auth::default()).await;
    assert_eq!(doc.status, 200);
    let doc = doc.json();
    assert!(doc["openapi"].as_str().expect("version").starts_with("3."));
    let paths = doc["paths"].as_object().expect("paths");
    let api_routes: Vec<(String, String)> =
        declared_routes().into_iter().filter(|(_, p)| p.starts_with("/api/v1")).collect();
    assert!(api_routes.len() >= 8, "found the API routes: {api_routes:?}");
    for (method, route) in api_routes {
        let op = &paths.get(&route).unwrap_or_else(|| panic!("{route} is not in the OpenAPI document"))[method.to_lowercase()];
        assert!(op.is_object(), "{method} {route} is not documented");
        assert!(op["responses"]["200"].is_object(), "{method} {route} documents its success");
    }
    assert!(doc["components"]["securitySchemes"]["bearer"].is_object());
}

#[actix_rt::test]
async fn readiness_reports_each_component() {
    let city = TestCity::new(Shape::Production).await;
    let svc = test::init_service(citybadges_web::application(city.app.clone())).await;
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
    let svc = test::init_service(citybadges_web::application(city.app.clone())).await;
    // The embedded search index lives in the data dir: take it away.
    std::fs::remove_dir_all(city.app.settings().server.data_dir.join("search")).expect("remove index dir");
    let r = get(&svc, "/readyz", &Auth::default()).await;
    assert_eq!(r.status, 503);
    assert_eq!(r.json()["search"]["status"], "down");
    assert_eq!(r.json()["database"]["status"], "ok");
}

#[actix_rt::test]
async fn tokens_act_for_their_organization_until_revoked() {
    let city = TestCity::new(Shape::Production).await;
    let svc = test::init_service(citybadges_web::application(city.app.clone())).await;
    let a = org_a();
    let created = city.app.create_api_token_for_member(a.into(), staff_email("admin", a), "sis".into()).await.expect("token");
    let auth = Auth::bearer(&created.token);
    let me = get(&svc, "/api/v1/me", &auth).await;
    assert_eq!(me.status, 200);
    assert_eq!(me.json()["caller"], "api_token");
    let drafts = get(&svc, &format!("/api/v1/orgs/{a}/activities?status=draft"), &auth).await;
    assert_eq!(drafts.status, 200);
    assert_eq!(drafts.json()["total"], 1);
    assert!(drafts.body.contains(DRAFT_TITLE));
    // Only a hash is stored.
    let stored = city
        .app
        .db(|c| {
            use diesel::prelude::*;
            use citybadges_store::schema::api_tokens;
            Ok(api_tokens::table.select(api_tokens::token_hash).load::<String>(c)?)
        })
        .await
        .expect("hashes");
    assert!(!stored.iter().any(|h| h == &created.token));
    // Revoked: refused at once.
    let admin = city.session_for(&staff_email("admin", a)).await;
    let actor = city.app.actor_for_session(Some(admin)).await.expect("actor").0;
    city.app.revoke_api_token(actor, a.into(), created.info.id.clone()).await.expect("revoked");
    let after = get(&svc, "/api/v1/me", &auth).await;
    assert_eq!(after.status, 401);
    assert!(after.header("content-type").starts_with("application/problem+json"));
}
