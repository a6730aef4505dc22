//! Words and formats for people, as askama filters every template shares, each in the language
//! of the page being rendered (read from askama's values, which `pages::render` fills):
//! `{{ "nav-activities"|t }}`, `{{ "results-count"|tn("count", n) }}`,
//! `{{ a.cost_cents|money }}`, `{{ s.starts_at|when(layout.tz) }}`, `{{ o.kind|label("organization-kind") }}`.
//! A page module brings them in with `use super::filters;`.

use super::{Reading, Val, READING};
use askama::Values;
use chrono::{DateTime, Utc};
use citybadges_i18n::{Arg, Locale};

/// The page's language and currency (English and dollars when rendered without values, as in
/// unit tests).
fn reading(values: &dyn Values) -> (Locale, &str) {
    askama::get_value::<Reading>(values, READING)
        .map(|r| (r.locale, r.currency.as_str()))
        .unwrap_or((Locale::En, "USD"))
}

/// A message: `{{ "nav-activities"|t }}`.
pub fn t(id: impl AsRef<str>, values: &dyn Values) -> askama::Result<String> {
    Ok(citybadges_i18n::text(reading(values).0, id.as_ref()))
}

/// Any count a template holds (`u64` totals, `usize` pages, `i32` capacities), however many
/// references wrap it.
pub trait Count {
    fn count(&self) -> i64;
}

macro_rules! counts {
    ($($t:ty),*) => {$(
        impl Count for $t {
            fn count(&self) -> i64 {
                i64::try_from(*self).unwrap_or(i64::MAX)
            }
        }
    )*};
}
counts!(i32, i64, u32, u64, usize);

impl<T: Count + ?Sized> Count for &T {
    fn count(&self) -> i64 {
        (**self).count()
    }
}

/// A message with one number, which also picks the plural: `{{ "places-left"|tn("count", 3) }}`.
pub fn tn(
    id: impl AsRef<str>,
    values: &dyn Values,
    name: impl AsRef<str>,
    n: impl Count,
) -> askama::Result<String> {
    Ok(citybadges_i18n::text_with(
        reading(values).0,
        id.as_ref(),
        &[(name.as_ref(), Arg::Number(n.count()))],
    ))
}

/// A message with one text: `{{ "home-heading"|ts("city", layout.city) }}`.
pub fn ts(
    id: impl AsRef<str>,
    values: &dyn Values,
    name: impl AsRef<str>,
    text: impl std::fmt::Display,
) -> askama::Result<String> {
    Ok(citybadges_i18n::text_with(
        reading(values).0,
        id.as_ref(),
        &[(name.as_ref(), Arg::Text(text.to_string()))],
    ))
}

/// A stored vocabulary value as people read it: `{{ v.format|label("format") }}` (the
/// vocabulary's name as in `vocabulary.ftl`).
pub fn label(
    value: impl std::fmt::Display,
    values: &dyn Values,
    vocabulary: impl AsRef<str>,
) -> askama::Result<String> {
    let value = value.to_string();
    let id = format!("{}-{value}", vocabulary.as_ref());
    let shown = citybadges_i18n::text(reading(values).0, &id);
    // A value outside the vocabulary (an old search document, say) reads as its words.
    Ok(if shown == id {
        value.replace('_', " ")
    } else {
        shown
    })
}

/// A time in the city's zone, as people read it: "Sat 14 Mar, 4:00 PM".
pub fn when(
    t: impl Val<DateTime<Utc>>,
    values: &dyn Values,
    tz: impl Val<chrono_tz::Tz>,
) -> askama::Result<String> {
    Ok(citybadges_i18n::when(reading(values).0, t.val(), tz.val()))
}

/// A price in the city's currency: "Free", or "$12.50".
pub fn money(cents: impl Val<i32>, values: &dyn Values) -> askama::Result<String> {
    let (locale, currency) = reading(values);
    Ok(citybadges_i18n::money(
        locale,
        i64::from(cents.val()),
        currency,
    ))
}

/// A count with the language's digit grouping: "12,345".
pub fn number(n: impl Count, values: &dyn Values) -> askama::Result<String> {
    Ok(citybadges_i18n::number(reading(values).0, n.count()))
}

/// Places left in a session.
pub fn places(n: impl Count, values: &dyn Values) -> askama::Result<String> {
    tn("places-left", values, "count", n.count())
}

/// An age range: `{{ a.age_min|ages(a.age_max) }}`.
pub fn ages(
    min: impl Val<Option<i32>>,
    values: &dyn Values,
    max: impl Val<Option<i32>>,
) -> askama::Result<String> {
    let locale = reading(values).0;
    let n = |v: i32| Arg::Number(i64::from(v));
    Ok(match (min.val(), max.val()) {
        (Some(a), Some(b)) => {
            citybadges_i18n::text_with(locale, "ages-range", &[("min", n(a)), ("max", n(b))])
        }
        (Some(a), None) => citybadges_i18n::text_with(locale, "ages-from", &[("min", n(a))]),
        (None, Some(b)) => citybadges_i18n::text_with(locale, "ages-up-to", &[("max", n(b))]),
        (None, None) => citybadges_i18n::text(locale, "ages-all"),
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

    fn in_french() -> Reading {
        Reading {
            locale: Locale::Fr,
            currency: "CAD".into(),
        }
    }

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

    #[test]
    fn filters_follow_the_page_language() {
        let fr = in_french();
        let values = (READING, &fr as &dyn std::any::Any);
        assert_eq!(money(1250, &values).ok().as_deref(), Some("12,50\u{a0}$"));
        assert_eq!(
            ages(Some(8), &values, Some(12)).ok().as_deref(),
            Some("8 à 12 ans")
        );
        assert_eq!(
            label("in_person", &values, "format").ok().as_deref(),
            Some("En personne")
        );
        assert_eq!(
            t("nav-activities", &values).ok().as_deref(),
            Some("Activités")
        );
        assert_eq!(
            tn("results-count", &values, "count", 1i64).ok().as_deref(),
            Some("1 activité")
        );
    }
}
