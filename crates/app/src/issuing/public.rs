//! The public side of issuing: documents anyone may fetch by URL (issuer profiles, credentials,
//! baked images, OB 2.0 hosted documents, status lists). Nothing here needs a sign-in; nothing
//! here shows a recipient's email.

use super::{art, documents, status, Urls};
use crate::context::App;
use crate::error::{Error, Result};
use crate::views::Named;
use chrono::{DateTime, Utc};
use citybadges_credentials::bake::{self, PngKeyword, SvgPayload};
use citybadges_credentials::ob2::{self, Ob2Assertion};
use citybadges_credentials::ob3;
use citybadges_domain::{AchievementId, AwardId, AwardStatus, OrgStatus};
use citybadges_store::models::{IssuerKeyRow, OrganizationRow};
use citybadges_store::{repo, AnyConnection};
use serde::Serialize;
use serde_json::Value;

/// An issuer profile: the JSON-LD document and what a person's page shows.
#[derive(Debug, Clone, Serialize)]
pub struct IssuerProfile {
    pub organization: Named,
    pub id: String,
    pub document: Value,
    pub did: Option<String>,
    pub keys: Vec<PublishedKey>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PublishedKey {
    pub id: String,
    pub public_key_multibase: String,
    pub created_at: DateTime<Utc>,
    pub retired_at: Option<DateTime<Utc>>,
}

/// An award's credential as its public page and JSON show it.
#[derive(Debug, Clone, Serialize)]
pub struct PublicCredential {
    pub award_id: String,
    /// The signed credential, exactly as stored (and signed).
    pub document: String,
    pub revoked: bool,
    pub revocation_reason: Option<String>,
    pub issued_at: Option<DateTime<Utc>>,
    pub badge: crate::views::BadgeView,
    pub issuer: Named,
    pub issuer_id: String,
    pub links: super::awards::AwardLinks,
    /// The narrative written by the issuer.
    pub narrative: Option<String>,
}

/// The OB 2.0 hosted assertion, or the answer for a revoked one (HTTP 410).
pub enum HostedAssertion {
    Active(Value),
    Revoked(Value),
}

fn org_by_slug(conn: &mut AnyConnection, slug: &str) -> Result<OrganizationRow> {
    repo::orgs::by_slug(conn, slug)?.ok_or(Error::NotFound("issuer"))
}

/// An issuer's public documents exist while it is active, and after a suspension once it has
/// signed something (its credentials must keep verifying); a pending organization has none.
fn visible_issuer(conn: &mut AnyConnection, org: &OrganizationRow) -> Result<Vec<IssuerKeyRow>> {
    let keys = repo::issuer_keys::public_of_org(conn, org.id)?;
    if org.status == OrgStatus::Active || (org.status == OrgStatus::Suspended && !keys.is_empty()) {
        Ok(keys)
    } else {
        Err(Error::NotFound("issuer"))
    }
}

fn published(conn: &mut AnyConnection, award_id: &str) -> Result<repo::awards::Published> {
    // Text that is no award id names no credential.
    let award_id = award_id
        .parse::<AwardId>()
        .map_err(|_| Error::NotFound("credential"))?;
    repo::awards::public_credential(conn, award_id)?.ok_or(Error::NotFound("credential"))
}

/// A badge id from a public URL; text that is no badge id names no badge.
fn badge_id(id: &str) -> Result<AchievementId> {
    id.parse().map_err(|_| Error::NotFound("badge"))
}

impl App {
    pub async fn issuer_profile(&self, slug: String) -> Result<IssuerProfile> {
        let urls = self.urls();
        self.db(move |conn| {
            let org = org_by_slug(conn, &slug)?;
            let keys = visible_issuer(conn, &org)?;
            let issuer = documents::issuer(&urls, &org);
            let published = documents::issuer_keys(&urls, &org, &keys);
            let listed: Vec<_> = published
                .iter()
                .cloned()
                .chain(documents::legacy_issuer_keys(&urls, &org, &keys))
                .collect();
            Ok(IssuerProfile {
                organization: Named {
                    slug: org.slug.clone(),
                    name: org.name.clone(),
                },
                did: ob3::did_web_for(&issuer.id),
                document: ob3::issuer_profile_json(&issuer, &listed),
                id: issuer.id,
                keys: keys
                    .iter()
                    .zip(&published)
                    .map(|(row, key)| PublishedKey {
                        id: key.id.clone(),
                        public_key_multibase: row.public_key_multibase.clone(),
                        created_at: row.created_at.and_utc(),
                        retired_at: row.retired_at.map(|t| t.and_utc()),
                    })
                    .collect(),
            })
        })
        .await
    }

