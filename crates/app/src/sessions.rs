//! Browser sessions: a random id in an HttpOnly cookie; the data lives in the key-value store
//! (Redis in production) under a hash of the id, so a cache dump reveals no live cookie.
//! CSRF tokens are an HMAC of the session id under the server secret.

use crate::context::App;
use crate::error::{Error, Result};
use crate::secrets;
use citybadges_domain::policy::{Actor, UserActor};
use citybadges_domain::{AccountKind, OrgStatus, Role, UserId};
use citybadges_store::models::UserRow;
use citybadges_store::repo;
use serde::{Deserialize, Serialize};
use std::time::Duration;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    pub user_id: Option<UserId>,
    pub created_at: i64,
    /// A digest of the password hash the session was opened with: a new password (reset or
    /// change) makes every session opened before it void.
    #[serde(default)]
    pub stamp: String,
}

fn key(id: &str) -> String {
    format!("sess:{}", secrets::token_hash(id))
}

/// What ties a session to the account's current password.
fn stamp_of(user: &UserRow) -> String {
    secrets::token_hash(&format!(
        "session-stamp:{}",
        user.password_hash.as_deref().unwrap_or_default()
    ))
}

impl App {
    fn session_ttl(&self) -> Duration {
        Duration::from_secs(self.settings().security.session_ttl_hours * 3600)
    }

    /// Start a session (anonymous when `user` is `None`); returns the new id for the cookie.
    pub fn session_start(&self, user: Option<&UserRow>) -> Result<String> {
        let id = secrets::random_token();
        let data = Session {
            user_id: user.map(|u| u.id),
            created_at: chrono::Utc::now().timestamp(),
            stamp: user.map(stamp_of).unwrap_or_default(),
        };
        let bytes = serde_json::to_vec(&data).map_err(|e| Error::Internal(e.to_string()))?;
        self.kv().set(&key(&id), &bytes, self.session_ttl())?;
        Ok(id)
    }

    pub fn session_load(&self, id: &str) -> Result<Option<Session>> {
        if id.len() > 100 {
            return Ok(None);
        }
        Ok(self
            .kv()
            .get(&key(id))?
            .and_then(|b| serde_json::from_slice(&b).ok()))
    }

    pub fn session_end(&self, id: &str) -> Result<()> {
        Ok(self.kv().delete(&key(id))?)
    }

    pub fn csrf_token(&self, session_id: &str) -> String {
        secrets::sign(self.secret(), &format!("csrf:{session_id}"))
    }

    pub fn csrf_valid(&self, session_id: &str, token: &str) -> bool {
        secrets::verify_signature(self.secret(), &format!("csrf:{session_id}"), token)
    }

    /// Who is behind a session: the signed-in user with their memberships, or anonymous.
    pub async fn actor_for_session(
        &self,
        session_id: Option<String>,
    ) -> Result<(Actor, Option<CurrentUser>)> {
        let Some(id) = session_id else {
            return Ok((Actor::Anonymous, None));
        };
        self.blocking(move |app| {
            let Some(session) = app.session_load(&id)? else {
                return Ok((Actor::Anonymous, None));
            };
            let Some(user_id) = session.user_id else {
                return Ok((Actor::Anonymous, None));
            };
            let mut conn = app.pool().get()?;
            let Some(user) = repo::users::by_id(&mut conn, user_id)? else {
                return Ok((Actor::Anonymous, None));
            };
            if user.disabled_at.is_some() || session.stamp != stamp_of(&user) {
                return Ok((Actor::Anonymous, None));
            }
            let memberships = repo::orgs::memberships_of_user(&mut conn, user_id)?;
            let kind = user.account_kind;
            let mut pairs = Vec::new();
            let mut views = Vec::new();
            for (m, org) in memberships {
                pairs.push((org.id, m.role));
                views.push(MembershipView {
                    org_slug: org.slug,
                    org_name: org.name,
                    role: m.role,
                });
            }
            let current = CurrentUser {
                id: user.id.to_string(),
                display_name: user.display_name.clone(),
                username: user.username.clone(),
                email: user.email.clone(),
                kind,
                email_verified: user.email_verified_at.is_some(),
                awaiting_guardian: user.awaiting_guardian(),
                locale: user.locale,
                memberships: views,
            };
            Ok((
                Actor::User(UserActor {
                    id: user.id,
                    kind,
                    memberships: pairs,
                }),
                Some(current),
            ))
        })
        .await
    }

    /// Who is behind an `Authorization: Bearer` token; an unknown or revoked token is an error,
    /// and so is one whose person is disabled or no longer a member: a token acts only with
    /// the rights its person holds now.
    pub async fn actor_for_token(&self, token: String) -> Result<Actor> {
        self.db(move |conn| {
            let hash = secrets::token_hash(&token);
            let (row, org) =
                repo::tokens::live_by_hash(conn, &hash)?.ok_or(Error::Unauthenticated)?;
            let person = repo::users::by_id(conn, row.user_id)?
                .filter(|u| u.disabled_at.is_none())
                .ok_or(Error::Unauthenticated)?;
            let role =
                repo::orgs::role_of(conn, person.id, org.id)?.ok_or(Error::Unauthenticated)?;
            repo::tokens::touch(conn, row.id, citybadges_store::now())?;
            Ok(Actor::ApiToken {
                org: org.id,
                on_behalf_of: row.user_id,
                role,
                read_only: org.status == OrgStatus::Suspended,
            })
        })
        .await
    }
}

/// What pages show about the signed-in person.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct CurrentUser {
    pub id: String,
    pub display_name: String,
    pub username: String,
    pub email: String,
    #[schema(value_type = String)]
    pub kind: AccountKind,
    pub email_verified: bool,
    /// A child under 13 whose guardian has not approved the account: browses only.
    pub awaiting_guardian: bool,
    /// The language the person chose (their pages and mail are in it).
    #[schema(value_type = String)]
    pub locale: citybadges_i18n::Locale,
    pub memberships: Vec<MembershipView>,
}

impl CurrentUser {
    /// A youth account: one that enrolls, and has a schedule and a backpack.
    pub fn is_youth(&self) -> bool {
        self.kind == AccountKind::Youth
    }

    /// A guardian account: one with a page of the children it approved.
    pub fn is_guardian(&self) -> bool {
        self.kind == AccountKind::Guardian
    }
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct MembershipView {
    pub org_slug: String,
    pub org_name: String,
    #[schema(value_type = String)]
    pub role: Role,
}
