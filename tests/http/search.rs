//! City-wide search through HTTP: typos, facets, filters that narrow, writes that show up within a
//! second, a fallback while the engine is down and convergence once it is back.

use actix_web::http::Method;
use actix_web::test;
use citybadges_tests::*;
use std::time::{Duration, Instant};

/// A word of a demo title with one typo (a letter dropped from a word of 6 to 8 letters).
async fn typo_of_a_title(
    svc: &impl actix_web::dev::Service<
        actix_http::Request,
        Response = actix_web::dev::ServiceResponse<impl actix_web::body::MessageBody>,
        Error = actix_web::Error,
    >,
) -> (String, String, String) {
    let list = get(
        svc,
        "/api/v1/activities?per_page=100&sort=title",
        &Auth::default(),
    )
    .await
    .json();
    for item in list["items"].as_array().expect("items") {
        let title = item["title"].as_str().unwrap_or_default();
        if let Some(word) = title
            .split(|c: char| !c.is_alphabetic())
            .find(|w| (6..=8).contains(&w.chars().count()) && w.is_ascii())
        {
            let typo = format!("{}{}", &word[..2], &word[3..]);
            return (
                item["id"].as_str().unwrap_or_default().to_string(),
                word.to_string(),
                typo,
            );
        }
    }
    panic!("no title with a 6-8 letter word");
}

/// A property every item of a filtered answer must have.
type ItemCheck = Box<dyn Fn(&serde_json::Value) -> bool>;

