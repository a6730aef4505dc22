//! Search parameters as people and programs send them, checked into a typed query. A value that
//! does not parse (a number that is not one, a malformed date) is a 400; a readable value that is
//! not acceptable (out of range, not one of the allowed words, missing the value it needs) is a
//! 422, as on every other route; each names its field. Nothing from here is ever pasted into a
//! backend's query language without passing these rules.

use crate::error::{Error, Result};
use chrono::{NaiveDate, TimeZone};
use citybadges_domain::{validate, ActivityFormat, OrgKind, TimeOfDay, UnknownValue, Weekday};
use citybadges_i18n::Msg;
use citybadges_search::{DocKind, Facet, Filters, Near, SearchQuery, Sort};

pub const MAX_PER_PAGE: usize = 100;
pub const MAX_PAGE: usize = 1_000;
pub const MAX_QUERY_CHARS: usize = 200;
/// Most values of one list parameter.
pub const MAX_VALUES: usize = 20;
/// The sorts, the first the default.
pub const SORTS: &[&str] = &["relevance", "soonest", "nearest", "newest"];
pub use citybadges_domain::validate::MAX_AGE;
pub const MAX_COST: f64 = 100_000.0;
pub const RADIUS_KM: std::ops::RangeInclusive<f64> = 0.1..=200.0;
/// Language codes: 2 to 8 of `a-z` and `-`.
pub const LANGUAGE_CHARS: std::ops::RangeInclusive<usize> = 2..=8;
/// Accessibility feature names: at most this many of `a-z 0-9 _ -`.
pub const MAX_FEATURE_CHARS: usize = 60;

/// The facet names `facets` takes (besides `all`).
pub fn facet_names() -> Vec<&'static str> {
    Facet::ALL.iter().map(|f| f.name()).collect()
}

/// Build parameters from a URL query string: repeated keys and comma lists both work
/// (`topic=science&topic=arts`, `topic=science,arts`), an empty word or list value is the same as
/// none (a number or flag needs a value; an empty date is no bound: `per_page=` is a 400), and unknown keys are ignored. Every field is text, so the one way to fail is a single-valued
/// parameter (`q`, `page`…) given more than once: a 400.
pub fn from_query_string(qs: &str) -> Result<SearchParams> {
    serde_html_form::from_str(qs).map_err(|e| {
        Error::BadRequest(Msg::new("err-query-repeated").with("detail", e.to_string()))
    })
}

/// The search page's form as a browser submits it: every field, the blank ones too, which mean
/// "not asked" there, so they are dropped before reading.
pub fn from_form(qs: &str) -> Result<SearchParams> {
    let filled = url::form_urlencoded::parse(qs.as_bytes()).filter(|(_, v)| !v.trim().is_empty());
    from_query_string(
        &url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(filled)
            .finish(),
    )
}

