//! The mail lists an address left, by the address's hash.

use crate::schema::mail_opt_outs as m;
use crate::{AnyConnection, Result};
use chrono::NaiveDateTime;
use citybadges_domain::MailList;
use diesel::prelude::*;

/// The lists this address left.
pub fn left_by(conn: &mut AnyConnection, address_hash: &str) -> Result<Vec<MailList>> {
    Ok(m::table
        .filter(m::address_hash.eq(address_hash))
        .select(m::list)
        .load(conn)?)
}

/// Whether this address left `list`.
pub fn has_left(conn: &mut AnyConnection, address_hash: &str, list: MailList) -> Result<bool> {
    Ok(diesel::select(diesel::dsl::exists(
        m::table
            .filter(m::address_hash.eq(address_hash))
            .filter(m::list.eq(list)),
    ))
    .get_result(conn)?)
}

/// Leave `list` (again: nothing changes) or join it back.
pub fn set(
    conn: &mut AnyConnection,
    address_hash: &str,
    list: MailList,
    leave: bool,
    now: NaiveDateTime,
) -> Result<()> {
    let row = m::table
        .filter(m::address_hash.eq(address_hash))
        .filter(m::list.eq(list));
    if !leave {
        diesel::delete(row).execute(conn)?;
    } else {
        // Two clicks at once leave once.
        let values = (
            m::address_hash.eq(address_hash),
            m::list.eq(list),
            m::created_at.eq(now),
        );
        crate::on_backend!(conn, |c| diesel::insert_into(m::table)
            .values(values)
            .on_conflict_do_nothing()
            .execute(c))?;
    }
    Ok(())
}
