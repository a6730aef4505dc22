//! The public catalog's shared views are cached between requests: what a change does to them is
//! seen by the very next request, on the home page, the lists and the pages, and nothing private
//! (drafts, suspended organizations' pages and activities) ever shows.

use actix_web::http::Method;
use citybadges_tests::*;

async fn changes_show_at_once(shape: Shape) {
    let city = TestCity::new(shape).await;
    let svc = city.service().await;
    let anon = Auth::default();
    let a = org_a();
    let json = |path: String| {
        let svc = &svc;
        async move {
            let r = get(svc, &path, &Auth::default()).await;
            assert_eq!(r.status, 200, "{path}: {}", r.body);
            r.json()
        }
    };
    let total = |v: &serde_json::Value| v["total"].as_i64().expect("total");

    // Every view is read once first, so the cache holds it.
    let all = total(&json("/api/v1/activities".into()).await);
    let newest = json("/api/v1/activities?sort=newest&per_page=5".into()).await;
    let of_a = json(format!("/api/v1/organizations/{a}")).await;
    let a_total = total(&of_a["activities"]);
    let orgs = total(&json("/api/v1/organizations".into()).await);
    let home = get(&svc, "/", &anon).await;
    assert!(
        home.body
            .contains(&format!("{all} activities from {orgs} ")),
        "home counts"
    );
    let a_activity = of_a["activities"]["items"][0]["url"]
        .as_str()
        .expect("an activity of A")
        .to_string();
    let a_badge = format!(
        "/orgs/{a}/badges/{}",
        of_a["badges"][0]["slug"].as_str().expect("a badge of A")
    );
    for path in [format!("/orgs/{a}"), a_activity.clone(), a_badge.clone()] {
        assert_eq!(get(&svc, &path, &anon).await.status, 200, "{path}");
    }

    // A published activity: in every list and count at once.
    let token = Auth::bearer(&city.token_for(a).await);
    let create = |title: &str, status: &str| {
        let body = serde_json::json!({
            "title": title,
            "description": "Checks that caches follow changes.",
            "topics": ["science"], "age_min": 10, "age_max": 14, "cost_cents": 0,
            "format": "online", "status": status,
            "sessions": [{ "starts_at": "2030-06-01T15:00:00Z", "ends_at": "2030-06-01T17:00:00Z" }],
        });
        let path = format!("/api/v1/orgs/{a}/activities");
        let svc = &svc;
        let token = &token;
        async move {
            let r = send(
                svc,
                Method::POST,
                &path,
                token,
                Some(("application/json", body.to_string().into_bytes())),
            )
            .await;
            assert_eq!(r.status, 201, "{}", r.body);
        }
    };
    create("Cache Follows Changes", "published").await;
    assert_eq!(total(&json("/api/v1/activities".into()).await), all + 1);
    let first = json("/api/v1/activities?sort=newest&per_page=5".into()).await;
    assert_eq!(first["items"][0]["title"], "Cache Follows Changes");
    assert_ne!(first["items"], newest["items"]);
    assert_eq!(
        total(&json(format!("/api/v1/organizations/{a}")).await["activities"]),
        a_total + 1
    );
    let home = get(&svc, "/", &anon).await;
    assert!(
        home.body
            .contains(&format!("{} activities from {orgs} ", all + 1)),
        "home counts the new activity"
    );

    // A draft: public views stay as they were, without it.
    create("Cache Keeps Drafts Out", "draft").await;
    let list = get(&svc, "/api/v1/activities?sort=newest&per_page=100", &anon).await;
    assert_eq!(total(&list.json()), all + 1);
    assert!(!list.body.contains("Cache Keeps Drafts Out") && !list.body.contains(DRAFT_TITLE));

    // Organization A suspended by the city: its pages, badges and activities leave at once.
    let coordinator = city.session_for("coordinator@demo.citybadges.org").await;
    let actor = city
        .app
        .actor_for_session(Some(coordinator))
        .await
        .expect("coordinator")
        .0;
    city.app
        .set_organization_status(actor.clone(), a.into(), "suspended".into())
        .await
        .expect("suspended");
    for path in [format!("/orgs/{a}"), a_activity.clone(), a_badge.clone()] {
        assert_eq!(get(&svc, &path, &anon).await.status, 404, "{path}");
    }
    assert_eq!(
        get(&svc, &format!("/api/v1/organizations/{a}"), &anon)
            .await
            .status,
        404
    );
    assert_eq!(
        total(&json(format!("/api/v1/activities?organization={a}")).await),
        0
    );
    assert_eq!(
        total(&json("/api/v1/activities".into()).await),
        all + 1 - (a_total + 1)
    );
    assert_eq!(total(&json("/api/v1/organizations".into()).await), orgs - 1);
    let home = get(&svc, "/", &anon).await;
    assert!(
        !home.body.contains(&format!("/orgs/{a}\"")),
        "A is not on the home page"
    );
    assert!(home
        .body
        .contains(&format!("{} activities from {} ", all - a_total, orgs - 1)));

    // Reactivated: back everywhere.
    city.app
        .set_organization_status(actor, a.into(), "active".into())
        .await
        .expect("reactivated");
    for path in [format!("/orgs/{a}"), a_activity, a_badge] {
        assert_eq!(get(&svc, &path, &anon).await.status, 200, "{path}");
    }
    assert_eq!(total(&json("/api/v1/activities".into()).await), all + 1);
}

in_both_shapes!(changes_show_at_once);
