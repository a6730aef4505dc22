//! Requests for a guardian's consent to a child's account, found by the hash of their link's
//! token. A child has at most one request pending and at most one approved at a time.

use crate::models::{ConsentRow, UserRow};
use crate::schema::{guardian_consents as gc, users};
use crate::{AnyConnection, Result};
use chrono::NaiveDateTime;
use citybadges_domain::{ConsentId, ConsentStatus, UserId};
use diesel::prelude::*;

pub fn insert(conn: &mut AnyConnection, row: &ConsentRow) -> Result<()> {
    diesel::insert_into(gc::table).values(row).execute(conn)?;
    Ok(())
}

pub fn by_hash(conn: &mut AnyConnection, hash: &str) -> Result<Option<ConsentRow>> {
    Ok(gc::table
        .filter(gc::token_hash.eq(hash))
        .select(ConsentRow::as_select())
        .first(conn)
        .optional()?)
}

pub fn by_id(conn: &mut AnyConnection, id: ConsentId) -> Result<Option<ConsentRow>> {
    Ok(gc::table
        .find(id)
        .select(ConsentRow::as_select())
        .first(conn)
        .optional()?)
}

/// Move a request from `from` to `to`, only if it is still at `from` (so two answers never both
/// count); `guardian` is who answered, when someone did.
pub fn decide(
    conn: &mut AnyConnection,
    id: ConsentId,
    from: ConsentStatus,
    to: ConsentStatus,
    guardian: Option<UserId>,
    at: NaiveDateTime,
) -> Result<bool> {
    let changed = diesel::update(gc::table.find(id).filter(gc::status.eq(from)))
        .set((gc::status.eq(to), gc::decided_at.eq(Some(at))))
        .execute(conn)?;
    if changed == 1 {
        if let Some(g) = guardian {
            diesel::update(gc::table.find(id))
                .set(gc::guardian_id.eq(Some(g)))
                .execute(conn)?;
        }
    }
    Ok(changed == 1)
}

/// The child's request in this state, newest first (there is at most one pending or approved).
pub fn of_child(
    conn: &mut AnyConnection,
    child: UserId,
    status: ConsentStatus,
) -> Result<Option<ConsentRow>> {
    Ok(gc::table
        .filter(gc::child_id.eq(child).and(gc::status.eq(status)))
        .order(gc::created_at.desc())
        .select(ConsentRow::as_select())
        .first(conn)
        .optional()?)
}

/// The children this guardian approved, with their accounts.
pub fn approved_by(
    conn: &mut AnyConnection,
    guardian: UserId,
) -> Result<Vec<(ConsentRow, UserRow)>> {
    Ok(gc::table
        .inner_join(users::table)
        .filter(
            gc::guardian_id
                .eq(guardian)
                .and(gc::status.eq(ConsentStatus::Approved)),
        )
        .order(users::display_name.asc())
        .select((ConsentRow::as_select(), UserRow::as_select()))
        .load(conn)?)
}

/// Requests sent to this address that still wait for an answer and have not expired.
pub fn pending_for_email(
    conn: &mut AnyConnection,
    email: &str,
    now: NaiveDateTime,
) -> Result<Vec<(ConsentRow, UserRow)>> {
    Ok(gc::table
        .inner_join(users::table)
        .filter(
            gc::guardian_email
                .eq(email)
                .and(gc::status.eq(ConsentStatus::Pending))
                .and(gc::expires_at.gt(now)),
        )
        .order(gc::created_at.asc())
        .select((ConsentRow::as_select(), UserRow::as_select()))
        .load(conn)?)
}

/// Every request made for this child, newest first.
pub fn history_of(conn: &mut AnyConnection, child: UserId) -> Result<Vec<ConsentRow>> {
    Ok(gc::table
        .filter(gc::child_id.eq(child))
        .order(gc::created_at.desc())
        .select(ConsentRow::as_select())
        .load(conn)?)
}

/// Forget the requests written to this address (its account is being deleted).
pub fn delete_for_email(conn: &mut AnyConnection, email: &str) -> Result<usize> {
    Ok(diesel::delete(gc::table.filter(gc::guardian_email.eq(email))).execute(conn)?)
}
