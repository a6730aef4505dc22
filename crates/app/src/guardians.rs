//! Guardians of children under 13. At sign-up the child names a parent's or guardian's email;
//! the guardian gets an expiring link (a random token, kept hashed), signs in or creates a
//! guardian account with that address, and approves or refuses. Until approval the child browses
//! but does not enroll or receive badges. The guardian's page lists each child's schedule, badges
//! and the requests waiting for them, and withdraws consent.

use crate::backpack::{backpack_of, Backpack};
use crate::catalog::utc;
use crate::context::App;
use crate::enrolling::{give_back_upcoming, schedule_of, Schedule};
use crate::error::{Error, Result};
use crate::outbox::{self, Effect};
use crate::ratelimit::{self, Limit};
use crate::{audit, emails, passwords, secrets};
use chrono::{DateTime, NaiveDateTime, Utc};
use citybadges_domain::policy::{self, Action, Actor};
use citybadges_domain::validate;
use citybadges_domain::{AccountKind, AuditTarget, ConsentId, ConsentStatus, UserId};
use citybadges_i18n::{Locale, Msg};
use citybadges_store::models::{ConsentRow, NewUser, UserRow};
use citybadges_store::{repo, AnyConnection};
use serde::Serialize;
use std::time::Duration;

/// How long a guardian's link answers.
pub const CONSENT_DAYS: i64 = 7;

/// One request for consent, as the guardian (or the child) sees it.
#[derive(Debug, Clone, Serialize)]
pub struct ConsentView {
    pub id: String,
    /// The child's name: the guardian is the one person outside the child's account who sees it.
    pub child_name: String,
    pub guardian_email: String,
    pub status: ConsentStatus,
    pub expires_at: DateTime<Utc>,
    pub decided_at: Option<DateTime<Utc>>,
    /// Still waiting for an answer, and not expired.
    pub open: bool,
}

/// Who is looking at a consent link, and so what the page offers them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answerer {
    /// Signed in with the address the request went to: may answer.
    Guardian,
    /// Not signed in, and the address has an account: sign in to answer.
    SignIn,
    /// Not signed in, and the address has no account: create a guardian account.
    CreateAccount,
    /// Signed in with another account (or a youth's): sign out and use the address written to.
    OtherAccount,
}

#[derive(Debug, Clone)]
pub struct ConsentPage {
    pub request: ConsentView,
    pub answerer: Answerer,
}

/// A child as their guardian sees them.
#[derive(Debug)]
pub struct ChildView {
    pub id: String,
    pub display_name: String,
    pub username: String,
    pub approved_at: Option<DateTime<Utc>>,
    pub schedule: Schedule,
    pub backpack: Backpack,
}

#[derive(Debug)]
pub struct GuardianPage {
    pub children: Vec<ChildView>,
    /// Requests sent to the guardian's address, waiting for an answer.
    pub requests: Vec<ConsentView>,
}

/// How an answer names its request: the emailed link's token, or the request's id from the
/// guardian's own page (then the signed-in address must be the one written to).
#[derive(Debug, Clone)]
pub enum ConsentRef {
    Token(String),
    Id(String),
}

pub(crate) fn view(row: &ConsentRow, child: &UserRow, now: NaiveDateTime) -> ConsentView {
    ConsentView {
        id: row.id.to_string(),
        child_name: child.display_name.clone(),
        guardian_email: row.guardian_email.clone(),
        status: row.status,
        expires_at: utc(row.expires_at),
        decided_at: row.decided_at.map(utc),
        open: row.status == ConsentStatus::Pending && row.expires_at > now,
    }
}

/// The guardian's address, checked: a real address, not the child's own.
pub(crate) fn guardian_email(raw: &str, child_email: &str) -> Result<String> {
    let field = |m: Msg| Error::invalid("guardian_email", m);
    if raw.trim().is_empty() {
        return Err(field(Msg::new("err-guardian-email-missing")));
    }
    let email = validate::email(raw).map_err(|_| field(Msg::new("err-email")))?;
    if email == child_email {
        return Err(field(Msg::new("err-guardian-email-own")));
    }
    Ok(email)
}

