//! The demo city and its scaled-up twin for benchmarks: one deterministic generator (seeded RNG,
//! dates relative to the day of seeding so sessions are upcoming) over the hand-written content in
//! [`data`] (read from `demo/data/*.toml`). `Plan::demo()` is what `serve --demo` seeds, with
//! signed awards for a share of its youth ([`awards`]); `crates/bench` asks for Chicago scale.

mod awards;
pub mod data;
mod outlines;
pub(crate) mod people;

pub use awards::Issuer;

use crate::error::{Error, Result};
use crate::passwords;
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, TimeZone};
use citybadges_domain::{
    text, validate, AccountKind, AchievementId, ActivityId, AgeBand, EnrollmentStatus,
    NeighbourhoodId, OrgId, OrgStatus, PublicationStatus, Role, TopicId,
};
use citybadges_i18n::Msg;
use citybadges_store::models::*;
use citybadges_store::repo::{self, activities::NewActivity};
use citybadges_store::AnyConnection;
use data::{DemoOrg, LEVELS, NEIGHBOURHOODS, ORGS, TOPICS};
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::collections::HashMap;

/// The password of every demo account (printed by `serve --demo`; never use the demo in production).
pub const DEMO_PASSWORD: &str = "citybadges-demo";

/// How much to generate.
#[derive(Debug, Clone, Copy)]
pub struct Plan {
    pub seed: u64,
    /// Organizations; beyond the hand-written ones, copies in other neighbourhoods.
    pub organizations: usize,
    /// Published activities in total.
    pub activities: usize,
    pub youth: usize,
    /// Enrollments in total (spread over youth and activities).
    pub enrollments: usize,
    /// The share of youth (0 to 1) who hold 1 to 4 badges of organizations whose activities they
    /// take part in, issued as signed credentials when seeding with an [`Issuer`].
    pub awarded: f64,
}

impl Plan {
    pub fn demo() -> Plan {
        Plan {
            seed: 2026,
            organizations: ORGS.len(),
            activities: 420,
            youth: 500,
            enrollments: 1500,
            awarded: 0.3,
        }
    }

    /// Chicago City of Learning's published size, times `factor`.
    pub fn chicago(factor: usize) -> Plan {
        Plan {
            seed: 2026,
            organizations: 140 * factor,
            activities: 5_000 * factor,
            youth: 100_000 * factor,
            enrollments: 1_000_000 * factor,
            // `bench awards` measures issuing in bulk; signing some 75,000 credentials per factor
            // here would dominate generating the city.
            awarded: 0.0,
        }
    }
}

/// What was created, and how to sign in.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    pub organizations: usize,
    pub activities: usize,
    pub badges: usize,
    pub youth: usize,
    pub staff: usize,
    pub enrollments: usize,
    /// Awards issued, each with its signed credential.
    pub awards: usize,
    pub logins: Vec<(String, String)>,
}

/// Seed `plan` into an empty database. Refuses when organizations already exist. Awards are
/// issued only with an `issuer` (the deployment's keys sign them).
pub fn seed(
    conn: &mut AnyConnection,
    plan: &Plan,
    issuer: Option<&Issuer<'_>>,
    progress: &mut dyn FnMut(&str),
) -> Result<Summary> {
    if repo::orgs::count(conn)? > 0 {
        return Err(Error::Conflict(Msg::new("err-demo-not-empty")));
    }
    use diesel::Connection;
    conn.transaction(|conn| Generator::new(plan).run(conn, issuer, progress))
}

struct Generator<'p> {
    plan: &'p Plan,
    rng: ChaCha8Rng,
    /// Ids come from their own seeded stream, so the same seed gives the same ids.
    ids: std::cell::RefCell<ChaCha8Rng>,
    now: NaiveDateTime,
    today: NaiveDate,
    tz: chrono_tz::Tz,
    hoods: HashMap<&'static str, NeighbourhoodId>,
    topics: HashMap<&'static str, TopicId>,
    summary: Summary,
    /// Who takes part where, for the awards: its own stream, so the city is the same with or
    /// without them.
    awards: awards::Plan,
}

