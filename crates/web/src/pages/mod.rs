//! Server-rendered pages: a view struct per page (askama), thin handlers that call one use case.

pub mod account;
pub mod awards;
pub mod backpack;
pub mod catalog;
pub mod credentials;
pub mod data_rights;
pub mod dev;
pub mod enrolling;
pub mod filters;
pub mod guardians;
pub mod language;
pub mod mail_lists;
pub mod manage;
pub mod parts;
pub mod saved;
pub mod sharing;
pub mod verify;

use crate::error::PageError;
use crate::extract::{session_cookie, Viewer};
use actix_web::cookie::Cookie;
use actix_web::HttpResponse;
use askama::Template;
use citybadges_app::sessions::CurrentUser;
use citybadges_app::{App, Error};
use citybadges_i18n::{Locale, Msg};

/// A value however many references templates wrap it in (askama passes loop items by reference).
pub trait Val<T: Copy> {
    fn val(&self) -> T;
}

impl<T: Copy> Val<T> for T {
    fn val(&self) -> T {
        *self
    }
}

impl<T: Copy> Val<T> for &T {
    fn val(&self) -> T {
        **self
    }
}

impl<T: Copy> Val<T> for &&T {
    fn val(&self) -> T {
        ***self
    }
}

/// A page's title: a message id (`"home-title"`), a message with arguments
/// (`Msg::new("dashboard-title").with("org", name)`), or text as its organization wrote it (an
/// activity's title).
pub enum Title {
    Message(&'static str),
    With(Msg),
    Text(String),
}

impl Title {
    /// The title as the page shows it, in `locale`.
    pub fn show(self, locale: Locale) -> String {
        match self {
            Title::Message(id) => citybadges_i18n::text(locale, id),
            Title::With(msg) => msg.show(locale),
            Title::Text(text) => text,
        }
    }
}

impl From<Msg> for Title {
    fn from(msg: Msg) -> Title {
        Title::With(msg)
    }
}

impl From<&'static str> for Title {
    fn from(id: &'static str) -> Title {
        Title::Message(id)
    }
}

impl From<String> for Title {
    fn from(text: String) -> Title {
        Title::Text(text)
    }
}

/// What every page's frame shows: the city, who is signed in, the form token, and the language
/// the page is in.
pub struct Layout {
    pub city: String,
    pub title: String,
    pub locale: Locale,
    /// The city's currency (ISO 4217), for prices.
    pub currency: String,
    /// This page's path and query, for the language switcher to come back to.
    pub path: String,
    pub user: Option<CurrentUser>,
    pub csrf: String,
    pub tz: chrono_tz::Tz,
    /// A session cookie to set when the visitor had none (forms need one for their CSRF token).
    pub new_cookie: Option<Cookie<'static>>,
}

impl Layout {
    pub async fn new(
        app: &App,
        viewer: &Viewer,
        title: impl Into<Title>,
    ) -> Result<Layout, PageError> {
        let city = app.city().await?;
        Ok(Layout::for_city(app, viewer, title, &city))
    }

    /// The frame, for a handler that already has the city.
    pub fn for_city(
        app: &App,
        viewer: &Viewer,
        title: impl Into<Title>,
        city: &citybadges_app::views::CityView,
    ) -> Layout {
        // The CSRF token is an HMAC of the session id, so an anonymous visitor only needs a random
        // id in the cookie; nothing is stored until they sign in.
        let (sid, new_cookie) = match &viewer.session_id {
            Some(s) => (s.clone(), None),
            None => {
                let id = citybadges_app::secrets::random_token();
                (id.clone(), Some(session_cookie(app, id)))
            }
        };
        let locale = viewer.locale.unwrap_or(city.default_locale);
        Layout {
            city: city.name.clone(),
            title: title.into().show(locale),
            locale,
            currency: city.currency.clone(),
            path: viewer.path.clone(),
            user: viewer.user.clone(),
            csrf: app.csrf_token(&sid),
            tz: city.time_zone.parse().unwrap_or(chrono_tz::UTC),
            new_cookie,
        }
    }

    /// Give the page another title, in its language (for a handler that needed the locale
    /// before it knew which page it shows).
    pub fn set_title(&mut self, title: impl Into<Title>) {
        self.title = title.into().show(self.locale);
    }

    /// A message a handler composed (id and arguments), in the page's language:
    /// `{{ layout.show(heading) }}`.
    pub fn show(&self, msg: &Msg) -> String {
        msg.show(self.locale)
    }

    /// The other languages, for the switcher.
    pub fn other_locales(&self) -> Vec<Locale> {
        Locale::ALL
            .into_iter()
            .filter(|l| *l != self.locale)
            .collect()
    }

    /// Whether two page numbers are the same, whatever references wrap them.
    pub fn same(&self, a: impl Val<u32>, b: impl Val<u32>) -> bool {
        a.val() == b.val()
    }
}

/// Every page struct holds its frame.
pub trait Page: Template {
    fn layout(&self) -> &Layout;
}

/// Implement [`Page`] for view structs with a `layout` field.
macro_rules! pages {
    ($($t:ty),* $(,)?) => {$(
        impl $crate::pages::Page for $t {
            fn layout(&self) -> &$crate::pages::Layout {
                &self.layout
            }
        }
    )*};
}
pub(crate) use pages;

/// What filters read from the page being rendered: its language and the city's currency.
pub struct Reading {
    pub locale: Locale,
    pub currency: String,
}

/// The key filters find [`Reading`] under in askama's values.
pub const READING: &str = "reading";

/// Render a page in its layout's language, setting the visitor's first session cookie when
/// needed.
pub fn render(page: &impl Page) -> Result<HttpResponse, PageError> {
    let layout = page.layout();
    let reading = Reading {
        locale: layout.locale,
        currency: layout.currency.clone(),
    };
    let html = page
        .render_with_values(&(READING, &reading as &dyn std::any::Any))
        .map_err(|e| Error::Internal(format!("template: {e}")))?;
    let mut resp = HttpResponse::Ok();
    if let Some(c) = &page.layout().new_cookie {
        resp.cookie(c.clone());
    }
    Ok(resp.content_type("text/html; charset=utf-8").body(html))
}

pub fn redirect(to: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((actix_web::http::header::LOCATION, to.to_string()))
        .finish()
}

/// Page numbers to link to around the current one.
pub fn page_links(current: u32, pages: u32) -> Vec<u32> {
    let start = current.saturating_sub(3).max(1);
    let end = (current + 3).min(pages);
    (start..=end).collect()
}
