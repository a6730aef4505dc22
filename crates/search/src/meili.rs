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
    FacetingSettings, FilterFeatureModes, FilterFeatures, FilterableAttribute,
    FilterableAttributesSettings, MinWordSizeForTypos, PaginationSetting, Settings,
    TypoToleranceSettings,
};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

const TASK_TIMEOUT: Duration = Duration::from_secs(30);
/// Stands for "no limit" in numeric filters (sessions without capacity).
const UNLIMITED: i64 = 1_000_000_000_000;
/// The attribute holding every facet but the organization, as `name:value` strings.
const FACETS: &str = "facets";
/// Facet values Meilisearch returns per faceted attribute (`faceting.maxValuesPerFacet`). The
/// combined attribute holds about 150 values at 10x Chicago (topics, neighbourhoods, ages 5-24
/// and the small vocabularies); the organization facet one per organization. A distribution
/// that reaches this many values may be cut (lexicographically last values first): logged.
pub const MAX_VALUES_PER_FACET: usize = 2_000;

pub struct MeiliEngine {
    client: Client,
    uid: String,
}

/// The document as Meilisearch stores it: the filterable fields plus the full [`Doc`].
///
/// Every facet but the organization lives in one attribute, `facets`, as `name:value` strings
/// (`topic:science`, `age:12`): Meilisearch counts a facet distribution attribute by attribute,
/// reading each matching document's values once per attribute, so twelve attributes cost twelve
/// reads per match and one costs one. The organization facet (a value per organization: thousands
/// in a big city) keeps its own attribute and is counted only when a query asks for it.
#[derive(Serialize, Deserialize)]
struct MeiliDoc {
    id: String,
    kind: DocKind,
    title: String,
    tags: String,
    body: String,
    facets: Vec<String>,
    organization: String,
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

/// One value of the combined `facets` attribute.
fn facet_value(f: Facet, value: &str) -> String {
    format!("{}:{value}", f.name())
}

/// Every value of the combined `facets` attribute for a document (all facets but organization).
fn facet_values(d: &Doc) -> Vec<String> {
    let mut out = Vec::new();
    let mut add = |f: Facet, values: &mut dyn Iterator<Item = &str>| {
        out.extend(values.filter(|v| !v.is_empty()).map(|v| facet_value(f, v)));
    };
    add(Facet::Topic, &mut d.topics.iter().map(String::as_str));
    add(
        Facet::Neighbourhood,
        &mut d.neighbourhood.iter().map(String::as_str),
    );
    add(Facet::Format, &mut std::iter::once(d.format.as_str()));
    add(
        Facet::OrgKind,
        &mut std::iter::once(d.organization_kind.as_str()),
    );
    add(Facet::Day, &mut d.days.iter().map(String::as_str));
    add(Facet::Time, &mut d.times.iter().map(String::as_str));
    add(Facet::Language, &mut std::iter::once(d.language.as_str()));
    add(
        Facet::Accessibility,
        &mut d.accessibility.iter().map(String::as_str),
    );
    add(Facet::Cost, &mut std::iter::once(cost_bucket(d.cost_cents)));
    add(Facet::Badge, &mut std::iter::once(badge_bucket(&d.badges)));
    let ages = age_values(d.age_min, d.age_max);
    add(Facet::Age, &mut ages.iter().map(String::as_str));
    add(
        Facet::Spots,
        &mut std::iter::once(spots_bucket(d.spots_left)),
    );
    out
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
            facets: facet_values(d),
            organization: d.organization_slug.clone(),
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

fn any_of(attribute: &str, values: impl IntoIterator<Item = String>) -> Option<String> {
    let list = values
        .into_iter()
        .map(|v| quote(&v))
        .collect::<Vec<_>>()
        .join(", ");
    (!list.is_empty()).then(|| format!("{attribute} IN [{list}]"))
}

/// The filter expression for a query (public for its tests).
pub fn filter_string(q: &SearchQuery) -> String {
    let f = &q.filters;
    let mut parts = vec![format!("kind = {}", quote(q.kind.as_str()))];
    // Facet filters ask the combined `facets` attribute for `name:value`.
    for (facet, values) in [
        (Facet::Topic, &f.topics),
        (Facet::Neighbourhood, &f.neighbourhoods),
        (Facet::Format, &f.formats),
        (Facet::Day, &f.days),
        (Facet::Time, &f.times),
        (Facet::OrgKind, &f.org_kinds),
        (Facet::Language, &f.languages),
    ] {
        parts.extend(any_of(FACETS, values.iter().map(|v| facet_value(facet, v))));
    }
    parts.extend(any_of("organization", f.organizations.iter().cloned()));
    parts.extend(any_of("badge_slugs", f.badges.iter().cloned()));
    for a in &f.accessibility {
        parts.push(format!(
            "{FACETS} = {}",
            quote(&facet_value(Facet::Accessibility, a))
        ));
    }
    if f.with_badge {
        parts.push(format!(
            "{FACETS} = {}",
            quote(&facet_value(Facet::Badge, "yes"))
        ));
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

/// The attribute a facet is counted on.
fn facet_attribute(f: Facet) -> &'static str {
    match f {
        Facet::Organization => "organization",
        _ => FACETS,
    }
}

/// A number filterable by equality and ranges (no facet search: the app never asks for it).
fn numeric(name: &str) -> FilterableAttribute {
    filterable(name, true)
}

/// A string filterable by equality (`=`, `IN`) only: no range index, no facet search.
fn word(name: &str) -> FilterableAttribute {
    filterable(name, false)
}

/// An attribute filterable by equality, and by ranges when `comparison`; never facet-searched.
fn filterable(name: &str, comparison: bool) -> FilterableAttribute {
    FilterableAttribute::Settings(FilterableAttributesSettings {
        attribute_patterns: vec![name.to_string()],
        features: FilterFeatures {
            facet_search: false,
            filter: FilterFeatureModes {
                equality: true,
                comparison,
            },
        },
    })
}

/// The attribute names a filterable-attributes setting covers.
fn filterable_names(list: &[FilterableAttribute]) -> BTreeSet<String> {
    list.iter()
        .flat_map(|a| match a {
            FilterableAttribute::Attribute(name) => vec![name.clone()],
            FilterableAttribute::Settings(s) => s.attribute_patterns.clone(),
        })
        .collect()
}

/// The index settings (public for its tests).
pub fn settings() -> Settings {
    let filterable = [
        word("kind"),
        word(FACETS),
        word("organization"),
        word("badge_slugs"),
        numeric("age_lo"),
        numeric("age_hi"),
        numeric("cost_cents"),
        numeric("session_starts"),
        numeric("spots_left"),
        FilterableAttribute::Attribute("_geo".into()),
    ];
    Settings::new()
        .with_searchable_attributes(["title", "tags", "body"])
        .with_filterable_attributes_advanced(filterable)
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
            max_values_per_facet: MAX_VALUES_PER_FACET,
            sort_facet_values_by: None,
        })
        // Exact totals up to a million matches; the bound costs nothing per query (Meilisearch
        // ranks only as deep as the page asked for, which the app caps at page 1,000 of 100).
        .with_pagination(PaginationSetting {
            max_total_hits: 1_000_000,
        })
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

    /// Apply the settings and wait until they are in force. An index that holds documents of an
    /// older shape (its filterable attributes differ) is emptied, so that the app rebuilds it from
    /// the database (`ensure_search_index`), as the embedded engine does on a schema change.
    async fn apply_settings(&self) -> Result<(), SearchError> {
        let index = self.client.index(&self.uid);
        let before = match index.get_settings().await {
            Ok(s) => s.filterable_attributes.map(|f| filterable_names(&f)),
            Err(meilisearch_sdk::errors::Error::Meilisearch(e))
                if e.error_code == meilisearch_sdk::errors::ErrorCode::IndexNotFound =>
            {
                None
            }
            Err(e) => return Err(unavailable(e)),
        };
        let settings = settings();
        let wanted = filterable_names(settings.filterable_attributes.as_deref().unwrap_or(&[]));
        let task = index.set_settings(&settings).await.map_err(unavailable)?;
        self.wait(task).await?;
        if before.is_some_and(|b| b != wanted) && self.count().await? > 0 {
            tracing::warn!(
                index = %self.uid,
                "Meilisearch index of an older shape: emptied, to be rebuilt from the database"
            );
            let task = index.delete_all_documents().await.map_err(unavailable)?;
            self.wait(task).await?;
        }
        Ok(())
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
            facets: {
                let mut attributes: Vec<&'static str> =
                    query.facets.iter().map(|f| facet_attribute(*f)).collect();
                attributes.sort_unstable();
                attributes.dedup();
                attributes
            },
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
        let mut facets: BTreeMap<String, BTreeMap<String, u64>> = self
            .query
            .facets
            .iter()
            .map(|f| (f.name().to_string(), BTreeMap::new()))
            .collect();
        let distribution = results.facet_distribution.unwrap_or_default();
        for (attribute, counts) in &distribution {
            if counts.len() >= MAX_VALUES_PER_FACET {
                tracing::warn!(
                    attribute,
                    values = counts.len(),
                    "Meilisearch facet distribution at maxValuesPerFacet: counts may be cut"
                );
            }
        }
        if let Some(counts) = distribution.get("organization") {
            if let Some(out) = facets.get_mut(Facet::Organization.name()) {
                out.extend(counts.iter().map(|(k, v)| (k.clone(), *v as u64)));
            }
        }
        for (tagged, count) in distribution.get(FACETS).into_iter().flatten() {
            // Meilisearch answers the original string: `name:value`, the name without a colon.
            let Some((name, value)) = tagged.split_once(':') else {
                continue;
            };
            if let Some(out) = facets.get_mut(name) {
                out.insert(value.to_string(), *count as u64);
            }
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
            f.contains("facets IN [\"topic:science\", \"topic:x\\\" OR kind = \\\"badge\"]"),
            "{f}"
        );
        assert!(f.contains("age_lo <= 14 AND age_hi >= 14"));
        assert!(f.contains("session_starts 100 TO 200"));
        assert!(f.contains("_geoRadius(41.9, -87.6, 2500)"));
    }

    #[test]
    fn one_facets_attribute_holds_every_facet_but_the_organization() {
        let d = Doc {
            topics: vec!["science".into(), "arts".into()],
            neighbourhood: Some("north".into()),
            format: "online".into(),
            organization_slug: "museum".into(),
            organization_kind: "museum".into(),
            days: vec!["sat".into()],
            times: vec!["evening".into()],
            language: "es".into(),
            accessibility: vec!["asl".into()],
            cost_cents: 0,
            badges: vec!["b".into()],
            age_min: Some(23),
            age_max: None,
            spots_left: Some(0),
            ..Default::default()
        };
        let values = facet_values(&d);
        for want in [
            "topic:science",
            "topic:arts",
            "neighbourhood:north",
            "format:online",
            "org_kind:museum",
            "day:sat",
            "time:evening",
            "language:es",
            "accessibility:asl",
            "cost:free",
            "badge:yes",
            "age:23",
            "age:24",
            "spots:full",
        ] {
            assert!(values.contains(&want.to_string()), "{want} in {values:?}");
        }
        assert_eq!(values.len(), 14, "{values:?}");
        assert!(values.iter().all(|v| !v.starts_with("organization:")));
        // Every facet but the organization is named in the combined attribute.
        for f in Facet::ALL {
            assert_eq!(facet_attribute(*f) == FACETS, *f != Facet::Organization);
        }
    }

    #[test]
    fn facet_filters_ask_the_combined_attribute() {
        let q = SearchQuery {
            filters: Filters {
                days: vec!["sat".into(), "sun".into()],
                organizations: vec!["museum".into()],
                accessibility: vec!["asl".into(), "wheelchair".into()],
                with_badge: true,
                ..Default::default()
            },
            ..Default::default()
        };
        let f = filter_string(&q);
        assert!(f.contains("facets IN [\"day:sat\", \"day:sun\"]"), "{f}");
        assert!(f.contains("organization IN [\"museum\"]"), "{f}");
        assert!(
            f.contains("facets = \"accessibility:asl\" AND facets = \"accessibility:wheelchair\""),
            "{f}"
        );
        assert!(f.contains("facets = \"badge:yes\""), "{f}");
        let names = filterable_names(settings().filterable_attributes.as_deref().unwrap_or(&[]));
        for attribute in ["kind", FACETS, "organization"] {
            assert!(names.contains(attribute), "{attribute} is filterable");
        }
    }
}
