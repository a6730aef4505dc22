//! Private calendar addresses: one per person at most, found by the hash of its token.

use crate::models::CalendarFeedRow;
use crate::schema::calendar_feeds;
use crate::{AnyConnection, Result};
use citybadges_domain::UserId;
use diesel::prelude::*;

/// Give this person a new address, replacing (and so ending) any older one.
pub fn replace(conn: &mut AnyConnection, row: &CalendarFeedRow) -> Result<()> {
    remove(conn, row.user_id)?;
    diesel::insert_into(calendar_feeds::table)
        .values(row)
        .execute(conn)?;
    Ok(())
}

/// End this person's address; true when there was one.
pub fn remove(conn: &mut AnyConnection, user: UserId) -> Result<bool> {
    Ok(
        diesel::delete(calendar_feeds::table.filter(calendar_feeds::user_id.eq(user)))
            .execute(conn)?
            == 1,
    )
}

pub fn of_user(conn: &mut AnyConnection, user: UserId) -> Result<Option<CalendarFeedRow>> {
    Ok(calendar_feeds::table
        .find(user)
        .select(CalendarFeedRow::as_select())
        .first(conn)
        .optional()?)
}

pub fn by_hash(conn: &mut AnyConnection, hash: &str) -> Result<Option<CalendarFeedRow>> {
    Ok(calendar_feeds::table
        .filter(calendar_feeds::token_hash.eq(hash))
        .select(CalendarFeedRow::as_select())
        .first(conn)
        .optional()?)
}
