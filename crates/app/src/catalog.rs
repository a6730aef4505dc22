//! The public, city-wide catalog: organizations, activities and badges anyone may see.

use crate::catalog_cache::Generation;
use crate::context::App;
use crate::error::{Error, Result};
use crate::views::*;
use chrono::NaiveDateTime;
use citybadges_domain::validate::MAX_AGE;
use citybadges_domain::{text, ActivityFormat, ActivityId, NeighbourhoodId, OrgKind, OrgStatus};
use citybadges_i18n::Msg;
use citybadges_store::models::{
    AchievementRow, ActivityRow, ActivitySessionRow, NeighbourhoodRow, OrganizationRow,
};
use citybadges_store::repo::activities::{PublicFilter, Sort};
use citybadges_store::repo::{self, orgs::OrgFilter, Paging};
use citybadges_store::AnyConnection;
use std::collections::HashMap;
use std::time::Duration;

pub const MAX_PER_PAGE: u32 = 100;
pub const MAX_PAGE: u32 = 10_000;
/// The sorts of the activity list, the first the default.
pub const ACTIVITY_SORTS: &[&str] = &["soonest", "newest", "title"];

/// Query of the public activity list (`/api/v1/activities`, the home page, the fallback of search):
/// the one description of the route's parameters; raw strings are checked by
/// [`ActivityQuery::validate`].
#[derive(Debug, Clone, Default, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ActivityQuery {
    /// Topic slug (see `/api/v1/city`).
    pub topic: Option<String>,
    /// The learner's age: activities whose age range includes it.
    pub age: Option<i64>,
    /// Organization slug.
    pub organization: Option<String>,
    /// Neighbourhood slug.
    pub neighbourhood: Option<String>,
    /// in_person, online or hybrid.
    pub format: Option<String>,
    /// Only free activities.
    pub free: Option<bool>,
    /// Words in the title or summary (the database's simple text match): the search fallback's,
    /// not a parameter of the route.
    #[serde(skip)]
    pub text: Option<String>,
    /// soonest (next session first; the default), newest or title.
    pub sort: Option<String>,
    /// Page number, from 1.
    pub page: Option<i64>,
    /// Items per page (default 20).
    pub per_page: Option<i64>,
}

pub fn paging(page: Option<i64>, per_page: Option<i64>, default_per_page: u32) -> Result<Paging> {
    let page = page.unwrap_or(1);
    if !(1..=i64::from(MAX_PAGE)).contains(&page) {
        return Err(Error::invalid(
            "page",
            Msg::new("err-between").with("min", 1).with("max", MAX_PAGE),
        ));
    }
    let per_page = per_page.unwrap_or(i64::from(default_per_page));
    if !(1..=i64::from(MAX_PER_PAGE)).contains(&per_page) {
        return Err(Error::invalid(
            "per_page",
            Msg::new("err-between")
                .with("min", 1)
                .with("max", MAX_PER_PAGE),
        ));
    }
    Ok(Paging {
        page: page as u32,
        per_page: per_page as u32,
    })
}

fn slug_filter(field: &'static str, v: &Option<String>) -> Result<Option<String>> {
    match v.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(s) => citybadges_domain::validate::slug(s)
            .map(Some)
            .map_err(|_| Error::invalid(field, Msg::new("err-unknown-slug"))),
    }
}

