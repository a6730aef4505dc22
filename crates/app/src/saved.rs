//! Activities a youth keeps for later, from the activity's page; listed on their schedule. A child
//! waiting for a guardian's approval saves too: browsing and saving is what they may do.

use crate::context::App;
use crate::error::{Error, Result};
use crate::views::Named;
use citybadges_domain::policy::{self, Action, Actor};
use citybadges_store::repo;
use serde::Serialize;
use utoipa::ToSchema;

/// The most saved activities listed.
pub const SAVED_LIMIT: i64 = 200;

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SavedActivity {
    pub name: String,
    pub summary: String,
    pub url: String,
    /// Its organization's slug and its own, to remove it by.
    pub organization: Named,
    pub slug: String,
}

/// A person's saved activities still public, newest saved first.
pub(crate) fn saved_of(
    conn: &mut citybadges_store::AnyConnection,
    user: citybadges_domain::UserId,
) -> Result<Vec<SavedActivity>> {
    Ok(repo::saved::of_user(conn, user, SAVED_LIMIT)?
        .into_iter()
        .map(|(a, org)| SavedActivity {
            url: format!("/orgs/{}/activities/{}", org.slug, a.slug),
            name: a.title,
            summary: a.summary,
            slug: a.slug,
            organization: Named {
                slug: org.slug,
                name: org.name,
            },
        })
        .collect())
}

impl App {
    /// Keep a public activity for later (saving it twice keeps it once).
    pub async fn save_activity(&self, actor: Actor, org_slug: String, slug: String) -> Result<()> {
        let me = actor.user_id().ok_or(Error::Unauthenticated)?;
        policy::authorize(&actor, Action::Enroll)?;
        self.db(move |c| {
            let (activity, _) = repo::activities::public_by_slugs(c, org_slug.trim(), slug.trim())?
                .ok_or(Error::NotFound("activity"))?;
            repo::saved::save(c, me, activity.id, citybadges_store::now())?;
            Ok(())
        })
        .await
    }

    /// Forget a saved activity; one not saved (or not public any more) is not found.
    pub async fn unsave_activity(
        &self,
        actor: Actor,
        org_slug: String,
        slug: String,
    ) -> Result<()> {
        let me = actor.user_id().ok_or(Error::Unauthenticated)?;
        policy::authorize(&actor, Action::Enroll)?;
        self.db(move |c| {
            let (activity, _) = repo::activities::public_by_slugs(c, org_slug.trim(), slug.trim())?
                .ok_or(Error::NotFound("activity"))?;
            if !repo::saved::remove(c, me, activity.id)? {
                return Err(Error::NotFound("activity"));
            }
            Ok(())
        })
        .await
    }

    /// The signed-in youth's saved activities, newest saved first.
    pub async fn saved_activities(&self, actor: Actor) -> Result<Vec<SavedActivity>> {
        let me = actor.user_id().ok_or(Error::Unauthenticated)?;
        policy::authorize(&actor, Action::Enroll)?;
        self.db(move |c| saved_of(c, me)).await
    }
}
