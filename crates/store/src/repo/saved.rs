//! Activities a person saved for later.

use crate::models::{ActivityRow, OrganizationRow};
use crate::schema::{activities, organizations, saved_activities as saved};
use crate::{AnyConnection, Result};
use chrono::NaiveDateTime;
use citybadges_domain::{ActivityId, OrgStatus, PublicationStatus, UserId};
use diesel::prelude::*;

/// Save it (again: nothing changes).
pub fn save(
    conn: &mut AnyConnection,
    user: UserId,
    activity: ActivityId,
    now: NaiveDateTime,
) -> Result<()> {
    let values = (
        saved::user_id.eq(user),
        saved::activity_id.eq(activity),
        saved::created_at.eq(now),
    );
    crate::on_backend!(conn, |c| diesel::insert_into(saved::table)
        .values(values)
        .on_conflict_do_nothing()
        .execute(c))?;
    Ok(())
}

/// Forget it; false when it was not saved.
pub fn remove(conn: &mut AnyConnection, user: UserId, activity: ActivityId) -> Result<bool> {
    Ok(diesel::delete(
        saved::table
            .filter(saved::user_id.eq(user))
            .filter(saved::activity_id.eq(activity)),
    )
    .execute(conn)?
        == 1)
}

pub fn is_saved(conn: &mut AnyConnection, user: UserId, activity: ActivityId) -> Result<bool> {
    Ok(diesel::select(diesel::dsl::exists(
        saved::table
            .filter(saved::user_id.eq(user))
            .filter(saved::activity_id.eq(activity)),
    ))
    .get_result(conn)?)
}

/// The person's saved activities still public (published, by an active organization), newest saved first, at most `limit`.
pub fn of_user(
    conn: &mut AnyConnection,
    user: UserId,
    limit: i64,
) -> Result<Vec<(ActivityRow, OrganizationRow)>> {
    Ok(saved::table
        .inner_join(activities::table.inner_join(organizations::table))
        .filter(saved::user_id.eq(user))
        .filter(activities::status.eq(PublicationStatus::Published))
        .filter(organizations::status.eq(OrgStatus::Active))
        .order(saved::created_at.desc())
        .limit(limit)
        .select((ActivityRow::as_select(), OrganizationRow::as_select()))
        .load(conn)?)
}