/// The search parameters of `/api/v1/search` and the `/activities` page, as people and programs
/// send them: the one description of the route's parameters (parsing and the API document).
/// Values stay text until [`SearchParams::query`] checks them, so each error names its field.
#[derive(
    Debug, Clone, Default, PartialEq, serde::Deserialize, serde::Serialize, utoipa::IntoParams,
)]
#[into_params(parameter_in = Query)]
#[serde(default)]
pub struct SearchParams {
    /// Words to find, typos forgiven (1 from 5 letters, 2 from 9); the last word may be unfinished.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub q: Option<String>,
    /// Topic slugs (any of).
    #[param(value_type = Option<Vec<String>>)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub topic: Vec<String>,
    /// Neighbourhood slugs (any of).
    #[param(value_type = Option<Vec<String>>)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub neighbourhood: Vec<String>,
    /// The learner's age: activities whose range includes it.
    #[param(value_type = Option<i32>)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub age: Option<String>,
    /// Only free activities.
    #[param(value_type = Option<bool>)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub free: Option<String>,
    /// Highest cost, in the city's currency (e.g. 25 or 12.50).
    #[param(value_type = Option<f64>)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_cost: Option<String>,
    /// in_person, online, hybrid (any of).
    #[param(value_type = Option<Vec<String>>)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub format: Vec<String>,
    /// mon, tue, wed, thu, fri, sat, sun (any of), in the city's time zone.
    #[param(value_type = Option<Vec<String>>)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub day: Vec<String>,
    /// morning, afternoon, evening (any of).
    #[param(value_type = Option<Vec<String>>)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub time: Vec<String>,
    /// First day (YYYY-MM-DD) a session may start.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// Last day (YYYY-MM-DD) a session may start.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// Only activities with places left.
    #[param(value_type = Option<bool>)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub spots: Option<String>,
    /// Organization slugs (any of).
    #[param(value_type = Option<Vec<String>>)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub organization: Vec<String>,
    /// school, museum, library, employer, community, fab_lab, college, other (any of).
    #[param(value_type = Option<Vec<String>>)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub org_kind: Vec<String>,
    /// `any` for activities that lead to a badge, or badge slugs.
    #[param(value_type = Option<Vec<String>>)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub badge: Vec<String>,
    /// Language codes (any of).
    #[param(value_type = Option<Vec<String>>)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub language: Vec<String>,
    /// Accessibility features (all of), e.g. wheelchair_accessible.
    #[param(value_type = Option<Vec<String>>)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub accessibility: Vec<String>,
    /// A neighbourhood slug of the city to search around (3 km unless radius_km says
    /// otherwise), when no lat/lng is given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub near: Option<String>,
    /// Latitude of the point to search around; with lng.
    #[param(value_type = Option<f64>)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lat: Option<String>,
    /// Longitude of the point to search around; with lat.
    #[param(value_type = Option<f64>)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lng: Option<String>,
    /// Only results within this distance (km) of the point; needs lat and lng (or near).
    #[param(value_type = Option<f64>)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub radius_km: Option<String>,
    /// relevance (default), soonest, nearest (needs lat and lng, or near), newest.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sort: Option<String>,
    /// Page number, from 1.
    #[param(value_type = Option<usize>)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<String>,
    /// Items per page (default 20).
    #[param(value_type = Option<usize>)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per_page: Option<String>,
    /// Facets to count: topic, neighbourhood, format, organization, org_kind, day, time, language,
    /// accessibility, cost, badge, age (5 to 24: how many results suit each age), spots (available,
    /// full), or all; by default all but organization.
    #[param(value_type = Option<Vec<String>>)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub facets: Vec<String>,
}

impl SearchParams {
    /// No word, filter, sort or page: the search every visitor starts from.
    pub fn asks_nothing(&self) -> bool {
        url::form_urlencoded::parse(self.to_query_string().as_bytes())
            .all(|(_, v)| v.trim().is_empty())
    }

    /// The same parameters as a query string (lists as repeated keys).
    pub fn to_query_string(&self) -> String {
        serde_html_form::to_string(self).unwrap_or_default()
    }
}

/// A value that cannot be read as what the field holds: 400.
fn unreadable(field: &str, message: Msg) -> Error {
    Error::BadRequest(
        Msg::new("err-field-unreadable")
            .with("field", field)
            .with("message", message),
    )
}

/// A readable value that is not acceptable: 422, naming the field.
fn bad(field: &'static str, message: Msg) -> Error {
    Error::invalid(field, message)
}

fn present(v: &Option<String>) -> Option<&str> {
    v.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// A number or flag as sent: given, it must have a value (empty reads as a 400).
fn given<'a>(field: &str, v: &'a Option<String>) -> Result<Option<&'a str>> {
    match v.as_deref().map(str::trim) {
        Some("") => Err(unreadable(field, Msg::new("err-value-empty"))),
        other => Ok(other),
    }
}

fn number<T: std::str::FromStr>(field: &str, v: &Option<String>) -> Result<Option<T>> {
    given(field, v)?
        .map(|s| {
            s.parse::<T>()
                .map_err(|_| unreadable(field, Msg::new("err-not-a-number").with("value", clip(s))))
        })
        .transpose()
}

fn flag(field: &str, v: &Option<String>) -> Result<bool> {
    match given(field, v)? {
        None => Ok(false),
        Some("1" | "true" | "on" | "yes") => Ok(true),
        Some("0" | "false" | "off" | "no") => Ok(false),
        Some(s) => Err(unreadable(
            field,
            Msg::new("err-not-a-flag").with("value", clip(s)),
        )),
    }
}

fn clip(s: &str) -> String {
    s.chars().take(40).collect()
}