    /// One key's own document, answered at its id (`/issuers/{slug}/keys/{key_id}`).
    pub async fn issuer_key_document(&self, slug: String, key_id: String) -> Result<Value> {
        let urls = self.urls();
        self.db(move |conn| {
            let org = org_by_slug(conn, &slug)?;
            let keys = visible_issuer(conn, &org)?;
            let issuer = documents::issuer(&urls, &org);
            documents::issuer_keys(&urls, &org, &keys)
                .into_iter()
                .find(|k| k.id == urls.issuer_key(&slug, &key_id))
                .map(|k| ob3::multikey_document_json(&issuer.id, &k))
                .ok_or(Error::NotFound("key"))
        })
        .await
    }

    /// The `did:web` document for the issuer's keys (served at `/issuers/{slug}/did.json`).
    pub async fn issuer_did_document(&self, slug: String) -> Result<Value> {
        let profile = self.issuer_profile(slug.clone()).await?;
        let urls = self.urls();
        let did = profile
            .did
            .ok_or_else(|| Error::Internal("public URL has no host".into()))?;
        self.db(move |conn| {
            let org = org_by_slug(conn, &slug)?;
            let keys = repo::issuer_keys::public_of_org(conn, org.id)?;
            Ok(ob3::did_document_json(
                &did,
                &documents::issuer(&urls, &org),
                &documents::issuer_keys(&urls, &org, &keys),
            ))
        })
        .await
    }

    pub async fn public_credential(&self, award_id: String) -> Result<PublicCredential> {
        let urls = self.urls();
        self.db(move |conn| {
            let (credential, award, badge, org) = published(conn, &award_id)?;
            Ok(PublicCredential {
                links: super::awards::links_for(&urls, award.id),
                award_id: award.id.to_string(),
                document: credential.document,
                revoked: award.status == AwardStatus::Revoked,
                revocation_reason: award.revocation_reason,
                issued_at: award.issued_at.map(|t| t.and_utc()),
                issuer_id: urls.issuer(&org.slug),
                issuer: Named {
                    slug: org.slug.clone(),
                    name: org.name.clone(),
                },
                narrative: award.narrative,
                badge: crate::catalog::badge_view(badge, &org),
            })
        })
        .await
    }

    /// The credential baked into the badge's PNG image.
    pub async fn credential_png(&self, award_id: String) -> Result<Vec<u8>> {
        let credential = self.public_credential(award_id).await?;
        let image = art::badge_png(&credential.badge.id);
        bake::bake_png(
            &image,
            PngKeyword::OpenBadgeCredential,
            &credential.document,
        )
        .map_err(|e| Error::Internal(format!("baking: {e}")))
    }

    /// The credential baked into the badge's SVG image.
    pub async fn credential_svg(&self, award_id: String) -> Result<String> {
        let credential = self.public_credential(award_id).await?;
        bake::bake_svg(
            &art::badge_svg(&credential.badge.id),
            SvgPayload::Credential(&credential.document),
        )
        .map_err(|e| Error::Internal(format!("baking: {e}")))
    }

    /// The Open Badges 2.0 hosted assertion of an award.
    pub async fn ob2_assertion(&self, award_id: String) -> Result<HostedAssertion> {
        let urls = self.urls();
        self.db(move |conn| {
            let (credential, award, badge, _) = published(conn, &award_id)?;
            let id = urls.ob2_assertion(award.id);
            if award.status == AwardStatus::Revoked {
                return Ok(HostedAssertion::Revoked(ob2::revoked_assertion_json(
                    &id,
                    award.revocation_reason.as_deref(),
                )));
            }
            let issued = award.issued_at.unwrap_or(award.created_at);
            Ok(HostedAssertion::Active(ob2::assertion_json(
                &Ob2Assertion {
                    badge: urls.ob2_badge(badge.id),
                    identity_hash: credential.recipient_hash,
                    salt: credential.recipient_salt,
                    issued_on: issued.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
                    expires: valid_until(&credential.document),
                    image: Some(format!("{id}.png")),
                    narrative: award.narrative,
                    evidence: award.evidence_url,
                    id,
                },
            )))
        })
        .await
    }

