use crate::models::AuditRow;
use crate::schema::audit_log;
use crate::{AnyConnection, Result};
use citybadges_domain::policy::OrgScope;
use diesel::prelude::*;

pub fn insert(conn: &mut AnyConnection, row: &AuditRow) -> Result<()> {
    diesel::insert_into(audit_log::table)
        .values(row)
        .execute(conn)?;
    Ok(())
}

/// The latest entries about one organization (private to it).
pub fn recent_for_org(
    conn: &mut AnyConnection,
    scope: &OrgScope,
    limit: i64,
) -> Result<Vec<AuditRow>> {
    Ok(audit_log::table
        .filter(audit_log::organization_id.eq(scope.org_id()))
        .select(AuditRow::as_select())
        .order(audit_log::at.desc())
        .limit(limit)
        .load(conn)?)
}
