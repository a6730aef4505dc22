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
