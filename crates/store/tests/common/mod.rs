//! Rows the store's integration tests share.

use chrono::NaiveDateTime;
use citybadges_domain::{OrgId, OrgKind, OrgStatus};
use citybadges_store::models::OrganizationRow;

/// An organization with a name and nothing optional: no description, contact or place.
pub fn org(
    id: OrgId,
    slug: String,
    name: String,
    kind: OrgKind,
    status: OrgStatus,
    now: NaiveDateTime,
) -> OrganizationRow {
    OrganizationRow {
        id,
        slug,
        name,
        kind,
        status,
        description_md: String::new(),
        description_html: String::new(),
        website: None,
        contact_email: None,
        address: None,
        lat: None,
        lng: None,
        neighbourhood_id: None,
        created_at: now,
        updated_at: now,
    }
}
