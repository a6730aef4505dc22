use super::*;
use chrono::{TimeZone, Utc};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn locales_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../frontend/locales")
}

/// Message ids of each `{area}.ftl` of one language (terms included, as `-name`).
fn ids_by_area(locale: Locale) -> BTreeMap<String, BTreeSet<String>> {
    let dir = locales_dir().join(locale.as_str());
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(&dir).expect("a folder per language") {
        let path = entry.expect("an entry").path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let source = std::fs::read_to_string(&path).expect("readable");
        let resource = fluent_syntax::parser::parse(source.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
        let ids = resource
            .body
            .iter()
            .filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                fluent_syntax::ast::Entry::Term(t) => Some(format!("-{}", t.id.name)),
                _ => None,
            })
            .collect();
        let area = path
            .file_stem()
            .expect("a name")
            .to_string_lossy()
            .to_string();
        out.insert(area, ids);
    }
    out
}

#[test]
fn every_language_has_every_message_of_every_area() {
    let english = ids_by_area(Locale::En);
    assert!(english.len() >= 3, "areas found: {:?}", english.keys());
    for locale in [Locale::Es, Locale::Fr] {
        let other = ids_by_area(locale);
        assert_eq!(
            other.keys().collect::<Vec<_>>(),
            english.keys().collect::<Vec<_>>(),
            "{locale}: one file per area, as in English"
        );
        for (area, ids) in &english {
            let theirs = &other[area];
            let missing: Vec<_> = ids.difference(theirs).collect();
            let extra: Vec<_> = theirs.difference(ids).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{locale}/{area}.ftl: missing {missing:?}, not in English {extra:?}"
            );
        }
    }
}

/// A value for every variable any message names (`{ $count }`), so each renders without errors.
fn sample_args() -> Vec<(&'static str, Arg)> {
    let mut names = BTreeSet::new();
    for locale in Locale::ALL {
        let dir = locales_dir().join(locale.as_str());
        for entry in std::fs::read_dir(&dir).expect("a folder per language") {
            let source =
                std::fs::read_to_string(entry.expect("an entry").path()).expect("readable");
            for part in source.split("{ $").skip(1) {
                let name: String = part
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '-')
                    .collect();
                names.insert(name);
            }
        }
    }
    names
        .into_iter()
        .map(|n| (&*n.leak(), Arg::Number(2)))
        .collect()
}

#[test]
fn every_message_renders_in_every_language_without_errors() {
    for locale in Locale::ALL {
        for ids in ids_by_area(locale).values() {
            for id in ids.iter().filter(|id| !id.starts_with('-')) {
                let shown = text_with(locale, id, &sample_args());
                assert_ne!(&shown, id, "{locale}: {id} is not found by the loader");
                assert!(!shown.trim().is_empty(), "{locale}: {id} is empty");
            }
        }
    }
}

#[test]
fn languages_are_chosen_from_accept_language() {
    assert_eq!(Locale::from_accept_language("es"), Some(Locale::Es));
    assert_eq!(
        Locale::from_accept_language("de-DE,fr-CA;q=0.8,en;q=0.5"),
        Some(Locale::Fr)
    );
    assert_eq!(
        Locale::from_accept_language("en;q=0.4, es-MX;q=0.9"),
        Some(Locale::Es)
    );
    assert_eq!(Locale::from_accept_language("fr;q=0, de"), None);
    assert_eq!(Locale::from_accept_language(""), None);
    assert_eq!(Locale::from_accept_language("*;q=abc,,;"), None);
    assert_eq!("fr".parse::<Locale>(), Ok(Locale::Fr));
    assert!("klingon".parse::<Locale>().is_err());
}

#[test]
fn arguments_and_plurals_follow_the_language() {
    let one = Msg::new("places-left").with("count", 1);
    let many = Msg::new("places-left").with("count", 12);
    assert_eq!(one.show(Locale::En), "1 place left");
    assert_eq!(many.show(Locale::En), "12 places left");
    assert_eq!(one.show(Locale::Fr), "1 place restante");
    assert_eq!(many.show(Locale::Es), "12 lugares disponibles");
    assert_eq!(many.to_string(), "12 places left", "Display is English");
}

#[test]
fn dates_numbers_and_money_are_written_as_each_language_does() {
    let t = Utc
        .with_ymd_and_hms(2026, 3, 14, 21, 0, 0)
        .single()
        .expect("a time");
    let tz = chrono_tz::America::Chicago;
    assert_eq!(when(Locale::En, t, tz), "Sat 14 Mar, 4:00 PM");
    assert_eq!(when(Locale::Es, t, tz), "sáb 14 mar, 16:00");
    assert_eq!(when(Locale::Fr, t, tz), "sam. 14 mars, 16 h 00");
    let d = chrono::NaiveDate::from_ymd_opt(2026, 3, 14).expect("a day");
    assert_eq!(date(Locale::En, d), "14 March 2026");
    assert_eq!(date(Locale::Es, d), "14 de marzo de 2026");
    assert_eq!(date(Locale::Fr, d), "14 mars 2026");
    assert_eq!(number(Locale::En, 1_234_567), "1,234,567");
    assert_eq!(number(Locale::Fr, -1_234), "-1\u{202F}234");
    assert_eq!(number(Locale::Es, 999), "999");
    assert_eq!(money(Locale::En, 0, "USD"), "Free");
    assert_eq!(money(Locale::Es, 0, "USD"), "Gratis");
    assert_eq!(money(Locale::Fr, 0, "CAD"), "Gratuit");
    assert_eq!(money(Locale::En, 125_050, "USD"), "$1,250.50");
    assert_eq!(money(Locale::Es, 1_250, "USD"), "$12.50");
    assert_eq!(
        money(Locale::Fr, 125_050, "CAD"),
        "1\u{202F}250,50\u{00A0}$"
    );
    assert_eq!(money(Locale::En, 500, "GBP"), "£5.00");
    assert_eq!(money(Locale::En, 500, "CHF"), "CHF\u{00A0}5.00");
}

