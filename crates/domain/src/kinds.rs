//! The closed vocabularies of the model, stored and exchanged as their strings: each member's
//! string is its text in the database (diesel `Text`, with the `diesel` feature), in JSON (serde)
//! and in URLs (`FromStr`/`Display`), written once below.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// The string given does not name a member of the vocabulary.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("'{value}' is not a valid {what} (expected one of: {expected})")]
pub struct UnknownValue {
    pub what: &'static str,
    pub value: String,
    pub expected: String,
}

impl UnknownValue {
    /// The sentence for the person who sent the value.
    pub fn msg(&self) -> citybadges_i18n::Msg {
        citybadges_i18n::Msg::new("err-unknown-value")
            .with("value", self.value.as_str())
            .with("what", self.what)
            .with("expected", self.expected.as_str())
    }
}

macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident, $what:literal { $($variant:ident => $s:literal, $label:literal;)* }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[cfg_attr(feature = "diesel", derive(diesel::expression::AsExpression, diesel::deserialize::FromSqlRow))]
        #[cfg_attr(feature = "diesel", diesel(sql_type = diesel::sql_types::Text))]
        pub enum $name { $(#[serde(rename = $s)] $variant),* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),*];
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $s),* }
            }
            /// Human label, English.
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label),* }
            }
            /// Its message in `frontend/locales/*/vocabulary.ftl`: `day-sat`.
            pub fn message_id(self) -> String {
                format!("{}-{}", $what.replace(' ', "-"), self.as_str())
            }
            /// The label in a reader's language.
            pub fn label_in(self, locale: citybadges_i18n::Locale) -> String {
                citybadges_i18n::text(locale, &self.message_id())
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                self.as_str()
            }
        }

        impl FromStr for $name {
            type Err = UnknownValue;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($s => Ok($name::$variant),)*
                    _ => Err(UnknownValue {
                        what: $what,
                        value: s.chars().take(40).collect(),
                        expected: [$($s),*].join(", "),
                    }),
                }
            }
        }

        #[cfg(feature = "diesel")]
        impl<DB> diesel::serialize::ToSql<diesel::sql_types::Text, DB> for $name
        where
            DB: diesel::backend::Backend,
            str: diesel::serialize::ToSql<diesel::sql_types::Text, DB>,
        {
            fn to_sql<'b>(
                &'b self,
                out: &mut diesel::serialize::Output<'b, '_, DB>,
            ) -> diesel::serialize::Result {
                <str as diesel::serialize::ToSql<diesel::sql_types::Text, DB>>::to_sql(
                    self.as_str(),
                    out,
                )
            }
        }

        from_sql_by_parsing!($name);
    };
}

vocabulary!(
    /// What kind of organization offers learning.
    OrgKind, "organization kind" {
        School => "school", "School";
        Museum => "museum", "Museum";
        Library => "library", "Library";
        Employer => "employer", "Employer";
        Community => "community", "Community group";
        FabLab => "fab_lab", "Fab lab";
        College => "college", "College";
        Other => "other", "Other";
    }
);

vocabulary!(
    /// An organization is pending until a city coordinator approves it.
    OrgStatus, "organization status" {
        Pending => "pending", "Pending approval";
        Active => "active", "Active";
        Suspended => "suspended", "Suspended";
    }
);

vocabulary!(
    /// What an account is for; drives the policy together with memberships.
    AccountKind, "account kind" {
        Youth => "youth", "Youth";
        Guardian => "guardian", "Guardian";
        Staff => "staff", "Organization staff";
        Coordinator => "coordinator", "City coordinator";
        PlatformAdmin => "platform_admin", "Platform administrator";
    }
);

vocabulary!(
    /// A staff member's role inside one organization.
    Role, "role" {
        OrgAdmin => "org_admin", "Organization administrator";
        Staff => "staff", "Staff";
        Reviewer => "reviewer", "Reviewer";
    }
);

vocabulary!(
    ActivityFormat, "format" {
        InPerson => "in_person", "In person";
        Online => "online", "Online";
        Hybrid => "hybrid", "Hybrid";
    }
);