impl ActivityQuery {
    fn validate(&self) -> Result<(PublicFilter, Paging)> {
        let age = match self.age {
            None => None,
            Some(a) if (0..=i64::from(MAX_AGE)).contains(&a) => Some(a as i32),
            Some(_) => {
                return Err(Error::invalid(
                    "age",
                    Msg::new("err-between").with("min", 0).with("max", MAX_AGE),
                ))
            }
        };
        let format = match self.format.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(f) => Some(
                f.parse::<ActivityFormat>()
                    .map_err(|e| Error::invalid("format", e.msg()))?,
            ),
        };
        let sort = match self.sort.as_deref().map(str::trim) {
            None | Some("") | Some("soonest") => Sort::Soonest,
            Some("newest") => Sort::Newest,
            Some("title") => Sort::Title,
            Some(_) => {
                return Err(Error::invalid(
                    "sort",
                    Msg::new("err-one-of").with("allowed", ACTIVITY_SORTS.join(", ")),
                ))
            }
        };
        let filter = PublicFilter {
            topic_slug: slug_filter("topic", &self.topic)?,
            age,
            organization_slug: slug_filter("organization", &self.organization)?,
            neighbourhood_slug: slug_filter("neighbourhood", &self.neighbourhood)?,
            format,
            free_only: self.free.unwrap_or(false),
            text: self.text.clone().filter(|t| t.chars().count() <= 200),
            sort,
        };
        Ok((filter, paging(self.page, self.per_page, 20)?))
    }
}

pub(crate) fn utc(t: NaiveDateTime) -> chrono::DateTime<chrono::Utc> {
    t.and_utc()
}

pub(crate) fn org_view(o: OrganizationRow, hood: Option<&NeighbourhoodRow>) -> OrganizationView {
    OrganizationView {
        url: format!("/orgs/{}", o.slug),
        summary: text::summary(&o.description_md, 160),
        id: o.id.to_string(),
        slug: o.slug,
        name: o.name,
        kind: o.kind,
        kind_label: o.kind.label().to_string(),
        status: o.status,
        description_html: o.description_html,
        website: o.website,
        address: o.address,
        neighbourhood: hood.map(|n| Named {
            slug: n.slug.clone(),
            name: n.name.clone(),
        }),
    }
}

pub(crate) fn session_view(s: &ActivitySessionRow) -> SessionView {
    SessionView {
        id: s.id.to_string(),
        starts_at: utc(s.starts_at),
        ends_at: utc(s.ends_at),
        capacity: s.capacity,
    }
}

pub(crate) fn badge_view(a: AchievementRow, org: &OrganizationRow) -> BadgeView {
    let skills = serde_json::from_str::<Vec<SkillView>>(&a.skills).unwrap_or_default();
    BadgeView {
        criteria_html: text::markdown_to_safe_html(&a.criteria_md),
        id: a.id.to_string(),
        slug: a.slug,
        name: a.name,
        description: a.description,
        achievement_type: a.achievement_type,
        level_name: a.level_name,
        level_rank: a.level_rank,
        city_level: a.city_level,
        skills,
        image_url: a.image_url,
        organization: Named {
            slug: org.slug.clone(),
            name: org.name.clone(),
        },
    }
}

/// Related data for a page of activities, loaded in four queries whatever the page size.
struct Related {
    topics: HashMap<ActivityId, Vec<Named>>,
    next: HashMap<ActivityId, ActivitySessionRow>,
    badges: HashMap<ActivityId, Vec<Named>>,
    hoods: HashMap<NeighbourhoodId, NeighbourhoodRow>,
}

fn load_related(conn: &mut AnyConnection, rows: &[ActivityRow]) -> Result<Related> {
    let ids: Vec<ActivityId> = rows.iter().map(|a| a.id).collect();
    let mut topics: HashMap<ActivityId, Vec<Named>> = HashMap::new();
    for (aid, t) in repo::activities::topics_for(conn, &ids)? {
        topics.entry(aid).or_default().push(Named {
            slug: t.slug,
            name: t.name,
        });
    }
    let mut next = HashMap::new();
    for s in repo::activities::upcoming_sessions_for(conn, &ids, citybadges_store::now())? {
        next.entry(s.activity_id).or_insert(s);
    }
    let mut badges: HashMap<ActivityId, Vec<Named>> = HashMap::new();
    for (aid, b) in repo::activities::achievements_for(conn, &ids)? {
        badges.entry(aid).or_default().push(Named {
            slug: b.slug,
            name: b.name,
        });
    }
    let hood_ids: Vec<NeighbourhoodId> = rows.iter().filter_map(|a| a.neighbourhood_id).collect();
    let hoods = repo::activities::neighbourhoods_by_id(conn, &hood_ids)?
        .into_iter()
        .map(|n| (n.id, n))
        .collect();
    Ok(Related {
        topics,
        next,
        badges,
        hoods,
    })
}

