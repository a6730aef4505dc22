//! The public verify page: upload a badge image or file, paste a credential, or give its URL.

use super::filters;
use super::{pages, render, Layout};
use crate::api::verify::verify_input;
use crate::error::PageError;
use crate::extract::{client_key, Viewer};
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;
use citybadges_app::verifying::Outcome;
use citybadges_app::verifying::{Verified, VerifyInput};
use citybadges_app::App;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "verify.html")]
struct VerifyPage {
    layout: Layout,
    url: String,
    result: Option<Verified>,
    /// Why nothing could be verified (bad input), shown above the form.
    problem: Option<String>,
}

impl VerifyPage {
    fn outcome(&self, o: &Outcome) -> &'static str {
        match o {
            Outcome::Passed => "passed",
            Outcome::Failed => "failed",
            Outcome::Skipped => "skipped",
        }
    }

    /// The message naming where a credential was read from, when it was a file (a URL is shown
    /// as itself).
    fn source_id(&self, source: &str) -> Option<&'static str> {
        match source {
            "a baked PNG image" => Some("verify-source-png"),
            "a baked SVG image" => Some("verify-source-svg"),
            "JSON" => Some("verify-source-json"),
            _ => None,
        }
    }
}

#[derive(Deserialize)]
pub struct VerifyQuery {
    url: Option<String>,
}

/// Input problems are shown on the page; anything else is an error page.
fn split(
    result: Result<Verified, citybadges_app::Error>,
    locale: citybadges_i18n::Locale,
) -> Result<(Option<Verified>, Option<String>), PageError> {
    use citybadges_app::Error;
    match result {
        Ok(v) => Ok((Some(v), None)),
        Err(e @ (Error::BadRequest(_) | Error::Refused(_) | Error::NotFound(_))) => {
            Ok((None, Some(e.show(locale))))
        }
        Err(e) => Err(PageError(e)),
    }
}

pub async fn verify_form(
    app: web::Data<App>,
    req: HttpRequest,
    viewer: Viewer,
    q: web::Query<VerifyQuery>,
) -> Result<HttpResponse, PageError> {
    let url = q.into_inner().url.unwrap_or_default();
    let (result, problem) = if url.trim().is_empty() {
        (None, None)
    } else {
        app.check_verify_rate(&client_key(&req)).await?;
        split(
            app.verify(VerifyInput::Url(url.clone()), None).await,
            crate::error::page_locale(&app, &viewer).await,
        )?
    };
    let layout = Layout::new(&app, &viewer, "verify-title").await?;
    render(&VerifyPage {
        layout,
        url,
        result,
        problem,
    })
}

/// The form post: nothing changes on the server, so no CSRF token is needed; the rate limit
/// bounds how often anyone can make it fetch.
pub async fn verify_submit(
    app: web::Data<App>,
    req: HttpRequest,
    viewer: Viewer,
    payload: web::Payload,
) -> Result<HttpResponse, PageError> {
    app.check_verify_rate(&client_key(&req)).await?;
    let outcome = match verify_input(&req, payload).await {
        Ok((input, email)) => app.verify(input, email).await,
        Err(e) => Err(e),
    };
    let layout = Layout::new(&app, &viewer, "verify-title").await?;
    let (result, problem) = split(outcome, layout.locale)?;
    render(&VerifyPage {
        layout,
        url: String::new(),
        result,
        problem,
    })
}

pages!(VerifyPage);
