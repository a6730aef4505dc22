//! City-wide search: queries with a fallback when the backend is down, and keeping the index in
//! step with the database (outbox changes, full rebuilds).

pub mod docs;
pub mod follow;
pub mod params;

use crate::catalog::{ActivityQuery, MAX_PER_PAGE};
use crate::context::App;
use crate::error::{Error, Result};
use crate::views::{ActivityView, Named, SessionView};
use citybadges_domain::{ActivityId, OrgId};
use citybadges_i18n::Msg;
use citybadges_search::{DocKind, Hit, SearchError, SearchQuery, SearchResults};
use citybadges_store::repo;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use utoipa::ToSchema;

pub use citybadges_search::AGE_FACET_RANGE;
pub use params::{from_form, from_query_string, SearchParams};

/// Which records changed; the outbox worker re-reads them and updates the index.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SearchChange {
    pub activities: Vec<ActivityId>,
    /// Organizations whose own document and every activity must be refreshed.
    pub organizations: Vec<OrgId>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SearchHitView {
    pub id: String,
    pub url: String,
    pub title: String,
    pub summary: String,
    pub organization: Named,
    pub topics: Vec<Named>,
    pub neighbourhood: Option<Named>,
    pub location_name: Option<String>,
    pub age_min: Option<i32>,
    pub age_max: Option<i32>,
    pub cost_cents: i32,
    pub is_free: bool,
    pub format: String,
    pub next_session: Option<SessionView>,
    pub badges: Vec<Named>,
    pub spots_left: Option<i64>,
    /// Kilometres from the point searched around.
    pub distance_km: Option<f64>,
    /// Where it takes place, when it has a place (online activities have none).
    pub lat: Option<f64>,
    pub lng: Option<f64>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct EntityHit {
    pub title: String,
    pub url: String,
    pub summary: String,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SearchPage {
    pub items: Vec<SearchHitView>,
    pub total: u64,
    pub page: usize,
    pub per_page: usize,
    /// Facet -> value -> number of matching activities.
    pub facets: BTreeMap<String, BTreeMap<String, u64>>,
    /// True when search was unavailable and a simpler database listing answered instead.
    pub degraded: bool,
    pub notice: Option<String>,
    /// Organizations and badges whose names match the text (a few of each).
    pub organizations: Vec<EntityHit>,
    pub badges: Vec<EntityHit>,
}

fn hit_view(h: Hit) -> SearchHitView {
    let d = h.doc;
    let names = |slugs: Vec<String>, names: Vec<String>| -> Vec<Named> {
        slugs
            .into_iter()
            .zip(names)
            .map(|(slug, name)| Named { slug, name })
            .collect()
    };
    let next_session = d.sessions.iter().min_by_key(|s| s.starts_at).and_then(|s| {
        Some(SessionView {
            id: String::new(),
            starts_at: chrono::DateTime::from_timestamp(s.starts_at, 0)?,
            ends_at: chrono::DateTime::from_timestamp(s.ends_at, 0)?,
            capacity: s.capacity,
        })
    });
    SearchHitView {
        organization: Named {
            slug: d.organization_slug,
            name: d.organization_name,
        },
        topics: names(d.topics, d.topic_names),
        neighbourhood: d
            .neighbourhood
            .zip(d.neighbourhood_name)
            .map(|(slug, name)| Named { slug, name }),
        badges: names(d.badges, d.badge_names),
        is_free: d.cost_cents == 0,
        next_session,
        id: d.id,
        url: d.url,
        title: d.title,
        summary: d.summary,
        location_name: d.location_name,
        age_min: d.age_min,
        age_max: d.age_max,
        cost_cents: d.cost_cents,
        format: d.format,
        spots_left: d.spots_left,
        distance_km: h.distance_km.map(|k| (k * 100.0).round() / 100.0),
        lat: d.geo.map(|g| g.lat),
        lng: d.geo.map(|g| g.lng),
    }
}

fn from_activity_view(a: ActivityView) -> SearchHitView {
    SearchHitView {
        id: a.id,
        url: a.url,
        title: a.title,
        summary: a.summary,
        organization: a.organization,
        topics: a.topics,
        neighbourhood: a.neighbourhood,
        location_name: a.location_name,
        age_min: a.age_min,
        age_max: a.age_max,
        cost_cents: a.cost_cents,
        is_free: a.is_free,
        format: a.format.to_string(),
        next_session: a.next_session,
        badges: a.badges,
        spots_left: None,
        distance_km: None,
        // The database's fallback list carries no places: its results stay off the map.
        lat: None,
        lng: None,
    }
}

impl App {
    /// The city's time zone (sessions' days and hours are the city's).
    pub async fn city_tz(&self) -> chrono_tz::Tz {
        self.city()
            .await
            .ok()
            .and_then(|c| c.time_zone.parse().ok())
            .unwrap_or(chrono_tz::UTC)
    }

    /// Search the city's activities. When the search backend is down, a simpler database listing
    /// (text in titles, the basic filters) answers and says so.
    pub async fn search_catalog(&self, p: SearchParams) -> Result<SearchPage> {
        // The search every visitor starts from (no words, no filters: the whole catalog with
        // its facet counts) is the same for all of them: kept in the catalog cache, which the
        // outbox renews after each change reaches the index.
        if !p.asks_nothing() {
            return self.search_uncached(p).await;
        }
        const KEY: &str = "search:everything";
        let generation = self.blocking(|app| Ok(app.catalog_generation())).await?;
        if let Some(page) = self.cache_get::<SearchPage>(&generation, KEY) {
            return Ok(page);
        }
        let started = citybadges_store::now();
        let page = self.search_uncached(p).await?;
        if !page.degraded {
            self.cache_put(&generation, KEY, page.clone(), None, started);
        }
        Ok(page)
    }

    async fn search_uncached(&self, mut p: SearchParams) -> Result<SearchPage> {
        let tz = self.city_tz().await;
        if let (Some(place), None, None) = (
            p.near.clone().filter(|n| !n.trim().is_empty()),
            &p.lat,
            &p.lng,
        ) {
            let hood = self
                .db(|conn| Ok(repo::city::neighbourhoods(conn)?))
                .await?
                .into_iter()
                .find(|n| n.slug == place.trim())
                .ok_or_else(|| Error::invalid("near", Msg::new("err-near-unknown")))?;
            p.lat = Some(hood.center_lat.to_string());
            p.lng = Some(hood.center_lng.to_string());
            p.radius_km.get_or_insert_with(|| "3".into());
        }
        let (q, page, per_page) = p.query(tz)?;
        match self.search_with_entities(&q).await {
            Ok((activities, organizations, badges)) => Ok(SearchPage {
                items: activities.hits.into_iter().map(hit_view).collect(),
                total: activities.total,
                page,
                per_page,
                facets: activities.facets,
                degraded: false,
                notice: None,
                organizations,
                badges,
            }),
            Err(SearchError::BadQuery(m)) => {
                Err(Error::BadRequest(Msg::new("err-detail").with("detail", m)))
            }
            Err(e) => {
                tracing::warn!(error = %e, "search unavailable; answering from the database");
                self.fallback(&q, page, per_page).await
            }
        }
    }

    /// The activities, plus a few organizations and badges matching the text, in one call. The
    /// organizations and badges are a courtesy: when their searches fail, the activities are asked
    /// for alone and the page goes on without them.
    async fn search_with_entities(
        &self,
        q: &SearchQuery,
    ) -> std::result::Result<(SearchResults, Vec<EntityHit>, Vec<EntityHit>), SearchError> {
        let side = entity_queries(q);
        if side.is_empty() {
            return Ok((self.search_index().search(q.clone()).await?, vec![], vec![]));
        }
        let mut queries = vec![q.clone()];
        queries.extend(side);
        match self.search_index().search_many(queries).await {
            Ok(results) if results.len() == 3 => {
                let [activities, organizations, badges]: [SearchResults; 3] = results
                    .try_into()
                    .map_err(|_| SearchError::Index("three results".into()))?;
                Ok((activities, entity_hits(organizations), entity_hits(badges)))
            }
            Ok(results) => Err(SearchError::Index(format!(
                "3 searches answered with {} results",
                results.len()
            ))),
            Err(e) => {
                tracing::debug!(error = %e, "searching with organizations and badges; activities alone");
                Ok((self.search_index().search(q.clone()).await?, vec![], vec![]))
            }
        }
    }

    async fn fallback(&self, q: &SearchQuery, page: usize, per_page: usize) -> Result<SearchPage> {
        let f = &q.filters;
        let one = |v: &[String]| v.first().cloned();
        let list = self
            .list_activities(ActivityQuery {
                topic: one(&f.topics),
                age: f.age.map(i64::from),
                organization: one(&f.organizations),
                neighbourhood: one(&f.neighbourhoods),
                format: one(&f.formats),
                free: Some(f.free_only),
                text: Some(q.text.clone()).filter(|t| !t.trim().is_empty()),
                sort: None,
                page: Some(page as i64),
                per_page: Some(per_page.min(MAX_PER_PAGE as usize) as i64),
            })
            .await?;
        Ok(SearchPage {
            total: list.total.max(0) as u64,
            items: list.items.into_iter().map(from_activity_view).collect(),
            page,
            per_page,
            facets: BTreeMap::new(),
            degraded: true,
            notice: Some(
                "Search is having trouble right now, so this is a simpler list: titles only, one value per filter, no counts."
                    .into(),
            ),
            organizations: Vec::new(),
            badges: Vec::new(),
        })
    }

    /// Rebuild the whole index from the database; returns the number of documents.
    pub async fn rebuild_search_index(&self) -> Result<usize> {
        let started = citybadges_store::now();
        let tz = self.city_tz().await;
        let docs = self
            .db(move |conn| {
                let mut docs = docs::activity_docs(conn, None, tz, citybadges_store::now())?;
                docs.extend(docs::org_and_badge_docs(conn)?);
                Ok(docs)
            })
            .await?;
        let n = docs.len();
        self.search_index()
            .replace_all(docs)
            .await
            .map_err(|e| Error::Unavailable(e.to_string()))?;
        self.search_rebuilt(started).await;
        // Cached search results came from the index as it was.
        self.catalog_changed().await;
        Ok(n)
    }

    /// Rebuild when the index is empty (new, or reset by a schema change). Returns what was done.
    pub async fn ensure_search_index(&self) -> Result<Option<usize>> {
        let count = self
            .search_index()
            .count()
            .await
            .map_err(|e| Error::Unavailable(e.to_string()))?;
        if count > 0 {
            return Ok(None);
        }
        self.rebuild_search_index().await.map(Some)
    }

    /// Bring the index in line with the database for the records named in `change`.
    pub(crate) async fn apply_search_change(&self, change: SearchChange) -> Result<()> {
        let tz = self.city_tz().await;
        let (docs, gone) = self
            .db(move |conn| {
                let mut ids = change.activities.clone();
                for org in &change.organizations {
                    ids.extend(repo::activities::ids_of_org(conn, *org)?);
                }
                let mut docs = docs::activity_docs(conn, Some(&ids), tz, citybadges_store::now())?;
                if !change.organizations.is_empty() {
                    // Organization and badge documents are few: refresh them all.
                    docs.extend(docs::org_and_badge_docs(conn)?);
                }
                // Whatever is no longer public leaves the index.
                let kept: std::collections::HashSet<&String> = docs.iter().map(|d| &d.id).collect();
                let mut gone: Vec<String> = ids
                    .iter()
                    .map(ToString::to_string)
                    .filter(|i| !kept.contains(i))
                    .collect();
                gone.extend(
                    change
                        .organizations
                        .iter()
                        .map(ToString::to_string)
                        .filter(|o| !kept.contains(o)),
                );
                Ok((docs, gone))
            })
            .await?;
        let index = self.search_index();
        let applied = match index.delete(gone).await {
            Ok(()) => index.upsert(docs).await,
            Err(e) => Err(e),
        };
        // Cached search results now differ; and the use case that queued this change already
        // told the catalog cache, so once more covers a node that could not just after its commit.
        self.catalog_changed().await;
        applied.map_err(|e| Error::Unavailable(e.to_string()))
    }
}

/// On a first page with text: five organizations and five badges matching it, then.
fn entity_queries(q: &SearchQuery) -> Vec<SearchQuery> {
    if q.text.trim().is_empty() || q.offset > 0 {
        return Vec::new();
    }
    [DocKind::Organization, DocKind::Badge]
        .into_iter()
        .map(|kind| SearchQuery {
            text: q.text.clone(),
            kind,
            limit: 5,
            ..Default::default()
        })
        .collect()
}

fn entity_hits(results: SearchResults) -> Vec<EntityHit> {
    results
        .hits
        .into_iter()
        .map(|h| EntityHit {
            title: h.doc.title,
            url: h.doc.url,
            summary: h.doc.summary,
        })
        .collect()
}
