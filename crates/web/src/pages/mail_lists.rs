//! Leaving a kind of mail: the one-click address from a mail's `List-Unsubscribe` header (or its
//! page, which asks to confirm), and the account's mail settings.

use super::{filters, pages, redirect, render, Layout};
use crate::error::PageError;
use crate::extract::{CsrfForm, Viewer};
use actix_web::{web, HttpResponse};
use askama::Template;
use citybadges_app::mail_lists::ListChoice;
use citybadges_app::App;
use citybadges_domain::MailList;
use std::collections::HashMap;

#[derive(Template)]
#[template(path = "unsubscribe.html")]
struct UnsubscribePage {
    layout: Layout,
    list: MailList,
    token: String,
    /// Done (after the POST), or still to confirm.
    done: bool,
}

/// The page a person reaches by following the link: GET changes nothing (link checkers and
/// previews open links), so it asks to confirm.
pub async fn confirm(
    app: web::Data<App>,
    viewer: Viewer,
    token: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let token = token.into_inner();
    let list = app.unsubscribe_list(&token)?;
    let layout = Layout::new(&app, &viewer, "unsubscribe-title").await?;
    render(&UnsubscribePage {
        layout,
        list,
        token,
        done: false,
    })
}

/// Leave the list. A mail app posts `List-Unsubscribe=One-Click` here with no cookie (RFC 8058),
/// so there is no CSRF token to ask for: the signed address is the authority, and all it can do
/// is stop one kind of mail to one address.
pub async fn unsubscribe(
    app: web::Data<App>,
    viewer: Viewer,
    token: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let token = token.into_inner();
    let list = app.unsubscribe(token.clone()).await?;
    let layout = Layout::new(&app, &viewer, "unsubscribe-done-title").await?;
    render(&UnsubscribePage {
        layout,
        list,
        token,
        done: true,
    })
}

#[derive(Template)]
#[template(path = "mail_settings.html")]
struct SettingsPage {
    layout: Layout,
    lists: Vec<ListChoice>,
    saved: bool,
}

#[derive(serde::Deserialize)]
pub struct SettingsQuery {
    saved: Option<String>,
}

pub async fn settings(
    app: web::Data<App>,
    viewer: Viewer,
    q: web::Query<SettingsQuery>,
) -> Result<HttpResponse, PageError> {
    let lists = app.mail_preferences(viewer.actor.clone()).await?;
    let layout = Layout::new(&app, &viewer, "mail-settings-title").await?;
    render(&SettingsPage {
        layout,
        lists,
        saved: q.saved.is_some(),
    })
}

/// Save the settings: a ticked box (named by its list) keeps that mail coming.
pub async fn save(
    app: web::Data<App>,
    viewer: Viewer,
    CsrfForm(form): CsrfForm<HashMap<String, String>>,
) -> Result<HttpResponse, PageError> {
    let receiving = MailList::ALL
        .iter()
        .copied()
        .filter(|l| form.contains_key(l.as_str()))
        .collect();
    app.set_mail_preferences(viewer.actor.clone(), receiving)
        .await?;
    Ok(redirect("/me/mail?saved=1"))
}

pages!(UnsubscribePage, SettingsPage);
