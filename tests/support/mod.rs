//! The shared fixture of the black-box suites: a small demo city on SQLite (embedded) or on
//! PostgreSQL + Redis (production shape), and helpers to talk to it over HTTP.

pub use actix_web::body::MessageBody;
use actix_web::dev::{Service, ServiceResponse};
use actix_web::http::{header, Method, StatusCode};
use actix_web::test;
use citybadges_app::config::Settings;
use citybadges_app::demo::{data, Plan};
use citybadges_app::App;
use citybadges_store::repo;
use citybadges_store::testing::TempPgDatabase;

/// Where the test city lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// SQLite file, in-process cache: `cargo run`'s defaults.
    Embedded,
    /// PostgreSQL and Redis: the production shape.
    Production,
}

/// `in_both_shapes!(f, g);` writes, for each `async fn f(shape: Shape)`, the tests `f::embedded` and
/// `f::production_shape`.
#[macro_export]
macro_rules! in_both_shapes {
    ($($name:ident),* $(,)?) => {$(
        mod $name {
            #[actix_rt::test]
            async fn embedded() {
                super::$name($crate::Shape::Embedded).await;
            }

            #[actix_rt::test]
            async fn production_shape() {
                super::$name($crate::Shape::Production).await;
            }
        }
    )*};
}

pub const DRAFT_TITLE: &str = "Unannounced Robotics Pilot (draft)";

pub struct TestCity {
    pub app: App,
    pub shape: Shape,
    /// The search backend's on/off switch (fault injection).
    pub search_switch: std::sync::Arc<citybadges_search::fault::Switchable>,
    _dir: tempfile::TempDir,
    _pg: Option<TempPgDatabase>,
}

pub fn redis_url() -> String {
    std::env::var("REDIS_URL").unwrap_or_else(|_| "redis://127.0.0.1:6379".into())
}

/// The two organizations the suites play with: A is "ours", B is the foreign tenant.
pub fn org_a() -> &'static str {
    data::ORGS[0].slug
}

pub fn org_b() -> &'static str {
    data::ORGS[1].slug
}

/// The organization the demo leaves pending approval.
pub fn org_pending() -> &'static str {
    data::ORGS[data::ORGS.len() - 1].slug
}

/// The suites' city: the demo's content, fewer youth, and no awards (the suites count the awards
/// they make from none).
fn small_city() -> Plan {
    Plan {
        youth: 20,
        enrollments: 40,
        activities: 170,
        awarded: 0.0,
        ..Plan::demo()
    }
}

impl TestCity {
    pub async fn new(shape: Shape) -> TestCity {
        Self::with(shape, |_| {}).await
    }

    /// A city whose settings `tweak` adjusts before start.
    pub async fn with(shape: Shape, tweak: impl FnOnce(&mut Settings)) -> TestCity {
        Self::seeded(shape, tweak, small_city()).await
    }

    /// The small city with `youth` young people (for races over places).
    pub async fn with_youth(shape: Shape, youth: usize) -> TestCity {
        let plan = Plan {
            youth,
            ..small_city()
        };
        Self::seeded(shape, |_| {}, plan).await
    }

    /// The small city as the demo seeds it: some of its youth hold signed badges.
    pub async fn with_awards(shape: Shape) -> TestCity {
        let plan = Plan {
            youth: 60,
            enrollments: 180,
            awarded: Plan::demo().awarded,
            ..small_city()
        };
        Self::seeded(shape, |_| {}, plan).await
    }

