//! Credential documents built from stored rows: the issuer, the achievement, the OB 2.0 views.

use super::Urls;
use crate::views::SkillView;
use citybadges_credentials::ob2::{Ob2BadgeClass, Ob2Issuer};
use citybadges_credentials::ob3::{Achievement, Alignment, Issuer, IssuerKey, Level};
use citybadges_store::models::{AchievementRow, IssuerKeyRow, OrganizationRow};

/// The organization as an Open Badges 3.0 issuer.
pub fn issuer(urls: &Urls, org: &OrganizationRow) -> Issuer {
    Issuer {
        id: urls.issuer(&org.slug),
        name: org.name.clone(),
        url: org
            .website
            .clone()
            .filter(|w| w.starts_with("https://") || w.starts_with("http://"))
            .unwrap_or_else(|| urls.organization_page(&org.slug)),
        image: Some(urls.issuer_image(&org.slug)),
        description: None,
        email: org.contact_email.clone(),
    }
}

/// Published keys as verification methods of the issuer.
pub fn issuer_keys(urls: &Urls, org: &OrganizationRow, keys: &[IssuerKeyRow]) -> Vec<IssuerKey> {
    keys.iter()
        .map(|k| IssuerKey {
            id: urls.issuer_key(&org.slug, &k.key_id),
            public_key_multibase: k.public_key_multibase.clone(),
        })
        .collect()
}

/// The same keys under the `#key-…` ids that earlier credentials name (see
/// [`Urls::legacy_issuer_key`]); listed in the profile only.
pub fn legacy_issuer_keys(
    urls: &Urls,
    org: &OrganizationRow,
    keys: &[IssuerKeyRow],
) -> Vec<IssuerKey> {
    keys.iter()
        .map(|k| IssuerKey {
            id: urls.legacy_issuer_key(&org.slug, &k.key_id),
            public_key_multibase: k.public_key_multibase.clone(),
        })
        .collect()
}

fn skills(a: &AchievementRow) -> Vec<SkillView> {
    serde_json::from_str(&a.skills).unwrap_or_default()
}

fn framework_of(uri: &str) -> Option<String> {
    uri.contains("data.europa.eu/esco")
        .then(|| "ESCO".to_owned())
}

/// Plain-text criteria: the Markdown source is what a person wrote; credentials carry it as is.
pub fn achievement(urls: &Urls, a: &AchievementRow, org: &OrganizationRow) -> Achievement {
    Achievement {
        id: urls.achievement(&org.slug, &a.slug),
        name: a.name.clone(),
        description: a.description.clone(),
        criteria_narrative: a.criteria_md.clone(),
        image: Some(image_url(urls, a)),
        achievement_type: a.achievement_type.to_string(),
        alignments: skills(a)
            .into_iter()
            .map(|s| Alignment {
                target_framework: framework_of(&s.uri),
                target_name: s.name,
                target_url: s.uri,
                target_code: None,
            })
            .collect(),
        level: match (&a.level_name, a.level_rank) {
            (Some(name), Some(rank)) => Some(Level {
                name: name.clone(),
                rank,
            }),
            _ => None,
        },
        tags: a.level_name.iter().cloned().collect(),
    }
}

/// The badge's image: an uploaded one when it is an absolute URL, else the generated PNG.
pub fn image_url(urls: &Urls, a: &AchievementRow) -> String {
    a.image_url
        .clone()
        .filter(|u| u.starts_with("https://") || u.starts_with("http://"))
        .unwrap_or_else(|| urls.badge_image_png(a.id))
}

pub fn ob2_issuer(urls: &Urls, org: &OrganizationRow) -> Ob2Issuer {
    let ob3 = issuer(urls, org);
    Ob2Issuer {
        id: urls.ob2_issuer(&org.slug),
        name: ob3.name,
        url: ob3.url,
        email: ob3.email,
        image: ob3.image,
        description: None,
    }
}

pub fn ob2_badge_class(urls: &Urls, a: &AchievementRow, org: &OrganizationRow) -> Ob2BadgeClass {
    Ob2BadgeClass {
        id: urls.ob2_badge(a.id),
        name: a.name.clone(),
        description: a.description.clone(),
        image: image_url(urls, a),
        criteria_url: format!("{}#criteria", urls.achievement(&org.slug, &a.slug)),
        criteria_narrative: a.criteria_md.clone(),
        issuer: urls.ob2_issuer(&org.slug),
        alignments: skills(a)
            .into_iter()
            .map(|s| {
                let framework = framework_of(&s.uri);
                (s.name, s.uri, framework)
            })
            .collect(),
        tags: a.level_name.iter().cloned().collect(),
    }
}
