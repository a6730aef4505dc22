//! Saving an activity for later from its page, and forgetting it (from there or the schedule).

use super::redirect;
use crate::error::PageError;
use crate::extract::{local_path, CsrfForm, Viewer};
use actix_web::{web, HttpResponse};
use citybadges_app::App;
use serde::Deserialize;

#[derive(Deserialize)]
pub struct SavedForm {
    #[serde(default)]
    org: String,
    #[serde(default)]
    slug: String,
    /// The page to come back to (the activity's page or the schedule).
    back: Option<String>,
}

impl SavedForm {
    fn back(&self, done: &str) -> HttpResponse {
        let back = self
            .back
            .as_deref()
            .and_then(local_path)
            .unwrap_or("/me/schedule");
        let sep = if back.contains('?') { '&' } else { '?' };
        redirect(&format!("{back}{sep}done={done}"))
    }
}

pub async fn save(
    app: web::Data<App>,
    viewer: Viewer,
    CsrfForm(form): CsrfForm<SavedForm>,
) -> Result<HttpResponse, PageError> {
    app.save_activity(viewer.actor.clone(), form.org.clone(), form.slug.clone())
        .await?;
    Ok(form.back("saved"))
}

pub async fn remove(
    app: web::Data<App>,
    viewer: Viewer,
    CsrfForm(form): CsrfForm<SavedForm>,
) -> Result<HttpResponse, PageError> {
    app.unsave_activity(viewer.actor.clone(), form.org.clone(), form.slug.clone())
        .await?;
    Ok(form.back("unsaved"))
}
