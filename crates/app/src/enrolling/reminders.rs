//! The day-before reminder: a mail to each youth with a place in a session that starts within a
//! day, queued once per enrollment (the mark is a conditional UPDATE, so with several app nodes
//! only one queues it).

use crate::context::App;
use crate::emails;
use crate::error::Result;
use crate::outbox::{self, Effect};
use citybadges_store::repo;
use std::time::Duration;

/// A reminder is due this long before the session starts.
pub const AHEAD: chrono::Duration = chrono::Duration::hours(24);
/// How often the worker looks.
const EVERY: Duration = Duration::from_secs(300);
/// At most this many reminders per transaction.
const BATCH: i64 = 200;

impl App {
    /// Queue the reminders now due; returns how many were queued.
    pub async fn queue_reminders(&self) -> Result<usize> {
        let base = self.settings().public_url();
        let mut total = 0;
        loop {
            let base = base.clone();
            let n = self
                .tx(move |conn| {
                    let now = citybadges_store::now();
                    let due = repo::enrollments::due_reminders(conn, now, now + AHEAD, BATCH)?;
                    let mut queued = 0;
                    for id in due {
                        if repo::enrollments::mark_reminded(conn, id, now)? {
                            let mail = emails::session_reminder(conn, &base, id)?;
                            outbox::enqueue(conn, &Effect::Mail(mail))?;
                            queued += 1;
                        }
                    }
                    Ok(queued)
                })
                .await?;
            total += n;
            if n < BATCH as usize {
                return Ok(total);
            }
        }
    }
}

/// Look for due reminders every few minutes, for as long as the server runs.
pub fn spawn(app: App) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            match app.queue_reminders().await {
                Ok(n) if n > 0 => tracing::info!(reminders = n, "session reminders queued"),
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "queueing session reminders"),
            }
            tokio::time::sleep(EVERY).await;
        }
    })
}
