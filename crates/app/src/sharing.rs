//! Sharing badges: a public page of one's badges, off until its owner turns it on (every youth's
//! profile starts private), showing only the generated handle — never a name, email, school or
//! birth date — and the badges that count (revoked and expired ones stay off it).

use crate::backpack::{backpack_of, HeldBadge};
use crate::context::App;
use crate::error::{Error, Result};
use citybadges_domain::policy::{self, Action, Actor};
use citybadges_store::repo;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct PublicProfile {
    /// The generated handle ("curious-otter-4821"): the only name shown.
    pub username: String,
    pub badges: Vec<HeldBadge>,
    /// Organizations whose badges are shown.
    pub issuers: usize,
}

impl App {
    /// Turn the public page of one's badges on or off.
    pub async fn set_profile_public(&self, actor: Actor, public: bool) -> Result<()> {
        let me = actor.user_id().ok_or(Error::Unauthenticated)?;
        policy::authorize(&actor, Action::Enroll)?;
        self.db(move |c| {
            repo::users::set_profile_public(c, me, public, citybadges_store::now())?;
            Ok(())
        })
        .await
    }

    /// Whether the signed-in person's page is public.
    pub async fn profile_is_public(&self, actor: Actor) -> Result<bool> {
        let me = actor.user_id().ok_or(Error::Unauthenticated)?;
        self.db(move |c| Ok(repo::users::by_id(c, me)?.is_some_and(|u| u.profile_public)))
            .await
    }

    /// A public page of badges; a private or unknown handle is not found alike.
    pub async fn public_profile(&self, username: String) -> Result<PublicProfile> {
        let urls = self.urls();
        self.db(move |c| {
            let user = repo::users::public_by_username(c, username.trim())?
                .ok_or(Error::NotFound("profile"))?;
            let pack = backpack_of(c, user.id, &urls)?;
            Ok(PublicProfile {
                username: user.username,
                issuers: pack.issuers,
                badges: pack.badges.into_iter().filter(HeldBadge::counts).collect(),
            })
        })
        .await
    }
}
