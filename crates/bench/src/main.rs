//! `citybadges-bench generate --scale 1 --database-url sqlite://bench.db`: a city at Chicago scale.

use anyhow::Result;
use citybadges_app::demo::Plan;
use clap::{Parser, Subcommand, ValueEnum};

/// Which queries a search benchmark sends.
#[derive(Clone, Copy, ValueEnum)]
enum Mix {
    /// The dozen typical queries, over and over.
    Typical,
    /// 1,200 different generated queries (`search::varied`).
    Varied,
}

impl Mix {
    /// One pass of this mix (the typical dozen, or the 1,200 varied queries).
    fn queries(self) -> Vec<String> {
        match self {
            Mix::Typical => citybadges_bench::search::TYPICAL
                .iter()
                .map(|q| q.to_string())
                .collect(),
            Mix::Varied => citybadges_bench::search::varied(1200),
        }
    }
}

#[derive(Parser)]
#[command(name = "citybadges-bench", about = "CityBadges benchmark tools")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Generate a city into an empty database: Chicago City of Learning's size times --scale
    /// (140 organizations, 5,000 activities, 100,000 youth, 1,000,000 enrollments per unit).
    Generate {
        /// postgres://... or sqlite://PATH (created if missing).
        #[arg(long, env = "DATABASE_URL")]
        database_url: String,
        #[arg(long, default_value_t = 1)]
        scale: usize,
        #[arg(long, default_value_t = 2026)]
        seed: u64,
        /// Override the number of youth (for quick runs).
        #[arg(long)]
        youth: Option<usize>,
        /// Override the number of enrollments.
        #[arg(long)]
        enrollments: Option<usize>,
    },
    /// Index a generated database into a fresh embedded index and time typical queries in process.
    Search {
        #[arg(long, env = "DATABASE_URL")]
        database_url: String,
        /// How many times to run the set of typical queries.
        #[arg(long, default_value_t = 100)]
        rounds: usize,
        /// Time these query strings instead of the typical set (repeatable), e.g. `q=robot&age=12`.
        #[arg(long = "query")]
        queries: Vec<String>,
        #[arg(long, value_enum, default_value = "typical")]
        mix: Mix,
    },
    /// Load a running server over HTTP (this machine only) and report qps and latency: its search
    /// (the default), or with --route the public pages and listing APIs, one after the other.
    Load {
        #[arg(long, default_value = "http://127.0.0.1:8080")]
        url: String,
        #[arg(long, default_value_t = 16)]
        concurrency: usize,
        /// Seconds of load (per route with --route).
        #[arg(long, default_value_t = 20)]
        seconds: u64,
        /// Request the search page (HTML) instead of the JSON API.
        #[arg(long)]
        pages: bool,
        #[arg(long, value_enum, default_value = "typical")]
        mix: Mix,
        /// Load these public routes instead of search, each for --seconds, and print a table
        /// (repeatable; `all` for every one): home, activities, orgs, org, activity, badge,
        /// api-activities, api-activities-filtered, api-organizations, session-ics; and as the
        /// generated city's first youth, signed in: schedule, api-my-enrollments, backpack,
        /// api-my-backpack, me, api-my-export, mail-settings, public-profile; the demo guardian, signed
        /// in: guardian.
        #[arg(long = "route")]
        routes: Vec<String>,
        /// Seconds of unmeasured load before each route (fills caches, as a running site has).
        #[arg(long, default_value_t = 1)]
        warmup: u64,
        /// Report the peak resident memory of this server process while loading (Linux).
        #[arg(long)]
        server_pid: Option<u32>,
    },
    /// Award one badge to --count new recipients in one batch (seeding the demo city into an
    /// empty database first) and time it end to end: credentials signed, emails queued.
    Awards {
        #[arg(long, env = "DATABASE_URL")]
        database_url: String,
        #[arg(long, default_value_t = 10_000)]
        count: usize,
        /// Keeps the master key sealing issuer keys between runs on one database.
        #[arg(long, default_value = "bench-data")]
        data_dir: std::path::PathBuf,
    },
    /// Print the content digest of a generated database (same seed, same digest).
    Digest {
        #[arg(long, env = "DATABASE_URL")]
        database_url: String,
    },
}