/// Split comma lists, drop empties, bound the count.
fn list(field: &'static str, values: &[String]) -> Result<Vec<String>> {
    let out: Vec<String> = values
        .iter()
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect();
    if out.len() > MAX_VALUES {
        return Err(bad(
            field,
            Msg::new("err-values-many").with("max", MAX_VALUES),
        ));
    }
    Ok(out)
}

fn slugs(field: &'static str, values: &[String]) -> Result<Vec<String>> {
    let out = list(field, values)?;
    for v in &out {
        validate::slug(v)
            .map_err(|_| bad(field, Msg::new("err-not-a-slug").with("value", clip(v))))?;
    }
    Ok(out)
}

fn parsed<T: std::str::FromStr<Err = UnknownValue>>(
    field: &'static str,
    values: &[String],
) -> Result<Vec<String>> {
    let out = list(field, values)?;
    for v in &out {
        v.parse::<T>().map_err(|e| bad(field, e.msg()))?;
    }
    Ok(out)
}

fn day_bound(field: &str, v: &Option<String>, tz: chrono_tz::Tz, end: bool) -> Result<Option<i64>> {
    // A date is text in the schema: sent empty, it is no bound.
    let Some(s) = present(v) else {
        return Ok(None);
    };
    let d = NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| unreadable(field, Msg::new("err-date-format")))?;
    let local = if end {
        d.and_hms_opt(23, 59, 59)
    } else {
        d.and_hms_opt(0, 0, 0)
    }
    .ok_or_else(|| unreadable(field, Msg::new("err-not-a-day")))?;
    Ok(tz
        .from_local_datetime(&local)
        .earliest()
        .map(|t| t.timestamp()))
}

impl SearchParams {
    /// The typed query for activities, and the page asked for (1-based).
    pub fn query(&self, tz: chrono_tz::Tz) -> Result<(SearchQuery, usize, usize)> {
        let text = present(&self.q).unwrap_or_default().to_string();
        if text.chars().count() > MAX_QUERY_CHARS {
            return Err(bad(
                "q",
                Msg::new("err-at-most-chars").with("max", MAX_QUERY_CHARS),
            ));
        }
        let page: usize = number("page", &self.page)?.unwrap_or(1);
        if !(1..=MAX_PAGE).contains(&page) {
            return Err(bad(
                "page",
                Msg::new("err-between").with("min", 1).with("max", MAX_PAGE),
            ));
        }
        let per_page: usize = number("per_page", &self.per_page)?.unwrap_or(20);
        if !(1..=MAX_PER_PAGE).contains(&per_page) {
            return Err(bad(
                "per_page",
                Msg::new("err-between")
                    .with("min", 1)
                    .with("max", MAX_PER_PAGE),
            ));
        }
        let age: Option<i32> = number("age", &self.age)?;
        if age.is_some_and(|a| !(0..=MAX_AGE).contains(&a)) {
            return Err(bad(
                "age",
                Msg::new("err-between").with("min", 0).with("max", MAX_AGE),
            ));
        }
        let max_cost: Option<f64> = number("max_cost", &self.max_cost)?;
        if max_cost.is_some_and(|c| !(0.0..=MAX_COST).contains(&c) || c.is_nan()) {
            return Err(bad(
                "max_cost",
                Msg::new("err-amount-between").with("max", MAX_COST.to_string()),
            ));
        }
        let near = self.near()?;
        let sort = match present(&self.sort) {
            None | Some("relevance") => Sort::Relevance,
            Some("soonest") => Sort::Soonest,
            Some("newest") => Sort::Newest,
            Some("nearest") if near.is_some() => Sort::Nearest,
            Some("nearest") => return Err(bad("sort", Msg::new("err-nearest-needs-place"))),
            Some(s) => {
                return Err(bad(
                    "sort",
                    Msg::new("err-value-not-one-of")
                        .with("value", clip(s))
                        .with("allowed", SORTS.join(", ")),
                ))
            }
        };
        let facets = self.facet_list()?;
        let badge_values = list("badge", &self.badge)?;
        let with_badge = badge_values.iter().any(|b| b == "any");
        let badges = slugs(
            "badge",
            &badge_values
                .into_iter()
                .filter(|b| b != "any")
                .collect::<Vec<_>>(),
        )?;
        let filters = Filters {
            topics: slugs("topic", &self.topic)?,
            neighbourhoods: slugs("neighbourhood", &self.neighbourhood)?,
            age,
            free_only: flag("free", &self.free)?,
            max_cost_cents: max_cost.map(|c| (c * 100.0).round() as i32),
            formats: parsed::<ActivityFormat>("format", &self.format)?,
            days: parsed::<Weekday>("day", &self.day)?,
            times: parsed::<TimeOfDay>("time", &self.time)?,
            starts_from: day_bound("from", &self.from, tz, false)?,
            starts_to: day_bound("to", &self.to, tz, true)?,
            spots_left: flag("spots", &self.spots)?,
            organizations: slugs("organization", &self.organization)?,
            org_kinds: parsed::<OrgKind>("org_kind", &self.org_kind)?,
            with_badge,
            badges,
            languages: self.languages()?,
            accessibility: slugs_or_words("accessibility", &self.accessibility)?,
            near,
        };
        let q = SearchQuery {
            text,
            kind: DocKind::Activity,
            filters,
            facets,
            sort,
            offset: (page - 1) * per_page,
            limit: per_page,
        };
        Ok((q, page, per_page))
    }

