//! Saving activities for later: from the activity's page, listed on the schedule, removed from
//! either; only youth save, only public activities, and a child waiting for a guardian saves too.

use citybadges_tests::*;

async fn save_and_remove(shape: Shape) {
    let city = TestCity::new(shape).await;
    let svc = city.service().await;
    let (url, _) =
        super::enrolling::activity_with_sessions(&city, "Saved Robotics", Some(5), &[40]).await;
    let slug = url.rsplit('/').next().expect("a slug").to_string();
    let org = org_a();
    let youth = Auth::session(&city.session_for("youth00006@demo.citybadges.org").await);
    let csrf = city
        .app
        .csrf_token(youth.session.as_deref().unwrap_or_default());
    let form = |csrf: &str| {
        vec![
            ("csrf_token", csrf.to_string()),
            ("org", org.to_string()),
            ("slug", slug.clone()),
            ("back", url.clone()),
        ]
    };
    let post = |path: &'static str, who: Auth, fields: Vec<(&'static str, String)>| {
        let svc = &svc;
        async move {
            let f: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            post_form(svc, path, &who, &f).await
        }
    };
    let page = get(&svc, &url, &youth).await;
    assert!(
        page.body.contains("Save for later"),
        "a youth is offered to save"
    );
    for _ in 0..2 {
        let r = post("/me/saved", youth.clone(), form(&csrf)).await;
        assert_eq!(r.status, 303, "{}", r.body);
        assert_eq!(r.header("location"), format!("{url}?done=saved"));
    }
    let page = get(&svc, &url, &youth).await;
    assert!(page.body.contains("Remove from saved"));
    let schedule = get(&svc, "/me/schedule", &youth).await;
    assert_eq!(
        schedule.body.matches("Saved Robotics").count(),
        1,
        "listed once, however often saved"
    );

    // Not a youth: refused; an activity that is not public: not found.
    let staff = Auth::session(&city.session_for(&staff_email("staff", org)).await);
    let scsrf = city
        .app
        .csrf_token(staff.session.as_deref().unwrap_or_default());
    assert_eq!(post("/me/saved", staff, form(&scsrf)).await.status, 403);
    let mut draft = form(&csrf);
    draft[2].1 = "no-such-activity".into();
    assert_eq!(post("/me/saved", youth.clone(), draft).await.status, 404);
    let anonymous = post("/me/saved", Auth::default(), form("")).await;
    assert_eq!(anonymous.status, 403, "no session, no form");

    // Removed from the schedule; removing again finds nothing.
    let mut from_schedule = form(&csrf);
    from_schedule[3].1 = "/me/schedule".into();
    let r = post("/me/saved/remove", youth.clone(), from_schedule.clone()).await;
    assert_eq!(r.status, 303);
    assert_eq!(r.header("location"), "/me/schedule?done=unsaved");
    assert!(!get(&svc, "/me/schedule", &youth)
        .await
        .body
        .contains("Saved Robotics"));
    assert_eq!(
        post("/me/saved/remove", youth.clone(), from_schedule)
            .await
            .status,
        404
    );

    // A child waiting for a guardian's approval browses and saves.
    super::guardians::child_signs_up(
        &city,
        "saver.child@example.org",
        "Saver Child",
        "saver.parent@example.org",
    )
    .await;
    let child = Auth::session(&city.session_for("saver.child@example.org").await);
    let ccsrf = city
        .app
        .csrf_token(child.session.as_deref().unwrap_or_default());
    assert_eq!(
        post("/me/saved", child.clone(), form(&ccsrf)).await.status,
        303
    );
    assert!(get(&svc, "/me/schedule", &child)
        .await
        .body
        .contains("Saved Robotics"));
}

in_both_shapes!(save_and_remove);
