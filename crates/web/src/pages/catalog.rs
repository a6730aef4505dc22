//! The public catalog: home, activity list, activity, organizations, badge.

use super::parts::{cards, ActivityCard};
use super::{filters, page_links, pages, render, Layout};
use crate::error::PageError;
use crate::extract::Viewer;
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;
use citybadges_app::search::{from_form, SearchPage, SearchParams};
use citybadges_app::views::*;
use citybadges_app::App;
use citybadges_domain::EnrollmentStatus;
use citybadges_i18n::{Arg, Locale};
use serde::Deserialize;
use std::collections::BTreeMap;

fn number(field: &'static str, v: &Option<String>) -> Result<Option<i64>, citybadges_app::Error> {
    match v.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(s) => s.parse().map(Some).map_err(|_| {
            citybadges_app::Error::invalid(field, citybadges_i18n::Msg::new("err-whole-number"))
        }),
    }
}

#[derive(Template)]
#[template(path = "home.html")]
struct Home {
    layout: Layout,
    city: CityView,
    cards: Vec<ActivityCard>,
    /// "1,234 activities from 56 schools, museums…", counted in the page's language.
    lead: String,
}

pub async fn home(app: web::Data<App>, viewer: Viewer) -> Result<HttpResponse, PageError> {
    let (city, upcoming, org_count) = app.home().await?;
    let layout = Layout::for_city(&app, &viewer, "home-title", &city);
    let lead = citybadges_i18n::text_with(
        layout.locale,
        "home-lead",
        &[
            ("activities", Arg::Number(upcoming.total)),
            ("organizations", Arg::Number(org_count)),
        ],
    );
    render(&Home {
        layout,
        city,
        cards: cards(&upcoming.items),
        lead,
    })
}

/// One checkbox of a facet: what it filters, how it reads, how many it would find.
pub struct FacetOption {
    pub value: String,
    pub label: String,
    pub count: u64,
    pub checked: bool,
}

pub struct FacetGroup {
    /// The form field the checkboxes send.
    pub field: &'static str,
    /// The title's message id.
    pub title: &'static str,
    /// `checkbox` (any of the ticked values) or `select` (one value, or any).
    pub input: &'static str,
    pub options: Vec<FacetOption>,
}

/// The search as asked, to keep every choice selected: a view of the route's parameters, as
/// (field, value) pairs.
pub struct SearchForm {
    pairs: Vec<(String, String)>,
}

impl SearchForm {
    fn of(params: &SearchParams) -> SearchForm {
        SearchForm {
            pairs: url::form_urlencoded::parse(params.to_query_string().as_bytes())
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect(),
        }
    }

    pub fn value(&self, field: &str) -> String {
        self.pairs
            .iter()
            .find(|(k, _)| k == field)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    }

    pub fn has(&self, field: &str, value: impl AsRef<str>) -> bool {
        let value = value.as_ref();
        self.pairs
            .iter()
            .any(|(k, v)| k == field && v.split(',').any(|x| x.trim() == value))
    }

    /// How many filters are chosen (words, sort and paging are not filters; a location from
    /// "Use my location" is one), for the "Filters (n)" button.
    pub fn filter_count(&self) -> usize {
        const NOT_FILTERS: [&str; 6] = ["q", "sort", "page", "per_page", "facets", "lng"];
        self.pairs
            .iter()
            .filter(|(k, v)| !NOT_FILTERS.contains(&k.as_str()) && !v.trim().is_empty())
            .map(|(_, v)| v.split(',').filter(|x| !x.trim().is_empty()).count())
            .sum()
    }

    /// The same search on another page.
    pub fn with_page(&self, page: impl super::Val<usize>) -> String {
        let mut out = url::form_urlencoded::Serializer::new(String::new());
        for (k, v) in self
            .pairs
            .iter()
            .filter(|(k, v)| k != "page" && !v.is_empty())
        {
            out.append_pair(k, v);
        }
        out.append_pair("page", &page.val().to_string());
        out.finish()
    }
}

