//! The isolation matrix: every route × every role × a foreign tenant. A route the web crate
//! declares without a row here fails the test, so the matrix grows with every new route.

use actix_web::http::Method;
use citybadges_tests::*;
use std::collections::{BTreeSet, HashMap};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Role {
    Anonymous,
    Youth,
    /// A parent who approved one child's account, and has two more requests waiting.
    Guardian,
    ReviewerA,
    StaffA,
    AdminA,
    AdminB,
    Coordinator,
    PlatformAdmin,
    TokenA,
    TokenB,
}

use Role::*;

const ALL: &[Role] = &[
    Anonymous,
    Youth,
    Guardian,
    ReviewerA,
    StaffA,
    AdminA,
    AdminB,
    Coordinator,
    PlatformAdmin,
    TokenA,
    TokenB,
];

/// What a role gets: a status code, whether organization A's private data may appear, and for
/// a redirect where it must lead.
#[derive(Debug, Clone, Copy)]
struct Expect {
    status: u16,
    sees_private: bool,
    location: Option<&'static str>,
}

fn ok(sees_private: bool) -> Expect {
    Expect {
        status: 200,
        sees_private,
        location: None,
    }
}

fn is(status: u16) -> Expect {
    Expect {
        status,
        sees_private: false,
        location: None,
    }
}

/// Sent to sign in first.
fn login() -> Expect {
    goes("/login")
}

/// A redirect to a path starting with `to`.
fn goes(to: &'static str) -> Expect {
    Expect {
        status: 303,
        sees_private: false,
        location: Some(to),
    }
}

