//! One connection type for both backends, and an r2d2 manager that picks the backend from the URL.

use crate::{Result, StoreError};
use diesel::connection::SimpleConnection;
use diesel::pg::PgConnection;
use diesel::sqlite::SqliteConnection;
use diesel::Connection;
use std::time::Duration;

#[derive(diesel::MultiConnection)]
pub enum AnyConnection {
    Postgresql(PgConnection),
    Sqlite(SqliteConnection),
}

/// Ids as `Text` on the shared backend: it keeps a reference to the id and has the concrete
/// backend serialize it (the ids' `ToSql` for PostgreSQL and SQLite are in `citybadges_domain`).
/// Vocabularies need nothing here: their `ToSql` is written once for every backend.
macro_rules! ids_as_text {
    ($($id:ident),* $(,)?) => {$(
        impl diesel::serialize::ToSql<diesel::sql_types::Text, MultiBackend>
            for citybadges_domain::$id
        {
            fn to_sql<'b>(
                &'b self,
                out: &mut diesel::serialize::Output<'b, '_, MultiBackend>,
            ) -> diesel::serialize::Result {
                out.set_value((diesel::sql_types::Text, self));
                Ok(diesel::serialize::IsNull::No)
            }
        }
    )*};
}

ids_as_text!(
    OrgId,
    UserId,
    ActivityId,
    SessionId,
    AchievementId,
    AwardId,
    NeighbourhoodId,
    TopicId,
    MembershipId,
    EnrollmentId,
    ApiTokenId,
    EmailTokenId,
    IssuerKeyId,
    AuditId,
    OutboxId,
    ConsentId,
);

/// Run the same diesel code on the concrete connection, for the few statements the shared
/// backend cannot express (batch inserts, upserts).
#[macro_export]
macro_rules! on_backend {
    ($conn:expr, |$c:ident| $body:expr) => {
        match $conn {
            $crate::AnyConnection::Postgresql($c) => $body,
            $crate::AnyConnection::Sqlite($c) => $body,
        }
    };
}

/// Run `f` in one transaction that writes. On SQLite it takes the write lock at its start
/// (`BEGIN IMMEDIATE`), so concurrent writers queue on the busy timeout; a deferred transaction
/// that read first fails at once with "database is locked" when another writer committed in
/// between (its read snapshot cannot be upgraded). On PostgreSQL an ordinary transaction.
pub fn write_transaction<T, E, F>(conn: &mut AnyConnection, f: F) -> std::result::Result<T, E>
where
    F: FnOnce(&mut AnyConnection) -> std::result::Result<T, E>,
    E: From<diesel::result::Error>,
{
    use diesel::connection::{AnsiTransactionManager, TransactionManager};
    type Manager = <AnyConnection as Connection>::TransactionManager;
    if let AnyConnection::Sqlite(c) = &mut *conn {
        AnsiTransactionManager::begin_transaction_sql(c, "BEGIN IMMEDIATE")?;
    } else {
        Manager::begin_transaction(conn)?;
    }
    match f(conn) {
        Ok(value) => {
            Manager::commit_transaction(conn)?;
            Ok(value)
        }
        Err(e) => match Manager::rollback_transaction(conn) {
            Ok(()) | Err(diesel::result::Error::BrokenTransactionManager) => Err(e),
            Err(rollback) => Err(rollback.into()),
        },
    }
}

impl AnyConnection {
    pub fn backend(&self) -> Backend {
        match self {
            AnyConnection::Postgresql(_) => Backend::Postgres,
            AnyConnection::Sqlite(_) => Backend::Sqlite,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Postgres,
    Sqlite,
}

impl Backend {
    /// `postgres://` / `postgresql://` or `sqlite://PATH` / `sqlite:PATH`.
    pub fn from_url(url: &str) -> Result<(Backend, String)> {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            return Ok((Backend::Postgres, url.to_string()));
        }
        if let Some(path) = url
            .strip_prefix("sqlite://")
            .or_else(|| url.strip_prefix("sqlite:"))
        {
            if path.is_empty() {
                return Err(StoreError::BadUrl("sqlite URL has no file path".into()));
            }
            return Ok((Backend::Sqlite, path.to_string()));
        }
        Err(StoreError::BadUrl(format!(
            "'{}' must start with postgres://, postgresql:// or sqlite://",
            url.chars().take(20).collect::<String>()
        )))
    }

    pub fn name(self) -> &'static str {
        match self {
            Backend::Postgres => "postgresql",
            Backend::Sqlite => "sqlite",
        }
    }
}

pub struct Manager {
    backend: Backend,
    target: String,
}

impl r2d2::ManageConnection for Manager {
    type Connection = AnyConnection;
    type Error = diesel::r2d2::Error;

