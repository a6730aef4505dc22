//! The Meilisearch backend, through `meilisearch-sdk`. Written against Meilisearch's documented
//! API (settings, filters, facets, `_geo`); the shared conformance suite keeps it honest whenever a
//! server is reachable (`MEILI_URL`, `MEILI_MASTER_KEY`).
//!
//! Filters are strings in Meilisearch: no text from a request is ever pasted into one. Every value
//! placed in a filter comes from the typed query (validated slugs and vocabulary words, numbers)
//! and is quoted and escaped here as well.

use crate::model::{
    age_values, badge_bucket, cost_bucket, spots_bucket, Doc, DocKind, Facet, GeoPoint, Hit,
    SearchQuery, SearchResults, Sort,
};
use crate::{synonyms, SearchError, SearchIndex};
use meilisearch_sdk::client::Client;
use meilisearch_sdk::search::{MatchingStrategies, Selectors};
use meilisearch_sdk::settings::{
    FacetingSettings, MinWordSizeForTypos, PaginationSetting, Settings, TypoToleranceSettings,
};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::time::Duration;

const TASK_TIMEOUT: Duration = Duration::from_secs(30);
/// Stands for "no limit" in numeric filters (sessions without capacity).
const UNLIMITED: i64 = 1_000_000_000_000;

pub struct MeiliEngine {
    client: Client,
    uid: String,
}

/// The document as Meilisearch stores it: flat filterable fields plus the full [`Doc`].
#[derive(Serialize, Deserialize)]
struct MeiliDoc {
    id: String,
    kind: DocKind,
    title: String,
    tags: String,
    body: String,
    topics: Vec<String>,
    neighbourhood: Option<String>,
    format: String,
    organization: String,
    org_kind: String,
    days: Vec<String>,
    times: Vec<String>,
    language: String,
    accessibility: Vec<String>,
    cost: String,
    badge: String,
    ages: Vec<String>,
    spots: String,
    badge_slugs: Vec<String>,
    age_lo: i64,
    age_hi: i64,
    cost_cents: i64,
    session_starts: Vec<i64>,
    spots_left: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    next_start: Option<i64>,
    published_at: i64,
    #[serde(rename = "_geo", skip_serializing_if = "Option::is_none")]
    geo: Option<GeoPoint>,
    doc: Doc,
}

impl From<&Doc> for MeiliDoc {
    fn from(d: &Doc) -> Self {
        let tags = [
            d.topic_names.join(" "),
            d.badge_names.join(" "),
            d.organization_name.clone(),
        ]
        .into_iter()
        .chain(d.neighbourhood_name.clone())
        .chain(d.location_name.clone())
        .collect::<Vec<_>>()
        .join(" \n ");
        MeiliDoc {
            id: d.id.clone(),
            kind: d.kind,
            title: d.title.clone(),
            tags,
            body: format!("{} \n {}", d.summary, d.description),
            topics: d.topics.clone(),
            neighbourhood: d.neighbourhood.clone(),
            format: d.format.clone(),
            organization: d.organization_slug.clone(),
            org_kind: d.organization_kind.clone(),
            days: d.days.clone(),
            times: d.times.clone(),
            language: d.language.clone(),
            accessibility: d.accessibility.clone(),
            cost: cost_bucket(d.cost_cents).into(),
            badge: badge_bucket(&d.badges).into(),
            ages: age_values(d.age_min, d.age_max),
            spots: spots_bucket(d.spots_left).into(),
            badge_slugs: d.badges.clone(),
            age_lo: d.age_min.map_or(crate::AGE_FLOOR, i64::from),
            age_hi: d.age_max.map_or(crate::AGE_CEILING, i64::from),
            cost_cents: i64::from(d.cost_cents),
            session_starts: d.sessions.iter().map(|s| s.starts_at).collect(),
            spots_left: d.spots_left.unwrap_or(UNLIMITED),
            next_start: d.next_start(),
            published_at: d.published_at,
            geo: d.geo,
            doc: d.clone(),
        }
    }
}

#[derive(Deserialize)]
struct MeiliHit {
    doc: Doc,
    #[serde(rename = "_geoDistance")]
    geo_distance: Option<f64>,
}

