//! Enrolling: a youth takes a place in a session of an activity, or joins its waitlist when it is
//! full; a place given back goes to the first in line, who is told by email. The schedule lists a
//! person's sessions; `calendar` serves them as iCalendar, `reminders` mails the day before.

pub mod calendar;
pub mod reminders;

use crate::catalog::{session_view, utc};
use crate::context::App;
use crate::error::{Error, Result};
use crate::outbox::{self, Effect};
use crate::views::{ActivityDetail, Named, SessionView};
use crate::{audit, emails};
use chrono::{NaiveDate, NaiveDateTime};
use citybadges_domain::policy::{self, Action, Actor};
use citybadges_domain::{
    age, ActivityId, AuditTarget, EnrollmentId, EnrollmentStatus, SessionId, UserId,
};
use citybadges_i18n::Msg;
use citybadges_store::models::{ActivityRow, EnrollmentRow, UserRow};
use citybadges_store::repo::enrollments::ScheduleRow;
use citybadges_store::{repo, AnyConnection};
use serde::Serialize;
use std::collections::HashMap;
use utoipa::ToSchema;

/// The most enrollments a schedule shows (a year of weekly sessions is 52).
pub const SCHEDULE_LIMIT: i64 = 500;

/// One enrollment as its youth sees it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct EnrollmentView {
    pub id: String,
    /// enrolled, waitlisted, cancelled, completed
    #[schema(value_type = String)]
    pub status: EnrollmentStatus,
    /// Place in line (1 = next) while waitlisted.
    pub waitlist_position: Option<i64>,
    /// The session (absent for enrollments made before sessions were chosen).
    pub session: Option<SessionView>,
    /// The activity: its slug and title.
    pub activity: Named,
    pub activity_id: String,
    pub organization: Named,
    pub location_name: Option<String>,
    pub address: Option<String>,
    /// Path of the activity's page.
    pub activity_url: String,
    /// Path of the session's calendar file.
    pub calendar_url: Option<String>,
    /// Whether it can still be cancelled (its session has not started).
    pub cancellable: bool,
}

/// A person's schedule: sessions to come, then the rest (past, cancelled, undated).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Schedule {
    pub upcoming: Vec<EnrollmentView>,
    pub other: Vec<EnrollmentView>,
    /// When the private calendar address was made, if there is one.
    pub feed_since: Option<chrono::DateTime<chrono::Utc>>,
}

/// The places of an activity's sessions now, and the viewer's own enrollment in each.
#[derive(Debug, Clone, Default)]
pub struct Places {
    /// What every visitor sees alike.
    seats: Seats,
    /// The viewer's live enrollment (enrolled or waitlisted) per session.
    pub mine: HashMap<String, EnrollmentView>,
    /// Whether the viewer saved the activity for later.
    pub saved: bool,
}

impl Places {
    /// Places left in a session; `None` when it has no limit.
    pub fn left(&self, session: &str) -> Option<i64> {
        self.seats.left.get(session).copied()
    }

    /// How many wait for a place in a session.
    pub fn waiting(&self, session: &str) -> i64 {
        self.seats.waitlisted.get(session).copied().unwrap_or(0)
    }

    /// Whether a newcomer would wait: no place left, or people already waiting.
    pub fn would_wait(&self, session: &str) -> bool {
        self.left(session) == Some(0) || self.waiting(session) > 0
    }

    /// The viewer's own enrollment in a session.
    pub fn mine(&self, session: &str) -> Option<&EnrollmentView> {
        self.mine.get(session)
    }
}

fn view(conn: &mut AnyConnection, row: ScheduleRow, now: NaiveDateTime) -> Result<EnrollmentView> {
    let (e, s, a, org) = row;
    let waitlist_position = match e.status {
        EnrollmentStatus::Waitlisted => Some(repo::enrollments::waitlist_position(conn, &e)?),
        _ => None,
    };
    let live = matches!(
        e.status,
        EnrollmentStatus::Enrolled | EnrollmentStatus::Waitlisted
    );
    Ok(EnrollmentView {
        id: e.id.to_string(),
        status: e.status,
        waitlist_position,
        cancellable: live && s.as_ref().is_none_or(|s| s.starts_at > now),
        calendar_url: s.as_ref().map(|s| format!("/sessions/{}.ics", s.id)),
        session: s.as_ref().map(session_view),
        activity_url: format!("/orgs/{}/activities/{}", org.slug, a.slug),
        activity_id: a.id.to_string(),
        activity: Named {
            slug: a.slug,
            name: a.title,
        },
        organization: Named {
            slug: org.slug,
            name: org.name,
        },
        location_name: a.location_name,
        address: a.address,
    })
}