/// One organization as generated: the hand-written content it copies and its identity.
struct OrgPlan {
    id: OrgId,
    slug: String,
    content: &'static DemoOrg,
    badge_ids: HashMap<&'static str, AchievementId>,
    /// Where the organization is: its activities at home are held there.
    home: (f64, f64),
}

impl<'p> Generator<'p> {
    /// The next id of the seeded stream, of whichever kind the row needs.
    fn id<T: From<uuid::Uuid>>(&self) -> T {
        let bytes: [u8; 16] = self.ids.borrow_mut().gen();
        T::from(uuid::Builder::from_random_bytes(bytes).into_uuid())
    }

    fn new(plan: &'p Plan) -> Self {
        let now = citybadges_store::now();
        Generator {
            plan,
            rng: ChaCha8Rng::seed_from_u64(plan.seed),
            ids: std::cell::RefCell::new(ChaCha8Rng::seed_from_u64(plan.seed ^ 0x1d5)),
            now,
            today: now.date(),
            tz: data::TIME_ZONE.parse().unwrap_or(chrono_tz::UTC),
            hoods: HashMap::new(),
            topics: HashMap::new(),
            summary: Summary::default(),
            awards: awards::Plan::new(plan.seed),
        }
    }

    fn run(
        mut self,
        conn: &mut AnyConnection,
        issuer: Option<&Issuer<'_>>,
        progress: &mut dyn FnMut(&str),
    ) -> Result<Summary> {
        if issuer.is_some() {
            self.awards.award(self.plan.awarded);
        }
        self.city(conn)?;
        progress("city settings, neighbourhoods, topics and levels");
        let orgs = self.organizations(conn)?;
        progress(&format!(
            "{} organizations and {} badges",
            orgs.len(),
            self.summary.badges
        ));
        let activity_ids = self.activities(conn, &orgs)?;
        progress(&format!("{} activities with sessions", activity_ids.len()));
        let hash = passwords::hash(DEMO_PASSWORD)?;
        self.staff(conn, &orgs, &hash)?;
        progress(&format!("{} staff accounts", self.summary.staff));
        self.youth_and_enrollments(conn, &activity_ids, &hash, progress)?;
        if let Some(issuer) = issuer {
            self.issue_awards(conn, issuer, &orgs)?;
            progress(&format!(
                "{} awards with signed credentials",
                self.summary.awards
            ));
        }
        self.family(conn, &activity_ids, &hash)?;
        progress("a guardian with two children under 13");
        Ok(self.summary)
    }

    fn city(&mut self, conn: &mut AnyConnection) -> Result<()> {
        repo::city::insert_settings(
            conn,
            &CitySettingsRow {
                id: 1,
                name: data::CITY_NAME.to_string(),
                time_zone: data::TIME_ZONE.to_string(),
                default_locale: citybadges_i18n::Locale::En,
                locales: r#"["en","es","fr"]"#.into(),
                currency: "USD".into(),
                center_lat: data::CENTER.0,
                center_lng: data::CENTER.1,
                updated_at: self.now,
            },
        )?;
        let centres: Vec<(f64, f64)> = NEIGHBOURHOODS.iter().map(|n| (n.lat, n.lng)).collect();
        let outlines = outlines::neighbourhood_outlines(&centres);
        let hoods: Vec<NeighbourhoodRow> = NEIGHBOURHOODS
            .iter()
            .zip(&outlines)
            .map(|(n, outline)| NeighbourhoodRow {
                id: self.id(),
                slug: n.slug.into(),
                name: n.name.into(),
                center_lat: n.lat,
                center_lng: n.lng,
                boundary_geojson: Some(outline.to_string()),
            })
            .collect();
        self.hoods = NEIGHBOURHOODS
            .iter()
            .zip(&hoods)
            .map(|(n, r)| (n.slug, r.id))
            .collect();
        repo::city::insert_neighbourhoods(conn, &hoods)?;
        let topics: Vec<TopicRow> = TOPICS
            .iter()
            .enumerate()
            .map(|(i, t)| TopicRow {
                id: self.id(),
                slug: t.slug.into(),
                name: t.name.into(),
                parent_id: None,
                position: i as i32,
            })
            .collect();
        self.topics = TOPICS
            .iter()
            .zip(&topics)
            .map(|(t, r)| (t.slug, r.id))
            .collect();
        repo::city::insert_topics(conn, &topics)?;
        let levels: Vec<CityLevelRow> = LEVELS
            .iter()
            .map(|l| CityLevelRow {
                rank: l.rank,
                name: l.name.into(),
                description: l.description.into(),
            })
            .collect();
        repo::city::insert_levels(conn, &levels)?;
        Ok(())
    }

