//! The one place that answers "may this actor do this to that?".
//!
//! Use cases call [`authorize`] before any change or private read. Organization-scoped work then
//! carries an [`OrgScope`], which only this module can make: a repository function that takes an
//! `OrgScope` can never be handed an organization id that came straight from a request.

use crate::{AccountKind, ActorKind, OrgId, Role, UserId};

/// Who is acting: a signed-in person, an organization's API token, or no one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Actor {
    Anonymous,
    User(UserActor),
    /// An integration acting for one organization through a bearer token, with the rights its
    /// person holds there today (at most staff's), and only reading while the organization is
    /// suspended.
    ApiToken {
        org: OrgId,
        on_behalf_of: UserId,
        role: Role,
        read_only: bool,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserActor {
    pub id: UserId,
    pub kind: AccountKind,
    pub memberships: Vec<(OrgId, Role)>,
}

impl Actor {
    /// What kind of actor this is, as the audit log records it.
    pub fn kind(&self) -> ActorKind {
        match self {
            Actor::Anonymous => ActorKind::Anonymous,
            Actor::User(_) => ActorKind::User,
            Actor::ApiToken { .. } => ActorKind::ApiToken,
        }
    }

    pub fn user_id(&self) -> Option<UserId> {
        match self {
            Actor::Anonymous => None,
            Actor::User(u) => Some(u.id),
            Actor::ApiToken { on_behalf_of, .. } => Some(*on_behalf_of),
        }
    }

    /// The role this actor holds in `org`, if any.
    pub fn role_in(&self, org: OrgId) -> Option<Role> {
        match self {
            Actor::User(u) => u
                .memberships
                .iter()
                .find(|(o, _)| *o == org)
                .map(|(_, r)| *r),
            // A token acts in its own organization only, never above staff.
            Actor::ApiToken { org: own, role, .. } if *own == org => Some(match role {
                Role::OrgAdmin | Role::Staff => Role::Staff,
                Role::Reviewer => Role::Reviewer,
            }),
            _ => None,
        }
    }

    fn account_kind(&self) -> Option<AccountKind> {
        match self {
            Actor::User(u) => Some(u.kind),
            _ => None,
        }
    }

    fn is_city_staff(&self) -> bool {
        matches!(
            self.account_kind(),
            Some(AccountKind::Coordinator | AccountKind::PlatformAdmin)
        )
    }

    fn is_platform_admin(&self) -> bool {
        self.account_kind() == Some(AccountKind::PlatformAdmin)
    }
}

/// Everything that needs a decision. Organization-scoped actions name their organization.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// See an organization's drafts, staff list, tokens and other private data.
    ViewOrgPrivate(OrgId),
    /// Change an organization's profile.
    EditOrgProfile(OrgId),
    /// Retire the organization's signing key and start signing with a new one.
    RotateIssuerKey(OrgId),
    /// Create, edit, publish or archive activities and sessions.
    ManageActivities(OrgId),
    /// Design badges (achievements).
    ManageAchievements(OrgId),
    /// Award and revoke badges.
    IssueAwards(OrgId),
    /// See who the organization awarded (recipients' emails): its own people only, never the
    /// city's staff, whose view of people is aggregate.
    ViewAwards(OrgId),
    /// Decide on submitted evidence.
    ReviewEvidence(OrgId),
    /// Add, change or remove staff.
    ManageMembers(OrgId),
    /// Create or revoke API tokens for integrations.
    ManageApiTokens(OrgId),
    /// Approve, suspend or reactivate organizations.
    ApproveOrganizations,
    /// See the city-wide aggregate reports.
    ViewCityReports,
    /// Change city settings (topics, neighbourhoods, level scale).
    ManageCitySettings,
    /// Create accounts for others (for example the first coordinator).
    ManageAccounts,
    /// See one person's private data (profile, enrollments, awards).
    ViewPersonPrivate(UserId),
    /// Enroll oneself in an activity, or keep one for later: what a youth does.
    Enroll,
    /// Act for a child as their guardian (see their schedule and badges, export their data,
    /// withdraw consent, delete the account): `guardian` is the account named on the child's
    /// approved consent, read from a stored row.
    ActForChild { guardian: UserId },
}

/// Why an action was refused, in words a person understands.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Denied {
    #[error("you need to sign in first")]
    NotSignedIn,
    #[error("you are not allowed to do this")]
    Forbidden,
}

/// Proof that the actor was allowed to work inside one organization.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OrgScope {
    org: OrgId,
    role: Option<Role>,
}

impl OrgScope {
    pub fn org_id(&self) -> OrgId {
        self.org
    }
    /// The actor's role in the organization; `None` when acting as city staff.
    pub fn role(&self) -> Option<Role> {
        self.role
    }
}