fn facet_groups(
    locale: Locale,
    city: &CityView,
    form: &SearchForm,
    facets: &BTreeMap<String, BTreeMap<String, u64>>,
) -> Vec<FacetGroup> {
    use citybadges_domain::{ActivityFormat, OrgKind, TimeOfDay, Weekday};
    let names = |list: &[Named]| {
        list.iter()
            .map(|n| (n.slug.clone(), n.name.clone()))
            .collect::<BTreeMap<_, _>>()
    };
    let topics = names(&city.topics);
    let hoods = names(&city.neighbourhoods);
    let label = |facet: &str, v: &str| -> String {
        match facet {
            "topic" => topics.get(v).cloned().unwrap_or_else(|| v.into()),
            "neighbourhood" => hoods.get(v).cloned().unwrap_or_else(|| v.into()),
            "format" => v
                .parse::<ActivityFormat>()
                .map(|f| f.label_in(locale))
                .unwrap_or_else(|_| v.into()),
            "org_kind" => v
                .parse::<OrgKind>()
                .map(|k| k.label_in(locale))
                .unwrap_or_else(|_| v.into()),
            "day" => v
                .parse::<Weekday>()
                .map(|d| d.label_in(locale))
                .unwrap_or_else(|_| v.into()),
            "time" => v
                .parse::<TimeOfDay>()
                .map(|t| t.label_in(locale))
                .unwrap_or_else(|_| v.into()),
            // Each language by its own name, as language lists do.
            "language" => Locale::from_tag(v)
                .map(|l| l.native_name().to_string())
                .unwrap_or_else(|| v.into()),
            other_facet => {
                let _ = other_facet;
                let mut s = v.replace('_', " ");
                if let Some(first) = s.get_mut(0..1) {
                    first.make_ascii_uppercase();
                }
                s
            }
        }
    };
    let specs: [(&str, &'static str, &'static str); 8] = [
        ("topic", "topic", "facet-topic"),
        ("neighbourhood", "neighbourhood", "facet-neighbourhood"),
        ("format", "format", "facet-format"),
        ("day", "day", "facet-day"),
        ("time", "time", "facet-time"),
        ("org_kind", "org_kind", "facet-org_kind"),
        ("language", "language", "facet-language"),
        ("accessibility", "accessibility", "facet-accessibility"),
    ];
    let mut groups: Vec<FacetGroup> = specs
        .iter()
        .map(|(facet, field, title)| {
            let counts = facets.get(*facet).cloned().unwrap_or_default();
            let mut options: Vec<FacetOption> = counts
                .iter()
                .map(|(v, n)| FacetOption {
                    value: v.clone(),
                    label: label(facet, v),
                    count: *n,
                    checked: form.has(field, v),
                })
                .collect();
            options.sort_by(|a, b| b.count.cmp(&a.count).then(a.label.cmp(&b.label)));
            FacetGroup {
                field,
                title,
                input: "checkbox",
                options,
            }
        })
        .filter(|g| !g.options.is_empty())
        .collect();
    let count = |facet: &str, v: &str| {
        facets
            .get(facet)
            .and_then(|m| m.get(v))
            .copied()
            .unwrap_or(0)
    };
    groups.insert(0, age_group(form, facets));
    groups.insert(
        1,
        FacetGroup {
            field: "free",
            title: "facet-cost",
            input: "checkbox",
            options: vec![FacetOption {
                value: "1".into(),
                label: citybadges_i18n::text(locale, "facet-free"),
                count: count("cost", "free"),
                checked: form.has("free", "1"),
            }],
        },
    );
    groups.insert(
        2,
        FacetGroup {
            field: "spots",
            title: "facet-places",
            input: "checkbox",
            options: vec![FacetOption {
                value: "1".into(),
                label: citybadges_i18n::text(locale, "facet-places-left"),
                count: count("spots", "available"),
                checked: form.has("spots", "1"),
            }],
        },
    );
    groups.push(FacetGroup {
        field: "badge",
        title: "facet-badges",
        input: "checkbox",
        options: vec![FacetOption {
            value: "any".into(),
            label: citybadges_i18n::text(locale, "facet-leads-to-badge"),
            count: count("badge", "yes"),
            checked: form.has("badge", "any"),
        }],
    });
    groups
}