struct Row {
    method: Method,
    /// The declared route pattern, to check coverage.
    pattern: &'static str,
    path: String,
    form: Vec<(&'static str, String)>,
    /// A JSON body instead of a form (API writes: no CSRF token, bearer tokens welcome).
    json: Option<serde_json::Value>,
    expect: Box<dyn Fn(Role) -> Expect>,
}

async fn auths(city: &TestCity) -> HashMap<Role, Auth> {
    let a = org_a();
    let b = org_b();
    let mut m = HashMap::new();
    // Anonymous visitors still carry a cookie once they saw a form: a random id, no session.
    m.insert(
        Anonymous,
        Auth::session("anonymous-visitor-cookie-0123456789"),
    );
    m.insert(
        Youth,
        Auth::session(&city.session_for("youth00001@demo.citybadges.org").await),
    );
    m.insert(
        Guardian,
        Auth::session(&city.session_for(GUARDIAN_EMAIL).await),
    );
    m.insert(
        ReviewerA,
        Auth::session(&city.session_for(&staff_email("reviewer", a)).await),
    );
    m.insert(
        StaffA,
        Auth::session(&city.session_for(&staff_email("staff", a)).await),
    );
    m.insert(
        AdminA,
        Auth::session(&city.session_for(&staff_email("admin", a)).await),
    );
    m.insert(
        AdminB,
        Auth::session(&city.session_for(&staff_email("admin", b)).await),
    );
    m.insert(
        Coordinator,
        Auth::session(&city.session_for("coordinator@demo.citybadges.org").await),
    );
    m.insert(
        PlatformAdmin,
        Auth::session(&city.session_for("admin@demo.citybadges.org").await),
    );
    m.insert(TokenA, Auth::bearer(&city.token_for(a).await));
    m.insert(TokenB, Auth::bearer(&city.token_for(b).await));
    m
}

/// Ids the rows need, made before the matrix runs.
struct Fixture {
    /// A's signing key (its document is public).
    key: String,
    /// A's private values besides the draft and the recipient: its staff's emails, a token name.
    a_private: Vec<String>,
    /// One youth's personal data (email, name, birth date): theirs to see, no one else's.
    youth_private: Vec<String>,
    /// The pending organization's name: only the city's staff see it before approval.
    pending_name: String,
    /// Each role's own email, which its own page shows.
    own: HashMap<Role, String>,
    /// An award and a token of A that B's people name under B's slug: they must stay A's.
    cross_award: String,
    cross_token: String,
    activity: String,
    badge: String,
    token_id: String,
    /// An award of A: its public documents must never show its recipient's email.
    award: String,
    achievement: String,
    /// Awards to revoke through the page and through the API.
    revoke_by_form: String,
    revoke_by_api: String,
    /// A session of A open to all, and the youth's enrollments to cancel (by form, by API).
    session: String,
    cancel_by_form: String,
    cancel_by_api: String,
    /// The youth's calendar feed token.
    feed: String,
    /// The guardian's approved child, a request waiting (link token and id), and a link to an
    /// address with no account yet.
    child: String,
    consent_token: String,
    consent_id: String,
    new_guardian_token: String,
    /// The one-click unsubscribe path of a mail to the award recipient.
    unsubscribe: String,
    /// The matrix youth's public handle.
    youth_username: String,
}

/// The matrix's guardian.
const GUARDIAN_EMAIL: &str = "matrix.parent@example.org";

/// The recipient of A's awards: private to A's people.
const AWARD_EMAIL: &str = "private-recipient@example.org";

fn rows(f: &Fixture) -> Vec<Row> {
    let (activity, badge, token_id) = (&f.activity, &f.badge, &f.token_id);
    let (award, achievement) = (&f.award, &f.achievement);
    let (session, feed) = (&f.session, &f.feed);
    let youth_only = |r: Role| match r {
        Youth => ok(false),
        Anonymous | TokenA | TokenB => login(),
        _ => is(403),
    };
    let youth_api = |r: Role| match r {
        Youth => ok(false),
        Anonymous => is(401),
        _ => is(403),
    };
    let youth_goes = |to: &'static str| {
        move |r: Role| match r {
            Youth => goes(to),
            Anonymous | TokenA | TokenB => login(),
            _ => is(403),
        }
    };
    let a = org_a();
    // Where A's forms send their people back to.
    let awards_page: &'static str = Box::leak(format!("/manage/orgs/{a}/awards").into_boxed_str());
    let dashboard_page: &'static str = Box::leak(format!("/manage/orgs/{a}").into_boxed_str());
    let p = org_pending();
    let b = org_b();
    let (cross_award, cross_token) = (&f.cross_award, &f.cross_token);
    let public = |_: Role| ok(false);
    // Someone else's child or request does not exist.
    let guardian_only = |r: Role| match r {
        Guardian => goes("/guardian"),
        Anonymous | TokenA | TokenB => login(),
        _ => is(404),
    };
    let signed_in = |r: Role| {
        if matches!(r, Anonymous | TokenA | TokenB) {
            login()
        } else {
            ok(false)
        }
    };
    let org_private = |r: Role| match r {
        ReviewerA | StaffA | AdminA | Coordinator | PlatformAdmin => ok(true),
        Anonymous | TokenA | TokenB => login(),
        _ => is(403),
    };
    let city_only = |r: Role| match r {
        Coordinator | PlatformAdmin => ok(false),
        Anonymous | TokenA | TokenB => login(),
        _ => is(403),
    };
    let row = |method: Method,
               pattern: &'static str,
               path: String,
               expect: Box<dyn Fn(Role) -> Expect>| Row {
        method,
        pattern,
        path,
        form: vec![],
        json: None,
        expect,
    };
    vec![
        row(Method::GET, "/", "/".into(), Box::new(public)),
        row(
            Method::GET,
            "/api/openapi.json",
            "/api/openapi.json".into(),
            Box::new(public),
        ),
        row(
            Method::GET,
            "/api/docs/{_:.*}",
            "/api/docs/index.html".into(),
            Box::new(public),
        ),
        row(
            Method::GET,
            "/activities",
            "/activities".into(),
            Box::new(public),
        ),
        row(Method::GET, "/orgs", "/orgs".into(), Box::new(public)),
        row(
            Method::GET,
            "/orgs/{slug}",
            format!("/orgs/{a}"),
            Box::new(public),
        ),
        row(
            Method::GET,
            "/orgs/{org}/activities/{slug}",
            format!("/orgs/{a}/activities/{activity}"),
            Box::new(public),
        ),
        row(
            Method::GET,
            "/orgs/{org}/badges/{slug}",
            format!("/orgs/{a}/badges/{badge}"),
            Box::new(public),
        ),
        row(Method::GET, "/signup", "/signup".into(), Box::new(public)),
        row(Method::GET, "/login", "/login".into(), Box::new(public)),
        row(
            Method::GET,
            "/forgot-password",
            "/forgot-password".into(),
            Box::new(public),
        ),
        row(
            Method::GET,
            "/reset-password",
            "/reset-password?token=x".into(),
            Box::new(public),
        ),
        // A wrong token is refused whoever asks.
        row(
            Method::GET,
            "/verify-email",
            "/verify-email?token=not-a-token".into(),
            Box::new(|_| is(400)),
        ),
        row(Method::GET, "/me", "/me".into(), Box::new(signed_in)),
        row(
            Method::GET,
            "/me/backpack",
            "/me/backpack".into(),
            Box::new(signed_in),
        ),
        row(
            Method::GET,
            "/api/v1/me/backpack",
            "/api/v1/me/backpack".into(),
            Box::new(|r| match r {
                Anonymous => is(401),
                TokenA | TokenB => is(403),
                _ => ok(false),
            }),
        ),
        row(
            Method::GET,
            "/me/schedule",
            "/me/schedule".into(),
            Box::new(youth_only),
        ),
        row(
            Method::GET,
            "/api/v1/me/enrollments",
            "/api/v1/me/enrollments".into(),
            Box::new(youth_api),
        ),
        // One session's calendar file is public; a feed is for whoever holds its address.
        row(
            Method::GET,
            "/sessions/{id}.ics",
            format!("/sessions/{session}.ics"),
            Box::new(public),
        ),
        row(
            Method::GET,
            "/calendar/{token}.ics",
            format!("/calendar/{feed}.ics"),
            Box::new(public),
        ),
        row(
            Method::GET,
            "/calendar/{token}.ics",
            "/calendar/not-a-feed-token.ics".into(),
            Box::new(|_| is(404)),
        ),
        // A consent link is for whoever holds it; answering needs the account it was sent to.
        row(
            Method::GET,
            "/consent/{token}",
            format!("/consent/{}", f.consent_token),
            Box::new(public),
        ),
        row(
            Method::GET,
            "/consent/{token}",
            "/consent/not-a-consent-token".into(),
            Box::new(|_| is(400)),
        ),
        row(
            Method::GET,
            "/guardian",
            "/guardian".into(),
            Box::new(|r| match r {
                Anonymous | TokenA | TokenB => login(),
                Youth => is(403),
                _ => ok(false),
            }),
        ),
        Row {
            method: Method::POST,
            pattern: "/consent/{token}",
            path: format!("/consent/{}", f.consent_token),
            form: vec![("decision", "approve".into())],
            json: None,
            expect: Box::new(|r| match r {
                Guardian => goes("/guardian"),
                Anonymous | TokenA | TokenB => login(),
                _ => is(403),
            }),
        },
        Row {
            method: Method::POST,
            pattern: "/guardian/requests/{id}",
            path: format!("/guardian/requests/{}", f.consent_id),
            form: vec![("decision", "approve".into())],
            json: None,
            expect: Box::new(guardian_only),
        },
        // One's data is one's own; a child's is their approving guardian's to download.
        row(
            Method::GET,
            "/me/export",
            "/me/export".into(),
            Box::new(signed_in),
        ),
        row(
            Method::GET,
            "/api/v1/me/export",
            "/api/v1/me/export".into(),
            Box::new(|r| match r {
                Anonymous => is(401),
                TokenA | TokenB => is(403),
                _ => ok(false),
            }),
        ),
        row(
            Method::GET,
            "/guardian/children/{id}/export",
            format!("/guardian/children/{}/export", f.child),
            Box::new(|r| match r {
                Guardian => ok(false),
                Anonymous | TokenA | TokenB => login(),
                _ => is(404),
            }),
        ),
        // Deleting needs the acting person's password: a wrong one deletes nothing.
        Row {
            method: Method::POST,
            pattern: "/guardian/children/{id}/delete",
            path: format!("/guardian/children/{}/delete", f.child),
            form: vec![("password", "not the guardian's password".into())],
            json: None,
            expect: Box::new(|r| match r {
                Guardian => is(422),
                Anonymous | TokenA | TokenB => login(),
                _ => is(404),
            }),
        },
        Row {
            method: Method::POST,
            pattern: "/me/delete",
            path: "/me/delete".into(),
            form: vec![("password", "not anyone's password".into())],
            json: None,
            expect: Box::new(|r| match r {
                Youth | Guardian => is(422),
                Anonymous | TokenA | TokenB => login(),
                _ => is(403),
            }),
        },
        Row {
            method: Method::POST,
            pattern: "/guardian/children/{id}/withdraw",
            path: format!("/guardian/children/{}/withdraw", f.child),
            form: vec![],
            json: None,
            expect: Box::new(guardian_only),
        },
        // The first visitor (anonymous, first in the order) makes the account; from then on the
        // address has one, and the form says to sign in.
        Row {
            method: Method::POST,
            pattern: "/consent/{token}/account",
            path: format!("/consent/{}/account", f.new_guardian_token),
            form: vec![
                ("display_name", "Matrix New Parent".into()),
                ("password", "a long enough password".into()),
            ],
            json: None,
            expect: Box::new(|r| match r {
                Anonymous => goes("/consent/"),
                _ => is(422),
            }),
        },
        // A public page of badges shows a handle and badges, nothing personal; the switch is a
        // youth's own. The matrix's youth's page is read while private (not found, as an
        // unknown handle is), turned on, then read again.
        row(
            Method::GET,
            "/u/{username}",
            format!("/u/{}", f.youth_username),
            Box::new(|_| is(404)),
        ),
        Row {
            method: Method::POST,
            pattern: "/me/profile",
            path: "/me/profile".into(),
            form: vec![("public", "on".into())],
            json: None,
            expect: Box::new(youth_goes("/me/backpack")),
        },
        row(
            Method::GET,
            "/u/{username}",
            format!("/u/{}", f.youth_username),
            Box::new(public),
        ),
        // Only youth save activities; the matrix's youth saves one, then removes it.
        Row {
            method: Method::POST,
            pattern: "/me/saved",
            path: "/me/saved".into(),
            form: vec![
                ("org", a.to_string()),
                ("slug", activity.clone()),
                ("back", "/me/schedule".into()),
            ],
            json: None,
            expect: Box::new(youth_goes("/me/schedule")),
        },
        Row {
            method: Method::POST,
            pattern: "/me/saved/remove",
            path: "/me/saved/remove".into(),
            form: vec![
                ("org", a.to_string()),
                ("slug", activity.clone()),
                ("back", "/me/schedule".into()),
            ],
            json: None,
            expect: Box::new(youth_goes("/me/schedule")),
        },
        // Mail settings are one's own; an unsubscribe address is for whoever holds it.
        row(
            Method::GET,
            "/me/mail",
            "/me/mail".into(),
            Box::new(signed_in),
        ),
        Row {
            method: Method::POST,
            pattern: "/me/mail",
            path: "/me/mail".into(),
            form: vec![("badge_awarded", "on".into())],
            json: None,
            expect: Box::new(|r| match r {
                Anonymous | TokenA | TokenB => login(),
                _ => goes("/me/mail"),
            }),
        },
        row(
            Method::GET,
            "/unsubscribe/{token}",
            f.unsubscribe.clone(),
            Box::new(public),
        ),
        row(
            Method::GET,
            "/unsubscribe/{token}",
            "/unsubscribe/badge_awarded.abc.forged".into(),
            Box::new(|_| is(400)),
        ),
        Row {
            method: Method::POST,
            pattern: "/unsubscribe/{token}",
            path: f.unsubscribe.clone(),
            form: vec![("List-Unsubscribe", "One-Click".into())],
            json: None,
            expect: Box::new(public),
        },
        // Only a child waiting for approval asks again; everyone else has nothing to ask.
        Row {
            method: Method::POST,
            pattern: "/me/guardian",
            path: "/me/guardian".into(),
            form: vec![("guardian_email", "someone.else@example.org".into())],
            json: None,
            expect: Box::new(|r| match r {
                Anonymous | TokenA | TokenB => login(),
                _ => is(409),
            }),
        },
        Row {
            method: Method::POST,
            pattern: "/enrollments",
            path: "/enrollments".into(),
            form: vec![("session", session.clone())],
            json: None,
            expect: Box::new(move |r| match r {
                Youth => goes("/orgs/"),
                Anonymous | TokenA | TokenB => login(),
                _ => is(403),
            }),
        },
        Row {
            method: Method::POST,
            pattern: "/api/v1/me/enrollments",
            path: "/api/v1/me/enrollments".into(),
            form: vec![],
            json: Some(serde_json::json!({ "session_id": session })),
            expect: Box::new(youth_api),
        },
        Row {
            method: Method::POST,
            pattern: "/me/enrollments/{id}/cancel",
            path: format!("/me/enrollments/{}/cancel", f.cancel_by_form),
            form: vec![("back", "/me/schedule".into())],
            json: None,
            expect: Box::new(youth_goes("/me/schedule")),
        },
        Row {
            method: Method::DELETE,
            pattern: "/api/v1/me/enrollments/{id}",
            path: format!("/api/v1/me/enrollments/{}", f.cancel_by_api),
            form: vec![],
            json: None,
            expect: Box::new(youth_api),
        },
        Row {
            method: Method::POST,
            pattern: "/me/calendar",
            path: "/me/calendar".into(),
            form: vec![],
            json: None,
            expect: Box::new(youth_only),
        },
        Row {
            method: Method::POST,
            pattern: "/me/calendar/off",
            path: "/me/calendar/off".into(),
            form: vec![],
            json: None,
            expect: Box::new(youth_goes("/me/schedule")),
        },
        row(
            Method::GET,
            "/manage/orgs/{slug}",
            format!("/manage/orgs/{a}"),
            Box::new(org_private),
        ),
        row(
            Method::GET,
            "/city/organizations",
            "/city/organizations".into(),
            Box::new(city_only),
        ),
        // Reading other people's mail needs a signed-in platform admin (the test client comes
        // from loopback, as every visitor does behind a reverse proxy on the same host).
        row(
            Method::GET,
            "/dev/mail",
            "/dev/mail".into(),
            Box::new(|r| match r {
                PlatformAdmin => ok(false),
                Anonymous | TokenA | TokenB => login(),
                _ => is(403),
            }),
        ),
        row(Method::GET, "/healthz", "/healthz".into(), Box::new(public)),
        row(Method::GET, "/readyz", "/readyz".into(), Box::new(public)),
        row(
            Method::GET,
            "/static/{path:.*}",
            "/static/css/site.css".into(),
            Box::new(public),
        ),
        row(
            Method::GET,
            "/api/v1/search",
            "/api/v1/search?q=robotics+pilot".into(),
            Box::new(public),
        ),
        row(
            Method::GET,
            "/api/v1/activities",
            "/api/v1/activities".into(),
            Box::new(public),
        ),
        row(
            Method::GET,
            "/api/v1/organizations",
            "/api/v1/organizations".into(),
            Box::new(public),
        ),
        row(
            Method::GET,
            "/api/v1/organizations/{slug}",
            format!("/api/v1/organizations/{a}"),
            Box::new(public),
        ),
        row(
            Method::GET,
            "/api/v1/organizations/{org}/activities/{slug}",
            format!("/api/v1/organizations/{a}/activities/{activity}"),
            Box::new(public),
        ),
        row(
            Method::GET,
            "/api/v1/organizations/{org}/badges/{slug}",
            format!("/api/v1/organizations/{a}/badges/{badge}"),
            Box::new(public),
        ),
        row(
            Method::GET,
            "/api/v1/city",
            "/api/v1/city".into(),
            Box::new(public),
        ),
        row(
            Method::GET,
            "/api/v1/me",
            "/api/v1/me".into(),
            Box::new(|r| if r == Anonymous { is(401) } else { ok(false) }),
        ),
        row(
            Method::GET,
            "/api/v1/orgs/{slug}/activities",
            format!("/api/v1/orgs/{a}/activities"),
            Box::new(|r| match r {
                ReviewerA | StaffA | AdminA | Coordinator | PlatformAdmin | TokenA => ok(true),
                Anonymous => is(401),
                _ => is(403),
            }),
        ),
        // Public credential documents: anyone, never a recipient's email.
        row(Method::GET, "/verify", "/verify".into(), Box::new(public)),
        row(
            Method::GET,
            "/issuers/{slug}",
            format!("/issuers/{a}"),
            Box::new(public),
        ),
        row(
            Method::GET,
            "/issuers/{slug}/image.png",
            format!("/issuers/{a}/image.png"),
            Box::new(public),
        ),
        row(
            Method::GET,
            "/issuers/{slug}/did.json",
            format!("/issuers/{a}/did.json"),
            Box::new(public),
        ),
        row(
            Method::GET,
            "/issuers/{slug}/keys/{key}",
            format!("/issuers/{a}/keys/{}", f.key),
            Box::new(public),
        ),
        row(
            Method::GET,
            "/credentials/{id}",
            format!("/credentials/{award}"),
            Box::new(public),
        ),
        row(
            Method::GET,
            "/credentials/{id}.json",
            format!("/credentials/{award}.json"),
            Box::new(public),
        ),
        row(
            Method::GET,
            "/credentials/{id}.png",
            format!("/credentials/{award}.png"),
            Box::new(public),
        ),
        row(
            Method::GET,
            "/credentials/{id}.svg",
            format!("/credentials/{award}.svg"),
            Box::new(public),
        ),
        row(
            Method::GET,
            "/ob2/assertions/{id}",
            format!("/ob2/assertions/{award}"),
            Box::new(public),
        ),
        row(
            Method::GET,
            "/ob2/assertions/{id}.png",
            format!("/ob2/assertions/{award}.png"),
            Box::new(public),
        ),
        row(
            Method::GET,
            "/ob2/badges/{id}",
            format!("/ob2/badges/{achievement}"),
            Box::new(public),
        ),
        row(
            Method::GET,
            "/ob2/issuers/{slug}",
            format!("/ob2/issuers/{a}"),
            Box::new(public),
        ),
        row(
            Method::GET,
            "/status-lists/{slug}/{number}",
            format!("/status-lists/{a}/1"),
            Box::new(public),
        ),
        row(
            Method::GET,
            "/badge-images/{id}.png",
            format!("/badge-images/{achievement}.png"),
            Box::new(public),
        ),
        // Who was awarded is A's business: not the city's, not B's.
        row(
            Method::GET,
            "/manage/orgs/{slug}/awards",
            format!("/manage/orgs/{a}/awards"),
            Box::new(|r| match r {
                ReviewerA | StaffA | AdminA => ok(true),
                Anonymous | TokenA | TokenB => login(),
                _ => is(403),
            }),
        ),
        row(
            Method::GET,
            "/api/v1/orgs/{slug}/awards",
            format!("/api/v1/orgs/{a}/awards"),
            Box::new(|r| match r {
                ReviewerA | StaffA | AdminA | TokenA => ok(true),
                Anonymous => is(401),
                _ => is(403),
            }),
        ),
        row(
            Method::GET,
            "/api/v1/orgs/{slug}/awards/{id}",
            format!("/api/v1/orgs/{a}/awards/{award}"),
            Box::new(|r| match r {
                ReviewerA | StaffA | AdminA | TokenA => ok(true),
                Anonymous => is(401),
                _ => is(403),
            }),
        ),
        row(
            Method::GET,
            "/api/v1/orgs/{slug}/issuer-keys",
            format!("/api/v1/orgs/{a}/issuer-keys"),
            // Public keys only: nothing private shows even to A's people.
            Box::new(|r| match r {
                ReviewerA | StaffA | AdminA | TokenA => ok(false),
                Anonymous => is(401),
                _ => is(403),
            }),
        ),
        // Verifying is for everyone and changes nothing (these inputs do not verify).
        Row {
            method: Method::POST,
            pattern: "/verify",
            path: "/verify".into(),
            form: vec![],
            json: Some(serde_json::json!({ "credential": { "@context": "https://example.org/" } })),
            expect: Box::new(public),
        },
        Row {
            method: Method::POST,
            pattern: "/api/v1/verify",
            path: "/api/v1/verify".into(),
            form: vec![],
            json: Some(serde_json::json!({ "credential": { "@context": "https://example.org/" } })),
            expect: Box::new(public),
        },
        Row {
            method: Method::POST,
            pattern: "/credentials/verify",
            path: "/credentials/verify".into(),
            form: vec![],
            json: Some(serde_json::json!({ "verifiableCredential": { "type": "Nothing" } })),
            expect: Box::new(|_| is(422)),
        },
        // Off unless configured: no one issues through it here.
        Row {
            method: Method::POST,
            pattern: "/credentials/issue",
            path: "/credentials/issue".into(),
            form: vec![],
            json: Some(serde_json::json!({ "credential": {} })),
            expect: Box::new(|_| is(404)),
        },
        Row {
            method: Method::POST,
            pattern: "/api/v1/orgs/{slug}/awards",
            path: format!("/api/v1/orgs/{a}/awards"),
            form: vec![],
            json: Some(
                serde_json::json!({ "recipient_email": "matrix-api@example.org", "achievement": badge }),
            ),
            expect: Box::new(|r| match r {
                StaffA | AdminA | TokenA => is(201),
                Anonymous => is(401),
                _ => is(403),
            }),
        },
        Row {
            method: Method::POST,
            pattern: "/api/v1/orgs/{slug}/awards/batch",
            path: format!("/api/v1/orgs/{a}/awards/batch"),
            form: vec![],
            json: Some(
                serde_json::json!({ "awards": [{ "recipient_email": "matrix-batch@example.org", "achievement": badge }] }),
            ),
            expect: Box::new(|r| match r {
                StaffA | AdminA | TokenA => is(201),
                Anonymous => is(401),
                _ => is(403),
            }),
        },
        // Revoking: the first allowed caller revokes, later ones find it already revoked (409).
        Row {
            method: Method::POST,
            pattern: "/api/v1/orgs/{slug}/awards/{id}/revoke",
            path: format!("/api/v1/orgs/{a}/awards/{}/revoke", f.revoke_by_api),
            form: vec![],
            json: Some(serde_json::json!({ "reason": "matrix" })),
            // Roles run in order: A's staff revokes it; A's admin and token then find it revoked.
            expect: Box::new(|r| match r {
                StaffA => ok(true),
                AdminA | TokenA => is(409),
                Anonymous => is(401),
                _ => is(403),
            }),
        },
        Row {
            method: Method::POST,
            pattern: "/manage/orgs/{slug}/awards",
            path: format!("/manage/orgs/{a}/awards"),
            json: None,
            form: vec![
                ("recipient_email", "matrix-form@example.org".into()),
                ("achievement", badge.clone()),
            ],
            expect: Box::new(move |r| match r {
                StaffA | AdminA => goes(awards_page),
                Anonymous | TokenA | TokenB => login(),
                _ => is(403),
            }),
        },
        Row {
            method: Method::POST,
            pattern: "/manage/orgs/{slug}/awards/{id}/revoke",
            path: format!("/manage/orgs/{a}/awards/{}/revoke", f.revoke_by_form),
            json: None,
            form: vec![("reason", "matrix".into())],
            expect: Box::new(move |r| match r {
                StaffA => goes(awards_page),
                AdminA => is(409),
                Anonymous | TokenA | TokenB => login(),
                _ => is(403),
            }),
        },
        // Signing keys: A's people see them; only A's admin, signed in, rotates (tokens never).
        Row {
            method: Method::POST,
            pattern: "/api/v1/orgs/{slug}/issuer-keys/rotate",
            path: format!("/api/v1/orgs/{a}/issuer-keys/rotate"),
            form: vec![],
            json: Some(serde_json::json!({})),
            expect: Box::new(|r| match r {
                AdminA => is(201),
                Anonymous => is(401),
                _ => is(403),
            }),
        },
        Row {
            method: Method::POST,
            pattern: "/manage/orgs/{slug}/issuer-keys/rotate",
            path: format!("/manage/orgs/{a}/issuer-keys/rotate"),
            json: None,
            form: vec![],
            expect: Box::new(move |r| match r {
                AdminA => goes(awards_page),
                Anonymous | TokenA | TokenB => login(),
                _ => is(403),
            }),
        },
        // Forms: the CSRF token is added per role. Tokens are not browser sessions.
        Row {
            method: Method::POST,
            pattern: "/manage/orgs/{slug}/tokens",
            path: format!("/manage/orgs/{a}/tokens"),
            json: None,
            form: vec![("name", "matrix".into())],
            expect: Box::new(|r| match r {
                AdminA => ok(true),
                Anonymous | TokenA | TokenB => login(),
                _ => is(403),
            }),
        },
        Row {
            method: Method::POST,
            pattern: "/manage/orgs/{slug}/tokens/{id}/revoke",
            path: format!("/manage/orgs/{a}/tokens/{token_id}/revoke"),
            json: None,
            form: vec![],
            // The first allowed call revokes it; refusals leave it alone (checked below).
            expect: Box::new(move |r| match r {
                AdminA => goes(dashboard_page),
                Anonymous | TokenA | TokenB => login(),
                _ => is(403),
            }),
        },
        Row {
            method: Method::POST,
            pattern: "/city/organizations/{slug}/status",
            path: format!("/city/organizations/{p}/status"),
            json: None,
            form: vec![("status", "pending".into())],
            expect: Box::new(move |r| match r {
                Coordinator | PlatformAdmin => goes("/city/organizations"),
                Anonymous | TokenA | TokenB => login(),
                _ => is(403),
            }),
        },
        // Public forms: anyone may post them (these bodies are refused as invalid input).
        Row {
            method: Method::POST,
            pattern: "/signup",
            path: "/signup".into(),
            json: None,
            form: vec![("email", "not-an-email".into())],
            expect: Box::new(|_| is(422)),
        },
        Row {
            method: Method::POST,
            pattern: "/login",
            path: "/login".into(),
            json: None,
            form: vec![
                ("email", "nobody@example.org".into()),
                ("password", "wrong password".into()),
            ],
            expect: Box::new(|_| is(401)),
        },
        Row {
            method: Method::POST,
            pattern: "/forgot-password",
            path: "/forgot-password".into(),
            json: None,
            form: vec![("email", "nobody@example.org".into())],
            expect: Box::new(|_| ok(false)),
        },
        Row {
            method: Method::POST,
            pattern: "/reset-password",
            path: "/reset-password".into(),
            json: None,
            form: vec![
                ("token", "bogus".into()),
                ("password", "a new long password".into()),
            ],
            expect: Box::new(|_| is(422)),
        },
        // B's people and token name A's ids under B's own slug: unknown there, nothing changes.
        row(
            Method::GET,
            "/api/v1/orgs/{slug}/awards/{id}",
            format!("/api/v1/orgs/{b}/awards/{award}"),
            Box::new(|r| match r {
                AdminB | TokenB => is(404),
                Anonymous => is(401),
                _ => is(403),
            }),
        ),
        Row {
            method: Method::POST,
            pattern: "/api/v1/orgs/{slug}/awards/{id}/revoke",
            path: format!("/api/v1/orgs/{b}/awards/{cross_award}/revoke"),
            form: vec![],
            json: Some(serde_json::json!({ "reason": "matrix cross" })),
            expect: Box::new(|r| match r {
                AdminB | TokenB => is(404),
                Anonymous => is(401),
                _ => is(403),
            }),
        },
        Row {
            method: Method::POST,
            pattern: "/manage/orgs/{slug}/awards/{id}/revoke",
            path: format!("/manage/orgs/{b}/awards/{cross_award}/revoke"),
            json: None,
            form: vec![("reason", "matrix cross".into())],
            expect: Box::new(|r| match r {
                AdminB => is(404),
                Anonymous | TokenA | TokenB => login(),
                _ => is(403),
            }),
        },
        Row {
            method: Method::POST,
            pattern: "/manage/orgs/{slug}/tokens/{id}/revoke",
            path: format!("/manage/orgs/{b}/tokens/{cross_token}/revoke"),
            json: None,
            form: vec![],
            expect: Box::new(|r| match r {
                AdminB => is(404),
                Anonymous | TokenA | TokenB => login(),
                _ => is(403),
            }),
        },
        // Changing one's password needs the current one (this one is wrong): nothing changes.
        Row {
            method: Method::POST,
            pattern: "/me/password",
            path: "/me/password".into(),
            json: None,
            form: vec![
                ("current_password", "not the current password".into()),
                ("new_password", "a brand new long password".into()),
            ],
            expect: Box::new(|r| match r {
                Anonymous | TokenA | TokenB => login(),
                _ => is(422),
            }),
        },
        // Last: signs the role out.
        Row {
            method: Method::POST,
            pattern: "/api/v1/orgs/{slug}/activities",
            path: format!("/api/v1/orgs/{a}/activities"),
            form: vec![],
            json: Some(serde_json::json!({ "title": "Matrix Workshop", "format": "online" })),
            expect: Box::new(|r| match r {
                StaffA | AdminA | TokenA => is(201),
                Anonymous => is(401),
                _ => is(403),
            }),
        },
        // Anyone may choose a language; a signed-in person's choice is their own setting.
        Row {
            method: Method::POST,
            pattern: "/language",
            path: "/language".into(),
            form: vec![("lang", "fr".into()), ("next", "/activities".into())],
            json: None,
            expect: Box::new(|_| goes("/activities")),
        },
        Row {
            method: Method::POST,
            pattern: "/logout",
            path: "/logout".into(),
            form: vec![],
            json: None,
            expect: Box::new(|_| goes("/")),
        },
    ]
}

