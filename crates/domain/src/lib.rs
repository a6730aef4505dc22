//! CityBadges domain: the pure model and its rules. No I/O, no clock that is not handed in.

/// `FromSql<Text>` for a type stored as its text (ids, vocabularies): reading it back parses it,
/// so a stored string that names no value is a deserialization error, not a panic.
macro_rules! from_sql_by_parsing {
    ($name:ty) => {
        #[cfg(feature = "diesel")]
        impl<DB> diesel::deserialize::FromSql<diesel::sql_types::Text, DB> for $name
        where
            DB: diesel::backend::Backend,
            String: diesel::deserialize::FromSql<diesel::sql_types::Text, DB>,
        {
            fn from_sql(bytes: DB::RawValue<'_>) -> diesel::deserialize::Result<Self> {
                $crate::sql_text::parse::<$name, DB>(bytes)
            }
        }
    };
}

pub mod age;
pub mod ids;
pub mod kinds;
pub mod policy;
#[cfg(feature = "diesel")]
#[doc(hidden)]
pub mod sql_text;
pub mod text;
pub mod validate;

pub use ids::{
    AchievementId, ActivityId, ApiTokenId, AuditId, AwardId, ConsentId, EmailTokenId, EnrollmentId,
    InvalidId, IssuerKeyId, MembershipId, NeighbourhoodId, OrgId, OutboxId, SessionId, TopicId,
    UserId,
};
pub use kinds::*;