    fn organizations(&mut self, conn: &mut AnyConnection) -> Result<Vec<OrgPlan>> {
        let mut plans = Vec::new();
        let mut rows = Vec::new();
        let mut badges = Vec::new();
        for i in 0..self.plan.organizations.max(1) {
            let content = &ORGS[i % ORGS.len()];
            let copy = i / ORGS.len();
            // Copies beyond the hand-written set move to another neighbourhood and get a number.
            let hood = if copy == 0 {
                content.neighbourhood
            } else {
                NEIGHBOURHOODS[(i + copy) % NEIGHBOURHOODS.len()].slug
            };
            let (slug, name) = if copy == 0 {
                (content.slug.to_string(), content.name.to_string())
            } else {
                (
                    format!("{}-{}", content.slug, copy + 1),
                    format!("{} #{}", content.name, copy + 1),
                )
            };
            let hood_id = self.hoods.get(hood).copied();
            let center = NEIGHBOURHOODS
                .iter()
                .find(|n| n.slug == hood)
                .map(|n| (n.lat, n.lng))
                .unwrap_or(*data::CENTER);
            let (lat, lng) = self.jitter(center);
            let org_id: OrgId = self.id();
            rows.push(OrganizationRow {
                id: org_id,
                slug: slug.clone(),
                name,
                kind: content.kind,
                status: OrgStatus::Active,
                description_md: content.description.into(),
                description_html: text::markdown_to_safe_html(content.description),
                website: Some(content.website.into()),
                contact_email: Some(format!("hello@{slug}.demo.citybadges.org")),
                address: Some(content.address.into()),
                lat: Some(lat),
                lng: Some(lng),
                neighbourhood_id: hood_id,
                created_at: self.now,
                updated_at: self.now,
            });
            let mut badge_ids = HashMap::new();
            for b in content.badges {
                let bid: AchievementId = self.id();
                badge_ids.insert(b.slug, bid);
                let skills: Vec<serde_json::Value> = b
                    .skills
                    .iter()
                    .map(|s| serde_json::json!({ "uri": s.uri, "name": s.name }))
                    .collect();
                badges.push(AchievementRow {
                    id: bid,
                    organization_id: org_id,
                    slug: b.slug.into(),
                    name: b.name.into(),
                    description: b.description.into(),
                    criteria_md: b.criteria.into(),
                    image_url: None,
                    achievement_type: b.achievement_type,
                    level_name: b.level_name.map(Into::into),
                    level_rank: b.level_rank,
                    city_level: b.city_level,
                    skills: serde_json::Value::Array(skills).to_string(),
                    status: PublicationStatus::Published,
                    created_at: self.now,
                    updated_at: self.now,
                });
            }
            plans.push(OrgPlan {
                id: org_id,
                slug,
                content,
                badge_ids,
                home: (lat, lng),
            });
        }
        // One organization waits for the coordinator's approval.
        if rows.len() > 2 {
            if let Some(last) = rows.last_mut() {
                last.status = OrgStatus::Pending;
            }
        }
        repo::orgs::insert_many(conn, &rows)?;
        repo::achievements::insert_many(conn, &badges)?;
        self.summary.organizations = rows.len();
        self.summary.badges = badges.len();
        Ok(plans)
    }

