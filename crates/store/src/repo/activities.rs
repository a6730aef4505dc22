use super::{Page, Paging};
use crate::models::{
    AchievementRow, ActivityAchievementRow, ActivityRow, ActivitySessionRow, ActivityTopicRow,
    NeighbourhoodRow, OrganizationRow, TopicRow,
};
use crate::schema::{
    achievements, activities, activity_achievements, activity_sessions, activity_topics,
    neighbourhoods, organizations, topics,
};
use crate::{AnyConnection, Result};
use chrono::NaiveDateTime;
use citybadges_domain::policy::OrgScope;
use citybadges_domain::{
    AchievementId, ActivityFormat, ActivityId, NeighbourhoodId, OrgId, OrgStatus,
    PublicationStatus, SessionId, TopicId,
};
use diesel::prelude::*;

diesel::define_sql_function! {
    /// SQL `lower()`: both backends have it.
    fn lower(x: diesel::sql_types::Text) -> diesel::sql_types::Text;
}

/// Everything needed to store a new activity at once.
pub struct NewActivity {
    pub activity: ActivityRow,
    pub topic_ids: Vec<TopicId>,
    pub sessions: Vec<ActivitySessionRow>,
    pub achievement_ids: Vec<AchievementId>,
}

pub fn insert(conn: &mut AnyConnection, new: &NewActivity) -> Result<()> {
    insert_many(conn, std::slice::from_ref(new))
}

/// Bulk insert (demo and bench data): a few statements for many activities.
pub fn insert_many(conn: &mut AnyConnection, items: &[NewActivity]) -> Result<()> {
    let rows: Vec<&ActivityRow> = items.iter().map(|n| &n.activity).collect();
    for chunk in rows.chunks(500) {
        let owned: Vec<ActivityRow> = chunk.iter().map(|r| (*r).clone()).collect();
        crate::on_backend!(conn, |c| diesel::insert_into(activities::table)
            .values(&owned)
            .execute(c))?;
    }
    let topic_rows: Vec<ActivityTopicRow> = items
        .iter()
        .flat_map(|n| {
            n.topic_ids.iter().map(|t| ActivityTopicRow {
                activity_id: n.activity.id,
                topic_id: *t,
            })
        })
        .collect();
    for chunk in topic_rows.chunks(2000) {
        crate::on_backend!(conn, |c| diesel::insert_into(activity_topics::table)
            .values(chunk)
            .execute(c))?;
    }
    let sessions: Vec<ActivitySessionRow> = items
        .iter()
        .flat_map(|n| n.sessions.iter().cloned())
        .collect();
    for chunk in sessions.chunks(1000) {
        crate::on_backend!(conn, |c| diesel::insert_into(activity_sessions::table)
            .values(chunk)
            .execute(c))?;
    }
    let now = crate::now();
    for chunk in rows.chunks(900) {
        let ids: Vec<ActivityId> = chunk.iter().map(|r| r.id).collect();
        refresh_next_sessions(conn, Some(&ids), now)?;
    }
    let links: Vec<ActivityAchievementRow> = items
        .iter()
        .flat_map(|n| {
            n.achievement_ids.iter().map(|a| ActivityAchievementRow {
                activity_id: n.activity.id,
                achievement_id: *a,
            })
        })
        .collect();
    for chunk in links.chunks(2000) {
        crate::on_backend!(conn, |c| diesel::insert_into(activity_achievements::table)
            .values(chunk)
            .execute(c))?;
    }
    Ok(())
}

/// Filters for the public, city-wide list. Only published activities of active organizations.
#[derive(Debug, Clone, Default)]
pub struct PublicFilter {
    pub topic_slug: Option<String>,
    pub age: Option<i32>,
    pub organization_slug: Option<String>,
    pub neighbourhood_slug: Option<String>,
    pub format: Option<ActivityFormat>,
    pub free_only: bool,
    /// Words that must appear in the title or summary (the simple fallback when search is down).
    pub text: Option<String>,
    pub sort: Sort,
}

