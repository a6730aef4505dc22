use crate::models::{AchievementRow, OrganizationRow};
use crate::schema::{achievements, organizations};
use crate::{AnyConnection, Result};
use citybadges_domain::policy::OrgScope;
use citybadges_domain::{AchievementId, OrgId, OrgStatus, PublicationStatus};
use diesel::prelude::*;

pub fn insert_many(conn: &mut AnyConnection, rows: &[AchievementRow]) -> Result<()> {
    for chunk in rows.chunks(500) {
        crate::on_backend!(conn, |c| diesel::insert_into(achievements::table)
            .values(chunk)
            .execute(c))?;
    }
    Ok(())
}

/// Published badges of one organization, for its public page (public: no scope).
pub fn public_of_org(conn: &mut AnyConnection, org_id: OrgId) -> Result<Vec<AchievementRow>> {
    Ok(achievements::table
        .filter(achievements::organization_id.eq(org_id))
        .filter(achievements::status.eq(PublicationStatus::Published))
        .select(AchievementRow::as_select())
        .order((achievements::level_rank.asc(), achievements::name))
        .load(conn)?)
}

/// Every badge of an organization, drafts and archived ones included.
pub fn all_of_org(conn: &mut AnyConnection, scope: &OrgScope) -> Result<Vec<AchievementRow>> {
    Ok(achievements::table
        .filter(achievements::organization_id.eq(scope.org_id()))
        .select(AchievementRow::as_select())
        .order(achievements::name)
        .load(conn)?)
}

/// A badge that was published at some point (published or archived), with its organization:
/// what its public documents show (public: no scope).
pub fn public_by_id(
    conn: &mut AnyConnection,
    id: AchievementId,
) -> Result<Option<(AchievementRow, OrganizationRow)>> {
    Ok(achievements::table
        .inner_join(organizations::table)
        .filter(achievements::id.eq(id))
        .filter(achievements::status.ne(PublicationStatus::Draft))
        .select((AchievementRow::as_select(), OrganizationRow::as_select()))
        .first(conn)
        .optional()?)
}

/// A published badge of an active organization (public: no scope).
pub fn public_by_slugs(
    conn: &mut AnyConnection,
    org_slug: &str,
    slug: &str,
) -> Result<Option<(AchievementRow, OrganizationRow)>> {
    Ok(achievements::table
        .inner_join(organizations::table)
        .filter(organizations::slug.eq(org_slug))
        .filter(achievements::slug.eq(slug))
        .filter(achievements::status.eq(PublicationStatus::Published))
        .filter(organizations::status.eq(OrgStatus::Active))
        .select((AchievementRow::as_select(), OrganizationRow::as_select()))
        .first(conn)
        .optional()?)
}

pub fn count(conn: &mut AnyConnection) -> Result<i64> {
    Ok(achievements::table.count().get_result(conn)?)
}

/// Published badges of active organizations, for indexing.
pub fn for_index(conn: &mut AnyConnection) -> Result<Vec<(AchievementRow, OrganizationRow)>> {
    Ok(achievements::table
        .inner_join(organizations::table)
        .filter(achievements::status.eq(PublicationStatus::Published))
        .filter(organizations::status.eq(OrgStatus::Active))
        .select((AchievementRow::as_select(), OrganizationRow::as_select()))
        .load(conn)?)
}
