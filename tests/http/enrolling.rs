//! Enrolling end to end: places, the waitlist and who gets a freed place, the schedule, calendar
//! files and the private feed, reminders, and what is refused.

use citybadges_tests::*;
use serde_json::{json, Value};

const YOUTH: [&str; 4] = [
    "youth00001@demo.citybadges.org",
    "youth00002@demo.citybadges.org",
    "youth00003@demo.citybadges.org",
    "youth00004@demo.citybadges.org",
];

/// A published activity of A, open to every age, with sessions starting `hours` from now (each
/// two hours long) holding `capacity` places; returns its page path and its sessions' ids.
pub async fn activity_with_sessions(
    city: &TestCity,
    title: &str,
    capacity: Option<i32>,
    hours: &[i64],
) -> (String, Vec<String>) {
    let admin = city.actor_for(&staff_email("admin", org_a())).await;
    let now = chrono::Utc::now();
    let sessions: Vec<Value> = hours
        .iter()
        .map(|h| {
            json!({
                "starts_at": now + chrono::Duration::hours(*h),
                "ends_at": now + chrono::Duration::hours(*h + 2),
                "capacity": capacity,
            })
        })
        .collect();
    let input = serde_json::from_value(json!({
        "title": title,
        "description": "Bring a friend.",
        "format": "in_person",
        "location_name": "Harold Washington Library",
        "address": "400 S State St",
        "status": "published",
        "sessions": sessions,
    }))
    .expect("activity input");
    let a = city
        .app
        .create_activity(admin, org_a().into(), input)
        .await
        .expect("activity created");
    let detail = city
        .app
        .activity_detail(org_a().into(), a.slug.clone())
        .await
        .expect("activity detail");
    let ids = detail.sessions.iter().map(|s| s.id.clone()).collect();
    (a.url, ids)
}

async fn enroll_api<S, B>(svc: &S, who: &Auth, session: &str) -> Reply
where
    S: TestService<B>,
    B: MessageBody,
{
    post_json(
        svc,
        "/api/v1/me/enrollments",
        who,
        &[],
        &json!({ "session_id": session }),
    )
    .await
}

async fn sessions_of(city: &TestCity) -> Vec<Auth> {
    let mut out = Vec::new();
    for y in YOUTH {
        out.push(Auth::session(&city.session_for(y).await));
    }
    out
}

