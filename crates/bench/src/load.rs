//! A small HTTP load driver: N concurrent clients request a list of paths in turn for a fixed
//! time against a server on this machine, and report throughput and latency.

use crate::search::{summarize, Latency};
use anyhow::{anyhow, Result};
use citybadges_domain::ActivityFormat;
use std::time::{Duration, Instant};

pub async fn run(
    base: &str,
    paths: &[String],
    cookie: Option<&str>,
    concurrency: usize,
    duration: Duration,
) -> Result<(Latency, usize)> {
    let url = url::Url::parse(base).map_err(|e| anyhow!("--url: {e}"))?;
    if !matches!(
        url.host_str(),
        Some("127.0.0.1" | "localhost" | "[::1]" | "::1")
    ) {
        return Err(anyhow!(
            "the load driver only targets this machine (127.0.0.1, localhost, ::1)"
        ));
    }
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(concurrency)
        .build()?;
    let deadline = Instant::now() + duration;
    let started = Instant::now();
    let mut tasks = Vec::new();
    for worker in 0..concurrency.max(1) {
        let client = client.clone();
        let base = base.trim_end_matches('/').to_string();
        let paths = paths.to_vec();
        let cookie = cookie.map(|c| format!("cb_session={c}"));
        tasks.push(tokio::spawn(async move {
            let mut samples = Vec::new();
            let mut errors = 0usize;
            let mut i = worker;
            while Instant::now() < deadline {
                let path = &paths[i % paths.len()];
                i += 1;
                let t = Instant::now();
                let mut req = client.get(format!("{base}{path}"));
                if let Some(c) = &cookie {
                    req = req.header(reqwest::header::COOKIE, c);
                }
                match req.send().await {
                    Ok(r) if r.status().is_success() => {
                        let _ = r.bytes().await;
                        samples.push(t.elapsed());
                    }
                    _ => errors += 1,
                }
            }
            (samples, errors)
        }));
    }
    let mut all = Vec::new();
    let mut errors = 0;
    for t in tasks {
        let (s, e) = t.await?;
        all.extend(s);
        errors += e;
    }
    Ok((summarize(all, started.elapsed()), errors))
}

/// One public page or listing API, with the paths its clients cycle through.
pub struct Route {
    pub name: &'static str,
    pub paths: Vec<String>,
    /// The session cookie of a signed-in youth, for a youth's own pages.
    pub cookie: Option<String>,
}

/// Every public route of the catalog the issue names: `/`, `/activities`, `/orgs`, an
/// organization, an activity and a badge page, `/api/v1/activities` plain and filtered,
/// `/api/v1/organizations`; a session's calendar file; and a signed-in youth's schedule and
/// backpack, as pages and through the API, their account page and the zip of their data (signed
/// in through the login form as the generator's first youth), their mail settings and their public
/// page of badges (turned on first, read without a cookie); and the demo guardian's page of their
/// two children.
/// Slugs are discovered from the server's own API (the first 300 activities and organizations),
/// so the same command works on any generated city.
pub const ROUTES: &[&str] = &[
    "home",
    "activities",
    "orgs",
    "org",
    "activity",
    "badge",
    "api-activities",
    "api-activities-filtered",
    "api-organizations",
    "session-ics",
    "schedule",
    "api-my-enrollments",
    "backpack",
    "api-my-backpack",
    "me",
    "api-my-export",
    "mail-settings",
    "public-profile",
    "guardian",
];

/// The youth the signed-in routes sign in as (the generator's first; every account of a
/// generated city has the demo password).
const YOUTH: &str = "youth00001@demo.citybadges.org";

/// A `Set-Cookie`'s `cb_session` value.
fn session_cookie(r: &reqwest::Response) -> Option<String> {
    r.headers()
        .get_all(reqwest::header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|c| {
            let (k, v) = c.split(';').next()?.split_once('=')?;
            (k == "cb_session" && !v.is_empty()).then(|| v.to_string())
        })
}

/// The CSRF token of a page's forms.
fn csrf_in(page: &str, path: &str) -> Result<String> {
    page.split_once("name=\"csrf_token\" value=\"")
        .and_then(|(_, rest)| rest.split('"').next())
        .map(str::to_string)
        .ok_or(anyhow!("{path} has no CSRF token"))
}

