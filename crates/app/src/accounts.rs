//! Local accounts: sign-up with email verification, login, logout, password reset, and accounts
//! created by an operator (the first coordinator).

use crate::context::App;
use crate::error::{Error, Result};
use crate::outbox::{self, Effect};
use crate::ratelimit::{self, Limit};
use crate::{audit, emails, guardians, passwords, secrets};
use chrono::NaiveDate;
use citybadges_domain::policy::{self, Action, Actor};
use citybadges_domain::validate::{self, FieldError};
use citybadges_domain::{age, AccountKind, AuditTarget, EmailTokenId, TokenPurpose, UserId};
use citybadges_i18n::Msg;
use citybadges_store::models::{EmailTokenRow, NewUser, UserRow};
use citybadges_store::{repo, AnyConnection};
use rand::Rng;
use std::time::Duration;

#[derive(Debug, Clone, Default)]
pub struct SignUp {
    pub email: String,
    pub password: String,
    pub display_name: String,
    /// `YYYY-MM-DD`; required, so the under-13 rule cannot be skipped by leaving it out.
    pub birth_date: String,
    /// A parent's or guardian's address: required under 13, who then approves the account.
    pub guardian_email: String,
    pub client: String,
    /// The language of the page the account is created on: its pages and mail start in it.
    pub locale: citybadges_i18n::Locale,
}

/// A new account for someone else, made by an operator or a platform admin.
#[derive(Debug, Clone)]
pub struct NewAccount {
    pub email: String,
    pub password: String,
    pub display_name: String,
    pub kind: AccountKind,
}

fn parse_birth_date(raw: &str, today: NaiveDate) -> std::result::Result<NaiveDate, FieldError> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Err(FieldError::new(
            "birth_date",
            Msg::new("err-birth-date-missing"),
        ));
    }
    let d = NaiveDate::parse_from_str(raw, "%Y-%m-%d")
        .map_err(|_| FieldError::new("birth_date", Msg::new("err-birth-date-format")))?;
    if d > today || age::age_on(d, today) > 120 {
        return Err(FieldError::new(
            "birth_date",
            Msg::new("err-birth-date-real"),
        ));
    }
    Ok(d)
}

/// A pseudonymous public handle ("curious-otter-4821"): minors never show their real name by default.
pub(crate) fn new_username(conn: &mut AnyConnection) -> Result<String> {
    let mut rng = rand::thread_rng();
    for _ in 0..20 {
        let name = format!(
            "{}-{}",
            crate::demo::people::handle(&mut rng),
            rng.gen_range(1000..10000)
        );
        if !repo::users::username_taken(conn, &name)? {
            return Ok(name);
        }
    }
    Ok(format!("learner-{}", uuid::Uuid::new_v4().simple()))
}

fn issue_email_token(
    conn: &mut AnyConnection,
    user_id: UserId,
    purpose: TokenPurpose,
    ttl: chrono::Duration,
) -> Result<String> {
    let token = secrets::random_token();
    let now = citybadges_store::now();
    repo::email_tokens::insert(
        conn,
        &EmailTokenRow {
            id: EmailTokenId::new(),
            user_id,
            purpose,
            token_hash: secrets::token_hash(&token),
            expires_at: now + ttl,
            used_at: None,
            created_at: now,
        },
    )?;
    Ok(token)
}

fn client_limit(app: &App, name: &'static str, per_hour: u32, client: &str) -> Result<()> {
    ratelimit::hit(
        app.kv(),
        Limit {
            name,
            max: per_hour,
            window: Duration::from_secs(3600),
        },
        client,
    )
}

/// The account behind `user_id`, if `password` is its current one; else an error on `field`.
/// Guessing it here is guessing a login, so it counts against the same limit. Call it off the
/// async workers (hashing is slow on purpose).
pub(crate) fn check_password(
    app: &App,
    user_id: UserId,
    password: &str,
    field: &'static str,
) -> Result<UserRow> {
    ratelimit::hit(
        app.kv(),
        Limit {
            name: "login-account",
            max: app.settings().rate_limits.login_per_minute,
            window: Duration::from_secs(60),
        },
        &user_id.to_string(),
    )?;
    let mut conn = app.pool().get()?;
    let user = repo::users::by_id(&mut conn, user_id)?.ok_or(Error::Unauthenticated)?;
    let stored = user.password_hash.clone().unwrap_or_default();
    if stored.is_empty() || !passwords::verify(password, &stored) {
        return Err(Error::invalid(field, Msg::new("err-current-password")));
    }
    Ok(user)
}