vocabulary!(
    /// Publication state shared by activities and achievements.
    PublicationStatus, "status" {
        Draft => "draft", "Draft";
        Published => "published", "Published";
        Archived => "archived", "Archived";
    }
);

vocabulary!(
    EnrollmentStatus, "enrollment status" {
        Enrolled => "enrolled", "Enrolled";
        Waitlisted => "waitlisted", "Waitlisted";
        Cancelled => "cancelled", "Cancelled";
        Completed => "completed", "Completed";
    }
);

vocabulary!(
    /// An award moves pending -> issued -> revoked, never back.
    AwardStatus, "award status" {
        Pending => "pending", "Pending";
        Issued => "issued", "Issued";
        Revoked => "revoked", "Revoked";
    }
);

vocabulary!(
    /// Open Badges 3.0 `achievementType` values this platform designs with.
    AchievementType, "achievement type" {
        Badge => "Badge", "Badge";
        Achievement => "Achievement", "Achievement";
        Award => "Award", "Award";
        Certificate => "Certificate", "Certificate";
        Certification => "Certification", "Certification";
        Competency => "Competency", "Competency";
        CoCurricular => "CoCurricular", "Co-curricular";
        Course => "Course", "Course";
        LearningProgram => "LearningProgram", "Learning program";
        MicroCredential => "MicroCredential", "Micro-credential";
    }
);

vocabulary!(
    /// Age bands used when only a band is known and in aggregate reports.
    AgeBand, "age band" {
        Under13 => "under_13", "Under 13";
        Teen13to15 => "13_15", "13–15";
        Teen16to18 => "16_18", "16–18";
        Young19to24 => "19_24", "19–24";
        Adult => "25_plus", "25 and over";
    }
);

vocabulary!(
    /// What an emailed link's token is for.
    TokenPurpose, "token purpose" {
        VerifyEmail => "verify_email", "Email verification";
        ResetPassword => "reset_password", "Password reset";
    }
);

vocabulary!(
    /// Who acted, as the audit log records it (see `policy::Actor`).
    ActorKind, "actor kind" {
        Anonymous => "anonymous", "Anonymous";
        User => "user", "Person";
        ApiToken => "api_token", "API token";
    }
);

vocabulary!(
    /// The kinds of mail a person may stop (each with one-click unsubscribe); the mail an
    /// account needs (confirming the address, a password reset, a guardian's consent) is no list.
    MailList, "mail list" {
        BadgeAwarded => "badge_awarded", "A badge is awarded to me";
        SeatOpened => "seat_opened", "A place opens up for me on a waitlist";
        SessionReminder => "session_reminder", "Reminders the day before a session";
    }
);

vocabulary!(
    /// Where a request for a guardian's consent stands. `Replaced`: the child
    /// asked someone else (or asked again), so that link no longer answers.
    ConsentStatus, "consent status" {
        Pending => "pending", "Waiting for an answer";
        Approved => "approved", "Approved";
        Refused => "refused", "Refused";
        Withdrawn => "withdrawn", "Withdrawn";
        Replaced => "replaced", "Replaced by a newer request";
    }
);

vocabulary!(
    /// What an audit entry is about (its `target_id` is an id of this kind).
    AuditTarget, "audit target" {
        User => "user", "Account";
        Organization => "organization", "Organization";
        Activity => "activity", "Activity";
        Award => "award", "Award";
        IssuerKey => "issuer_key", "Signing key";
        ApiToken => "api_token", "API token";
        Enrollment => "enrollment", "Enrollment";
    }
);

vocabulary!(
    /// The kinds of side effects the outbox delivers.
    OutboxTopic, "outbox topic" {
        Mail => "mail", "Mail";
        Search => "search", "Search index change";
    }
);

vocabulary!(
    /// Days of the week, as search filters and facets name them (in the city's time zone).
    Weekday, "day" {
        Mon => "mon", "Monday";
        Tue => "tue", "Tuesday";
        Wed => "wed", "Wednesday";
        Thu => "thu", "Thursday";
        Fri => "fri", "Friday";
        Sat => "sat", "Saturday";
        Sun => "sun", "Sunday";
    }
);

