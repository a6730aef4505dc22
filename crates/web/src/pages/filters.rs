//! Formatting for people, as askama filters every template shares: `{{ a.cost_cents|money }}`,
//! `{{ s.starts_at|when(layout.tz) }}`. A page module brings them in with `use super::filters;`.

use super::Val;
use askama::Values;
use chrono::{DateTime, Utc};

/// A time in the city's zone, as people read it: "Sat 14 Mar, 4:00 PM".
pub fn when(
    t: impl Val<DateTime<Utc>>,
    _: &dyn Values,
    tz: impl Val<chrono_tz::Tz>,
) -> askama::Result<String> {
    Ok(t.val()
        .with_timezone(&tz.val())
        .format("%a %-d %b, %-I:%M %p")
        .to_string())
}

/// A price: "Free", or "$12.50".
pub fn money(cents: impl Val<i32>, _: &dyn Values) -> askama::Result<String> {
    let cents = cents.val();
    Ok(if cents == 0 {
        "Free".into()
    } else {
        format!("${}.{:02}", cents / 100, cents % 100)
    })
}

/// Places left in a session.
pub fn places(n: impl Val<i64>, _: &dyn Values) -> askama::Result<String> {
    Ok(match n.val() {
        0 => "Full".into(),
        1 => "1 place left".into(),
        n => format!("{n} places left"),
    })
}

/// An age range: `{{ a.age_min|ages(a.age_max) }}`.
pub fn ages(
    min: impl Val<Option<i32>>,
    _: &dyn Values,
    max: impl Val<Option<i32>>,
) -> askama::Result<String> {
    Ok(match (min.val(), max.val()) {
        (Some(a), Some(b)) => format!("Ages {a}–{b}"),
        (Some(a), None) => format!("Ages {a}+"),
        (None, Some(b)) => format!("Up to age {b}"),
        (None, None) => "All ages".into(),
    })
}

/// A stored word for people: "org_admin" -> "org admin".
pub fn words(s: impl std::fmt::Display, _: &dyn Values) -> askama::Result<String> {
    Ok(s.to_string().replace('_', " "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use askama::NO_VALUES;

    #[test]
    fn people_read_prices_ages_places_and_times() {
        assert_eq!(money(0, NO_VALUES).ok().as_deref(), Some("Free"));
        assert_eq!(money(1250, NO_VALUES).ok().as_deref(), Some("$12.50"));
        assert_eq!(
            ages(Some(8), NO_VALUES, Some(12)).ok().as_deref(),
            Some("Ages 8–12")
        );
        assert_eq!(
            ages(None, NO_VALUES, None).ok().as_deref(),
            Some("All ages")
        );
        assert_eq!(
            places(1i64, NO_VALUES).ok().as_deref(),
            Some("1 place left")
        );
        assert_eq!(
            words("org_admin", NO_VALUES).ok().as_deref(),
            Some("org admin")
        );
        let t = DateTime::parse_from_rfc3339("2026-03-14T21:00:00Z")
            .expect("a time")
            .with_timezone(&Utc);
        assert_eq!(
            when(t, NO_VALUES, chrono_tz::America::Chicago)
                .ok()
                .as_deref(),
            Some("Sat 14 Mar, 4:00 PM")
        );
    }
}
