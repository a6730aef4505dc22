//! Who did what to what, when: written in the same transaction as the change.

use crate::error::Result;
use citybadges_domain::policy::Actor;
use citybadges_store::models::AuditRow;
use citybadges_store::{repo, AnyConnection};

pub struct Entry<'a> {
    pub actor: &'a Actor,
    pub org_id: Option<String>,
    pub action: &'static str,
    pub target_type: &'static str,
    pub target_id: String,
    pub details: serde_json::Value,
}

pub fn record(conn: &mut AnyConnection, e: Entry<'_>) -> Result<()> {
    let actor_kind = match e.actor {
        Actor::Anonymous => "anonymous",
        Actor::User(_) => "user",
        Actor::ApiToken { .. } => "api_token",
    };
    repo::audit::insert(
        conn,
        &AuditRow {
            id: uuid::Uuid::now_v7().to_string(),
            at: citybadges_store::now(),
            actor_user_id: e.actor.user_id().map(|u| u.to_string()),
            actor_kind: actor_kind.into(),
            organization_id: e.org_id,
            action: e.action.into(),
            target_type: e.target_type.into(),
            target_id: e.target_id,
            details: e.details.to_string(),
        },
    )?;
    Ok(())
}
