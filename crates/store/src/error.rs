use diesel::result::{DatabaseErrorKind, Error as DieselError};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database URL is not usable: {0}")]
    BadUrl(String),
    #[error("cannot connect to the database: {0}")]
    Connect(String),
    #[error("no database connection available: {0}")]
    Pool(#[from] r2d2::Error),
    #[error("migrations failed: {0}")]
    Migration(String),
    #[error("{0} already exists")]
    Conflict(&'static str),
    #[error("a stored value is invalid: {0}")]
    Corrupt(String),
    #[error("database error: {0}")]
    Query(DieselError),
}

impl From<DieselError> for StoreError {
    fn from(e: DieselError) -> Self {
        match e {
            DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _) => {
                StoreError::Conflict("a record with the same key")
            }
            other => StoreError::Query(other),
        }
    }
}

impl StoreError {
    /// Wrap a parse failure of a stored value (an id or vocabulary word that should never be bad).
    pub fn corrupt(e: impl std::fmt::Display) -> Self {
        StoreError::Corrupt(e.to_string())
    }
}
