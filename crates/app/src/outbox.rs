//! Side effects written with the change and delivered by a worker, with retries and backoff.
//! A crash or an unreachable mail server loses nothing: a row stays until delivered.

use crate::context::App;
use crate::error::{Error, Result};
use citybadges_domain::{OutboxId, OutboxTopic};
use citybadges_mail::Email;
use citybadges_store::models::OutboxRow;
use citybadges_store::{repo, AnyConnection};
use serde::{Deserialize, Serialize};
use std::time::Duration;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Effect {
    Mail(Email),
    Search(crate::search::SearchChange),
}

impl Effect {
    fn topic(&self) -> OutboxTopic {
        match self {
            Effect::Mail(_) => OutboxTopic::Mail,
            Effect::Search(_) => crate::search::follow::TOPIC,
        }
    }
}

fn row(effect: &Effect, now: chrono::NaiveDateTime) -> Result<OutboxRow> {
    let payload = serde_json::to_string(effect).map_err(|e| Error::Internal(e.to_string()))?;
    Ok(OutboxRow {
        id: OutboxId::new(),
        topic: effect.topic(),
        payload,
        attempts: 0,
        next_attempt_at: now,
        last_error: None,
        created_at: now,
        delivered_at: None,
    })
}

pub fn enqueue(conn: &mut AnyConnection, effect: &Effect) -> Result<()> {
    repo::outbox::insert(conn, &row(effect, citybadges_store::now())?)?;
    Ok(())
}

/// Queue many effects in batched inserts (bulk awards).
pub fn enqueue_many(conn: &mut AnyConnection, effects: &[Effect]) -> Result<()> {
    let now = citybadges_store::now();
    let rows = effects
        .iter()
        .map(|e| row(e, now))
        .collect::<Result<Vec<_>>>()?;
    repo::outbox::insert_many(conn, &rows)?;
    Ok(())
}

/// Wait before the next try: 2^attempts seconds, at most five minutes (a service that comes back
/// is caught up within minutes).
fn backoff(attempts: i32) -> chrono::Duration {
    chrono::Duration::seconds(2_i64.saturating_pow(attempts.clamp(0, 12) as u32).min(300))
}

/// Deliver what is due; returns how many rows were delivered.
pub async fn deliver_due(app: &App) -> Result<usize> {
    // A node with its own search index reads every search change itself; leasing them would
    // hand each change to one node only.
    let followed = app.search_follows_changes();
    let mut delivered = 0;
    if followed {
        // A search index that is down must not hold up mail: its changes wait in the stream.
        match app.follow_search_changes().await {
            Ok(n) => delivered += n,
            Err(e) => tracing::warn!(error = %e, "search changes not applied yet"),
        }
    }
    let due = app
        .db(move |c| {
            let except = followed.then_some(crate::search::follow::TOPIC);
            Ok(repo::outbox::due(c, citybadges_store::now(), 50, except)?)
        })
        .await?;
    for row in due {
        // A lease, so that two workers never deliver the same row.
        let claimed = row.clone();
        let mine = app
            .db(move |c| {
                Ok(repo::outbox::claim(
                    c,
                    &claimed,
                    citybadges_store::now() + chrono::Duration::seconds(120),
                )?)
            })
            .await?;
        if !mine {
            continue;
        }
        let outcome = match serde_json::from_str::<Effect>(&row.payload) {
            Ok(Effect::Mail(email)) => app.deliver_mail(email).await,
            Ok(Effect::Search(change)) => app
                .apply_search_change(change)
                .await
                .map_err(|e| e.to_string()),
            Err(e) => Err(format!("unreadable payload: {e}")),
        };
        let id = row.id;
        match outcome {
            Ok(()) => {
                delivered += 1;
                app.db(move |c| {
                    Ok(repo::outbox::mark_delivered(
                        c,
                        id,
                        citybadges_store::now(),
                    )?)
                })
                .await?;
            }
            Err(err) => {
                let attempts = row.attempts + 1;
                tracing::warn!(outbox_id = %row.id, topic = %row.topic, attempts, error = %err, "outbox delivery failed");
                let next = citybadges_store::now() + backoff(attempts);
                app.db(move |c| Ok(repo::outbox::mark_failed(c, id, attempts, next, &err)?))
                    .await?;
            }
        }
    }
    Ok(delivered)
}

/// Run the worker until the process ends.
pub fn spawn_worker(app: App) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            match deliver_due(&app).await {
                Ok(n) if n > 0 => tracing::debug!(delivered = n, "outbox"),
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "outbox worker"),
            }
            // Woken at once after a commit; otherwise look again soon for retries that came due.
            let _ = tokio::time::timeout(Duration::from_millis(500), app.outbox_woken()).await;
        }
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn backoff_grows_and_is_capped() {
        assert_eq!(super::backoff(1).num_seconds(), 2);
        assert_eq!(super::backoff(3).num_seconds(), 8);
        assert_eq!(super::backoff(40).num_seconds(), 300);
    }
}
