//! What went wrong, in domain words. `web` maps each variant once to a status code.

use citybadges_domain::policy::Denied;
use citybadges_domain::validate::FieldError;
use citybadges_i18n::{Locale, Msg};
use citybadges_store::StoreError;
use std::fmt;

/// Each variant a person may read holds a [`Msg`] (or names a fixed message): the same error reads
/// in the language of whoever sees it (`web::error` shows it in the request's language). `Display`
/// is English, for logs and the command line; `Internal`, `Config` and `Unavailable` details are
/// for the log only, never shown.
#[derive(Debug)]
pub enum Error {
    /// The thing not found: a key of `err-not-found` (`award`, `status-list`).
    NotFound(&'static str),
    Invalid(Vec<FieldError>),
    BadRequest(Msg),
    Unauthenticated,
    Forbidden,
    /// Refused for a reason the person can act on.
    Refused(Msg),
    Conflict(Msg),
    /// A record with the same unique key exists (the store's unique index said so).
    Duplicate(&'static str),
    /// The settings cannot run a server; said at startup, never to a visitor.
    Config(crate::config::ConfigError),
    RateLimited {
        retry_after_secs: u64,
    },
    /// The detail is for the log; a person reads `err-unavailable`.
    Unavailable(String),
    /// This server is at capacity for this kind of work; the same request may succeed later.
    Busy {
        retry_after_secs: u64,
    },
    Internal(String),
}

pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    pub fn invalid(field: &'static str, message: Msg) -> Self {
        Error::Invalid(vec![FieldError::new(field, message)])
    }

    /// What a person reads about this error (`Invalid`: a summary; its fields hold the details).
    pub fn message(&self) -> Msg {
        match self {
            Error::NotFound(what) => Msg::new("err-not-found").with("what", *what),
            Error::Invalid(_) => Msg::new("err-invalid"),
            Error::BadRequest(m) | Error::Refused(m) | Error::Conflict(m) => m.clone(),
            Error::Unauthenticated => Msg::new("err-unauthenticated"),
            Error::Forbidden => Msg::new("err-forbidden"),
            Error::Duplicate(_) => Msg::new("err-duplicate"),
            Error::RateLimited { retry_after_secs } => {
                Msg::new("err-rate-limited").with("seconds", *retry_after_secs)
            }
            Error::Busy { retry_after_secs } => {
                Msg::new("err-busy").with("seconds", *retry_after_secs)
            }
            Error::Unavailable(_) => Msg::new("err-unavailable"),
            Error::Internal(_) | Error::Config(_) => Msg::new("err-internal"),
        }
    }

    /// The sentence a person reads in `locale`: the message, or each field's (`field: message`,
    /// joined by `; `) when the input was invalid.
    pub fn show(&self, locale: Locale) -> String {
        match self {
            Error::Invalid(list) => list
                .iter()
                .map(|e| format!("{}: {}", e.field, e.message.show(locale)))
                .collect::<Vec<_>>()
                .join("; "),
            other => other.message().show(locale),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Config(e) => e.fmt(f),
            Error::Unavailable(detail) => write!(f, "a service is unavailable: {detail}"),
            Error::Internal(detail) => write!(f, "internal error: {detail}"),
            other => f.write_str(&other.show(Locale::En)),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Config(e) => Some(e),
            _ => None,
        }
    }
}

impl From<crate::config::ConfigError> for Error {
    fn from(e: crate::config::ConfigError) -> Self {
        Error::Config(e)
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