fn activity_view(a: ActivityRow, org: &OrganizationRow, rel: &mut Related) -> ActivityView {
    ActivityView {
        url: format!("/orgs/{}/activities/{}", org.slug, a.slug),
        topics: rel.topics.remove(&a.id).unwrap_or_default(),
        next_session: rel.next.get(&a.id).map(session_view),
        badges: rel.badges.remove(&a.id).unwrap_or_default(),
        neighbourhood: a
            .neighbourhood_id
            .as_ref()
            .and_then(|n| rel.hoods.get(n))
            .map(|n| Named {
                slug: n.slug.clone(),
                name: n.name.clone(),
            }),
        organization: Named {
            slug: org.slug.clone(),
            name: org.name.clone(),
        },
        is_free: a.cost_cents == 0,
        id: a.id.to_string(),
        slug: a.slug,
        title: a.title,
        summary: a.summary,
        age_min: a.age_min,
        age_max: a.age_max,
        cost_cents: a.cost_cents,
        format: a.format,
        format_label: a.format.label().to_string(),
        status: a.status,
        language: a.language,
        location_name: a.location_name,
    }
}

/// Views for activities of one organization or many (each row with its organization).
pub(crate) fn activity_views(
    conn: &mut AnyConnection,
    rows: Vec<(ActivityRow, OrganizationRow)>,
) -> Result<Vec<ActivityView>> {
    let activities: Vec<ActivityRow> = rows.iter().map(|(a, _)| a.clone()).collect();
    let mut rel = load_related(conn, &activities)?;
    Ok(rows
        .into_iter()
        .map(|(a, o)| activity_view(a, &o, &mut rel))
        .collect())
}

pub(crate) const CITY_CACHE_KEY: &str = "cache:city:v1";

/// The activity list's cache key for a filter (the order does not change the count).
fn count_key(filter: &PublicFilter) -> String {
    let unordered = PublicFilter {
        sort: Sort::default(),
        ..filter.clone()
    };
    format!("activities-count:{unordered:?}")
}

impl App {
    /// Published activities of active organizations, filtered and paged.
    pub async fn list_activities(&self, q: ActivityQuery) -> Result<PageOf<ActivityView>> {
        let (filter, paging) = q.validate()?;
        self.blocking(move |app| {
            let generation = app.catalog_generation();
            app.activities_page(&generation, &filter, paging)
        })
        .await
    }

    /// A page of the public list (blocking), from the catalog cache when it is there.
    fn activities_page(
        &self,
        generation: &Generation,
        filter: &PublicFilter,
        paging: Paging,
    ) -> Result<PageOf<ActivityView>> {
        let mut conn = None;
        let total = self.cached(generation, &count_key(filter), || {
            let conn = connection(self, &mut conn)?;
            Ok((repo::activities::count_public(conn, filter)?, None))
        })?;
        let key = format!("activities:{filter:?}:{}:{}", paging.page, paging.per_page);
        self.cached(generation, &key, || {
            let conn = connection(self, &mut conn)?;
            let until = self.sessions_hold_until(generation, conn)?;
            let rows =
                repo::activities::page_public(conn, filter, paging, citybadges_store::now())?;
            let page = PageOf {
                items: activity_views(conn, rows)?,
                total,
                page: paging.page,
                per_page: paging.per_page,
            };
            Ok((page, until))
        })
    }

    pub async fn activity_detail(&self, org_slug: String, slug: String) -> Result<ActivityDetail> {
        self.blocking(move |app| {
            let generation = app.catalog_generation();
            app.cached_activity(&generation, &org_slug, &slug)
        })
        .await
    }

