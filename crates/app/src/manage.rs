//! An organization's private side (dashboard, drafts, staff, API tokens) and the city
//! coordinators' organization review. Every function starts with the policy.

use crate::catalog::{activity_views, org_view, paging};
use crate::context::App;
use crate::error::{Error, Result};
use crate::views::{ActivityView, OrganizationView, PageOf};
use crate::{audit, secrets};
use citybadges_domain::policy::{self, Action, Actor, OrgScope};
use citybadges_domain::{
    ActorKind, ApiTokenId, AuditTarget, OrgId, OrgStatus, PublicationStatus, Role, UserId,
};
use citybadges_i18n::Msg;
use citybadges_store::models::{ApiTokenRow, OrganizationRow};
use citybadges_store::repo::{self, orgs::OrgFilter};
use citybadges_store::AnyConnection;
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct MemberView {
    pub user_id: String,
    pub display_name: String,
    pub email: String,
    #[schema(value_type = String)]
    pub role: Role,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ApiTokenView {
    pub id: String,
    pub name: String,
    /// The first characters of the token, to recognise it.
    pub prefix: String,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub last_used_at: Option<chrono::DateTime<chrono::Utc>>,
    pub revoked: bool,
}

/// A token as created: the secret is in `token` and is never shown again.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CreatedToken {
    pub token: String,
    pub info: ApiTokenView,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct AuditView {
    pub at: chrono::DateTime<chrono::Utc>,
    #[schema(value_type = String)]
    pub actor_kind: ActorKind,
    pub action: String,
    #[schema(value_type = String)]
    pub target_type: AuditTarget,
    pub target_id: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Dashboard {
    pub org: OrganizationView,
    /// The viewer's role here; `None` for city staff looking in.
    pub role: Option<Role>,
    pub can_manage_tokens: bool,
    pub members: Vec<MemberView>,
    pub activities: PageOf<ActivityView>,
    pub tokens: Vec<ApiTokenView>,
    pub audit: Vec<AuditView>,
}

pub(crate) fn org_by_slug(conn: &mut AnyConnection, slug: &str) -> Result<OrganizationRow> {
    repo::orgs::by_slug(conn, slug)?.ok_or(Error::NotFound("organization"))
}

/// Look the organization up and authorize in one step; the scope carries the authorized id.
pub(crate) fn scoped(
    conn: &mut AnyConnection,
    actor: &Actor,
    slug: &str,
    action: fn(OrgId) -> Action,
) -> Result<(OrganizationRow, OrgScope)> {
    // Ask who is calling before saying whether the organization exists.
    if *actor == Actor::Anonymous {
        return Err(Error::Unauthenticated);
    }
    let org = org_by_slug(conn, slug)?;
    let scope = policy::authorize_in_org(actor, action(org.id)).map_err(|denied| {
        // Only an organization the public can see (or one's own) may answer "not allowed": any
        // other answers as an unknown one, so its slug cannot be probed.
        if org.status == OrgStatus::Active || actor.role_in(org.id).is_some() {
            Error::from(denied)
        } else {
            Error::NotFound("organization")
        }
    })?;
    Ok((org, scope))
}

fn token_view(t: ApiTokenRow) -> ApiTokenView {
    ApiTokenView {
        id: t.id.to_string(),
        name: t.name,
        prefix: t.prefix,
        created_at: t.created_at.and_utc(),
        last_used_at: t.last_used_at.map(|x| x.and_utc()),
        revoked: t.revoked_at.is_some(),
    }
}

fn new_token(
    conn: &mut AnyConnection,
    scope: &OrgScope,
    user: UserId,
    name: &str,
) -> Result<CreatedToken> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 80 {
        return Err(Error::invalid("name", Msg::new("err-token-name")));
    }
    let token = format!("cbt_{}", secrets::random_token());
    let row = ApiTokenRow {
        id: ApiTokenId::new(),
        organization_id: scope.org_id(),
        user_id: user,
        name: name.into(),
        token_hash: secrets::token_hash(&token),
        prefix: token.chars().take(10).collect(),
        created_at: citybadges_store::now(),
        last_used_at: None,
        revoked_at: None,
    };
    repo::tokens::insert(conn, &row)?;
    Ok(CreatedToken {
        token,
        info: token_view(row),
    })
}

impl App {
    pub async fn dashboard(
        &self,
        actor: Actor,
        slug: String,
        page: Option<i64>,
    ) -> Result<Dashboard> {
        let paging = paging(page, None, 20)?;
        self.db(move |conn| {
            let (org, scope) = scoped(conn, &actor, &slug, Action::ViewOrgPrivate)?;
            let can_manage_tokens =
                policy::authorize(&actor, Action::ManageApiTokens(scope.org_id())).is_ok();
            let members = repo::orgs::members(conn, &scope)?
                .into_iter()
                .map(|(m, u)| MemberView {
                    user_id: u.id.to_string(),
                    display_name: u.display_name,
                    email: u.email,
                    role: m.role,
                })
                .collect();
            let page = repo::activities::list_for_org(conn, &scope, None, paging)?;
            let rows = page.items.into_iter().map(|a| (a, org.clone())).collect();
            let activities = PageOf {
                items: activity_views(conn, rows)?,
                total: page.total,
                page: paging.page,
                per_page: paging.per_page,
            };
            let tokens = if can_manage_tokens {
                repo::tokens::list(conn, &scope)?
                    .into_iter()
                    .map(token_view)
                    .collect()
            } else {
                Vec::new()
            };
            let audit = repo::audit::recent_for_org(conn, &scope, 20)?
                .into_iter()
                .map(|a| AuditView {
                    at: a.at.and_utc(),
                    actor_kind: a.actor_kind,
                    action: a.action,
                    target_type: a.target_type,
                    target_id: a.target_id,
                })
                .collect();
            Ok(Dashboard {
                org: org_view(org, None),
                role: scope.role(),
                can_manage_tokens,
                members,
                activities,
                tokens,
                audit,
            })
        })
        .await
    }

    /// All of an organization's activities, drafts included, for its staff and integrations.
    pub async fn org_activities(
        &self,
        actor: Actor,
        slug: String,
        status: Option<String>,
        page: Option<i64>,
        per_page: Option<i64>,
    ) -> Result<PageOf<ActivityView>> {
        let status = match status.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(s) => Some(
                s.parse::<PublicationStatus>()
                    .map_err(|e| Error::invalid("status", e.msg()))?,
            ),
        };
        let paging = paging(page, per_page, 20)?;
        self.db(move |conn| {
            let (org, scope) = scoped(conn, &actor, &slug, Action::ViewOrgPrivate)?;
            let page = repo::activities::list_for_org(conn, &scope, status, paging)?;
            let rows = page.items.into_iter().map(|a| (a, org.clone())).collect();
            Ok(PageOf {
                items: activity_views(conn, rows)?,
                total: page.total,
                page: paging.page,
                per_page: paging.per_page,
            })
        })
        .await
    }

    pub async fn create_api_token(
        &self,
        actor: Actor,
        slug: String,
        name: String,
    ) -> Result<CreatedToken> {
        self.tx(move |conn| {
            let (_, scope) = scoped(conn, &actor, &slug, Action::ManageApiTokens)?;
            let user = actor.user_id().ok_or(Error::Unauthenticated)?;
            let created = new_token(conn, &scope, user, &name)?;
            audit::record(
                conn,
                audit::Entry {
                    actor: &actor,
                    org_id: Some(scope.org_id()),
                    action: "api_token.create",
                    target_type: AuditTarget::ApiToken,
                    target_id: created.info.id.clone(),
                    details: serde_json::json!({ "name": created.info.name }),
                },
            )?;
            Ok(created)
        })
        .await
    }

    /// The operator's `token create`: a token acting for `email`, who must be an administrator or
    /// staff member of the organization.
    pub async fn create_api_token_for_member(
        &self,
        slug: String,
        email: String,
        name: String,
    ) -> Result<CreatedToken> {
        self.tx(move |conn| {
            let org_id = org_by_slug(conn, &slug)?.id;
            let user = repo::users::by_email(conn, &email.trim().to_lowercase())?.ok_or(Error::NotFound("user"))?;
            let role = repo::orgs::role_of(conn, user.id, org_id)?
                .ok_or_else(|| Error::BadRequest(Msg::new("err-not-a-member").with("email", email.as_str()).with("org", slug.as_str())))?;
            let user_id = user.id;
            // Act as an administrator of this one organization, whatever the member's role, but only
            // for members who may issue: reviewers do not get integration tokens.
            if !matches!(role, Role::OrgAdmin | Role::Staff) {
                return Err(Error::BadRequest(Msg::new("err-token-role").with("email", email.as_str()).with("role", role.to_string()).with("org", slug.as_str())));
            }
            let operator = Actor::User(policy::UserActor {
                id: user_id,
                kind: citybadges_domain::AccountKind::Staff,
                memberships: vec![(org_id, Role::OrgAdmin)],
            });
            let scope = policy::authorize_in_org(&operator, Action::ManageApiTokens(org_id))?;
            let created = new_token(conn, &scope, user_id, &name)?;
            audit::record(
                conn,
                audit::Entry {
                    actor: &operator,
                    org_id: Some(org_id),
                    action: "api_token.create",
                    target_type: AuditTarget::ApiToken,
                    target_id: created.info.id.clone(),
                    details: serde_json::json!({ "name": created.info.name, "via": "command line" }),
                },
            )?;
            Ok(created)
        })
        .await
    }

    pub async fn revoke_api_token(
        &self,
        actor: Actor,
        slug: String,
        token_id: String,
    ) -> Result<()> {
        self.tx(move |conn| {
            let (_, scope) = scoped(conn, &actor, &slug, Action::ManageApiTokens)?;
            let revoked = match token_id.parse::<ApiTokenId>() {
                Ok(id) => repo::tokens::revoke(conn, &scope, id, citybadges_store::now())?,
                // Not an id this platform hands out: not one of the organization's tokens.
                Err(_) => 0,
            };
            if revoked == 0 {
                return Err(Error::NotFound("api-token"));
            }
            audit::record(
                conn,
                audit::Entry {
                    actor: &actor,
                    org_id: Some(scope.org_id()),
                    action: "api_token.revoke",
                    target_type: AuditTarget::ApiToken,
                    target_id: token_id,
                    details: serde_json::json!({}),
                },
            )?;
            Ok(())
        })
        .await
    }

    /// Organizations by status, for city coordinators.
    pub async fn organizations_for_review(
        &self,
        actor: Actor,
        status: Option<String>,
    ) -> Result<Vec<OrganizationView>> {
        policy::authorize(&actor, Action::ApproveOrganizations)?;
        let status = match status.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(s) => Some(
                s.parse::<OrgStatus>()
                    .map_err(|e| Error::invalid("status", e.msg()))?,
            ),
        };
        self.db(move |conn| {
            let filter = OrgFilter {
                status,
                kind: None,
                neighbourhood_id: None,
            };
            let page = repo::orgs::list(
                conn,
                &filter,
                repo::Paging {
                    page: 1,
                    per_page: 1000,
                },
            )?;
            Ok(page.items.into_iter().map(|o| org_view(o, None)).collect())
        })
        .await
    }

    pub async fn set_organization_status(
        &self,
        actor: Actor,
        slug: String,
        status: String,
    ) -> Result<()> {
        policy::authorize(&actor, Action::ApproveOrganizations)?;
        let status = status
            .trim()
            .parse::<OrgStatus>()
            .map_err(|e| Error::invalid("status", e.msg()))?;
        self.tx(move |conn| {
            let org = org_by_slug(conn, &slug)?;
            repo::orgs::set_status(conn, org.id, status, citybadges_store::now())?;
            let change = crate::search::SearchChange {
                activities: vec![],
                organizations: vec![org.id],
            };
            crate::outbox::enqueue(conn, &crate::outbox::Effect::Search(change))?;
            audit::record(
                conn,
                audit::Entry {
                    actor: &actor,
                    org_id: Some(org.id),
                    action: "organization.set_status",
                    target_type: AuditTarget::Organization,
                    target_id: org.id.to_string(),
                    details: serde_json::json!({ "from": org.status, "to": status }),
                },
            )?;
            Ok(())
        })
        .await?;
        self.wake_outbox();
        // The organization's page, badges and activities appear or leave the public catalog.
        self.catalog_changed().await;
        Ok(())
    }
}
