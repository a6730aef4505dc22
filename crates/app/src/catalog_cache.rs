//! The public catalog's shared views (the home page's list, listings, organization, activity and
//! badge pages, the city's vocabularies), kept in process memory between requests.
//!
//! What every visitor sees alike, and only that: each value is computed from the public queries
//! (published activities and badges of active organizations), never from who is asking.
//!
//! Freshness:
//! - **Changes.** Entries belong to a *generation*, a random token in the key-value port (Redis in
//!   production, so every app node sees the same one). Every use case that changes public catalog
//!   data replaces it after its commit, and the outbox worker replaces it again when it applies the
//!   change to the search index. A node reads the token once per cached call, before reading the
//!   database, so a value computed from data older than a commit is never served under the
//!   generation that followed it. When the key-value port is down nothing is cached.
//! - **Time.** Which session is an activity's next one, and so the soonest-first order, changes
//!   when a session ends. Values that depend on it hold until the earliest moment any activity's
//!   next session ends (`repo::activities::next_session_change`), and never longer than
//!   [`MAX_AGE`].

use crate::context::App;
use crate::error::Result;
use chrono::NaiveDateTime;
use std::any::Any;
use std::collections::HashMap;
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

/// The generation token's key in the key-value port.
const GENERATION_KEY: &str = "cache:catalog:generation";
/// How long the token lives without a change (it is made again when missing).
const GENERATION_TTL: Duration = Duration::from_secs(30 * 24 * 3600);
/// The longest any value is kept, whatever happens: bounds how long a change made behind the
/// application's back (by hand in the database) can go unseen.
pub const MAX_AGE: chrono::Duration = chrono::Duration::seconds(60);
/// At most this many values; beyond it, stale ones go first, then a quarter of the rest.
const CAPACITY: usize = 2_048;

struct Entry {
    generation: Arc<str>,
    until: NaiveDateTime,
    value: Arc<dyn Any + Send + Sync>,
}

/// Values by key, each with the generation it was computed under and until when it holds.
#[derive(Default)]
pub(crate) struct CatalogCache {
    entries: Mutex<HashMap<String, Entry>>,
    /// Keys being computed now: other callers wait for that result instead of computing it too
    /// (after a change, every client asks for the same pages at once).
    computing: Mutex<HashMap<String, Arc<Flight>>>,
}

#[derive(Default)]
struct Flight {
    done: Mutex<bool>,
    finished: Condvar,
}

/// The computation of one key; ends it (and wakes who waits) when dropped, whatever happened.
struct Computing<'a> {
    cache: &'a CatalogCache,
    key: String,
    flight: Arc<Flight>,
}

impl Drop for Computing<'_> {
    fn drop(&mut self) {
        if let Ok(mut computing) = self.cache.computing.lock() {
            computing.remove(&self.key);
        }
        if let Ok(mut done) = self.flight.done.lock() {
            *done = true;
        }
        self.flight.finished.notify_all();
    }
}

/// How long a caller waits for another's computation of the same key before doing it itself.
const WAIT_FOR_OTHERS: Duration = Duration::from_secs(5);

impl CatalogCache {
    fn get<T: Clone + 'static>(
        &self,
        generation: &str,
        key: &str,
        now: NaiveDateTime,
    ) -> Option<T> {
        let entries = self.entries.lock().ok()?;
        let e = entries.get(key)?;
        if &*e.generation != generation || e.until <= now {
            return None;
        }
        e.value.downcast_ref::<T>().cloned()
    }

    fn put<T: Send + Sync + 'static>(
        &self,
        generation: &str,
        key: &str,
        value: T,
        until: NaiveDateTime,
        now: NaiveDateTime,
    ) {
        let Ok(mut entries) = self.entries.lock() else {
            return;
        };
        if entries.len() >= CAPACITY && !entries.contains_key(key) {
            entries.retain(|_, e| &*e.generation == generation && e.until > now);
            if entries.len() >= CAPACITY {
                let drop: Vec<String> = entries.keys().take(CAPACITY / 4).cloned().collect();
                for k in drop {
                    entries.remove(&k);
                }
            }
        }
        entries.insert(
            key.to_string(),
            Entry {
                generation: Arc::from(generation),
                until,
                value: Arc::new(value),
            },
        );
    }

    /// Either this caller computes `key` (the guard, to keep until the value is stored), or
    /// another caller was computing it and has finished (or taken too long): `None`, look again.
    fn compute_or_wait(&self, key: &str) -> Option<Computing<'_>> {
        let flight = {
            let mut computing = self.computing.lock().ok()?;
            match computing.get(key) {
                Some(f) => f.clone(),
                None => {
                    let flight = Arc::new(Flight::default());
                    computing.insert(key.to_string(), flight.clone());
                    return Some(Computing {
                        cache: self,
                        key: key.to_string(),
                        flight,
                    });
                }
            }
        };
        if let Ok(done) = flight.done.lock() {
            let _ = flight
                .finished
                .wait_timeout_while(done, WAIT_FOR_OTHERS, |done| !*done);
        }
        None
    }

    fn clear(&self) {
        if let Ok(mut entries) = self.entries.lock() {
            entries.clear();
        }
    }

    fn remove(&self, key: &str) {
        if let Ok(mut entries) = self.entries.lock() {
            entries.remove(key);
        }
    }
}

