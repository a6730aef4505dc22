//! `citybadges-bench generate --scale 1 --database-url sqlite://bench.db`: a city at Chicago scale.

use anyhow::Result;
use citybadges_app::demo::Plan;
use clap::{Parser, Subcommand};

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
    /// Print the content digest of a generated database (same seed, same digest).
    Digest {
        #[arg(long, env = "DATABASE_URL")]
        database_url: String,
    },
}

fn main() -> Result<()> {
    match Cli::parse().command {
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
        Command::Digest { database_url } => println!(
            "{}",
            citybadges_bench::generate::content_digest(&database_url)?
        ),
    }
    Ok(())
}