/// Why this person may not enroll in this activity now, if they may not.
fn refusal(user: &UserRow, activity: &ActivityRow, on: NaiveDate) -> Option<Msg> {
    if user.awaiting_guardian() {
        return Some(Msg::new("err-enroll-consent"));
    }
    let birth = user
        .birth_date
        .as_deref()
        .and_then(|b| NaiveDate::parse_from_str(b, "%Y-%m-%d").ok())?;
    let years = age::age_on(birth, on) as i32;
    if age::range_fits(activity.age_min, activity.age_max, years) {
        return None;
    }
    Some(match (activity.age_min, activity.age_max) {
        (Some(min), Some(max)) => Msg::new("err-enroll-ages")
            .with("min", i64::from(min))
            .with("max", i64::from(max)),
        (Some(min), None) => Msg::new("err-enroll-ages-from").with("min", i64::from(min)),
        (_, max) => Msg::new("err-enroll-ages-up-to").with("max", i64::from(max.unwrap_or(0))),
    })
}

/// Give the place a cancellation freed to the first in line who is still waiting, and tell them.
fn promote_next(
    conn: &mut AnyConnection,
    session: SessionId,
    base: &str,
    now: NaiveDateTime,
) -> Result<()> {
    while let Some(next) = repo::enrollments::first_waitlisted(conn, session)? {
        if !repo::activities::take_seat(conn, session)? {
            return Ok(());
        }
        if repo::enrollments::change_status(
            conn,
            next.id,
            EnrollmentStatus::Waitlisted,
            EnrollmentStatus::Enrolled,
            now,
        )? {
            let mail = emails::seat_opened(conn, base, next.id)?;
            outbox::enqueue(conn, &Effect::Mail(mail))?;
            return Ok(());
        }
        // That one left the line a moment ago: give the place back and ask the next.
        repo::activities::free_seat(conn, session)?;
    }
    Ok(())
}

/// Give up every place (and waitlist spot) this person holds in sessions still to come: their
/// account is closing or can no longer take part. Each place goes to the next in line.
pub(crate) fn give_back_upcoming(conn: &mut AnyConnection, user: UserId, base: &str) -> Result<()> {
    let now = citybadges_store::now();
    for (e, session, _, _) in repo::enrollments::schedule_of(conn, user, SCHEDULE_LIMIT)? {
        let live = matches!(
            e.status,
            EnrollmentStatus::Enrolled | EnrollmentStatus::Waitlisted
        );
        if live && session.is_some_and(|s| s.starts_at > now) {
            give_back(conn, &e, base, now)?;
        }
    }
    Ok(())
}

/// Cancel a live enrollment before its session starts; its place goes to the first in line.
/// False when it had already changed (another request was first).
pub(crate) fn give_back(
    conn: &mut AnyConnection,
    e: &EnrollmentRow,
    base: &str,
    now: NaiveDateTime,
) -> Result<bool> {
    let session = match e.session_id {
        Some(sid) => repo::activities::session_by_id(conn, sid)?,
        None => None,
    };
    if session.as_ref().is_some_and(|s| s.starts_at <= now) {
        return Err(Error::Conflict(Msg::new("err-session-started")));
    }
    if !repo::enrollments::change_status(conn, e.id, e.status, EnrollmentStatus::Cancelled, now)? {
        return Ok(false);
    }
    if let (EnrollmentStatus::Enrolled, Some(s)) = (e.status, session) {
        repo::activities::free_seat(conn, s.id)?;
        promote_next(conn, s.id, base, now)?;
    }
    Ok(true)
}

fn record(
    conn: &mut AnyConnection,
    actor: &Actor,
    action: &'static str,
    e: &EnrollmentRow,
) -> Result<()> {
    audit::record(
        conn,
        audit::Entry {
            actor,
            org_id: None,
            action,
            target_type: AuditTarget::Enrollment,
            target_id: e.id.to_string(),
            details: serde_json::json!({ "status": e.status, "session": e.session_id }),
        },
    )
}