fn unavailable(e: meilisearch_sdk::errors::Error) -> SearchError {
    match e {
        meilisearch_sdk::errors::Error::Meilisearch(m) => SearchError::Index(m.to_string()),
        other => SearchError::Unavailable(other.to_string()),
    }
}

/// A string value quoted for a Meilisearch filter.
fn quote(v: &str) -> String {
    format!("\"{}\"", v.replace('\\', "\\\\").replace('"', "\\\""))
}

fn any_of(attribute: &str, values: &[String]) -> Option<String> {
    if values.is_empty() {
        return None;
    }
    let list = values
        .iter()
        .map(|v| quote(v))
        .collect::<Vec<_>>()
        .join(", ");
    Some(format!("{attribute} IN [{list}]"))
}

/// The filter expression for a query (public for its tests).
pub fn filter_string(q: &SearchQuery) -> String {
    let f = &q.filters;
    let mut parts = vec![format!("kind = {}", quote(q.kind.as_str()))];
    for (attr, values) in [
        ("topics", &f.topics),
        ("neighbourhood", &f.neighbourhoods),
        ("format", &f.formats),
        ("days", &f.days),
        ("times", &f.times),
        ("organization", &f.organizations),
        ("org_kind", &f.org_kinds),
        ("language", &f.languages),
        ("badge_slugs", &f.badges),
    ] {
        parts.extend(any_of(attr, values));
    }
    for a in &f.accessibility {
        parts.push(format!("accessibility = {}", quote(a)));
    }
    if f.with_badge {
        parts.push("badge = \"yes\"".into());
    }
    if let Some(age) = f.age {
        parts.push(format!("age_lo <= {age} AND age_hi >= {age}"));
    }
    if f.free_only {
        parts.push("cost_cents = 0".into());
    }
    if let Some(max) = f.max_cost_cents {
        parts.push(format!("cost_cents <= {max}"));
    }
    match (f.starts_from, f.starts_to) {
        // TO matches when one single session start lies in the range.
        (Some(a), Some(b)) => parts.push(format!("session_starts {a} TO {b}")),
        (Some(a), None) => parts.push(format!("session_starts >= {a}")),
        (None, Some(b)) => parts.push(format!("session_starts <= {b}")),
        (None, None) => {}
    }
    if f.spots_left {
        parts.push("spots_left >= 1".into());
    }
    if let Some(near) = f.near {
        if let Some(r) = near.radius_km {
            parts.push(format!(
                "_geoRadius({}, {}, {})",
                near.lat,
                near.lng,
                (r * 1000.0).round() as i64
            ));
        }
    }
    parts.join(" AND ")
}

fn sort_terms(q: &SearchQuery) -> Vec<String> {
    match q.sort {
        Sort::Relevance => Vec::new(),
        Sort::Soonest => vec!["next_start:asc".into()],
        Sort::Newest => vec!["published_at:desc".into()],
        Sort::Nearest => match q.filters.near {
            Some(n) => vec![format!("_geoPoint({}, {}):asc", n.lat, n.lng)],
            None => Vec::new(),
        },
    }
}

fn facet_attribute(f: Facet) -> &'static str {
    match f {
        Facet::Topic => "topics",
        Facet::Neighbourhood => "neighbourhood",
        Facet::Format => "format",
        Facet::Organization => "organization",
        Facet::OrgKind => "org_kind",
        Facet::Day => "days",
        Facet::Time => "times",
        Facet::Language => "language",
        Facet::Accessibility => "accessibility",
        Facet::Cost => "cost",
        Facet::Badge => "badge",
        Facet::Age => "ages",
        Facet::Spots => "spots",
    }
}

impl MeiliEngine {
    /// Connect, create the index if needed and apply its settings (waiting until they are in force).
    pub async fn connect(url: &str, api_key: &str, uid: &str) -> Result<MeiliEngine, SearchError> {
        let key = (!api_key.is_empty()).then_some(api_key);
        let client = Client::new(url, key).map_err(unavailable)?;
        client.health().await.map_err(unavailable)?;
        let engine = MeiliEngine {
            client,
            uid: uid.to_string(),
        };
        engine.apply_settings().await?;
        Ok(engine)
    }