    fn jitter(&mut self, (lat, lng): (f64, f64)) -> (f64, f64) {
        (
            lat + self.rng.gen_range(-0.012..0.012),
            lng + self.rng.gen_range(-0.016..0.016),
        )
    }

    /// Expand each organization's themes over seasons until the plan's count is reached.
    fn activities(
        &mut self,
        conn: &mut AnyConnection,
        orgs: &[OrgPlan],
    ) -> Result<Vec<ActivityId>> {
        const SEASONS: &[&str] = &[
            "",
            "Winter",
            "Spring",
            "Summer",
            "Fall",
            "Weekend",
            "After School",
            "Intensive",
        ];
        let active: Vec<&OrgPlan> = orgs
            .iter()
            .filter(|o| !o.content.activities.is_empty())
            .collect();
        let mut ids = Vec::new();
        let mut batch = Vec::new();
        let mut used: HashMap<(String, String), usize> = HashMap::new();
        let mut round = 0usize;
        while ids.len() < self.plan.activities && !active.is_empty() {
            for org in &active {
                for theme in org.content.activities {
                    if ids.len() >= self.plan.activities {
                        break;
                    }
                    // Each round is a new season of the same theme, with its own dates.
                    let season = SEASONS[round % SEASONS.len()];
                    let title = match (round, season) {
                        (0, _) => theme.title.to_string(),
                        (r, s) if r < SEASONS.len() => format!("{} ({s})", theme.title),
                        (r, _) => format!("{} (cohort {})", theme.title, r + 1),
                    };
                    let mut slug = validate::slugify(&title);
                    let n = used.entry((org.slug.clone(), slug.clone())).or_insert(0);
                    *n += 1;
                    if *n > 1 {
                        slug = format!("{slug}-{n}");
                    }
                    let new = self.activity(org, theme, title, slug, round);
                    self.awards
                        .activity(&org.slug, &new.activity.title, theme.badges);
                    ids.push(new.activity.id);
                    batch.push(new);
                    if batch.len() >= 2000 {
                        repo::activities::insert_many(conn, &batch)?;
                        batch.clear();
                    }
                }
            }
            round += 1;
        }
        repo::activities::insert_many(conn, &batch)?;
        self.summary.activities = ids.len();
        Ok(ids)
    }