fn enroll_in(
    conn: &mut AnyConnection,
    actor: &Actor,
    user_id: UserId,
    session: SessionId,
) -> Result<EnrollmentId> {
    let (s, activity, _) =
        repo::activities::public_session(conn, session)?.ok_or(Error::NotFound("session"))?;
    let now = citybadges_store::now();
    if s.starts_at <= now {
        return Err(Error::Conflict(Msg::new("err-session-started")));
    }
    let user = repo::users::by_id(conn, user_id)?.ok_or(Error::Unauthenticated)?;
    if let Some(why) = refusal(&user, &activity, s.starts_at.date()) {
        return Err(Error::Refused(why));
    }
    let existing = repo::enrollments::of_user_in_session(conn, user_id, session)?;
    if let Some(e) = existing
        .as_ref()
        .filter(|e| e.status != EnrollmentStatus::Cancelled)
    {
        return Ok(e.id); // asked twice: the same answer
    }
    // Nobody jumps the line: with people waiting, a newcomer waits too.
    let status = if repo::enrollments::waitlist_len(conn, session)? == 0
        && repo::activities::take_seat(conn, session)?
    {
        EnrollmentStatus::Enrolled
    } else {
        EnrollmentStatus::Waitlisted
    };
    let row = match existing {
        Some(e) => {
            repo::enrollments::renew(conn, e.id, status, now)?;
            EnrollmentRow { status, ..e }
        }
        None => {
            let row = EnrollmentRow {
                id: EnrollmentId::new(),
                user_id,
                activity_id: activity.id,
                session_id: Some(session),
                status,
                created_at: now,
                updated_at: now,
                reminded_at: None,
            };
            repo::enrollments::insert(conn, &row)?;
            row
        }
    };
    record(conn, actor, "enrollment.create", &row)?;
    Ok(row.id)
}

fn youth(actor: &Actor) -> Result<UserId> {
    policy::authorize(actor, Action::Enroll)?;
    actor.user_id().ok_or(Error::Unauthenticated)
}

impl App {
    /// Take a place in a session, or a place in its waitlist when it is full. Asking again for
    /// the same session answers with the same enrollment.
    pub async fn enroll(&self, actor: Actor, session: String) -> Result<EnrollmentView> {
        let user_id = youth(&actor)?;
        let session: SessionId = session
            .trim()
            .parse()
            .map_err(|_| Error::NotFound("session"))?;
        let attempt = |actor: Actor| self.tx(move |c| enroll_in(c, &actor, user_id, session));
        let id = match attempt(actor.clone()).await {
            // Two requests of one person at once: the other one's row is the answer.
            Err(Error::Duplicate(_)) => attempt(actor).await?,
            other => other?,
        };
        let view = self.enrollment(user_id, id).await?;
        self.places_changed(&view);
        Ok(view)
    }

    /// The places of this enrollment's activity changed: this node shows them anew at once.
    fn places_changed(&self, e: &EnrollmentView) {
        self.cache_forget(&places_key(&e.activity_id));
    }

    /// Give back a place (or leave a waitlist) before the session starts; the place goes to the
    /// first in line.
    pub async fn cancel_enrollment(&self, actor: Actor, id: String) -> Result<EnrollmentView> {
        let user_id = youth(&actor)?;
        let id: EnrollmentId = id
            .trim()
            .parse()
            .map_err(|_| Error::NotFound("enrollment"))?;
        let base = self.settings().public_url();
        self.tx(move |conn| {
            let e = repo::enrollments::of_user(conn, user_id, id)?
                .ok_or(Error::NotFound("enrollment"))?;
            let now = citybadges_store::now();
            match e.status {
                EnrollmentStatus::Cancelled => return Ok(()),
                EnrollmentStatus::Completed => {
                    return Err(Error::Conflict(Msg::new("err-enrollment-completed")))
                }
                EnrollmentStatus::Enrolled | EnrollmentStatus::Waitlisted => {}
            }
            if !give_back(conn, &e, &base, now)? {
                return Ok(());
            }
            record(
                conn,
                &actor,
                "enrollment.cancel",
                &EnrollmentRow {
                    status: EnrollmentStatus::Cancelled,
                    ..e
                },
            )
        })
        .await?;
        let view = self.enrollment(user_id, id).await?;
        self.places_changed(&view);
        Ok(view)
    }

    async fn enrollment(&self, user: UserId, id: EnrollmentId) -> Result<EnrollmentView> {
        self.db(move |conn| {
            let row = repo::enrollments::with_session(conn, id)?
                .filter(|r| r.0.user_id == user)
                .ok_or(Error::NotFound("enrollment"))?;
            view(conn, row, citybadges_store::now())
        })
        .await
    }