    async fn seeded(shape: Shape, tweak: impl FnOnce(&mut Settings), plan: Plan) -> TestCity {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut settings = Settings::for_data_dir(dir.path());
        // Suites sign in many times from the same (absent) address.
        settings.rate_limits.login_per_minute = 10_000;
        settings.rate_limits.signup_per_hour = 10_000;
        settings.rate_limits.email_per_hour = 10_000;
        tweak(&mut settings);
        let pg = match shape {
            Shape::Embedded => None,
            Shape::Production => {
                let pg = TempPgDatabase::create()
                    .expect("PostgreSQL must be running for the test suite (see .ci/run)");
                settings.database.url = pg.url.clone();
                settings.cache.url = redis_url();
                settings.cache.key_prefix = format!("cbtest:{}:", uuid::Uuid::new_v4().simple());
                Some(pg)
            }
        };
        let engine = citybadges_search::EmbeddedEngine::open(&dir.path().join("search"))
            .expect("search index");
        let search_switch = std::sync::Arc::new(citybadges_search::fault::Switchable::new(
            std::sync::Arc::new(engine),
        ));
        let app = App::start_with_search(settings, Some(search_switch.clone()))
            .await
            .expect("the app starts");
        app.seed_demo(plan).await.expect("demo seeds");
        let city = TestCity {
            app,
            shape,
            search_switch,
            _dir: dir,
            _pg: pg,
        };
        city.add_draft().await;
        city
    }

    /// A draft activity in organization A: private to A's staff. Made as staff make one (through
    /// the use case, with its search change in the outbox), and the change delivered, so that a
    /// search leak of drafts would show.
    async fn add_draft(&self) {
        let admin = self.actor_for(&staff_email("admin", org_a())).await;
        let input: citybadges_app::activities::ActivityInput =
            serde_json::from_value(serde_json::json!({
                "title": DRAFT_TITLE,
                "description": "Not public yet",
                "age_min": 12, "age_max": 16,
                "format": "in_person",
                "status": "draft",
            }))
            .expect("activity input");
        self.app
            .create_activity(admin, org_a().into(), input)
            .await
            .expect("draft created");
        citybadges_app::outbox::deliver_due(&self.app)
            .await
            .expect("the draft's search change is delivered");
    }

    /// Who is acting for the account with this email, signed in.
    pub async fn actor_for(&self, email: &str) -> citybadges_domain::policy::Actor {
        let sid = self.session_for(email).await;
        self.app
            .actor_for_session(Some(sid))
            .await
            .expect("actor")
            .0
    }

    /// A signed-in session for the account with this email.
    pub async fn session_for(&self, email: &str) -> String {
        let email = email.to_string();
        self.app
            .blocking(move |app| {
                let mut conn = app.pool().get()?;
                let user = repo::users::by_email(&mut conn, &email)?.expect("account exists");
                app.session_start(Some(&user))
            })
            .await
            .expect("session")
    }

    /// An API token of `org`, acting for its administrator.
    pub async fn token_for(&self, org: &str) -> String {
        self.member_token(org, &staff_email("admin", org)).await
    }

    /// An API token of `org`, acting for its member `email` (with that person's rights).
    pub async fn member_token(&self, org: &str, email: &str) -> String {
        self.app
            .create_api_token_for_member(org.into(), email.into(), "tests".into())
            .await
            .expect("token")
            .token
    }
}

/// What `TestCity::service` returns, as the helpers that talk to it take it.
pub trait TestService<B>:
    Service<actix_http::Request, Response = ServiceResponse<B>, Error = actix_web::Error>
{
}

impl<S, B> TestService<B> for S where
    S: Service<actix_http::Request, Response = ServiceResponse<B>, Error = actix_web::Error>
{
}

impl TestCity {
    /// The whole web application over this city, as a test service.
    pub async fn service(
        &self,
    ) -> impl Service<
        actix_http::Request,
        Response = ServiceResponse<impl MessageBody>,
        Error = actix_web::Error,
    > {
        test::init_service(citybadges_web::application(self.app.clone())).await
    }

    /// Deliver queued mail and return the newest message to `to`.
    pub async fn last_mail_to(&self, to: &str) -> citybadges_mail::StoredEmail {
        self.mails_to(to)
            .await
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("no mail to {to}"))
    }

    /// Every mail delivered to `to` so far, newest first (after delivering what is due).
    pub async fn mails_to(&self, to: &str) -> Vec<citybadges_mail::StoredEmail> {
        citybadges_app::outbox::deliver_due(&self.app)
            .await
            .expect("outbox delivers");
        let dir = self
            .app
            .mailer()
            .files_dir()
            .expect("mail goes to files in tests")
            .to_path_buf();
        citybadges_mail::read_stored(&dir, usize::MAX)
            .expect("mail folder")
            .into_iter()
            .filter(|m| m.to.contains(to))
            .collect()
    }
}

