//! The demo city's hand-written content: the city and its vocabularies, the organizations with
//! their badges and activity themes, and the ESCO skills badges align to. The content lives in
//! the TOML files under `demo/data/`, compiled in and read once, on first use, into the types
//! below; the seeder (`demo/mod.rs`) expands themes into dated activities and sessions.
//!
//! Loading checks the content as a whole (slugs, references between records, plausible ages,
//! costs, levels and places) and names the record at fault, e.g. "organizations.toml: badge
//! 'robotics-1' of organization 'field-museum' names unknown skill 'xyz'".
//!
//! The content lives as long as the process, as the literals it replaced did: its strings and
//! lists are leaked once into `'static` borrows, so the seeder keeps borrowing them freely.

use citybadges_domain::{validate, AchievementType, ActivityFormat, OrgKind, UnknownValue};
use serde::Deserialize;
use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::str::FromStr;
use std::sync::LazyLock;

#[derive(Debug)]
pub struct DemoNeighbourhood {
    pub slug: &'static str,
    pub name: &'static str,
    pub lat: f64,
    pub lng: f64,
}

#[derive(Debug)]
pub struct DemoTopic {
    pub slug: &'static str,
    pub name: &'static str,
}

#[derive(Debug)]
pub struct DemoLevel {
    pub rank: i32,
    pub name: &'static str,
    pub description: &'static str,
}

#[derive(Debug)]
pub struct DemoSkill {
    pub uri: &'static str,
    pub name: &'static str,
}

#[derive(Debug)]
pub struct DemoBadge {
    pub slug: &'static str,
    pub name: &'static str,
    pub description: &'static str,
    pub criteria: &'static str, // markdown, what a learner must do
    pub achievement_type: AchievementType,
    pub level_name: Option<&'static str>, // the organization's own level label
    pub level_rank: Option<i32>,          // position on the organization's own ladder, 1 = first
    pub city_level: Option<i32>,          // mapped rank on the city scale (1..=4), see LEVELS
    pub skills: &'static [DemoSkill],
}

#[derive(Debug)]
pub struct DemoActivity {
    pub title: &'static str,
    pub description: &'static str, // markdown, 2-4 sentences, may use **bold** and lists
    pub topics: &'static [&'static str], // slugs from TOPICS
    pub age_min: Option<i32>,
    pub age_max: Option<i32>,
    pub cost_cents: i32,        // 0 = free; most youth activities are free
    pub format: ActivityFormat, // InPerson, Online, Hybrid
    pub badges: &'static [&'static str], // slugs of this org's badges that the activity leads to
}

#[derive(Debug)]
pub struct DemoOrg {
    pub slug: &'static str,
    pub name: &'static str,
    pub kind: OrgKind,
    pub neighbourhood: &'static str, // slug from NEIGHBOURHOODS
    pub address: &'static str,
    pub website: &'static str,
    pub description: &'static str, // markdown, 2-3 sentences
    pub badges: &'static [DemoBadge],
    pub activities: &'static [DemoActivity],
}

/// The city itself: its name, clock and map center.
#[derive(Debug)]
pub struct DemoCity {
    pub name: &'static str,
    /// An IANA time zone; sessions are set in its clock.
    pub time_zone: &'static str,
    /// (latitude, longitude)
    pub center: (f64, f64),
}

/// All of the demo content, checked.
#[derive(Debug)]
pub struct Content {
    pub city: DemoCity,
    pub neighbourhoods: &'static [DemoNeighbourhood],
    pub topics: &'static [DemoTopic],
    /// The city's shared four-level scale; each badge's `city_level` points at one of these ranks.
    pub levels: &'static [DemoLevel],
    pub orgs: &'static [DemoOrg],
}

/// The files the content is read from, as compiled in.
#[derive(Debug, Clone, Copy)]
pub struct Files<'a> {
    /// `city.toml`: name, time zone, center, neighbourhoods, topics, levels.
    pub city: &'a str,
    /// `esco-skills.toml`: the skills badges may name, by key.
    pub skills: &'a str,
    /// `organizations.toml`: each organization with its badges and activity themes.
    pub organizations: &'a str,
}

