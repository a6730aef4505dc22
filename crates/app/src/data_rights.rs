//! A person's rights over their data: everything about an account as one zip file, and deleting
//! the account. A guardian does both for a child whose account they approved.
//!
//! Deleting removes the account's row (memberships, enrollments, tokens, calendar feed and
//! consent requests go with it) after giving back its places to come; awards forget their
//! recipient, while the signed credentials stay valid for whoever holds them (they name the
//! recipient only by a salted hash); mail to the address still in the outbox goes too. The audit
//! log keeps that an account was deleted, by whom, and nothing personal.

use crate::accounts;
use crate::backpack::{backpack_of, Backpack};
use crate::catalog::utc;
use crate::context::App;
use crate::enrolling::{give_back_upcoming, schedule_of, Schedule};
use crate::error::{Error, Result};
use crate::guardians::{self, ConsentView};
use crate::outbox::Effect;
use chrono::{DateTime, Utc};
use citybadges_domain::policy::{self, Action, Actor};
use citybadges_domain::AccountKind;
use citybadges_i18n::Msg;
use citybadges_store::models::UserRow;
use citybadges_store::{repo, AnyConnection};
use serde::Serialize;
use std::io::Write;

/// Whose data: the signed-in person's own, or a child's they approved.
#[derive(Debug, Clone)]
pub enum Whose {
    Mine,
    Child(String),
}

/// An export, ready to download.
#[derive(Debug)]
pub struct Export {
    pub filename: String,
    pub zip: Vec<u8>,
}

#[derive(Serialize)]
struct Account {
    id: String,
    email: String,
    email_verified_at: Option<DateTime<Utc>>,
    display_name: String,
    username: String,
    kind: AccountKind,
    birth_date: Option<String>,
    locale: String,
    profile_public: bool,
    guardian_consent_at: Option<DateTime<Utc>>,
    created_at: DateTime<Utc>,
}

#[derive(Serialize)]
struct Membership {
    organization: String,
    role: String,
}

/// `account.json`: what the platform holds about the account.
#[derive(Serialize)]
struct AccountFile {
    exported_at: DateTime<Utc>,
    account: Account,
    memberships: Vec<Membership>,
    schedule: Schedule,
    saved: Vec<crate::saved::SavedActivity>,
    backpack: Backpack,
    /// A child's requests to guardians; a guardian's children are each exported on their own.
    guardian_requests: Vec<ConsentView>,
    children: Vec<String>,
}

/// The account `whose` names, if the actor has the right to it (a child not theirs is not found).
fn account_of(conn: &mut AnyConnection, actor: &Actor, whose: &Whose) -> Result<UserRow> {
    let me = actor.user_id().ok_or(Error::Unauthenticated)?;
    match whose {
        Whose::Mine => {
            policy::authorize(actor, Action::ViewPersonPrivate(me))?;
            repo::users::by_id(conn, me)?.ok_or(Error::Unauthenticated)
        }
        Whose::Child(id) => {
            let consent = guardians::approved_child(conn, actor, id)?;
            repo::users::by_id(conn, consent.child_id)?.ok_or(Error::NotFound("child"))
        }
    }
}

fn account_file(
    conn: &mut AnyConnection,
    user: &UserRow,
    urls: &crate::issuing::Urls,
) -> Result<AccountFile> {
    let now = citybadges_store::now();
    let memberships = repo::orgs::memberships_of_user(conn, user.id)?
        .into_iter()
        .map(|(m, org)| Membership {
            organization: org.slug,
            role: m.role.to_string(),
        })
        .collect();
    let guardian_requests = repo::guardian_consents::history_of(conn, user.id)?
        .iter()
        .map(|r| guardians::view(r, user, now))
        .collect();
    let children = repo::guardian_consents::approved_by(conn, user.id)?
        .into_iter()
        .map(|(_, child)| child.id.to_string())
        .collect();
    Ok(AccountFile {
        exported_at: Utc::now(),
        account: Account {
            id: user.id.to_string(),
            email: user.email.clone(),
            email_verified_at: user.email_verified_at.map(utc),
            display_name: user.display_name.clone(),
            username: user.username.clone(),
            kind: user.account_kind,
            birth_date: user.birth_date.clone(),
            locale: user.locale.to_string(),
            profile_public: user.profile_public,
            guardian_consent_at: user.guardian_consent_at.map(utc),
            created_at: utc(user.created_at),
        },
        memberships,
        schedule: schedule_of(conn, user.id)?,
        saved: crate::saved::saved_of(conn, user.id)?,
        backpack: backpack_of(conn, user.id, urls)?,
        guardian_requests,
        children,
    })
}

