//! Rows hold ids and vocabularies typed, stored as text: they round-trip through both backends
//! (the shared backend's statements and the concrete ones of bulk inserts), and a stored text that
//! is not a member, or not an id, is an error for the caller instead of a panic.

use citybadges_domain::{OrgId, OrgKind, OrgStatus};
use citybadges_store::models::OrganizationRow;
use citybadges_store::repo::orgs::{self, OrgFilter};
use citybadges_store::repo::Paging;
use citybadges_store::testing::{sqlite_url, TempPgDatabase};
use citybadges_store::{migrate, open_pool, PoolOptions, StoreError};
use diesel::connection::SimpleConnection;

mod common;

fn org(slug: &str, kind: OrgKind, status: OrgStatus) -> OrganizationRow {
    let now = citybadges_store::now();
    common::org(OrgId::new(), slug.into(), slug.into(), kind, status, now)
}

/// A row written around the types, as another program or an old version might have.
fn insert_raw(conn: &mut citybadges_store::AnyConnection, id: &str, slug: &str, status: &str) {
    conn.batch_execute(&format!(
        "INSERT INTO organizations (id, slug, name, kind, status, description_md, \
         description_html, created_at, updated_at) VALUES ('{id}', '{slug}', 'Raw', 'museum', \
         '{status}', '', '', '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
    ))
    .expect("raw insert");
}

/// The error and every error under it, in words.
fn chain(e: &StoreError) -> String {
    let mut words = e.to_string();
    let mut next: Option<&dyn std::error::Error> = match e {
        StoreError::Query(diesel) => std::error::Error::source(diesel),
        _ => None,
    };
    while let Some(e) = next {
        words = format!("{words}: {e}");
        next = e.source();
    }
    words
}

fn is_deserialization_error(e: &StoreError) -> bool {
    matches!(
        e,
        StoreError::Query(diesel::result::Error::DeserializationError(_))
    )
}

fn typed_rows(url: &str) {
    let pool = open_pool(url, &PoolOptions::default()).expect("pool");
    let mut conn = pool.get().expect("connection");
    migrate::run_pending(&mut conn).expect("migrations");

    let one = org("fab-one", OrgKind::FabLab, OrgStatus::Active);
    orgs::insert(&mut conn, &one).expect("insert");
    let many = [
        org("school-two", OrgKind::School, OrgStatus::Pending),
        org("museum-three", OrgKind::Museum, OrgStatus::Suspended),
    ];
    orgs::insert_many(&mut conn, &many).expect("bulk insert");
    for row in std::iter::once(&one).chain(&many) {
        assert_eq!(
            orgs::by_id(&mut conn, row.id).expect("read").as_ref(),
            Some(row)
        );
    }
    // Typed filters: the stored text is the vocabulary's.
    let active = OrgFilter {
        status: Some(OrgStatus::Active),
        kind: Some(OrgKind::FabLab),
        neighbourhood_id: None,
    };
    let page = Paging {
        page: 1,
        per_page: 10,
    };
    let found = orgs::list(&mut conn, &active, page).expect("list");
    assert_eq!(found.items, vec![one.clone()]);
    orgs::set_status(
        &mut conn,
        one.id,
        OrgStatus::Suspended,
        citybadges_store::now(),
    )
    .expect("set status");
    assert_eq!(
        orgs::by_slug(&mut conn, "fab-one")
            .expect("read")
            .map(|o| o.status),
        Some(OrgStatus::Suspended)
    );

    // A status no vocabulary member spells, and an id that is not one.
    insert_raw(&mut conn, &OrgId::new().to_string(), "wizards", "enchanted");
    insert_raw(&mut conn, "o1", "not-an-id", "active");
    for slug in ["wizards", "not-an-id"] {
        let err = orgs::by_slug(&mut conn, slug).expect_err(slug);
        assert!(is_deserialization_error(&err), "{slug}: {err}");
    }
    let err = orgs::by_slug(&mut conn, "wizards").expect_err("status");
    assert!(
        chain(&err).contains("'enchanted' is not a valid organization status"),
        "{}",
        chain(&err)
    );
    let err = orgs::by_slug(&mut conn, "not-an-id").expect_err("id");
    assert!(
        chain(&err).contains("'o1' is not a valid organization id"),
        "{}",
        chain(&err)
    );
    // Lists that meet such a row fail the same way; the others still read.
    assert!(orgs::list(&mut conn, &OrgFilter::default(), page).is_err());
    assert!(orgs::by_slug(&mut conn, "school-two")
        .expect("read")
        .is_some());
}

#[test]
fn typed_rows_on_sqlite() {
    let dir = tempfile::tempdir().expect("tempdir");
    typed_rows(&sqlite_url(dir.path()));
}

#[test]
fn typed_rows_on_postgres() {
    let pg = TempPgDatabase::create()
        .expect("PostgreSQL must be running for the test suite (see .ci/run)");
    typed_rows(&pg.url);
}
