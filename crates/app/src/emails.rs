//! The emails the platform sends, rendered from templates in `frontend/templates/emails`, their
//! words the messages of `frontend/locales/*/emails.ftl` in the recipient's language: the
//! account's setting (`users.locale`), or the city's default for an address with no account.

use crate::error::{Error, Result};
use askama::Template;
use citybadges_domain::{MailList, TokenPurpose};
use citybadges_i18n::{text_with, Arg, Locale};
use citybadges_mail::Email;
use citybadges_store::{repo, AnyConnection};

/// The words of one email: its language and the arguments its messages name (`{ $name }`).
struct Words {
    locale: Locale,
    args: Vec<(&'static str, Arg)>,
}

impl Words {
    fn new(locale: Locale, args: &[(&'static str, &str)]) -> Words {
        Words {
            locale,
            args: args.iter().map(|(k, v)| (*k, Arg::from(*v))).collect(),
        }
    }

    /// The message `id` with this email's arguments: `{{ w.t("email-verify-intro") }}`.
    fn t(&self, id: &str) -> String {
        text_with(self.locale, id, &self.args)
    }
}

/// The language of mail to an address with no account: the city's default.
pub fn city_locale(conn: &mut AnyConnection) -> Result<Locale> {
    Ok(repo::city::settings(conn)?
        .map(|s| s.default_locale)
        .unwrap_or_default())
}

#[derive(Template)]
#[template(path = "emails/verify_email.txt")]
struct VerifyEmail<'a> {
    w: Words,
    link: &'a str,
}

#[derive(Template)]
#[template(path = "emails/reset_password.txt")]
struct ResetPassword<'a> {
    w: Words,
    link: &'a str,
}

#[derive(Template)]
#[template(path = "emails/account_exists.txt")]
struct AccountExists<'a> {
    w: Words,
    login: &'a str,
    reset: &'a str,
}

#[derive(Template)]
#[template(path = "emails/badge_awarded.txt")]
struct BadgeAwarded<'a> {
    w: Words,
    name: &'a str,
    link: &'a str,
}

fn render(t: &impl Template) -> Result<String> {
    t.render()
        .map_err(|e| Error::Internal(format!("email template: {e}")))
}

/// The mail carrying an account's one-time link for `purpose`, with its `token`.
pub fn token_link(
    purpose: TokenPurpose,
    base: &str,
    to: &str,
    name: &str,
    token: &str,
    locale: Locale,
) -> Result<Email> {
    let w = Words::new(locale, &[("name", name)]);
    let (subject, text) = match purpose {
        TokenPurpose::VerifyEmail => {
            let link = format!("{base}/verify-email?token={token}");
            (
                w.t("email-verify-subject"),
                render(&VerifyEmail { w, link: &link }),
            )
        }
        TokenPurpose::ResetPassword => {
            let link = format!("{base}/reset-password?token={token}");
            (
                w.t("email-reset-subject"),
                render(&ResetPassword { w, link: &link }),
            )
        }
    };
    Ok(Email {
        to: to.into(),
        subject,
        text: text?,
        ..Default::default()
    })
}

/// Sent instead of a second account, so the sign-up page never tells who has an account.
pub fn account_exists(base: &str, to: &str, name: &str, locale: Locale) -> Result<Email> {
    let w = Words::new(locale, &[("name", name)]);
    Ok(Email {
        to: to.into(),
        subject: w.t("email-exists-subject"),
        text: render(&AccountExists {
            w,
            login: &format!("{base}/login"),
            reset: &format!("{base}/forgot-password"),
        })?,
        ..Default::default()
    })
}

/// The mail for a badge awarded to `to`, in `locale` (the recipient's account's language, else
/// the city's default).
#[allow(clippy::too_many_arguments)]
pub fn badge_awarded(
    urls: &crate::issuing::Urls,
    to: &str,
    name: &str,
    organization: &str,
    badge: &str,
    award_id: citybadges_domain::AwardId,
    locale: Locale,
) -> Result<Email> {
    let link = urls.credential(award_id);
    let verify = urls.verify_page();
    let w = Words::new(
        locale,
        &[
            ("name", name),
            ("organization", organization),
            ("badge", badge),
            ("verify", &verify),
        ],
    );
    Ok(Email {
        to: to.into(),
        subject: w.t("email-award-subject"),
        text: render(&BadgeAwarded {
            w,
            name,
            link: &link,
        })?,
        list: Some(MailList::BadgeAwarded.as_str().into()),
        ..Default::default()
    })
}

