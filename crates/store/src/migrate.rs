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
