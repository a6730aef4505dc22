use super::{Page, Paging};
use crate::models::{MembershipRow, OrganizationRow, UserRow};
use crate::schema::{memberships, organizations, users};
use crate::{AnyConnection, Result};
use citybadges_domain::policy::OrgScope;
use citybadges_domain::{NeighbourhoodId, OrgId, OrgKind, OrgStatus, Role, UserId};
use diesel::prelude::*;

pub fn insert(conn: &mut AnyConnection, row: &OrganizationRow) -> Result<()> {
    diesel::insert_into(organizations::table)
        .values(row)
        .execute(conn)?;
    Ok(())
}

pub fn insert_many(conn: &mut AnyConnection, rows: &[OrganizationRow]) -> Result<()> {
    for chunk in rows.chunks(1000) {
        crate::on_backend!(conn, |c| diesel::insert_into(organizations::table)
            .values(chunk)
            .execute(c))?;
    }
    Ok(())
}

pub fn by_slug(conn: &mut AnyConnection, slug: &str) -> Result<Option<OrganizationRow>> {
    Ok(organizations::table
        .filter(organizations::slug.eq(slug))
        .select(OrganizationRow::as_select())
        .first(conn)
        .optional()?)
}

pub fn by_id(conn: &mut AnyConnection, id: OrgId) -> Result<Option<OrganizationRow>> {
    Ok(organizations::table
        .find(id)
        .select(OrganizationRow::as_select())
        .first(conn)
        .optional()?)
}

/// Filters for the organization directory.
#[derive(Debug, Clone, Default)]
pub struct OrgFilter {
    pub status: Option<OrgStatus>,
    pub kind: Option<OrgKind>,
    pub neighbourhood_id: Option<NeighbourhoodId>,
}

pub fn list(
    conn: &mut AnyConnection,
    f: &OrgFilter,
    paging: Paging,
) -> Result<Page<OrganizationRow>> {
    let build = || {
        let mut q = organizations::table.into_boxed();
        if let Some(s) = f.status {
            q = q.filter(organizations::status.eq(s));
        }
        if let Some(k) = f.kind {
            q = q.filter(organizations::kind.eq(k));
        }
        if let Some(n) = &f.neighbourhood_id {
            q = q.filter(organizations::neighbourhood_id.eq(*n));
        }
        q
    };
    let total = build().count().get_result(conn)?;
    let items = build()
        .select(OrganizationRow::as_select())
        .order((organizations::name, organizations::id))
        .limit(paging.limit())
        .offset(paging.offset())
        .load(conn)?;
    Ok(Page { items, total })
}

pub fn set_status(
    conn: &mut AnyConnection,
    id: OrgId,
    status: OrgStatus,
    at: chrono::NaiveDateTime,
) -> Result<usize> {
    Ok(diesel::update(organizations::table.find(id))
        .set((
            organizations::status.eq(status),
            organizations::updated_at.eq(at),
        ))
        .execute(conn)?)
}

pub fn insert_memberships(conn: &mut AnyConnection, rows: &[MembershipRow]) -> Result<()> {
    for chunk in rows.chunks(2000) {
        crate::on_backend!(conn, |c| diesel::insert_into(memberships::table)
            .values(chunk)
            .execute(c))?;
    }
    Ok(())
}

/// A user's memberships with the organizations' slugs and names.
pub fn memberships_of_user(
    conn: &mut AnyConnection,
    user_id: UserId,
) -> Result<Vec<(MembershipRow, OrganizationRow)>> {
    Ok(memberships::table
        .inner_join(organizations::table)
        .filter(memberships::user_id.eq(user_id))
        .select((MembershipRow::as_select(), OrganizationRow::as_select()))
        .order(organizations::name)
        .load(conn)?)
}

/// The role one person holds in one organization, if they are a member.
pub fn role_of(conn: &mut AnyConnection, user_id: UserId, org_id: OrgId) -> Result<Option<Role>> {
    Ok(memberships::table
        .filter(memberships::user_id.eq(user_id))
        .filter(memberships::organization_id.eq(org_id))
        .select(memberships::role)
        .first(conn)
        .optional()?)
}

/// The staff of one organization (private to it).
pub fn members(
    conn: &mut AnyConnection,
    scope: &OrgScope,
) -> Result<Vec<(MembershipRow, UserRow)>> {
    Ok(memberships::table
        .inner_join(users::table)
        .filter(memberships::organization_id.eq(scope.org_id()))
        .select((MembershipRow::as_select(), UserRow::as_select()))
        .order(users::display_name)
        .load(conn)?)
}

pub fn count(conn: &mut AnyConnection) -> Result<i64> {
    Ok(organizations::table.count().get_result(conn)?)
}
