//! Issuing badges as verifiable credentials: each organization signs with its own keys
//! (sealed at rest), every issued award gets a signed Open Badges 3.0 credential and a bit in its
//! issuer's revocation list, and the public documents (issuer profile, credential, baked images,
//! OB 2.0 hosted assertion, status list) are served from what is stored here.

pub mod art;
pub mod awards;
pub mod documents;
pub mod key_admin;
pub mod keys;
pub mod public;
pub mod status;

use citybadges_domain::{AchievementId, AwardId};

/// Every public URL of the issuing side, under the deployment's public base URL.
#[derive(Debug, Clone)]
pub struct Urls {
    base: String,
}

impl Urls {
    pub fn new(base: impl Into<String>) -> Self {
        Self { base: base.into() }
    }
    pub fn base(&self) -> &str {
        &self.base
    }
    /// The issuer id (and profile) of an organization.
    pub fn issuer(&self, org_slug: &str) -> String {
        format!("{}/issuers/{org_slug}", self.base)
    }
    /// One signing key's own document (a `Multikey` a plain GET returns): the `verificationMethod`
    /// that proofs name, so verifiers that dereference it find the key itself.
    pub fn issuer_key(&self, org_slug: &str, key_id: &str) -> String {
        format!("{}/issuers/{org_slug}/keys/{key_id}", self.base)
    }
    /// The id credentials signed before per-key documents named: a fragment of the profile.
    /// The profile keeps listing it so those credentials keep verifying.
    pub fn legacy_issuer_key(&self, org_slug: &str, key_id: &str) -> String {
        format!("{}/issuers/{org_slug}#{key_id}", self.base)
    }
    /// The issuer's image (generated from the organization when it uploaded none).
    pub fn issuer_image(&self, org_slug: &str) -> String {
        format!("{}/issuers/{org_slug}/image.png", self.base)
    }
    pub fn organization_page(&self, org_slug: &str) -> String {
        format!("{}/orgs/{org_slug}", self.base)
    }
    /// The achievement id: the badge's public page, which also answers JSON-LD.
    pub fn achievement(&self, org_slug: &str, badge_slug: &str) -> String {
        format!("{}/orgs/{org_slug}/badges/{badge_slug}", self.base)
    }
    pub fn credential(&self, award_id: AwardId) -> String {
        format!("{}/credentials/{award_id}", self.base)
    }
    pub fn status_list(&self, org_slug: &str, list: i32) -> String {
        format!("{}/status-lists/{org_slug}/{list}", self.base)
    }
    pub fn ob2_assertion(&self, award_id: AwardId) -> String {
        format!("{}/ob2/assertions/{award_id}", self.base)
    }
    pub fn ob2_badge(&self, achievement_id: AchievementId) -> String {
        format!("{}/ob2/badges/{achievement_id}", self.base)
    }
    pub fn ob2_issuer(&self, org_slug: &str) -> String {
        format!("{}/ob2/issuers/{org_slug}", self.base)
    }
    pub fn badge_image_png(&self, achievement_id: AchievementId) -> String {
        format!("{}/badge-images/{achievement_id}.png", self.base)
    }
    pub fn verify_page(&self) -> String {
        format!("{}/verify", self.base)
    }
}

impl crate::App {
    pub fn urls(&self) -> Urls {
        Urls::new(self.settings().public_url())
    }
}