/// "Your age" as a choice among the ages the facet counts, each with how many results suit it
/// (none shown when the search could not count); an age asked for outside them (by link or API)
/// stays chosen.
fn age_group(form: &SearchForm, facets: &BTreeMap<String, BTreeMap<String, u64>>) -> FacetGroup {
    let asked = form.value("age");
    let counts = facets.get("age");
    let mut ages: Vec<(i32, u64)> = citybadges_app::search::AGE_FACET_RANGE
        .map(|a| {
            let n = counts.and_then(|m| m.get(&a.to_string())).copied();
            (a, n.unwrap_or(0))
        })
        .collect();
    if let Ok(a) = asked.trim().parse::<i32>() {
        if !ages.iter().any(|(x, _)| *x == a) {
            ages.push((a, 0));
            ages.sort();
        }
    }
    FacetGroup {
        field: "age",
        title: "facet-age",
        input: "select",
        options: ages
            .into_iter()
            .map(|(a, n)| FacetOption {
                value: a.to_string(),
                label: a.to_string(),
                count: n,
                checked: asked.trim() == a.to_string(),
            })
            .collect(),
    }
}

/// A search as every view of it shows it: the form as asked, the results as cards, the
/// facet panel and the page links.
pub struct SearchView {
    form: SearchForm,
    results: SearchPage,
    cards: Vec<ActivityCard>,
    facets: Vec<FacetGroup>,
    pages: Vec<u32>,
}

#[derive(Template)]
#[template(path = "activities.html")]
struct Activities {
    layout: Layout,
    city: CityView,
    search: SearchView,
    /// The map's tiles (none by default).
    map: citybadges_app::config::MapSettings,
}

/// The part htmx swaps: results, and the facet panel out of band.
#[derive(Template)]
#[template(path = "partials/search_swap.html")]
struct ActivitiesSwap {
    layout: Layout,
    search: SearchView,
}

/// City-wide search with facets. Works as a plain form without JavaScript; with htmx, only the
/// results and facet counts are replaced as the person types and ticks boxes.
pub async fn activities(
    app: web::Data<App>,
    viewer: Viewer,
    req: HttpRequest,
) -> Result<HttpResponse, PageError> {
    let params = from_form(req.query_string())?;
    let form = SearchForm::of(&params);
    let results = app.search_catalog(params).await?;
    let city = app.city().await?;
    let layout = Layout::for_city(&app, &viewer, "find-activities", &city);
    let search = SearchView {
        facets: facet_groups(layout.locale, &city, &form, &results.facets),
        pages: page_links(
            results.page as u32,
            (results.total as usize)
                .div_ceil(results.per_page.max(1))
                .max(1) as u32,
        ),
        cards: cards(&results.items),
        form,
        results,
    };
    if req.headers().contains_key("HX-Request") {
        return render(&ActivitiesSwap { layout, search });
    }
    render(&Activities {
        layout,
        city,
        search,
        map: app.settings().map.clone(),
    })
}

#[derive(Template)]
#[template(path = "activity.html")]
struct Activity {
    layout: Layout,
    a: ActivityDetail,
    /// Places left and the viewer's own enrollments, read live.
    places: citybadges_app::enrolling::Places,
    /// Whether the viewer may enroll (a signed-in youth).
    youth: bool,
    /// A child whose guardian has not approved the account yet: no enrolling, a word why.
    waiting_for_guardian: bool,
    /// What the viewer just did here (`?done=enrolled|waitlisted|cancelled`), as a message id.
    done: Option<&'static str>,
}

#[derive(Deserialize)]
pub struct ActivityPageQuery {
    done: Option<String>,
}

