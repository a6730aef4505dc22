//! The demo city shows what the product does: some of its youth hold badges, each award with a
//! signed credential that the public side opens and verifies, listed on its issuer's dashboard;
//! and the same seed gives the same awards.

use actix_web::http::{Method, StatusCode};
use citybadges_app::demo::data;
use citybadges_app::issuing::awards::AwardView;
use citybadges_app::verifying::VerifyInput;
use citybadges_domain::AwardStatus;
use citybadges_tests::*;
use std::collections::HashMap;

/// Every award of the city with the organization that issued it, in a stable order.
async fn all_awards(city: &TestCity) -> Vec<(String, AwardView)> {
    let mut all = Vec::new();
    for org in data::ORGS.iter() {
        let admin = city.actor_for(&staff_email("admin", org.slug)).await;
        let mut page = 1;
        loop {
            let listed = city
                .app
                .list_awards(admin.clone(), org.slug.into(), None, Some(page), Some(100))
                .await
                .expect("an administrator lists their awards");
            let done = listed.items.len() < 100;
            all.extend(listed.items.into_iter().map(|a| (org.slug.to_owned(), a)));
            if done {
                break;
            }
            page += 1;
        }
    }
    all.sort_by(|a, b| a.1.id.cmp(&b.1.id));
    all
}

fn path_of(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    rest.find('/').map_or("/".into(), |i| rest[i..].to_owned())
}

/// Seeds the small demo city with its awards on `shape`, checks them, and returns
/// (organization, award id, recipient, badge) of each.
async fn seeded_awards(shape: Shape) -> Vec<(String, String, String, String)> {
    let city = TestCity::with_awards(shape).await;
    let svc = city.service().await;
    let awards = all_awards(&city).await;

    // A share of the youth hold one to four badges each, and only demo youth hold any.
    let mut held: HashMap<&str, usize> = HashMap::new();
    for (_, a) in &awards {
        let email = a.recipient_email.as_deref().expect("awarded to an email");
        assert!(
            email.starts_with("youth") && email.ends_with("@demo.citybadges.org"),
            "{email}"
        );
        assert_eq!(a.status, AwardStatus::Issued);
        *held.entry(email).or_default() += 1;
    }
    assert!(
        (6..=30).contains(&held.len()),
        "about 30% of the 60 youth hold badges, found {}",
        held.len()
    );
    assert!(held.values().all(|n| (1..=4).contains(n)), "{held:?}");
    assert!(
        awards.iter().all(|(org, _)| org != org_pending()),
        "the organization pending approval issues nothing"
    );

    // Each credential verifies through the verify use case, for its recipient, and is not revoked.
    for (_, a) in awards.iter().take(6) {
        let verified = city
            .app
            .verify(
                VerifyInput::Url(a.links.credential.clone()),
                a.recipient_email.clone(),
            )
            .await
            .expect("a credential to check");
        let failed: Vec<_> = verified.report.failures().collect();
        assert!(verified.report.verified, "{}: {failed:?}", a.id);
        assert_eq!(verified.report.revoked, Some(false));
    }

    // The public side opens a credential, as a page and as JSON-LD.
    let (org, first) = &awards[0];
    let path = path_of(&first.links.credential);
    let page = get(&svc, &path, &Auth::default()).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains(&first.achievement_name), "{}", page.body);
    let document = request(
        &svc,
        Method::GET,
        &path,
        &Auth::default(),
        &[("Accept", "application/ld+json")],
        None,
    )
    .await;
    assert_eq!(document.status, StatusCode::OK);
    let document = document.json();
    assert!(document["proof"][0]["proofValue"].is_string(), "{document}");

    // The issuer's awards dashboard lists them.
    let admin = Auth::session(&city.session_for(&staff_email("admin", org)).await);
    let dashboard = get(&svc, &format!("/manage/orgs/{org}/awards"), &admin).await;
    assert_eq!(dashboard.status, StatusCode::OK);
    assert!(!dashboard.body.contains("No awards yet"));
    let mut of_org: Vec<&AwardView> = awards
        .iter()
        .filter(|(o, _)| o == org)
        .map(|(_, a)| a)
        .collect();
    // The dashboard's first page: the newest 50.
    of_org.sort_by(|a, b| b.id.cmp(&a.id));
    assert!(dashboard
        .body
        .contains(&format!("Awarded ({})", of_org.len())));
    for a in of_org.iter().take(50) {
        assert!(dashboard.body.contains(&a.id), "{} is listed", a.id);
    }

    awards
        .into_iter()
        .map(|(org, a)| {
            (
                org,
                a.id,
                a.recipient_email.unwrap_or_default(),
                a.achievement_slug,
            )
        })
        .collect()
}

#[actix_rt::test]
async fn demo_awards_verify_are_listed_and_are_the_same_on_both_shapes() {
    let embedded = seeded_awards(Shape::Embedded).await;
    let production = seeded_awards(Shape::Production).await;
    assert_eq!(
        embedded, production,
        "the same seed gives the same awards (ids, recipients, badges)"
    );
}
