//! A [`SearchQuery`] as a tantivy query: text with typo tolerance and prefix matching, and every
//! filter except distance (which the collector applies exactly).

use super::schema::{analyzer, Fields};
use crate::model::{typo_budget, SearchQuery};
use crate::synonyms;
use std::ops::Bound;
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, ConstScoreQuery, FuzzyTermQuery, Occur, Query, RangeQuery,
    TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::Term;

/// Lower-cased, accent-folded words of the query, as the index saw its text.
pub fn words(text: &str) -> Vec<String> {
    let mut a = analyzer();
    let mut stream = a.token_stream(text);
    let mut out = Vec::new();
    while let Some(t) = stream.next() {
        out.push(t.text.clone());
    }
    out.truncate(10);
    out
}

/// One query word against every text field: exact matches score (BM25), typos and prefixes match.
fn word_query(f: &Fields, word: &str, is_last: bool) -> Box<dyn Query> {
    let mut alternatives: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    let budget = typo_budget(word);
    for (field, boost) in [(f.title, 3.0f32), (f.tags, 1.5), (f.body, 1.0)] {
        let term = Term::from_field_text(field, word);
        let exact = TermQuery::new(term.clone(), IndexRecordOption::WithFreqs);
        alternatives.push((
            Occur::Should,
            Box::new(BoostQuery::new(Box::new(exact), boost * 2.0)),
        ));
        if budget > 0 {
            let fuzzy = FuzzyTermQuery::new(term.clone(), budget, true);
            alternatives.push((
                Occur::Should,
                Box::new(BoostQuery::new(Box::new(fuzzy), boost)),
            ));
        }
        if is_last {
            // While typing: the last word may be the start of a longer one.
            let prefix = FuzzyTermQuery::new_prefix(term, budget.min(1), true);
            alternatives.push((
                Occur::Should,
                Box::new(BoostQuery::new(Box::new(prefix), boost * 0.8)),
            ));
        }
        for syn in synonyms::of(word) {
            let t = TermQuery::new(
                Term::from_field_text(field, syn),
                IndexRecordOption::WithFreqs,
            );
            alternatives.push((Occur::Should, Box::new(BoostQuery::new(Box::new(t), boost))));
        }
    }
    Box::new(BooleanQuery::new(alternatives))
}

/// Documents with any of these values, scoring nothing (a filter must not change relevance). Not
/// `TermSetQuery`: it builds a term automaton per query, which cost more than the search itself
/// for the two or three values a filter has.
fn any_of(field: Field, values: &[String]) -> Box<dyn Query> {
    let term = |v: &String| -> Box<dyn Query> {
        Box::new(TermQuery::new(
            Term::from_field_text(field, v),
            IndexRecordOption::Basic,
        ))
    };
    let matching = match values {
        [one] => term(one),
        _ => Box::new(BooleanQuery::new(
            values.iter().map(|v| (Occur::Should, term(v))).collect(),
        )),
    };
    Box::new(ConstScoreQuery::new(matching, 0.0))
}

fn range(field: Field, lo: Bound<i64>, hi: Bound<i64>) -> Box<dyn Query> {
    let map = |b: Bound<i64>| match b {
        Bound::Included(v) => Bound::Included(Term::from_field_i64(field, v)),
        Bound::Excluded(v) => Bound::Excluded(Term::from_field_i64(field, v)),
        Bound::Unbounded => Bound::Unbounded,
    };
    Box::new(RangeQuery::new(map(lo), map(hi)))
}

fn facet_field(f: &Fields, facet: crate::Facet) -> Field {
    f.facets
        .iter()
        .find(|(x, _)| *x == facet)
        .map(|(_, field)| *field)
        .unwrap_or(f.kind)
}

/// The query and whether it has text (which decides relevance scoring).
pub fn build(f: &Fields, q: &SearchQuery) -> (Box<dyn Query>, bool) {
    use crate::Facet;
    let mut must: Vec<Box<dyn Query>> = vec![Box::new(TermQuery::new(
        Term::from_field_text(f.kind, q.kind.as_str()),
        IndexRecordOption::Basic,
    ))];
    let words = words(&q.text);
    let typing = !q.text.ends_with(' ');
    for (i, w) in words.iter().enumerate() {
        must.push(word_query(f, w, typing && i + 1 == words.len()));
    }
    let fl = &q.filters;
    for (facet, values) in [
        (Facet::Topic, &fl.topics),
        (Facet::Neighbourhood, &fl.neighbourhoods),
        (Facet::Format, &fl.formats),
        (Facet::Day, &fl.days),
        (Facet::Time, &fl.times),
        (Facet::Organization, &fl.organizations),
        (Facet::OrgKind, &fl.org_kinds),
        (Facet::Language, &fl.languages),
    ] {
        if !values.is_empty() {
            must.push(any_of(facet_field(f, facet), values));
        }
    }
    for a in &fl.accessibility {
        must.push(any_of(
            facet_field(f, Facet::Accessibility),
            std::slice::from_ref(a),
        ));
    }
    if !fl.badges.is_empty() {
        must.push(any_of(f.badge_slugs, &fl.badges));
    }
    if fl.with_badge {
        must.push(any_of(facet_field(f, Facet::Badge), &["yes".to_string()]));
    }
    if let Some(age) = fl.age {
        must.push(range(
            f.age_lo,
            Bound::Unbounded,
            Bound::Included(i64::from(age)),
        ));
        must.push(range(
            f.age_hi,
            Bound::Included(i64::from(age)),
            Bound::Unbounded,
        ));
    }
    if fl.free_only {
        must.push(range(f.cost_cents, Bound::Included(0), Bound::Included(0)));
    }
    if let Some(max) = fl.max_cost_cents {
        must.push(range(
            f.cost_cents,
            Bound::Unbounded,
            Bound::Included(i64::from(max)),
        ));
    }
    if fl.starts_from.is_some() || fl.starts_to.is_some() {
        let lo = fl.starts_from.map_or(Bound::Unbounded, Bound::Included);
        let hi = fl.starts_to.map_or(Bound::Unbounded, Bound::Included);
        must.push(range(f.session_starts, lo, hi));
    }
    if fl.spots_left {
        must.push(range(f.spots_left, Bound::Included(1), Bound::Unbounded));
    }
    let has_text = !words.is_empty();
    let clauses: Vec<(Occur, Box<dyn Query>)> =
        must.into_iter().map(|q| (Occur::Must, q)).collect();
    if clauses.is_empty() {
        return (Box::new(AllQuery), has_text);
    }
    (Box::new(BooleanQuery::new(clauses)), has_text)
}