    async fn apply_settings(&self) -> Result<(), SearchError> {
        let filterable = [
            "kind",
            "topics",
            "neighbourhood",
            "format",
            "organization",
            "org_kind",
            "days",
            "times",
            "language",
            "accessibility",
            "cost",
            "badge",
            "ages",
            "spots",
            "badge_slugs",
            "age_lo",
            "age_hi",
            "cost_cents",
            "session_starts",
            "spots_left",
            "_geo",
        ];
        let settings = Settings::new()
            .with_searchable_attributes(["title", "tags", "body"])
            .with_filterable_attributes(filterable)
            .with_sortable_attributes(["next_start", "published_at", "_geo"])
            // An explicit sort comes first; without one: relevance, then the soonest session.
            .with_ranking_rules([
                "sort",
                "words",
                "typo",
                "proximity",
                "attribute",
                "exactness",
                "next_start:asc",
            ])
            .with_typo_tolerance(TypoToleranceSettings {
                enabled: Some(true),
                disable_on_attributes: None,
                disable_on_words: None,
                disable_on_numbers: None,
                min_word_size_for_typos: Some(MinWordSizeForTypos {
                    one_typo: Some(5),
                    two_typos: Some(9),
                }),
            })
            .with_synonyms(synonyms::meilisearch_setting())
            .with_faceting(FacetingSettings {
                // The organization facet has a value per organization: thousands in a big city.
                max_values_per_facet: 10_000,
                sort_facet_values_by: None,
            })
            .with_pagination(PaginationSetting {
                max_total_hits: 1_000_000,
            });
        let task = self
            .client
            .index(&self.uid)
            .set_settings(&settings)
            .await
            .map_err(unavailable)?;
        self.wait(task).await
    }

    async fn wait(&self, task: meilisearch_sdk::task_info::TaskInfo) -> Result<(), SearchError> {
        let done = task
            .wait_for_completion(
                &self.client,
                Some(Duration::from_millis(50)),
                Some(TASK_TIMEOUT),
            )
            .await
            .map_err(unavailable)?;
        if done.is_failure() {
            return Err(SearchError::Index(format!(
                "Meilisearch task failed: {done:?}"
            )));
        }
        Ok(())
    }
}

#[async_trait::async_trait]
impl SearchIndex for MeiliEngine {
    fn name(&self) -> &'static str {
        "meilisearch"
    }

    async fn health(&self) -> Result<(), SearchError> {
        self.client.health().await.map(|_| ()).map_err(unavailable)
    }

    async fn upsert(&self, docs: Vec<Doc>) -> Result<(), SearchError> {
        if docs.is_empty() {
            return Ok(());
        }
        let docs: Vec<MeiliDoc> = docs.iter().map(MeiliDoc::from).collect();
        let task = self
            .client
            .index(&self.uid)
            .add_or_replace(&docs, Some("id"))
            .await
            .map_err(unavailable)?;
        self.wait(task).await
    }

    async fn delete(&self, ids: Vec<String>) -> Result<(), SearchError> {
        if ids.is_empty() {
            return Ok(());
        }
        let task = self
            .client
            .index(&self.uid)
            .delete_documents(&ids)
            .await
            .map_err(unavailable)?;
        self.wait(task).await
    }

    async fn replace_all(&self, docs: Vec<Doc>) -> Result<(), SearchError> {
        let task = self
            .client
            .index(&self.uid)
            .delete_all_documents()
            .await
            .map_err(unavailable)?;
        self.wait(task).await?;
        for chunk in docs.chunks(5_000) {
            self.upsert(chunk.to_vec()).await?;
        }
        Ok(())
    }

    async fn count(&self) -> Result<u64, SearchError> {
        let stats = self
            .client
            .index(&self.uid)
            .get_stats()
            .await
            .map_err(unavailable)?;
        Ok(stats.number_of_documents as u64)
    }

    async fn search(&self, q: SearchQuery) -> Result<SearchResults, SearchError> {
        let prepared = Prepared::new(q);
        let index = self.client.index(&self.uid);
        let sort = prepared.sort_refs();
        let results = prepared
            .request(&index, &sort)
            .execute::<MeiliHit>()
            .await
            .map_err(unavailable)?;
        Ok(prepared.results(results))
    }

    /// The searches of one page in one multi-search request: one round trip, one queue slot.
    async fn search_many(
        &self,
        queries: Vec<SearchQuery>,
    ) -> Result<Vec<SearchResults>, SearchError> {
        if queries.is_empty() {
            return Ok(Vec::new());
        }
        let prepared: Vec<Prepared> = queries.into_iter().map(Prepared::new).collect();
        let index = self.client.index(&self.uid);
        let sorts: Vec<Vec<&str>> = prepared.iter().map(Prepared::sort_refs).collect();
        let mut multi = self.client.multi_search();
        for (p, sort) in prepared.iter().zip(&sorts) {
            multi.with_search_query(p.request(&index, sort));
        }
        let response = multi.execute::<MeiliHit>().await.map_err(unavailable)?;
        if response.results.len() != prepared.len() {
            return Err(SearchError::Index(format!(
                "Meilisearch answered {} searches of {}",
                response.results.len(),
                prepared.len()
            )));
        }
        Ok(prepared
            .iter()
            .zip(response.results)
            .map(|(p, r)| p.results(r))
            .collect())
    }
}