/// A published activity of A with three sessions open to all; the matrix's youth holds places
/// in the last two (to cancel) and a calendar feed. Returns the first session, the two
/// enrollments and the feed's token.
async fn enrolled_youth(city: &TestCity) -> (String, String, String, String) {
    let (_, sessions) =
        super::enrolling::activity_with_sessions(city, "Matrix Sessions", Some(30), &[50, 74, 98])
            .await;
    let youth = city.actor_for("youth00001@demo.citybadges.org").await;
    let mut ids = Vec::new();
    for s in &sessions[1..] {
        ids.push(
            city.app
                .enroll(youth.clone(), s.clone())
                .await
                .expect("enrolled")
                .id,
        );
    }
    let url = city
        .app
        .new_calendar_feed(youth)
        .await
        .expect("a calendar feed");
    let token = url
        .rsplit_once("/calendar/")
        .and_then(|(_, t)| t.strip_suffix(".ics"))
        .expect("a feed address")
        .to_string();
    (sessions[0].clone(), ids[0].clone(), ids[1].clone(), token)
}

/// The matrix's guardian with one approved child and two requests waiting, and a request to an
/// address with no account. Returns the child's id, the first waiting request's link token, the
/// second's id, and the last link's token.
async fn guardian_with_requests(city: &TestCity) -> (String, String, String, String) {
    use super::guardians::{child_signs_up, guardian_approves};
    let token = |link: String| link.trim_start_matches("/consent/").to_string();
    let approved = child_signs_up(
        city,
        "matrix.child1@example.org",
        "Matrix Kid One",
        GUARDIAN_EMAIL,
    )
    .await;
    guardian_approves(city, &approved).await;
    let waiting = child_signs_up(
        city,
        "matrix.child2@example.org",
        "Matrix Kid Two",
        GUARDIAN_EMAIL,
    )
    .await;
    child_signs_up(
        city,
        "matrix.child3@example.org",
        "Matrix Kid Three",
        GUARDIAN_EMAIL,
    )
    .await;
    let fresh = child_signs_up(
        city,
        "matrix.child4@example.org",
        "Matrix Kid Four",
        "matrix.new.parent@example.org",
    )
    .await;
    let (child, third) = city
        .app
        .db(|c| {
            use citybadges_store::repo;
            let id = |c: &mut citybadges_store::AnyConnection, email: &str| {
                repo::users::by_email(c, email).map(|u| u.expect("the child").id)
            };
            let child = id(c, "matrix.child1@example.org")?;
            let third = id(c, "matrix.child3@example.org")?;
            let request = repo::guardian_consents::of_child(
                c,
                third,
                citybadges_domain::ConsentStatus::Pending,
            )?
            .expect("a request waiting");
            Ok((child.to_string(), request.id.to_string()))
        })
        .await
        .expect("fixture ids");
    (child, token(waiting), third, token(fresh))
}