    fn activity(
        &mut self,
        org: &OrgPlan,
        theme: &'static data::DemoActivity,
        title: String,
        slug: String,
        round: usize,
    ) -> NewActivity {
        use citybadges_domain::ActivityFormat;
        let aid: ActivityId = self.id();
        let online = theme.format == ActivityFormat::Online;
        // Some in-person activities run away from the organization's home, to spread over the city.
        let away = !online && self.rng.gen_bool(0.25);
        let hood_slug = if online {
            None
        } else if away {
            NEIGHBOURHOODS.choose(&mut self.rng).map(|n| n.slug)
        } else {
            Some(org.content.neighbourhood)
        };
        let center = hood_slug
            .and_then(|h| NEIGHBOURHOODS.iter().find(|n| n.slug == h))
            .map(|n| (n.lat, n.lng))
            .unwrap_or(*data::CENTER);
        // Drawn in every case, so the rest of the seeded stream stays as it was.
        let spot = self.jitter(center);
        // At home, the organization's own address and point (a branch's activities share a pin).
        let (lat, lng) = if away { spot } else { org.home };
        // Starts spread over the coming months; weekly sessions at a typical hour.
        let start_day =
            self.today + Duration::days(self.rng.gen_range(1..120) + (round as i64 % 3) * 7);
        let hour = *[10u32, 13, 15, 16, 17, 18]
            .choose(&mut self.rng)
            .unwrap_or(&16);
        let weeks = self.rng.gen_range(1..=8);
        let capacity = Some(*[12, 15, 20, 25, 30].choose(&mut self.rng).unwrap_or(&20));
        let sessions = (0..weeks)
            .map(|w| {
                let day = start_day + Duration::weeks(w);
                let local = day.and_time(NaiveTime::from_hms_opt(hour, 0, 0).unwrap_or_default());
                // Sessions are set in the city's clock; storage is UTC.
                let starts_at = self
                    .tz
                    .from_local_datetime(&local)
                    .earliest()
                    .map_or(local, |t| t.naive_utc());
                ActivitySessionRow {
                    id: self.id(),
                    activity_id: aid,
                    starts_at,
                    ends_at: starts_at + Duration::minutes(90),
                    capacity,
                    created_at: self.now,
                    seats_taken: 0,
                }
            })
            .collect();
        let accessibility: Vec<&str> = [
            "wheelchair_accessible",
            "asl_on_request",
            "quiet_space",
            "transit_nearby",
        ]
        .into_iter()
        .filter(|_| self.rng.gen_bool(0.35))
        .collect();
        let language = if self.rng.gen_bool(0.12) { "es" } else { "en" };
        NewActivity {
            activity: ActivityRow {
                id: aid,
                organization_id: org.id,
                slug,
                title,
                summary: text::summary(theme.description, 160),
                description_md: theme.description.into(),
                description_html: text::markdown_to_safe_html(theme.description),
                age_min: theme.age_min,
                age_max: theme.age_max,
                cost_cents: theme.cost_cents,
                format: theme.format,
                language: language.into(),
                accessibility: serde_json::json!(accessibility).to_string(),
                location_name: (!online).then(|| org.content.name.to_string()),
                address: (!online).then(|| org.content.address.to_string()),
                lat: (!online).then_some(lat),
                lng: (!online).then_some(lng),
                neighbourhood_id: hood_slug.and_then(|h| self.hoods.get(h).copied()),
                status: PublicationStatus::Published,
                published_at: Some(self.now),
                created_at: self.now,
                updated_at: self.now,
            },
            topic_ids: theme
                .topics
                .iter()
                .filter_map(|t| self.topics.get(t).copied())
                .collect(),
            sessions,
            achievement_ids: theme
                .badges
                .iter()
                .filter_map(|b| org.badge_ids.get(b).copied())
                .collect(),
        }
    }

    fn account(
        &self,
        email: String,
        name: String,
        kind: AccountKind,
        hash: &str,
        username: String,
    ) -> UserRow {
        UserRow {
            email_verified_at: Some(self.now),
            ..UserRow::from(NewUser {
                id: self.id(),
                email,
                display_name: name,
                username,
                account_kind: kind,
                password_hash: Some(hash.into()),
                locale: citybadges_i18n::Locale::default(),
                now: self.now,
            })
        }
    }

    fn staff(&mut self, conn: &mut AnyConnection, orgs: &[OrgPlan], hash: &str) -> Result<()> {
        let mut users = vec![
            self.account(
                "coordinator@demo.citybadges.org".into(),
                "Casey Coordinator".into(),
                AccountKind::Coordinator,
                hash,
                "city-coordinator".into(),
            ),
            self.account(
                "admin@demo.citybadges.org".into(),
                "Platform Admin".into(),
                AccountKind::PlatformAdmin,
                hash,
                "platform-admin".into(),
            ),
        ];
        let mut memberships = Vec::new();
        for org in orgs {
            for role in [Role::OrgAdmin, Role::Staff, Role::Reviewer] {
                // Mailboxes and handles named by the role: admin@, staff@, reviewer@.
                let who = match role {
                    Role::OrgAdmin => "admin",
                    other => other.as_str(),
                };
                let (first, last) = people::name(&mut self.rng);
                let user = self.account(
                    staff_email(&org.slug, who),
                    format!("{first} {last}"),
                    AccountKind::Staff,
                    hash,
                    format!("{}-{who}", org.slug),
                );
                memberships.push(MembershipRow {
                    id: self.id(),
                    user_id: user.id,
                    organization_id: org.id,
                    role,
                    created_at: self.now,
                });
                users.push(user);
            }
        }
        repo::users::insert_many(conn, &users)?;
        repo::orgs::insert_memberships(conn, &memberships)?;
        self.summary.staff = users.len();
        let first = orgs.first().map(|o| o.slug.clone()).unwrap_or_default();
        self.summary.logins = vec![
            (
                "city coordinator".into(),
                "coordinator@demo.citybadges.org".into(),
            ),
            ("platform admin".into(), "admin@demo.citybadges.org".into()),
            (
                format!("{first} administrator"),
                format!("admin@{first}.demo.citybadges.org"),
            ),
            (
                format!("{first} staff"),
                format!("staff@{first}.demo.citybadges.org"),
            ),
            (
                format!("{first} reviewer"),
                format!("reviewer@{first}.demo.citybadges.org"),
            ),
            (
                AccountKind::Youth.as_str().into(),
                "youth00001@demo.citybadges.org".into(),
            ),
        ];
        Ok(())
    }

