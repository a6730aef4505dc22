//! Ages from birth dates, with the date handed in (the domain has no clock).

use crate::AgeBand;
use chrono::{Datelike, NaiveDate};

/// Whole years between `birth` and `today`.
pub fn age_on(birth: NaiveDate, today: NaiveDate) -> u32 {
    let mut years = today.year() - birth.year();
    if (today.month(), today.day()) < (birth.month(), birth.day()) {
        years -= 1;
    }
    years.max(0) as u32
}

pub fn band_for_age(age: u32) -> AgeBand {
    match age {
        0..=12 => AgeBand::Under13,
        13..=15 => AgeBand::Teen13to15,
        16..=18 => AgeBand::Teen16to18,
        19..=24 => AgeBand::Young19to24,
        _ => AgeBand::Adult,
    }
}

/// Under 13 needs a guardian's consent (COPPA and similar rules).
pub fn needs_guardian_consent(age: u32) -> bool {
    age < 13
}

/// Whether an activity for ages `min..=max` fits someone aged `age`; open ends fit everyone.
pub fn range_fits(min: Option<i32>, max: Option<i32>, age: i32) -> bool {
    min.is_none_or(|m| age >= m) && max.is_none_or(|m| age <= m)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid date")
    }

    #[test]
    fn birthday_counts_on_the_day() {
        assert_eq!(age_on(d(2010, 6, 15), d(2023, 6, 14)), 12);
        assert_eq!(age_on(d(2010, 6, 15), d(2023, 6, 15)), 13);
        assert!(needs_guardian_consent(12));
        assert_eq!(band_for_age(14), AgeBand::Teen13to15);
    }

    #[test]
    fn ranges() {
        assert!(range_fits(Some(12), Some(18), 12));
        assert!(!range_fits(Some(12), Some(18), 19));
        assert!(range_fits(None, None, 5));
    }
}