/// One query in Meilisearch's terms, kept alive while the request borrows it.
struct Prepared {
    query: SearchQuery,
    filter: String,
    sort: Vec<String>,
    facets: Vec<&'static str>,
}

impl Prepared {
    fn new(query: SearchQuery) -> Self {
        Prepared {
            filter: filter_string(&query),
            sort: sort_terms(&query),
            facets: query.facets.iter().map(|f| facet_attribute(*f)).collect(),
            query,
        }
    }

    fn request<'a>(
        &'a self,
        index: &'a meilisearch_sdk::indexes::Index,
        sort: &'a [&'a str],
    ) -> meilisearch_sdk::search::SearchQuery<'a, meilisearch_sdk::reqwest::ReqwestClient> {
        let q = &self.query;
        let per_page = q.limit.max(1);
        let mut request = meilisearch_sdk::search::SearchQuery::new(index);
        // Page-based pagination gives exact totals; our offsets are always page-aligned.
        // `_geo` is retrieved because Meilisearch adds `_geoDistance` only to hits that show it.
        request
            .with_query(&q.text)
            .with_filter(&self.filter)
            .with_matching_strategy(MatchingStrategies::ALL)
            .with_hits_per_page(per_page)
            .with_page(q.offset / per_page + 1)
            .with_attributes_to_retrieve(Selectors::Some(&["doc", "_geo"]));
        if !sort.is_empty() {
            request.with_sort(sort);
        }
        if !self.facets.is_empty() {
            request.with_facets(Selectors::Some(&self.facets));
        }
        request
    }

    fn sort_refs(&self) -> Vec<&str> {
        self.sort.iter().map(String::as_str).collect()
    }

    fn results(&self, results: meilisearch_sdk::search::SearchResults<MeiliHit>) -> SearchResults {
        let mut facets = BTreeMap::new();
        for f in &self.query.facets {
            let counts: BTreeMap<String, u64> = results
                .facet_distribution
                .as_ref()
                .and_then(|d| d.get(facet_attribute(*f)))
                .map(|m| m.iter().map(|(k, v)| (k.clone(), *v as u64)).collect())
                .unwrap_or_default();
            facets.insert(f.name().to_string(), counts);
        }
        let hits = results
            .hits
            .into_iter()
            .map(|h| Hit {
                distance_km: h.result.geo_distance.map(|m| m / 1000.0),
                doc: h.result.doc,
            })
            .collect();
        SearchResults {
            hits,
            total: results.total_hits.unwrap_or(0) as u64,
            facets,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Filters, Near};

    #[test]
    fn filters_quote_and_escape_every_value() {
        let q = SearchQuery {
            filters: Filters {
                topics: vec!["science".into(), "x\" OR kind = \"badge".into()],
                age: Some(14),
                free_only: true,
                starts_from: Some(100),
                starts_to: Some(200),
                near: Some(Near {
                    lat: 41.9,
                    lng: -87.6,
                    radius_km: Some(2.5),
                }),
                ..Default::default()
            },
            ..Default::default()
        };
        let f = filter_string(&q);
        assert!(f.starts_with("kind = \"activity\""));
        assert!(
            f.contains("topics IN [\"science\", \"x\\\" OR kind = \\\"badge\"]"),
            "{f}"
        );
        assert!(f.contains("age_lo <= 14 AND age_hi >= 14"));
        assert!(f.contains("session_starts 100 TO 200"));
        assert!(f.contains("_geoRadius(41.9, -87.6, 2500)"));
    }
}
