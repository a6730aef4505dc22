use crate::models::UserRow;
use crate::schema::users;
use crate::{AnyConnection, Result};
use chrono::NaiveDateTime;
use citybadges_domain::UserId;
use diesel::prelude::*;

pub fn insert(conn: &mut AnyConnection, row: &UserRow) -> Result<()> {
    diesel::insert_into(users::table)
        .values(row)
        .execute(conn)?;
    Ok(())
}

pub fn insert_many(conn: &mut AnyConnection, rows: &[UserRow]) -> Result<()> {
    for chunk in rows.chunks(1000) {
        crate::on_backend!(conn, |c| diesel::insert_into(users::table)
            .values(chunk)
            .execute(c))?;
    }
    Ok(())
}

pub fn by_email(conn: &mut AnyConnection, email: &str) -> Result<Option<UserRow>> {
    Ok(users::table
        .filter(users::email.eq(email))
        .select(UserRow::as_select())
        .first(conn)
        .optional()?)
}

pub fn by_id(conn: &mut AnyConnection, id: UserId) -> Result<Option<UserRow>> {
    Ok(users::table
        .find(id)
        .select(UserRow::as_select())
        .first(conn)
        .optional()?)
}

/// Accounts with these (normalized) emails.
pub fn by_emails(conn: &mut AnyConnection, emails: &[String]) -> Result<Vec<UserRow>> {
    let mut found = Vec::new();
    for chunk in emails.chunks(1000) {
        found.extend(
            users::table
                .filter(users::email.eq_any(chunk))
                .select(UserRow::as_select())
                .load(conn)?,
        );
    }
    Ok(found)
}

/// Accounts with these ids.
pub fn by_ids(conn: &mut AnyConnection, ids: &[UserId]) -> Result<Vec<UserRow>> {
    let mut found = Vec::new();
    for chunk in ids.chunks(1000) {
        found.extend(
            users::table
                .filter(users::id.eq_any(chunk))
                .select(UserRow::as_select())
                .load(conn)?,
        );
    }
    Ok(found)
}

pub fn username_taken(conn: &mut AnyConnection, username: &str) -> Result<bool> {
    Ok(diesel::select(diesel::dsl::exists(
        users::table.filter(users::username.eq(username)),
    ))
    .get_result(conn)?)
}

pub fn set_password(
    conn: &mut AnyConnection,
    id: UserId,
    hash: &str,
    at: NaiveDateTime,
) -> Result<usize> {
    Ok(diesel::update(users::table.find(id))
        .set((users::password_hash.eq(hash), users::updated_at.eq(at)))
        .execute(conn)?)
}

pub fn set_locale(
    conn: &mut AnyConnection,
    id: UserId,
    locale: citybadges_i18n::Locale,
    at: NaiveDateTime,
) -> Result<usize> {
    Ok(diesel::update(users::table.find(id))
        .set((users::locale.eq(locale), users::updated_at.eq(at)))
        .execute(conn)?)
}

pub fn mark_email_verified(
    conn: &mut AnyConnection,
    id: UserId,
    at: NaiveDateTime,
) -> Result<usize> {
    Ok(diesel::update(users::table.find(id))
        .set((
            users::email_verified_at.eq(Some(at)),
            users::updated_at.eq(at),
        ))
        .execute(conn)?)
}

/// Set or clear the child's consent on their account.
pub fn set_guardian_consent(
    conn: &mut AnyConnection,
    child: UserId,
    at: Option<NaiveDateTime>,
    now: NaiveDateTime,
) -> Result<usize> {
    Ok(diesel::update(users::table.find(child))
        .set((users::guardian_consent_at.eq(at), users::updated_at.eq(now)))
        .execute(conn)?)
}

/// Delete the account's row: its memberships, enrollments, tokens, calendar feed and consent
/// requests go with it (the schema cascades); awards keep their credential with no recipient.
pub fn delete(conn: &mut AnyConnection, id: UserId) -> Result<usize> {
    Ok(diesel::delete(users::table.find(id)).execute(conn)?)
}

/// Show or hide the account's public page of badges.
pub fn set_profile_public(
    conn: &mut AnyConnection,
    id: UserId,
    public: bool,
    now: NaiveDateTime,
) -> Result<usize> {
    Ok(diesel::update(users::table.find(id))
        .set((users::profile_public.eq(public), users::updated_at.eq(now)))
        .execute(conn)?)
}

/// The account with this public handle, if its owner made its page public and it is active.
pub fn public_by_username(conn: &mut AnyConnection, username: &str) -> Result<Option<UserRow>> {
    Ok(users::table
        .filter(users::username.eq(username))
        .filter(users::profile_public.eq(true))
        .filter(users::disabled_at.is_null())
        .select(UserRow::as_select())
        .first(conn)
        .optional()?)
}
