//! The generator is deterministic by seed and fills both backends with the same city.

use citybadges_app::demo::Plan;
use citybadges_bench::generate::{content_digest, generate};
use citybadges_store::testing::{sqlite_url, TempPgDatabase};

fn small(seed: u64) -> Plan {
    Plan {
        seed,
        organizations: 60,
        activities: 400,
        youth: 300,
        enrollments: 1_500,
        awarded: 0.0,
    }
}

#[test]
fn same_seed_same_city_on_both_backends() {
    let (d1, d2) = (
        tempfile::tempdir().expect("dir"),
        tempfile::tempdir().expect("dir"),
    );
    let (u1, u2) = (sqlite_url(d1.path()), sqlite_url(d2.path()));
    let report = generate(&u1, &small(7), &mut |_, _| {}).expect("generate");
    assert_eq!(
        report.summary.organizations, 60,
        "copies beyond the hand-written organizations"
    );
    assert_eq!(report.summary.activities, 400);
    assert_eq!(report.summary.youth, 300);
    assert_eq!(report.summary.enrollments, 1_500);
    generate(&u2, &small(7), &mut |_, _| {}).expect("generate again");
    let digest = content_digest(&u1).expect("digest");
    assert_eq!(
        digest,
        content_digest(&u2).expect("digest"),
        "same seed, same city"
    );

    let pg = TempPgDatabase::create().expect("PostgreSQL must be running for the test suite");
    generate(&pg.url, &small(7), &mut |_, _| {}).expect("generate on PostgreSQL");
    assert_eq!(
        digest,
        content_digest(&pg.url).expect("digest"),
        "PostgreSQL holds the same city"
    );

    let d3 = tempfile::tempdir().expect("dir");
    let u3 = sqlite_url(d3.path());
    generate(&u3, &small(8), &mut |_, _| {}).expect("generate other seed");
    assert_ne!(
        digest,
        content_digest(&u3).expect("digest"),
        "another seed, another city"
    );
}

#[test]
fn refuses_a_database_that_already_has_a_city() {
    let d = tempfile::tempdir().expect("dir");
    let u = sqlite_url(d.path());
    generate(&u, &small(1), &mut |_, _| {}).expect("first");
    let err = generate(&u, &small(1), &mut |_, _| {})
        .err()
        .expect("second refused");
    assert!(
        err.to_string().contains("already has organizations"),
        "{err}"
    );
}
