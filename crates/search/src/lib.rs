//! CityBadges search: one port for indexing and querying the city's catalog, with two backends
//! of the same behaviour: an embedded engine (tantivy, on disk under the data dir) and
//! Meilisearch. Knows nothing of the database: the `app` crate builds [`Doc`]s and keeps the
//! index in sync through its outbox.

pub mod embedded;
pub mod fault;
pub mod meili;
pub mod model;
pub mod synonyms;

pub use embedded::EmbeddedEngine;
pub use model::*;

#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("search index unavailable: {0}")]
    Unavailable(String),
    #[error("search query refused: {0}")]
    BadQuery(String),
    #[error("search index error: {0}")]
    Index(String),
}

/// A search backend. Implementations are cheap to share (`Arc<dyn SearchIndex>`).
#[async_trait::async_trait]
pub trait SearchIndex: Send + Sync {
    /// A short name for logs and readiness reports.
    fn name(&self) -> &'static str;
    /// Can the engine serve queries and take writes right now?
    async fn health(&self) -> Result<(), SearchError>;
    /// Add or replace documents (by id).
    async fn upsert(&self, docs: Vec<Doc>) -> Result<(), SearchError>;
    /// Remove documents by id; unknown ids are fine.
    async fn delete(&self, ids: Vec<String>) -> Result<(), SearchError>;
    /// Replace the whole index with `docs` (a rebuild from the database).
    async fn replace_all(&self, docs: Vec<Doc>) -> Result<(), SearchError>;
    /// Number of documents indexed.
    async fn count(&self) -> Result<u64, SearchError>;
    async fn search(&self, query: SearchQuery) -> Result<SearchResults, SearchError>;
    /// Several searches at once (a results page asks for activities, organizations and badges),
    /// answered in order. Engines override it to save round trips or thread hand-offs.
    async fn search_many(
        &self,
        queries: Vec<SearchQuery>,
    ) -> Result<Vec<SearchResults>, SearchError> {
        let mut out = Vec::with_capacity(queries.len());
        for q in queries {
            out.push(self.search(q).await?);
        }
        Ok(out)
    }
}
