//! Search benchmarks: index a generated city into a fresh embedded index, then time typical
//! faceted queries in process.

use anyhow::{anyhow, Result};
use citybadges_app::config::Settings;
use citybadges_app::search::from_query_string;
use citybadges_app::App;
use std::time::{Duration, Instant};

/// Queries people typically send: text with typos, facets, filters, distance.
pub const TYPICAL: &[&str] = &[
    "q=robotics",
    "q=robtics&topic=technology",
    "q=photo&free=true",
    "topic=science&age=14",
    "topic=arts,making-building&free=1&day=sat,sun",
    "q=coding+club&age=12&format=in_person",
    "neighbourhood=foundry-row&sort=soonest",
    "lat=41.88&lng=-87.63&radius_km=3&sort=nearest",
    "q=music&time=evening",
    "badge=any&spots=1&sort=newest",
    "q=scien",
    "org_kind=museum,library&age=16",
];

pub struct Latency {
    pub count: usize,
    pub p50: Duration,
    pub p99: Duration,
    pub max: Duration,
    pub per_second: f64,
}

pub fn summarize(mut samples: Vec<Duration>, wall: Duration) -> Latency {
    samples.sort();
    let at = |q: f64| {
        samples
            .get(((samples.len() as f64 - 1.0) * q).round() as usize)
            .copied()
            .unwrap_or_default()
    };
    Latency {
        count: samples.len(),
        p50: at(0.50),
        p99: at(0.99),
        max: samples.last().copied().unwrap_or_default(),
        per_second: samples.len() as f64 / wall.as_secs_f64().max(1e-9),
    }
}

/// Index `database_url` into a new embedded index in `data_dir`; returns (documents, seconds).
pub async fn index(
    database_url: &str,
    data_dir: &std::path::Path,
) -> Result<(App, usize, Duration)> {
    let mut settings = Settings::for_data_dir(data_dir);
    settings.database.url = database_url.to_string();
    let app = App::start(settings).await.map_err(|e| anyhow!("{e}"))?;
    let started = Instant::now();
    let n = app
        .rebuild_search_index()
        .await
        .map_err(|e| anyhow!("{e}"))?;
    Ok((app, n, started.elapsed()))
}

/// Run every typical query `rounds` times, one after another, in process.
pub async fn in_process(app: &App, rounds: usize) -> Result<Latency> {
    let mut samples = Vec::with_capacity(rounds * TYPICAL.len());
    let started = Instant::now();
    for _ in 0..rounds {
        for q in TYPICAL {
            let t = Instant::now();
            let page = app
                .search_catalog(from_query_string(q))
                .await
                .map_err(|e| anyhow!("{q}: {e}"))?;
            samples.push(t.elapsed());
            if page.degraded {
                return Err(anyhow!("{q}: search answered from the fallback"));
            }
        }
    }
    Ok(summarize(samples, started.elapsed()))
}