/// Sign in through the login form as a browser does (its cookie and CSRF token first).
async fn sign_in(base: &str, email: &str) -> Result<String> {
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    let form = client.get(format!("{base}/login")).send().await?;
    let anonymous = session_cookie(&form).ok_or(anyhow!("/login set no session cookie"))?;
    let csrf = csrf_in(&form.text().await?, "/login")?;
    let signed = client
        .post(format!("{base}/login"))
        .header(reqwest::header::COOKIE, format!("cb_session={anonymous}"))
        .form(&[
            ("csrf_token", csrf.as_str()),
            ("email", email),
            ("password", citybadges_app::demo::DEMO_PASSWORD),
        ])
        .send()
        .await?;
    session_cookie(&signed).ok_or(anyhow!(
        "signing in as {email} failed ({}): is this a generated city?",
        signed.status()
    ))
}

/// Turn the signed-in youth's public page of badges on (as the backpack's form does) and return
/// its path.
async fn share_profile(base: &str, cookie: &str) -> Result<String> {
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    let with_cookie = |r: reqwest::RequestBuilder| {
        r.header(reqwest::header::COOKIE, format!("cb_session={cookie}"))
    };
    let me: serde_json::Value = with_cookie(client.get(format!("{base}/api/v1/me")))
        .send()
        .await?
        .json()
        .await?;
    let handle = me["user"]["username"]
        .as_str()
        .ok_or(anyhow!("/api/v1/me has no username"))?
        .to_string();
    let page = with_cookie(client.get(format!("{base}/me/backpack")))
        .send()
        .await?
        .text()
        .await?;
    let csrf = csrf_in(&page, "/me/backpack")?;
    let r = with_cookie(client.post(format!("{base}/me/profile")))
        .form(&[("csrf_token", csrf.as_str()), ("public", "on")])
        .send()
        .await?;
    if r.status() != reqwest::StatusCode::SEE_OTHER {
        return Err(anyhow!("turning the public page on: {}", r.status()));
    }
    Ok(format!("/u/{handle}"))
}

pub async fn public_routes(base: &str, wanted: &[String]) -> Result<Vec<Route>> {
    let base = base.trim_end_matches('/');
    let client = reqwest::Client::new();
    let get = |path: String| {
        let client = client.clone();
        async move {
            let r = client.get(format!("{base}{path}")).send().await?;
            if !r.status().is_success() {
                return Err(anyhow!("{path}: {}", r.status()));
            }
            Ok::<serde_json::Value, anyhow::Error>(r.json().await?)
        }
    };
    let strings = |v: &serde_json::Value, list: &str, field: &str| -> Vec<String> {
        v[list]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|i| i[field].as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default()
    };
    let city = get("/api/v1/city".into()).await?;
    let topics = strings(&city, "topics", "slug");
    let hoods = strings(&city, "neighbourhoods", "slug");
    let (mut orgs, mut activities, mut badges) = (Vec::new(), Vec::new(), Vec::new());
    let mut sessions = Vec::new();
    for page in 1..=3 {
        let o = get(format!("/api/v1/organizations?per_page=100&page={page}")).await?;
        orgs.extend(strings(&o, "items", "url"));
        let a = get(format!(
            "/api/v1/activities?per_page=100&page={page}&sort=newest"
        ))
        .await?;
        activities.extend(strings(&a, "items", "url"));
        for item in a["items"].as_array().into_iter().flatten() {
            if let Some(id) = item["next_session"]["id"].as_str() {
                sessions.push(format!("/sessions/{id}.ics"));
            }
            let org = item["organization"]["slug"].as_str().unwrap_or_default();
            for b in item["badges"].as_array().into_iter().flatten() {
                if let Some(slug) = b["slug"].as_str() {
                    badges.push(format!("/orgs/{org}/badges/{slug}"));
                }
            }
        }
    }
    badges.sort();
    badges.dedup();
    if orgs.is_empty() || activities.is_empty() || badges.is_empty() || topics.is_empty() {
        return Err(anyhow!(
            "the city has no organizations, activities, badges or topics to load"
        ));
    }
    // Filters people use on the listing, one to three at a time, the same on every run.
    let mut filtered = Vec::new();
    for (i, t) in topics.iter().enumerate() {
        filtered.push(format!("/api/v1/activities?topic={t}"));
        filtered.push(format!(
            "/api/v1/activities?topic={t}&age={}&free=true",
            8 + i % 11
        ));
    }
    for (i, h) in hoods.iter().enumerate() {
        filtered.push(format!("/api/v1/activities?neighbourhood={h}"));
        let format = ActivityFormat::ALL[i % ActivityFormat::ALL.len()];
        filtered.push(format!(
            "/api/v1/activities?neighbourhood={h}&format={format}&sort=newest"
        ));
    }
    for age in 8..=18 {
        filtered.push(format!("/api/v1/activities?age={age}"));
    }
    filtered.push("/api/v1/activities?free=true".into());
    filtered.push("/api/v1/activities?format=online&per_page=50".into());
    filtered.push("/api/v1/activities?sort=title&page=2".into());
    let wants = |name: &str| wanted.is_empty() || wanted.iter().any(|w| w == name || w == "all");
    let signed_in = [
        "schedule",
        "api-my-enrollments",
        "backpack",
        "api-my-backpack",
        "me",
        "api-my-export",
        "mail-settings",
        "public-profile",
    ];
    let youth = if signed_in.iter().any(|r| wants(r)) {
        Some(sign_in(base, YOUTH).await?)
    } else {
        None
    };
    let profile = match (&youth, wants("public-profile")) {
        (Some(cookie), true) => Some(share_profile(base, cookie).await?),
        _ => None,
    };
    let guardian = if wants("guardian") {
        Some(sign_in(base, citybadges_app::demo::GUARDIAN_EMAIL).await?)
    } else {
        None
    };
    let mut routes = Vec::new();
    for name in ROUTES {
        if !wanted.is_empty() && !wanted.iter().any(|w| w == name || w == "all") {
            continue;
        }
        if *name == "session-ics" && sessions.is_empty() {
            return Err(anyhow!(
                "no activity of the first 300 has a session to come"
            ));
        }
        let paths = match *name {
            "home" => vec!["/".to_string()],
            "activities" => vec!["/activities".to_string()],
            "orgs" => vec!["/orgs".to_string()],
            "org" => orgs.clone(),
            "activity" => activities.clone(),
            "badge" => badges.clone(),
            "api-activities" => vec!["/api/v1/activities".to_string()],
            "api-activities-filtered" => filtered.clone(),
            "api-organizations" => vec!["/api/v1/organizations".to_string()],
            "session-ics" => sessions.clone(),
            "schedule" => vec!["/me/schedule".to_string()],
            "api-my-enrollments" => vec!["/api/v1/me/enrollments".to_string()],
            "backpack" => vec!["/me/backpack".to_string()],
            "api-my-backpack" => vec!["/api/v1/me/backpack".to_string()],
            "me" => vec!["/me".to_string()],
            "api-my-export" => vec!["/api/v1/me/export".to_string()],
            "guardian" => vec!["/guardian".to_string()],
            "mail-settings" => vec!["/me/mail".to_string()],
            // Anyone reads a public page: no cookie.
            "public-profile" => profile.clone().into_iter().collect(),
            _ => continue,
        };
        let cookie = if *name == "guardian" {
            guardian.clone()
        } else if *name == "public-profile" {
            None
        } else {
            signed_in.contains(name).then(|| youth.clone()).flatten()
        };
        routes.push(Route {
            name,
            paths,
            cookie,
        });
    }
    for w in wanted {
        if w != "all" && !ROUTES.contains(&w.as_str()) {
            return Err(anyhow!(
                "unknown route '{w}' (one of: all, {})",
                ROUTES.join(", ")
            ));
        }
    }
    Ok(routes)
}