    /// An activity's public view under `generation`, from the cache when it holds it.
    pub(crate) fn cached_activity(
        &self,
        generation: &Generation,
        org_slug: &str,
        slug: &str,
    ) -> Result<ActivityDetail> {
        let key = format!("activity:{org_slug:?}/{slug:?}");
        self.cached(generation, &key, || {
            let mut conn = self.pool().get()?;
            let until = self.sessions_hold_until(generation, &mut conn)?;
            Ok((activity_detail(&mut conn, org_slug, slug)?, until))
        })
    }

    /// Active organizations, optionally of one kind.
    pub async fn list_organizations(
        &self,
        kind: Option<String>,
        page: Option<i64>,
        per_page: Option<i64>,
    ) -> Result<PageOf<OrganizationView>> {
        let kind = match kind.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(k) => Some(
                k.parse::<OrgKind>()
                    .map_err(|e| Error::invalid("kind", e.msg()))?,
            ),
        };
        let paging = paging(page, per_page, 50)?;
        self.blocking(move |app| {
            let generation = app.catalog_generation();
            app.organizations_page(&generation, kind, paging)
        })
        .await
    }

    /// A page of the organization directory (blocking), from the catalog cache when it is there.
    fn organizations_page(
        &self,
        generation: &Generation,
        kind: Option<OrgKind>,
        paging: Paging,
    ) -> Result<PageOf<OrganizationView>> {
        let key = format!("organizations:{kind:?}:{}:{}", paging.page, paging.per_page);
        self.cached(generation, &key, || {
            let mut conn = self.pool().get()?;
            Ok((organizations_page(&mut conn, kind, paging)?, None))
        })
    }

    /// An active organization's public page: profile, badges and published activities.
    pub async fn organization_page(
        &self,
        slug: String,
        page: Option<i64>,
    ) -> Result<(OrganizationView, Vec<BadgeView>, PageOf<ActivityView>)> {
        let paging = paging(page, None, 20)?;
        self.blocking(move |app| {
            let generation = app.catalog_generation();
            let (org, badges) =
                app.cached(&generation, &format!("organization:{slug:?}"), || {
                    let mut conn = app.pool().get()?;
                    Ok((organization_profile(&mut conn, &slug)?, None))
                })?;
            let (filter, paging) = ActivityQuery {
                organization: Some(org.slug.clone()),
                page: Some(i64::from(paging.page)),
                per_page: Some(i64::from(paging.per_page)),
                ..Default::default()
            }
            .validate()?;
            let activities = app.activities_page(&generation, &filter, paging)?;
            Ok((org, badges, activities))
        })
        .await
    }

    pub async fn badge_page(&self, org_slug: String, slug: String) -> Result<BadgeView> {
        self.blocking(move |app| {
            let generation = app.catalog_generation();
            let key = format!("badge:{org_slug:?}/{slug:?}");
            app.cached(&generation, &key, || {
                let mut conn = app.pool().get()?;
                let (b, org) = repo::achievements::public_by_slugs(&mut conn, &org_slug, &slug)?
                    .ok_or(Error::NotFound("badge"))?;
                Ok((badge_view(b, &org), None))
            })
        })
        .await
    }

    /// What the home page shows: the city, the six soonest activities with how many there are in
    /// all, and how many organizations offer them. One look at the catalog cache.
    pub async fn home(&self) -> Result<(CityView, PageOf<ActivityView>, i64)> {
        self.blocking(|app| {
            let generation = app.catalog_generation();
            let city = app.city_view(&generation)?;
            let (filter, paging) = ActivityQuery {
                per_page: Some(6),
                ..Default::default()
            }
            .validate()?;
            let upcoming = app.activities_page(&generation, &filter, paging)?;
            let org_count = app
                .organizations_page(
                    &generation,
                    None,
                    Paging {
                        page: 1,
                        per_page: 1,
                    },
                )?
                .total;
            Ok((city, upcoming, org_count))
        })
        .await
    }

    /// City name, topics, neighbourhoods and levels: read on every page, so cached.
    pub async fn city(&self) -> Result<CityView> {
        self.blocking(|app| {
            let generation = app.catalog_generation();
            app.city_view(&generation)
        })
        .await
    }

    fn city_view(&self, generation: &Generation) -> Result<CityView> {
        self.cached(generation, "city", || Ok((self.city_settings()?, None)))
    }

    /// The city's settings and vocabularies, shared through the key-value port for a minute.
    fn city_settings(&self) -> Result<CityView> {
        if let Ok(Some(bytes)) = self.kv().get(CITY_CACHE_KEY) {
            if let Ok(city) = serde_json::from_slice::<CityView>(&bytes) {
                return Ok(city);
            }
        }
        let mut conn = self.pool().get()?;
        let settings = repo::city::settings(&mut conn)?;
        let hoods = repo::city::neighbourhoods(&mut conn)?;
        let map = city_map(settings.as_ref(), &hoods);
        let city = CityView {
            name: settings
                .as_ref()
                .map(|s| s.name.clone())
                .unwrap_or_else(|| "CityBadges".into()),
            time_zone: settings
                .as_ref()
                .map(|s| s.time_zone.clone())
                .unwrap_or_else(|| "UTC".into()),
            currency: settings
                .as_ref()
                .map(|s| s.currency.clone())
                .unwrap_or_else(|| "USD".into()),
            default_locale: settings
                .as_ref()
                .map(|s| s.default_locale)
                .unwrap_or_default(),
            topics: repo::city::topics(&mut conn)?
                .into_iter()
                .map(|t| Named {
                    slug: t.slug,
                    name: t.name,
                })
                .collect(),
            neighbourhoods: hoods
                .iter()
                .map(|n| Named {
                    slug: n.slug.clone(),
                    name: n.name.clone(),
                })
                .collect(),
            levels: repo::city::levels(&mut conn)?
                .into_iter()
                .map(|l| LevelView {
                    rank: l.rank,
                    name: l.name,
                    description: l.description,
                })
                .collect(),
            map,
        };
        if let Ok(bytes) = serde_json::to_vec(&city) {
            // A cache that is down only costs speed.
            let _ = self
                .kv()
                .set(CITY_CACHE_KEY, &bytes, Duration::from_secs(60));
        }
        Ok(city)
    }

    /// Recompute the soonest-first values of activities whose next session has ended; returns
    /// how many were recomputed.
    pub async fn refresh_next_sessions(&self) -> Result<usize> {
        self.tx(|conn| {
            Ok(repo::activities::refresh_next_sessions(
                conn,
                None,
                citybadges_store::now(),
            )?)
        })
        .await
    }
}

