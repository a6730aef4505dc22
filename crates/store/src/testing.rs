//! Throw-away databases for tests: a fresh PostgreSQL database per test (dropped afterwards) or a
//! SQLite file in a temporary folder. Used by the `app` and black-box test suites.

use crate::{Result, StoreError};
use diesel::connection::SimpleConnection;
use diesel::pg::PgConnection;
use diesel::Connection;

/// Where the test PostgreSQL server is; `CITYBADGES_TEST_PG_URL` overrides.
pub fn pg_admin_url() -> String {
    std::env::var("CITYBADGES_TEST_PG_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into())
}

/// A PostgreSQL database that exists for the life of this value.
pub struct TempPgDatabase {
    pub url: String,
    name: String,
    admin_url: String,
}

impl TempPgDatabase {
    pub fn create() -> Result<Self> {
        let admin_url = pg_admin_url();
        let name = format!("cb_test_{}", uuid::Uuid::new_v4().simple());
        let mut admin = PgConnection::establish(&admin_url)
            .map_err(|e| StoreError::Connect(format!("test PostgreSQL at {admin_url}: {e}")))?;
        admin.batch_execute(&format!("CREATE DATABASE {name}"))?;
        let base = admin_url
            .rsplit_once('/')
            .map(|(b, _)| b)
            .unwrap_or(&admin_url);
        Ok(Self {
            url: format!("{base}/{name}"),
            name,
            admin_url,
        })
    }
}

impl Drop for TempPgDatabase {
    fn drop(&mut self) {
        if let Ok(mut admin) = PgConnection::establish(&self.admin_url) {
            let _ = admin.batch_execute(&format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ));
        }
    }
}

/// A SQLite URL for a file inside `dir`.
pub fn sqlite_url(dir: &std::path::Path) -> String {
    format!("sqlite://{}", dir.join("test.db").display())
}