/// Roles able to do each organization-scoped action, strongest first.
fn org_roles_allowed(action: Action) -> &'static [Role] {
    use Role::*;
    match action {
        Action::ViewOrgPrivate(_) => &[OrgAdmin, Staff, Reviewer],
        Action::EditOrgProfile(_)
        | Action::RotateIssuerKey(_)
        | Action::ManageMembers(_)
        | Action::ManageApiTokens(_) => &[OrgAdmin],
        Action::ManageActivities(_) | Action::ManageAchievements(_) | Action::IssueAwards(_) => {
            &[OrgAdmin, Staff]
        }
        Action::ReviewEvidence(_) | Action::ViewAwards(_) => &[OrgAdmin, Staff, Reviewer],
        _ => &[],
    }
}

fn org_of(action: Action) -> Option<OrgId> {
    match action {
        Action::ViewOrgPrivate(o)
        | Action::EditOrgProfile(o)
        | Action::RotateIssuerKey(o)
        | Action::ManageActivities(o)
        | Action::ManageAchievements(o)
        | Action::IssueAwards(o)
        | Action::ViewAwards(o)
        | Action::ReviewEvidence(o)
        | Action::ManageMembers(o)
        | Action::ManageApiTokens(o) => Some(o),
        _ => None,
    }
}

/// Actions that change nothing.
fn reads_only(action: Action) -> bool {
    matches!(action, Action::ViewOrgPrivate(_) | Action::ViewAwards(_))
}

/// Decide whether `actor` may do `action`.
pub fn authorize(actor: &Actor, action: Action) -> Result<(), Denied> {
    if *actor == Actor::Anonymous {
        return Err(Denied::NotSignedIn);
    }
    if matches!(
        actor,
        Actor::ApiToken {
            read_only: true,
            ..
        }
    ) && !reads_only(action)
    {
        return Err(Denied::Forbidden);
    }
    let allowed = match action {
        Action::ApproveOrganizations | Action::ViewCityReports | Action::ManageCitySettings => {
            actor.is_city_staff()
        }
        Action::ManageAccounts => actor.is_platform_admin(),
        Action::ViewPersonPrivate(person) => {
            // City staff see aggregates only; a person sees their own data. A guardian sees a
            // child's through `ActForChild`, the link their approval made, never through their
            // account kind alone.
            actor.user_id() == Some(person) && !matches!(actor, Actor::ApiToken { .. })
        }
        Action::Enroll => matches!(actor.account_kind(), Some(AccountKind::Youth)),
        Action::ActForChild { guardian } => {
            matches!(actor, Actor::User(u) if u.id == guardian && u.kind != AccountKind::Youth)
        }
        org_action => {
            let org = org_of(org_action);
            let role = org.and_then(|o| actor.role_in(o));
            match role {
                Some(r) => {
                    org_roles_allowed(org_action).contains(&r)
                    // Tokens never manage people or other tokens.
                    && !(matches!(actor, Actor::ApiToken { .. })
                        && matches!(org_action, Action::ManageMembers(_) | Action::ManageApiTokens(_)))
                }
                // City staff may look at an organization's private side to approve it, not change it.
                None => actor.is_city_staff() && matches!(org_action, Action::ViewOrgPrivate(_)),
            }
        }
    };
    if allowed {
        Ok(())
    } else {
        Err(Denied::Forbidden)
    }
}