impl App {
    /// Create a youth account and send the verification email, whose link signs them in. An
    /// address that has an account gets a note instead, and the caller the same answer.
    pub async fn sign_up(&self, input: SignUp) -> Result<()> {
        let mut errors: Vec<FieldError> = Vec::new();
        let email = validate::email(&input.email)
            .map_err(|e| errors.push(e))
            .ok();
        let _ = validate::password(&input.password).map_err(|e| errors.push(e));
        let name = validate::display_name(&input.display_name)
            .map_err(|e| errors.push(e))
            .ok();
        let today = chrono::Utc::now().date_naive();
        let birth = parse_birth_date(&input.birth_date, today)
            .map_err(|e| errors.push(e))
            .ok();
        let child = birth.is_some_and(|b| age::needs_guardian_consent(age::age_on(b, today)));
        let guardian = match (child, &email) {
            (true, Some(own)) => match guardians::guardian_email(&input.guardian_email, own) {
                Ok(g) => Some(g),
                Err(Error::Invalid(list)) => {
                    errors.extend(list);
                    None
                }
                Err(e) => return Err(e),
            },
            _ => None,
        };
        let (Some(email), Some(name), Some(birth), true) = (email, name, birth, errors.is_empty())
        else {
            return Err(Error::Invalid(errors));
        };
        let limit = self.settings().rate_limits.signup_per_hour;
        let client = input.client.clone();
        let locale = input.locale;
        self.blocking(move |app| client_limit(app, "signup", limit, &client))
            .await?;
        let hash = self
            .blocking(move |_| passwords::hash(&input.password))
            .await?;
        let base = self.settings().public_url();
        let id = UserId::new();
        self.tx(move |conn| {
            if let Some(existing) = repo::users::by_email(conn, &email)? {
                // Answer as for a new account (the page never says who is registered) and tell
                // the address's owner instead.
                outbox::enqueue(
                    conn,
                    &Effect::Mail(emails::account_exists(
                        &base,
                        &email,
                        &existing.display_name,
                        existing.locale,
                    )?),
                )?;
                return Ok(());
            }
            let now = citybadges_store::now();
            let user = UserRow {
                birth_date: Some(birth.to_string()),
                age_band: Some(age::band_for_age(age::age_on(birth, today))),
                ..UserRow::from(NewUser {
                    id,
                    email: email.clone(),
                    display_name: name.clone(),
                    username: new_username(conn)?,
                    account_kind: AccountKind::Youth,
                    password_hash: Some(hash),
                    locale,
                    now,
                })
            };
            repo::users::insert(conn, &user)?;
            if let Some(guardian) = &guardian {
                guardians::request_consent(conn, &base, &user, guardian, now)?;
            }
            let token = issue_email_token(
                conn,
                user.id,
                TokenPurpose::VerifyEmail,
                chrono::Duration::days(3),
            )?;
            outbox::enqueue(
                conn,
                &Effect::Mail(emails::token_link(
                    TokenPurpose::VerifyEmail,
                    &base,
                    &email,
                    &name,
                    &token,
                    user.locale,
                )?),
            )?;
            let actor = Actor::Anonymous;
            audit::record(
                conn,
                audit::Entry {
                    actor: &actor,
                    org_id: None,
                    action: "user.sign_up",
                    target_type: AuditTarget::User,
                    target_id: user.id.to_string(),
                    details: serde_json::json!({}),
                },
            )?;
            Ok(())
        })
        .await
        .inspect(|_| self.wake_outbox())
    }