/// The zip: `account.json`, and each badge's signed credential as `credentials/{award}.json`,
/// the file any verifier checks.
fn zipped(file: &AccountFile, credentials: &[(String, String)]) -> Result<Vec<u8>> {
    let fail = |e: &dyn std::fmt::Display| Error::Internal(format!("export: {e}"));
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    let json = serde_json::to_vec_pretty(file).map_err(|e| fail(&e))?;
    zip.start_file("account.json", options)
        .map_err(|e| fail(&e))?;
    zip.write_all(&json).map_err(|e| fail(&e))?;
    for (award, document) in credentials {
        zip.start_file(format!("credentials/{award}.json"), options)
            .map_err(|e| fail(&e))?;
        zip.write_all(document.as_bytes()).map_err(|e| fail(&e))?;
    }
    Ok(zip.finish().map_err(|e| fail(&e))?.into_inner())
}

/// Forget the account: see the module's comment for what goes and what stays.
fn erase(conn: &mut AnyConnection, actor: &Actor, user: &UserRow, base: &str) -> Result<()> {
    let now = citybadges_store::now();
    give_back_upcoming(conn, user.id, base)?;
    // A guardian leaving takes their consent with them: each child browses only again.
    for (consent, _) in repo::guardian_consents::approved_by(conn, user.id)? {
        guardians::withdraw(conn, &consent, base, now)?;
    }
    repo::guardian_consents::delete_for_email(conn, &user.email)?;
    repo::awards::forget_recipient(conn, user.id, &user.email)?;
    let mail: Vec<_> = repo::outbox::mail_mentioning(conn, &user.email)?
        .into_iter()
        .filter(|row| {
            matches!(serde_json::from_str(&row.payload), Ok(Effect::Mail(m)) if m.to == user.email)
        })
        .map(|row| row.id)
        .collect();
    repo::outbox::delete_ids(conn, &mail)?;
    repo::users::delete(conn, user.id)?;
    guardians::record_about(conn, actor, "user.delete", user.id)
}

impl App {
    /// Everything about the account as a zip file.
    pub async fn export_account(&self, actor: Actor, whose: Whose) -> Result<Export> {
        if matches!(actor, Actor::ApiToken { .. }) {
            return Err(Error::Forbidden);
        }
        let urls = self.urls();
        let (file, credentials) = self
            .db(move |conn| {
                let user = account_of(conn, &actor, &whose)?;
                let file = account_file(conn, &user, &urls)?;
                let credentials =
                    repo::awards::held_by(conn, user.id, crate::backpack::BACKPACK_LIMIT)?
                        .into_iter()
                        .filter_map(|(award, _, _, doc)| Some((award.id.to_string(), doc?)))
                        .collect::<Vec<_>>();
                Ok((file, credentials))
            })
            .await?;
        let filename = format!(
            "citybadges-{}-{}.zip",
            file.account.username,
            file.exported_at.format("%Y-%m-%d")
        );
        let zip = self.blocking(move |_| zipped(&file, &credentials)).await?;
        Ok(Export { filename, zip })
    }

    /// Delete the account `whose` names, confirmed with the acting person's own password.
    /// Accounts of organization or city staff are closed by a platform administrator instead
    /// (an organization must not lose its last administrator by surprise).
    pub async fn delete_account(&self, actor: Actor, whose: Whose, password: String) -> Result<()> {
        let me = actor.user_id().ok_or(Error::Unauthenticated)?;
        if matches!(actor, Actor::ApiToken { .. }) {
            return Err(Error::Forbidden);
        }
        let target = {
            let (actor, whose) = (actor.clone(), whose.clone());
            self.db(move |conn| {
                let target = account_of(conn, &actor, &whose)?;
                let staff = !matches!(
                    target.account_kind,
                    AccountKind::Youth | AccountKind::Guardian
                ) || !repo::orgs::memberships_of_user(conn, target.id)?.is_empty();
                if staff {
                    return Err(Error::Refused(Msg::new("err-delete-staff")));
                }
                Ok(target)
            })
            .await?
        };
        self.blocking(move |app| accounts::check_password(app, me, &password, "password"))
            .await?;
        let base = self.settings().public_url();
        self.tx(move |conn| erase(conn, &actor, &target, &base))
            .await?;
        self.wake_outbox();
        Ok(())
    }
}
