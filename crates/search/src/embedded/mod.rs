//! The embedded engine: a tantivy index on disk under the data dir. Typo tolerance like
//! Meilisearch's (1 typo from 5 characters, 2 from 9), prefix matching of the last word while
//! typing, facet counts, an exact geo radius, ranking by relevance then soonest session.

mod collector;
mod query;
mod schema;

use crate::model::{Doc, Hit, SearchQuery, SearchResults, Sort, SCHEMA_VERSION};
use crate::{SearchError, SearchIndex};
use schema::Fields;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use tantivy::schema::Value;
use tantivy::store::Compressor;
use tantivy::{
    DocAddress, Index, IndexReader, IndexSettings, IndexWriter, ReloadPolicy, TantivyDocument, Term,
};

pub use query::words;

const WRITER_MEMORY: usize = 64 * 1024 * 1024;

pub struct EmbeddedEngine {
    inner: Arc<Inner>,
}

struct Inner {
    dir: PathBuf,
    index: Index,
    reader: IndexReader,
    /// Opened at the first write: it takes the directory's lock, which a command-line process
    /// that only reads (or does nothing with search) must not hold while the server runs.
    writer: Mutex<Option<IndexWriter>>,
    fields: Fields,
    /// Facet bitsets per segment, for counting broad matches fast.
    facet_bits: Arc<collector::FacetBits>,
}

fn index_err(e: impl std::fmt::Display) -> SearchError {
    SearchError::Index(e.to_string())
}

/// Stored documents uncompressed in small blocks: a page of results reads 20 documents from
/// 20 different places, and decompressing a 16 KiB block for each was a tenth of a query's time.
/// The catalog's stored text is tens of megabytes, which the page cache holds anyway.
fn settings() -> IndexSettings {
    IndexSettings {
        docstore_compression: Compressor::None,
        docstore_blocksize: 4096,
        ..IndexSettings::default()
    }
}

impl EmbeddedEngine {
    /// Open the index in `dir`, creating it, or recreating it empty when it was written by an
    /// older schema (the caller then rebuilds it from the database).
    pub fn open(dir: &Path) -> Result<Self, SearchError> {
        std::fs::create_dir_all(dir)
            .map_err(|e| SearchError::Unavailable(format!("{}: {e}", dir.display())))?;
        let version_file = dir.join("schema_version");
        let current = std::fs::read_to_string(&version_file).ok();
        let (schema, fields) = schema::build();
        let index = if current.as_deref().map(str::trim) == Some(&SCHEMA_VERSION.to_string()) {
            Index::open_in_dir(dir).map_err(index_err)?
        } else {
            // New or outdated: start empty.
            for entry in std::fs::read_dir(dir).map_err(index_err)? {
                let path = entry.map_err(index_err)?.path();
                if path.is_dir() {
                    std::fs::remove_dir_all(&path).map_err(index_err)?;
                } else {
                    std::fs::remove_file(&path).map_err(index_err)?;
                }
            }
            let index = Index::builder()
                .schema(schema)
                .settings(settings())
                .create_in_dir(dir)
                .map_err(index_err)?;
            std::fs::write(&version_file, SCHEMA_VERSION.to_string()).map_err(index_err)?;
            index
        };
        schema::register(&index);
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .map_err(index_err)?;
        let inner = Inner {
            dir: dir.to_path_buf(),
            index,
            reader,
            writer: Mutex::new(None),
            fields,
            facet_bits: Arc::default(),
        };
        inner.reload()?; // facet bitsets of the index found on disk
        Ok(EmbeddedEngine {
            inner: Arc::new(inner),
        })
    }

    async fn blocking<T: Send + 'static>(
        &self,
        f: impl FnOnce(&Inner) -> Result<T, SearchError> + Send + 'static,
    ) -> Result<T, SearchError> {
        let inner = self.inner.clone();
        tokio::task::spawn_blocking(move || f(&inner))
            .await
            .map_err(|e| SearchError::Index(e.to_string()))?
    }
}

impl Inner {
    fn write(
        &self,
        f: impl FnOnce(&mut IndexWriter) -> Result<(), SearchError>,
    ) -> Result<(), SearchError> {
        let mut slot = self
            .writer
            .lock()
            .map_err(|_| SearchError::Index("index writer poisoned".into()))?;
        if slot.is_none() {
            *slot = Some(self.index.writer(WRITER_MEMORY).map_err(|e| {
                SearchError::Unavailable(format!(
                    "the index is locked by another process (is the server running?): {e}"
                ))
            })?);
        }
        let Some(writer) = slot.as_mut() else {
            return Err(SearchError::Index("no index writer".into()));
        };
        f(writer)?;
        writer.commit().map_err(index_err)?;
        self.reload()
    }