/// Ask `email` for consent to `child`'s account, replacing a request still waiting, and queue
/// the mail with the link.
pub(crate) fn request_consent(
    conn: &mut AnyConnection,
    base: &str,
    child: &UserRow,
    email: &str,
    now: NaiveDateTime,
) -> Result<()> {
    if let Some(old) = repo::guardian_consents::of_child(conn, child.id, ConsentStatus::Pending)? {
        repo::guardian_consents::decide(
            conn,
            old.id,
            ConsentStatus::Pending,
            ConsentStatus::Replaced,
            None,
            now,
        )?;
    }
    let token = secrets::random_token();
    repo::guardian_consents::insert(
        conn,
        &ConsentRow {
            id: ConsentId::new(),
            child_id: child.id,
            guardian_email: email.to_owned(),
            guardian_id: None,
            status: ConsentStatus::Pending,
            token_hash: secrets::token_hash(&token),
            expires_at: now + chrono::Duration::days(CONSENT_DAYS),
            decided_at: None,
            created_at: now,
        },
    )?;
    let mail =
        emails::guardian_consent(conn, base, email, &child.display_name, &token, child.locale)?;
    outbox::enqueue(conn, &Effect::Mail(mail))
}

/// The request a link's token names, with its child; a token that names none is a bad link.
fn by_token(conn: &mut AnyConnection, token: &str) -> Result<(ConsentRow, UserRow)> {
    let row = repo::guardian_consents::by_hash(conn, &secrets::token_hash(token))?
        .ok_or_else(|| Error::BadRequest(Msg::new("err-consent-link")))?;
    let child = repo::users::by_id(conn, row.child_id)?
        .ok_or_else(|| Error::BadRequest(Msg::new("err-consent-link")))?;
    Ok((row, child))
}

/// Whether this signed-in account may answer a request written to `email`.
fn answers_for(user: &UserRow, email: &str) -> bool {
    user.email == email
        && user.account_kind != AccountKind::Youth
        && user.email_verified_at.is_some()
}

/// Audit `action` on an account with no details: who the person is stays out of the log, the
/// target id is enough.
pub(crate) fn record_about(
    conn: &mut AnyConnection,
    actor: &Actor,
    action: &'static str,
    child: UserId,
) -> Result<()> {
    audit::record(
        conn,
        audit::Entry {
            actor,
            org_id: None,
            action,
            target_type: AuditTarget::User,
            target_id: child.to_string(),
            details: serde_json::json!({}),
        },
    )
}

/// The approved consent for `child`, if the actor is the guardian who gave it; any other
/// actor finds no such child.
pub(crate) fn approved_child(
    conn: &mut AnyConnection,
    actor: &Actor,
    child: &str,
) -> Result<ConsentRow> {
    let child: UserId = child.trim().parse().map_err(|_| Error::NotFound("child"))?;
    let row = repo::guardian_consents::of_child(conn, child, ConsentStatus::Approved)?
        .ok_or(Error::NotFound("child"))?;
    let guardian = row.guardian_id.ok_or(Error::NotFound("child"))?;
    policy::authorize(actor, Action::ActForChild { guardian })
        .map_err(|_| Error::NotFound("child"))?;
    Ok(row)
}

/// Take an approved consent back: the child browses only again, their places to come go.
pub(crate) fn withdraw(
    conn: &mut AnyConnection,
    consent: &ConsentRow,
    base: &str,
    now: NaiveDateTime,
) -> Result<()> {
    repo::guardian_consents::decide(
        conn,
        consent.id,
        ConsentStatus::Approved,
        ConsentStatus::Withdrawn,
        None,
        now,
    )?;
    repo::users::set_guardian_consent(conn, consent.child_id, None, now)?;
    give_back_upcoming(conn, consent.child_id, base)
}

impl App {
    /// What a consent link shows: the request, and what its viewer may do with it.
    pub async fn consent_request(&self, actor: Actor, token: String) -> Result<ConsentPage> {
        self.db(move |conn| {
            let (row, child) = by_token(conn, &token)?;
            let now = citybadges_store::now();
            let answerer = match actor.user_id() {
                Some(id) => match repo::users::by_id(conn, id)? {
                    Some(u) if answers_for(&u, &row.guardian_email) => Answerer::Guardian,
                    _ => Answerer::OtherAccount,
                },
                None if repo::users::by_email(conn, &row.guardian_email)?.is_some() => {
                    Answerer::SignIn
                }
                None => Answerer::CreateAccount,
            };
            Ok(ConsentPage {
                request: view(&row, &child, now),
                answerer,
            })
        })
        .await
    }

