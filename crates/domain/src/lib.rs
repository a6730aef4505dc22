//! CityBadges domain: the pure model and its rules. No I/O, no clock that is not handed in.

pub mod age;
pub mod ids;
pub mod kinds;
pub mod policy;
pub mod text;
pub mod validate;

pub use ids::{AchievementId, ActivityId, AwardId, OrgId, SessionId, UserId};
pub use kinds::*;