    fn near(&self) -> Result<Option<Near>> {
        let lat: Option<f64> = number("lat", &self.lat)?;
        let lng: Option<f64> = number("lng", &self.lng)?;
        let radius: Option<f64> = number("radius_km", &self.radius_km)?;
        match (lat, lng) {
            (None, None) if radius.is_some() => {
                Err(bad("radius_km", Msg::new("err-radius-needs-place")))
            }
            (None, None) => Ok(None),
            (Some(lat), Some(lng)) => {
                if !(-90.0..=90.0).contains(&lat) || lat.is_nan() {
                    return Err(bad(
                        "lat",
                        Msg::new("err-between").with("min", -90).with("max", 90),
                    ));
                }
                if !(-180.0..=180.0).contains(&lng) || lng.is_nan() {
                    return Err(bad(
                        "lng",
                        Msg::new("err-between").with("min", -180).with("max", 180),
                    ));
                }
                if radius.is_some_and(|r| !RADIUS_KM.contains(&r) || r.is_nan()) {
                    return Err(bad(
                        "radius_km",
                        Msg::new("err-between")
                            .with("min", RADIUS_KM.start().to_string())
                            .with("max", RADIUS_KM.end().to_string()),
                    ));
                }
                Ok(Some(Near {
                    lat,
                    lng,
                    radius_km: radius,
                }))
            }
            _ => Err(bad("lat", Msg::new("err-lat-lng-both"))),
        }
    }

    fn facet_list(&self) -> Result<Vec<Facet>> {
        let names = list("facets", &self.facets)?;
        if names.iter().any(|n| n == "all") {
            return Ok(Facet::ALL.to_vec());
        }
        if names.is_empty() {
            // Organizations number in the hundreds: counted only when asked for.
            return Ok(Facet::ALL
                .iter()
                .copied()
                .filter(|f| *f != Facet::Organization)
                .collect());
        }
        names
            .iter()
            .map(|n| {
                Facet::parse(n).ok_or_else(|| {
                    let known: Vec<&str> = Facet::ALL.iter().map(|f| f.name()).collect();
                    bad(
                        "facets",
                        Msg::new("err-not-a-facet")
                            .with("value", clip(n))
                            .with("allowed", known.join(", ")),
                    )
                })
            })
            .collect()
    }

    fn languages(&self) -> Result<Vec<String>> {
        let out = list("language", &self.language)?;
        for l in &out {
            if !LANGUAGE_CHARS.contains(&l.len())
                || !l.chars().all(|c| c.is_ascii_lowercase() || c == '-')
            {
                return Err(bad(
                    "language",
                    Msg::new("err-not-a-language-code").with("value", clip(l)),
                ));
            }
        }
        Ok(out)
    }
}

