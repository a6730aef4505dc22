//! What the search index holds, built from the database: activities with their upcoming
//! sessions, organizations and badges.

use crate::error::Result;
use chrono::{Datelike, NaiveDateTime, TimeZone, Timelike};
use citybadges_domain::{text, ActivityId, NeighbourhoodId, TimeOfDay, Weekday};
use citybadges_search::{Doc, DocKind, GeoPoint, SessionDoc};
use citybadges_store::models::{ActivityRow, OrganizationRow};
use citybadges_store::repo::{self, Paging};
use citybadges_store::AnyConnection;
use std::collections::{BTreeSet, HashMap};

/// Ids per query: well under SQLite's bound-parameter limit.
const CHUNK: usize = 900;

/// Documents for published activities of active organizations (`ids`: only these; `None`: all).
pub fn activity_docs(
    conn: &mut AnyConnection,
    ids: Option<&[ActivityId]>,
    tz: chrono_tz::Tz,
    now: NaiveDateTime,
) -> Result<Vec<Doc>> {
    let rows = match ids {
        Some(ids) => {
            let mut rows = Vec::new();
            for chunk in ids.chunks(CHUNK) {
                rows.extend(repo::activities::for_index(conn, Some(chunk))?);
            }
            rows
        }
        None => repo::activities::for_index(conn, None)?,
    };
    let hoods: HashMap<NeighbourhoodId, (String, String)> = repo::city::neighbourhoods(conn)?
        .into_iter()
        .map(|n| (n.id, (n.slug, n.name)))
        .collect();
    let mut docs = Vec::with_capacity(rows.len());
    for chunk in rows.chunks(CHUNK) {
        let ids: Vec<ActivityId> = chunk.iter().map(|(a, _)| a.id).collect();
        let mut topics: HashMap<ActivityId, Vec<(String, String)>> = HashMap::new();
        for (aid, t) in repo::activities::topics_for(conn, &ids)? {
            topics.entry(aid).or_default().push((t.slug, t.name));
        }
        let mut sessions: HashMap<ActivityId, Vec<SessionDoc>> = HashMap::new();
        for s in repo::activities::upcoming_sessions_for(conn, &ids, now)? {
            sessions.entry(s.activity_id).or_default().push(SessionDoc {
                starts_at: s.starts_at.and_utc().timestamp(),
                ends_at: s.ends_at.and_utc().timestamp(),
                capacity: s.capacity,
            });
        }
        let mut badges: HashMap<ActivityId, Vec<(String, String)>> = HashMap::new();
        for (aid, b) in repo::activities::achievements_for(conn, &ids)? {
            badges.entry(aid).or_default().push((b.slug, b.name));
        }
        let taken: HashMap<ActivityId, i64> = repo::enrollments::taken_for(conn, &ids)?
            .into_iter()
            .collect();
        for (a, org) in chunk {
            let s = sessions.remove(&a.id).unwrap_or_default();
            let t = topics.remove(&a.id).unwrap_or_default();
            let b = badges.remove(&a.id).unwrap_or_default();
            let hood = a.neighbourhood_id.as_ref().and_then(|h| hoods.get(h));
            docs.push(activity_doc(
                a,
                org,
                s,
                t,
                b,
                hood,
                taken.get(&a.id).copied().unwrap_or(0),
                tz,
            ));
        }
    }
    Ok(docs)
}

#[allow(clippy::too_many_arguments)]
fn activity_doc(
    a: &ActivityRow,
    org: &OrganizationRow,
    sessions: Vec<SessionDoc>,
    topics: Vec<(String, String)>,
    badges: Vec<(String, String)>,
    hood: Option<&(String, String)>,
    taken: i64,
    tz: chrono_tz::Tz,
) -> Doc {
    let mut days = BTreeSet::new();
    let mut times = BTreeSet::new();
    for s in &sessions {
        if let Some(local) = tz.timestamp_opt(s.starts_at, 0).single() {
            days.insert(Weekday::of(local.weekday()).as_str().to_string());
            times.insert(TimeOfDay::of_hour(local.hour()).as_str().to_string());
        }
    }
    // The session with the most room decides; no capacity anywhere means no limit.
    let spots_left = sessions
        .iter()
        .filter_map(|s| s.capacity)
        .max()
        .map(|c| (i64::from(c) - taken).max(0));
    Doc {
        id: a.id.to_string(),
        kind: DocKind::Activity,
        url: format!("/orgs/{}/activities/{}", org.slug, a.slug),
        title: a.title.clone(),
        summary: a.summary.clone(),
        description: text::summary(&a.description_md, 2_000),
        organization_slug: org.slug.clone(),
        organization_name: org.name.clone(),
        organization_kind: org.kind.to_string(),
        topics: topics.iter().map(|(s, _)| s.clone()).collect(),
        topic_names: topics.into_iter().map(|(_, n)| n).collect(),
        neighbourhood: hood.map(|(s, _)| s.clone()),
        neighbourhood_name: hood.map(|(_, n)| n.clone()),
        age_min: a.age_min,
        age_max: a.age_max,
        cost_cents: a.cost_cents,
        format: a.format.to_string(),
        language: a.language.clone(),
        accessibility: serde_json::from_str(&a.accessibility).unwrap_or_default(),
        badges: badges.iter().map(|(s, _)| s.clone()).collect(),
        badge_names: badges.into_iter().map(|(_, n)| n).collect(),
        geo: a.lat.zip(a.lng).map(|(lat, lng)| GeoPoint { lat, lng }),
        location_name: a.location_name.clone(),
        sessions,
        days: days.into_iter().collect(),
        times: times.into_iter().collect(),
        spots_left,
        published_at: a.published_at.unwrap_or(a.created_at).and_utc().timestamp(),
    }
}

/// Documents for active organizations and their published badges.
pub fn org_and_badge_docs(conn: &mut AnyConnection) -> Result<Vec<Doc>> {
    let filter = repo::orgs::OrgFilter {
        status: Some(citybadges_domain::OrgStatus::Active),
        ..Default::default()
    };
    let orgs = repo::orgs::list(
        conn,
        &filter,
        Paging {
            page: 1,
            per_page: 1_000_000,
        },
    )?
    .items;
    let mut docs: Vec<Doc> = orgs
        .into_iter()
        .map(|o| Doc {
            kind: DocKind::Organization,
            url: format!("/orgs/{}", o.slug),
            summary: text::summary(&o.description_md, 160),
            description: text::summary(&o.description_md, 2_000),
            organization_kind: o.kind.to_string(),
            organization_name: o.name.clone(),
            organization_slug: o.slug.clone(),
            geo: o.lat.zip(o.lng).map(|(lat, lng)| GeoPoint { lat, lng }),
            id: o.id.to_string(),
            title: o.name,
            ..Default::default()
        })
        .collect();
    for (b, org) in repo::achievements::for_index(conn)? {
        docs.push(Doc {
            kind: DocKind::Badge,
            url: format!("/orgs/{}/badges/{}", org.slug, b.slug),
            summary: b.description.clone(),
            description: format!("{} {}", b.description, text::summary(&b.criteria_md, 1_000)),
            organization_slug: org.slug,
            organization_name: org.name,
            organization_kind: org.kind.to_string(),
            id: b.id.to_string(),
            title: b.name,
            ..Default::default()
        });
    }
    Ok(docs)
}