/// Authorize an organization-scoped action and hand back the scope to work in.
pub fn authorize_in_org(actor: &Actor, action: Action) -> Result<OrgScope, Denied> {
    let org = org_of(action).ok_or(Denied::Forbidden)?;
    authorize(actor, action)?;
    Ok(OrgScope {
        org,
        role: actor.role_in(org),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(kind: AccountKind, memberships: Vec<(OrgId, Role)>) -> Actor {
        Actor::User(UserActor {
            id: UserId::new(),
            kind,
            memberships,
        })
    }

    #[test]
    fn recipients_are_seen_by_the_issuing_organization_only() {
        let a = OrgId::new();
        let reviewer = user(AccountKind::Staff, vec![(a, Role::Reviewer)]);
        assert!(authorize(&reviewer, Action::ViewAwards(a)).is_ok());
        assert!(authorize(&reviewer, Action::IssueAwards(a)).is_err());
        for city in [AccountKind::Coordinator, AccountKind::PlatformAdmin] {
            let c = user(city, vec![]);
            assert!(authorize(&c, Action::ViewOrgPrivate(a)).is_ok());
            assert_eq!(authorize(&c, Action::ViewAwards(a)), Err(Denied::Forbidden));
            assert_eq!(
                authorize(&c, Action::IssueAwards(a)),
                Err(Denied::Forbidden)
            );
        }
    }

    #[test]
    fn staff_act_only_in_their_own_organization() {
        let (a, b) = (OrgId::new(), OrgId::new());
        let staff = user(AccountKind::Staff, vec![(a, Role::Staff)]);
        assert!(authorize(&staff, Action::ManageActivities(a)).is_ok());
        assert_eq!(
            authorize(&staff, Action::ManageActivities(b)),
            Err(Denied::Forbidden)
        );
        assert_eq!(
            authorize(&staff, Action::ViewOrgPrivate(b)),
            Err(Denied::Forbidden)
        );
        assert_eq!(
            authorize(&staff, Action::ManageApiTokens(a)),
            Err(Denied::Forbidden)
        );
    }

    #[test]
    fn reviewers_review_but_do_not_issue() {
        let a = OrgId::new();
        let r = user(AccountKind::Staff, vec![(a, Role::Reviewer)]);
        assert!(authorize(&r, Action::ReviewEvidence(a)).is_ok());
        assert!(authorize(&r, Action::IssueAwards(a)).is_err());
    }

    fn token(org: OrgId, role: Role, read_only: bool) -> Actor {
        Actor::ApiToken {
            org,
            on_behalf_of: UserId::new(),
            role,
            read_only,
        }
    }

    #[test]
    fn tokens_are_bound_to_their_organization() {
        let (a, b) = (OrgId::new(), OrgId::new());
        let t = token(a, Role::OrgAdmin, false);
        assert!(authorize(&t, Action::IssueAwards(a)).is_ok());
        assert!(authorize(&t, Action::IssueAwards(b)).is_err());
        assert!(authorize(&t, Action::ManageApiTokens(a)).is_err());
        assert!(authorize(&t, Action::EditOrgProfile(a)).is_err());
        assert!(authorize(&t, Action::RotateIssuerKey(a)).is_err());
        assert!(authorize(&t, Action::ApproveOrganizations).is_err());
    }

    #[test]
    fn only_organization_admins_rotate_its_signing_key() {
        let (a, b) = (OrgId::new(), OrgId::new());
        let admin = user(AccountKind::Staff, vec![(a, Role::OrgAdmin)]);
        let scope = authorize_in_org(&admin, Action::RotateIssuerKey(a)).expect("allowed");
        assert_eq!(scope.org_id(), a);
        assert!(authorize(&admin, Action::RotateIssuerKey(b)).is_err());
        for role in [Role::Staff, Role::Reviewer] {
            let member = user(AccountKind::Staff, vec![(a, role)]);
            assert_eq!(
                authorize(&member, Action::RotateIssuerKey(a)),
                Err(Denied::Forbidden)
            );
        }
        for city in [AccountKind::Coordinator, AccountKind::PlatformAdmin] {
            let c = user(city, vec![]);
            assert_eq!(
                authorize(&c, Action::RotateIssuerKey(a)),
                Err(Denied::Forbidden)
            );
        }
    }

    #[test]
    fn tokens_carry_their_persons_rights_and_the_organizations_standing() {
        let a = OrgId::new();
        let reviewer = token(a, Role::Reviewer, false);
        assert!(authorize(&reviewer, Action::ViewAwards(a)).is_ok());
        assert!(authorize(&reviewer, Action::IssueAwards(a)).is_err());
        assert!(authorize(&reviewer, Action::ManageActivities(a)).is_err());
        let suspended = token(a, Role::Staff, true);
        assert!(authorize(&suspended, Action::ViewOrgPrivate(a)).is_ok());
        assert!(authorize(&suspended, Action::ViewAwards(a)).is_ok());
        assert!(authorize(&suspended, Action::IssueAwards(a)).is_err());
        assert!(authorize(&suspended, Action::ManageActivities(a)).is_err());
    }

    #[test]
    fn coordinators_see_but_do_not_change_organizations() {
        let a = OrgId::new();
        let c = user(AccountKind::Coordinator, vec![]);
        assert!(authorize(&c, Action::ApproveOrganizations).is_ok());
        assert!(authorize(&c, Action::ViewOrgPrivate(a)).is_ok());
        assert!(authorize(&c, Action::ManageActivities(a)).is_err());
        assert!(authorize(&c, Action::ViewPersonPrivate(UserId::new())).is_err());
    }

    #[test]
    fn only_the_approving_guardian_acts_for_a_child() {
        let guardian = user(AccountKind::Guardian, vec![]);
        let id = guardian.user_id().expect("a user");
        assert!(authorize(&guardian, Action::ActForChild { guardian: id }).is_ok());
        let other = user(AccountKind::Guardian, vec![]);
        assert!(authorize(&other, Action::ActForChild { guardian: id }).is_err());
        let coordinator = user(AccountKind::Coordinator, vec![]);
        assert!(authorize(&coordinator, Action::ActForChild { guardian: id }).is_err());
        let token = Actor::ApiToken {
            org: OrgId::new(),
            on_behalf_of: id,
            role: Role::Staff,
            read_only: false,
        };
        assert!(authorize(&token, Action::ActForChild { guardian: id }).is_err());
    }

    #[test]
    fn anonymous_is_asked_to_sign_in() {
        assert_eq!(
            authorize(&Actor::Anonymous, Action::Enroll),
            Err(Denied::NotSignedIn)
        );
    }

    #[test]
    fn scope_carries_the_authorized_org() {
        let a = OrgId::new();
        let admin = user(AccountKind::Staff, vec![(a, Role::OrgAdmin)]);
        let scope = authorize_in_org(&admin, Action::ManageMembers(a)).expect("allowed");
        assert_eq!(scope.org_id(), a);
        assert_eq!(scope.role(), Some(Role::OrgAdmin));
        assert!(authorize_in_org(&admin, Action::ApproveOrganizations).is_err());
    }
}
