//! Per-issuer revocation status lists: index allocation and the cached signed document.

use crate::models::StatusListRow;
use crate::schema::status_lists;
use crate::{AnyConnection, Result};
use diesel::prelude::*;

/// The newest list of an organization.
pub fn latest(conn: &mut AnyConnection, org_id: &str) -> Result<Option<StatusListRow>> {
    Ok(status_lists::table
        .filter(status_lists::organization_id.eq(org_id))
        .order(status_lists::list_number.desc())
        .select(StatusListRow::as_select())
        .first(conn)
        .optional()?)
}

pub fn get(conn: &mut AnyConnection, org_id: &str, number: i32) -> Result<Option<StatusListRow>> {
    Ok(status_lists::table
        .find((org_id, number))
        .select(StatusListRow::as_select())
        .first(conn)
        .optional()?)
}

/// Creates a list; false when another writer created it first.
pub fn create(conn: &mut AnyConnection, row: &StatusListRow) -> Result<bool> {
    let inserted = crate::on_backend!(conn, |c| diesel::insert_into(status_lists::table)
        .values(row)
        .on_conflict_do_nothing()
        .execute(c))?;
    Ok(inserted == 1)
}

/// Reserves `count` more indexes of a list if they fit under `capacity`, atomically; returns the
/// first reserved position, or `None` when the list is too full.
pub fn reserve(
    conn: &mut AnyConnection,
    org_id: &str,
    number: i32,
    count: i32,
    capacity: i32,
) -> Result<Option<i32>> {
    let after: Option<i32> = diesel::update(
        status_lists::table
            .filter(status_lists::organization_id.eq(org_id))
            .filter(status_lists::list_number.eq(number))
            .filter(status_lists::allocated.le(capacity - count)),
    )
    .set(status_lists::allocated.eq(status_lists::allocated + count))
    .returning(status_lists::allocated)
    .get_result(conn)
    .optional()?;
    Ok(after.map(|a| a - count))
}

/// Stores (or with `None` clears) the signed list credential.
pub fn set_document(
    conn: &mut AnyConnection,
    org_id: &str,
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
