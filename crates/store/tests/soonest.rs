//! The public list's soonest-first order reads a kept column (`next_session_at`) that goes stale
//! as sessions end. Whatever the refresher has done, every page must be what the sessions say at
//! the moment asked: checked on both backends against an order computed here from the sessions,
//! at several moments while sessions end, before and after a refresh, on every code path (index
//! only, index merged with stale rows, every row's sessions).

use chrono::{Duration, NaiveDateTime};
use citybadges_domain::{
    ActivityFormat, ActivityId, OrgId, OrgKind, OrgStatus, PublicationStatus, SessionId,
};
use citybadges_store::models::{ActivityRow, ActivitySessionRow, OrganizationRow};
use citybadges_store::repo::activities::{self, NewActivity, PublicFilter, Sort};
use citybadges_store::repo::{orgs, Paging};
use citybadges_store::testing::{sqlite_url, TempPgDatabase};
use citybadges_store::{migrate, open_pool, AnyConnection, PoolOptions};
use uuid::Uuid;

mod common;

/// Ids that sort as the numbers they are made from.
fn id<T: From<Uuid>>(n: u128) -> T {
    T::from(Uuid::from_u128(n))
}

fn org(id: OrgId, name: &str, status: OrgStatus, now: NaiveDateTime) -> OrganizationRow {
    let (slug, name) = (format!("org-{name}"), format!("Org {name}"));
    common::org(id, slug, name, OrgKind::Museum, status, now)
}

fn activity(
    id: ActivityId,
    slug: String,
    org_id: OrgId,
    title: String,
    status: PublicationStatus,
    now: NaiveDateTime,
) -> ActivityRow {
    ActivityRow {
        slug,
        id,
        organization_id: org_id,
        title,
        summary: String::new(),
        description_md: String::new(),
        description_html: String::new(),
        age_min: None,
        age_max: None,
        cost_cents: 0,
        format: ActivityFormat::InPerson,
        language: "en".into(),
        accessibility: "[]".into(),
        location_name: None,
        address: None,
        lat: None,
        lng: None,
        neighbourhood_id: None,
        status,
        published_at: Some(now),
        created_at: now,
        updated_at: now,
    }
}

/// The active organization whose published activities the list shows.
fn o1() -> OrgId {
    id(1)
}

/// 60 published activities of an active organization (titles repeat, so ties on the next
/// session's start and on the title both happen), a draft, and one of a pending organization.
/// Sessions last 30 minutes to 3 hours and start from 5 hours ago to 3 days ahead, on hours
/// shared between activities; some activities have none, some only past ones.
fn city(now: NaiveDateTime) -> (Vec<OrganizationRow>, Vec<NewActivity>) {
    let hour = |h: i64| now + Duration::hours(h);
    let o2: OrgId = id(2);
    let mut items = Vec::new();
    for i in 0..62i64 {
        let aid: ActivityId = id(0x1000 + i as u128);
        let (org_id, status) = match i {
            60 => (o1(), PublicationStatus::Draft),
            61 => (o2, PublicationStatus::Published),
            _ => (o1(), PublicationStatus::Published),
        };
        let title = format!("Activity {:02}", (i * 7) % 23);
        let sessions = match i % 6 {
            0 => Vec::new(),
            1 => vec![(hour(-5), hour(-4))],
            n => (0..n)
                .map(|k| {
                    let start = hour((i * 5 + k * 11) % 80 - 5);
                    (start, start + Duration::minutes(30 + 30 * ((i + k) % 6)))
                })
                .collect(),
        };
        items.push(NewActivity {
            activity: activity(aid, format!("a{i:03}"), org_id, title, status, now),
            topic_ids: vec![],
            sessions: sessions
                .into_iter()
                .enumerate()
                .map(|(k, (starts_at, ends_at))| ActivitySessionRow {
                    id: id::<SessionId>(((0x1000 + i as u128) << 16) | k as u128),
                    activity_id: aid,
                    starts_at,
                    ends_at,
                    capacity: None,
                    created_at: now,
                    seats_taken: 0,
                })
                .collect(),
            achievement_ids: vec![],
        });
    }
    (
        vec![
            org(o1(), "o1", OrgStatus::Active, now),
            org(o2, "o2", OrgStatus::Pending, now),
        ],
        items,
    )
}

