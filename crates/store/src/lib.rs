//! CityBadges store: diesel schema, rows, repositories, the connection pool and migrations.
//! One code path serves SQLite and PostgreSQL through [`AnyConnection`].

pub mod connection;
pub mod error;
pub mod migrate;
pub mod models;
pub mod repo;
pub mod schema;
pub mod testing;

pub use connection::{
    open_pool, write_transaction, AnyConnection, Backend, DbPool, PoolOptions, PooledConn,
};
pub use error::StoreError;

pub type Result<T> = std::result::Result<T, StoreError>;

/// Current time as stored: UTC, microsecond precision (PostgreSQL's), so values round-trip equal.
pub fn now() -> chrono::NaiveDateTime {
    use chrono::{SubsecRound, Utc};
    Utc::now().naive_utc().trunc_subsecs(6)
}
