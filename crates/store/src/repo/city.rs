use crate::models::{CityLevelRow, CitySettingsRow, NeighbourhoodRow, TopicRow};
use crate::schema::{city_levels, city_settings, neighbourhoods, topics};
use crate::{AnyConnection, Result};
use diesel::prelude::*;

pub fn settings(conn: &mut AnyConnection) -> Result<Option<CitySettingsRow>> {
    Ok(city_settings::table
        .select(CitySettingsRow::as_select())
        .first(conn)
        .optional()?)
}

pub fn insert_settings(conn: &mut AnyConnection, row: &CitySettingsRow) -> Result<()> {
    diesel::insert_into(city_settings::table)
        .values(row)
        .execute(conn)?;
    Ok(())
}

pub fn neighbourhoods(conn: &mut AnyConnection) -> Result<Vec<NeighbourhoodRow>> {
    Ok(neighbourhoods::table
        .select(NeighbourhoodRow::as_select())
        .order(neighbourhoods::name)
        .load(conn)?)
}

pub fn insert_neighbourhoods(conn: &mut AnyConnection, rows: &[NeighbourhoodRow]) -> Result<()> {
    crate::on_backend!(conn, |c| diesel::insert_into(neighbourhoods::table)
        .values(rows)
        .execute(c))?;
    Ok(())
}

pub fn topics(conn: &mut AnyConnection) -> Result<Vec<TopicRow>> {
    Ok(topics::table
        .select(TopicRow::as_select())
        .order(topics::position)
        .load(conn)?)
}

pub fn insert_topics(conn: &mut AnyConnection, rows: &[TopicRow]) -> Result<()> {
    crate::on_backend!(conn, |c| diesel::insert_into(topics::table)
        .values(rows)
        .execute(c))?;
    Ok(())
}

pub fn levels(conn: &mut AnyConnection) -> Result<Vec<CityLevelRow>> {
    Ok(city_levels::table
        .select(CityLevelRow::as_select())
        .order(city_levels::rank)
        .load(conn)?)
}

pub fn insert_levels(conn: &mut AnyConnection, rows: &[CityLevelRow]) -> Result<()> {
    crate::on_backend!(conn, |c| diesel::insert_into(city_levels::table)
        .values(rows)
        .execute(c))?;
    Ok(())
}