    /// A parent who approved two children under 13 (9 and 11), each holding places in a few
    /// activities: the guardian's page to try, and to measure. Made last, with no draw from the
    /// city's random stream, so the rest of the city is the same with or without it.
    fn family(
        &mut self,
        conn: &mut AnyConnection,
        activity_ids: &[ActivityId],
        hash: &str,
    ) -> Result<()> {
        let guardian = self.account(
            GUARDIAN_EMAIL.into(),
            "Pat Guardian".into(),
            AccountKind::Guardian,
            hash,
            "demo-guardian".into(),
        );
        repo::users::insert(conn, &guardian)?;
        for (n, (name, age)) in [("Sam", 9), ("Robin", 11)].into_iter().enumerate() {
            let mut child = self.account(
                format!("child{}@demo.citybadges.org", n + 1),
                format!("{name} G."),
                AccountKind::Youth,
                hash,
                format!("demo-child-{}", n + 1),
            );
            let birth =
                NaiveDate::from_ymd_opt(self.today.year() - age, 3, 14).unwrap_or(self.today);
            child.birth_date = Some(birth.to_string());
            child.age_band = Some(AgeBand::Under13);
            child.guardian_consent_at = Some(self.now);
            repo::users::insert(conn, &child)?;
            repo::guardian_consents::insert(
                conn,
                &ConsentRow {
                    id: self.id(),
                    child_id: child.id,
                    guardian_email: GUARDIAN_EMAIL.into(),
                    guardian_id: Some(guardian.id),
                    status: citybadges_domain::ConsentStatus::Approved,
                    // Answered: no link to it exists.
                    token_hash: crate::secrets::token_hash(&crate::secrets::random_token()),
                    expires_at: self.now,
                    decided_at: Some(self.now),
                    created_at: self.now,
                },
            )?;
            let places: Vec<EnrollmentRow> = activity_ids
                .iter()
                .skip(n * 3)
                .take(3)
                .map(|aid| EnrollmentRow {
                    id: self.id(),
                    user_id: child.id,
                    activity_id: *aid,
                    session_id: None,
                    status: EnrollmentStatus::Enrolled,
                    created_at: self.now,
                    updated_at: self.now,
                    reminded_at: None,
                })
                .collect();
            repo::enrollments::insert_many(conn, &places)?;
        }
        self.summary
            .logins
            .push((AccountKind::Guardian.as_str().into(), GUARDIAN_EMAIL.into()));
        Ok(())
    }

