//! Per-issuer revocation status lists: index allocation and the cached signed document.

use crate::models::StatusListRow;
use crate::schema::status_lists;
use crate::{AnyConnection, Result};
use citybadges_domain::policy::OrgScope;
use citybadges_domain::OrgId;
use diesel::prelude::*;

/// The newest list of an organization, to allocate from.
pub fn latest(conn: &mut AnyConnection, scope: &OrgScope) -> Result<Option<StatusListRow>> {
    Ok(status_lists::table
        .filter(status_lists::organization_id.eq(scope.org_id()))
        .order(status_lists::list_number.desc())
        .select(StatusListRow::as_select())
        .first(conn)
        .optional()?)
}

/// One list of an organization, whose signed document anyone may fetch (public: no scope).
pub fn public_get(
    conn: &mut AnyConnection,
    org_id: OrgId,
    number: i32,
) -> Result<Option<StatusListRow>> {
    Ok(status_lists::table
        .find((org_id, number))
        .select(StatusListRow::as_select())
        .first(conn)
        .optional()?)
}

/// Creates an empty, unsigned list; false when another writer created it first.
pub fn create(
    conn: &mut AnyConnection,
    scope: &OrgScope,
    number: i32,
    scramble: i32,
    at: chrono::NaiveDateTime,
) -> Result<bool> {
    let row = StatusListRow {
        organization_id: scope.org_id(),
        list_number: number,
        allocated: 0,
        scramble,
        document: None,
        updated_at: at,
    };
    let inserted = crate::on_backend!(conn, |c| diesel::insert_into(status_lists::table)
        .values(&row)
        .on_conflict_do_nothing()
        .execute(c))?;
    Ok(inserted == 1)
}

/// Reserves `count` more indexes of a list if they fit under `capacity`, atomically; returns the
/// first reserved position, or `None` when the list is too full.
pub fn reserve(
    conn: &mut AnyConnection,
    scope: &OrgScope,
    number: i32,
    count: i32,
    capacity: i32,
) -> Result<Option<i32>> {
    let after: Option<i32> = diesel::update(
        status_lists::table
            .filter(status_lists::organization_id.eq(scope.org_id()))
            .filter(status_lists::list_number.eq(number))
            .filter(status_lists::allocated.le(capacity - count)),
    )
    .set(status_lists::allocated.eq(status_lists::allocated + count))
    .returning(status_lists::allocated)
    .get_result(conn)
    .optional()?;
    Ok(after.map(|a| a - count))
}

/// Stores (or with `None` clears) the signed list credential. The list is public and derived from
/// stored awards: the platform signs it when an award is revoked, or when it is first asked for.
pub fn set_document(
    conn: &mut AnyConnection,
    org_id: OrgId,
    number: i32,
    document: Option<&str>,
    at: chrono::NaiveDateTime,
) -> Result<()> {
    diesel::update(status_lists::table.find((org_id, number)))
        .set((
            status_lists::document.eq(document),
            status_lists::updated_at.eq(at),
        ))
        .execute(conn)?;
    Ok(())
}
