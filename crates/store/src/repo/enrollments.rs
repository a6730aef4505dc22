use crate::models::EnrollmentRow;
use crate::schema::enrollments;
use crate::{AnyConnection, Result};
use citybadges_domain::{ActivityId, EnrollmentStatus};
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
