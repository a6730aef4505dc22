//! A youth's backpack: every badge awarded to their account, from every organization, in one
//! place, with what it is (issuer, level, skills, type), its state (issued, revoked, expired) and
//! its files.

use crate::context::App;
use crate::error::{Error, Result};
use crate::issuing::awards::{links_for, AwardLinks};
use crate::views::{Named, SkillView};
use chrono::{DateTime, Utc};
use citybadges_domain::policy::{self, Action, Actor};
use citybadges_domain::{AchievementType, AwardStatus};
use citybadges_store::repo;
use citybadges_store::repo::awards::HeldRow;
use serde::Serialize;
use utoipa::ToSchema;

/// The most badges a backpack shows.
pub const BACKPACK_LIMIT: i64 = 1_000;

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct HeldBadge {
    /// The award's id (its credential is `links.credential`).
    pub id: String,
    /// issued or revoked
    #[schema(value_type = String)]
    pub status: AwardStatus,
    /// Past its `validUntil`: no longer valid, though it was.
    pub expired: bool,
    pub name: String,
    pub description: String,
    /// Path of the badge's public page.
    pub badge_url: String,
    pub image_url: String,
    #[schema(value_type = String)]
    pub achievement_type: AchievementType,
    pub level_name: Option<String>,
    /// The step on the city's level scale.
    pub city_level: Option<i32>,
    pub skills: Vec<SkillView>,
    pub issuer: Named,
    pub issued_at: Option<DateTime<Utc>>,
    pub valid_until: Option<DateTime<Utc>>,
    pub revocation_reason: Option<String>,
    pub links: AwardLinks,
    /// LinkedIn's "add a certification" address, filled with this badge (for its holder).
    pub linkedin_url: String,
}

/// LinkedIn's documented add-to-profile address for a certification: its name, the issuer, the
/// issue and expiry month, the credential's page and id.
fn linkedin_url(
    name: &str,
    issuer: &str,
    issued: Option<DateTime<Utc>>,
    until: Option<DateTime<Utc>>,
    link: &str,
    id: &str,
) -> String {
    use chrono::Datelike;
    let mut q = url::form_urlencoded::Serializer::new(String::new());
    q.append_pair("startTask", "CERTIFICATION_NAME")
        .append_pair("name", name)
        .append_pair("organizationName", issuer);
    if let Some(t) = issued {
        q.append_pair("issueYear", &t.year().to_string())
            .append_pair("issueMonth", &t.month().to_string());
    }
    if let Some(t) = until {
        q.append_pair("expirationYear", &t.year().to_string())
            .append_pair("expirationMonth", &t.month().to_string());
    }
    q.append_pair("certUrl", link).append_pair("certId", id);
    format!("https://www.linkedin.com/profile/add?{}", q.finish())
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Backpack {
    /// Newest first.
    pub badges: Vec<HeldBadge>,
    /// Badges that count (issued, not expired).
    pub valid: usize,
    /// Organizations whose badges count.
    pub issuers: usize,
}

/// The credential's `validUntil`, read from the signed document.
fn valid_until(document: Option<&str>) -> Option<DateTime<Utc>> {
    #[derive(serde::Deserialize)]
    struct Dates {
        #[serde(rename = "validUntil")]
        valid_until: Option<DateTime<Utc>>,
    }
    serde_json::from_str::<Dates>(document?).ok()?.valid_until
}

fn held(row: HeldRow, urls: &crate::issuing::Urls, now: DateTime<Utc>) -> HeldBadge {
    let (award, badge, org, document) = row;
    let valid_until = valid_until(document.as_deref());
    let links = links_for(urls, award.id);
    let issued_at = award.issued_at.map(|t| t.and_utc());
    HeldBadge {
        linkedin_url: linkedin_url(
            &badge.name,
            &org.name,
            issued_at,
            valid_until,
            &links.credential,
            &award.id.to_string(),
        ),
        id: award.id.to_string(),
        status: award.status,
        expired: valid_until.is_some_and(|v| v <= now),
        badge_url: format!("/orgs/{}/badges/{}", org.slug, badge.slug),
        skills: serde_json::from_str(&badge.skills).unwrap_or_default(),
        name: badge.name,
        description: badge.description,
        // The badge's own image, else the one generated for it (as its credential shows).
        image_url: badge
            .image_url
            .unwrap_or_else(|| format!("/badge-images/{}.png", badge.id)),
        achievement_type: badge.achievement_type,
        level_name: badge.level_name,
        city_level: badge.city_level,
        issuer: Named {
            slug: org.slug,
            name: org.name,
        },
        issued_at,
        valid_until,
        revocation_reason: award.revocation_reason,
        links,
    }
}

impl HeldBadge {
    /// Issued, not revoked, not past its `validUntil`.
    pub fn counts(&self) -> bool {
        self.status == AwardStatus::Issued && !self.expired
    }
}

/// Every badge awarded to this person, and how many count.
pub(crate) fn backpack_of(
    conn: &mut citybadges_store::AnyConnection,
    user: citybadges_domain::UserId,
    urls: &crate::issuing::Urls,
) -> Result<Backpack> {
    let now = Utc::now();
    let badges: Vec<HeldBadge> = repo::awards::held_by(conn, user, BACKPACK_LIMIT)?
        .into_iter()
        .map(|r| held(r, urls, now))
        .collect();
    let counting: Vec<&HeldBadge> = badges.iter().filter(|b| b.counts()).collect();
    let mut issuers: Vec<&str> = counting.iter().map(|b| b.issuer.slug.as_str()).collect();
    issuers.sort_unstable();
    issuers.dedup();
    Ok(Backpack {
        valid: counting.len(),
        issuers: issuers.len(),
        badges,
    })
}

impl App {
    /// Every badge awarded to the signed-in youth.
    pub async fn my_backpack(&self, actor: Actor) -> Result<Backpack> {
        let user = actor.user_id().ok_or(Error::Unauthenticated)?;
        // One's own awards are one's own private data.
        policy::authorize(&actor, Action::ViewPersonPrivate(user))?;
        let urls = self.urls();
        self.db(move |conn| backpack_of(conn, user, &urls)).await
    }
}