    /// The badge image baked with the OB 2.0 assertion's URL (keyword `openbadges`).
    pub async fn ob2_assertion_png(&self, award_id: String) -> Result<Vec<u8>> {
        let credential = self.public_credential(award_id).await?;
        let image = art::badge_png(&credential.badge.id);
        bake::bake_png(
            &image,
            PngKeyword::OpenBadges,
            &credential.links.ob2_assertion,
        )
        .map_err(|e| Error::Internal(format!("baking: {e}")))
    }

    pub async fn ob2_badge_class(&self, achievement_id: String) -> Result<Value> {
        let urls = self.urls();
        self.db(move |conn| {
            let (badge, org) = repo::achievements::public_by_id(conn, badge_id(&achievement_id)?)?
                .ok_or(Error::NotFound("badge"))?;
            visible_issuer(conn, &org).map_err(|_| Error::NotFound("badge"))?;
            Ok(ob2::badge_class_json(&documents::ob2_badge_class(
                &urls, &badge, &org,
            )))
        })
        .await
    }

    pub async fn ob2_issuer(&self, slug: String) -> Result<Value> {
        let urls = self.urls();
        self.db(move |conn| {
            let org = org_by_slug(conn, &slug)?;
            visible_issuer(conn, &org)?;
            Ok(ob2::issuer_json(&documents::ob2_issuer(&urls, &org)))
        })
        .await
    }

    /// The Achievement JSON-LD served at the badge's id (content negotiation on its page).
    pub async fn achievement_document(&self, org_slug: String, slug: String) -> Result<Value> {
        let badge = self.badge_page(org_slug.clone(), slug).await?;
        let urls = self.urls();
        self.db(move |conn| {
            let (row, org) = repo::achievements::public_by_id(conn, badge_id(&badge.id)?)?
                .ok_or(Error::NotFound("badge"))?;
            let issuer = documents::issuer(&urls, &org);
            let mut doc =
                ob3::achievement_json(&documents::achievement(&urls, &row, &org), &issuer);
            if let Some(map) = doc.as_object_mut() {
                map.insert(
                    "@context".into(),
                    serde_json::json!([ob3::VC_V2_CONTEXT, ob3::OB3_CONTEXT]),
                );
            }
            Ok(doc)
        })
        .await
    }

    /// The generated PNG of a badge (its image in credentials when none was uploaded).
    pub async fn badge_image_png(&self, achievement_id: String) -> Result<Vec<u8>> {
        let id = achievement_id.clone();
        self.db(move |conn| {
            repo::achievements::public_by_id(conn, badge_id(&id)?)?.ok_or(Error::NotFound("badge"))
        })
        .await?;
        Ok(art::badge_png(&achievement_id))
    }

    /// The generated PNG of an issuer.
    pub async fn issuer_image_png(&self, slug: String) -> Result<Vec<u8>> {
        let profile = self.issuer_profile(slug).await?;
        Ok(art::badge_png(&profile.id))
    }

    /// A signed Bitstring Status List credential of an issuer.
    pub async fn status_list_document(&self, slug: String, number: i32) -> Result<String> {
        let app = self.clone();
        self.db(move |conn| {
            let org = org_by_slug(conn, &slug)?;
            let list = status::OrgList {
                master: app.master_key(),
                urls: &app.urls(),
                org: &org,
                number,
            };
            status::document(conn, &list)
        })
        .await
    }
}

fn valid_until(document: &str) -> Option<String> {
    serde_json::from_str::<Value>(document)
        .ok()?
        .get("validUntil")?
        .as_str()
        .map(str::to_owned)
}

/// Whether a URL belongs to this deployment (its documents are answered without HTTP).
pub fn is_local(urls: &Urls, url: &str) -> bool {
    url.strip_prefix(urls.base())
        .is_some_and(|rest| rest.starts_with('/'))
}
