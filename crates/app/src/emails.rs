//! The emails the platform sends, rendered from templates in `frontend/templates/emails`.

use crate::error::{Error, Result};
use askama::Template;
use citybadges_mail::Email;

#[derive(Template)]
#[template(path = "emails/verify_email.txt")]
struct VerifyEmail<'a> {
    name: &'a str,
    link: &'a str,
}

#[derive(Template)]
#[template(path = "emails/reset_password.txt")]
struct ResetPassword<'a> {
    name: &'a str,
    link: &'a str,
}

#[derive(Template)]
#[template(path = "emails/account_exists.txt")]
struct AccountExists<'a> {
    name: &'a str,
    login: &'a str,
    reset: &'a str,
}

#[derive(Template)]
#[template(path = "emails/badge_awarded.txt")]
struct BadgeAwarded<'a> {
    name: &'a str,
    organization: &'a str,
    badge: &'a str,
    link: &'a str,
    verify: &'a str,
}

fn render(t: &impl Template) -> Result<String> {
    t.render()
        .map_err(|e| Error::Internal(format!("email template: {e}")))
}

pub fn verify_email(base: &str, to: &str, name: &str, token: &str) -> Result<Email> {
    let link = format!("{base}/verify-email?token={token}");
    Ok(Email {
        to: to.into(),
        subject: "Confirm your email address".into(),
        text: render(&VerifyEmail { name, link: &link })?,
        html: None,
    })
}

pub fn reset_password(base: &str, to: &str, name: &str, token: &str) -> Result<Email> {
    let link = format!("{base}/reset-password?token={token}");
    Ok(Email {
        to: to.into(),
        subject: "Reset your password".into(),
        text: render(&ResetPassword { name, link: &link })?,
        html: None,
    })
}

/// Sent instead of a second account, so the sign-up page never tells who has an account.
pub fn account_exists(base: &str, to: &str, name: &str) -> Result<Email> {
    Ok(Email {
        to: to.into(),
        subject: "You already have an account".into(),
        text: render(&AccountExists {
            name,
            login: &format!("{base}/login"),
            reset: &format!("{base}/forgot-password"),
        })?,
        html: None,
    })
}

pub fn badge_awarded(
    urls: &crate::issuing::Urls,
    to: &str,
    name: &str,
    organization: &str,
    badge: &str,
    award_id: citybadges_domain::AwardId,
) -> Result<Email> {
    let link = urls.credential(award_id);
    Ok(Email {
        to: to.into(),
        subject: format!("You earned a badge: {badge}"),
        text: render(&BadgeAwarded {
            name,
            organization,
            badge,
            link: &link,
            verify: &urls.verify_page(),
        })?,
        html: None,
    })
}
