//! Both migration folders must build the same tables with the same columns, nullability and
//! (normalized) types, so one diesel schema serves both backends.

use citybadges_store::testing::{sqlite_url, TempPgDatabase};
use citybadges_store::{migrate, open_pool, PoolOptions};
use diesel::prelude::*;
use diesel::sql_types::{Integer, Text};
use std::collections::BTreeMap;

#[derive(QueryableByName, Debug)]
struct PgColumn {
    #[diesel(sql_type = Text)]
    table_name: String,
    #[diesel(sql_type = Text)]
    column_name: String,
    #[diesel(sql_type = Text)]
    data_type: String,
    #[diesel(sql_type = Text)]
    is_nullable: String,
}

#[derive(QueryableByName, Debug)]
struct SqliteColumn {
    #[diesel(sql_type = Text)]
    table_name: String,
    #[diesel(sql_type = Text)]
    name: String,
    #[diesel(sql_type = Text)]
    col_type: String,
    #[diesel(sql_type = Integer)]
    not_null: i32,
    #[diesel(sql_type = Integer)]
    pk: i32,
}

/// table -> column -> (type family, nullable)
type Shape = BTreeMap<String, BTreeMap<String, (String, bool)>>;

fn family(t: &str) -> String {
    let t = t.to_lowercase();
    let f = match t.as_str() {
        "text" | "character varying" => "text",
        "integer" | "int4" => "integer",
        "bigint" | "int8" => "bigint",
        "boolean" | "bool" => "bool",
        "double precision" | "double" | "float8" => "double",
        t if t.starts_with("timestamp") => "timestamp",
        other => other,
    };
    f.to_string()
}

fn postgres_shape(url: &str) -> Shape {
    let pool = open_pool(url, &PoolOptions::default())
        .expect("PostgreSQL must be running for the test suite");
    let mut conn = pool.get().expect("conn");
    migrate::run_pending(&mut conn).expect("postgres migrations");
    let rows: Vec<PgColumn> = diesel::sql_query(
        "SELECT table_name::text AS table_name, column_name::text AS column_name, data_type::text AS data_type, \
         is_nullable::text AS is_nullable FROM information_schema.columns \
         WHERE table_schema = 'public' AND table_name <> '__diesel_schema_migrations'",
    )
    .load(&mut *conn)
    .expect("columns");
    let mut shape = Shape::new();
    for r in rows {
        shape.entry(r.table_name).or_default().insert(
            r.column_name,
            (family(&r.data_type), r.is_nullable == "YES"),
        );
    }
    shape
}

fn sqlite_shape(url: &str) -> Shape {
    let pool = open_pool(url, &PoolOptions::default()).expect("sqlite");
    let mut conn = pool.get().expect("conn");
    migrate::run_pending(&mut conn).expect("sqlite migrations");
    let rows: Vec<SqliteColumn> = diesel::sql_query(
        "SELECT m.name AS table_name, p.name AS name, p.type AS col_type, p.\"notnull\" AS not_null, p.pk AS pk \
         FROM sqlite_master m JOIN pragma_table_info(m.name) p \
         WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name <> '__diesel_schema_migrations'",
    )
    .load(&mut *conn)
    .expect("columns");
    let mut shape = Shape::new();
    for r in rows {
        // SQLite lets primary-key columns be NULL unless declared otherwise; ours all say NOT NULL.
        let nullable = r.not_null == 0 && r.pk == 0;
        shape
            .entry(r.table_name)
            .or_default()
            .insert(r.name, (family(&r.col_type), nullable));
    }
    shape
}

#[test]
fn both_migration_folders_build_the_same_schema() {
    let pg = TempPgDatabase::create()
        .expect("PostgreSQL must be running for the test suite (see .ci/run)");
    let dir = tempfile::tempdir().expect("tempdir");
    let postgres = postgres_shape(&pg.url);
    let sqlite = sqlite_shape(&sqlite_url(dir.path()));
    assert!(postgres.len() >= 18, "tables: {:?}", postgres.keys());
    assert_eq!(
        postgres.keys().collect::<Vec<_>>(),
        sqlite.keys().collect::<Vec<_>>(),
        "same tables"
    );
    for (table, columns) in &postgres {
        assert_eq!(
            columns, &sqlite[table],
            "same columns, types and nullability in {table}"
        );
    }
}

#[test]
fn both_migration_folders_have_the_same_migrations() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../migrations");
    let names = |dir: &str| {
        let mut v: Vec<String> = std::fs::read_dir(root.join(dir))
            .expect("folder")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    };
    assert_eq!(names("postgres"), names("sqlite"));
}

#[test]
fn bad_urls_are_explained() {
    let err = open_pool("mysql://x", &PoolOptions::default())
        .err()
        .expect("refused");
    assert!(
        err.to_string().contains("must start with postgres://"),
        "{err}"
    );
    let err = open_pool(
        "postgres://nobody@127.0.0.1:1/none",
        &PoolOptions::default(),
    )
    .err()
    .expect("refused");
    assert!(err.to_string().contains("cannot connect"), "{err}");
}