    fn connect(&self) -> std::result::Result<AnyConnection, Self::Error> {
        match self.backend {
            Backend::Postgres => PgConnection::establish(&self.target)
                .map(AnyConnection::Postgresql)
                .map_err(diesel::r2d2::Error::ConnectionError),
            Backend::Sqlite => {
                let mut c = SqliteConnection::establish(&self.target)
                    .map_err(diesel::r2d2::Error::ConnectionError)?;
                sqlite_settings(&mut c).map_err(diesel::r2d2::Error::QueryError)?;
                Ok(AnyConnection::Sqlite(c))
            }
        }
    }

    fn is_valid(&self, conn: &mut AnyConnection) -> std::result::Result<(), Self::Error> {
        conn.batch_execute("SELECT 1")
            .map_err(diesel::r2d2::Error::QueryError)
    }

    fn has_broken(&self, _conn: &mut AnyConnection) -> bool {
        false
    }
}

/// Each SQLite connection's settings. WAL lets readers work during a write; the busy timeout (set
/// first) makes writers queue. SQLite answers "database is locked" at once, without waiting, where
/// waiting could deadlock, which connections opened together on a fresh file can meet while one
/// switches it to WAL: those few statements are tried again after a short pause.
fn sqlite_settings(c: &mut SqliteConnection) -> diesel::QueryResult<()> {
    const SETTINGS: &str = "PRAGMA busy_timeout = 10000; PRAGMA journal_mode = WAL; \
        PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA cache_size = -32768;";
    let mut attempt = 0u64;
    loop {
        match c.batch_execute(SETTINGS) {
            Err(e) if attempt < 50 => {
                attempt += 1;
                tracing::debug!(attempt, error = %e, "SQLite settings: trying again");
                std::thread::sleep(Duration::from_millis(5 * attempt.min(10)));
            }
            done => return done,
        }
    }
}

pub type PooledConn = r2d2::PooledConnection<Manager>;

/// The connection pool, knowing which backend it talks to.
#[derive(Clone)]
pub struct DbPool {
    inner: r2d2::Pool<Manager>,
    backend: Backend,
}

impl DbPool {
    pub fn get(&self) -> Result<PooledConn> {
        Ok(self.inner.get()?)
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// A quick round trip, for readiness checks.
    pub fn ping(&self) -> Result<()> {
        let mut c = self.get()?;
        c.batch_execute("SELECT 1")?;
        Ok(())
    }
}

#[derive(Debug, Clone)]
pub struct PoolOptions {
    pub max_size: u32,
    pub connect_timeout: Duration,
}

impl Default for PoolOptions {
    fn default() -> Self {
        Self {
            max_size: 10,
            connect_timeout: Duration::from_secs(5),
        }
    }
}

/// Open a pool; fails fast with the backend's own message when the database cannot be reached.
pub fn open_pool(url: &str, opts: &PoolOptions) -> Result<DbPool> {
    let (backend, target) = Backend::from_url(url)?;
    if backend == Backend::Sqlite {
        if let Some(dir) = std::path::Path::new(&target)
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
        {
            std::fs::create_dir_all(dir)
                .map_err(|e| StoreError::Connect(format!("{}: {e}", dir.display())))?;
        }
    }
    let manager = Manager { backend, target };
    // Check once by hand so the caller sees the real reason, not r2d2's generic time-out.
    r2d2::ManageConnection::connect(&manager).map_err(|e| StoreError::Connect(e.to_string()))?;
    // SQLite allows one writer: a small pool avoids lock contention between our own connections.
    let max = if backend == Backend::Sqlite {
        opts.max_size.min(4)
    } else {
        opts.max_size
    };
    let inner = r2d2::Pool::builder()
        .max_size(max)
        .connection_timeout(opts.connect_timeout)
        .build(manager)?;
    Ok(DbPool { inner, backend })
}

#[cfg(test)]
mod tests {
    use super::*;
    use r2d2::ManageConnection;

    /// A fresh file switches to WAL on the first connections; opened together, the ones that
    /// lose the race must wait for the lock rather than fail with "database is locked" (before:
    /// a failure in most rounds; with the busy timeout alone, still about one round in ten).
    #[test]
    fn connections_opened_together_on_a_fresh_file_all_succeed() {
        for round in 0..20 {
            let dir = tempfile::tempdir().expect("a temporary directory");
            let path = dir.path().join(format!("fresh-{round}.db"));
            let manager = std::sync::Arc::new(Manager {
                backend: Backend::Sqlite,
                target: path.display().to_string(),
            });
            let opened: Vec<_> = (0..12)
                .map(|_| {
                    let m = manager.clone();
                    std::thread::spawn(move || m.connect().map(|_| ()).map_err(|e| e.to_string()))
                })
                .collect();
            for t in opened {
                let result = t.join().expect("the thread ends");
                assert!(result.is_ok(), "round {round}: {result:?}");
            }
        }
    }
}