    fn youth_and_enrollments(
        &mut self,
        conn: &mut AnyConnection,
        activity_ids: &[ActivityId],
        hash: &str,
        progress: &mut dyn FnMut(&str),
    ) -> Result<()> {
        const CHUNK: usize = 10_000;
        let hood_ids: Vec<NeighbourhoodId> = NEIGHBOURHOODS
            .iter()
            .filter_map(|n| self.hoods.get(n.slug).copied())
            .collect();
        let per_youth = if self.plan.youth == 0 {
            0.0
        } else {
            self.plan.enrollments as f64 / self.plan.youth as f64
        };
        let mut enrolled_total = 0usize;
        let mut start = 0;
        while start < self.plan.youth {
            let end = (start + CHUNK).min(self.plan.youth);
            let mut users = Vec::with_capacity(end - start);
            let mut enrollments = Vec::new();
            for n in start..end {
                let awarded = self.awards.holds_badges();
                let (first, last) = people::name(&mut self.rng);
                let handle = people::handle(&mut self.rng);
                let age = self.rng.gen_range(13..=19);
                let birth = NaiveDate::from_ymd_opt(
                    self.today.year() - age,
                    self.rng.gen_range(1..=12),
                    self.rng.gen_range(1..=28),
                )
                .unwrap_or(self.today);
                let mut user = self.account(
                    youth_email(n),
                    format!("{first} {}.", last.chars().next().unwrap_or('X')),
                    AccountKind::Youth,
                    hash,
                    format!("{handle}-{:05}", n + 1),
                );
                user.birth_date = Some(birth.to_string());
                user.age_band = Some(citybadges_domain::age::band_for_age(age as u32));
                if user.age_band == Some(AgeBand::Under13) {
                    user.guardian_consent_at = Some(self.now);
                }
                user.neighbourhood_id = hood_ids.choose(&mut self.rng).copied();
                // Spread the plan's enrollments: each youth gets about the average, some more.
                let target = ((n + 1) as f64 * per_youth).round() as usize
                    - ((n as f64) * per_youth).round() as usize;
                // Floyd's sampling: O(picks), not O(activities), per youth.
                let picks = rand::seq::index::sample(
                    &mut self.rng,
                    activity_ids.len(),
                    target.min(activity_ids.len()),
                );
                for (i, aid) in picks.iter().map(|i| (i, &activity_ids[i])) {
                    let status = match self.rng.gen_range(0..10) {
                        0 => EnrollmentStatus::Waitlisted,
                        1 => EnrollmentStatus::Cancelled,
                        2 | 3 => EnrollmentStatus::Completed,
                        _ => EnrollmentStatus::Enrolled,
                    };
                    if awarded {
                        self.awards.takes_part(n, i, status);
                    }
                    enrollments.push(EnrollmentRow {
                        id: self.id(),
                        user_id: user.id,
                        activity_id: *aid,
                        session_id: None,
                        status,
                        created_at: self.now,
                        updated_at: self.now,
                        reminded_at: None,
                    });
                }
                users.push(user);
            }
            repo::users::insert_many(conn, &users)?;
            repo::enrollments::insert_many(conn, &enrollments)?;
            enrolled_total += enrollments.len();
            start = end;
            progress(&format!("{end} youth, {enrolled_total} enrollments"));
        }
        self.summary.youth = self.plan.youth;
        self.summary.enrollments = enrolled_total;
        Ok(())
    }
}

/// The sign-in of an organization's demo staff member (`who`: admin, staff or reviewer).
fn staff_email(org_slug: &str, who: &str) -> String {
    format!("{who}@{org_slug}.demo.citybadges.org")
}

/// The demo parent of two children under 13.
pub const GUARDIAN_EMAIL: &str = "guardian@demo.citybadges.org";

/// The sign-in of demo youth number `n` (from 0).
fn youth_email(n: usize) -> String {
    format!("youth{:05}@demo.citybadges.org", n + 1)
}

impl crate::App {
    /// Seed `plan` into this (empty) database, logging progress; the awards are signed with the
    /// deployment's keys.
    pub async fn seed_demo(&self, plan: Plan) -> Result<Summary> {
        let app = self.clone();
        let summary = self
            .db(move |conn| {
                let urls = app.urls();
                let issuer = Issuer {
                    urls: &urls,
                    master: app.master_key(),
                };
                seed(conn, &plan, Some(&issuer), &mut |step| {
                    tracing::info!(step, "demo city")
                })
            })
            .await?;
        // Pages may have cached the empty city before seeding.
        let _ = self
            .blocking(|app| Ok(app.kv().delete(crate::catalog::CITY_CACHE_KEY)?))
            .await;
        self.catalog_changed().await;
        self.rebuild_search_index().await?;
        Ok(summary)
    }
}