/// Orders of the public list.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Sort {
    /// Soonest upcoming session first; activities with none come last.
    #[default]
    Soonest,
    /// Most recently published first.
    Newest,
    /// By title.
    Title,
}

type ListRow = (ActivityRow, OrganizationRow);

/// `next_session_at` of an activity with no session to come: later than any real date, so such
/// activities sort last on both backends.
pub fn no_next_session() -> NaiveDateTime {
    chrono::NaiveDate::from_ymd_opt(9999, 12, 31)
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .unwrap_or(NaiveDateTime::MAX)
}

/// `MIN(column)` over the sessions of the activity in the outer query that end after `now`, or
/// [`no_next_session`] when there is none (an SQL expression of type `Timestamp`).
macro_rules! next_from_sessions {
    ($column:literal, $now:expr) => {
        diesel::dsl::sql::<diesel::sql_types::Timestamp>(concat!(
            "COALESCE((SELECT MIN(s.",
            $column,
            ") FROM activity_sessions s WHERE s.activity_id = activities.id AND s.ends_at > "
        ))
        .bind::<diesel::sql_types::Timestamp, _>($now)
        .sql("), ")
        .bind::<diesel::sql_types::Timestamp, _>(no_next_session())
        .sql(")")
    };
}

/// The soonest-first key of the activity in the outer query as of `now`: the maintained column
/// while it holds, else computed from the sessions.
macro_rules! soonest_key {
    ($now:expr) => {
        diesel::dsl::sql::<diesel::sql_types::Timestamp>(
            "CASE WHEN activities.next_session_until > ",
        )
        .bind::<diesel::sql_types::Timestamp, _>($now)
        .sql(" THEN activities.next_session_at ELSE ")
        .sql(
            "COALESCE((SELECT MIN(s.starts_at) FROM activity_sessions s WHERE s.activity_id = activities.id AND s.ends_at > ",
        )
        .bind::<diesel::sql_types::Timestamp, _>($now)
        .sql("), ")
        .bind::<diesel::sql_types::Timestamp, _>(no_next_session())
        .sql(") END")
    };
}

/// Recompute the soonest-first columns (`next_session_at`, `next_session_until`) as of `now`: of
/// these activities, or (`None`) of every activity whose values have run out. Returns the number
/// of rows written.
pub fn refresh_next_sessions(
    conn: &mut AnyConnection,
    ids: Option<&[ActivityId]>,
    now: NaiveDateTime,
) -> Result<usize> {
    let set = (
        activities::next_session_at.eq(next_from_sessions!("starts_at", now)),
        activities::next_session_until.eq(next_from_sessions!("ends_at", now)),
    );
    Ok(match ids {
        Some(ids) => diesel::update(activities::table.filter(activities::id.eq_any(ids)))
            .set(set)
            .execute(conn)?,
        None => diesel::update(activities::table.filter(activities::next_session_until.le(now)))
            .set(set)
            .execute(conn)?,
    })
}

/// The earliest time at which some activity's soonest-first values run out (its next session
/// ends): until then no activity's next session changes, nor the soonest-first order. `None`
/// when there are no activities.
pub fn next_session_change(conn: &mut AnyConnection) -> Result<Option<NaiveDateTime>> {
    Ok(activities::table
        .select(diesel::dsl::min(activities::next_session_until))
        .first(conn)?)
}

