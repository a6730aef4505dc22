//! Dates, times, numbers and money as each language writes them. Month and day names come from
//! chrono's CLDR tables (`unstable-locales`); the patterns are chosen here, one per locale, and
//! tested below.

use crate::{text, Locale};
use chrono::{DateTime, NaiveDate, Utc};
use fluent_templates::fluent_bundle::FluentValue;

/// CLDR's narrow no-break space: French groups thousands with it.
const NNBSP: char = '\u{202F}';
/// No-break space: between a French amount and its currency sign.
const NBSP: char = '\u{00A0}';

fn chrono_locale(locale: Locale) -> chrono::Locale {
    match locale {
        Locale::En => chrono::Locale::en_US,
        // Spanish as written in the Americas (Chicago's second language).
        Locale::Es => chrono::Locale::es_US,
        // French day and month abbreviations with their points ("sam.", "mars"); the hour
        // pattern below is Québec's ("16 h 00").
        Locale::Fr => chrono::Locale::fr_FR,
    }
}

/// A session's start in the city's zone: "Sat 14 Mar, 4:00 PM", "sáb 14 mar, 16:00",
/// "sam. 14 mars, 16 h 00".
pub fn when(locale: Locale, t: DateTime<Utc>, tz: chrono_tz::Tz) -> String {
    let local = t.with_timezone(&tz);
    match locale {
        Locale::En => local.format("%a %-d %b, %-I:%M %p").to_string(),
        Locale::Es => local
            .format_localized("%a %-d %b, %H:%M", chrono_locale(locale))
            .to_string(),
        Locale::Fr => local
            .format_localized("%a %-d %b, %H h %M", chrono_locale(locale))
            .to_string(),
    }
}

/// A day in full: "14 March 2026", "14 de marzo de 2026", "14 mars 2026".
pub fn date(locale: Locale, d: NaiveDate) -> String {
    let pattern = match locale {
        Locale::Es => "%-d de %B de %Y",
        Locale::En | Locale::Fr => "%-d %B %Y",
    };
    d.format_localized(pattern, chrono_locale(locale))
        .to_string()
}

/// A whole number inside a Fluent sentence, grouped as [`number`] writes it; anything else
/// (fractions, numbers with digit options) Fluent writes itself. One function per language,
/// since Fluent takes a plain function pointer per bundle.
fn in_sentence<M>(locale: Locale, value: &FluentValue, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(n)
            if n.options.minimum_fraction_digits.is_none()
                && n.value.fract() == 0.0
                && n.value.abs() < 1e15 =>
        {
            Some(number(locale, n.value as i64))
        }
        _ => None,
    }
}

pub(crate) fn in_sentence_en<M>(value: &FluentValue, m: &M) -> Option<String> {
    in_sentence(Locale::En, value, m)
}

pub(crate) fn in_sentence_es<M>(value: &FluentValue, m: &M) -> Option<String> {
    in_sentence(Locale::Es, value, m)
}

pub(crate) fn in_sentence_fr<M>(value: &FluentValue, m: &M) -> Option<String> {
    in_sentence(Locale::Fr, value, m)
}

/// A whole number with the locale's grouping: "12,345", "12 345".
pub fn number(locale: Locale, n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let sep = match locale {
        Locale::En | Locale::Es => ',',
        Locale::Fr => NNBSP,
    };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    if n < 0 {
        out.insert(0, '-');
    }
    out
}

/// A price in the city's currency (ISO 4217 code): "Free", "$1,250.00", "1 250,00 $".
pub fn money(locale: Locale, cents: i64, currency: &str) -> String {
    if cents == 0 {
        return text(locale, "cost-free");
    }
    let amount = format!(
        "{}{}{:02}",
        number(locale, cents / 100),
        if locale == Locale::Fr { ',' } else { '.' },
        (cents % 100).abs()
    );
    let sign = match currency.to_ascii_uppercase().as_str() {
        "USD" | "CAD" | "AUD" | "NZD" | "MXN" => "$".to_string(),
        "GBP" => "£".to_string(),
        "EUR" => "€".to_string(),
        other => format!("{other}{NBSP}"),
    };
    match locale {
        Locale::En | Locale::Es => format!("{sign}{amount}"),
        Locale::Fr => format!("{amount}{NBSP}{}", sign.trim_end_matches(NBSP)),
    }
}