    /// Confirm an email address with the link's token, and sign its owner in (the link proves
    /// the address, as a reset link does). Returns the new session's id.
    pub async fn verify_email(&self, token: String) -> Result<String> {
        let user = self
            .tx(move |conn| {
                let now = citybadges_store::now();
                let row = repo::email_tokens::consume(
                    conn,
                    &secrets::token_hash(&token),
                    TokenPurpose::VerifyEmail,
                    now,
                )?
                .ok_or_else(|| Error::BadRequest(Msg::new("err-verify-link")))?;
                repo::users::mark_email_verified(conn, row.user_id, now)?;
                let user =
                    repo::users::by_id(conn, row.user_id)?.ok_or(Error::NotFound("account"))?;
                // Badges awarded to this address before the account existed join its backpack
                // (a child's, once their guardian approves).
                if !user.awaiting_guardian() {
                    repo::awards::claim_by_email(conn, user.id, &user.email)?;
                }
                Ok(user)
            })
            .await?;
        if user.disabled_at.is_some() {
            return Err(Error::Refused(Msg::new("err-account-disabled")));
        }
        self.blocking(move |app| app.session_start(Some(&user)))
            .await
    }

    /// Check credentials and start a session; returns the session id. The same error for a wrong
    /// password and an unknown email, after the same amount of work.
    pub async fn log_in(&self, email: String, password: String, client: String) -> Result<String> {
        let email = email.trim().to_lowercase();
        let per_minute = self.settings().rate_limits.login_per_minute;
        self.blocking(move |app| {
            let limit = Limit {
                name: "login",
                max: per_minute,
                window: Duration::from_secs(60),
            };
            ratelimit::hit(app.kv(), limit, &client)?;
            ratelimit::hit(
                app.kv(),
                Limit {
                    name: "login-account",
                    ..limit
                },
                &secrets::token_hash(&email),
            )?;
            let mut conn = app.pool().get()?;
            let user = repo::users::by_email(&mut conn, &email)?;
            let stored = user.as_ref().and_then(|u| u.password_hash.clone());
            let ok = passwords::verify(
                &password,
                stored.as_deref().unwrap_or(passwords::dummy_hash()),
            );
            match user {
                Some(u) if ok && stored.is_some() && u.disabled_at.is_none() => {
                    app.session_start(Some(&u))
                }
                _ => Err(Error::BadRequest(Msg::new("err-sign-in"))),
            }
        })
        .await
    }

    pub async fn log_out(&self, session_id: String) -> Result<()> {
        self.blocking(move |app| app.session_end(&session_id)).await
    }

    /// Send a reset link when the account exists; answers the same either way.
    pub async fn request_password_reset(&self, email: String, client: String) -> Result<()> {
        let limit = self.settings().rate_limits.email_per_hour;
        self.blocking(move |app| client_limit(app, "reset", limit, &client))
            .await?;
        let Ok(email) = validate::email(&email) else {
            return Ok(());
        };
        let base = self.settings().public_url();
        self.tx(move |conn| {
            if let Some(user) = repo::users::by_email(conn, &email)? {
                let token = issue_email_token(
                    conn,
                    user.id,
                    TokenPurpose::ResetPassword,
                    chrono::Duration::hours(2),
                )?;
                outbox::enqueue(
                    conn,
                    &Effect::Mail(emails::token_link(
                        TokenPurpose::ResetPassword,
                        &base,
                        &email,
                        &user.display_name,
                        &token,
                        user.locale,
                    )?),
                )?;
            }
            Ok(())
        })
        .await
        .inspect(|_| self.wake_outbox())
    }

    /// Set a new password with a reset link's token.
    pub async fn reset_password(&self, token: String, new_password: String) -> Result<()> {
        validate::password(&new_password)?;
        let hash = self
            .blocking(move |_| passwords::hash(&new_password))
            .await?;
        self.tx(move |conn| {
            let now = citybadges_store::now();
            let row = repo::email_tokens::consume(
                conn,
                &secrets::token_hash(&token),
                TokenPurpose::ResetPassword,
                now,
            )?
            .ok_or_else(|| Error::BadRequest(Msg::new("err-reset-link")))?;
            repo::users::set_password(conn, row.user_id, &hash, now)?;
            // Sessions opened with the old password end (their stamp no longer matches), and so
            // do the other reset links: whoever asked for them no longer needs them.
            repo::email_tokens::void_all(conn, row.user_id, TokenPurpose::ResetPassword, now)?;
            // A calendar address someone else may have made while in the account ends too.
            repo::calendar_feeds::remove(conn, row.user_id)?;
            // Following the link proves the address.
            repo::users::mark_email_verified(conn, row.user_id, now)?;
            Ok(())
        })
        .await
    }