/// Published activities of active organizations matching the filter, as a boxed query.
macro_rules! public_query {
    ($f:expr) => {{
        let f: &PublicFilter = $f;
        let mut q = activities::table
            .inner_join(organizations::table)
            .filter(activities::status.eq(PublicationStatus::Published))
            .filter(organizations::status.eq(OrgStatus::Active))
            .into_boxed();
        if let Some(slug) = &f.topic_slug {
            let with_topic = activity_topics::table
                .inner_join(topics::table)
                .filter(topics::slug.eq(slug.clone()))
                .select(activity_topics::activity_id);
            q = q.filter(activities::id.eq_any(with_topic));
        }
        if let Some(age) = f.age {
            q = q
                .filter(
                    activities::age_min
                        .is_null()
                        .or(activities::age_min.le(age)),
                )
                .filter(
                    activities::age_max
                        .is_null()
                        .or(activities::age_max.ge(age)),
                );
        }
        if let Some(slug) = &f.organization_slug {
            q = q.filter(organizations::slug.eq(slug.clone()));
        }
        if let Some(slug) = &f.neighbourhood_slug {
            let ids = neighbourhoods::table
                .filter(neighbourhoods::slug.eq(slug.clone()))
                .select(neighbourhoods::id.nullable());
            q = q.filter(activities::neighbourhood_id.eq_any(ids));
        }
        if let Some(format) = f.format {
            q = q.filter(activities::format.eq(format));
        }
        if f.free_only {
            q = q.filter(activities::cost_cents.eq(0));
        }
        if let Some(text) = &f.text {
            for word in text.split_whitespace().take(5) {
                // LIKE wildcards in the input are literal characters here.
                let escaped = word
                    .to_lowercase()
                    .replace('\\', "\\\\")
                    .replace('%', "\\%")
                    .replace('_', "\\_");
                let pattern = format!("%{escaped}%");
                q = q.filter(
                    lower(activities::title)
                        .like(pattern.clone())
                        .escape('\\')
                        .or(lower(activities::summary).like(pattern).escape('\\')),
                );
            }
        }
        q
    }};
}

/// How many published activities of active organizations match `f`.
pub fn count_public(conn: &mut AnyConnection, f: &PublicFilter) -> Result<i64> {
    Ok(public_query!(f).count().get_result(conn)?)
}

/// Above this many candidates (the page's depth plus activities whose soonest-first values ran
/// out and wait for their refresh), a soonest-first page looks at every match's sessions instead.
const MERGE_LIMIT: i64 = 2_000;

/// One page of published activities of active organizations matching `f`, in `f.sort` order as
/// of `now`.
pub fn page_public(
    conn: &mut AnyConnection,
    f: &PublicFilter,
    paging: Paging,
    now: NaiveDateTime,
) -> Result<Vec<ListRow>> {
    page_public_merging_up_to(conn, f, paging, now, MERGE_LIMIT)
}

/// [`page_public`], merging kept and recomputed soonest-first keys for up to `merge_limit`
/// candidates (tests use a small one to reach every path).
pub fn page_public_merging_up_to(
    conn: &mut AnyConnection,
    f: &PublicFilter,
    paging: Paging,
    now: NaiveDateTime,
    merge_limit: i64,
) -> Result<Vec<ListRow>> {
    let select = || (ActivityRow::as_select(), OrganizationRow::as_select());
    let items = match f.sort {
        Sort::Newest => public_query!(f)
            .select(select())
            .order((activities::published_at.desc(), activities::id))
            .limit(paging.limit())
            .offset(paging.offset())
            .load(conn)?,
        Sort::Title => public_query!(f)
            .select(select())
            .order((activities::title, activities::id))
            .limit(paging.limit())
            .offset(paging.offset())
            .load(conn)?,
        Sort::Soonest => {
            // Soonest upcoming session first; activities with none last. Each activity keeps its
            // next session's start (`next_session_at`) until `next_session_until`, so the page
            // comes from an index. Activities whose values ran out since the last refresh are
            // few: their keys are computed from their sessions and merged in, so the order is
            // exact at `now` whether or not the refresher has caught up.
            // Usually none: the earliest end of any next session (an index's first entry)
            // says so without looking further.
            let stale: Vec<ActivityId> = if next_session_change(conn)?.is_some_and(|t| t <= now) {
                public_query!(f)
                    .filter(activities::next_session_until.le(now))
                    .select(activities::id)
                    .limit(merge_limit + 1)
                    .load(conn)?
            } else {
                Vec::new()
            };
            let depth = paging.offset() + paging.limit();
            if stale.is_empty() {
                public_query!(f)
                    .select(select())
                    .order((
                        activities::next_session_at,
                        activities::title,
                        activities::id,
                    ))
                    .limit(paging.limit())
                    .offset(paging.offset())
                    .load(conn)?
            } else if depth + stale.len() as i64 <= merge_limit {
                let mut ids: Vec<ActivityId> = public_query!(f)
                    .filter(activities::next_session_until.gt(now))
                    .select(activities::id)
                    .order((
                        activities::next_session_at,
                        activities::title,
                        activities::id,
                    ))
                    .limit(depth)
                    .load(conn)?;
                ids.extend(stale);
                activities::table
                    .inner_join(organizations::table)
                    .filter(activities::id.eq_any(ids))
                    .select(select())
                    .order((soonest_key!(now), activities::title, activities::id))
                    .limit(paging.limit())
                    .offset(paging.offset())
                    .load(conn)?
            } else {
                public_query!(f)
                    .select(select())
                    .order((soonest_key!(now), activities::title, activities::id))
                    .limit(paging.limit())
                    .offset(paging.offset())
                    .load(conn)?
            }
        }
    };
    Ok(items)
}