    /// See the latest commit, forget the facet bitsets of segments merged away and build those of
    /// new segments here, on the writing side, rather than in the next visitor's query.
    fn reload(&self) -> Result<(), SearchError> {
        self.reader.reload().map_err(index_err)?;
        let searcher = self.reader.searcher();
        let alive: Vec<_> = searcher
            .segment_readers()
            .iter()
            .map(|r| r.segment_id())
            .collect();
        self.facet_bits.retain(&alive);
        for segment in searcher.segment_readers() {
            // Only a cache: a failure here is retried by the next query that needs it.
            if let Err(e) = self.facet_bits.get(segment) {
                tracing::warn!(error = %e, "building facet bitsets");
            }
        }
        Ok(())
    }

    /// One segment after a rebuild: queries and facet counting then walk a single segment.
    fn merge_all(&self) -> Result<(), SearchError> {
        let ids = self.index.searchable_segment_ids().map_err(index_err)?;
        if ids.len() > 1 {
            let mut slot = self
                .writer
                .lock()
                .map_err(|_| SearchError::Index("index writer poisoned".into()))?;
            if let Some(w) = slot.as_mut() {
                w.merge(&ids).wait().map_err(index_err)?;
            }
        }
        self.reload()
    }

    fn add(&self, w: &mut IndexWriter, docs: &[Doc]) -> Result<(), SearchError> {
        for d in docs {
            w.delete_term(Term::from_field_text(self.fields.id, &d.id));
            w.add_document(schema::to_tantivy(&self.fields, d).map_err(index_err)?)
                .map_err(index_err)?;
        }
        Ok(())
    }

    fn search(&self, q: &SearchQuery) -> Result<SearchResults, SearchError> {
        let (query, has_text) = query::build(&self.fields, q);
        let collector = collector::CatalogCollector {
            sort: q.sort,
            scored: has_text && q.sort == Sort::Relevance,
            near: q.filters.near,
            facets: q.facets.clone(),
            bits: Arc::clone(&self.facet_bits),
        };
        let searcher = self.reader.searcher();
        let (mut candidates, facets) = searcher.search(&*query, &collector).map_err(index_err)?;
        let total = candidates.len() as u64;
        let end = (q.offset + q.limit).min(candidates.len());
        if q.offset >= end {
            return Ok(SearchResults {
                hits: Vec::new(),
                total,
                facets,
            });
        }
        candidates.select_nth_unstable_by(end - 1, |a, b| a.cmp_key(b));
        candidates.truncate(end);
        candidates.sort_by(|a, b| a.cmp_key(b));
        let mut hits = Vec::with_capacity(end - q.offset);
        for c in &candidates[q.offset..end] {
            let stored: TantivyDocument = searcher
                .doc(DocAddress::new(c.segment, c.doc))
                .map_err(index_err)?;
            let json = stored
                .get_first(self.fields.stored)
                .and_then(|v| v.as_str())
                .unwrap_or_default();
            let doc: Doc = serde_json::from_str(json).map_err(index_err)?;
            hits.push(Hit {
                doc,
                distance_km: c.distance_km,
            });
        }
        Ok(SearchResults {
            hits,
            total,
            facets,
        })
    }
}

#[async_trait::async_trait]
impl SearchIndex for EmbeddedEngine {
    fn name(&self) -> &'static str {
        "embedded"
    }

    async fn health(&self) -> Result<(), SearchError> {
        self.blocking(|inner| {
            // Writable means a probe file can be created and removed.
            let probe = inner.dir.join(".health");
            std::fs::write(&probe, b"ok")
                .and_then(|_| std::fs::remove_file(&probe))
                .map_err(|e| SearchError::Unavailable(format!("{}: {e}", inner.dir.display())))
        })
        .await
    }

    async fn upsert(&self, docs: Vec<Doc>) -> Result<(), SearchError> {
        self.blocking(move |inner| inner.write(|w| inner.add(w, &docs)))
            .await
    }

    async fn delete(&self, ids: Vec<String>) -> Result<(), SearchError> {
        self.blocking(move |inner| {
            inner.write(|w| {
                for id in &ids {
                    w.delete_term(Term::from_field_text(inner.fields.id, id));
                }
                Ok(())
            })
        })
        .await
    }

    async fn replace_all(&self, docs: Vec<Doc>) -> Result<(), SearchError> {
        self.blocking(move |inner| {
            inner.write(|w| {
                // Not `delete_all_documents`: it rewinds the operation stamps, and a document
                // deleted earlier then stays deleted when added again (tantivy 0.27).
                w.delete_query(Box::new(tantivy::query::AllQuery))
                    .map_err(index_err)?;
                inner.add(w, &docs)
            })?;
            inner.merge_all()
        })
        .await
    }

    async fn count(&self) -> Result<u64, SearchError> {
        self.blocking(|inner| Ok(inner.reader.searcher().num_docs()))
            .await
    }

    async fn search(&self, query: SearchQuery) -> Result<SearchResults, SearchError> {
        self.blocking(move |inner| inner.search(&query)).await
    }

    async fn search_many(
        &self,
        queries: Vec<SearchQuery>,
    ) -> Result<Vec<SearchResults>, SearchError> {
        // One trip to the blocking pool for all of them.
        self.blocking(move |inner| queries.iter().map(|q| inner.search(q)).collect())
            .await
    }
}
