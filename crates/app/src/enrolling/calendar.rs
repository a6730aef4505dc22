//! Sessions as iCalendar (RFC 5545): one session's file, anyone may add to a calendar; and a
//! person's private feed of the sessions they hold a place in, at an address only they know
//! (a random token whose hash is kept; a new address ends the old one).

use super::youth;
use crate::context::App;
use crate::error::{Error, Result};
use crate::secrets;
use chrono::NaiveDateTime;
use citybadges_domain::{EnrollmentStatus, SessionId};
use citybadges_store::models::{ActivityRow, ActivitySessionRow, CalendarFeedRow, OrganizationRow};
use citybadges_store::repo;
use icalendar::{Calendar, Component, Event, EventLike, EventStatus};

/// How far back a feed keeps sessions that have ended.
const FEED_KEEPS_PAST: chrono::Duration = chrono::Duration::days(30);

fn event(
    base: &str,
    host: &str,
    s: &ActivitySessionRow,
    a: &ActivityRow,
    org: &OrganizationRow,
) -> Event {
    let place = [a.location_name.as_deref(), a.address.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ");
    let url = format!("{base}/orgs/{}/activities/{}", org.slug, a.slug);
    let mut e = Event::new();
    e.uid(&format!("session-{}@{host}", s.id))
        .summary(&a.title)
        .description(&format!("{}\n{}\n{url}", org.name, a.summary))
        .starts(s.starts_at.and_utc())
        .ends(s.ends_at.and_utc())
        .status(EventStatus::Confirmed)
        .add_property("URL", &url);
    if !place.is_empty() {
        e.location(&place);
    }
    e.done()
}

fn host_of(base: &str) -> String {
    url::Url::parse(base)
        .ok()
        .and_then(|u| u.host_str().map(str::to_string))
        .unwrap_or_else(|| "citybadges".into())
}

fn calendar(name: &str, events: Vec<Event>) -> String {
    let mut cal = Calendar::new();
    cal.name(name);
    for e in events {
        cal.push(e);
    }
    cal.done().to_string()
}

impl App {
    /// One session of a published activity, as a calendar file.
    pub async fn session_calendar(&self, session: String) -> Result<String> {
        let session: SessionId = session
            .trim()
            .parse()
            .map_err(|_| Error::NotFound("session"))?;
        let base = self.settings().public_url();
        self.db(move |conn| {
            let (s, a, org) = repo::activities::public_session(conn, session)?
                .ok_or(Error::NotFound("session"))?;
            let host = host_of(&base);
            Ok(calendar(&a.title, vec![event(&base, &host, &s, &a, &org)]))
        })
        .await
    }

    /// The sessions the feed's owner holds a place in (from a month ago on); an unknown or
    /// replaced address, or a disabled account, is not found.
    pub async fn calendar_feed(&self, token: String) -> Result<String> {
        let base = self.settings().public_url();
        self.db(move |conn| {
            let feed = repo::calendar_feeds::by_hash(conn, &secrets::token_hash(token.trim()))?
                .ok_or(Error::NotFound("calendar"))?;
            let user = repo::users::by_id(conn, feed.user_id)?
                .filter(|u| u.disabled_at.is_none())
                .ok_or(Error::NotFound("calendar"))?;
            let since: NaiveDateTime = citybadges_store::now() - FEED_KEEPS_PAST;
            let host = host_of(&base);
            let events = repo::enrollments::schedule_of(conn, user.id, super::SCHEDULE_LIMIT)?
                .into_iter()
                .filter(|(e, ..)| e.status == EnrollmentStatus::Enrolled)
                .filter_map(|(_, s, a, org)| {
                    let s = s.filter(|s| s.ends_at > since)?;
                    Some(event(&base, &host, &s, &a, &org))
                })
                .collect();
            let name = repo::city::settings(conn)?
                .map(|c| c.name)
                .unwrap_or_else(|| "CityBadges".into());
            Ok(calendar(&name, events))
        })
        .await
    }

    /// A new private calendar address for the signed-in youth (the old one stops working). The
    /// address is shown once: only its hash is kept.
    pub async fn new_calendar_feed(
        &self,
        actor: citybadges_domain::policy::Actor,
    ) -> Result<String> {
        let user_id = youth(&actor)?;
        let token = secrets::random_token();
        let row = CalendarFeedRow {
            user_id,
            token_hash: secrets::token_hash(&token),
            created_at: citybadges_store::now(),
        };
        self.tx(move |conn| Ok(repo::calendar_feeds::replace(conn, &row)?))
            .await?;
        Ok(format!(
            "{}/calendar/{token}.ics",
            self.settings().public_url()
        ))
    }

    /// End the signed-in youth's private calendar address.
    pub async fn end_calendar_feed(&self, actor: citybadges_domain::policy::Actor) -> Result<()> {
        let user_id = youth(&actor)?;
        self.tx(move |conn| {
            repo::calendar_feeds::remove(conn, user_id)?;
            Ok(())
        })
        .await
    }
}