/// The shipped content.
pub const SHIPPED: Files<'static> = Files {
    city: include_str!("data/city.toml"),
    skills: include_str!("data/esco-skills.toml"),
    organizations: include_str!("data/organizations.toml"),
};

static CONTENT: LazyLock<Content> = LazyLock::new(|| {
    Content::load(SHIPPED).unwrap_or_else(|e| {
        panic!("the demo content compiled in from crates/app/src/demo/data/ is broken:\n{e}")
    })
});

/// The shipped content, read and checked on first use.
pub fn content() -> &'static Content {
    &CONTENT
}

pub static CITY_NAME: LazyLock<&'static str> = LazyLock::new(|| content().city.name);
pub static TIME_ZONE: LazyLock<&'static str> = LazyLock::new(|| content().city.time_zone);
pub static CENTER: LazyLock<(f64, f64)> = LazyLock::new(|| content().city.center);
pub static NEIGHBOURHOODS: LazyLock<&'static [DemoNeighbourhood]> =
    LazyLock::new(|| content().neighbourhoods);
/// The eleven city-wide topics every activity is filed under.
pub static TOPICS: LazyLock<&'static [DemoTopic]> = LazyLock::new(|| content().topics);
/// The city's shared four-level scale; each badge's `city_level` points at one of these ranks.
pub static LEVELS: LazyLock<&'static [DemoLevel]> = LazyLock::new(|| content().levels);
pub static ORGS: LazyLock<&'static [DemoOrg]> = LazyLock::new(|| content().orgs);

/// Everything wrong with the content, one problem a line, each naming its file and record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError(pub Vec<String>);

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.join("\n"))
    }
}

impl std::error::Error for ContentError {}

