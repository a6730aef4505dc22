//! The application context: what every use case needs, wired once by `cli`.

use crate::config::Settings;
use crate::error::{Error, Result};
use crate::kv::{Kv, MemoryKv, RedisKv};
use citybadges_mail::Mailer;
use citybadges_search::SearchIndex;
use citybadges_store::{AnyConnection, DbPool, PoolOptions};
use std::sync::Arc;
use std::time::Duration;

#[derive(Clone)]
pub struct App {
    inner: Arc<Inner>,
}

struct Inner {
    settings: Settings,
    pool: DbPool,
    kv: Arc<dyn Kv>,
    mailer: Mailer,
    search: Arc<dyn SearchIndex>,
    secret: Vec<u8>,
    master_key: citybadges_credentials::sealed::MasterKey,
    /// Wakes the outbox worker right after a commit that queued something.
    outbox_wake: tokio::sync::Notify,
    /// Credential verifications running at once (CPU work anyone may ask for): half the
    /// cores, so the other half keeps serving everything else.
    verify_slots: tokio::sync::Semaphore,
    /// This node's position in the search change stream, when its index is its own.
    search_follower: Option<tokio::sync::Mutex<crate::search::follow::Follower>>,
    /// Shared public views (`catalog_cache`).
    catalog_cache: crate::catalog_cache::CatalogCache,
    /// Wakes the refresher of activities' next sessions when a reader finds it late.
    clock_wake: tokio::sync::Notify,
}

impl App {
    /// Connect to everything the settings name, apply migrations, and return the ready context.
    pub async fn start(settings: Settings) -> Result<App> {
        Self::start_with_search(settings, None).await
    }

    /// As [`App::start`], with a given search backend (tests wrap the real one to inject faults).
    pub async fn start_with_search(
        settings: Settings,
        search: Option<Arc<dyn SearchIndex>>,
    ) -> Result<App> {
        settings.validate()?;
        std::fs::create_dir_all(&settings.server.data_dir).map_err(|e| {
            Error::Unavailable(format!(
                "data dir {}: {e}",
                settings.server.data_dir.display()
            ))
        })?;
        let pool = citybadges_store::open_pool(
            &settings.database_url(),
            &PoolOptions {
                max_size: settings.database.max_connections,
                connect_timeout: Duration::from_secs(5),
            },
        )?;
        {
            let mut conn = pool.get()?;
            citybadges_store::migrate::run_pending(&mut conn)?;
            let analyzed = citybadges_store::migrate::analyze_unanalyzed(&mut conn)?;
            if !analyzed.is_empty() {
                tracing::info!(tables = ?analyzed, "planner statistics gathered");
            }
            // Activities whose next session ended while no server ran (or that a migration
            // added) get their soonest-first values now.
            citybadges_store::write_transaction(&mut conn, |c| {
                citybadges_store::repo::activities::refresh_next_sessions(
                    c,
                    None,
                    citybadges_store::now(),
                )
            })?;
        }
        let kv: Arc<dyn Kv> = if settings.cache.url.trim().is_empty() {
            Arc::new(MemoryKv::default())
        } else {
            let redis = RedisKv::connect(settings.cache.url.trim(), &settings.cache.key_prefix)?;
            redis.ping()?;
            Arc::new(redis)
        };
        let mailer = match settings.mail.transport.as_str() {
            "smtp" => Mailer::smtp(&settings.mail.smtp_url, &settings.mail.from),
            _ => Mailer::files(
                &settings.server.data_dir.join("outbox"),
                &settings.mail.from,
            ),
        }
        .map_err(|e| Error::Unavailable(e.to_string()))?;
        let search = match search {
            Some(s) => s,
            None => open_search(&settings).await?,
        };
        // The embedded index belongs to this node: it follows every change itself.
        let search_follower = (settings.search.backend != "meilisearch").then(|| {
            tokio::sync::Mutex::new(crate::search::follow::Follower::open(
                &settings.server.data_dir.join("search"),
            ))
        });
        let secret = crate::keys::load_secret(&settings)?;
        let master_key = crate::keys::load_master_key(&settings)?;
        let outbox_wake = tokio::sync::Notify::new();
        Ok(App {
            inner: Arc::new(Inner {
                settings,
                pool,
                kv,
                mailer,
                search,
                secret,
                master_key,
                outbox_wake,
                search_follower,
                verify_slots: tokio::sync::Semaphore::new(
                    std::thread::available_parallelism().map_or(1, |n| (n.get() / 2).max(1)),
                ),
                catalog_cache: Default::default(),
                clock_wake: tokio::sync::Notify::new(),
            }),
        })
    }