    /// Create a guardian account for the address a consent link went to (the link proves it)
    /// and sign it in; returns the new session's id.
    pub async fn guardian_sign_up(
        &self,
        token: String,
        display_name: String,
        password: String,
        locale: Locale,
    ) -> Result<String> {
        let name = validate::display_name(&display_name)?;
        validate::password(&password)?;
        // The link first: only its holder makes the server hash a password.
        let open = |conn: &mut AnyConnection, token: &str| -> Result<ConsentRow> {
            let (row, _) = by_token(conn, token)?;
            if row.status != ConsentStatus::Pending || row.expires_at <= citybadges_store::now() {
                return Err(Error::BadRequest(Msg::new("err-consent-closed")));
            }
            if repo::users::by_email(conn, &row.guardian_email)?.is_some() {
                return Err(Error::Conflict(Msg::new("err-guardian-sign-in")));
            }
            Ok(row)
        };
        {
            let token = token.clone();
            self.db(move |conn| open(conn, &token)).await?;
        }
        let hash = self.blocking(move |_| passwords::hash(&password)).await?;
        let user = self
            .tx(move |conn| {
                // Again inside the write: another request may have used the link meanwhile.
                let row = open(conn, &token)?;
                let now = citybadges_store::now();
                let user = UserRow {
                    email_verified_at: Some(now),
                    ..UserRow::from(NewUser {
                        id: UserId::new(),
                        email: row.guardian_email.clone(),
                        display_name: name,
                        username: crate::accounts::new_username(conn)?,
                        account_kind: AccountKind::Guardian,
                        password_hash: Some(hash),
                        locale,
                        now,
                    })
                };
                repo::users::insert(conn, &user)?;
                record_about(conn, &Actor::Anonymous, "guardian.sign_up", user.id)?;
                Ok(user)
            })
            .await?;
        self.blocking(move |app| app.session_start(Some(&user)))
            .await
    }

    /// The guardian's answer. Approving lets the child enroll and receive badges (those already
    /// awarded to their address join the backpack once the address is confirmed); refusing
    /// leaves the account as it was, to browse only.
    pub async fn answer_consent(
        &self,
        actor: Actor,
        which: ConsentRef,
        approve: bool,
    ) -> Result<()> {
        let me = actor.user_id().ok_or(Error::Unauthenticated)?;
        if matches!(actor, Actor::ApiToken { .. }) {
            return Err(Error::Forbidden);
        }
        self.tx(move |conn| {
            let (row, child) = match &which {
                ConsentRef::Token(t) => by_token(conn, t)?,
                ConsentRef::Id(id) => {
                    let row = id
                        .parse()
                        .ok()
                        .map(|id| repo::guardian_consents::by_id(conn, id))
                        .transpose()?
                        .flatten()
                        .ok_or(Error::NotFound("consent"))?;
                    let child = repo::users::by_id(conn, row.child_id)?
                        .ok_or(Error::NotFound("consent"))?;
                    (row, child)
                }
            };
            let user = repo::users::by_id(conn, me)?.ok_or(Error::Unauthenticated)?;
            if !answers_for(&user, &row.guardian_email) {
                // From the page, someone else's request does not exist; from a link, it was
                // written to another address.
                return Err(match which {
                    ConsentRef::Id(_) => Error::NotFound("consent"),
                    ConsentRef::Token(_) => Error::Refused(
                        Msg::new("err-consent-other-account")
                            .with("email", row.guardian_email.as_str()),
                    ),
                });
            }
            let now = citybadges_store::now();
            if row.status != ConsentStatus::Pending || row.expires_at <= now {
                return Err(Error::Conflict(Msg::new("err-consent-closed")));
            }
            let to = if approve {
                ConsentStatus::Approved
            } else {
                ConsentStatus::Refused
            };
            if !repo::guardian_consents::decide(
                conn,
                row.id,
                ConsentStatus::Pending,
                to,
                Some(me),
                now,
            )? {
                return Err(Error::Conflict(Msg::new("err-consent-closed")));
            }
            if approve {
                repo::users::set_guardian_consent(conn, child.id, Some(now), now)?;
                if child.email_verified_at.is_some() {
                    repo::awards::claim_by_email(conn, child.id, &child.email)?;
                }
            }
            record_about(
                conn,
                &actor,
                if approve {
                    "guardian.approve"
                } else {
                    "guardian.refuse"
                },
                child.id,
            )
        })
        .await
    }

