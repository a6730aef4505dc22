//! Embedded migrations, one folder per backend with the same names.

use crate::{AnyConnection, Result, StoreError};
use diesel_migrations::{embed_migrations, EmbeddedMigrations, MigrationHarness};

pub const POSTGRES: EmbeddedMigrations = embed_migrations!("../../migrations/postgres");
pub const SQLITE: EmbeddedMigrations = embed_migrations!("../../migrations/sqlite");

/// Apply pending migrations; returns the names applied.
pub fn run_pending(conn: &mut AnyConnection) -> Result<Vec<String>> {
    let applied = match conn {
        AnyConnection::Postgresql(c) => c
            .run_pending_migrations(POSTGRES)
            .map(|v| v.iter().map(|m| m.to_string()).collect()),
        AnyConnection::Sqlite(c) => c
            .run_pending_migrations(SQLITE)
            .map(|v| v.iter().map(|m| m.to_string()).collect()),
    };
    applied.map_err(|e| StoreError::Migration(e.to_string()))
}

/// When PostgreSQL tables of a megabyte or more have no planner statistics at all (bulk-loaded or
/// restored while autovacuum was off or had not come round yet), analyze the database now: without
/// statistics the planner takes them for a few rows and joins the catalog row by row (seconds
/// instead of milliseconds at 50,000 activities). Returns the tables that had none; SQLite has
/// nothing to do.
pub fn analyze_unanalyzed(conn: &mut AnyConnection) -> Result<Vec<String>> {
    use diesel::connection::SimpleConnection;
    use diesel::prelude::*;
    #[derive(QueryableByName)]
    struct Table {
        #[diesel(sql_type = diesel::sql_types::Text)]
        name: String,
    }
    let AnyConnection::Postgresql(c) = conn else {
        return Ok(Vec::new());
    };
    // No column of the table has statistics (a CREATE INDEX counts rows but gathers none).
    let tables: Vec<String> = diesel::sql_query(
        "SELECT c.relname::text AS name FROM pg_class c \
         JOIN pg_namespace n ON n.oid = c.relnamespace \
         WHERE n.nspname = current_schema() AND c.relkind = 'r' \
         AND pg_relation_size(c.oid) >= 1048576 \
         AND NOT EXISTS (SELECT 1 FROM pg_stats s \
                         WHERE s.schemaname = n.nspname AND s.tablename = c.relname) \
         ORDER BY 1",
    )
    .load::<Table>(c)?
    .into_iter()
    .map(|t| t.name)
    .collect();
    if !tables.is_empty() {
        // The whole database: its small tables (topics, neighbourhoods) lack statistics too
        // after such a load, and the planner misjudges the joins to them.
        c.batch_execute("ANALYZE")?;
    }
    Ok(tables)
}