/// A pooled connection taken on first use, so a call served from the cache takes none.
fn connection<'a>(
    app: &App,
    slot: &'a mut Option<citybadges_store::PooledConn>,
) -> Result<&'a mut AnyConnection> {
    if slot.is_none() {
        *slot = Some(app.pool().get()?);
    }
    match slot {
        Some(c) => Ok(&mut **c),
        None => Err(Error::Internal("no database connection".into())),
    }
}

fn activity_detail(conn: &mut AnyConnection, org_slug: &str, slug: &str) -> Result<ActivityDetail> {
    let (a, org) = repo::activities::public_by_slugs(conn, org_slug, slug)?
        .ok_or(Error::NotFound("activity"))?;
    let ids = vec![a.id];
    let sessions: Vec<SessionView> =
        repo::activities::upcoming_sessions_for(conn, &ids, citybadges_store::now())?
            .iter()
            .map(session_view)
            .collect();
    let badge_details = repo::activities::achievements_for(conn, &ids)?
        .into_iter()
        .map(|(_, b)| badge_view(b, &org))
        .collect();
    let accessibility = serde_json::from_str(&a.accessibility).unwrap_or_default();
    let (description_html, address, lat, lng) =
        (a.description_html.clone(), a.address.clone(), a.lat, a.lng);
    let activity = activity_views(conn, vec![(a, org)])?
        .pop()
        .ok_or(Error::NotFound("activity"))?;
    Ok(ActivityDetail {
        activity,
        description_html,
        address,
        lat,
        lng,
        accessibility,
        sessions,
        badge_details,
    })
}