/// The first link in a mail body that starts with `prefix`, as a path.
pub fn link_in(body: &str, prefix: &str) -> String {
    let start = body
        .find(prefix)
        .unwrap_or_else(|| panic!("no {prefix} link in: {body}"));
    let link: String = body[start..]
        .chars()
        .take_while(|c| !c.is_whitespace())
        .collect();
    link
}

pub fn staff_email(role: &str, org: &str) -> String {
    format!("{role}@{org}.demo.citybadges.org")
}

/// A response, read whole.
pub struct Reply {
    pub status: StatusCode,
    pub headers: header::HeaderMap,
    pub body: String,
    pub bytes: Vec<u8>,
}

impl Reply {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }

    pub fn header(&self, name: &str) -> String {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string()
    }

    /// The value of a `Set-Cookie` for `name`, if any.
    pub fn cookie(&self, name: &str) -> Option<String> {
        self.headers
            .get_all(header::SET_COOKIE)
            .filter_map(|v| v.to_str().ok())
            .find_map(|c| {
                let first = c.split(';').next()?;
                let (k, v) = first.split_once('=')?;
                (k == name && !v.is_empty()).then(|| v.to_string())
            })
    }

    /// The CSRF token a page's forms carry.
    pub fn csrf(&self) -> String {
        let marker = "name=\"csrf_token\" value=\"";
        let start = self
            .body
            .find(marker)
            .expect("the page has a form with a CSRF token")
            + marker.len();
        self.body[start..]
            .split('"')
            .next()
            .unwrap_or_default()
            .to_string()
    }
}

/// Who sends a request.
#[derive(Clone, Debug, Default)]
pub struct Auth {
    pub session: Option<String>,
    pub bearer: Option<String>,
}

impl Auth {
    pub fn session(s: &str) -> Auth {
        Auth {
            session: Some(s.into()),
            bearer: None,
        }
    }
    pub fn bearer(t: &str) -> Auth {
        Auth {
            session: None,
            bearer: Some(t.into()),
        }
    }
}

pub async fn send<S, B>(
    svc: &S,
    method: Method,
    path: &str,
    auth: &Auth,
    body: Option<(&str, Vec<u8>)>,
) -> Reply
where
    S: TestService<B>,
    B: MessageBody,
{
    request(svc, method, path, auth, &[], body).await
}

/// A request with extra headers (Accept, Idempotency-Key, ...).
pub async fn request<S, B>(
    svc: &S,
    method: Method,
    path: &str,
    auth: &Auth,
    headers: &[(&str, &str)],
    body: Option<(&str, Vec<u8>)>,
) -> Reply
where
    S: TestService<B>,
    B: MessageBody,
{
    // Test clients connect from loopback, as every visitor does behind a reverse proxy on the
    // same host; `x-test-peer` names another peer address (and is not sent).
    let mut peer: std::net::SocketAddr = ([127, 0, 0, 1], 40000).into();
    let mut req = test::TestRequest::default().method(method).uri(path);
    for (name, value) in headers {
        if name.eq_ignore_ascii_case("x-test-peer") {
            peer = value
                .parse()
                .expect("x-test-peer is an address like 198.51.100.1:5000");
            continue;
        }
        req = req.insert_header((*name, *value));
    }
    req = req.peer_addr(peer);
    if let Some(s) = &auth.session {
        req = req.insert_header((header::COOKIE, format!("cb_session={s}")));
    }
    if let Some(t) = &auth.bearer {
        req = req.insert_header((header::AUTHORIZATION, format!("Bearer {t}")));
    }
    if let Some((content_type, bytes)) = body {
        req = req
            .insert_header((header::CONTENT_TYPE, content_type))
            .set_payload(bytes);
    }
    let resp = test::call_service(svc, req.to_request()).await;
    let status = resp.status();
    let headers = resp.headers().clone();
    let bytes = test::read_body(resp).await;
    Reply {
        status,
        headers,
        body: String::from_utf8_lossy(&bytes).into_owned(),
        bytes: bytes.to_vec(),
    }
}

