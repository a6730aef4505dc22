//! CityBadges domain: the pure model and its rules. No I/O, no clock that is not handed in.

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
    AchievementId, ActivityId, ApiTokenId, AuditId, AwardId, EmailTokenId, EnrollmentId, InvalidId,
    IssuerKeyId, MembershipId, NeighbourhoodId, OrgId, OutboxId, SessionId, TopicId, UserId,
};
pub use kinds::*;