    /// Everything the signed-in youth enrolled in.
    pub async fn my_schedule(&self, actor: Actor) -> Result<Schedule> {
        let user_id = youth(&actor)?;
        self.db(move |conn| schedule_of(conn, user_id)).await
    }

    /// An activity's public view and its sessions' places, with the viewer's own enrollments in
    /// them when the viewer is a youth. The places are shared by every visitor and kept for
    /// [`PLACES_FRESH`] (enrolling itself always reads them exactly); the viewer's own are read
    /// live.
    pub async fn activity_page(
        &self,
        actor: Actor,
        org_slug: String,
        slug: String,
    ) -> Result<(ActivityDetail, Places)> {
        let me = policy::authorize(&actor, Action::Enroll)
            .ok()
            .and(actor.user_id());
        self.blocking(move |app| {
            let generation = app.catalog_generation();
            let detail = app.cached_activity(&generation, &org_slug, &slug)?;
            let activity: ActivityId = detail
                .activity
                .id
                .parse()
                .map_err(|_| Error::NotFound("activity"))?;
            let until = citybadges_store::now() + PLACES_FRESH;
            let seats = app.cached(&generation, &places_key(&detail.activity.id), || {
                let mut conn = app.pool().get()?;
                Ok((seats_of(&mut conn, activity)?, Some(until)))
            })?;
            let mut places = Places {
                seats,
                mine: HashMap::new(),
                saved: false,
            };
            if let Some(user) = me {
                let mut conn = app.pool().get()?;
                places.saved = repo::saved::is_saved(&mut conn, user, activity)?;
                let now = citybadges_store::now();
                let ids: Vec<SessionId> = detail
                    .sessions
                    .iter()
                    .filter_map(|s| s.id.parse().ok())
                    .collect();
                for e in repo::enrollments::live_of_user_in(&mut conn, user, &ids)? {
                    if let Some(row) = repo::enrollments::with_session(&mut conn, e.id)? {
                        let key = e.session_id.map(|s| s.to_string()).unwrap_or_default();
                        places.mine.insert(key, view(&mut conn, row, now)?);
                    }
                }
            }
            Ok((detail, places))
        })
        .await
    }
}

/// A youth's enrollments: those coming up, then the rest (past, cancelled, undated).
pub(crate) fn schedule_of(conn: &mut AnyConnection, user_id: UserId) -> Result<Schedule> {
    let now = citybadges_store::now();
    let mut upcoming = Vec::new();
    let mut other = Vec::new();
    for row in repo::enrollments::schedule_of(conn, user_id, SCHEDULE_LIMIT)? {
        let ahead = row.1.as_ref().is_some_and(|s| s.ends_at > now)
            && matches!(
                row.0.status,
                EnrollmentStatus::Enrolled | EnrollmentStatus::Waitlisted
            );
        let v = view(conn, row, now)?;
        if ahead {
            upcoming.push(v);
        } else {
            other.push(v);
        }
    }
    let feed_since = repo::calendar_feeds::of_user(conn, user_id)?.map(|f| utc(f.created_at));
    Ok(Schedule {
        upcoming,
        other,
        feed_since,
    })
}

fn places_key(activity: &str) -> String {
    format!("places:{activity}")
}

/// How long the places shown on an activity's page may be behind (every visitor shares them).
pub const PLACES_FRESH: chrono::Duration = chrono::Duration::seconds(2);

/// Places left (absent: no limit) and people waiting, per session of an activity.
#[derive(Debug, Clone, Default)]
struct Seats {
    left: HashMap<String, i64>,
    waitlisted: HashMap<String, i64>,
}

fn seats_of(conn: &mut AnyConnection, activity: ActivityId) -> Result<Seats> {
    let sessions =
        repo::activities::upcoming_sessions_for(conn, &[activity], citybadges_store::now())?;
    let ids: Vec<SessionId> = sessions.iter().map(|s| s.id).collect();
    Ok(Seats {
        left: sessions
            .iter()
            .filter_map(|s| {
                let cap = s.capacity?;
                Some((s.id.to_string(), i64::from((cap - s.seats_taken).max(0))))
            })
            .collect(),
        waitlisted: repo::enrollments::waitlist_counts(conn, &ids)?
            .into_iter()
            .map(|(id, n)| (id.to_string(), n))
            .collect(),
    })
}
