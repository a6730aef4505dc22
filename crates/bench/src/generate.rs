//! Fill an empty database (SQLite or PostgreSQL) with a city at scale, in bulk inserts, the same
//! for the same seed.

use anyhow::{anyhow, Result};
use citybadges_app::demo::{self, Plan, Summary};
use citybadges_store::{migrate, open_pool, PoolOptions};
use std::time::{Duration, Instant};

pub struct Report {
    pub summary: Summary,
    pub elapsed: Duration,
    pub backend: &'static str,
}

/// Migrate `database_url` and seed `plan` into it; `progress` hears each step with the time so far.
pub fn generate(
    database_url: &str,
    plan: &Plan,
    progress: &mut dyn FnMut(Duration, &str),
) -> Result<Report> {
    let pool = open_pool(
        database_url,
        &PoolOptions {
            max_size: 2,
            ..Default::default()
        },
    )?;
    let backend = pool.backend().name();
    let mut conn = pool.get()?;
    migrate::run_pending(&mut conn)?;
    let started = Instant::now();
    // No issuer: the bench city holds no awards (`bench awards` measures issuing on its own).
    let summary = demo::seed(&mut conn, plan, None, &mut |step| {
        progress(started.elapsed(), step)
    })
    .map_err(|e| anyhow!("{e}"))?;
    let elapsed = started.elapsed();
    // Fresh planner statistics: a bulk load leaves none until autovacuum (if it runs at all)
    // gets to it, and without them PostgreSQL plans the catalog's joins for a handful of rows.
    // On PostgreSQL, vacuum too: until the visibility map is set, an index cannot answer a count
    // alone, and the search index's first build counts 10,000,000 enrollments from the heap (over
    // 20 minutes at 10x Chicago; 15 s once vacuumed). SQLite's VACUUM would rewrite the file.
    let (sql, step) = match &*conn {
        citybadges_store::AnyConnection::Postgresql(_) => (
            "VACUUM (ANALYZE)",
            "visibility map and planner statistics (VACUUM ANALYZE)",
        ),
        citybadges_store::AnyConnection::Sqlite(_) => {
            ("ANALYZE", "planner statistics gathered (ANALYZE)")
        }
    };
    {
        use diesel::connection::SimpleConnection;
        conn.batch_execute(sql)?;
    }
    progress(started.elapsed(), step);
    Ok(Report {
        summary,
        elapsed,
        backend,
    })
}

/// A digest of the generated content that does not depend on the day it was generated: used to
/// check that a seed always gives the same city.
pub fn content_digest(database_url: &str) -> Result<String> {
    use diesel::prelude::*;
    use sha2::{Digest, Sha256};
    let pool = open_pool(database_url, &PoolOptions::default())?;
    let mut conn = pool.get()?;
    let mut h = Sha256::new();
    let queries = [
        "SELECT id || slug || name || kind || status AS v FROM organizations ORDER BY id",
        "SELECT id || organization_id || slug || title || format || cost_cents AS v FROM activities ORDER BY id",
        "SELECT id || organization_id || slug || name AS v FROM achievements ORDER BY id",
        "SELECT id || email || display_name || username || account_kind AS v FROM users ORDER BY id",
        "SELECT user_id || activity_id || status AS v FROM enrollments ORDER BY user_id, activity_id",
        "SELECT activity_id || topic_id AS v FROM activity_topics ORDER BY activity_id, topic_id",
    ];
    #[derive(QueryableByName)]
    struct V {
        #[diesel(sql_type = diesel::sql_types::Text)]
        v: String,
    }
    for q in queries {
        for row in diesel::sql_query(q).load::<V>(&mut *conn)? {
            h.update(row.v.as_bytes());
            h.update(b"\n");
        }
    }
    Ok(hex::encode(h.finalize()))
}