fn main() -> Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    match Cli::parse().command {
        Command::Search { database_url, rounds, queries, mix } => runtime.block_on(async {
            let dir = tempfile::tempdir()?;
            let (app, n, took) = citybadges_bench::search::index(&database_url, dir.path()).await?;
            println!("indexed {n} documents in {:.2} s ({:.0} documents/s)", took.as_secs_f64(), n as f64 / took.as_secs_f64());
            // Warm up, then measure.
            let set = mix.queries();
            citybadges_bench::search::in_process(&app, &set, 1).await?;
            // Each typical query (or each --query) timed on its own; the varied mix only overall.
            let timed = match (queries.is_empty(), mix) {
                (false, _) => queries,
                (true, Mix::Typical) => set.clone(),
                (true, Mix::Varied) => Vec::new(),
            };
            for q in &timed {
                let t = std::time::Instant::now();
                for _ in 0..10 {
                    app.search_catalog(citybadges_app::search::from_query_string(q).map_err(|e| anyhow::anyhow!("{e}"))?).await.map_err(|e| anyhow::anyhow!("{e}"))?;
                }
                eprintln!("  {:>8.2} ms  {q}", t.elapsed().as_secs_f64() * 100.0);
            }
            // The varied mix is already 100 times the typical dozen: one pass per 100 rounds.
            let passes = match mix { Mix::Typical => rounds, Mix::Varied => rounds.div_ceil(100) };
            let l = citybadges_bench::search::in_process(&app, &set, passes).await?;
            println!(
                "in process, one at a time: {} queries, p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms, {:.0} queries/s",
                l.count,
                l.p50.as_secs_f64() * 1e3,
                l.p99.as_secs_f64() * 1e3,
                l.max.as_secs_f64() * 1e3,
                l.per_second
            );
            Ok::<(), anyhow::Error>(())
        })?,
        Command::Load { url, concurrency, seconds, routes, warmup, server_pid, .. } if !routes.is_empty() => runtime.block_on(async {
            use citybadges_bench::load;
            let found = load::public_routes(&url, &routes).await?;
            println!("{concurrency} clients, {seconds} s per route after {warmup} s of warm-up, {url}");
            println!();
            println!("| route | paths | requests/s | p50 ms | p99 ms | max ms | errors | peak RSS MiB (anon + file) |");
            println!("|---|---|---|---|---|---|---|---|");
            for r in found {
                if warmup > 0 {
                    load::run(&url, &r.paths, r.cookie.as_deref(), concurrency, std::time::Duration::from_secs(warmup)).await?;
                }
                let (res, rss) = load::peak_rss_during(
                    server_pid,
                    load::run(&url, &r.paths, r.cookie.as_deref(), concurrency, std::time::Duration::from_secs(seconds)),
                )
                .await;
                let (l, errors) = res?;
                let mib = |k: u64| k as f64 / 1024.0;
                let rss = rss.map_or("".into(), |m| {
                    format!("{:.0} ({:.0} + {:.0})", mib(m.total_kib), mib(m.anon_kib), mib(m.file_kib))
                });
                let example = match r.paths.len() {
                    1 => format!("`{}`", r.paths[0]),
                    n => format!("{n}, e.g. `{}`", r.paths[0]),
                };
                let rate = if l.per_second < 10.0 {
                    format!("{:.1}", l.per_second)
                } else {
                    format!("{:.0}", l.per_second)
                };
                println!(
                    "| {} | {example} | {rate} | {:.2} | {:.2} | {:.2} | {errors} | {rss} |",
                    r.name,
                    l.p50.as_secs_f64() * 1e3,
                    l.p99.as_secs_f64() * 1e3,
                    l.max.as_secs_f64() * 1e3
                );
            }
            Ok::<(), anyhow::Error>(())
        })?,
        Command::Load { url, concurrency, seconds, pages, mix, .. } => runtime.block_on(async {
            let prefix = if pages { "/activities?" } else { "/api/v1/search?" };
            let paths: Vec<String> = mix.queries().iter().map(|q| format!("{prefix}{q}")).collect();
            let (l, errors) = citybadges_bench::load::run(&url, &paths, None, concurrency, std::time::Duration::from_secs(seconds)).await?;
            println!(
                "{} over HTTP, {concurrency} clients, {seconds} s: {} requests ({errors} errors), {:.0} requests/s, p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
                if pages { "search page" } else { "search API" },
                l.count,
                l.per_second,
                l.p50.as_secs_f64() * 1e3,
                l.p99.as_secs_f64() * 1e3,
                l.max.as_secs_f64() * 1e3
            );
            Ok::<(), anyhow::Error>(())
        })?,
        Command::Generate {
            database_url,
            scale,
            seed,
            youth,
            enrollments,
        } => {
            let mut plan = Plan {
                seed,
                ..Plan::chicago(scale.max(1))
            };
            if let Some(y) = youth {
                plan.youth = y;
            }
            if let Some(e) = enrollments {
                plan.enrollments = e;
            }
            eprintln!("generating {plan:?}");
            let report =
                citybadges_bench::generate::generate(&database_url, &plan, &mut |t, step| {
                    eprintln!("[{:>7.1}s] {step}", t.as_secs_f64());
                })?;
            let s = &report.summary;
            let secs = report.elapsed.as_secs_f64();
            println!(
                "{}: {} organizations, {} activities, {} badges, {} youth, {} staff, {} enrollments in {secs:.1} s ({:.0} rows/s)",
                report.backend,
                s.organizations,
                s.activities,
                s.badges,
                s.youth,
                s.staff,
                s.enrollments,
                (s.youth + s.enrollments + s.activities) as f64 / secs
            );
        }
        Command::Awards { database_url, count, data_dir } => runtime.block_on(async {
            let r = citybadges_bench::awards::bulk(&database_url, &data_dir, count).await?;
            println!(
                "{}: awarded {} badges in {:.2} s ({:.0} awards/s), {} emails queued",
                r.backend,
                r.awarded,
                r.elapsed.as_secs_f64(),
                r.awarded as f64 / r.elapsed.as_secs_f64(),
                r.emails_queued
            );
            Ok::<(), anyhow::Error>(())
        })?,
        Command::Digest { database_url } => println!(
            "{}",
            citybadges_bench::generate::content_digest(&database_url)?
        ),
    }
    Ok(())
}
