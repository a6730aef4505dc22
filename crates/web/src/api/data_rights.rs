//! The signed-in person's data, whole.

use crate::error::{kinds, ApiError, Errors};
use crate::extract::ApiCaller;
use actix_web::{get, web, HttpResponse};
use citybadges_app::data_rights::Whose;
use citybadges_app::App;

/// Everything the platform holds about the signed-in account, as a zip: `account.json` (the
/// account, memberships, schedule, backpack, guardian requests) and each badge's signed
/// credential as `credentials/{award}.json`.
#[utoipa::path(
    tag = "account",
    security(("session" = [])),
    responses(
        (status = 200, description = "The export", content_type = "application/zip", body = Vec<u8>),
        Errors<{ kinds::CALLER }>,
    )
)]
#[get("/api/v1/me/export")]
pub async fn my_export(app: web::Data<App>, caller: ApiCaller) -> Result<HttpResponse, ApiError> {
    let export = app.export_account(caller.0, Whose::Mine).await?;
    Ok(crate::pages::data_rights::download(export))
}