/// Accessibility features are words with underscores (wheelchair_accessible).
fn slugs_or_words(field: &'static str, values: &[String]) -> Result<Vec<String>> {
    let out = list(field, values)?;
    for v in &out {
        if v.len() > MAX_FEATURE_CHARS
            || !v
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
        {
            return Err(bad(
                field,
                Msg::new("err-not-a-feature").with("value", clip(v)),
            ));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p() -> SearchParams {
        SearchParams::default()
    }

    #[test]
    fn query_strings_take_repeated_keys_and_commas() {
        let p = from_query_string("q=robot+club&topic=science&topic=arts,math&free=1&unknown=x")
            .expect("a query");
        assert_eq!(p.q.as_deref(), Some("robot club"));
        assert_eq!(
            from_query_string(&p.to_query_string()).expect("its own query"),
            p,
            "a query string made of parameters reads back as them"
        );
        let (q, _, _) = p.query(chrono_tz::UTC).expect("ok");
        assert_eq!(q.filters.topics, vec!["science", "arts", "math"]);
        assert!(q.filters.free_only);
    }

    #[test]
    fn blank_values_ask_nothing() {
        for qs in ["", "q=", "q=+&topic=&page=", "unknown=1"] {
            let p = from_query_string(qs).expect("a query");
            assert!(p.asks_nothing(), "{qs:?}");
        }
        for qs in ["q=robot", "topic=arts", "page=2"] {
            assert!(
                !from_query_string(qs).expect("a query").asks_nothing(),
                "{qs:?}"
            );
        }
        assert!(
            matches!(from_query_string("q=a&q=b"), Err(Error::BadRequest(_))),
            "one word field given twice cannot be read"
        );
    }

    #[test]
    fn typed_values_need_a_value_but_the_form_may_leave_them_blank() {
        for qs in ["per_page=", "page=+", "age=", "free=", "lat="] {
            let p = from_query_string(qs).expect("readable as text");
            assert!(
                matches!(p.query(chrono_tz::UTC), Err(Error::BadRequest(_))),
                "{qs:?} on the API is a 400"
            );
            let form = from_form(qs).expect("a form");
            assert!(form.asks_nothing(), "{qs:?} from the page asks nothing");
            assert!(form.query(chrono_tz::UTC).is_ok(), "{qs:?} from the page");
        }
        let dates = from_query_string("from=&to=").expect("readable as text");
        let (q, _, _) = dates
            .query(chrono_tz::UTC)
            .expect("empty dates are no bound");
        assert_eq!((q.filters.starts_from, q.filters.starts_to), (None, None));
        let form = from_form("q=robot&topic=&topic=arts&age=&per_page=5").expect("a form");
        assert_eq!(
            (form.q.as_deref(), form.topic.clone(), form.age.clone()),
            (Some("robot"), vec!["arts".to_string()], None)
        );
        assert_eq!(form.per_page.as_deref(), Some("5"));
    }

    #[test]
    fn defaults_and_lists() {
        let (q, page, per) = SearchParams {
            topic: vec!["science,arts".into(), "math".into()],
            ..p()
        }
        .query(chrono_tz::UTC)
        .expect("ok");
        assert_eq!(q.filters.topics, vec!["science", "arts", "math"]);
        assert_eq!((page, per, q.offset, q.limit), (1, 20, 0, 20));
        assert_eq!(
            q.facets.len(),
            Facet::ALL.len() - 1,
            "all but organization by default"
        );
    }

    #[test]
    fn unacceptable_values_are_422_and_unreadable_ones_400() {
        let invalid = [
            SearchParams {
                per_page: Some("100000".into()),
                ..p()
            },
            SearchParams {
                page: Some("0".into()),
                ..p()
            },
            SearchParams {
                age: Some("121".into()),
                ..p()
            },
            SearchParams {
                lat: Some("91".into()),
                lng: Some("0".into()),
                ..p()
            },
            SearchParams {
                lat: Some("41".into()),
                ..p()
            },
            SearchParams {
                radius_km: Some("5".into()),
                ..p()
            },
            SearchParams {
                facets: vec!["colour".into()],
                ..p()
            },
            SearchParams {
                topic: vec!["\" OR 1=1".into()],
                ..p()
            },
            SearchParams {
                q: Some("x".repeat(500)),
                ..p()
            },
            SearchParams {
                day: vec!["funday".into()],
                ..p()
            },
            SearchParams {
                sort: Some("nearest".into()),
                ..p()
            },
        ];
        for c in invalid {
            assert!(
                matches!(c.query(chrono_tz::UTC), Err(Error::Invalid(_))),
                "{c:?}"
            );
        }
        let unreadable = [
            SearchParams {
                from: Some("tomorrow".into()),
                ..p()
            },
            SearchParams {
                age: Some("old".into()),
                ..p()
            },
            SearchParams {
                free: Some("maybe".into()),
                ..p()
            },
        ];
        for c in unreadable {
            assert!(
                matches!(c.query(chrono_tz::UTC), Err(Error::BadRequest(_))),
                "{c:?}"
            );
        }
    }
}
