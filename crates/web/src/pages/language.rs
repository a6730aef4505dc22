//! The language switcher in every page's footer.

use super::redirect;
use crate::error::PageError;
use crate::extract::{lang_cookie, local_path, CsrfForm, Viewer};
use actix_web::{web, HttpResponse};
use citybadges_app::App;
use citybadges_i18n::Locale;

#[derive(serde::Deserialize)]
pub struct LanguageForm {
    lang: String,
    next: Option<String>,
}

/// Switch the language: kept in a cookie for everyone, and as the account's setting for a
/// signed-in person (their mail follows it); then back to the page they were on.
pub async fn choose(
    app: web::Data<App>,
    viewer: Viewer,
    CsrfForm(form): CsrfForm<LanguageForm>,
) -> Result<HttpResponse, PageError> {
    let locale: Locale = form
        .lang
        .parse()
        .map_err(|e: citybadges_i18n::UnknownLocale| {
            citybadges_app::Error::invalid(
                "lang",
                citybadges_i18n::Msg::new("err-unknown-locale").with("value", e.0),
            )
        })?;
    if viewer.user.is_some() {
        app.set_locale(viewer.actor.clone(), locale).await?;
    }
    let back = form.next.as_deref().and_then(local_path).unwrap_or("/");
    let mut resp = redirect(back);
    resp.add_cookie(&lang_cookie(&app, locale))
        .map_err(|e| citybadges_app::Error::Internal(format!("cookie: {e}")))?;
    Ok(resp)
}
