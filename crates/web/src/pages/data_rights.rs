//! Downloading everything about an account, and deleting it: one's own (from the account page)
//! or a child's (from the guardian's page).

use super::{redirect, render, Layout};
use crate::error::PageError;
use crate::extract::{CsrfForm, Viewer};
use actix_web::http::header;
use actix_web::{web, HttpResponse};
use citybadges_app::data_rights::{Export, Whose};
use citybadges_app::App;
use citybadges_i18n::Msg;
use serde::Deserialize;

/// An export as a file to save, never kept by a cache.
pub fn download(export: Export) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("application/zip")
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{}\"", export.filename),
        ))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(export.zip)
}

pub async fn my_export(app: web::Data<App>, viewer: Viewer) -> Result<HttpResponse, PageError> {
    Ok(download(
        app.export_account(viewer.actor.clone(), Whose::Mine)
            .await?,
    ))
}

pub async fn child_export(
    app: web::Data<App>,
    viewer: Viewer,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let whose = Whose::Child(id.into_inner());
    Ok(download(
        app.export_account(viewer.actor.clone(), whose).await?,
    ))
}

#[derive(Deserialize)]
pub struct DeleteForm {
    /// The acting person's own password, to confirm.
    #[serde(default)]
    password: String,
}

/// Delete one's own account: signed out, and told so.
pub async fn delete_mine(
    app: web::Data<App>,
    viewer: Viewer,
    CsrfForm(form): CsrfForm<DeleteForm>,
) -> Result<HttpResponse, PageError> {
    match app
        .delete_account(viewer.actor.clone(), Whose::Mine, form.password)
        .await
    {
        Ok(()) => {
            if let Some(sid) = viewer.session_id.clone() {
                let _ = app.log_out(sid).await;
            }
            // The page is drawn for a visitor: a fresh anonymous cookie replaces the session's.
            let signed_out = Viewer {
                actor: citybadges_domain::policy::Actor::Anonymous,
                user: None,
                session_id: None,
                ..viewer
            };
            let layout = Layout::new(&app, &signed_out, "deleted-title").await?;
            render(&super::account::MessagePage {
                layout,
                heading: Msg::new("deleted-title"),
                message: Msg::new("deleted-lead"),
                link: None,
            })
        }
        Err(e) => {
            let (errors, _) = super::account::field_errors(viewer.locale.unwrap_or_default(), e)?;
            let mut resp = super::account::me_page(&app, &viewer, false, None, errors).await?;
            *resp.status_mut() = actix_web::http::StatusCode::UNPROCESSABLE_ENTITY;
            Ok(resp)
        }
    }
}

/// A guardian deletes a child's account, then sees their page.
pub async fn delete_child(
    app: web::Data<App>,
    viewer: Viewer,
    id: web::Path<String>,
    CsrfForm(form): CsrfForm<DeleteForm>,
) -> Result<HttpResponse, PageError> {
    let child = id.into_inner();
    match app
        .delete_account(
            viewer.actor.clone(),
            Whose::Child(child.clone()),
            form.password,
        )
        .await
    {
        Ok(()) => Ok(redirect("/guardian?done=deleted")),
        Err(e) => {
            let (errors, _) = super::account::field_errors(viewer.locale.unwrap_or_default(), e)?;
            let message = errors.into_values().next().unwrap_or_default();
            let mut resp =
                super::guardians::guardian_page(&app, &viewer, None, Some((child, message)))
                    .await?;
            *resp.status_mut() = actix_web::http::StatusCode::UNPROCESSABLE_ENTITY;
            Ok(resp)
        }
    }
}
