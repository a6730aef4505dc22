//! An organization's signing keys as its staff see them: which keys are published, which one
//! signs, and rotation to a new key (old keys stay published so earlier credentials verify).

use super::{keys, Urls};
use crate::audit;
use crate::context::App;
use crate::error::{Error, Result};
use crate::manage::scoped;
use chrono::{DateTime, Utc};
use citybadges_domain::policy::{Action, Actor, OrgScope};
use citybadges_domain::AuditTarget;
use citybadges_i18n::Msg;
use citybadges_store::models::IssuerKeyRow;
use citybadges_store::{repo, AnyConnection};
use serde::Serialize;
use utoipa::ToSchema;

/// One published signing key of an organization (never its private part).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct IssuerKeyView {
    /// The key's fragment in the issuer profile, e.g. `key-20261130041500123`.
    pub key_id: String,
    /// The verification method id credentials name in their proofs, a URL answering the key:
    /// `<issuer id>/keys/<key_id>` (credentials signed before it named `<issuer id>#<key_id>`).
    pub verification_method: String,
    /// The Ed25519 public key, multibase (`z6Mk...`).
    pub public_key_multibase: String,
    pub created_at: DateTime<Utc>,
    /// When it stopped signing new credentials; it still verifies the ones it signed.
    pub retired_at: Option<DateTime<Utc>>,
    /// Whether it signs new credentials.
    pub active: bool,
}

fn view(urls: &Urls, org_slug: &str, row: IssuerKeyRow, active: bool) -> IssuerKeyView {
    IssuerKeyView {
        verification_method: urls.issuer_key(org_slug, &row.key_id),
        active,
        key_id: row.key_id,
        public_key_multibase: row.public_key_multibase,
        created_at: row.created_at.and_utc(),
        retired_at: row.retired_at.map(|t| t.and_utc()),
    }
}

/// The organization's keys, newest first. The active key is the newest one not retired (the one
/// [`keys::signer`] picks); two rotations at once may leave an older one unretired, which the next
/// rotation retires.
pub(crate) fn list(
    conn: &mut AnyConnection,
    urls: &Urls,
    scope: &OrgScope,
    org_slug: &str,
) -> Result<Vec<IssuerKeyView>> {
    let mut rows = repo::issuer_keys::public_of_org(conn, scope.org_id())?;
    rows.reverse();
    let signing = rows.iter().find(|r| r.retired_at.is_none()).map(|r| r.id);
    Ok(rows
        .into_iter()
        .map(|r| {
            let active = signing == Some(r.id);
            view(urls, org_slug, r, active)
        })
        .collect())
}

impl App {
    /// The organization's published signing keys, newest first (empty before its first award).
    pub async fn issuer_keys(&self, actor: Actor, slug: String) -> Result<Vec<IssuerKeyView>> {
        let urls = self.urls();
        self.db(move |conn| {
            let (org, scope) = scoped(conn, &actor, &slug, Action::ViewAwards)?;
            list(conn, &urls, &scope, &org.slug)
        })
        .await
    }

    /// Retire the organization's signing key and start signing with a new one (organization
    /// admins only), noting why in the audit log. Credentials signed before still verify: every
    /// key stays in the issuer profile.
    pub async fn rotate_issuer_key(
        &self,
        actor: Actor,
        slug: String,
        reason: Option<String>,
    ) -> Result<IssuerKeyView> {
        let reason = reason
            .map(|r| r.trim().to_owned())
            .filter(|r| !r.is_empty());
        if reason
            .as_ref()
            .is_some_and(|r| r.chars().count() > super::awards::limits::REASON)
        {
            return Err(Error::invalid("reason", Msg::new("err-key-reason-long")));
        }
        let app = self.clone();
        let urls = self.urls();
        self.tx(move |conn| {
            let (org, scope) = scoped(conn, &actor, &slug, Action::RotateIssuerKey)?;
            let key_id = keys::rotate(conn, app.master_key(), &scope)?;
            audit::record(
                conn,
                audit::Entry {
                    actor: &actor,
                    org_id: Some(org.id),
                    action: "issuer_key.rotate",
                    target_type: AuditTarget::IssuerKey,
                    target_id: key_id.clone(),
                    details: serde_json::json!({ "reason": reason }),
                },
            )?;
            list(conn, &urls, &scope, &org.slug)?
                .into_iter()
                .find(|k| k.key_id == key_id)
                .ok_or_else(|| Error::Internal("the new key is not listed".into()))
        })
        .await
    }
}
