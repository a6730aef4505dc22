//! The demo city's awards: a share of its youth hold one to four badges of the organizations whose
//! activities they take part in, issued as staff issue badges (an Open Badges 3.0 credential
//! signed with the organization's key and a status-list bit each, no notices sent), so that the
//! dashboards list awards and the public side opens and verifies credentials.
//!
//! Deterministic under the seed: who holds which badge, the narratives and the award ids come from
//! seeded streams of their own, so the rest of the city is the same with or without awards.
//! Issuance dates are the day of seeding; issuer keys, salts and status-list positions are fresh
//! secrets of each city, as on any first award.

use super::{staff_email, youth_email, Generator, OrgPlan};
use crate::error::Result;
use crate::issuing::awards::{issue_seeded, SeededAward};
use crate::issuing::Urls;
use citybadges_credentials::sealed::MasterKey;
use citybadges_domain::policy::{Actor, UserActor};
use citybadges_domain::{AccountKind, EnrollmentStatus, OrgStatus, Role};
use citybadges_store::models::{AchievementRow, UserRow};
use citybadges_store::{repo, AnyConnection};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::collections::{BTreeMap, HashMap};

/// What signs the demo city's credentials: the deployment's public URLs and master key (each
/// organization's issuer key is made and sealed as on its first award).
pub struct Issuer<'a> {
    pub urls: &'a Urls,
    pub master: &'a MasterKey,
}

/// The most badges one youth holds.
const MOST_PER_YOUTH: usize = 4;

/// What the awards need to know of the city as it is generated.
pub(super) struct Plan {
    /// The share of youth who hold badges; none unless seeding with an issuer.
    share: f64,
    rng: ChaCha8Rng,
    /// Per generated activity, in order: its organization's slug, its title, the badges it leads to.
    activities: Vec<(String, String, &'static [&'static str])>,
    /// Per youth picked to hold badges (by number): the activities they take part in.
    taking_part: BTreeMap<usize, Vec<usize>>,
}

impl Plan {
    pub(super) fn new(seed: u64) -> Plan {
        Plan {
            share: 0.0,
            rng: ChaCha8Rng::seed_from_u64(seed ^ 0xa3a2d5),
            activities: Vec::new(),
            taking_part: BTreeMap::new(),
        }
    }

    /// Award `share` of the youth (0 to 1); nothing is recorded while it is 0.
    pub(super) fn award(&mut self, share: f64) {
        self.share = if share.is_nan() {
            0.0
        } else {
            share.clamp(0.0, 1.0)
        };
    }

    /// The next generated activity.
    pub(super) fn activity(
        &mut self,
        org_slug: &str,
        title: &str,
        badges: &'static [&'static str],
    ) {
        if self.share > 0.0 {
            self.activities
                .push((org_slug.to_owned(), title.to_owned(), badges));
        }
    }

    /// Whether the next youth generated holds badges.
    pub(super) fn holds_badges(&mut self) -> bool {
        self.share > 0.0 && self.rng.gen_bool(self.share)
    }

    /// Youth `n`, who holds badges, is enrolled in activity `activity` (its index in generation
    /// order) with `status`: badges come from activities one takes part in or completed.
    pub(super) fn takes_part(&mut self, n: usize, activity: usize, status: EnrollmentStatus) {
        if matches!(
            status,
            EnrollmentStatus::Enrolled | EnrollmentStatus::Completed
        ) {
            self.taking_part.entry(n).or_default().push(activity);
        }
    }

    /// Per organization slug: (youth number, badge slug, narrative), youth in order.
    fn picks(&mut self) -> HashMap<String, Vec<(usize, &'static str, String)>> {
        let mut by_org: HashMap<String, Vec<(usize, &'static str, String)>> = HashMap::new();
        for (&n, taken) in &self.taking_part {
            // The badges their activities lead to, each once, in the order they enrolled.
            let mut offered: Vec<(&str, &'static str, &str)> = Vec::new();
            for &a in taken {
                let Some((org, title, badges)) = self.activities.get(a) else {
                    continue;
                };
                for &badge in badges.iter() {
                    if !offered.iter().any(|&(o, b, _)| o == org && b == badge) {
                        offered.push((org, badge, title));
                    }
                }
            }
            if offered.is_empty() {
                continue;
            }
            let count = self.rng.gen_range(1..=MOST_PER_YOUTH).min(offered.len());
            let mut chosen =
                rand::seq::index::sample(&mut self.rng, offered.len(), count).into_vec();
            chosen.sort_unstable();
            for i in chosen {
                let (org, badge, title) = offered[i];
                by_org.entry(org.to_owned()).or_default().push((
                    n,
                    badge,
                    format!("Took part in {title} and met the badge's criteria."),
                ));
            }
        }
        by_org
    }
}

impl Generator<'_> {
    /// Issues the picked youth their badges, organization by organization, each award signed by
    /// the organization's key and issued by its staff member.
    pub(super) fn issue_awards(
        &mut self,
        conn: &mut AnyConnection,
        issuer: &Issuer<'_>,
        orgs: &[OrgPlan],
    ) -> Result<()> {
        let mut picks = self.awards.picks();
        for org in orgs {
            let Some(grants) = picks.remove(&org.slug) else {
                continue;
            };
            let Some(row) = repo::orgs::by_slug(conn, &org.slug)? else {
                continue;
            };
            // The organization left pending approval cannot issue yet.
            if row.status != OrgStatus::Active {
                continue;
            }
            let Some(staff) =
                repo::users::by_email(conn, &staff_email(&org.slug, Role::Staff.as_str()))?
            else {
                continue;
            };
            let staff = Actor::User(UserActor {
                id: staff.id,
                kind: AccountKind::Staff,
                memberships: vec![(row.id, Role::Staff)],
            });
            let badges: HashMap<String, AchievementRow> =
                repo::achievements::public_of_org(conn, row.id)?
                    .into_iter()
                    .map(|b| (b.slug.clone(), b))
                    .collect();
            let emails: Vec<String> = grants.iter().map(|&(n, ..)| youth_email(n)).collect();
            let youth: HashMap<String, UserRow> = repo::users::by_emails(conn, &emails)?
                .into_iter()
                .map(|u| (u.email.clone(), u))
                .collect();
            let awards: Vec<SeededAward> = grants
                .into_iter()
                .filter_map(|(n, badge, narrative)| {
                    Some(SeededAward {
                        badge: badges.get(badge)?.clone(),
                        user: youth.get(&youth_email(n))?.clone(),
                        narrative,
                    })
                })
                .collect();
            let issued = issue_seeded(
                conn,
                issuer.urls,
                issuer.master,
                &row,
                &staff,
                awards,
                &|| self.id(),
            )?;
            self.summary.awards += issued.len();
        }
        Ok(())
    }
}
