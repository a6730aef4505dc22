//! What the server checks of request values, stated in the API document: patterns, bounds,
//! vocabularies and combinations, each built from the constant or rule the server applies.
//! The derives give each value its type and description; [`apply`] adds these rules to them.
//! Rules that no schema can state (a name that must exist in the database, a date that must be
//! in the future, a session that must end after it starts) are said in the descriptions.

use crate::boundary::is_single_line;
use citybadges_app::activities::{limits as activity, CREATED_STATUSES};
use citybadges_app::catalog::{ACTIVITY_SORTS, MAX_PAGE, MAX_PER_PAGE};
use citybadges_app::issuing::awards::{limits as award, MAX_BATCH, STATUS_FILTERS};
use citybadges_app::search::params as search;
use citybadges_domain::validate::MAX_AGE;
use citybadges_domain::{ActivityFormat, OrgKind, PublicationStatus, TimeOfDay, Weekday};
use serde_json::{json, Map, Value};
use std::collections::BTreeSet;
use std::ops::RangeInclusive;

// Character classes, as the inside of `[…]` in an ECMA-262 regular expression (JSON Schema's
// `pattern`); `domain::text::forbidden_char` and `str::trim` are what they describe (tested).

/// What no text may hold (`forbidden_char`): control characters other than tab and line breaks.
pub const FORBIDDEN: &str = r"\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f";
/// What no name or title may hold: those, and the bidirectional controls.
pub const FORBIDDEN_IN_LINE: &str =
    r"\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069";
/// Every control character, tab and line breaks too (fields that refuse them all).
const CONTROL: &str = r"\u0000-\u001f\u007f-\u009f";
/// What `str::trim` removes: Unicode White_Space.
const WHITE_SPACE: &str =
    r"\t\n\u000b\u000c\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000";
/// The white space that passes the boundary (White_Space without its refused controls).
const BLANK: &str = r"\t\n\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000";
/// Keys whose values are checked as names and titles ([`is_single_line`]).
const SINGLE_LINE_KEYS: &str = "^(?:name|title|slug|display_name|email)$|_name$|_title$";

/// Any text the boundary lets through; `line` for names and titles.
pub fn text(line: bool) -> String {
    format!("^[^{}]*$", if line { FORBIDDEN_IN_LINE } else { FORBIDDEN })
}

/// Text the server trims and then wants `chars` characters of (none: it may be blank), with
/// `refused` refused in what is kept. Blanks around it are allowed, as the server trims them.
fn trimmed(chars: RangeInclusive<usize>, refused: &str) -> String {
    let edge = format!("[^{refused}{WHITE_SPACE}]");
    let inner = format!("[^{refused}]");
    let (min, max) = (*chars.start(), *chars.end());
    let core = match (min.max(1), max) {
        (_, 1) => edge.clone(),
        (1, max) => format!("{edge}(?:{inner}{{0,{}}}{edge})?", max - 2),
        (min, max) => format!("{edge}{inner}{{{},{}}}{edge}", min - 2, max - 2),
    };
    let core = if min == 0 {
        format!("(?:{core})?")
    } else {
        core
    };
    format!("^[{BLANK}]*{core}[{BLANK}]*$")
}

/// A slug (`validate::slug`: 2 to 64 of `a-z 0-9 -`, no hyphen at either end or twice), or
/// nothing. (Where the server trims a slug it also takes blanks around it; the document asks for
/// the slug alone, as its length cannot be counted apart from them otherwise.)
fn slug() -> Value {
    json!({ "pattern": "^(?:[a-z0-9](?:-?[a-z0-9])+)?$", "maxLength": 64 })
}

fn range<T: Into<Value>>(min: T, max: T) -> Value {
    json!({ "minimum": min.into(), "maximum": max.into() })
}

/// One of `words`; `blank` when an empty value means "not given".
fn one_of<'a>(words: impl IntoIterator<Item = &'a str>, blank: bool) -> Value {
    let mut values: Vec<Value> = blank.then(|| json!("")).into_iter().collect();
    values.extend(words.into_iter().map(Value::from));
    json!({ "enum": values })
}

fn nullable(mut rule: Value) -> Value {
    if let Some(values) = rule.get_mut("enum").and_then(Value::as_array_mut) {
        values.push(Value::Null);
    }
    rule
}

