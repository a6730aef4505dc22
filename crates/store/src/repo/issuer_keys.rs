//! Issuer signing keys. Public halves are public (issuer profiles list them); the sealed private
//! half is read only for signing, inside a scope that may issue.

use crate::models::IssuerKeyRow;
use crate::schema::issuer_keys;
use crate::{AnyConnection, Result};
use chrono::NaiveDateTime;
use citybadges_domain::policy::OrgScope;
use citybadges_domain::OrgId;
use diesel::prelude::*;

pub fn insert(conn: &mut AnyConnection, row: &IssuerKeyRow) -> Result<()> {
    diesel::insert_into(issuer_keys::table)
        .values(row)
        .execute(conn)?;
    Ok(())
}

/// The key new credentials are signed with (the newest not retired).
pub fn active(conn: &mut AnyConnection, scope: &OrgScope) -> Result<Option<IssuerKeyRow>> {
    active_of(conn, scope.org_id())
}

/// As [`active`], for the platform's own signing of an organization's documents (its status
/// list, which a public request may be the first to ask for).
pub fn active_of(conn: &mut AnyConnection, org_id: OrgId) -> Result<Option<IssuerKeyRow>> {
    Ok(issuer_keys::table
        .filter(issuer_keys::organization_id.eq(org_id))
        .filter(issuer_keys::retired_at.is_null())
        .order(issuer_keys::created_at.desc())
        .select(IssuerKeyRow::as_select())
        .first(conn)
        .optional()?)
}

/// Every key ever used by the organization, oldest first: all stay published (public: no scope;
/// callers show the public halves only).
pub fn public_of_org(conn: &mut AnyConnection, org_id: OrgId) -> Result<Vec<IssuerKeyRow>> {
    Ok(issuer_keys::table
        .filter(issuer_keys::organization_id.eq(org_id))
        .order(issuer_keys::created_at.asc())
        .select(IssuerKeyRow::as_select())
        .load(conn)?)
}

/// Retire the organization's active keys (rotation); they stay published.
pub fn retire_active(
    conn: &mut AnyConnection,
    scope: &OrgScope,
    at: NaiveDateTime,
) -> Result<usize> {
    Ok(diesel::update(
        issuer_keys::table
            .filter(issuer_keys::organization_id.eq(scope.org_id()))
            .filter(issuer_keys::retired_at.is_null()),
    )
    .set(issuer_keys::retired_at.eq(Some(at)))
    .execute(conn)?)
}