pub async fn activity(
    app: web::Data<App>,
    viewer: Viewer,
    path: web::Path<(String, String)>,
    q: web::Query<ActivityPageQuery>,
) -> Result<HttpResponse, PageError> {
    let (org, slug) = path.into_inner();
    let (a, places) = app.activity_page(viewer.actor.clone(), org, slug).await?;
    let layout = Layout::new(&app, &viewer, a.activity.title.clone()).await?;
    let youth = viewer.user.as_ref().is_some_and(|u| u.is_youth());
    let waiting_for_guardian = viewer.user.as_ref().is_some_and(|u| u.awaiting_guardian);
    let done = match q.into_inner().done.as_deref() {
        Some("enrolled") => Some("enroll-done-enrolled"),
        Some("waitlisted") => Some("enroll-done-waitlisted"),
        Some("cancelled") => Some("enroll-done-cancelled"),
        Some("saved") => Some("saved-done"),
        Some("unsaved") => Some("saved-removed"),
        _ => None,
    };
    render(&Activity {
        layout,
        a,
        places,
        youth,
        waiting_for_guardian,
        done,
    })
}

#[derive(Deserialize)]
pub struct OrgListQuery {
    kind: Option<String>,
}

#[derive(Template)]
#[template(path = "organizations.html")]
struct Organizations {
    layout: Layout,
    kind: Option<String>,
    kinds: Vec<&'static str>,
    orgs: PageOf<OrganizationView>,
}

pub async fn organizations(
    app: web::Data<App>,
    viewer: Viewer,
    q: web::Query<OrgListQuery>,
) -> Result<HttpResponse, PageError> {
    let kind = q.into_inner().kind.filter(|k| !k.is_empty());
    let orgs = app
        .list_organizations(kind.clone(), None, Some(100))
        .await?;
    let layout = Layout::new(&app, &viewer, "organizations-title").await?;
    let kinds = citybadges_domain::OrgKind::ALL
        .iter()
        .map(|k| k.as_str())
        .collect();
    render(&Organizations {
        layout,
        kind,
        kinds,
        orgs,
    })
}

#[derive(Deserialize)]
pub struct PageQuery {
    page: Option<String>,
}

#[derive(Template)]
#[template(path = "organization.html")]
struct Organization {
    layout: Layout,
    org: OrganizationView,
    badges: Vec<BadgeView>,
    listing: PageOf<ActivityView>,
    cards: Vec<ActivityCard>,
    pages: Vec<u32>,
}

pub async fn organization(
    app: web::Data<App>,
    viewer: Viewer,
    slug: web::Path<String>,
    q: web::Query<PageQuery>,
) -> Result<HttpResponse, PageError> {
    let page = number("page", &q.page)?;
    let (org, badges, listing) = app.organization_page(slug.into_inner(), page).await?;
    let layout = Layout::new(&app, &viewer, org.name.clone()).await?;
    let pages = page_links(listing.page, listing.pages());
    render(&Organization {
        layout,
        org,
        badges,
        cards: cards(&listing.items),
        listing,
        pages,
    })
}

#[derive(Template)]
#[template(path = "badge.html")]
struct Badge {
    layout: Layout,
    b: BadgeView,
}

pub async fn badge(
    app: web::Data<App>,
    req: actix_web::HttpRequest,
    viewer: Viewer,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    let (org, slug) = path.into_inner();
    // The page's URL is the OB 3.0 achievement id: machines asking for JSON get the Achievement.
    if super::credentials::wants_json_ld(&req) {
        let doc = app.achievement_document(org, slug).await?;
        return Ok(super::credentials::json_ld(
            "application/ld+json",
            doc.to_string(),
            "public, max-age=300",
        ));
    }
    let b = app.badge_page(org, slug).await?;
    let layout = Layout::new(&app, &viewer, b.name.clone()).await?;
    render(&Badge { layout, b })
}

pages!(
    Home,
    Activities,
    ActivitiesSwap,
    Activity,
    Organizations,
    Organization,
    Badge
);
