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
use citybadges_domain::{ActivityFormat, OrgStatus, PublicationStatus};
use diesel::prelude::*;

diesel::define_sql_function! {
    /// SQL `lower()`: both backends have it.
    fn lower(x: diesel::sql_types::Text) -> diesel::sql_types::Text;
}

/// Everything needed to store a new activity at once.
pub struct NewActivity {
    pub activity: ActivityRow,
    pub topic_ids: Vec<String>,
    pub sessions: Vec<ActivitySessionRow>,
    pub achievement_ids: Vec<String>,
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
                activity_id: n.activity.id.clone(),
                topic_id: t.clone(),
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
    let links: Vec<ActivityAchievementRow> = items
        .iter()
        .flat_map(|n| {
            n.achievement_ids.iter().map(|a| ActivityAchievementRow {
                activity_id: n.activity.id.clone(),
                achievement_id: a.clone(),
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

pub fn list_public(
    conn: &mut AnyConnection,
    f: &PublicFilter,
    paging: Paging,
    now: NaiveDateTime,
) -> Result<Page<ListRow>> {
    let build = || {
        let mut q = activities::table
            .inner_join(organizations::table)
            .filter(activities::status.eq(PublicationStatus::Published.as_str()))
            .filter(organizations::status.eq(OrgStatus::Active.as_str()))
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
            q = q.filter(activities::format.eq(format.as_str()));
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
    };
    let total = build().count().get_result(conn)?;
    let query = build().select((ActivityRow::as_select(), OrganizationRow::as_select()));
    let query = match f.sort {
        Sort::Soonest => {
            // The next session that has not ended, per activity (an index on (activity_id, starts_at) serves it).
            let next = |tail: &'static str| {
                diesel::dsl::sql::<diesel::sql_types::Nullable<diesel::sql_types::Timestamp>>(
                    "(SELECT MIN(s.starts_at) FROM activity_sessions s WHERE s.activity_id = activities.id AND s.ends_at > ",
                )
                .bind::<diesel::sql_types::Timestamp, _>(now)
                .sql(tail)
            };
            // Both backends sort NULL the same way only when asked: no upcoming session goes last.
            query.order((
                next(") IS NULL").asc(),
                next(")").asc(),
                activities::title,
                activities::id,
            ))
        }
        Sort::Newest => query.order((activities::published_at.desc(), activities::id)),
        Sort::Title => query.order((activities::title, activities::id)),
    };
    let items = query
        .limit(paging.limit())
        .offset(paging.offset())
        .load(conn)?;
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
        .filter(activities::status.eq(PublicationStatus::Published.as_str()))
        .filter(organizations::status.eq(OrgStatus::Active.as_str()))
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
            .filter(activities::organization_id.eq(scope.org_id().to_string()))
            .into_boxed();
        if let Some(s) = status {
            q = q.filter(activities::status.eq(s.as_str()));
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

pub fn topics_for(conn: &mut AnyConnection, ids: &[String]) -> Result<Vec<(String, TopicRow)>> {
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
    ids: &[String],
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
    ids: &[String],
) -> Result<Vec<(String, AchievementRow)>> {
    Ok(activity_achievements::table
        .inner_join(achievements::table)
        .filter(activity_achievements::activity_id.eq_any(ids))
        .filter(achievements::status.eq(PublicationStatus::Published.as_str()))
        .select((
            activity_achievements::activity_id,
            AchievementRow::as_select(),
        ))
        .order(achievements::name)
        .load(conn)?)
}

pub fn neighbourhoods_by_id(
    conn: &mut AnyConnection,
    ids: &[String],
) -> Result<Vec<NeighbourhoodRow>> {
    Ok(neighbourhoods::table
        .filter(neighbourhoods::id.eq_any(ids))
        .select(NeighbourhoodRow::as_select())
        .load(conn)?)
}

pub fn count_published(conn: &mut AnyConnection) -> Result<i64> {
    Ok(activities::table
        .filter(activities::status.eq(PublicationStatus::Published.as_str()))
        .count()
        .get_result(conn)?)
}

/// Slugs of this organization's activities that start with `base` (to make a new one unique).
pub fn slugs_like(conn: &mut AnyConnection, scope: &OrgScope, base: &str) -> Result<Vec<String>> {
    let pattern = format!("{}%", base.replace(['%', '_'], ""));
    Ok(activities::table
        .filter(activities::organization_id.eq(scope.org_id().to_string()))
        .filter(activities::slug.like(pattern))
        .select(activities::slug)
        .load(conn)?)
}

/// Published activities of active organizations, by id (all when `ids` is `None`), for indexing.
pub fn for_index(conn: &mut AnyConnection, ids: Option<&[String]>) -> Result<Vec<ListRow>> {
    let mut q = activities::table
        .inner_join(organizations::table)
        .filter(activities::status.eq(PublicationStatus::Published.as_str()))
        .filter(organizations::status.eq(OrgStatus::Active.as_str()))
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
pub fn ids_of_org(conn: &mut AnyConnection, org_id: &str) -> Result<Vec<String>> {
    Ok(activities::table
        .filter(activities::organization_id.eq(org_id))
        .select(activities::id)
        .load(conn)?)
}