async fn places_and_the_waitlist(shape: Shape) {
    let city = TestCity::new(shape).await;
    let svc = city.service().await;
    let (url, sessions) = activity_with_sessions(&city, "Zine Lab", Some(1), &[72]).await;
    let session = &sessions[0];
    let youth = sessions_of(&city).await;

    // The page offers the place, and says how many are left.
    let page = get(&svc, &url, &youth[0]).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("1 place left"), "{}", page.body);
    assert!(page.body.contains(">Enroll<"));

    // The first takes it through the page's form, and comes back to the page, enrolled.
    let csrf = page.csrf();
    let r = post_form(
        &svc,
        "/enrollments",
        &youth[0],
        &[("csrf_token", &csrf), ("session", session)],
    )
    .await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert!(
        r.header("location")
            .starts_with(&format!("{url}?done=enrolled")),
        "{}",
        r.header("location")
    );
    let page = get(&svc, &r.header("location"), &youth[0]).await;
    assert!(page.body.contains("You&#39;re enrolled"), "{}", page.body);
    assert!(page.body.contains("Full"));

    // The next two wait, in the order they asked.
    let second = enroll_api(&svc, &youth[1], session).await;
    assert_eq!(second.status, 200, "{}", second.body);
    assert_eq!(second.json()["status"], "waitlisted");
    assert_eq!(second.json()["waitlist_position"], 1);
    let third = enroll_api(&svc, &youth[2], session).await;
    assert_eq!(third.json()["waitlist_position"], 2);
    // Asking again answers with the same enrollment.
    let again = enroll_api(&svc, &youth[1], session).await;
    assert_eq!(again.json()["id"], second.json()["id"]);
    let page = get(&svc, &url, &youth[2]).await;
    assert!(
        page.body.contains("You&#39;re number 2 on the waitlist"),
        "{}",
        page.body
    );

    // The first gives the place back: it goes to the first in line, who is told by email.
    let mine = get(&svc, "/api/v1/me/enrollments", &youth[0]).await.json();
    let first_id = mine["upcoming"][0]["id"]
        .as_str()
        .expect("enrollment id")
        .to_string();
    let schedule = get(&svc, "/me/schedule", &youth[0]).await;
    assert_eq!(schedule.header("cache-control"), "no-store");
    assert!(schedule.body.contains("Zine Lab"));
    let r = post_form(
        &svc,
        &format!("/me/enrollments/{first_id}/cancel"),
        &youth[0],
        &[("csrf_token", &schedule.csrf()), ("back", "/me/schedule")],
    )
    .await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert_eq!(r.header("location"), "/me/schedule?done=cancelled");
    let promoted = get(&svc, "/api/v1/me/enrollments", &youth[1]).await.json();
    assert_eq!(promoted["upcoming"][0]["status"], "enrolled");
    let mail = city.last_mail_to(YOUTH[1]).await;
    assert!(
        mail.subject.contains("A place opened up"),
        "{}",
        mail.subject
    );
    assert!(mail.body.contains("Zine Lab") && mail.body.contains("/me/schedule"));
    let still = get(&svc, "/api/v1/me/enrollments", &youth[2]).await.json();
    assert_eq!(still["upcoming"][0]["waitlist_position"], 1);
    let gone = get(&svc, "/api/v1/me/enrollments", &youth[0]).await.json();
    assert!(gone["upcoming"].as_array().expect("list").is_empty());
    assert_eq!(gone["other"][0]["status"], "cancelled");

    // Someone leaving the line frees nothing; a newcomer waits behind those already waiting.
    let third_id = third.json()["id"].as_str().expect("id").to_string();
    let left = send(
        &svc,
        actix_web::http::Method::DELETE,
        &format!("/api/v1/me/enrollments/{third_id}"),
        &youth[2],
        None,
    )
    .await;
    assert_eq!(left.status, 200, "{}", left.body);
    assert_eq!(left.json()["status"], "cancelled");
    let fourth = enroll_api(&svc, &youth[3], session).await;
    assert_eq!(fourth.json()["status"], "waitlisted");
    // The one who cancelled may come back: at the end of the line.
    let back = enroll_api(&svc, &youth[0], session).await;
    assert_eq!(back.json()["status"], "waitlisted");
    assert_eq!(back.json()["waitlist_position"], 2);
    assert_eq!(back.json()["id"], first_id.as_str());
}

/// 200 youth race for 20 places: exactly 20 get one, 180 wait, each at a different place in line.
async fn the_last_place_goes_to_one_of_many(shape: Shape) {
    let city = TestCity::with_youth(shape, 200).await;
    let (_, sessions) = activity_with_sessions(&city, "Drone Racing", Some(20), &[48]).await;
    let mut actors = Vec::new();
    for n in 1..=200 {
        actors.push(
            city.actor_for(&format!("youth{n:05}@demo.citybadges.org"))
                .await,
        );
    }
    let tries = actors
        .iter()
        .cloned()
        .map(|actor| city.app.enroll(actor, sessions[0].clone()));
    let results: Vec<_> = futures_util::future::join_all(tries)
        .await
        .into_iter()
        .map(|r| r.expect("every request is answered"))
        .collect();
    let count = |s: &str| results.iter().filter(|e| e.status.to_string() == s).count();
    assert_eq!(count("enrolled"), 20);
    assert_eq!(count("waitlisted"), 180);
    // Once all are in, the line is 1 to 180, each at a place of its own.
    let mut positions = Vec::new();
    for actor in actors {
        let s = city.app.my_schedule(actor).await.expect("schedule");
        positions.extend(s.upcoming[0].waitlist_position);
    }
    positions.sort_unstable();
    assert_eq!(positions, (1..=180).collect::<Vec<i64>>());
    let taken = city
        .app
        .db({
            let id: citybadges_domain::SessionId = sessions[0].parse().expect("session id");
            move |c| {
                Ok(citybadges_store::repo::activities::session_by_id(c, id)?
                    .expect("session")
                    .seats_taken)
            }
        })
        .await
        .expect("the session");
    assert_eq!(taken, 20);
}

