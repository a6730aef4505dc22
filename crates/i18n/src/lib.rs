//! The languages people read CityBadges in. Every sentence a person reads (pages, emails, error
//! messages) is a Fluent message in `frontend/locales/{en,es,fr}/{area}.ftl`, embedded in the
//! binary at build time; English is the fallback. Dates, times, numbers and money are formatted
//! here for each locale. City content (an activity's title) is never translated: it stays as its
//! organization wrote it.

mod format;
mod locale;
mod msg;

pub use format::{date, money, number, when};
pub use locale::{Locale, UnknownLocale};
pub use msg::{Arg, Msg};

use fluent_templates::{fluent_bundle::FluentValue, Loader};
use std::borrow::Cow;
use std::collections::HashMap;

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "../../frontend/locales",
        fallback_language: "en",
        // No Unicode isolation marks around arguments: inside HTML and plain-text mail they are
        // noise, and the page's `dir` already sets the direction.
        // Whole numbers in sentences grouped as the language writes them ("1,234", "1 234").
        customise: |bundle| {
            bundle.set_use_isolating(false);
            let lang = bundle.locales.first().map(|l| l.language.to_string());
            match lang.as_deref() {
                Some("fr") => bundle.set_formatter(Some(format::in_sentence_fr)),
                Some("es") => bundle.set_formatter(Some(format::in_sentence_es)),
                _ => bundle.set_formatter(Some(format::in_sentence_en)),
            }
        },
    };
}

/// The message `id` in `locale` (English when the language lacks it). An id no file has is
/// shown as itself, so a slip is visible, never a blank; a test keeps every id in every file.
pub fn text(locale: Locale, id: &str) -> String {
    LOCALES
        .try_lookup(locale.langid(), id)
        .unwrap_or_else(|| id.to_string())
}

/// The message `id` with its arguments (`{ $count }` in the file).
pub fn text_with(locale: Locale, id: &str, args: &[(&str, Arg)]) -> String {
    let args: HashMap<Cow<'static, str>, FluentValue> = args
        .iter()
        .map(|(k, v)| (Cow::Owned(k.to_string()), v.to_fluent(locale)))
        .collect();
    LOCALES
        .try_lookup_with_args(locale.langid(), id, &args)
        .unwrap_or_else(|| id.to_string())
}

#[cfg(test)]
mod tests;
