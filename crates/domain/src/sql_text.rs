//! What ids and vocabularies share as diesel `Text`: reading one back checks it.

use diesel::backend::Backend;
use diesel::deserialize::{FromSql, Result};
use diesel::sql_types::Text;

/// Stored text parsed as `T`; text that does not parse is a deserialization error, not a panic.
pub fn parse<T, DB>(bytes: DB::RawValue<'_>) -> Result<T>
where
    DB: Backend,
    String: FromSql<Text, DB>,
    T: std::str::FromStr,
    T::Err: std::error::Error + Send + Sync + 'static,
{
    let text = <String as FromSql<Text, DB>>::from_sql(bytes)?;
    Ok(text.parse::<T>()?)
}