/// The order the list must have at `at`, computed from the sessions: soonest next session (one
/// that has not ended) first, none last, then title, then id.
fn expected(items: &[NewActivity], at: NaiveDateTime) -> Vec<ActivityId> {
    let mut rows: Vec<(Option<NaiveDateTime>, &str, ActivityId)> = items
        .iter()
        .filter(|n| {
            n.activity.status == PublicationStatus::Published && n.activity.organization_id == o1()
        })
        .map(|n| {
            let next = n
                .sessions
                .iter()
                .filter(|s| s.ends_at > at)
                .map(|s| s.starts_at)
                .min();
            (next, n.activity.title.as_str(), n.activity.id)
        })
        .collect();
    rows.sort_by(|a, b| (a.0.is_none(), a.0, a.1, a.2).cmp(&(b.0.is_none(), b.0, b.1, b.2)));
    rows.into_iter().map(|(_, _, id)| id).collect()
}

fn page(
    conn: &mut AnyConnection,
    paging: Paging,
    at: NaiveDateTime,
    merge_limit: i64,
) -> Vec<ActivityId> {
    let filter = PublicFilter {
        sort: Sort::Soonest,
        ..Default::default()
    };
    activities::page_public_merging_up_to(conn, &filter, paging, at, merge_limit)
        .expect("page")
        .into_iter()
        .map(|(a, _)| a.id)
        .collect()
}

fn check_every_page(
    conn: &mut AnyConnection,
    items: &[NewActivity],
    at: NaiveDateTime,
    what: &str,
) {
    let all = expected(items, at);
    for per_page in [7u32, 20, 100] {
        for merge_limit in [2_000, 10] {
            let mut got = Vec::new();
            for p in 1..=(all.len() as u32).div_ceil(per_page) {
                got.extend(page(conn, Paging { page: p, per_page }, at, merge_limit));
            }
            assert_eq!(
                got, all,
                "{what}: pages of {per_page}, merging up to {merge_limit} rows"
            );
        }
    }
    let filter = PublicFilter::default();
    assert_eq!(
        activities::count_public(conn, &filter).expect("count"),
        all.len() as i64
    );
}

fn soonest_first_is_exact(url: &str) {
    let pool = open_pool(url, &PoolOptions::default()).expect("pool");
    let mut conn = pool.get().expect("connection");
    migrate::run_pending(&mut conn).expect("migrations");
    let now = citybadges_store::now();
    let (organizations, items) = city(now);
    orgs::insert_many(&mut conn, &organizations).expect("organizations");
    activities::insert_many(&mut conn, &items).expect("activities");
    // Just inserted: every row's kept values are current.
    check_every_page(&mut conn, &items, citybadges_store::now(), "as inserted");
    // Time passes and sessions end; nobody refreshed the kept values.
    for hours in [1, 2, 3, 6, 30, 100] {
        let at = now + Duration::hours(hours) + Duration::minutes(1);
        check_every_page(&mut conn, &items, at, &format!("{hours} h later, stale"));
    }
    // The refresher catches up at one moment; the list stays exact then and later.
    let at = now + Duration::hours(6) + Duration::minutes(1);
    let refreshed = activities::refresh_next_sessions(&mut conn, None, at).expect("refresh");
    assert!(refreshed > 0, "some activities' next session had ended");
    assert_eq!(
        activities::refresh_next_sessions(&mut conn, None, at).expect("refresh again"),
        0,
        "nothing left to refresh at the same moment"
    );
    let change = activities::next_session_change(&mut conn)
        .expect("next change")
        .expect("activities exist");
    assert!(change > at, "after a refresh the next change is ahead");
    check_every_page(&mut conn, &items, at, "refreshed");
    check_every_page(&mut conn, &items, change, "at the next change");
    check_every_page(
        &mut conn,
        &items,
        at + Duration::hours(30),
        "refreshed, 30 h later",
    );
}

#[test]
fn soonest_first_is_exact_on_sqlite() {
    let dir = tempfile::tempdir().expect("tempdir");
    soonest_first_is_exact(&sqlite_url(dir.path()));
}

#[test]
fn soonest_first_is_exact_on_postgres() {
    let pg = TempPgDatabase::create()
        .expect("PostgreSQL must be running for the test suite (see .ci/run)");
    soonest_first_is_exact(&pg.url);
}
