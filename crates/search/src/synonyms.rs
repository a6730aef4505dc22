//! Words people use for the same thing, in the city's locales (English, Spanish, French). Both
//! backends use this one table: Meilisearch as its `synonyms` setting, the embedded engine by
//! expanding query words.

/// Groups of interchangeable words (lower-case, accents folded).
pub const GROUPS: &[&[&str]] = &[
    &["robot", "robots", "robotics", "robotica", "robotique"],
    &[
        "code",
        "coding",
        "programming",
        "programacion",
        "programmation",
    ],
    &["art", "arts", "arte", "artes"],
    &["music", "musica", "musique"],
    &["science", "ciencia", "ciencias", "sciences"],
    &[
        "math",
        "maths",
        "mathematics",
        "matematicas",
        "mathematiques",
    ],
    &["sport", "sports", "deporte", "deportes"],
    &["game", "games", "gaming", "juegos", "jeux"],
    &["film", "video", "movie", "cine"],
    &["photo", "photography", "fotografia", "photographie"],
    &[
        "job", "jobs", "career", "careers", "empleo", "carrera", "emploi",
    ],
    &[
        "nature",
        "naturaleza",
        "environment",
        "ambiente",
        "environnement",
    ],
    &["library", "biblioteca", "bibliotheque"],
    &["museum", "museo", "musee"],
    &["free", "gratis", "gratuit"],
];

/// The other words of every group `word` belongs to.
pub fn of(word: &str) -> Vec<&'static str> {
    GROUPS
        .iter()
        .filter(|g| g.contains(&word))
        .flat_map(|g| g.iter().copied())
        .filter(|w| *w != word)
        .collect()
}

/// Meilisearch's `synonyms` setting: every word maps to the rest of its group.
pub fn meilisearch_setting() -> std::collections::HashMap<String, Vec<String>> {
    let mut map = std::collections::HashMap::new();
    for group in GROUPS {
        for w in *group {
            map.insert(
                w.to_string(),
                group
                    .iter()
                    .filter(|x| *x != w)
                    .map(|x| x.to_string())
                    .collect(),
            );
        }
    }
    map
}