/// Resident memory of a process, from `/proc/PID/status` (Linux), in KiB: total, anonymous
/// (heap, stacks) and file-backed (the memory-mapped search index, the binary).
#[derive(Debug, Clone, Copy, Default)]
pub struct Rss {
    pub total_kib: u64,
    pub anon_kib: u64,
    pub file_kib: u64,
}

pub fn rss_of(pid: u32) -> Option<Rss> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|n| n.parse::<u64>().ok())
            .unwrap_or(0)
    };
    Some(Rss {
        total_kib: field("VmRSS:"),
        anon_kib: field("RssAnon:"),
        file_kib: field("RssFile:") + field("RssShmem:"),
    })
}

/// The largest resident size seen while `work` runs, sampled every 100 ms.
pub async fn peak_rss_during<T>(
    pid: Option<u32>,
    work: impl std::future::Future<Output = T>,
) -> (T, Option<Rss>) {
    let Some(pid) = pid else {
        return (work.await, None);
    };
    let peak = std::sync::Arc::new(std::sync::Mutex::new(rss_of(pid)));
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let sampler = {
        let (peak, done) = (peak.clone(), done.clone());
        tokio::spawn(async move {
            while !done.load(std::sync::atomic::Ordering::Relaxed) {
                tokio::time::sleep(Duration::from_millis(100)).await;
                if let (Some(now), Ok(mut p)) = (rss_of(pid), peak.lock()) {
                    if p.is_none_or(|p| now.total_kib > p.total_kib) {
                        *p = Some(now);
                    }
                }
            }
        })
    };
    let out = work.await;
    done.store(true, std::sync::atomic::Ordering::Relaxed);
    let _ = sampler.await;
    let peak = peak.lock().ok().and_then(|p| *p);
    (out, peak)
}
