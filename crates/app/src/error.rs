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

impl From<StoreError> for Error {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Conflict(what) => Error::Conflict(format!("{what} already exists")),
            StoreError::Pool(_) | StoreError::Connect(_) => {
                Error::Unavailable(format!("database: {e}"))
            }
            other => Error::Internal(other.to_string()),
        }
    }
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