    pub fn settings(&self) -> &Settings {
        &self.inner.settings
    }

    pub fn pool(&self) -> &DbPool {
        &self.inner.pool
    }

    pub fn kv(&self) -> &dyn Kv {
        self.inner.kv.as_ref()
    }

    pub fn mailer(&self) -> &Mailer {
        &self.inner.mailer
    }

    pub fn search_index(&self) -> &dyn SearchIndex {
        self.inner.search.as_ref()
    }

    /// Tell the outbox worker there is something to deliver now.
    pub fn wake_outbox(&self) {
        self.inner.outbox_wake.notify_one();
    }

    pub(crate) async fn outbox_woken(&self) {
        self.inner.outbox_wake.notified().await;
    }

    pub(crate) fn search_follower(
        &self,
    ) -> Option<&tokio::sync::Mutex<crate::search::follow::Follower>> {
        self.inner.search_follower.as_ref()
    }

    pub(crate) fn verify_slots(&self) -> &tokio::sync::Semaphore {
        &self.inner.verify_slots
    }

    pub(crate) fn catalog_cache(&self) -> &crate::catalog_cache::CatalogCache {
        &self.inner.catalog_cache
    }

    /// Ask the refresher of activities' next sessions to run now.
    pub(crate) fn wake_catalog_clock(&self) {
        self.inner.clock_wake.notify_one();
    }

    pub(crate) async fn catalog_clock_woken(&self) {
        self.inner.clock_wake.notified().await;
    }

    pub(crate) fn secret(&self) -> &[u8] {
        &self.inner.secret
    }

    pub(crate) fn master_key(&self) -> &citybadges_credentials::sealed::MasterKey {
        &self.inner.master_key
    }

    /// Run blocking database work off the async executor.
    pub async fn db<T, F>(&self, f: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut AnyConnection) -> Result<T> + Send + 'static,
    {
        let pool = self.inner.pool.clone();
        tokio::task::spawn_blocking(move || {
            let mut conn = pool.get()?;
            f(&mut conn)
        })
        .await
        .map_err(|e| Error::Internal(format!("worker thread: {e}")))?
    }

    /// Run blocking work that needs the whole context (cache, database) off the executor.
    pub async fn blocking<T, F>(&self, f: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&App) -> Result<T> + Send + 'static,
    {
        let app = self.clone();
        tokio::task::spawn_blocking(move || f(&app))
            .await
            .map_err(|e| Error::Internal(format!("worker thread: {e}")))?
    }

    /// Run a closure in one database transaction that may write (writers queue on SQLite).
    pub async fn tx<T, F>(&self, f: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut AnyConnection) -> Result<T> + Send + 'static,
    {
        self.db(move |conn| citybadges_store::write_transaction(conn, f))
            .await
    }
}

async fn open_search(settings: &Settings) -> Result<Arc<dyn SearchIndex>> {
    let s = &settings.search;
    if s.backend == "meilisearch" {
        let engine = citybadges_search::meili::MeiliEngine::connect(
            s.meili_url.trim(),
            &s.meili_api_key,
            &s.meili_index,
        )
        .await
        .map_err(|e| Error::Unavailable(format!("Meilisearch at {}: {e}", s.meili_url)))?;
        return Ok(Arc::new(engine));
    }
    let engine = citybadges_search::EmbeddedEngine::open(&settings.server.data_dir.join("search"))
        .map_err(|e| Error::Unavailable(e.to_string()))?;
    Ok(Arc::new(engine))
}