/// A page of published activities of active organizations and how many match in all.
pub fn list_public(
    conn: &mut AnyConnection,
    f: &PublicFilter,
    paging: Paging,
    now: NaiveDateTime,
) -> Result<Page<ListRow>> {
    let total = count_public(conn, f)?;
    let items = page_public(conn, f, paging, now)?;
    Ok(Page { items, total })
}

/// A published activity of an active organization, by the organization's and the activity's slugs.
pub fn public_by_slugs(
    conn: &mut AnyConnection,
    org_slug: &str,
    slug: &str,
) -> Result<Option<ListRow>> {
    Ok(activities::table
        .inner_join(organizations::table)
        .filter(organizations::slug.eq(org_slug))
        .filter(activities::slug.eq(slug))
        .filter(activities::status.eq(PublicationStatus::Published))
        .filter(organizations::status.eq(OrgStatus::Active))
        .select((ActivityRow::as_select(), OrganizationRow::as_select()))
        .first(conn)
        .optional()?)
}

/// All of one organization's activities, drafts included (private to it).
pub fn list_for_org(
    conn: &mut AnyConnection,
    scope: &OrgScope,
    status: Option<PublicationStatus>,
    paging: Paging,
) -> Result<Page<ActivityRow>> {
    let build = || {
        let mut q = activities::table
            .filter(activities::organization_id.eq(scope.org_id()))
            .into_boxed();
        if let Some(s) = status {
            q = q.filter(activities::status.eq(s));
        }
        q
    };
    let total = build().count().get_result(conn)?;
    let items = build()
        .select(ActivityRow::as_select())
        .order((activities::updated_at.desc(), activities::id))
        .limit(paging.limit())
        .offset(paging.offset())
        .load(conn)?;
    Ok(Page { items, total })
}

pub fn topics_for(
    conn: &mut AnyConnection,
    ids: &[ActivityId],
) -> Result<Vec<(ActivityId, TopicRow)>> {
    Ok(activity_topics::table
        .inner_join(topics::table)
        .filter(activity_topics::activity_id.eq_any(ids))
        .select((activity_topics::activity_id, TopicRow::as_select()))
        .order(topics::position)
        .load(conn)?)
}

/// Sessions of these activities that end after `from`, soonest first.
pub fn upcoming_sessions_for(
    conn: &mut AnyConnection,
    ids: &[ActivityId],
    from: NaiveDateTime,
) -> Result<Vec<ActivitySessionRow>> {
    Ok(activity_sessions::table
        .filter(activity_sessions::activity_id.eq_any(ids))
        .filter(activity_sessions::ends_at.gt(from))
        .select(ActivitySessionRow::as_select())
        .order((activity_sessions::starts_at, activity_sessions::id))
        .load(conn)?)
}

/// Published badges these activities lead to.
pub fn achievements_for(
    conn: &mut AnyConnection,
    ids: &[ActivityId],
) -> Result<Vec<(ActivityId, AchievementRow)>> {
    Ok(activity_achievements::table
        .inner_join(achievements::table)
        .filter(activity_achievements::activity_id.eq_any(ids))
        .filter(achievements::status.eq(PublicationStatus::Published))
        .select((
            activity_achievements::activity_id,
            AchievementRow::as_select(),
        ))
        .order(achievements::name)
        .load(conn)?)
}