/// For list parameters: the rule of each item, and at most `max` of them.
fn items(item: Value, max: usize) -> Value {
    json!({ "items": item, "maxItems": max })
}

fn vocabulary<T: Copy>(all: &[T], name: impl Fn(T) -> &'static str) -> Vec<&'static str> {
    all.iter().map(|v| name(*v)).collect()
}

/// An http(s) URL the server's parser takes: a host name whose last label starts with a letter
/// (a numeric one would be read as an IPv4 address), an optional port and ASCII path, query and
/// fragment. (The server also takes other forms a URL parser understands; this is the form to
/// send.)
fn http_url() -> String {
    // No doubled hyphen: `xn--` labels must be valid punycode.
    let label = "[A-Za-z0-9](?:-?[A-Za-z0-9])*";
    format!(
        "^https?://(?:{label}\\.)*[A-Za-z](?:-?[A-Za-z0-9])*(?::[0-9]{{1,4}})?(?:[/?#][!-~]*)?$"
    )
}

/// An email address as the server takes it (`plausible_email`): no blank or control character,
/// something before the first `@`, a dot somewhere after it. (The server trims blanks around
/// it; the document asks for the address alone, so that its length is the address's.)
fn email() -> String {
    let c = format!("[^{CONTROL}{WHITE_SPACE}");
    format!("^{c}@]+@{c}]*\\.{c}]*$")
}

/// A date (`YYYY-MM-DD`), or nothing.
fn date_or_nothing() -> Value {
    json!({ "anyOf": [{ "format": "date" }, { "const": "" }] })
}

/// The rules of parameters, by name, on every operation that has one; then those of one path.
fn parameter_rules() -> Vec<(Option<&'static str>, &'static str, Value)> {
    let formats = vocabulary(ActivityFormat::ALL, ActivityFormat::as_str);
    let kinds = vocabulary(OrgKind::ALL, OrgKind::as_str);
    let statuses = vocabulary(PublicationStatus::ALL, PublicationStatus::as_str);
    let mut facets = search::facet_names();
    facets.push("all");
    vec![
        (None, "page", range(1, MAX_PAGE)),
        (None, "per_page", range(1, MAX_PER_PAGE)),
        (
            None,
            "Idempotency-Key",
            json!({ "type": "string", "pattern": format!("^[!-~]{{1,{}}}$", award::IDEMPOTENCY_KEY) }),
        ),
        (Some("/api/v1/activities"), "age", range(0, MAX_AGE)),
        (Some("/api/v1/activities"), "topic", slug()),
        (Some("/api/v1/activities"), "organization", slug()),
        (Some("/api/v1/activities"), "neighbourhood", slug()),
        (
            Some("/api/v1/activities"),
            "format",
            one_of(formats.clone(), true),
        ),
        (
            Some("/api/v1/activities"),
            "sort",
            one_of(ACTIVITY_SORTS.iter().copied(), true),
        ),
        (
            Some("/api/v1/organizations"),
            "kind",
            one_of(kinds.clone(), true),
        ),
        (
            Some("/api/v1/orgs/{slug}/activities"),
            "status",
            one_of(statuses, true),
        ),
        (
            Some("/api/v1/orgs/{slug}/awards"),
            "status",
            one_of(STATUS_FILTERS.iter().map(|s| s.as_str()), false),
        ),
        (Some("/api/v1/search"), "page", range(1, search::MAX_PAGE)),
        (
            Some("/api/v1/search"),
            "per_page",
            range(1, search::MAX_PER_PAGE),
        ),
        (
            Some("/api/v1/search"),
            "q",
            json!({ "pattern": trimmed(0..=search::MAX_QUERY_CHARS, FORBIDDEN) }),
        ),
        (Some("/api/v1/search"), "age", range(0, MAX_AGE)),
        (
            Some("/api/v1/search"),
            "max_cost",
            range(0.0, search::MAX_COST),
        ),
        (Some("/api/v1/search"), "lat", range(-90.0, 90.0)),
        (Some("/api/v1/search"), "lng", range(-180.0, 180.0)),
        (
            Some("/api/v1/search"),
            "radius_km",
            range(*search::RADIUS_KM.start(), *search::RADIUS_KM.end()),
        ),
        (
            Some("/api/v1/search"),
            "sort",
            one_of(search::SORTS.iter().copied(), true),
        ),
        (Some("/api/v1/search"), "near", slug()),
        (Some("/api/v1/search"), "from", date_or_nothing()),
        (Some("/api/v1/search"), "to", date_or_nothing()),
        (
            Some("/api/v1/search"),
            "topic",
            items(slug(), search::MAX_VALUES),
        ),
        (
            Some("/api/v1/search"),
            "neighbourhood",
            items(slug(), search::MAX_VALUES),
        ),
        (
            Some("/api/v1/search"),
            "organization",
            items(slug(), search::MAX_VALUES),
        ),
        (
            Some("/api/v1/search"),
            "badge",
            items(
                json!({ "pattern": "^(?:any|[a-z0-9](?:-?[a-z0-9])+)?$", "maxLength": 64 }),
                search::MAX_VALUES,
            ),
        ),
        (
            Some("/api/v1/search"),
            "format",
            items(one_of(formats, true), search::MAX_VALUES),
        ),
        (
            Some("/api/v1/search"),
            "org_kind",
            items(one_of(kinds, true), search::MAX_VALUES),
        ),
        (
            Some("/api/v1/search"),
            "day",
            items(
                one_of(vocabulary(Weekday::ALL, Weekday::as_str), true),
                search::MAX_VALUES,
            ),
        ),
        (
            Some("/api/v1/search"),
            "time",
            items(
                one_of(vocabulary(TimeOfDay::ALL, TimeOfDay::as_str), true),
                search::MAX_VALUES,
            ),
        ),
        (
            Some("/api/v1/search"),
            "facets",
            items(one_of(facets, true), search::MAX_VALUES),
        ),
        (
            Some("/api/v1/search"),
            "language",
            items(
                json!({ "pattern": format!(
                    "^(?:[a-z-]{{{},{}}})?$",
                    search::LANGUAGE_CHARS.start(),
                    search::LANGUAGE_CHARS.end()
                ) }),
                search::MAX_VALUES,
            ),
        ),
        (
            Some("/api/v1/search"),
            "accessibility",
            items(
                json!({ "pattern": format!("^[a-z0-9_-]{{0,{}}}$", search::MAX_FEATURE_CHARS) }),
                search::MAX_VALUES,
            ),
        ),
    ]
}

/// The rules of body fields: (schema, property, rule).
fn field_rules() -> Vec<(&'static str, &'static str, Value)> {
    let formats = vocabulary(ActivityFormat::ALL, ActivityFormat::as_str);
    let trimmed_text = |chars: RangeInclusive<usize>, refused: &str| -> Value {
        json!({ "pattern": trimmed(chars, refused) })
    };
    let line_and_control = format!("{CONTROL}\\u202a-\\u202e\\u2066-\\u2069");
    vec![
        (
            "ActivityInput",
            "title",
            trimmed_text(activity::TITLE, FORBIDDEN_IN_LINE),
        ),
        (
            "ActivityInput",
            "description",
            json!({ "maxLength": activity::DESCRIPTION }),
        ),
        ("ActivityInput", "topics", items(slug(), activity::TOPICS)),
        ("ActivityInput", "badges", items(slug(), activity::BADGES)),
        ("ActivityInput", "age_min", range(0, MAX_AGE)),
        ("ActivityInput", "age_max", range(0, MAX_AGE)),
        (
            "ActivityInput",
            "cost_cents",
            range(*activity::COST_CENTS.start(), *activity::COST_CENTS.end()),
        ),
        ("ActivityInput", "format", one_of(formats, false)),
        (
            "ActivityInput",
            "language",
            trimmed_text(0..=activity::LANGUAGE, CONTROL),
        ),
        (
            "ActivityInput",
            "location_name",
            trimmed_text(0..=activity::LOCATION_NAME, &line_and_control),
        ),
        (
            "ActivityInput",
            "address",
            trimmed_text(0..=activity::ADDRESS, CONTROL),
        ),
        ("ActivityInput", "lat", range(-90.0, 90.0)),
        ("ActivityInput", "lng", range(-180.0, 180.0)),
        (
            "ActivityInput",
            "accessibility",
            items(
                json!({ "maxLength": activity::FEATURE }),
                activity::ACCESSIBILITY,
            ),
        ),
        (
            "ActivityInput",
            "status",
            nullable(one_of(CREATED_STATUSES.iter().map(|s| s.as_str()), false)),
        ),
        (
            "ActivityInput",
            "sessions",
            json!({ "maxItems": activity::SESSIONS }),
        ),
        (
            "SessionInput",
            "capacity",
            range(*activity::CAPACITY.start(), *activity::CAPACITY.end()),
        ),
        (
            "AwardInput",
            "recipient_email",
            json!({ "pattern": email(), "maxLength": award::EMAIL }),
        ),
        (
            "AwardInput",
            "achievement",
            json!({
                "pattern": format!("^[^{FORBIDDEN}]*[^{FORBIDDEN}{WHITE_SPACE}][^{FORBIDDEN}]*$"),
                "maxLength": award::ACHIEVEMENT,
            }),
        ),
        (
            "AwardInput",
            "narrative",
            json!({ "maxLength": award::NARRATIVE }),
        ),
        (
            "AwardInput",
            "evidence_url",
            json!({ "pattern": http_url(), "maxLength": award::EVIDENCE_URL }),
        ),
        (
            "BatchInput",
            "awards",
            json!({ "minItems": 1, "maxItems": MAX_BATCH }),
        ),
        (
            "RevokeInput",
            "reason",
            trimmed_text(1..=award::REASON, FORBIDDEN),
        ),
        (
            "RotateKeyInput",
            "reason",
            trimmed_text(0..=award::REASON, FORBIDDEN),
        ),
        (
            "VerifyUrl",
            "url",
            json!({ "format": "uri", "maxLength": 2000 }),
        ),
    ]
}

/// Rules on a whole schema: the values it needs together.
fn combination_rules() -> Vec<(&'static str, Value)> {
    vec![
        (
            "ActivityInput",
            json!({ "anyOf": [
                { "required": ["lat", "lng"], "properties": { "lat": { "type": "number" }, "lng": { "type": "number" } } },
                { "properties": { "lat": { "type": "null" }, "lng": { "type": "null" } } },
            ] }),
        ),
        (
            "AwardInput",
            json!({ "oneOf": [
                { "required": ["recipient_email"], "properties": { "recipient_email": { "type": "string" } } },
                { "required": ["recipient_user_id"], "properties": { "recipient_user_id": { "type": "string" } } },
            ] }),
        ),
    ]
}

/// Merge `rule` into `schema`; for list schemas whose items the rule names, into the items too.
fn merge(schema: &mut Value, rule: &Value) {
    let (Some(target), Some(rule)) = (schema.as_object_mut(), rule.as_object()) else {
        return;
    };
    for (k, v) in rule {
        match (k.as_str(), target.get_mut(k)) {
            ("items", Some(items)) => merge(items, v),
            _ => {
                target.insert(k.clone(), v.clone());
            }
        }
    }
}

/// Every operation of the document, with its path.
fn operations(doc: &mut Value) -> impl Iterator<Item = (&String, &mut Value)> {
    let paths = doc["paths"].as_object_mut().expect("paths");
    paths.iter_mut().flat_map(|(path, item)| {
        let ops = item
            .as_object_mut()
            .into_iter()
            .flat_map(|m| m.values_mut());
        ops.map(move |op| (path, op))
    })
}

/// Add every rule to the document (built by the derives); a rule that names nothing there is a
/// mistake and stops the build of the document.
pub fn apply(doc: &mut Value) {
    let rules = parameter_rules();
    let mut used = vec![false; rules.len()];
    for (path, op) in operations(doc) {
        let params = op.get_mut("parameters").and_then(Value::as_array_mut);
        for p in params.into_iter().flatten() {
            let name = p["name"].as_str().unwrap_or_default().to_owned();
            // General rules first, then the path's own.
            for specific in [false, true] {
                for (i, (at, param, rule)) in rules.iter().enumerate() {
                    if *param == name && at.is_some() == specific && at.is_none_or(|a| a == path) {
                        merge(&mut p["schema"], rule);
                        used[i] = true;
                    }
                }
            }
        }
    }
    if let Some(i) = used.iter().position(|u| !u) {
        panic!(
            "parameter rule {:?} {} names no parameter",
            rules[i].0, rules[i].1
        );
    }
    let schemas = doc["components"]["schemas"]
        .as_object_mut()
        .expect("schemas");
    for (schema, field, rule) in field_rules() {
        let target = schemas
            .get_mut(schema)
            .and_then(|s| s["properties"].get_mut(field))
            .unwrap_or_else(|| panic!("field rule {schema}.{field} names no field"));
        merge(target, &rule);
    }
    for (schema, rule) in combination_rules() {
        let target = schemas
            .get_mut(schema)
            .unwrap_or_else(|| panic!("combination rule {schema} names no schema"));
        merge(target, &rule);
    }
}

/// The text rule, stated on every string a request may carry (and on the names of the free-form
/// objects' keys): the boundary refuses control characters, and bidirectional controls in names
/// and titles, anywhere in a request. Free-form objects take any JSON held to the same rule
/// ([`json_value_schemas`]). Strings that already have a pattern, a format or a vocabulary are
/// left as they are (each pattern here refuses those characters itself).
pub fn state_text_rule(doc: &mut Value) {
    let mut refs = BTreeSet::new();
    for (_, op) in operations(doc) {
        let params = op.get_mut("parameters").and_then(Value::as_array_mut);
        for p in params.into_iter().flatten() {
            let line = p["in"] == "path" || is_single_line(p["name"].as_str().unwrap_or(""));
            if let Some(schema) = p.get_mut("schema") {
                constrain(schema, line, &mut refs);
            }
        }
        if let Some(content) = op
            .get_mut("requestBody")
            .and_then(|b| b.get_mut("content"))
            .and_then(Value::as_object_mut)
        {
            for media in content.values_mut() {
                if let Some(schema) = media.get_mut("schema") {
                    constrain(schema, false, &mut refs);
                }
            }
        }
    }
    let schemas = doc["components"]["schemas"]
        .as_object_mut()
        .expect("schemas");
    let mut done = BTreeSet::new();
    while let Some(name) = refs.pop_first() {
        if done.insert(name.clone()) {
            if let Some(schema) = schemas.get_mut(&name) {
                constrain(schema, false, &mut refs);
            }
        }
    }
    schemas.extend(json_value_schemas());
}

fn has_type(schema: &Map<String, Value>, kind: &str) -> bool {
    match schema.get("type") {
        Some(Value::String(t)) => t == kind,
        Some(Value::Array(ts)) => ts.iter().any(|t| t == kind),
        _ => false,
    }
}

fn constrain(schema: &mut Value, line: bool, refs: &mut BTreeSet<String>) {
    // "Any JSON" in a request is any JSON the boundary takes.
    if schema
        .as_object()
        .is_some_and(|s| s.is_empty() || s.keys().all(|k| k == "description"))
    {
        let any = if line { "JsonLine" } else { "JsonText" };
        schema["$ref"] = format!("#/components/schemas/{any}").into();
        return;
    }
    let Some(s) = schema.as_object_mut() else {
        return;
    };
    if let Some(r) = s.get("$ref").and_then(Value::as_str) {
        if let Some(name) = r.strip_prefix("#/components/schemas/") {
            refs.insert(name.to_owned());
        }
        return;
    }
    if has_type(s, "string")
        && !["pattern", "format", "enum", "const"]
            .iter()
            .any(|k| s.contains_key(*k))
    {
        s.insert("pattern".into(), text(line).into());
    }
    if has_type(s, "object") {
        // An object that takes other keys than its properties: any JSON, held to the rule.
        let open = match s.get("additionalProperties") {
            None | Some(Value::Bool(true)) => true,
            Some(Value::Object(m)) => m.is_empty(),
            Some(_) => false,
        };
        if open {
            s.extend(free_form("JsonText"));
        }
    }
    if let Some(items) = s.get_mut("items") {
        constrain(items, line, refs);
    }
    if let Some(props) = s.get_mut("properties").and_then(Value::as_object_mut) {
        for (k, v) in props.iter_mut() {
            constrain(v, is_single_line(k), refs);
        }
    }
    if let Some(extra) = s.get_mut("additionalProperties") {
        constrain(extra, false, refs);
    }
    for key in ["oneOf", "anyOf", "allOf"] {
        for v in s
            .get_mut(key)
            .and_then(Value::as_array_mut)
            .into_iter()
            .flatten()
        {
            constrain(v, line, refs);
        }
    }
}

/// The keywords that hold an object's other keys to the text rule: names are single-line text,
/// values any JSON, single-line under name-like keys.
fn free_form(values: &str) -> Map<String, Value> {
    json!({
        "propertyNames": { "pattern": text(true) },
        "patternProperties": { SINGLE_LINE_KEYS: { "$ref": "#/components/schemas/JsonLine" } },
        "additionalProperties": { "$ref": format!("#/components/schemas/{values}") },
    })
    .as_object()
    .cloned()
    .unwrap_or_default()
}

/// `JsonText` and `JsonLine`: any JSON value whose text (keys included) the boundary takes;
/// `JsonLine` is what a name-like key may hold (its strings are single-line text).
fn json_value_schemas() -> Map<String, Value> {
    let any = |line: bool, me: &str| {
        let mut s = json!({
            "description": "Any JSON value. Its text holds no control character but tab and line breaks; under name-like keys (`name`, `title`, `slug`, `email`, `…_name`, `…_title`) no bidirectional control either.",
            "type": ["null", "boolean", "number", "string", "array", "object"],
            "pattern": text(line),
            "items": { "$ref": format!("#/components/schemas/{me}") },
        });
        if let Some(m) = s.as_object_mut() {
            m.extend(free_form("JsonText"));
        }
        s
    };
    let mut out = Map::new();
    out.insert("JsonText".into(), any(false, "JsonText"));
    out.insert("JsonLine".into(), any(true, "JsonLine"));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use citybadges_domain::text::forbidden_char;

    fn re(pattern: &str) -> regex::Regex {
        regex::Regex::new(pattern).expect(pattern)
    }

    #[test]
    fn the_character_classes_are_the_servers() {
        let any = re(&text(false));
        let line = re(&text(true));
        let white = re(&format!("^[{WHITE_SPACE}]$"));
        for c in (0..=0x3100u32).filter_map(char::from_u32) {
            let s = c.to_string();
            assert_eq!(
                any.is_match(&s),
                forbidden_char(&s, false).is_none(),
                "{c:?}"
            );
            assert_eq!(
                line.is_match(&s),
                forbidden_char(&s, true).is_none(),
                "{c:?}"
            );
            assert_eq!(white.is_match(&s), c.is_whitespace(), "{c:?}");
        }
    }

    #[test]
    fn trimmed_text_counts_what_is_kept() {
        let title = re(&trimmed(3..=5, FORBIDDEN_IN_LINE));
        for ok in ["abc", "  a c  ", "\tabcde\n", "a\u{2003}b"] {
            assert!(title.is_match(ok), "{ok:?}");
        }
        for bad in ["ab", "   ", "abcdef", " a\u{202e}b ", "a\u{1}b", "\u{b}abc"] {
            assert!(!title.is_match(bad), "{bad:?}");
        }
        let optional = re(&trimmed(0..=2, CONTROL));
        for ok in ["", "   ", "ab", " a "] {
            assert!(optional.is_match(ok), "{ok:?}");
        }
        for bad in ["abc", "a\tb"] {
            assert!(!optional.is_match(bad), "{bad:?}");
        }
        let one = re(&trimmed(1..=500, FORBIDDEN));
        assert!(one.is_match(" x "));
        assert!(!one.is_match(" "));
    }

    #[test]
    fn emails_and_urls_are_what_the_server_takes() {
        let email = re(&email());
        for ok in ["a@b.c", "ann@example.org", "é@ü.ç"] {
            assert!(email.is_match(ok), "{ok:?}");
        }
        for bad in ["a@b", "@b.c", "a b@c.d", "a@b .c", "a\u{85}@b.c"] {
            assert!(!email.is_match(bad), "{bad:?}");
        }
        let url = re(&http_url());
        for ok in [
            "https://example.org",
            "http://a-b.example:8080/x?y=1#z",
            "http://x",
        ] {
            assert!(url.is_match(ok), "{ok:?}");
            assert!(url::Url::parse(ok).is_ok(), "{ok:?}");
        }
        for bad in [
            "ftp://example.org",
            "http://1.2.3.4.5",
            "http://",
            "https://-a.org",
        ] {
            assert!(!url.is_match(bad), "{bad:?}");
        }
    }
}
