//! Several app nodes on one PostgreSQL, each with its own embedded search index: every node's
//! index follows every change (a change leased to one node only would leave the others stale).

use citybadges_app::App;
use citybadges_tests::*;

async fn second_node(city: &TestCity, dir: &std::path::Path) -> App {
    let mut settings = city.app.settings().clone();
    settings.server.data_dir = dir.to_path_buf();
    let app = App::start(settings).await.expect("a second node starts");
    app.ensure_search_index().await.expect("its index is built");
    app
}

async fn finds(app: &App, text: &str) -> bool {
    let params =
        citybadges_app::search::from_query_string(&format!("q={}", text.replace(' ', "+")))
            .expect("a query");
    app.search_catalog(params)
        .await
        .expect("search")
        .items
        .iter()
        .any(|h| h.title == text)
}

#[actix_rt::test]
async fn every_node_with_an_embedded_index_sees_every_change() {
    let city = TestCity::new(Shape::Production).await;
    let dir = tempfile::tempdir().expect("tempdir");
    let other = second_node(&city, dir.path()).await;
    let svc = city.service().await;
    let token = Auth::bearer(&city.token_for(org_a()).await);
    let title = "Zeppelin Design Studio";
    let body = serde_json::json!({
        "title": title, "description": "Design and fly a small zeppelin.", "topics": [],
        "format": "in_person", "status": "published", "sessions": [],
    });
    let r = post_json(
        &svc,
        &format!("/api/v1/orgs/{}/activities", org_a()),
        &token,
        &[],
        &body,
    )
    .await;
    assert_eq!(r.status, 201, "{}", r.body);
    assert!(
        !finds(&other, title).await && !finds(&city.app, title).await,
        "not indexed yet"
    );

    // The other node's worker runs first: with leases it would take the change for itself.
    citybadges_app::outbox::deliver_due(&other)
        .await
        .expect("delivers");
    citybadges_app::outbox::deliver_due(&city.app)
        .await
        .expect("delivers");
    assert!(
        finds(&other, title).await,
        "the second node's index has the change"
    );
    assert!(
        finds(&city.app, title).await,
        "the first node's index has it too"
    );

    // Running again applies nothing twice; a third node started later catches up from the stream.
    assert_eq!(city.app.follow_search_changes().await.expect("follows"), 0);
    let dir3 = tempfile::tempdir().expect("tempdir");
    let mut settings = city.app.settings().clone();
    settings.server.data_dir = dir3.path().to_path_buf();
    let late = App::start(settings).await.expect("a third node starts");
    // Its index is empty: the rebuild reads everything, then it follows from there.
    late.ensure_search_index().await.expect("built");
    assert!(finds(&late, title).await);
}