pub fn neighbourhoods_by_id(
    conn: &mut AnyConnection,
    ids: &[NeighbourhoodId],
) -> Result<Vec<NeighbourhoodRow>> {
    Ok(neighbourhoods::table
        .filter(neighbourhoods::id.eq_any(ids))
        .select(NeighbourhoodRow::as_select())
        .load(conn)?)
}

/// Slugs of this organization's activities that start with `base` (to make a new one unique).
pub fn slugs_like(conn: &mut AnyConnection, scope: &OrgScope, base: &str) -> Result<Vec<String>> {
    let pattern = format!("{}%", base.replace(['%', '_'], ""));
    Ok(activities::table
        .filter(activities::organization_id.eq(scope.org_id()))
        .filter(activities::slug.like(pattern))
        .select(activities::slug)
        .load(conn)?)
}

/// Published activities of active organizations, by id (all when `ids` is `None`), for indexing.
pub fn for_index(conn: &mut AnyConnection, ids: Option<&[ActivityId]>) -> Result<Vec<ListRow>> {
    let mut q = activities::table
        .inner_join(organizations::table)
        .filter(activities::status.eq(PublicationStatus::Published))
        .filter(organizations::status.eq(OrgStatus::Active))
        .into_boxed();
    if let Some(ids) = ids {
        q = q.filter(activities::id.eq_any(ids.to_vec()));
    }
    Ok(
        q.select((ActivityRow::as_select(), OrganizationRow::as_select()))
            .order(activities::id)
            .load(conn)?,
    )
}

/// Ids of every activity of an organization, whatever its status.
pub fn ids_of_org(conn: &mut AnyConnection, org_id: OrgId) -> Result<Vec<ActivityId>> {
    Ok(activities::table
        .filter(activities::organization_id.eq(org_id))
        .select(activities::id)
        .load(conn)?)
}

/// A session of a published activity of an active organization, with both.
pub fn public_session(
    conn: &mut AnyConnection,
    id: SessionId,
) -> Result<Option<(ActivitySessionRow, ActivityRow, OrganizationRow)>> {
    Ok(activity_sessions::table
        .inner_join(activities::table.inner_join(organizations::table))
        .filter(activity_sessions::id.eq(id))
        .filter(activities::status.eq(PublicationStatus::Published))
        .filter(organizations::status.eq(OrgStatus::Active))
        .select((
            ActivitySessionRow::as_select(),
            ActivityRow::as_select(),
            OrganizationRow::as_select(),
        ))
        .first(conn)
        .optional()?)
}

/// Take one place in a session if one is free: a single conditional UPDATE, so of many requests
/// for the last place exactly one gets it (PostgreSQL re-checks the condition on the row a
/// concurrent request just changed; SQLite runs one writer at a time).
pub fn take_seat(conn: &mut AnyConnection, id: SessionId) -> Result<bool> {
    let n = diesel::update(
        activity_sessions::table
            .filter(activity_sessions::id.eq(id))
            .filter(activity_sessions::capacity.is_null().or(
                activity_sessions::seats_taken.lt(activity_sessions::capacity.assume_not_null()),
            )),
    )
    .set(activity_sessions::seats_taken.eq(activity_sessions::seats_taken + 1))
    .execute(conn)?;
    Ok(n == 1)
}

/// Give a place back.
pub fn free_seat(conn: &mut AnyConnection, id: SessionId) -> Result<()> {
    diesel::update(
        activity_sessions::table
            .filter(activity_sessions::id.eq(id))
            .filter(activity_sessions::seats_taken.gt(0)),
    )
    .set(activity_sessions::seats_taken.eq(activity_sessions::seats_taken - 1))
    .execute(conn)?;
    Ok(())
}

pub fn session_by_id(
    conn: &mut AnyConnection,
    id: SessionId,
) -> Result<Option<ActivitySessionRow>> {
    Ok(activity_sessions::table
        .find(id)
        .select(ActivitySessionRow::as_select())
        .first(conn)
        .optional()?)
}
