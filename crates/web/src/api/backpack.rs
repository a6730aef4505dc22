//! The signed-in person's own badges.

use crate::error::{kinds, ApiError, Errors};
use crate::extract::ApiCaller;
use actix_web::{get, web, HttpResponse};
use citybadges_app::backpack::Backpack;
use citybadges_app::App;

/// Every badge awarded to the signed-in person, from every organization, newest first: issued,
/// revoked (with the reason) and expired ones alike, each with its credential's files.
#[utoipa::path(
    tag = "account",
    security(("session" = [])),
    responses(
        (status = 200, description = "The backpack", body = Backpack),
        Errors<{ kinds::CALLER }>,
    )
)]
#[get("/api/v1/me/backpack")]
pub async fn my_backpack(app: web::Data<App>, caller: ApiCaller) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(app.my_backpack(caller.0).await?))
}
