//! Enrollments: youth in sessions of activities, with the waitlist. Each function reads or changes
//! one person's own rows (the use case passes the signed-in person's id), or serves the platform's
//! own work (reminders).

use crate::models::{ActivityRow, ActivitySessionRow, EnrollmentRow, OrganizationRow};
use crate::schema::{activities, activity_sessions, enrollments, organizations};
use crate::{AnyConnection, Result};
use chrono::NaiveDateTime;
use citybadges_domain::{ActivityId, EnrollmentId, EnrollmentStatus, SessionId, UserId};
use diesel::prelude::*;

pub fn insert_many(conn: &mut AnyConnection, rows: &[EnrollmentRow]) -> Result<()> {
    for chunk in rows.chunks(2000) {
        crate::on_backend!(conn, |c| diesel::insert_into(enrollments::table)
            .values(chunk)
            .execute(c))?;
    }
    Ok(())
}

pub fn count(conn: &mut AnyConnection) -> Result<i64> {
    Ok(enrollments::table.count().get_result(conn)?)
}

/// Places taken (enrolled or completed) per activity.
pub fn taken_for(conn: &mut AnyConnection, ids: &[ActivityId]) -> Result<Vec<(ActivityId, i64)>> {
    use diesel::dsl::count_star;
    Ok(enrollments::table
        .filter(enrollments::activity_id.eq_any(ids))
        .filter(
            enrollments::status.eq_any([EnrollmentStatus::Enrolled, EnrollmentStatus::Completed]),
        )
        .group_by(enrollments::activity_id)
        .select((enrollments::activity_id, count_star()))
        .load(conn)?)
}

/// One enrollment in a session, with that session, its activity and the organization.
pub type ScheduleRow = (
    EnrollmentRow,
    Option<ActivitySessionRow>,
    ActivityRow,
    OrganizationRow,
);

pub fn insert(conn: &mut AnyConnection, row: &EnrollmentRow) -> Result<()> {
    diesel::insert_into(enrollments::table)
        .values(row)
        .execute(conn)?;
    Ok(())
}

/// This person's enrollment in this session, whatever its status.
pub fn of_user_in_session(
    conn: &mut AnyConnection,
    user: UserId,
    session: SessionId,
) -> Result<Option<EnrollmentRow>> {
    Ok(enrollments::table
        .filter(enrollments::user_id.eq(user))
        .filter(enrollments::session_id.eq(session))
        .select(EnrollmentRow::as_select())
        .first(conn)
        .optional()?)
}

/// One of this person's enrollments (`None` for anyone else's).
pub fn of_user(
    conn: &mut AnyConnection,
    user: UserId,
    id: EnrollmentId,
) -> Result<Option<EnrollmentRow>> {
    Ok(enrollments::table
        .filter(enrollments::id.eq(id))
        .filter(enrollments::user_id.eq(user))
        .select(EnrollmentRow::as_select())
        .first(conn)
        .optional()?)
}

/// Move an enrollment from one status to another; false when it was no longer in `from` (another
/// request moved it first).
pub fn change_status(
    conn: &mut AnyConnection,
    id: EnrollmentId,
    from: EnrollmentStatus,
    to: EnrollmentStatus,
    now: NaiveDateTime,
) -> Result<bool> {
    let n = diesel::update(
        enrollments::table
            .filter(enrollments::id.eq(id))
            .filter(enrollments::status.eq(from)),
    )
    .set((enrollments::status.eq(to), enrollments::updated_at.eq(now)))
    .execute(conn)?;
    Ok(n == 1)
}

/// A cancelled enrollment taken up again, as new: it joins the end of any waitlist.
pub fn renew(
    conn: &mut AnyConnection,
    id: EnrollmentId,
    to: EnrollmentStatus,
    now: NaiveDateTime,
) -> Result<bool> {
    let n = diesel::update(
        enrollments::table
            .filter(enrollments::id.eq(id))
            .filter(enrollments::status.eq(EnrollmentStatus::Cancelled)),
    )
    .set((
        enrollments::status.eq(to),
        enrollments::created_at.eq(now),
        enrollments::updated_at.eq(now),
        enrollments::reminded_at.eq(None::<NaiveDateTime>),
    ))
    .execute(conn)?;
    Ok(n == 1)
}

fn waitlist(
    session: SessionId,
) -> diesel::dsl::Filter<
    diesel::dsl::Filter<enrollments::table, diesel::dsl::Eq<enrollments::session_id, SessionId>>,
    diesel::dsl::Eq<enrollments::status, EnrollmentStatus>,
> {
    enrollments::table
        .filter(enrollments::session_id.eq(session))
        .filter(enrollments::status.eq(EnrollmentStatus::Waitlisted))
}

