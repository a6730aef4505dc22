//! Bulk awarding: one request awarding a badge to N people, end to end (checks, status-list
//! bits, N signed credentials, N awards, N queued emails, one transaction).

use anyhow::{anyhow, Context, Result};
use citybadges_app::config::Settings;
use citybadges_app::demo::Plan;
use citybadges_app::issuing::awards::AwardInput;
use citybadges_app::App;
use std::time::{Duration, Instant};

pub struct BulkReport {
    pub backend: String,
    pub awarded: usize,
    pub elapsed: Duration,
    pub emails_queued: i64,
}

/// Seeds the demo city into an empty database (unless it holds one), then awards one badge of
/// the first organization to `count` new recipients in one batch.
pub async fn bulk(
    database_url: &str,
    data_dir: &std::path::Path,
    count: usize,
) -> Result<BulkReport> {
    // The data dir keeps the master key that seals the issuers' keys between runs.
    let mut settings = Settings::for_data_dir(data_dir);
    settings.database.url = database_url.to_owned();
    let app = App::start(settings).await.map_err(|e| anyhow!("{e}"))?;
    let slug = citybadges_app::demo::data::ORGS[0].slug.to_owned();
    if app.organization_page(slug.clone(), None).await.is_err() {
        app.seed_demo(Plan::demo())
            .await
            .map_err(|e| anyhow!("{e}"))?;
    }
    let admin = format!("admin@{slug}.demo.citybadges.org");
    let token = app
        .create_api_token_for_member(slug.clone(), admin, "bench".into())
        .await
        .map_err(|e| anyhow!("{e}"))?;
    let actor = app
        .actor_for_token(token.token)
        .await
        .map_err(|e| anyhow!("{e}"))?;
    let (_, badges, _) = app
        .organization_page(slug.clone(), None)
        .await
        .map_err(|e| anyhow!("{e}"))?;
    let badge = badges
        .first()
        .context("the organization has badges")?
        .slug
        .clone();
    let run = uuid_like();
    let inputs: Vec<AwardInput> = (0..count)
        .map(|i| AwardInput {
            recipient_email: Some(format!("bulk-{run}-{i}@example.org")),
            recipient_user_id: None,
            achievement: badge.clone(),
            narrative: Some("Completed the summer challenge.".into()),
            evidence_url: None,
            valid_until: None,
        })
        .collect();
    let before = pending_mail(&app).await?;
    let started = Instant::now();
    let done = app
        .award_batch(actor, slug, inputs, None)
        .await
        .map_err(|e| anyhow!("{e}"))?;
    let elapsed = started.elapsed();
    Ok(BulkReport {
        backend: if database_url.starts_with("postgres") {
            "PostgreSQL"
        } else {
            "SQLite"
        }
        .into(),
        awarded: done.created,
        elapsed,
        emails_queued: pending_mail(&app).await? - before,
    })
}

fn uuid_like() -> String {
    format!(
        "{:x}",
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default()
            .as_micros()
    )
}

async fn pending_mail(app: &App) -> Result<i64> {
    app.db(|c| Ok(citybadges_store::repo::outbox::pending_count(c)?))
        .await
        .map_err(|e| anyhow!("{e}"))
}