async fn typos_facets_and_filters(shape: Shape) {
    let city = TestCity::new(shape).await;
    let svc = city.service().await;
    let anon = Auth::default();
    let (id, word, typo) = typo_of_a_title(&svc).await;
    let r = get(
        &svc,
        &format!("/api/v1/search?q={typo}&per_page=100"),
        &anon,
    )
    .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let j = r.json();
    let ids: Vec<&str> = j["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|i| i["id"].as_str())
        .collect();
    assert!(
        ids.contains(&id.as_str()),
        "'{typo}' (for '{word}') finds activity {id}"
    );
    assert!(
        j["facets"]["topic"]
            .as_object()
            .is_some_and(|m| !m.is_empty()),
        "facet counts"
    );
    assert_eq!(j["degraded"], false);

    let all = get(&svc, "/api/v1/search?per_page=1", &anon).await.json()["total"]
        .as_u64()
        .expect("total");
    assert!(all >= 150);
    let hood: &'static citybadges_app::demo::data::DemoNeighbourhood =
        &citybadges_app::demo::data::NEIGHBOURHOODS[0];
    let checks: Vec<(String, ItemCheck)> = vec![
        (
            "topic=science".into(),
            Box::new(|i| {
                i["topics"]
                    .as_array()
                    .is_some_and(|t| t.iter().any(|x| x["slug"] == "science"))
            }),
        ),
        (
            format!("neighbourhood={}", hood.slug),
            Box::new(move |i| i["neighbourhood"]["slug"] == hood.slug),
        ),
        (
            "age=15".into(),
            Box::new(|i| {
                i["age_min"].as_i64().unwrap_or(0) <= 15
                    && i["age_max"].as_i64().unwrap_or(200) >= 15
            }),
        ),
        ("free=true".into(), Box::new(|i| i["cost_cents"] == 0)),
        (
            format!("lat={}&lng={}&radius_km=2&sort=nearest", hood.lat, hood.lng),
            Box::new(|i| i["distance_km"].as_f64().is_some_and(|d| d <= 2.0)),
        ),
        (
            "format=online".into(),
            Box::new(|i| i["format"] == "online"),
        ),
    ];
    for (q, ok) in checks {
        let r = get(&svc, &format!("/api/v1/search?{q}&per_page=100"), &anon).await;
        assert_eq!(r.status, 200, "{q}: {}", r.body);
        let j = r.json();
        let total = j["total"].as_u64().expect("total");
        assert!(total > 0 && total < all, "{q} narrows: {total} of {all}");
        for item in j["items"].as_array().expect("items") {
            assert!(ok(item), "{q}: {item}");
        }
    }
    // Weekend days: every hit has a session on a Saturday or a Sunday in the city's time zone
    // (hits show only the next session, so each activity's own page is read).
    let tz: chrono_tz::Tz = get(&svc, "/api/v1/city", &anon).await.json()["time_zone"]
        .as_str()
        .expect("time zone")
        .parse()
        .expect("a known zone");
    let weekend = get(&svc, "/api/v1/search?day=sat,sun&per_page=100", &anon)
        .await
        .json();
    let hits = weekend["items"].as_array().expect("items");
    let total = weekend["total"].as_u64().expect("total");
    assert!(
        total > 0 && total < all,
        "day=sat,sun narrows: {total} of {all}"
    );
    for hit in hits {
        let url = hit["url"].as_str().expect("url");
        let (org, slug) = url
            .strip_prefix("/orgs/")
            .and_then(|r| r.split_once("/activities/"))
            .expect("an activity url");
        let detail = get(
            &svc,
            &format!("/api/v1/organizations/{org}/activities/{slug}"),
            &anon,
        )
        .await
        .json();
        let on_weekend = detail["sessions"]
            .as_array()
            .expect("sessions")
            .iter()
            .filter_map(|s| s["starts_at"].as_str())
            .filter_map(|t| chrono::DateTime::parse_from_rfc3339(t).ok())
            .any(|t| {
                use chrono::Datelike;
                matches!(
                    t.with_timezone(&tz).weekday(),
                    chrono::Weekday::Sat | chrono::Weekday::Sun
                )
            });
        assert!(
            on_weekend,
            "day=sat,sun: {url} has no weekend session: {detail}"
        );
    }
    // Every facet count is what its filter finds: each age's count is the total for that age,
    // "available" places the total with places left.
    let facets = get(&svc, "/api/v1/search?per_page=1", &anon).await.json()["facets"].clone();
    let total_of = |q: String| {
        let svc = &svc;
        async move {
            get(
                svc,
                &format!("/api/v1/search?{q}&per_page=1"),
                &Auth::default(),
            )
            .await
            .json()["total"]
                .as_u64()
                .expect("total")
        }
    };
    for age in ["8", "12", "15", "18"] {
        let count = facets["age"][age].as_u64().expect("age facet");
        assert_eq!(count, total_of(format!("age={age}")).await, "age {age}");
    }
    let available = facets["spots"]["available"].as_u64().expect("spots facet");
    assert_eq!(available, total_of("spots=1".into()).await);
    assert_eq!(
        available + facets["spots"]["full"].as_u64().unwrap_or(0),
        all,
        "every activity has places or is full"
    );
    // The page offers the ages with their counts.
    let page = get(&svc, "/activities", &anon).await;
    let twelve = format!(
        "<option value=\"12\">12 ({})</option>",
        facets["age"]["12"].as_u64().expect("12")
    );
    assert!(page.body.contains(&twelve), "age choice with its count");

    // Distances come sorted.
    let near = get(
        &svc,
        &format!(
            "/api/v1/search?near={}&sort=nearest&per_page=100",
            hood.slug
        ),
        &anon,
    )
    .await
    .json();
    let d: Vec<f64> = near["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|i| i["distance_km"].as_f64())
        .collect();
    assert!(!d.is_empty() && d.windows(2).all(|w| w[0] <= w[1]) && d.iter().all(|x| *x <= 3.0));

    // The page: full, then the htmx swap (results and out-of-band facets only).
    let page = get(&svc, &format!("/activities?q={typo}"), &anon).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("<html") && page.body.contains("id=\"facets\""));
    let req = test::TestRequest::get()
        .uri(&format!("/activities?q={typo}&topic=science"))
        .insert_header(("HX-Request", "true"))
        .to_request();
    let swap = String::from_utf8_lossy(&test::read_body(test::call_service(&svc, req).await).await)
        .into_owned();
    assert!(
        !swap.contains("<html") && swap.contains("hx-swap-oob=\"true\""),
        "partial swap"
    );
}

in_both_shapes!(typos_facets_and_filters);

async fn create(
    svc: &impl actix_web::dev::Service<
        actix_http::Request,
        Response = actix_web::dev::ServiceResponse<impl actix_web::body::MessageBody>,
        Error = actix_web::Error,
    >,
    token: &Auth,
    title: &str,
) -> Reply {
    let body = serde_json::json!({ "title": title, "format": "online", "status": "published", "topics": ["science"],
        "sessions": [{ "starts_at": "2031-01-10T16:00:00Z", "ends_at": "2031-01-10T17:00:00Z" }] });
    send(
        svc,
        Method::POST,
        &format!("/api/v1/orgs/{}/activities", org_a()),
        token,
        Some(("application/json", body.to_string().into_bytes())),
    )
    .await
}

async fn found(
    svc: &impl actix_web::dev::Service<
        actix_http::Request,
        Response = actix_web::dev::ServiceResponse<impl actix_web::body::MessageBody>,
        Error = actix_web::Error,
    >,
    word: &str,
) -> (bool, serde_json::Value) {
    let r = get(svc, &format!("/api/v1/search?q={word}"), &Auth::default()).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let j = r.json();
    (j["items"].as_array().is_some_and(|i| !i.is_empty()), j)
}

#[actix_rt::test]
async fn a_write_shows_in_search_within_a_second() {
    let city = TestCity::new(Shape::Embedded).await;
    let worker = citybadges_app::outbox::spawn_worker(city.app.clone());
    let svc = city.service().await;
    let token = Auth::bearer(&city.token_for(org_a()).await);
    assert_eq!(create(&svc, &token, "Zeppelin Workshop").await.status, 201);
    let started = Instant::now();
    loop {
        if found(&svc, "zeppelin").await.0 {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(1),
            "the new activity is searchable within a second"
        );
        actix_rt::time::sleep(Duration::from_millis(20)).await;
    }
    println!("searchable after {:?}", started.elapsed());
    worker.abort();
}

async fn falls_back_then_converges(shape: Shape) {
    let city = TestCity::new(shape).await;
    let svc = city.service().await;
    let token = Auth::bearer(&city.token_for(org_a()).await);
    city.search_switch.set_up(false);
    // Writes still succeed; searches answer from the database and say so.
    assert_eq!(
        create(&svc, &token, "Quasar Observatory Night")
            .await
            .status,
        201
    );
    let (hit, j) = found(&svc, "quasar").await;
    assert!(hit, "the database fallback finds the new title: {j}");
    assert_eq!(j["degraded"], true);
    assert!(j["notice"].as_str().is_some_and(|n| n.contains("simpler")));
    let page = get(&svc, "/activities?q=quasar", &Auth::default()).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Search is having trouble"));
    assert_eq!(
        get(&svc, "/readyz", &Auth::default()).await.status,
        503,
        "readiness says search is down"
    );
    // The change waits in the outbox.
    assert_eq!(
        citybadges_app::outbox::deliver_due(&city.app)
            .await
            .expect("tries"),
        0
    );
    // Back up: the index converges and answers again, without fallback.
    city.search_switch.set_up(true);
    let started = Instant::now();
    loop {
        citybadges_app::outbox::deliver_due(&city.app)
            .await
            .expect("delivers");
        let (hit, j) = found(&svc, "quasar").await;
        if hit && j["degraded"] == false {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "the index converges after the retry delay"
        );
        actix_rt::time::sleep(Duration::from_millis(200)).await;
    }
}

in_both_shapes!(falls_back_then_converges);

#[actix_rt::test]
async fn bad_search_input_is_explained() {
    let city = TestCity::new(Shape::Embedded).await;
    let svc = city.service().await;
    let long = "a".repeat(5000);
    // Readable but not acceptable: 422, as on every other route; unreadable: 400.
    for (q, field, status) in [
        ("per_page=100000".to_string(), "per_page", 422),
        ("page=0".into(), "page", 422),
        ("lat=999&lng=0".into(), "lat", 422),
        ("lat=41".into(), "lat", 422),
        ("radius_km=5".into(), "radius_km", 422),
        ("facets=colour".into(), "facets", 422),
        (
            "topic=%22%20OR%20kind%20%3D%20%22badge".into(),
            "topic",
            422,
        ),
        (format!("q={long}"), "q", 422),
        ("sort=nearest".into(), "sort", 422),
        ("day=funday".into(), "day", 422),
        ("near=atlantis".into(), "near", 422),
        ("age=-4".into(), "age", 422),
        ("from=yesterday".into(), "from", 400),
        ("age=old".into(), "age", 400),
        ("page=x".into(), "page", 400),
        ("free=maybe".into(), "free", 400),
    ] {
        let r = get(&svc, &format!("/api/v1/search?{q}"), &Auth::default()).await;
        assert_eq!(r.status, status, "{q}: {}", r.body);
        assert!(
            r.json()["detail"]
                .as_str()
                .is_some_and(|d| d.starts_with(field)),
            "{q}: {}",
            r.body
        );
        if status == 422 {
            assert_eq!(r.json()["errors"][0]["field"], field, "{q}: {}", r.body);
        }
    }
    let page = get(&svc, "/activities?per_page=100000", &Auth::default()).await;
    assert_eq!(page.status, 422);
    assert!(page.header("content-type").starts_with("text/html"));
}