/// The first in line for a place in this session.
pub fn first_waitlisted(
    conn: &mut AnyConnection,
    session: SessionId,
) -> Result<Option<EnrollmentRow>> {
    Ok(waitlist(session)
        .order((enrollments::created_at, enrollments::id))
        .select(EnrollmentRow::as_select())
        .first(conn)
        .optional()?)
}

/// How many wait for a place in this session.
pub fn waitlist_len(conn: &mut AnyConnection, session: SessionId) -> Result<i64> {
    Ok(waitlist(session).count().get_result(conn)?)
}

/// Where this waitlisted enrollment stands in its line (1 = next).
pub fn waitlist_position(conn: &mut AnyConnection, e: &EnrollmentRow) -> Result<i64> {
    let Some(session) = e.session_id else {
        return Ok(0);
    };
    let ahead: i64 = waitlist(session)
        .filter(
            enrollments::created_at
                .lt(e.created_at)
                .or(enrollments::created_at
                    .eq(e.created_at)
                    .and(enrollments::id.lt(e.id))),
        )
        .count()
        .get_result(conn)?;
    Ok(ahead + 1)
}

/// Everything this person enrolled in, soonest session first (enrollments from before sessions
/// were chosen last), at most `limit`.
pub fn schedule_of(conn: &mut AnyConnection, user: UserId, limit: i64) -> Result<Vec<ScheduleRow>> {
    Ok(enrollments::table
        .left_join(activity_sessions::table)
        .inner_join(activities::table.inner_join(organizations::table))
        .filter(enrollments::user_id.eq(user))
        .order((
            activity_sessions::starts_at.is_null(),
            activity_sessions::starts_at,
            enrollments::created_at.desc(),
        ))
        .limit(limit)
        .select((
            EnrollmentRow::as_select(),
            Option::<ActivitySessionRow>::as_select(),
            ActivityRow::as_select(),
            OrganizationRow::as_select(),
        ))
        .load(conn)?)
}

/// Enrollments whose session starts in `[from, to)` and whose reminder was not queued yet.
pub fn due_reminders(
    conn: &mut AnyConnection,
    from: NaiveDateTime,
    to: NaiveDateTime,
    limit: i64,
) -> Result<Vec<EnrollmentId>> {
    Ok(enrollments::table
        .inner_join(activity_sessions::table)
        .filter(enrollments::status.eq(EnrollmentStatus::Enrolled))
        .filter(enrollments::reminded_at.is_null())
        .filter(activity_sessions::starts_at.ge(from))
        .filter(activity_sessions::starts_at.lt(to))
        .order(activity_sessions::starts_at)
        .limit(limit)
        .select(enrollments::id)
        .load(conn)?)
}

/// Mark the reminder queued; false when another node did it first.
pub fn mark_reminded(
    conn: &mut AnyConnection,
    id: EnrollmentId,
    now: NaiveDateTime,
) -> Result<bool> {
    let n = diesel::update(
        enrollments::table
            .filter(enrollments::id.eq(id))
            .filter(enrollments::reminded_at.is_null()),
    )
    .set(enrollments::reminded_at.eq(now))
    .execute(conn)?;
    Ok(n == 1)
}

/// One enrollment with its session, activity and organization (for the mail about it).
pub fn with_session(conn: &mut AnyConnection, id: EnrollmentId) -> Result<Option<ScheduleRow>> {
    Ok(enrollments::table
        .left_join(activity_sessions::table)
        .inner_join(activities::table.inner_join(organizations::table))
        .filter(enrollments::id.eq(id))
        .select((
            EnrollmentRow::as_select(),
            Option::<ActivitySessionRow>::as_select(),
            ActivityRow::as_select(),
            OrganizationRow::as_select(),
        ))
        .first(conn)
        .optional()?)
}

/// How many wait, per session of these that has a waitlist.
pub fn waitlist_counts(
    conn: &mut AnyConnection,
    sessions: &[SessionId],
) -> Result<Vec<(SessionId, i64)>> {
    use diesel::dsl::count_star;
    Ok(enrollments::table
        .filter(enrollments::session_id.eq_any(sessions))
        .filter(enrollments::status.eq(EnrollmentStatus::Waitlisted))
        .group_by(enrollments::session_id)
        .select((enrollments::session_id.assume_not_null(), count_star()))
        .load(conn)?)
}

/// This person's enrollments (enrolled or waitlisted) in any of these sessions.
pub fn live_of_user_in(
    conn: &mut AnyConnection,
    user: UserId,
    sessions: &[SessionId],
) -> Result<Vec<EnrollmentRow>> {
    Ok(enrollments::table
        .filter(enrollments::user_id.eq(user))
        .filter(enrollments::session_id.eq_any(sessions))
        .filter(
            enrollments::status.eq_any([EnrollmentStatus::Enrolled, EnrollmentStatus::Waitlisted]),
        )
        .select(EnrollmentRow::as_select())
        .load(conn)?)
}
