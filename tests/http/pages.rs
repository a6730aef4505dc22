//! Pages render the demo city for people: content, links, security headers.

use citybadges_tests::*;

#[actix_rt::test]
async fn public_pages_show_the_demo_city() {
    let city = TestCity::new(Shape::Embedded).await;
    let svc = city.service().await;
    let anon = Auth::default();

    let home = get(&svc, "/", &anon).await;
    assert_eq!(home.status, 200);
    assert!(
        home.body.contains("Lakeside City of Learning"),
        "home names the city"
    );
    assert!(home.body.contains("Coming up"));
    assert!(
        home.cookie("cb_session").is_some(),
        "a first visit gets a cookie for its forms' CSRF token"
    );
    let csp = home.header("content-security-policy");
    assert!(
        csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"),
        "{csp}"
    );
    assert_eq!(home.header("x-content-type-options"), "nosniff");

    let list = get(&svc, "/activities?topic=science&age=14&free=1", &anon).await;
    assert_eq!(list.status, 200);
    assert!(
        list.body.contains("value=\"science\" checked"),
        "the chosen topic stays ticked"
    );
    assert!(
        list.body.contains("value=\"14\""),
        "the age stays filled in"
    );
    assert!(list.body.contains("Free"));

    let a = org_a();
    let org = get(&svc, &format!("/orgs/{a}"), &anon).await;
    assert_eq!(org.status, 200);
    assert!(
        !org.body.contains(DRAFT_TITLE),
        "drafts never show on public pages"
    );
    let api = get(&svc, &format!("/api/v1/organizations/{a}"), &anon)
        .await
        .json();
    let activity_url = api["activities"]["items"][0]["url"]
        .as_str()
        .expect("url")
        .to_string();
    let badge = api["badges"][0]["slug"]
        .as_str()
        .expect("badge")
        .to_string();
    let page = get(&svc, &activity_url, &anon).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Sessions"));
    let badge_page = get(&svc, &format!("/orgs/{a}/badges/{badge}"), &anon).await;
    assert_eq!(badge_page.status, 200);
    assert!(badge_page.body.contains("How to earn it"));

    let orgs = get(&svc, "/orgs?kind=museum", &anon).await;
    assert_eq!(orgs.status, 200);
    assert!(orgs.body.contains("Museum"));

    // The pending organization is not public.
    assert_eq!(
        get(&svc, &format!("/orgs/{}", org_pending()), &anon)
            .await
            .status,
        404
    );

    let css = get(&svc, "/static/css/site.css", &anon).await;
    assert_eq!(css.status, 200);
    assert!(css.header("content-type").starts_with("text/css"));
}

#[actix_rt::test]
async fn unknown_pages_are_friendly_404s() {
    let city = TestCity::new(Shape::Embedded).await;
    let svc = city.service().await;
    let page = get(&svc, "/no/such/page", &Auth::default()).await;
    assert_eq!(page.status, 404);
    assert!(page.header("content-type").starts_with("text/html"));
    assert!(page.body.contains("We could not find that page"));
    let activity = get(
        &svc,
        &format!("/orgs/{}/activities/no-such-activity", org_a()),
        &Auth::default(),
    )
    .await;
    assert_eq!(activity.status, 404);
}

#[actix_rt::test]
async fn the_api_docs_page_is_served_from_the_binary() {
    let city = TestCity::new(Shape::Embedded).await;
    let svc = city.service().await;
    let docs = get(&svc, "/api/docs/", &Auth::default()).await;
    assert_eq!(docs.status, 200);
    assert!(docs.body.contains("swagger"), "Swagger UI page");
    let js = get(&svc, "/api/docs/swagger-ui-bundle.js", &Auth::default()).await;
    assert_eq!(
        js.status, 200,
        "vendored assets, nothing fetched from the internet"
    );
}

/// The search page carries its map: each card's place, the neighbourhoods' centres and outlines,
/// and no tile server unless one is configured; the content security policy then lets images
/// come from that origin and no other.
#[actix_rt::test]
async fn the_search_page_carries_its_map() {
    let city = TestCity::new(Shape::Embedded).await;
    let svc = city.service().await;
    let anon = Auth::default();
    let page = get(&svc, "/activities", &anon).await;
    assert_eq!(page.status, 200);
    assert!(
        page.body.contains(r#"id="map-panel" hidden"#),
        "the map waits for JavaScript"
    );
    assert!(
        page.body.contains(r#"data-tiles="""#),
        "no tiles by default"
    );
    assert!(
        page.body.contains("/static/vendor/leaflet/leaflet.js"),
        "the map library is served from here"
    );
    let csp = page.header("content-security-policy");
    assert!(csp.contains("img-src 'self' data:;"), "{csp}");

    // The cards' places are the search hits' places.
    let hits = get(&svc, "/api/v1/search?per_page=20", &anon).await.json();
    let placed = hits["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter(|h| h["lat"].is_number() && h["lng"].is_number())
        .count();
    assert!(placed > 0, "in-person results have a place");
    assert_eq!(
        page.body
            .matches(r#"<article class="card" data-lat=""#)
            .count(),
        placed
    );

    // Every neighbourhood is on the map, with its outline (the demo draws them).
    let info = get(&svc, "/api/v1/city", &anon).await.json();
    let areas = info["map"]["areas"].as_array().expect("map areas");
    assert_eq!(
        areas.len(),
        info["neighbourhoods"].as_array().expect("hoods").len()
    );
    for a in areas {
        assert_eq!(a["outline"]["type"], "Polygon", "{a}");
        let name = a["name"].as_str().expect("name");
        assert!(
            page.body.contains(&format!(">{name}</li>")),
            "{name} listed"
        );
    }
    let pin = get(&svc, "/static/vendor/leaflet/images/marker-icon.png", &anon).await;
    assert_eq!(pin.status, 200);
    assert_eq!(pin.header("content-type"), "image/png");

    let tiled = TestCity::with(Shape::Embedded, |s| {
        s.map.tile_url = "https://tiles.example.org/{z}/{x}/{y}.png".into();
        s.map.attribution = "© Example <b>maps</b>".into();
    })
    .await;
    let svc = tiled.service().await;
    let page = get(&svc, "/activities", &anon).await;
    assert!(page
        .body
        .contains(r#"data-tiles="https://tiles.example.org/{z}/{x}/{y}.png""#));
    assert!(
        page.body
            .contains(r#"data-attribution="© Example &#60;b&#62;maps&#60;/b&#62;""#),
        "the credit is text"
    );
    let csp = page.header("content-security-policy");
    assert!(
        csp.contains("img-src 'self' data: https://tiles.example.org;"),
        "{csp}"
    );
    assert!(
        !csp.contains("script-src 'self' https"),
        "only images may come from the tile server: {csp}"
    );
}
