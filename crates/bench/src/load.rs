//! A small HTTP load driver: N concurrent clients request a list of paths in turn for a fixed
//! time against a server on this machine, and report throughput and latency.

use crate::search::{summarize, Latency};
use anyhow::{anyhow, Result};
use std::time::{Duration, Instant};

pub async fn run(
    base: &str,
    paths: &[String],
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
        tasks.push(tokio::spawn(async move {
            let mut samples = Vec::new();
            let mut errors = 0usize;
            let mut i = worker;
            while Instant::now() < deadline {
                let path = &paths[i % paths.len()];
                i += 1;
                let t = Instant::now();
                match client.get(format!("{base}{path}")).send().await {
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
