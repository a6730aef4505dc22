//! What went wrong, in domain words. `web` maps each variant once to a status code.

use citybadges_domain::policy::Denied;
use citybadges_domain::validate::FieldError;
use citybadges_store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{0} not found")]
    NotFound(&'static str),
    #[error("{}", .0.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("; "))]
    Invalid(Vec<FieldError>),
    #[error("{0}")]
    BadRequest(String),
    #[error("you need to sign in first")]
    Unauthenticated,
    #[error("you are not allowed to do this")]
    Forbidden,
    /// Refused for a reason the person can act on.
    #[error("{0}")]
    Refused(String),
    #[error("{0}")]
    Conflict(String),
    /// A record with the same unique key exists (the store's unique index said so).
    #[error("{0} already exists")]
    Duplicate(&'static str),
    /// The settings cannot run a server; said at startup, never to a visitor.
    #[error(transparent)]
    Config(#[from] crate::config::ConfigError),
    #[error("too many attempts; try again in {retry_after_secs} seconds")]
    RateLimited { retry_after_secs: u64 },
    #[error("a service is unavailable: {0}")]
    Unavailable(String),
    /// This server is at capacity for this kind of work; the same request may succeed later.
    #[error("the server is busy with other requests of this kind; try again in {retry_after_secs} seconds")]
    Busy { retry_after_secs: u64 },
    #[error("internal error: {0}")]
    Internal(String),
}

pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    pub fn invalid(field: &'static str, message: impl Into<String>) -> Self {
        Error::Invalid(vec![FieldError::new(field, message)])
    }
}

impl From<FieldError> for Error {
    fn from(e: FieldError) -> Self {
        Error::Invalid(vec![e])
    }
}

impl From<Denied> for Error {
    fn from(d: Denied) -> Self {
        match d {
            Denied::NotSignedIn => Error::Unauthenticated,
            Denied::Forbidden => Error::Forbidden,
        }
    }
}

/// How long a client is asked to wait when SQLite's write lock stayed taken.
const LOCKED_RETRY_SECS: u64 = 5;

impl From<StoreError> for Error {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Conflict(what) => Error::Duplicate(what),
            // SQLite: another writer held the lock past the busy timeout (a large batch, say).
            // Nothing is wrong with the request: the same one may succeed in a moment.
            StoreError::Query(diesel::result::Error::DatabaseError(_, ref info))
                if is_locked(info.message()) =>
            {
                tracing::warn!(error = %e, "database busy");
                Error::Busy {
                    retry_after_secs: LOCKED_RETRY_SECS,
                }
            }
            StoreError::Pool(_) | StoreError::Connect(_) => {
                Error::Unavailable(format!("database: {e}"))
            }
            other => Error::Internal(other.to_string()),
        }
    }
}

fn is_locked(message: &str) -> bool {
    message.contains("database is locked") || message.contains("database table is locked")
}

impl From<diesel::result::Error> for Error {
    fn from(e: diesel::result::Error) -> Self {
        StoreError::from(e).into()
    }
}

impl From<crate::kv::KvError> for Error {
    fn from(e: crate::kv::KvError) -> Self {
        Error::Unavailable(e.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use diesel::result::{DatabaseErrorKind, Error as DieselError};

    #[test]
    fn a_write_lock_held_too_long_is_busy_not_internal() {
        let locked = StoreError::from(DieselError::DatabaseError(
            DatabaseErrorKind::Unknown,
            Box::new(String::from("database is locked")),
        ));
        assert!(matches!(Error::from(locked), Error::Busy { .. }));
        let other = StoreError::from(DieselError::DatabaseError(
            DatabaseErrorKind::Unknown,
            Box::new(String::from("no such table: x")),
        ));
        assert!(matches!(Error::from(other), Error::Internal(_)));
    }
}
