//! The transactional outbox: rows written with the change, delivered later with retries.

use crate::models::OutboxRow;
use crate::schema::outbox;
use crate::{AnyConnection, Result};
use chrono::NaiveDateTime;
use diesel::prelude::*;

pub fn insert(conn: &mut AnyConnection, row: &OutboxRow) -> Result<()> {
    diesel::insert_into(outbox::table)
        .values(row)
        .execute(conn)?;
    Ok(())
}

pub fn insert_many(conn: &mut AnyConnection, rows: &[OutboxRow]) -> Result<()> {
    for chunk in rows.chunks(1000) {
        crate::on_backend!(conn, |c| diesel::insert_into(outbox::table)
            .values(chunk)
            .execute(c))?;
    }
    Ok(())
}

/// Undelivered rows whose time has come, oldest first.
pub fn due(conn: &mut AnyConnection, now: NaiveDateTime, limit: i64) -> Result<Vec<OutboxRow>> {
    Ok(outbox::table
        .filter(outbox::delivered_at.is_null())
        .filter(outbox::next_attempt_at.le(now))
        .select(OutboxRow::as_select())
        .order(outbox::created_at)
        .limit(limit)
        .load(conn)?)
}

pub fn mark_delivered(conn: &mut AnyConnection, id: &str, at: NaiveDateTime) -> Result<()> {
    diesel::update(outbox::table.find(id))
        .set(outbox::delivered_at.eq(Some(at)))
        .execute(conn)?;
    Ok(())
}

pub fn mark_failed(
    conn: &mut AnyConnection,
    id: &str,
    attempts: i32,
    next: NaiveDateTime,
    error: &str,
) -> Result<()> {
    diesel::update(outbox::table.find(id))
        .set((
            outbox::attempts.eq(attempts),
            outbox::next_attempt_at.eq(next),
            outbox::last_error.eq(Some(error)),
        ))
        .execute(conn)?;
    Ok(())
}

pub fn pending_count(conn: &mut AnyConnection) -> Result<i64> {
    Ok(outbox::table
        .filter(outbox::delivered_at.is_null())
        .count()
        .get_result(conn)?)
}

/// Take a due row for delivery: pushes its next attempt out by `lease` so no other worker (on this
/// node or another) picks it up meanwhile. False when someone else took it first.
pub fn claim(
    conn: &mut AnyConnection,
    row: &OutboxRow,
    lease_until: NaiveDateTime,
) -> Result<bool> {
    let n = diesel::update(
        outbox::table
            .filter(outbox::id.eq(&row.id))
            .filter(outbox::next_attempt_at.eq(row.next_attempt_at))
            .filter(outbox::delivered_at.is_null()),
    )
    .set(outbox::next_attempt_at.eq(lease_until))
    .execute(conn)?;
    Ok(n == 1)
}