async fn who_may_not_enroll(shape: Shape) {
    let city = TestCity::new(shape).await;
    let svc = city.service().await;
    let (_, sessions) =
        activity_with_sessions(&city, "Late Night Coding", Some(5), &[24 * 5]).await;
    let session = &sessions[0];
    // Not a youth, not signed in, an organization's token.
    for email in [
        staff_email("admin", org_a()),
        "coordinator@demo.citybadges.org".into(),
    ] {
        let r = enroll_api(
            &svc,
            &Auth::session(&city.session_for(&email).await),
            session,
        )
        .await;
        assert_eq!(r.status, 403, "{email}: {}", r.body);
    }
    let r = enroll_api(&svc, &Auth::default(), session).await;
    assert_eq!(r.status, 401);
    let r = enroll_api(&svc, &Auth::bearer(&city.token_for(org_a()).await), session).await;
    assert_eq!(r.status, 403);
    let youth = Auth::session(&city.session_for(YOUTH[0]).await);
    // Sessions that are not there, or not public.
    for id in ["not-an-id", "00000000-0000-4000-8000-000000000000"] {
        let r = enroll_api(&svc, &youth, id).await;
        assert_eq!(r.status, 404, "{id}: {}", r.body);
    }
    let r = post_json(
        &svc,
        "/api/v1/me/enrollments",
        &youth,
        &[],
        &json!({ "session": session }),
    )
    .await;
    assert_eq!(r.status, 400, "an unknown field: {}", r.body);
    assert!(r.body.contains("session_id"), "{}", r.body);
    // A session that started.
    let (_, started) = activity_with_sessions(&city, "Already Going", None, &[-1]).await;
    let detail_has_it = !started.is_empty();
    assert!(detail_has_it, "a session under way is still listed");
    let r = enroll_api(&svc, &youth, &started[0]).await;
    assert_eq!(r.status, 409, "{}", r.body);
    assert!(r.json()["detail"]
        .as_str()
        .unwrap_or_default()
        .contains("already started"));
    // Outside the activity's ages, and a child whose guardian has not approved.
    let young = city.app.clone();
    let id = young
        .db(|c| {
            use citybadges_store::repo;
            let u = repo::users::by_email(c, YOUTH[0])?.expect("youth");
            Ok(u.id)
        })
        .await
        .expect("youth id");
    let admin = city.actor_for(&staff_email("admin", org_a())).await;
    let input = serde_json::from_value(json!({
        "title": "Seniors' Chess",
        "description": "For grown-ups.",
        "format": "online",
        "status": "published",
        "age_min": 60, "age_max": 99,
        "sessions": [{ "starts_at": chrono::Utc::now() + chrono::Duration::days(3),
                       "ends_at": chrono::Utc::now() + chrono::Duration::days(3) + chrono::Duration::hours(1) }],
    }))
    .expect("input");
    let chess = city
        .app
        .create_activity(admin, org_a().into(), input)
        .await
        .expect("chess");
    let chess = city
        .app
        .activity_detail(org_a().into(), chess.slug)
        .await
        .expect("detail");
    let r = enroll_api(&svc, &youth, &chess.sessions[0].id).await;
    assert_eq!(r.status, 403, "{}", r.body);
    assert!(
        r.json()["detail"]
            .as_str()
            .unwrap_or_default()
            .contains("ages 60 to 99"),
        "{}",
        r.body
    );
    city.app
        .tx(move |c| {
            use citybadges_store::schema::users;
            use diesel::prelude::*;
            diesel::update(users::table.filter(users::id.eq(id)))
                .set((
                    users::age_band.eq(citybadges_domain::AgeBand::Under13),
                    users::guardian_consent_at.eq(None::<chrono::NaiveDateTime>),
                ))
                .execute(c)?;
            Ok(())
        })
        .await
        .expect("made a child without consent");
    let r = enroll_api(&svc, &youth, session).await;
    assert_eq!(r.status, 403);
    assert!(r.json()["detail"]
        .as_str()
        .unwrap_or_default()
        .contains("guardian"));
    // Someone else's enrollment is not found, whatever the verb.
    let other = Auth::session(&city.session_for(YOUTH[1]).await);
    let theirs = enroll_api(&svc, &other, session).await.json()["id"]
        .as_str()
        .expect("id")
        .to_string();
    let r = send(
        &svc,
        actix_web::http::Method::DELETE,
        &format!("/api/v1/me/enrollments/{theirs}"),
        &Auth::session(&city.session_for(YOUTH[2]).await),
        None,
    )
    .await;
    assert_eq!(r.status, 404, "{}", r.body);
    let still = get(&svc, "/api/v1/me/enrollments", &other).await.json();
    assert_eq!(still["upcoming"][0]["status"], "enrolled");
}

