//! Endpoints for signed-in people and organizations' integrations (bearer tokens).

use crate::error::{kinds, ApiError, Errors};
use crate::extract::{session_id, ApiCaller};
use crate::json::Json;
use actix_web::{get, post, web, HttpRequest, HttpResponse};
use citybadges_app::activities::ActivityInput;
use citybadges_app::sessions::CurrentUser;
use citybadges_app::views::{ActivityView, PageOf};
use citybadges_app::{App, Error};
use citybadges_domain::policy::Actor;
use citybadges_domain::ActorKind;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

#[derive(Serialize, ToSchema)]
pub struct Me {
    /// `user` for a browser session, `api_token` for an integration.
    pub caller: String,
    pub user: Option<CurrentUser>,
    /// The organization a token acts for.
    pub organization_id: Option<String>,
}

/// Who is calling: the signed-in person, or the organization a token belongs to.
#[utoipa::path(
    tag = "account",
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "The caller", body = Me),
        Errors<{ kinds::UNAUTHORIZED }>,
    )
)]
#[get("/api/v1/me")]
pub async fn me(
    app: web::Data<App>,
    req: HttpRequest,
    caller: ApiCaller,
) -> Result<HttpResponse, ApiError> {
    let view = match caller.0 {
        Actor::Anonymous => return Err(ApiError(Error::Unauthenticated)),
        Actor::ApiToken { org, .. } => Me {
            caller: ActorKind::ApiToken.to_string(),
            user: None,
            organization_id: Some(org.to_string()),
        },
        Actor::User(_) => {
            let (_, user) = app.actor_for_session(session_id(&req)).await?;
            Me {
                caller: ActorKind::User.to_string(),
                user,
                organization_id: None,
            }
        }
    };
    Ok(HttpResponse::Ok().json(view))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct OrgActivitiesParams {
    /// draft, published or archived; all when absent.
    pub status: Option<String>,
    /// Page number, from 1.
    pub page: Option<i64>,
    /// Items per page (default 20).
    pub per_page: Option<i64>,
}

/// All of an organization's activities, drafts included. For its staff and its tokens only.
#[utoipa::path(
    tag = "organization",
    security(("bearer" = []), ("session" = [])),
    params(("slug" = String, Path, description = "Organization slug"), OrgActivitiesParams),
    responses(
        (status = 200, description = "A page of the organization's activities", body = PageOf<ActivityView>),
        Errors<{ kinds::CALLER | kinds::NOT_FOUND | kinds::UNPROCESSABLE }>,
    )
)]
#[get("/api/v1/orgs/{slug}/activities")]
pub async fn org_activities(
    app: web::Data<App>,
    caller: ApiCaller,
    slug: web::Path<String>,
    q: web::Query<OrgActivitiesParams>,
) -> Result<HttpResponse, ApiError> {
    let q = q.into_inner();
    let page: PageOf<ActivityView> = app
        .org_activities(caller.0, slug.into_inner(), q.status, q.page, q.per_page)
        .await?;
    Ok(HttpResponse::Ok().json(page))
}

/// Create an activity (a draft unless `status` is `published`), with its sessions, topics and badges.
///
/// Beyond what the schema says: `age_min` may not be above `age_max`, each session ends after it
/// starts, `topics` and `neighbourhood` are the city's (`/api/v1/city`) and `badges` this
/// organization's published badges; otherwise 422.
#[utoipa::path(
    tag = "organization",
    security(("bearer" = []), ("session" = [])),
    params(("slug" = String, Path, description = "Organization slug")),
    request_body = ActivityInput,
    responses(
        (status = 201, description = "Created; `Location` is the public page", body = ActivityView,
            headers(("Location" = String, description = "The activity's public page"))),
        Errors<{ kinds::CALLER | kinds::NOT_FOUND | kinds::BODY }>,
    )
)]
#[post("/api/v1/orgs/{slug}/activities")]
pub async fn create_activity(
    app: web::Data<App>,
    caller: ApiCaller,
    slug: web::Path<String>,
    body: Json<ActivityInput>,
) -> Result<HttpResponse, ApiError> {
    let created = app
        .create_activity(caller.0, slug.into_inner(), body.into_inner())
        .await?;
    Ok(HttpResponse::Created()
        .insert_header((actix_web::http::header::LOCATION, created.url.clone()))
        .json(created))
}
