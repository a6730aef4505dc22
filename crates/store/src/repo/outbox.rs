//! The transactional outbox: rows written with the change, delivered later with retries.

use crate::models::OutboxRow;
use crate::schema::outbox;
use crate::{AnyConnection, Result};
use chrono::NaiveDateTime;
use citybadges_domain::{OutboxId, OutboxTopic};
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

/// Undelivered rows whose time has come, oldest first; `except` names a topic that is not
/// delivered by leases (each node follows it itself, see [`since`]).
pub fn due(
    conn: &mut AnyConnection,
    now: NaiveDateTime,
    limit: i64,
    except: Option<OutboxTopic>,
) -> Result<Vec<OutboxRow>> {
    let mut query = outbox::table
        .filter(outbox::delivered_at.is_null())
        .filter(outbox::next_attempt_at.le(now))
        .select(OutboxRow::as_select())
        .order(outbox::created_at)
        .limit(limit)
        .into_boxed();
    if let Some(topic) = except {
        query = query.filter(outbox::topic.ne(topic));
    }
    Ok(query.load(conn)?)
}

/// Rows of `topic` created after `(created_at, id)`, in that order: a change stream that every
/// node reads from its own position, delivered or not.
pub fn since(
    conn: &mut AnyConnection,
    topic: OutboxTopic,
    after: (NaiveDateTime, OutboxId),
    limit: i64,
) -> Result<Vec<OutboxRow>> {
    let (at, id) = after;
    Ok(outbox::table
        .filter(outbox::topic.eq(topic))
        .filter(
            outbox::created_at
                .gt(at)
                .or(outbox::created_at.eq(at).and(outbox::id.gt(id))),
        )
        .select(OutboxRow::as_select())
        .order((outbox::created_at, outbox::id))
        .limit(limit)
        .load(conn)?)
}

/// Mark rows delivered once someone has (bookkeeping: readiness counts undelivered rows).
pub fn mark_delivered_many(
    conn: &mut AnyConnection,
    ids: &[OutboxId],
    at: NaiveDateTime,
) -> Result<()> {
    diesel::update(
        outbox::table
            .filter(outbox::id.eq_any(ids))
            .filter(outbox::delivered_at.is_null()),
    )
    .set(outbox::delivered_at.eq(Some(at)))
    .execute(conn)?;
    Ok(())
}

/// Forget rows of `topic` created before `before`; returns how many.
pub fn purge(conn: &mut AnyConnection, topic: OutboxTopic, before: NaiveDateTime) -> Result<usize> {
    Ok(diesel::delete(
        outbox::table
            .filter(outbox::topic.eq(topic))
            .filter(outbox::created_at.lt(before)),
    )
    .execute(conn)?)
}

pub fn mark_delivered(conn: &mut AnyConnection, id: OutboxId, at: NaiveDateTime) -> Result<()> {
    diesel::update(outbox::table.find(id))
        .set(outbox::delivered_at.eq(Some(at)))
        .execute(conn)?;
    Ok(())
}

pub fn mark_failed(
    conn: &mut AnyConnection,
    id: OutboxId,
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
            .filter(outbox::id.eq(row.id))
            .filter(outbox::next_attempt_at.eq(row.next_attempt_at))
            .filter(outbox::delivered_at.is_null()),
    )
    .set(outbox::next_attempt_at.eq(lease_until))
    .execute(conn)?;
    Ok(n == 1)
}

/// Mail rows that may be to this address (their payload mentions it), for the caller to check
/// exactly: `LIKE` treats `_` and `%` in an address as wildcards, so this finds a superset.
pub fn mail_mentioning(conn: &mut AnyConnection, email: &str) -> Result<Vec<OutboxRow>> {
    Ok(outbox::table
        .filter(outbox::topic.eq(OutboxTopic::Mail))
        .filter(outbox::payload.like(format!("%{email}%")))
        .select(OutboxRow::as_select())
        .load(conn)?)
}

pub fn delete_ids(conn: &mut AnyConnection, ids: &[OutboxId]) -> Result<usize> {
    Ok(diesel::delete(outbox::table.filter(outbox::id.eq_any(ids))).execute(conn)?)
}