/// The generation a cached call works under (`None`: the key-value port is down, cache nothing).
pub(crate) type Generation = Option<String>;

impl App {
    /// The catalog's current generation (blocking: asks the key-value port).
    pub(crate) fn catalog_generation(&self) -> Generation {
        match self.kv().get(GENERATION_KEY) {
            Ok(Some(bytes)) => String::from_utf8(bytes).ok(),
            Ok(None) => {
                let token = crate::secrets::random_token();
                self.kv()
                    .set(GENERATION_KEY, token.as_bytes(), GENERATION_TTL)
                    .ok()?;
                Some(token)
            }
            Err(_) => None,
        }
    }

    /// Public catalog data changed: every app node computes its views again (blocking).
    pub(crate) fn catalog_changed_now(&self) {
        self.catalog_cache().clear();
        let token = crate::secrets::random_token();
        if let Err(e) = self
            .kv()
            .set(GENERATION_KEY, token.as_bytes(), GENERATION_TTL)
        {
            // Other nodes keep what they have for at most MAX_AGE.
            tracing::warn!(error = %e, "the catalog cache could not be invalidated");
        }
    }

    /// Public catalog data changed (after the commit): drop every node's cached views.
    pub async fn catalog_changed(&self) {
        let _ = self
            .blocking(|app| {
                app.catalog_changed_now();
                Ok(())
            })
            .await;
    }

    /// The value under `key` in this generation, else `compute`d and kept until the time it
    /// returns (`None`: until the catalog changes), at most [`MAX_AGE`]. Errors are not kept.
    pub(crate) fn cached<T, F>(&self, generation: &Generation, key: &str, compute: F) -> Result<T>
    where
        T: Clone + Send + Sync + 'static,
        F: FnOnce() -> Result<(T, Option<NaiveDateTime>)>,
    {
        if let Some(v) = self.cache_get(generation, key) {
            return Ok(v);
        }
        // One computation per key at a time on this node; who came second takes its result.
        let _computing = match generation {
            Some(_) => match self.catalog_cache().compute_or_wait(key) {
                Some(guard) => Some(guard),
                None => {
                    if let Some(v) = self.cache_get(generation, key) {
                        return Ok(v);
                    }
                    None
                }
            },
            None => None,
        };
        let started = citybadges_store::now();
        let (value, until) = compute()?;
        self.cache_put(generation, key, value.clone(), until, started);
        Ok(value)
    }

    /// Drop one value on this node (other nodes keep theirs until it expires): for short-lived
    /// values a change on this node made stale, such as an activity's places.
    pub(crate) fn cache_forget(&self, key: &str) {
        self.catalog_cache().remove(key);
    }

    /// The value under `key` in this generation, if it is there and still holds.
    pub(crate) fn cache_get<T: Clone + 'static>(
        &self,
        generation: &Generation,
        key: &str,
    ) -> Option<T> {
        let generation = generation.as_deref()?;
        self.catalog_cache()
            .get::<T>(generation, key, citybadges_store::now())
    }

    /// Keep `value`, computed from what was there at `computed_at` or later, until `until`
    /// (`None`: until the catalog changes), at most [`MAX_AGE`] after `computed_at`.
    pub(crate) fn cache_put<T: Send + Sync + 'static>(
        &self,
        generation: &Generation,
        key: &str,
        value: T,
        until: Option<NaiveDateTime>,
        computed_at: NaiveDateTime,
    ) {
        let Some(generation) = generation.as_deref() else {
            return;
        };
        let cap = computed_at + MAX_AGE;
        let until = until.map_or(cap, |u| u.min(cap));
        let now = citybadges_store::now();
        if until > now {
            self.catalog_cache().put(generation, key, value, until, now);
        }
    }

    /// Until when values that depend on which sessions are still to come hold: the earliest end
    /// of any activity's next session (`None`: no activity has one). When that moment has passed,
    /// the refresher is late; it is woken, and nothing time-dependent is kept meanwhile.
    pub(crate) fn sessions_hold_until(
        &self,
        generation: &Generation,
        conn: &mut citybadges_store::AnyConnection,
    ) -> Result<Option<NaiveDateTime>> {
        let until = self.cached(generation, "next-session-change", || {
            let at = citybadges_store::repo::activities::next_session_change(conn)?;
            Ok((at, at))
        })?;
        if until.is_some_and(|u| u <= citybadges_store::now()) {
            self.wake_catalog_clock();
        }
        Ok(until)
    }
}