/// Lines of an iCalendar text, checked for what RFC 5545 asks: CRLF, at most 75 octets.
fn ical_lines(body: &str) -> Vec<&str> {
    assert!(body.ends_with("\r\n"), "ends with CRLF");
    let lines: Vec<&str> = body.split("\r\n").filter(|l| !l.is_empty()).collect();
    for l in &lines {
        assert!(l.len() <= 75, "a line over 75 octets: {l:?}");
        assert!(!l.contains('\n'), "a bare LF: {l:?}");
    }
    lines
}

/// The path of the calendar address a page shows (`…/calendar/{token}.ics`).
fn feed_path(body: &str) -> String {
    let start = body
        .find("/calendar/")
        .expect("the page shows a calendar address");
    body[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || "/-_.".contains(*c))
        .collect()
}

async fn calendar_files_and_the_private_feed(shape: Shape) {
    let city = TestCity::new(shape).await;
    let svc = city.service().await;
    let title = "Screen Printing, Posters & Zines: a Very Long Title for Folding";
    let (_, sessions) = activity_with_sessions(&city, title, Some(3), &[30, 54]).await;
    let youth = Auth::session(&city.session_for(YOUTH[0]).await);

    // One session's file: anyone may add it to a calendar.
    let r = get(
        &svc,
        &format!("/sessions/{}.ics", sessions[0]),
        &Auth::default(),
    )
    .await;
    assert_eq!(r.status, 200);
    assert!(r.header("content-type").starts_with("text/calendar"));
    let lines = ical_lines(&r.body);
    assert_eq!(lines.first().copied(), Some("BEGIN:VCALENDAR"));
    assert!(lines
        .iter()
        .any(|l| l.starts_with("DTSTART:") && l.ends_with('Z')));
    assert!(lines
        .iter()
        .any(|l| l.starts_with(&format!("UID:session-{}@", sessions[0]))));
    let unfolded = r.body.replace("\r\n ", "");
    assert!(
        unfolded.contains("SUMMARY:Screen Printing\\, Posters & Zines"),
        "{unfolded}"
    );
    assert!(unfolded.contains("LOCATION:Harold Washington Library\\, 400 S State St"));
    let r = get(
        &svc,
        "/sessions/00000000-0000-4000-8000-000000000000.ics",
        &Auth::default(),
    )
    .await;
    assert_eq!(r.status, 404);

    // The private feed holds the sessions with a place, not the waitlisted ones.
    assert_eq!(
        enroll_api(&svc, &youth, &sessions[0]).await.json()["status"],
        "enrolled"
    );
    let page = get(&svc, "/me/schedule", &youth).await;
    assert!(page.body.contains("Make my calendar address"));
    let made = post_form(
        &svc,
        "/me/calendar",
        &youth,
        &[("csrf_token", &page.csrf())],
    )
    .await;
    assert_eq!(made.status, 200, "{}", made.body);
    let path = feed_path(&made.body);
    let feed = get(&svc, &path, &Auth::default()).await;
    assert_eq!(feed.status, 200, "{}", feed.body);
    assert_eq!(feed.header("cache-control"), "no-store");
    ical_lines(&feed.body);
    assert_eq!(feed.body.matches("BEGIN:VEVENT").count(), 1);
    assert!(feed.body.contains(&format!("UID:session-{}@", sessions[0])));
    // The page shows the address once; afterwards it says since when it is on.
    let later = get(&svc, "/me/schedule", &youth).await;
    assert!(!later.body.contains(&path));
    assert!(later.body.contains("has been on since"));

    // A new address ends the old one; turning it off ends the new one.
    let again = post_form(
        &svc,
        "/me/calendar",
        &youth,
        &[("csrf_token", &later.csrf())],
    )
    .await;
    let new_path = feed_path(&again.body);
    assert_ne!(new_path, path);
    assert_eq!(get(&svc, &path, &Auth::default()).await.status, 404);
    assert_eq!(get(&svc, &new_path, &Auth::default()).await.status, 200);
    let off = post_form(
        &svc,
        "/me/calendar/off",
        &youth,
        &[("csrf_token", &later.csrf())],
    )
    .await;
    assert_eq!(off.status, 303);
    assert_eq!(get(&svc, &new_path, &Auth::default()).await.status, 404);

    // A password reset ends an address someone else may have made while in the account.
    let actor = city.actor_for(YOUTH[0]).await;
    let url = city
        .app
        .new_calendar_feed(actor)
        .await
        .expect("a new address");
    let path = format!(
        "/calendar/{}",
        url.rsplit_once("/calendar/").expect("address").1
    );
    assert_eq!(get(&svc, &path, &Auth::default()).await.status, 200);
    city.app
        .request_password_reset(YOUTH[0].into(), "test".into())
        .await
        .expect("reset asked");
    let link = link_in(&city.last_mail_to(YOUTH[0]).await.body, "http");
    let token = link.split_once("token=").expect("a token").1.to_string();
    city.app
        .reset_password(token, "a brand new long password".into())
        .await
        .expect("reset");
    assert_eq!(get(&svc, &path, &Auth::default()).await.status, 404);
}

