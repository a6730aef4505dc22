use crate::models::EmailTokenRow;
use crate::schema::email_tokens;
use crate::{AnyConnection, Result};
use chrono::NaiveDateTime;
use citybadges_domain::{TokenPurpose, UserId};
use diesel::prelude::*;

pub fn insert(conn: &mut AnyConnection, row: &EmailTokenRow) -> Result<()> {
    diesel::insert_into(email_tokens::table)
        .values(row)
        .execute(conn)?;
    Ok(())
}

/// Use a token once: returns its row when it exists, has this purpose, is unused and unexpired.
pub fn consume(
    conn: &mut AnyConnection,
    hash: &str,
    purpose: TokenPurpose,
    now: NaiveDateTime,
) -> Result<Option<EmailTokenRow>> {
    let row = email_tokens::table
        .filter(email_tokens::token_hash.eq(hash))
        .filter(email_tokens::purpose.eq(purpose))
        .filter(email_tokens::used_at.is_null())
        .filter(email_tokens::expires_at.gt(now))
        .select(EmailTokenRow::as_select())
        .first(conn)
        .optional()?;
    if let Some(r) = &row {
        // The used_at guard makes a concurrent second use update nothing.
        let n = diesel::update(
            email_tokens::table
                .find(r.id)
                .filter(email_tokens::used_at.is_null()),
        )
        .set(email_tokens::used_at.eq(Some(now)))
        .execute(conn)?;
        if n == 0 {
            return Ok(None);
        }
    }
    Ok(row)
}

/// Mark every unused token of this kind of one account as used (a reset voids the others).
pub fn void_all(
    conn: &mut AnyConnection,
    user_id: UserId,
    purpose: TokenPurpose,
    now: NaiveDateTime,
) -> Result<usize> {
    Ok(diesel::update(
        email_tokens::table
            .filter(email_tokens::user_id.eq(user_id))
            .filter(email_tokens::purpose.eq(purpose))
            .filter(email_tokens::used_at.is_null()),
    )
    .set(email_tokens::used_at.eq(Some(now)))
    .execute(conn)?)
}