fn organizations_page(
    conn: &mut AnyConnection,
    kind: Option<OrgKind>,
    paging: Paging,
) -> Result<PageOf<OrganizationView>> {
    let filter = OrgFilter {
        status: Some(OrgStatus::Active),
        kind,
        neighbourhood_id: None,
    };
    let page = repo::orgs::list(conn, &filter, paging)?;
    let hoods: HashMap<NeighbourhoodId, NeighbourhoodRow> = repo::city::neighbourhoods(conn)?
        .into_iter()
        .map(|n| (n.id, n))
        .collect();
    let items = page
        .items
        .into_iter()
        .map(|o| {
            let hood = o.neighbourhood_id.as_ref().and_then(|h| hoods.get(h));
            org_view(o, hood)
        })
        .collect();
    Ok(PageOf {
        items,
        total: page.total,
        page: paging.page,
        per_page: paging.per_page,
    })
}

/// An active organization's profile and published badges.
fn organization_profile(
    conn: &mut AnyConnection,
    slug: &str,
) -> Result<(OrganizationView, Vec<BadgeView>)> {
    let org = repo::orgs::by_slug(conn, slug)?
        .filter(|o| o.status == OrgStatus::Active)
        .ok_or(Error::NotFound("organization"))?;
    let badges = repo::achievements::public_of_org(conn, org.id)?
        .into_iter()
        .map(|b| badge_view(b, &org))
        .collect::<Vec<_>>();
    let hood = match &org.neighbourhood_id {
        Some(h) => repo::activities::neighbourhoods_by_id(conn, std::slice::from_ref(h))?.pop(),
        None => None,
    };
    Ok((org_view(org, hood.as_ref()), badges))
}

/// Keep activities' soonest-first values current: recompute those whose next session ended,
/// then sleep until the next one ends (at most a minute, as other app nodes add activities),
/// or until a reader finds it late.
pub fn spawn_clock(app: App) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            let wait = match app.refresh_next_sessions().await {
                Ok(n) => {
                    if n > 0 {
                        tracing::debug!(activities = n, "next sessions recomputed");
                    }
                    let next = app
                        .db(|c| Ok(repo::activities::next_session_change(c)?))
                        .await
                        .ok()
                        .flatten();
                    let now = citybadges_store::now();
                    next.map_or(Duration::from_secs(60), |at| {
                        (at - now)
                            .to_std()
                            .unwrap_or_default()
                            .clamp(Duration::from_millis(100), Duration::from_secs(60))
                    })
                }
                Err(e) => {
                    tracing::warn!(error = %e, "recomputing next sessions");
                    Duration::from_secs(5)
                }
            };
            let _ = tokio::time::timeout(wait, app.catalog_clock_woken()).await;
        }
    })
}

/// The city's map from its settings and neighbourhoods. An outline that is not JSON is left out
/// (the neighbourhood still shows at its centre).
fn city_map(
    settings: Option<&citybadges_store::models::CitySettingsRow>,
    hoods: &[NeighbourhoodRow],
) -> CityMap {
    CityMap {
        center_lat: settings.map(|s| s.center_lat).unwrap_or_default(),
        center_lng: settings.map(|s| s.center_lng).unwrap_or_default(),
        areas: hoods
            .iter()
            .map(|n| MapArea {
                slug: n.slug.clone(),
                name: n.name.clone(),
                lat: n.center_lat,
                lng: n.center_lng,
                outline: n
                    .boundary_geojson
                    .as_deref()
                    .and_then(|g| serde_json::from_str(g).ok()),
            })
            .collect(),
    }
}