async fn a_reminder_the_day_before(shape: Shape) {
    let city = TestCity::new(shape).await;
    let svc = city.service().await;
    let (_, soon) = activity_with_sessions(&city, "Tomorrow's Workshop", Some(10), &[20]).await;
    let (_, later) =
        activity_with_sessions(&city, "Next Week's Workshop", Some(10), &[24 * 7]).await;
    let youth = Auth::session(&city.session_for(YOUTH[0]).await);
    let other = Auth::session(&city.session_for(YOUTH[1]).await);
    for s in [&soon[0], &later[0]] {
        assert_eq!(enroll_api(&svc, &youth, s).await.status, 200);
    }
    // A waitlisted or cancelled youth is not reminded.
    let theirs = enroll_api(&svc, &other, &soon[0]).await.json();
    let r = send(
        &svc,
        actix_web::http::Method::DELETE,
        &format!(
            "/api/v1/me/enrollments/{}",
            theirs["id"].as_str().expect("id")
        ),
        &other,
        None,
    )
    .await;
    assert_eq!(r.status, 200);
    let before = city.mails_to(YOUTH[0]).await.len();
    assert_eq!(city.app.queue_reminders().await.expect("reminders"), 1);
    assert_eq!(
        city.app.queue_reminders().await.expect("reminders"),
        0,
        "once only"
    );
    let mails = city.mails_to(YOUTH[0]).await;
    assert_eq!(mails.len(), before + 1);
    let mail = city.last_mail_to(YOUTH[0]).await;
    assert!(
        mail.subject.starts_with("Reminder: Tomorrow's Workshop"),
        "{}",
        mail.subject
    );
    assert!(mail
        .body
        .contains("Harold Washington Library, 400 S State St"));
    assert!(
        city.mails_to(YOUTH[1])
            .await
            .iter()
            .all(|m| !m.subject.starts_with("Reminder")),
        "no reminder for a cancelled place"
    );
}

in_both_shapes!(
    places_and_the_waitlist,
    the_last_place_goes_to_one_of_many,
    who_may_not_enroll,
    calendar_files_and_the_private_feed,
    a_reminder_the_day_before,
);
