//! Opaque, unguessable identifiers (UUIDv7: time-ordered, random tail), one type per table so
//! that one kind of id cannot be passed for another. Their text is the UUID's canonical form
//! (lowercase, hyphenated), the only form that parses: an id is exactly the text handed out.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;
use uuid::Uuid;

/// The text given is not an id of this kind (not a UUID in canonical form).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("'{value}' is not a valid {what} id")]
pub struct InvalidId {
    pub what: &'static str,
    pub value: String,
}

/// The UUID `s` names in canonical text, or `None`.
fn parse_canonical(s: &str) -> Option<Uuid> {
    // 36 characters is the hyphenated form only; uppercase would be another text for the same id.
    if s.len() != 36 || s.bytes().any(|b| b.is_ascii_uppercase()) {
        return None;
    }
    Uuid::try_parse(s).ok()
}

macro_rules! id_type {
    ($($(#[$meta:meta])* $name:ident, $what:literal;)*) => {$(
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[cfg_attr(feature = "diesel", derive(diesel::expression::AsExpression, diesel::deserialize::FromSqlRow))]
        #[cfg_attr(feature = "diesel", diesel(sql_type = diesel::sql_types::Text))]
        #[serde(transparent)]
        pub struct $name(pub Uuid);

        impl $name {
            /// A fresh random id.
            pub fn new() -> Self {
                Self(Uuid::now_v7())
            }
            pub fn from_uuid(u: Uuid) -> Self {
                Self(u)
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }

        impl From<Uuid> for $name {
            fn from(u: Uuid) -> Self {
                Self(u)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        impl FromStr for $name {
            type Err = InvalidId;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                parse_canonical(s).map(Self).ok_or_else(|| InvalidId {
                    what: $what,
                    value: s.chars().take(40).collect(),
                })
            }
        }

        #[cfg(feature = "diesel")]
        impl diesel::serialize::ToSql<diesel::sql_types::Text, diesel::pg::Pg> for $name {
            fn to_sql<'b>(
                &'b self,
                out: &mut diesel::serialize::Output<'b, '_, diesel::pg::Pg>,
            ) -> diesel::serialize::Result {
                sql::write_pg(&self.0, out)
            }
        }

        #[cfg(feature = "diesel")]
        impl diesel::serialize::ToSql<diesel::sql_types::Text, diesel::sqlite::Sqlite> for $name {
            fn to_sql<'b>(
                &'b self,
                out: &mut diesel::serialize::Output<'b, '_, diesel::sqlite::Sqlite>,
            ) -> diesel::serialize::Result {
                sql::write_sqlite(&self.0, out)
            }
        }

        from_sql_by_parsing!($name);
    )*};
}

id_type!(
    OrgId, "organization";
    UserId, "user";
    ActivityId, "activity";
    /// One dated session of an activity.
    SessionId, "session";
    AchievementId, "achievement";
    AwardId, "award";
    NeighbourhoodId, "neighbourhood";
    TopicId, "topic";
    /// A person's membership of an organization.
    MembershipId, "membership";
    EnrollmentId, "enrollment";
    /// An organization's API token (the row, not its secret).
    ApiTokenId, "API token";
    /// An emailed link's token (the row, not its secret).
    EmailTokenId, "email token";
    /// A request for a guardian's consent to a child's account (the row, not its link's secret).
    ConsentId, "consent request";
    /// An organization's signing key (the row; the key's public name is its `key_id`).
    IssuerKeyId, "issuer key";
    AuditId, "audit entry";
    OutboxId, "outbox entry";
);

/// Ids as diesel `Text` on each concrete backend. An id's text is formatted, not borrowed, so one
/// impl over every backend (as the vocabularies have) is not possible: the store's shared backend
/// (`AnyConnection`'s) binds the id itself and serializes it later with these.
#[cfg(feature = "diesel")]
mod sql {
    use diesel::serialize::{IsNull, Output, Result};
    use uuid::Uuid;

    pub fn write_pg(id: &Uuid, out: &mut Output<'_, '_, diesel::pg::Pg>) -> Result {
        use std::io::Write;
        let mut buf = Uuid::encode_buffer();
        out.write_all(id.hyphenated().encode_lower(&mut buf).as_bytes())?;
        Ok(IsNull::No)
    }

    pub fn write_sqlite(id: &Uuid, out: &mut Output<'_, '_, diesel::sqlite::Sqlite>) -> Result {
        out.set_value(id.hyphenated().to_string());
        Ok(IsNull::No)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_parse_only_their_canonical_text() {
        let id = AwardId::new();
        assert_eq!(id.to_string().parse::<AwardId>(), Ok(id));
        for other in [
            id.to_string().to_uppercase(),
            id.0.simple().to_string(),
            id.0.urn().to_string(),
            format!("{{{id}}}"),
            "a001".to_owned(),
            String::new(),
        ] {
            let err = other.parse::<AwardId>().expect_err(&other);
            assert_eq!(err.what, "award");
        }
    }
}