/// A GET with extra headers (`Accept-Language`, `x-test-peer`, ...).
pub async fn get_with<S, B>(svc: &S, path: &str, auth: &Auth, headers: &[(&str, &str)]) -> Reply
where
    S: TestService<B>,
    B: MessageBody,
{
    request(svc, Method::GET, path, auth, headers, None).await
}

/// Award organization A's first badge to `email` through the API, as its integration does;
/// returns the award's id.
pub async fn award_first_badge<S, B>(svc: &S, city: &TestCity, email: &str) -> String
where
    S: TestService<B>,
    B: MessageBody,
{
    let badge = public_json(svc, &format!("/api/v1/organizations/{}", org_a())).await["badges"][0]
        ["slug"]
        .as_str()
        .expect("A has a badge")
        .to_string();
    let r = post_json(
        svc,
        &format!("/api/v1/orgs/{}/awards", org_a()),
        &Auth::bearer(&city.token_for(org_a()).await),
        &[],
        &serde_json::json!({ "recipient_email": email, "achievement": badge }),
    )
    .await;
    assert_eq!(r.status, 201, "{}", r.body);
    r.json()["id"].as_str().expect("an award id").to_string()
}

/// What `path` answers a reader who is not signed in, as JSON.
pub async fn public_json<S, B>(svc: &S, path: &str) -> serde_json::Value
where
    S: TestService<B>,
    B: MessageBody,
{
    get(svc, path, &Auth::default()).await.json()
}

/// The slug of organization A's first badge, as its public API lists them.
pub async fn badge_of_a<S, B>(svc: &S) -> String
where
    S: TestService<B>,
    B: MessageBody,
{
    let org = public_json(svc, &format!("/api/v1/organizations/{}", org_a())).await;
    org["badges"][0]["slug"]
        .as_str()
        .expect("A has badges")
        .to_owned()
}

/// POST a JSON body.
pub async fn post_json<S, B>(
    svc: &S,
    path: &str,
    auth: &Auth,
    headers: &[(&str, &str)],
    json: &serde_json::Value,
) -> Reply
where
    S: TestService<B>,
    B: MessageBody,
{
    request(
        svc,
        Method::POST,
        path,
        auth,
        headers,
        Some(("application/json", json.to_string().into_bytes())),
    )
    .await
}

/// A multipart/form-data body with one file field and text fields.
pub fn multipart(file: Option<(&str, &[u8])>, fields: &[(&str, &str)]) -> (String, Vec<u8>) {
    let boundary = "----citybadges-test-boundary";
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n")
                .as_bytes(),
        );
    }
    if let Some((name, bytes)) = file {
        body.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"badge\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

pub async fn get<S, B>(svc: &S, path: &str, auth: &Auth) -> Reply
where
    S: TestService<B>,
    B: MessageBody,
{
    send(svc, Method::GET, path, auth, None).await
}

/// Post a urlencoded form.
pub async fn post_form<S, B>(svc: &S, path: &str, auth: &Auth, fields: &[(&str, &str)]) -> Reply
where
    S: TestService<B>,
    B: MessageBody,
{
    let body = serde_urlencoded::to_string(fields).expect("form encodes");
    send(
        svc,
        Method::POST,
        path,
        auth,
        Some(("application/x-www-form-urlencoded", body.into_bytes())),
    )
    .await
}

/// Every route the server answers, as (METHOD, pattern), enumerated from the router's own
/// registration.
pub fn declared_routes() -> Vec<(String, String)> {
    citybadges_web::routes::all()
        .into_iter()
        .map(|(m, p)| (m.to_string(), p))
        .collect()
}
