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

/// `n` different queries, the same on every run: words of the catalog's titles (some with a typo,
/// some cut short as while typing) and random combinations of the filters, sorts and places people
/// use. Measures the engine on a spread of queries, not a dozen it may keep warm.
pub fn varied(n: usize) -> Vec<String> {
    use citybadges_app::demo::data::{NEIGHBOURHOODS, ORGS, TOPICS};
    let mut words: Vec<String> = ORGS
        .iter()
        .flat_map(|o| o.activities.iter())
        .flat_map(|a| a.title.split(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().count() >= 4)
        .map(str::to_lowercase)
        .collect();
    words.sort();
    words.dedup();
    let mut rng = Lcg(0x5eed);
    let pick = |rng: &mut Lcg, len: usize| (rng.next() % len as u64) as usize;
    let mut out = Vec::with_capacity(n);
    for _ in 0..n {
        let mut q: Vec<String> = Vec::new();
        if !rng.next().is_multiple_of(3) {
            let mut w: Vec<char> = words[pick(&mut rng, words.len())].chars().collect();
            match rng.next() % 4 {
                0 if w.len() > 5 => {
                    // a typo: two letters swapped
                    let i = 1 + pick(&mut rng, w.len() - 3);
                    w.swap(i, i + 1);
                }
                1 => w.truncate(3.max(w.len() / 2)), // still typing
                _ => {}
            }
            q.push(format!("q={}", w.into_iter().collect::<String>()));
        }
        let filters = 1 + pick(&mut rng, 3);
        for _ in 0..filters {
            q.push(match rng.next() % 9 {
                0 => format!("topic={}", TOPICS[pick(&mut rng, TOPICS.len())].slug),
                1 => format!("age={}", 8 + pick(&mut rng, 11)),
                2 => "free=true".into(),
                3 => ["day=sat,sun", "day=mon", "day=wed,thu"][pick(&mut rng, 3)].into(),
                4 => ["time=morning", "time=afternoon", "time=evening"][pick(&mut rng, 3)].into(),
                5 => {
                    ["format=in_person", "format=online", "format=hybrid"][pick(&mut rng, 3)].into()
                }
                6 => {
                    let h = &NEIGHBOURHOODS[pick(&mut rng, NEIGHBOURHOODS.len())];
                    format!("neighbourhood={}", h.slug)
                }
                7 => {
                    let h = &NEIGHBOURHOODS[pick(&mut rng, NEIGHBOURHOODS.len())];
                    format!(
                        "lat={}&lng={}&radius_km={}",
                        h.lat,
                        h.lng,
                        1 + pick(&mut rng, 8)
                    )
                }
                _ => ["badge=any", "spots=1", "org_kind=museum,library"][pick(&mut rng, 3)].into(),
            });
        }
        if rng.next().is_multiple_of(4) {
            q.push(["sort=soonest", "sort=newest"][pick(&mut rng, 2)].into());
        }
        out.push(q.join("&"));
    }
    out
}

/// A tiny fixed-seed generator: the mix must be the same on every machine and run.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
}

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

/// Run every query `rounds` times, one after another, in process.
pub async fn in_process(app: &App, queries: &[String], rounds: usize) -> Result<Latency> {
    let mut samples = Vec::with_capacity(rounds * queries.len());
    let started = Instant::now();
    for _ in 0..rounds {
        for q in queries {
            let t = Instant::now();
            let params = from_query_string(q).map_err(|e| anyhow!("{q}: {e}"))?;
            let page = app
                .search_catalog(params)
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