    /// Change one's password, knowing the current one: every other session of the account ends
    /// (their stamp no longer matches), as do unused reset links and the private calendar
    /// address; the caller gets a new session.
    pub async fn change_password(
        &self,
        session_id: String,
        current: String,
        new_password: String,
    ) -> Result<String> {
        validate::password(&new_password).map_err(|mut e| {
            e.field = "new_password";
            Error::from(e)
        })?;
        let (actor, _) = self.actor_for_session(Some(session_id.clone())).await?;
        let user_id = actor.user_id().ok_or(Error::Unauthenticated)?;
        let by = actor.clone();
        let user = self
            .blocking(move |app| check_password(app, user_id, &current, "current_password"))
            .await?;
        let hash = self
            .blocking(move |_| passwords::hash(&new_password))
            .await?;
        let updated = self
            .tx(move |conn| {
                let now = citybadges_store::now();
                repo::users::set_password(conn, user.id, &hash, now)?;
                repo::email_tokens::void_all(conn, user.id, TokenPurpose::ResetPassword, now)?;
                repo::calendar_feeds::remove(conn, user.id)?;
                audit::record(
                    conn,
                    audit::Entry {
                        actor: &by,
                        org_id: None,
                        action: "user.change_password",
                        target_type: AuditTarget::User,
                        target_id: user.id.to_string(),
                        details: serde_json::json!({}),
                    },
                )?;
                repo::users::by_id(conn, user.id)?.ok_or(Error::NotFound("account"))
            })
            .await?;
        self.blocking(move |app| {
            app.session_end(&session_id)?;
            app.session_start(Some(&updated))
        })
        .await
    }

    /// The language a signed-in person reads pages and mail in. Anyone else's choice is kept in a
    /// cookie by the web layer; nothing is stored for them.
    pub async fn set_locale(&self, actor: Actor, locale: citybadges_i18n::Locale) -> Result<()> {
        let user_id = actor.user_id().ok_or(Error::Unauthenticated)?;
        self.tx(move |conn| {
            repo::users::set_locale(conn, user_id, locale, citybadges_store::now())?;
            Ok(())
        })
        .await
    }

    /// Create an account for someone else. `actor` is `None` for the operator's command line.
    pub async fn create_account(&self, actor: Option<Actor>, input: NewAccount) -> Result<UserId> {
        if let Some(a) = &actor {
            policy::authorize(a, Action::ManageAccounts)?;
        }
        let email = validate::email(&input.email)?;
        validate::password(&input.password)?;
        let name = validate::display_name(&input.display_name)?;
        let hash = self
            .blocking(move |_| passwords::hash(&input.password))
            .await?;
        let id = UserId::new();
        let kind = input.kind;
        self.tx(move |conn| {
            if repo::users::by_email(conn, &email)?.is_some() {
                return Err(Error::Conflict(
                    Msg::new("err-account-exists").with("email", email.as_str()),
                ));
            }
            let now = citybadges_store::now();
            let username = new_username(conn)?;
            repo::users::insert(
                conn,
                &UserRow {
                    email_verified_at: Some(now),
                    ..UserRow::from(NewUser {
                        id,
                        email,
                        display_name: name,
                        username,
                        account_kind: kind,
                        password_hash: Some(hash),
                        locale: citybadges_i18n::Locale::default(),
                        now,
                    })
                },
            )?;
            let system = actor.unwrap_or(Actor::Anonymous);
            audit::record(
                conn,
                audit::Entry {
                    actor: &system,
                    org_id: None,
                    action: "user.create",
                    target_type: AuditTarget::User,
                    target_id: id.to_string(),
                    details: serde_json::json!({ "kind": kind.as_str() }),
                },
            )?;
            Ok(id)
        })
        .await
    }
}