// The files as written. Vocabularies are spelled as stored (`fab_lab`, `in_person`, and the OB 3.0
// `achievementType` names such as `MicroCredential`) and parsed while checking, so that a wrong
// one is reported with its record.

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CityFile {
    name: String,
    time_zone: String,
    center: (f64, f64),
    #[serde(rename = "neighbourhood")]
    neighbourhoods: Vec<NeighbourhoodEntry>,
    #[serde(rename = "topic")]
    topics: Vec<TopicEntry>,
    #[serde(rename = "level")]
    levels: Vec<LevelEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NeighbourhoodEntry {
    slug: String,
    name: String,
    lat: f64,
    lng: f64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TopicEntry {
    slug: String,
    name: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LevelEntry {
    rank: i32,
    name: String,
    description: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SkillsFile {
    skill: BTreeMap<String, SkillEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SkillEntry {
    name: String,
    uri: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OrganizationsFile {
    #[serde(rename = "organization")]
    organizations: Vec<OrgEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OrgEntry {
    slug: String,
    name: String,
    kind: String,
    neighbourhood: String,
    address: String,
    website: String,
    description: String,
    #[serde(default, rename = "badge")]
    badges: Vec<BadgeEntry>,
    #[serde(default, rename = "activity")]
    activities: Vec<ActivityEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BadgeEntry {
    slug: String,
    name: String,
    #[serde(rename = "type")]
    achievement_type: String,
    level_name: Option<String>,
    level_rank: Option<i32>,
    city_level: Option<i32>,
    #[serde(default)]
    skills: Vec<String>,
    description: String,
    criteria: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ActivityEntry {
    title: String,
    topics: Vec<String>,
    age_min: Option<i32>,
    age_max: Option<i32>,
    #[serde(default)]
    cost_cents: i32,
    format: String,
    #[serde(default)]
    badges: Vec<String>,
    description: String,
}

fn leak(s: String) -> &'static str {
    s.leak()
}

fn leak_all<T>(v: Vec<T>) -> &'static [T] {
    v.leak()
}

fn leak_strs(v: Vec<String>) -> &'static [&'static str] {
    leak_all(v.into_iter().map(leak).collect())
}

fn parse<T: serde::de::DeserializeOwned>(file: &str, text: &str) -> Result<T, ContentError> {
    toml::from_str(text).map_err(|e| ContentError(vec![format!("{file}: {e}")]))
}

const CITY_FILE: &str = "city.toml";
const SKILLS_FILE: &str = "esco-skills.toml";
const ORGS_FILE: &str = "organizations.toml";

/// How far a neighbourhood may be from the city's center.
const CITY_RADIUS_KM: f64 = 15.0;
/// The city scale's ranks, in order.
const CITY_LEVELS: std::ops::RangeInclusive<i32> = 1..=4;
/// Badges an organization offers, and activity themes it runs.
const BADGES_PER_ORG: std::ops::RangeInclusive<usize> = 1..=4;
const ACTIVITIES_PER_ORG: std::ops::RangeInclusive<usize> = 3..=6;
/// Plausible ages for a youth activity, and the most one may cost (in cents).
const AGES: std::ops::RangeInclusive<i32> = 6..=24;
const COST_CENTS: std::ops::RangeInclusive<i32> = 0..=15_000;

/// The problems found so far, each prefixed with the file being read.
struct Problems {
    file: &'static str,
    found: Vec<String>,
}

impl Problems {
    fn add(&mut self, problem: String) {
        self.found.push(format!("{}: {problem}", self.file));
    }

    /// `slug` is a valid slug not seen before among `seen`; `what` names it ("topic").
    fn unique_slug(&mut self, what: &str, slug: &str, seen: &mut HashSet<String>) {
        if validate::slug(slug).is_err() {
            self.add(format!("{what} '{slug}' is not a valid slug"));
        }
        if !seen.insert(slug.to_owned()) {
            self.add(format!("{what} '{slug}' is used twice"));
        }
    }

    /// A vocabulary member spelled as stored; a problem of `record` (and `fallback`, which the
    /// caller never returns: any problem fails the load) otherwise.
    fn member<T: FromStr<Err = UnknownValue>>(
        &mut self,
        record: &str,
        value: &str,
        fallback: T,
    ) -> T {
        value.parse().unwrap_or_else(|e: UnknownValue| {
            self.add(format!("{record}: {e}"));
            fallback
        })
    }
}

/// The shape of an ESCO skill URI: the skill prefix and a UUID.
fn is_esco_skill_uri(uri: &str) -> bool {
    let id = uri
        .strip_prefix("http://data.europa.eu/esco/skill/")
        .unwrap_or("");
    id.len() == 36
        && id.char_indices().all(|(i, c)| {
            if [8, 13, 18, 23].contains(&i) {
                c == '-'
            } else {
                c.is_ascii_hexdigit()
            }
        })
}

/// Kilometres between two points, by the equirectangular approximation (plenty at city scale).
fn km_between((lat, lng): (f64, f64), (lat0, lng0): (f64, f64)) -> f64 {
    let dy = (lat - lat0) * 111.2;
    let dx = (lng - lng0) * 111.2 * lat0.to_radians().cos();
    (dx * dx + dy * dy).sqrt()
}

/// What organizations may refer to.
struct Known {
    neighbourhoods: HashSet<String>,
    topics: HashSet<String>,
    skills: BTreeMap<String, (&'static str, &'static str)>,
}

impl Content {
    /// Reads and checks `files`. Every problem found is reported, not only the first.
    pub fn load(files: Files<'_>) -> Result<Content, ContentError> {
        let city: CityFile = parse(CITY_FILE, files.city)?;
        let skills: SkillsFile = parse(SKILLS_FILE, files.skills)?;
        let orgs: OrganizationsFile = parse(ORGS_FILE, files.organizations)?;
        let mut problems = Problems {
            file: CITY_FILE,
            found: Vec::new(),
        };
        let mut known = Known {
            neighbourhoods: HashSet::new(),
            topics: HashSet::new(),
            skills: BTreeMap::new(),
        };
        let neighbourhoods =
            neighbourhoods(&mut problems, &mut known, city.neighbourhoods, city.center);
        let topics = topics(&mut problems, &mut known, city.topics);
        let levels = levels(&mut problems, city.levels);
        let city = demo_city(&mut problems, city.name, city.time_zone, city.center);
        problems.file = SKILLS_FILE;
        known.skills = esco_skills(&mut problems, skills.skill);
        problems.file = ORGS_FILE;
        let mut seen = HashSet::new();
        let orgs = orgs
            .organizations
            .into_iter()
            .map(|o| organization(&mut problems, &known, &mut seen, o))
            .collect();
        if !problems.found.is_empty() {
            return Err(ContentError(problems.found));
        }
        Ok(Content {
            city,
            neighbourhoods,
            topics,
            levels,
            orgs: leak_all(orgs),
        })
    }
}

fn demo_city(p: &mut Problems, name: String, time_zone: String, center: (f64, f64)) -> DemoCity {
    if time_zone.parse::<chrono_tz::Tz>().is_err() {
        p.add(format!("time_zone '{time_zone}' is not an IANA time zone"));
    }
    DemoCity {
        name: leak(name),
        time_zone: leak(time_zone),
        center,
    }
}

fn neighbourhoods(
    p: &mut Problems,
    known: &mut Known,
    entries: Vec<NeighbourhoodEntry>,
    center: (f64, f64),
) -> &'static [DemoNeighbourhood] {
    let mut out = Vec::with_capacity(entries.len());
    for n in entries {
        p.unique_slug("neighbourhood", &n.slug, &mut known.neighbourhoods);
        let km = km_between((n.lat, n.lng), center);
        if km > CITY_RADIUS_KM {
            p.add(format!(
                "neighbourhood '{}' is {km:.1} km from the center (at most {CITY_RADIUS_KM})",
                n.slug
            ));
        }
        out.push(DemoNeighbourhood {
            slug: leak(n.slug),
            name: leak(n.name),
            lat: n.lat,
            lng: n.lng,
        });
    }
    leak_all(out)
}

fn topics(p: &mut Problems, known: &mut Known, entries: Vec<TopicEntry>) -> &'static [DemoTopic] {
    let mut out = Vec::with_capacity(entries.len());
    for t in entries {
        p.unique_slug("topic", &t.slug, &mut known.topics);
        out.push(DemoTopic {
            slug: leak(t.slug),
            name: leak(t.name),
        });
    }
    leak_all(out)
}

fn levels(p: &mut Problems, entries: Vec<LevelEntry>) -> &'static [DemoLevel] {
    let ranks: Vec<i32> = entries.iter().map(|l| l.rank).collect();
    if !ranks.iter().copied().eq(CITY_LEVELS) {
        p.add(format!(
            "the city scale has levels of rank {CITY_LEVELS:?} in order, not {ranks:?}"
        ));
    }
    leak_all(
        entries
            .into_iter()
            .map(|l| DemoLevel {
                rank: l.rank,
                name: leak(l.name),
                description: leak(l.description),
            })
            .collect(),
    )
}

fn esco_skills(
    p: &mut Problems,
    entries: BTreeMap<String, SkillEntry>,
) -> BTreeMap<String, (&'static str, &'static str)> {
    let mut uris = HashSet::new();
    let mut out = BTreeMap::new();
    for (key, skill) in entries {
        if validate::slug(&key).is_err() {
            p.add(format!("skill key '{key}' is not a valid slug"));
        }
        if !is_esco_skill_uri(&skill.uri) {
            p.add(format!(
                "skill '{key}': '{}' is not an ESCO skill URI",
                skill.uri
            ));
        }
        if !uris.insert(skill.uri.clone()) {
            p.add(format!(
                "skill '{key}': URI '{}' is listed twice",
                skill.uri
            ));
        }
        if skill.name.trim().is_empty() {
            p.add(format!("skill '{key}' has no name"));
        }
        out.insert(key, (leak(skill.uri), leak(skill.name)));
    }
    out
}

fn organization(
    p: &mut Problems,
    known: &Known,
    seen: &mut HashSet<String>,
    o: OrgEntry,
) -> DemoOrg {
    let slug = o.slug;
    p.unique_slug("organization", &slug, seen);
    let record = format!("organization '{slug}'");
    let kind = p.member(&record, &o.kind, OrgKind::Other);
    if !known.neighbourhoods.contains(&o.neighbourhood) {
        p.add(format!(
            "{record} is in unknown neighbourhood '{}'",
            o.neighbourhood
        ));
    }
    if !BADGES_PER_ORG.contains(&o.badges.len()) {
        p.add(format!(
            "{record} offers {} badges (expected {BADGES_PER_ORG:?})",
            o.badges.len()
        ));
    }
    if !ACTIVITIES_PER_ORG.contains(&o.activities.len()) {
        p.add(format!(
            "{record} runs {} activities (expected {ACTIVITIES_PER_ORG:?})",
            o.activities.len()
        ));
    }
    let mut badge_slugs = HashSet::new();
    let badges: Vec<DemoBadge> = o
        .badges
        .into_iter()
        .map(|b| badge(p, known, &slug, &mut badge_slugs, b))
        .collect();
    let mut titles = HashSet::new();
    let activities: Vec<DemoActivity> = o
        .activities
        .into_iter()
        .map(|a| activity(p, known, &slug, &badge_slugs, &mut titles, a))
        .collect();
    DemoOrg {
        slug: leak(slug),
        name: leak(o.name),
        kind,
        neighbourhood: leak(o.neighbourhood),
        address: leak(o.address),
        website: leak(o.website),
        description: leak(o.description),
        badges: leak_all(badges),
        activities: leak_all(activities),
    }
}

fn badge(
    p: &mut Problems,
    known: &Known,
    org: &str,
    seen: &mut HashSet<String>,
    b: BadgeEntry,
) -> DemoBadge {
    p.unique_slug(&format!("organization '{org}': badge"), &b.slug, seen);
    let record = format!("badge '{}' of organization '{org}'", b.slug);
    let achievement_type = p.member(&record, &b.achievement_type, AchievementType::Badge);
    if let Some(level) = b.city_level.filter(|l| !CITY_LEVELS.contains(l)) {
        p.add(format!(
            "{record}: city_level {level} is outside {CITY_LEVELS:?}"
        ));
    }
    if b.level_name.is_some() != b.level_rank.is_some() {
        p.add(format!("{record}: level_name and level_rank go together"));
    }
    if b.level_rank.is_some_and(|r| r < 1) {
        p.add(format!("{record}: level_rank starts at 1"));
    }
    let mut skills = Vec::with_capacity(b.skills.len());
    for key in &b.skills {
        match known.skills.get(key) {
            Some(&(uri, name)) => skills.push(DemoSkill { uri, name }),
            None => p.add(format!("{record} names unknown skill '{key}'")),
        }
    }
    DemoBadge {
        slug: leak(b.slug),
        name: leak(b.name),
        description: leak(b.description),
        criteria: leak(b.criteria),
        achievement_type,
        level_name: b.level_name.map(leak),
        level_rank: b.level_rank,
        city_level: b.city_level,
        skills: leak_all(skills),
    }
}

fn activity(
    p: &mut Problems,
    known: &Known,
    org: &str,
    badges: &HashSet<String>,
    titles: &mut HashSet<String>,
    a: ActivityEntry,
) -> DemoActivity {
    let record = format!("activity '{}' of organization '{org}'", a.title);
    if !titles.insert(a.title.clone()) {
        p.add(format!("{record} is listed twice"));
    }
    let format = p.member(&record, &a.format, ActivityFormat::InPerson);
    if a.topics.is_empty() {
        p.add(format!("{record} has no topic"));
    }
    for topic in a.topics.iter().filter(|t| !known.topics.contains(*t)) {
        p.add(format!("{record} uses unknown topic '{topic}'"));
    }
    for badge in a.badges.iter().filter(|b| !badges.contains(*b)) {
        p.add(format!(
            "{record} leads to badge '{badge}', which this organization does not offer"
        ));
    }
    for (field, age) in [("age_min", a.age_min), ("age_max", a.age_max)] {
        if let Some(age) = age.filter(|age| !AGES.contains(age)) {
            p.add(format!("{record}: {field} {age} is outside {AGES:?}"));
        }
    }
    if let (Some(min), Some(max)) = (a.age_min, a.age_max) {
        if min > max {
            p.add(format!("{record}: age_min {min} is above age_max {max}"));
        }
    }
    if !COST_CENTS.contains(&a.cost_cents) {
        p.add(format!(
            "{record}: cost_cents {} is outside {COST_CENTS:?}",
            a.cost_cents
        ));
    }
    DemoActivity {
        title: leak(a.title),
        description: leak(a.description),
        topics: leak_strs(a.topics),
        age_min: a.age_min,
        age_max: a.age_max,
        cost_cents: a.cost_cents,
        format,
        badges: leak_strs(a.badges),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load() -> Content {
        Content::load(SHIPPED).unwrap_or_else(|e| panic!("the shipped content loads:\n{e}"))
    }

    #[test]
    fn the_shipped_files_load_and_pass_every_check() {
        let content = load();
        // The statics read the same content.
        assert_eq!(ORGS.len(), content.orgs.len());
        assert_eq!(ORGS[0].slug, "foundry-row-fab-lab");
        assert_eq!(*CITY_NAME, content.city.name);
        assert!(TIME_ZONE.parse::<chrono_tz::Tz>().is_ok());
    }

    #[test]
    fn the_shipped_city_is_big_and_varied_enough() {
        let content = load();
        assert_eq!(
            content.neighbourhoods.len(),
            12,
            "the demo city has 12 neighbourhoods"
        );
        assert_eq!(content.topics.len(), 11, "the city uses exactly 11 topics");
        assert!(
            content.orgs.len() >= 32,
            "expected at least 32 organizations, found {}",
            content.orgs.len()
        );
        for kind in OrgKind::ALL {
            assert!(
                content.orgs.iter().any(|o| o.kind == *kind),
                "no demo organization of kind {kind}"
            );
        }
        let badges: Vec<&DemoBadge> = content.orgs.iter().flat_map(|o| o.badges).collect();
        assert!(
            badges.len() >= 60,
            "expected at least 60 badges, found {}",
            badges.len()
        );
        assert!(
            badges.iter().filter(|b| !b.skills.is_empty()).count() >= 20,
            "at least 20 badges carry ESCO skills"
        );
    }

    /// The shipped files with the first `from` in `file` replaced by `to`.
    fn broken(file: &str, from: &str, to: &str) -> Result<Content, ContentError> {
        let mut texts = [SHIPPED.city, SHIPPED.skills, SHIPPED.organizations].map(String::from);
        let i = ["city", "skills", "organizations"]
            .iter()
            .position(|f| *f == file)
            .expect("a file");
        assert!(texts[i].contains(from), "{file} holds {from:?}");
        texts[i] = texts[i].replacen(from, to, 1);
        Content::load(Files {
            city: &texts[0],
            skills: &texts[1],
            organizations: &texts[2],
        })
    }

    #[test]
    fn each_problem_names_its_file_and_record() {
        let cases = [
            (
                "organizations",
                r#"skills = ["follow-safety-precautions"]"#,
                r#"skills = ["xyz"]"#,
                "organizations.toml: badge 'laser-cutter-ready' of organization \
                 'foundry-row-fab-lab' names unknown skill 'xyz'",
            ),
            (
                "organizations",
                r#"badges = ["laser-cutter-ready"]"#,
                r#"badges = ["laser-cutter-master"]"#,
                "organizations.toml: activity 'Laser Cutting 101' of organization \
                 'foundry-row-fab-lab' leads to badge 'laser-cutter-master', which this \
                 organization does not offer",
            ),
            (
                "organizations",
                r#"topics = ["making-building", "engineering"]"#,
                r#"topics = ["making-building", "alchemy"]"#,
                "organizations.toml: activity 'Laser Cutting 101' of organization \
                 'foundry-row-fab-lab' uses unknown topic 'alchemy'",
            ),
            (
                "organizations",
                r#"topics = ["making-building", "engineering"]"#,
                "topics = []",
                "organizations.toml: activity 'Laser Cutting 101' of organization \
                 'foundry-row-fab-lab' has no topic",
            ),
            (
                "organizations",
                r#"neighbourhood = "foundry-row""#,
                r#"neighbourhood = "atlantis""#,
                "organizations.toml: organization 'foundry-row-fab-lab' is in unknown \
                 neighbourhood 'atlantis'",
            ),
            (
                "organizations",
                r#"kind = "fab_lab""#,
                r#"kind = "fablab""#,
                "organizations.toml: organization 'foundry-row-fab-lab': 'fablab' is not a \
                 valid organization kind",
            ),
            (
                "organizations",
                r#"slug = "laser-cutter-ready""#,
                r#"slug = "digital-fabricator""#,
                "organizations.toml: organization 'foundry-row-fab-lab': badge \
                 'digital-fabricator' is used twice",
            ),
            (
                "organizations",
                r#"slug = "foundry-row-fab-lab""#,
                r#"slug = "Foundry Row""#,
                "organizations.toml: organization 'Foundry Row' is not a valid slug",
            ),
            (
                "organizations",
                "age_min = 12",
                "age_min = 3",
                "organizations.toml: activity 'Laser Cutting 101' of organization \
                 'foundry-row-fab-lab': age_min 3 is outside 6..=24",
            ),
            (
                "organizations",
                "city_level = 1",
                "city_level = 5",
                "organizations.toml: badge 'laser-cutter-ready' of organization \
                 'foundry-row-fab-lab': city_level 5 is outside 1..=4",
            ),
            (
                "organizations",
                "city_level = 1",
                "level_rank = 1\ncity_level = 1",
                "organizations.toml: badge 'laser-cutter-ready' of organization \
                 'foundry-row-fab-lab': level_name and level_rank go together",
            ),
            (
                "organizations",
                r#"type = "Badge""#,
                r#"type = "Trophy""#,
                "organizations.toml: badge 'laser-cutter-ready' of organization \
                 'foundry-row-fab-lab': 'Trophy' is not a valid achievement type",
            ),
            (
                "skills",
                "http://data.europa.eu/esco/skill/a311ab20-75df-4aff-8016-3142c5659d30",
                "https://example.org/skills/criticism",
                "esco-skills.toml: skill 'accept-constructive-criticism': \
                 'https://example.org/skills/criticism' is not an ESCO skill URI",
            ),
            (
                "city",
                "lat = 41.8857",
                "lat = 42.8857",
                "city.toml: neighbourhood 'harbor-point' is 112.0 km from the center (at most 15)",
            ),
            (
                "city",
                r#"slug = "riverbend""#,
                r#"slug = "harbor-point""#,
                "city.toml: neighbourhood 'harbor-point' is used twice",
            ),
            (
                "city",
                "rank = 4",
                "rank = 5",
                "city.toml: the city scale has levels of rank 1..=4 in order, not [1, 2, 3, 5]",
            ),
            (
                "city",
                r#"time_zone = "America/Chicago""#,
                r#"time_zone = "Lakeside/Standard""#,
                "city.toml: time_zone 'Lakeside/Standard' is not an IANA time zone",
            ),
            // Fields the reader does not know are refused with their place in the file.
            (
                "organizations",
                "cost_cents = 500",
                "price = 500",
                "organizations.toml: TOML parse error at line",
            ),
        ];
        for (file, from, to, expected) in cases {
            let err = broken(file, from, to)
                .err()
                .unwrap_or_else(|| panic!("{file}: {from:?} -> {to:?} is refused"));
            assert!(
                err.0.iter().any(|p| p.starts_with(expected)),
                "{file}: {from:?} -> {to:?}: expected {expected:?}, got:\n{err}"
            );
        }
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let err = broken(
            "organizations",
            r#"skills = ["follow-safety-precautions"]"#,
            r#"skills = ["xyz", "abc"]"#,
        )
        .expect_err("refused");
        assert_eq!(err.0.len(), 2, "{err}");
    }
}
