use crate::models::{ApiTokenRow, OrganizationRow};
use crate::schema::{api_tokens, organizations};
use crate::{AnyConnection, Result};
use chrono::NaiveDateTime;
use citybadges_domain::policy::OrgScope;
use citybadges_domain::ApiTokenId;
use diesel::prelude::*;

pub fn insert(conn: &mut AnyConnection, row: &ApiTokenRow) -> Result<()> {
    diesel::insert_into(api_tokens::table)
        .values(row)
        .execute(conn)?;
    Ok(())
}

/// A live (not revoked) token by its hash, with its organization.
pub fn live_by_hash(
    conn: &mut AnyConnection,
    hash: &str,
) -> Result<Option<(ApiTokenRow, OrganizationRow)>> {
    Ok(api_tokens::table
        .inner_join(organizations::table)
        .filter(api_tokens::token_hash.eq(hash))
        .filter(api_tokens::revoked_at.is_null())
        .select((ApiTokenRow::as_select(), OrganizationRow::as_select()))
        .first(conn)
        .optional()?)
}

pub fn touch(conn: &mut AnyConnection, id: ApiTokenId, at: NaiveDateTime) -> Result<()> {
    diesel::update(api_tokens::table.find(id))
        .set(api_tokens::last_used_at.eq(Some(at)))
        .execute(conn)?;
    Ok(())
}

pub fn list(conn: &mut AnyConnection, scope: &OrgScope) -> Result<Vec<ApiTokenRow>> {
    Ok(api_tokens::table
        .filter(api_tokens::organization_id.eq(scope.org_id()))
        .select(ApiTokenRow::as_select())
        .order(api_tokens::created_at.desc())
        .load(conn)?)
}

/// Revoke a token of this organization; 0 when it is not one of its tokens or already revoked.
pub fn revoke(
    conn: &mut AnyConnection,
    scope: &OrgScope,
    id: ApiTokenId,
    at: NaiveDateTime,
) -> Result<usize> {
    Ok(diesel::update(
        api_tokens::table
            .filter(api_tokens::id.eq(id))
            .filter(api_tokens::organization_id.eq(scope.org_id()))
            .filter(api_tokens::revoked_at.is_null()),
    )
    .set(api_tokens::revoked_at.eq(Some(at)))
    .execute(conn)?)
}
