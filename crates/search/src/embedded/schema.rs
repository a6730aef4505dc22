//! The embedded index's fields and how a [`Doc`] becomes a tantivy document.

use crate::model::{
    age_values, badge_bucket, cost_bucket, spots_bucket, Doc, AGE_CEILING, AGE_FLOOR,
};
use tantivy::schema::{
    Field, IndexRecordOption, NumericOptions, Schema, TextFieldIndexing, TextOptions, FAST, STORED,
    STRING,
};
use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, RemoveLongFilter, SimpleTokenizer, TextAnalyzer,
};
use tantivy::{Index, TantivyDocument};

/// Our analyzer: words, lower-cased, accents folded ("Música" matches "musica").
pub const ANALYZER: &str = "cb_words";

pub fn analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

pub fn register(index: &Index) {
    index.tokenizers().register(ANALYZER, analyzer());
}

/// Facet fields: raw strings, multi-valued, with column storage for counting.
pub const FACET_FIELDS: &[(&str, crate::Facet)] = &[
    ("topics", crate::Facet::Topic),
    ("neighbourhood", crate::Facet::Neighbourhood),
    ("format", crate::Facet::Format),
    ("organization", crate::Facet::Organization),
    ("org_kind", crate::Facet::OrgKind),
    ("days", crate::Facet::Day),
    ("times", crate::Facet::Time),
    ("language", crate::Facet::Language),
    ("accessibility", crate::Facet::Accessibility),
    ("cost", crate::Facet::Cost),
    ("badge", crate::Facet::Badge),
    ("ages", crate::Facet::Age),
    ("spots", crate::Facet::Spots),
];

pub fn facet_field_name(f: crate::Facet) -> &'static str {
    FACET_FIELDS
        .iter()
        .find(|(_, x)| *x == f)
        .map(|(n, _)| *n)
        .unwrap_or("topics")
}

#[derive(Clone)]
pub struct Fields {
    pub id: Field,
    pub kind: Field,
    pub title: Field,
    pub tags: Field,
    pub body: Field,
    pub badge_slugs: Field,
    pub age_lo: Field,
    pub age_hi: Field,
    pub cost_cents: Field,
    pub session_starts: Field,
    pub spots_left: Field,
    pub next_start: Field,
    pub published_at: Field,
    pub lat: Field,
    pub lng: Field,
    pub stored: Field,
    pub facets: Vec<(crate::Facet, Field)>,
}

pub fn build() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let text = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(ANALYZER)
            .set_index_option(IndexRecordOption::WithFreqs),
    );
    let num = NumericOptions::default().set_indexed().set_fast();
    let fast_only = NumericOptions::default().set_fast();
    let facets = FACET_FIELDS
        .iter()
        .map(|(name, f)| (*f, b.add_text_field(name, STRING | FAST)))
        .collect();
    let fields = Fields {
        id: b.add_text_field("id", STRING),
        kind: b.add_text_field("kind", STRING),
        title: b.add_text_field("title", text.clone()),
        tags: b.add_text_field("tags", text.clone()),
        body: b.add_text_field("body", text),
        badge_slugs: b.add_text_field("badge_slugs", STRING),
        age_lo: b.add_i64_field("age_lo", num.clone()),
        age_hi: b.add_i64_field("age_hi", num.clone()),
        cost_cents: b.add_i64_field("cost_cents", num.clone()),
        session_starts: b.add_i64_field("session_starts", num.clone()),
        spots_left: b.add_i64_field("spots_left", num),
        next_start: b.add_i64_field("next_start", fast_only.clone()),
        published_at: b.add_i64_field("published_at", fast_only),
        lat: b.add_f64_field("lat", FAST),
        lng: b.add_f64_field("lng", FAST),
        // JSON as stored text, not bytes: tantivy reads stored bytes back one byte at a time.
        stored: b.add_text_field("doc", STORED),
        facets,
    };
    (b.build(), fields)
}

fn facet_values(doc: &Doc, f: crate::Facet) -> Vec<String> {
    use crate::Facet::*;
    match f {
        Topic => doc.topics.clone(),
        Neighbourhood => doc.neighbourhood.iter().cloned().collect(),
        Format => vec![doc.format.clone()],
        Organization => vec![doc.organization_slug.clone()],
        OrgKind => vec![doc.organization_kind.clone()],
        Day => doc.days.clone(),
        Time => doc.times.clone(),
        Language => vec![doc.language.clone()],
        Accessibility => doc.accessibility.clone(),
        Cost => vec![cost_bucket(doc.cost_cents).to_string()],
        Badge => vec![badge_bucket(&doc.badges).to_string()],
        Age => age_values(doc.age_min, doc.age_max),
        Spots => vec![spots_bucket(doc.spots_left).to_string()],
    }
}

pub fn to_tantivy(f: &Fields, doc: &Doc) -> Result<TantivyDocument, serde_json::Error> {
    let mut t = TantivyDocument::default();
    t.add_text(f.id, &doc.id);
    t.add_text(f.kind, doc.kind.as_str());
    t.add_text(f.title, &doc.title);
    let tags = [
        doc.topic_names.join(" "),
        doc.badge_names.join(" "),
        doc.organization_name.clone(),
    ]
    .into_iter()
    .chain(doc.neighbourhood_name.clone())
    .chain(doc.location_name.clone())
    .collect::<Vec<_>>()
    .join(" \n ");
    t.add_text(f.tags, tags);
    t.add_text(f.body, format!("{} \n {}", doc.summary, doc.description));
    for b in &doc.badges {
        t.add_text(f.badge_slugs, b);
    }
    for (facet, field) in &f.facets {
        for v in facet_values(doc, *facet).iter().filter(|v| !v.is_empty()) {
            t.add_text(*field, v);
        }
    }
    t.add_i64(f.age_lo, doc.age_min.map_or(AGE_FLOOR, i64::from));
    t.add_i64(f.age_hi, doc.age_max.map_or(AGE_CEILING, i64::from));
    t.add_i64(f.cost_cents, i64::from(doc.cost_cents));
    for s in &doc.sessions {
        t.add_i64(f.session_starts, s.starts_at);
    }
    t.add_i64(f.spots_left, doc.spots_left.unwrap_or(i64::MAX));
    t.add_i64(f.next_start, doc.next_start().unwrap_or(i64::MAX));
    t.add_i64(f.published_at, doc.published_at);
    if let Some(g) = doc.geo {
        t.add_f64(f.lat, g.lat);
        t.add_f64(f.lng, g.lng);
    }
    t.add_text(f.stored, serde_json::to_string(doc)?);
    Ok(t)
}
