//! Fault injection: wrap a real backend and switch it off and on, to test what the platform does
//! while search is down (writes still succeed, pages fall back, the index converges afterwards).

use crate::{Doc, SearchError, SearchIndex, SearchQuery, SearchResults};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

pub struct Switchable {
    inner: Arc<dyn SearchIndex>,
    up: AtomicBool,
}

impl Switchable {
    pub fn new(inner: Arc<dyn SearchIndex>) -> Self {
        Switchable {
            inner,
            up: AtomicBool::new(true),
        }
    }

    pub fn set_up(&self, up: bool) {
        self.up.store(up, Ordering::SeqCst);
    }

    fn check(&self) -> Result<(), SearchError> {
        if self.up.load(Ordering::SeqCst) {
            Ok(())
        } else {
            Err(SearchError::Unavailable(
                "switched off (fault injection)".into(),
            ))
        }
    }
}

#[async_trait::async_trait]
impl SearchIndex for Switchable {
    fn name(&self) -> &'static str {
        self.inner.name()
    }
    async fn health(&self) -> Result<(), SearchError> {
        self.check()?;
        self.inner.health().await
    }
    async fn upsert(&self, docs: Vec<Doc>) -> Result<(), SearchError> {
        self.check()?;
        self.inner.upsert(docs).await
    }
    async fn delete(&self, ids: Vec<String>) -> Result<(), SearchError> {
        self.check()?;
        self.inner.delete(ids).await
    }
    async fn replace_all(&self, docs: Vec<Doc>) -> Result<(), SearchError> {
        self.check()?;
        self.inner.replace_all(docs).await
    }
    async fn count(&self) -> Result<u64, SearchError> {
        self.check()?;
        self.inner.count().await
    }
    async fn search(&self, query: SearchQuery) -> Result<SearchResults, SearchError> {
        self.check()?;
        self.inner.search(query).await
    }
    async fn search_many(
        &self,
        queries: Vec<SearchQuery>,
    ) -> Result<Vec<SearchResults>, SearchError> {
        self.check()?;
        self.inner.search_many(queries).await
    }
}
