//! A youth's enrollments: take a place in a session (or wait for one), list them, cancel.
//! Only the signed-in youth's own; tokens of organizations are refused.

use crate::error::{kinds, ApiError, Errors};
use crate::extract::ApiCaller;
use crate::json::Json;
use actix_web::{delete, get, post, web, HttpResponse};
use citybadges_app::enrolling::{EnrollmentView, Schedule};
use citybadges_app::App;
use serde::Deserialize;
use utoipa::ToSchema;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EnrollInput {
    /// The session's id (`sessions[].id` of an activity).
    pub session_id: String,
}

/// The signed-in youth's enrollments: sessions to come, then past, cancelled and undated ones.
#[utoipa::path(
    tag = "enrolling",
    security(("session" = [])),
    responses(
        (status = 200, description = "The schedule", body = Schedule),
        Errors<{ kinds::CALLER }>,
    )
)]
#[get("/api/v1/me/enrollments")]
pub async fn list_enrollments(
    app: web::Data<App>,
    caller: ApiCaller,
) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(app.my_schedule(caller.0).await?))
}

/// Take a place in a session, or a place on its waitlist when it is full (`status` says which;
/// `waitlist_position` is the place in line). Asking again for the same session answers with
/// the same enrollment. 403 with the reason when the youth may not enroll (under 13 without a
/// guardian's approval, outside the activity's ages); 409 once the session has started.
#[utoipa::path(
    tag = "enrolling",
    security(("session" = [])),
    request_body = EnrollInput,
    responses(
        (status = 200, description = "The enrollment", body = EnrollmentView),
        Errors<{ kinds::CALLER | kinds::NOT_FOUND | kinds::CONFLICT | kinds::BODY }>,
    )
)]
#[post("/api/v1/me/enrollments")]
pub async fn enroll(
    app: web::Data<App>,
    caller: ApiCaller,
    body: Json<EnrollInput>,
) -> Result<HttpResponse, ApiError> {
    let e = app.enroll(caller.0, body.into_inner().session_id).await?;
    Ok(HttpResponse::Ok().json(e))
}

/// Give a place back, or leave a waitlist, before the session starts; a freed place goes to the
/// first in line, who is told by email. The enrollment stays, `cancelled`.
#[utoipa::path(
    tag = "enrolling",
    security(("session" = [])),
    params(("id" = String, Path, description = "Enrollment id")),
    responses(
        (status = 200, description = "The enrollment, cancelled", body = EnrollmentView),
        Errors<{ kinds::CALLER | kinds::NOT_FOUND | kinds::CONFLICT }>,
    )
)]
#[delete("/api/v1/me/enrollments/{id}")]
pub async fn cancel_enrollment(
    app: web::Data<App>,
    caller: ApiCaller,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let e = app.cancel_enrollment(caller.0, id.into_inner()).await?;
    Ok(HttpResponse::Ok().json(e))
}