async fn matrix(shape: Shape) {
    let city = TestCity::new(shape).await;
    let svc = city.service().await;
    let a = org_a();
    // A public activity and badge of A, and a token of A to try revoking.
    let list = public_json(&svc, &format!("/api/v1/organizations/{a}")).await;
    let activity = list["activities"]["items"][0]["slug"]
        .as_str()
        .expect("A has activities")
        .to_string();
    let badge = list["badges"][0]["slug"]
        .as_str()
        .expect("A has badges")
        .to_string();
    let victim = city
        .app
        .create_api_token_for_member(
            a.into(),
            staff_email("admin", a),
            "matrix-victim-token".into(),
        )
        .await
        .expect("token");
    let admin = city_admin_actor(&city, a).await;
    let award = |email: &str| {
        let (app, admin, badge) = (city.app.clone(), admin.clone(), badge.clone());
        let email = email.to_owned();
        async move {
            app.award(
                admin,
                a.into(),
                citybadges_app::issuing::awards::AwardInput {
                    recipient_email: Some(email),
                    recipient_user_id: None,
                    achievement: badge,
                    narrative: None,
                    evidence_url: None,
                    valid_until: None,
                },
                None,
            )
            .await
            .expect("award")
            .award
        }
    };
    let public_award = award(AWARD_EMAIL).await;
    let key = city
        .app
        .issuer_keys(admin.clone(), a.into())
        .await
        .expect("A's keys")[0]
        .key_id
        .clone();
    let cross_token = city
        .app
        .create_api_token_for_member(
            a.into(),
            staff_email("admin", a),
            "matrix-cross-token".into(),
        )
        .await
        .expect("token")
        .info
        .id;
    let youth_email = "youth00001@demo.citybadges.org".to_string();
    let youth = {
        let email = youth_email.clone();
        city.app
            .db(move |c| {
                Ok(citybadges_store::repo::users::by_email(c, &email)?.expect("the youth"))
            })
            .await
            .expect("youth row")
    };
    let youth_username = youth.username.clone();
    let mut youth_private = vec![youth_email.clone(), youth.display_name.clone()];
    youth_private.extend(youth.birth_date.clone());
    let own = HashMap::from([
        (Youth, youth_email),
        (Guardian, GUARDIAN_EMAIL.to_string()),
        (ReviewerA, staff_email("reviewer", a)),
        (StaffA, staff_email("staff", a)),
        (AdminA, staff_email("admin", a)),
        (AdminB, staff_email("admin", org_b())),
        (Coordinator, "coordinator@demo.citybadges.org".to_string()),
        (PlatformAdmin, "admin@demo.citybadges.org".to_string()),
    ]);
    let (session, cancel_by_form, cancel_by_api, feed) = enrolled_youth(&city).await;
    let (child, consent_token, consent_id, new_guardian_token) =
        guardian_with_requests(&city).await;
    let fixture = Fixture {
        child,
        consent_token,
        consent_id,
        new_guardian_token,
        youth_username,
        unsubscribe: {
            let mail = city.last_mail_to(AWARD_EMAIL).await;
            let header = mail.header("List-Unsubscribe");
            let start = header
                .find("/unsubscribe/")
                .expect("an unsubscribe address");
            header[start..].trim_end_matches('>').to_string()
        },
        session,
        cancel_by_form,
        cancel_by_api,
        feed,
        a_private: vec![
            staff_email("reviewer", a),
            staff_email("staff", a),
            staff_email("admin", a),
            "matrix-victim-token".into(),
        ],
        youth_private,
        pending_name: citybadges_app::demo::data::ORGS[citybadges_app::demo::data::ORGS.len() - 1]
            .name
            .to_string(),
        own,
        cross_award: award(AWARD_EMAIL).await.id,
        cross_token,
        key,
        activity,
        badge: badge.clone(),
        token_id: victim.info.id,
        achievement: public_award.achievement_id.clone(),
        award: public_award.id,
        revoke_by_form: award(AWARD_EMAIL).await.id,
        revoke_by_api: award(AWARD_EMAIL).await.id,
    };
    let rows = rows(&fixture);

    // Every declared route has a row.
    let covered: BTreeSet<(String, String)> = rows
        .iter()
        .map(|r| (r.method.to_string(), r.pattern.to_string()))
        .collect();
    let missing: Vec<_> = declared_routes()
        .into_iter()
        .filter(|r| !covered.contains(r))
        .collect();
    assert!(
        missing.is_empty(),
        "routes without a row in the isolation matrix: {missing:?}"
    );

    let auths = auths(&city).await;
    // The values scanned for are real: the youth's own page shows their email and name (the
    // birth date, kept for the age rules, is shown nowhere).
    let me = get(&svc, "/me", &auths[&Youth]).await;
    for value in &fixture.youth_private[..2] {
        assert!(
            me.body.contains(value.as_str()),
            "{value:?} is not on the youth's page"
        );
    }
    let mut failures = Vec::new();
    for row in &rows {
        for role in ALL {
            let auth = &auths[role];
            // Forms are for browsers: a bearer token has no session, so no CSRF token, and is refused.
            let form_post = row.method == Method::POST && row.json.is_none();
            // One-click unsubscribing comes from mail apps, with no session (RFC 8058).
            let sessionless = row.pattern == "/unsubscribe/{token}";
            let want = if form_post && matches!(role, TokenA | TokenB) && !sessionless {
                is(403)
            } else {
                (row.expect)(*role)
            };
            let reply = if let Some(json) = &row.json {
                send(
                    &svc,
                    row.method.clone(),
                    &row.path,
                    auth,
                    Some(("application/json", json.to_string().into_bytes())),
                )
                .await
            } else if form_post {
                let csrf = auth
                    .session
                    .as_deref()
                    .map(|s| city.app.csrf_token(s))
                    .unwrap_or_default();
                let mut fields: Vec<(&str, &str)> =
                    row.form.iter().map(|(k, v)| (*k, v.as_str())).collect();
                fields.push(("csrf_token", &csrf));
                post_form(&svc, &row.path, auth, &fields).await
            } else if row.method != Method::GET {
                send(&svc, row.method.clone(), &row.path, auth, None).await
            } else {
                get(&svc, &row.path, auth).await
            };
            // A revoked token stays revoked: after the admin's call, later allowed calls find nothing.
            // An award stays revoked: later allowed calls find it already revoked.
            let location = reply.header("location");
            let status_ok = reply.status.as_u16() == want.status
                && want.location.is_none_or(|to| location.starts_with(to));
            // Every private value the fixture holds, each seen only where it may be.
            let body = &reply.body;
            // One's own email and name may show on any page one sees (the header, one's page).
            let own = fixture.own.get(role);
            let mail_viewer = row.pattern == "/dev/mail" && *role == PlatformAdmin;
            let shown = |v: &String| body.contains(v.as_str()) && own != Some(v);
            let private = body.contains(DRAFT_TITLE)
                || body.contains(AWARD_EMAIL)
                || fixture.a_private.iter().any(shown);
            let personal =
                fixture.youth_private.iter().any(shown) && *role != Youth && !mail_viewer;
            let pending = body.contains(fixture.pending_name.as_str())
                && !(matches!(role, Coordinator | PlatformAdmin) && row.path.starts_with("/city/"))
                && !mail_viewer;
            let leaked = (private && !want.sees_private && !mail_viewer) || personal || pending;
            let hidden =
                !private && want.sees_private && want.status == 200 && row.method == Method::GET;
            if !status_ok || leaked || hidden {
                failures.push(format!(
                    "{} {} as {role:?}: got {} {location} (want {} {}){}{}",
                    row.method,
                    row.path,
                    reply.status.as_u16(),
                    want.status,
                    want.location.unwrap_or_default(),
                    if leaked {
                        if personal {
                            ", LEAKED a youth's personal data"
                        } else if pending {
                            ", LEAKED the pending organization"
                        } else {
                            ", LEAKED A's private data"
                        }
                    } else {
                        ""
                    },
                    if hidden {
                        ", did not show A's draft"
                    } else {
                        ""
                    },
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "isolation matrix failures:\n{}",
        failures.join("\n")
    );

    // Refused token calls changed nothing: only A's administrator could create or revoke.
    let dashboard = city
        .app
        .dashboard(city_admin_actor(&city, a).await, a.into(), None)
        .await
        .expect("dashboard");
    let made = dashboard
        .activities
        .items
        .iter()
        .filter(|x| x.title == "Matrix Workshop")
        .count();
    assert_eq!(
        made, 3,
        "staff, administrator and token of A created one each; nobody else did"
    );
    let tokens = dashboard.tokens;
    let created_by_matrix = tokens.iter().filter(|t| t.name == "matrix").count();
    assert_eq!(
        created_by_matrix, 1,
        "only organization A's administrator created a token"
    );
    let cross = tokens
        .iter()
        .find(|t| t.id == fixture.cross_token)
        .expect("cross token");
    assert!(
        !cross.revoked,
        "B's administrator could not revoke A's token"
    );

    // Awards: staff, administrator and token of A through the API, staff and administrator
    // through the page; nobody else. Both revocations happened once.
    let awards = city
        .app
        .list_awards(admin.clone(), a.into(), None, Some(1), Some(100))
        .await
        .expect("awards")
        .items;
    let to = |email: &str| {
        awards
            .iter()
            .filter(|x| x.recipient_email.as_deref() == Some(email))
            .count()
    };
    assert_eq!(to("matrix-api@example.org"), 3);
    assert_eq!(to("matrix-batch@example.org"), 3);
    assert_eq!(to("matrix-form@example.org"), 2);
    let cross = awards
        .iter()
        .find(|x| x.id == fixture.cross_award)
        .expect("cross award");
    assert_eq!(
        cross.status,
        citybadges_domain::AwardStatus::Issued,
        "B's people could not revoke A's award"
    );
    for id in [&fixture.revoke_by_api, &fixture.revoke_by_form] {
        let revoked = awards.iter().find(|x| &x.id == id).expect("award");
        assert_eq!(revoked.status, citybadges_domain::AwardStatus::Revoked);
        assert_eq!(revoked.revocation_reason.as_deref(), Some("matrix"));
    }

    // Signing keys: the first award made one; A's administrator rotated twice (API and page),
    // every refused caller changed nothing; exactly one key signs.
    let keys = city.app.issuer_keys(admin, a.into()).await.expect("keys");
    assert_eq!(keys.len(), 3, "{keys:?}");
    assert_eq!(keys.iter().filter(|k| k.active).count(), 1);
    assert!(keys[0].active, "the newest key signs");
}

async fn city_admin_actor(city: &TestCity, org: &str) -> citybadges_domain::policy::Actor {
    let sid = city.session_for(&staff_email("admin", org)).await;
    city.app
        .actor_for_session(Some(sid))
        .await
        .expect("actor")
        .0
}

in_both_shapes!(matrix);