    /// The signed-in guardian's children and the requests waiting for them.
    pub async fn guardian_page(&self, actor: Actor) -> Result<GuardianPage> {
        let me = actor.user_id().ok_or(Error::Unauthenticated)?;
        // A youth's account is never anyone's guardian.
        policy::authorize(&actor, Action::ActForChild { guardian: me })?;
        let urls = self.urls();
        self.db(move |conn| {
            let user = repo::users::by_id(conn, me)?.ok_or(Error::Unauthenticated)?;
            let now = citybadges_store::now();
            let mut children = Vec::new();
            for (row, child) in repo::guardian_consents::approved_by(conn, me)? {
                children.push(ChildView {
                    id: child.id.to_string(),
                    display_name: child.display_name.clone(),
                    username: child.username.clone(),
                    approved_at: row.decided_at.map(utc),
                    schedule: schedule_of(conn, child.id)?,
                    backpack: backpack_of(conn, child.id, &urls)?,
                });
            }
            let requests = if answers_for(&user, &user.email) {
                repo::guardian_consents::pending_for_email(conn, &user.email, now)?
                    .iter()
                    .map(|(r, c)| view(r, c, now))
                    .collect()
            } else {
                Vec::new()
            };
            Ok(GuardianPage { children, requests })
        })
        .await
    }

    /// The guardian takes their consent back: the child's places in sessions to come are given
    /// up, and the account returns to browsing only until a guardian approves again.
    pub async fn withdraw_consent(&self, actor: Actor, child: String) -> Result<()> {
        actor.user_id().ok_or(Error::Unauthenticated)?;
        let base = self.settings().public_url();
        self.tx(move |conn| {
            let consent = approved_child(conn, &actor, &child)?;
            withdraw(conn, &consent, &base, citybadges_store::now())?;
            record_about(conn, &actor, "guardian.withdraw", consent.child_id)
        })
        .await
    }

    /// The child asks again (the first mail was lost, or went to the wrong address): the request
    /// waiting is replaced by one to `email`.
    pub async fn ask_guardian(&self, actor: Actor, email: String, client: String) -> Result<()> {
        let me = actor.user_id().ok_or(Error::Unauthenticated)?;
        policy::authorize(&actor, Action::ViewPersonPrivate(me))?;
        let per_hour = self.settings().rate_limits.email_per_hour;
        self.blocking(move |app| {
            ratelimit::hit(
                app.kv(),
                Limit {
                    name: "guardian-ask",
                    max: per_hour,
                    window: Duration::from_secs(3600),
                },
                &format!("{client}|{me}"),
            )
        })
        .await?;
        let base = self.settings().public_url();
        self.tx(move |conn| {
            let child = repo::users::by_id(conn, me)?.ok_or(Error::Unauthenticated)?;
            if !child.awaiting_guardian() {
                return Err(Error::Conflict(Msg::new("err-consent-not-needed")));
            }
            let email = guardian_email(&email, &child.email)?;
            request_consent(conn, &base, &child, &email, citybadges_store::now())?;
            record_about(conn, &actor, "guardian.ask", child.id)
        })
        .await
        .inspect(|_| self.wake_outbox())
    }

    /// The request the signed-in child waits on, if any.
    pub async fn my_consent_request(&self, actor: Actor) -> Result<Option<ConsentView>> {
        let me = actor.user_id().ok_or(Error::Unauthenticated)?;
        self.db(move |conn| {
            let Some(child) = repo::users::by_id(conn, me)?.filter(|u| u.awaiting_guardian())
            else {
                return Ok(None);
            };
            // The newest request still telling: waiting, refused or withdrawn.
            let last = repo::guardian_consents::history_of(conn, me)?
                .into_iter()
                .find(|r| {
                    matches!(
                        r.status,
                        ConsentStatus::Pending | ConsentStatus::Refused | ConsentStatus::Withdrawn
                    )
                });
            let now = citybadges_store::now();
            Ok(last.map(|r| view(&r, &child, now)))
        })
        .await
    }
}