/// Every `"id"|t`, `|tn(`, `|ts(` in a template, every message id a page passes as its title and
/// every `Msg::new("id")` a handler composes names a message English has (the test above then
/// holds it in every language).
#[test]
fn every_id_the_pages_use_exists() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let known: BTreeSet<String> = ids_by_area(Locale::En).into_values().flatten().collect();
    let mut used = Vec::new();
    let mut scan = |dir: PathBuf, found: &dyn Fn(&str) -> Vec<String>| {
        let mut stack = vec![dir];
        while let Some(d) = stack.pop() {
            for entry in std::fs::read_dir(&d).expect("a folder") {
                let path = entry.expect("an entry").path();
                if path.is_dir() {
                    stack.push(path);
                } else if let Ok(source) = std::fs::read_to_string(&path) {
                    for id in found(&source) {
                        used.push((path.display().to_string(), id));
                    }
                }
            }
        }
    };
    let quoted_before = |source: &str, marker: &str| -> Vec<String> {
        source
            .match_indices(marker)
            .filter_map(|(at, _)| {
                let head = source[..at].strip_suffix('"')?;
                let start = head.rfind('"')? + 1;
                Some(head[start..].to_string())
            })
            .collect()
    };
    scan(root.join("frontend/templates"), &|s| {
        ["|t ", "|t}", "|tn(", "|ts("]
            .iter()
            .flat_map(|m| quoted_before(s, m))
            .collect()
    });
    scan(root.join("crates/web/src"), &|s| {
        ["&viewer, \"", "Msg::new(\"", "set_title(\""]
            .iter()
            .flat_map(|marker| s.split(marker).skip(1))
            .filter_map(|rest| rest.split('"').next())
            .filter(|id| !id.contains(' '))
            .map(str::to_string)
            .collect()
    });
    assert!(used.len() > 50, "found {} uses", used.len());
    let missing: Vec<_> = used.iter().filter(|(_, id)| !known.contains(id)).collect();
    assert!(
        missing.is_empty(),
        "ids with no English message: {missing:?}"
    );
}

/// Every message id the Rust code names (`Msg::new("err-…")`, and any `"err-…"` literal: error
/// messages are kept as ids until shown) has an English message.
#[test]
fn every_error_id_the_code_uses_exists() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../crates");
    let known: BTreeSet<String> = ids_by_area(Locale::En).into_values().flatten().collect();
    let mut used = Vec::new();
    let mut stack = vec![root];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).expect("a folder") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let source = std::fs::read_to_string(&path).expect("readable");
                for part in source.split("\"err-").skip(1) {
                    let id: String = part
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                        .collect();
                    if !id.is_empty() && part[id.len()..].starts_with('"') {
                        used.push((path.display().to_string(), format!("err-{id}")));
                    }
                }
            }
        }
    }
    // Mail templates name their messages as `w.t("email-verify-intro")`.
    let mails = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../frontend/templates/emails");
    for entry in std::fs::read_dir(&mails).expect("the mail templates") {
        let path = entry.expect("an entry").path();
        let source = std::fs::read_to_string(&path).expect("readable");
        for part in source.split(".t(\"").skip(1) {
            let id = part.split('"').next().unwrap_or_default();
            used.push((path.display().to_string(), id.to_string()));
        }
    }
    assert!(used.len() > 100, "found {} uses", used.len());
    let missing: Vec<_> = used.iter().filter(|(_, id)| !known.contains(id)).collect();
    assert!(
        missing.is_empty(),
        "ids with no English message: {missing:?}"
    );
}

#[test]
fn messages_nest_in_the_same_language() {
    let inner = Msg::new("err-enter-name");
    let outer = Msg::new("err-batch-item")
        .with("item", 3)
        .with("message", inner);
    assert_eq!(outer.show(Locale::En), "item 3: enter a name");
    assert_eq!(outer.show(Locale::Es), "elemento 3: escribe un nombre");
    assert_eq!(outer.show(Locale::Fr), "élément 3\u{a0}: entrez un nom");
}

#[test]
fn whole_numbers_in_sentences_are_grouped_as_each_language_writes_them() {
    let n = [("count", Arg::Number(12_345))];
    assert_eq!(
        text_with(Locale::En, "results-count", &n),
        "12,345 activities"
    );
    assert_eq!(
        text_with(Locale::Es, "results-count", &n),
        "12,345 actividades"
    );
    assert_eq!(
        text_with(Locale::Fr, "results-count", &n),
        "12\u{202f}345 activités"
    );
    let one = [("count", Arg::Number(1))];
    assert_eq!(text_with(Locale::En, "results-count", &one), "1 activity");
}