vocabulary!(
    /// Parts of the day people filter sessions by, from the local starting hour.
    TimeOfDay, "time of day" {
        Morning => "morning", "Morning";
        Afternoon => "afternoon", "Afternoon";
        Evening => "evening", "Evening";
    }
);

impl Weekday {
    /// The day a date falls on.
    pub fn of(d: chrono::Weekday) -> Weekday {
        Weekday::ALL[d.num_days_from_monday() as usize]
    }
}

impl TimeOfDay {
    /// Before noon, until five, after.
    pub fn of_hour(hour: u32) -> TimeOfDay {
        match hour {
            0..=11 => TimeOfDay::Morning,
            12..=16 => TimeOfDay::Afternoon,
            _ => TimeOfDay::Evening,
        }
    }
}

impl AwardStatus {
    /// The only allowed moves.
    pub fn can_move_to(self, next: AwardStatus) -> bool {
        matches!(
            (self, next),
            (AwardStatus::Pending, AwardStatus::Issued)
                | (AwardStatus::Pending, AwardStatus::Revoked)
                | (AwardStatus::Issued, AwardStatus::Revoked)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every vocabulary, named once for the checks that run over each: `every_vocabulary!(check)`
    /// calls the caller's `check!` with all of them.
    macro_rules! every_vocabulary {
        ($check:ident) => {
            $check!(
                OrgKind,
                OrgStatus,
                AccountKind,
                Role,
                ActivityFormat,
                PublicationStatus,
                EnrollmentStatus,
                AwardStatus,
                AchievementType,
                AgeBand,
                TokenPurpose,
                ConsentStatus,
                ActorKind,
                AuditTarget,
                OutboxTopic,
                MailList,
                Weekday,
                TimeOfDay
            )
        };
    }

    #[test]
    fn vocabularies_round_trip() {
        for k in OrgKind::ALL {
            assert_eq!(k.as_str().parse::<OrgKind>().ok(), Some(*k));
        }
        for r in Role::ALL {
            assert_eq!(r.as_str().parse::<Role>().ok(), Some(*r));
        }
        let err = "wizard".parse::<Role>().unwrap_err();
        assert!(err.to_string().contains("org_admin"));
    }

    /// JSON, the database and URLs spell each member the same way.
    #[test]
    fn serde_uses_the_same_strings() {
        macro_rules! check {
            ($($t:ty),*) => {$(
                for v in <$t>::ALL {
                    let json = serde_json::to_value(v).expect("serializes");
                    assert_eq!(json, serde_json::Value::from(v.as_str()));
                    assert_eq!(serde_json::from_value::<$t>(json).ok(), Some(*v));
                    assert_eq!(v.to_string().parse::<$t>().ok(), Some(*v));
                }
            )*};
        }
        every_vocabulary!(check);
    }

    /// Every member reads as a word in every language (`frontend/locales/*/vocabulary.ftl`).
    #[test]
    fn every_member_has_a_label_in_every_language() {
        macro_rules! check {
            ($($t:ty),*) => {$(
                for v in <$t>::ALL {
                    for locale in citybadges_i18n::Locale::ALL {
                        let label = v.label_in(locale);
                        assert_ne!(label, v.message_id(), "{locale}: no message {}", v.message_id());
                    }
                    assert_eq!(v.label_in(citybadges_i18n::Locale::En), v.label());
                }
            )*};
        }
        every_vocabulary!(check);
        assert_eq!(Weekday::Sat.label_in(citybadges_i18n::Locale::Fr), "Samedi");
    }

    #[test]
    fn awards_never_go_back() {
        assert!(AwardStatus::Pending.can_move_to(AwardStatus::Issued));
        assert!(AwardStatus::Issued.can_move_to(AwardStatus::Revoked));
        assert!(!AwardStatus::Revoked.can_move_to(AwardStatus::Issued));
        assert!(!AwardStatus::Issued.can_move_to(AwardStatus::Pending));
    }
}
