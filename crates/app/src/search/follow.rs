//! Nodes that keep their own search index (the embedded engine) each follow the stream of
//! search changes from their own position, instead of leasing each change to one node: with
//! leases, the other nodes' indexes would miss it until the next full rebuild.
//!
//! The position is the creation time of the last change applied, kept in the index folder so a
//! restarted node catches up. Rows of a transaction that commits late may carry an earlier time
//! than rows already read, so each read goes back [`LOOKBACK`] and skips what it applied; applying
//! a change twice is harmless (it re-reads the records it names).

use super::SearchChange;
use crate::context::App;
use crate::error::{Error, Result};
use chrono::NaiveDateTime;
use citybadges_domain::{OutboxId, OutboxTopic};
use citybadges_store::repo;
use std::collections::HashMap;
use std::path::PathBuf;

/// The outbox topic of search changes.
pub const TOPIC: OutboxTopic = OutboxTopic::Search;

/// How far back each read looks for changes committed after later ones.
const LOOKBACK: chrono::Duration = chrono::Duration::seconds(120);

/// How long changes are kept for nodes that were away; a node away longer rebuilds its index.
pub const RETENTION: chrono::Duration = chrono::Duration::hours(24);

const PAGE: i64 = 200;

/// The position of a node that has applied nothing yet.
fn start_of_time() -> NaiveDateTime {
    chrono::DateTime::UNIX_EPOCH.naive_utc()
}

/// One node's position in the stream of search changes.
#[derive(Debug)]
pub struct Follower {
    /// Creation time of the newest change applied.
    position: NaiveDateTime,
    /// Changes applied within the look-back window, by id.
    recent: HashMap<OutboxId, NaiveDateTime>,
    file: PathBuf,
    last_purge: Option<NaiveDateTime>,
}

impl Follower {
    /// The position saved in `dir`; a node with none (new, or from before following) starts
    /// at the oldest change kept.
    pub fn open(dir: &std::path::Path) -> Follower {
        let file = dir.join("follow-position");
        let position = std::fs::read_to_string(&file)
            .ok()
            .and_then(|s| NaiveDateTime::parse_from_str(s.trim(), "%Y-%m-%dT%H:%M:%S%.f").ok())
            .unwrap_or_else(start_of_time);
        Follower {
            position,
            recent: HashMap::new(),
            file,
            last_purge: None,
        }
    }

    /// Whether this node was away longer than changes are kept (its index must be rebuilt).
    pub fn missed_changes(&self, now: NaiveDateTime) -> bool {
        self.position != start_of_time() && self.position < now - RETENTION
    }

    /// Start from `at` (after a full rebuild read everything up to it).
    pub fn reset(&mut self, at: NaiveDateTime) {
        self.position = at;
        self.recent.clear();
        self.save();
    }

    fn save(&self) {
        // Losing the file only means re-applying changes after a restart, which is harmless.
        let _ = std::fs::write(
            &self.file,
            self.position.format("%Y-%m-%dT%H:%M:%S%.6f").to_string(),
        );
    }
}

impl App {
    /// Whether this node follows search changes itself (its index is its own).
    pub fn search_follows_changes(&self) -> bool {
        self.search_follower().is_some()
    }

    /// Apply every search change this node has not applied yet; returns how many.
    pub async fn follow_search_changes(&self) -> Result<usize> {
        let Some(follower) = self.search_follower() else {
            return Ok(0);
        };
        let mut follower = follower.lock().await;
        let mut applied = 0;
        let start = follower.position - LOOKBACK;
        // The smallest id: every row at `start` is after it.
        let mut after = (start, OutboxId::from_uuid(uuid::Uuid::nil()));
        loop {
            let from = after;
            let rows = self
                .db(move |c| Ok(repo::outbox::since(c, TOPIC, from, PAGE)?))
                .await?;
            let done = rows.len() < PAGE as usize;
            let mut fresh = Vec::new();
            for row in &rows {
                after = (row.created_at, row.id);
                if follower.recent.contains_key(&row.id) {
                    continue;
                }
                let change: SearchChange =
                    match serde_json::from_str::<crate::outbox::Effect>(&row.payload) {
                        Ok(crate::outbox::Effect::Search(change)) => change,
                        _ => {
                            tracing::warn!(outbox_id = %row.id, "unreadable search change skipped");
                            follower.recent.insert(row.id, row.created_at);
                            continue;
                        }
                    };
                // Stop at the first failure: the position stays before it and it is retried.
                self.apply_search_change(change).await?;
                follower.recent.insert(row.id, row.created_at);
                follower.position = follower.position.max(row.created_at);
                fresh.push(row.id);
                applied += 1;
            }
            if !fresh.is_empty() {
                let now = citybadges_store::now();
                self.db(move |c| Ok(repo::outbox::mark_delivered_many(c, &fresh, now)?))
                    .await?;
            }
            if done {
                break;
            }
        }
        let horizon = follower.position - LOOKBACK;
        follower.recent.retain(|_, at| *at >= horizon);
        if applied > 0 {
            follower.save();
        }
        self.purge_old_search_changes(&mut follower).await?;
        Ok(applied)
    }

    /// Now and then, forget changes older than [`RETENTION`].
    async fn purge_old_search_changes(&self, follower: &mut Follower) -> Result<()> {
        let now = citybadges_store::now();
        if follower
            .last_purge
            .is_some_and(|t| now - t < chrono::Duration::hours(1))
        {
            return Ok(());
        }
        follower.last_purge = Some(now);
        self.db(move |c| Ok(repo::outbox::purge(c, TOPIC, now - RETENTION)?))
            .await
            .map(|_| ())
    }

    /// After a full rebuild that started at `started`, changes before it are in the index.
    pub(crate) async fn search_rebuilt(&self, started: NaiveDateTime) {
        if let Some(follower) = self.search_follower() {
            follower.lock().await.reset(started);
        }
    }

    /// Rebuild when this node was away longer than changes are kept.
    pub async fn catch_up_search(&self) -> Result<bool> {
        let Some(follower) = self.search_follower() else {
            return Ok(false);
        };
        let missed = follower
            .lock()
            .await
            .missed_changes(citybadges_store::now());
        if missed {
            self.rebuild_search_index()
                .await
                .map_err(|e| Error::Unavailable(e.to_string()))?;
        }
        Ok(missed)
    }
}
