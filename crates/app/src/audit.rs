//! Who did what to what, when: written in the same transaction as the change.

use crate::error::Result;
use citybadges_domain::policy::Actor;
use citybadges_domain::{AuditId, AuditTarget, OrgId};
use citybadges_store::models::AuditRow;
use citybadges_store::{repo, AnyConnection};

pub struct Entry<'a> {
    pub actor: &'a Actor,
    pub org_id: Option<OrgId>,
    pub action: &'static str,
    pub target_type: AuditTarget,
    pub target_id: String,
    pub details: serde_json::Value,
}

pub fn record(conn: &mut AnyConnection, e: Entry<'_>) -> Result<()> {
    repo::audit::insert(
        conn,
        &AuditRow {
            id: AuditId::new(),
            at: citybadges_store::now(),
            actor_user_id: e.actor.user_id(),
            actor_kind: e.actor.kind(),
            organization_id: e.org_id,
            action: e.action.into(),
            target_type: e.target_type,
            target_id: e.target_id,
            details: e.details.to_string(),
        },
    )?;
    Ok(())
}