#[derive(Template)]
#[template(path = "emails/seat_opened.txt")]
struct SeatOpened<'a> {
    w: Words,
    schedule: &'a str,
}

#[derive(Template)]
#[template(path = "emails/session_reminder.txt")]
struct SessionReminder<'a> {
    w: Words,
    place: &'a str,
    activity: &'a str,
    schedule: &'a str,
}

/// What the mails about one enrollment say: to whom, in which language, and its words.
struct AboutEnrollment {
    to: String,
    w: Words,
    place: String,
    activity: String,
}

fn about_enrollment(
    conn: &mut AnyConnection,
    base: &str,
    id: citybadges_domain::EnrollmentId,
) -> Result<AboutEnrollment> {
    let (e, s, a, org) = repo::enrollments::with_session(conn, id)?
        .ok_or_else(|| Error::Internal(format!("enrollment {id} is gone")))?;
    let user = repo::users::by_id(conn, e.user_id)?
        .ok_or_else(|| Error::Internal(format!("the youth of enrollment {id} is gone")))?;
    let tz: chrono_tz::Tz = repo::city::settings(conn)?
        .and_then(|c| c.time_zone.parse().ok())
        .unwrap_or(chrono_tz::UTC);
    let when = s
        .map(|s| citybadges_i18n::when(user.locale, s.starts_at.and_utc(), tz))
        .unwrap_or_default();
    let place = [a.location_name.as_deref(), a.address.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ");
    let w = Words::new(
        user.locale,
        &[
            ("name", &user.display_name),
            ("activity", &a.title),
            ("organization", &org.name),
            ("when", &when),
            ("place", &place),
        ],
    );
    Ok(AboutEnrollment {
        to: user.email,
        w,
        place,
        activity: format!("{base}/orgs/{}/activities/{}", org.slug, a.slug),
    })
}

/// The mail telling the first in line that a place is now theirs.
pub fn seat_opened(
    conn: &mut AnyConnection,
    base: &str,
    id: citybadges_domain::EnrollmentId,
) -> Result<Email> {
    let m = about_enrollment(conn, base, id)?;
    Ok(Email {
        to: m.to,
        subject: m.w.t("email-seat-subject"),
        text: render(&SeatOpened {
            schedule: &format!("{base}/me/schedule"),
            w: m.w,
        })?,
        list: Some(MailList::SeatOpened.as_str().into()),
        ..Default::default()
    })
}

/// The mail the day before a session.
pub fn session_reminder(
    conn: &mut AnyConnection,
    base: &str,
    id: citybadges_domain::EnrollmentId,
) -> Result<Email> {
    let m = about_enrollment(conn, base, id)?;
    Ok(Email {
        to: m.to,
        subject: m.w.t("email-reminder-subject"),
        text: render(&SessionReminder {
            place: &m.place,
            activity: &m.activity,
            schedule: &format!("{base}/me/schedule"),
            w: m.w,
        })?,
        list: Some(MailList::SessionReminder.as_str().into()),
        ..Default::default()
    })
}

#[derive(Template)]
#[template(path = "emails/guardian_consent.txt")]
struct GuardianConsent<'a> {
    w: Words,
    link: &'a str,
}

/// The mail asking a parent or guardian to approve a child's account, in the language the child
/// signed up in.
pub fn guardian_consent(
    conn: &mut AnyConnection,
    base: &str,
    to: &str,
    child: &str,
    token: &str,
    locale: Locale,
) -> Result<Email> {
    let city = repo::city::settings(conn)?
        .map(|s| s.name)
        .unwrap_or_else(|| "CityBadges".into());
    let days = crate::guardians::CONSENT_DAYS.to_string();
    let w = Words::new(
        locale,
        &[("child", child), ("city", &city), ("days", &days)],
    );
    Ok(Email {
        to: to.into(),
        subject: w.t("email-consent-subject"),
        text: render(&GuardianConsent {
            link: &format!("{base}/consent/{token}"),
            w,
        })?,
        ..Default::default()
    })
}
