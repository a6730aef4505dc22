use crate::models::EnrollmentRow;
use crate::schema::enrollments;
use crate::{AnyConnection, Result};
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
