//! One pass over the matching documents: the exact distance filter, the sort keys and the set of
//! matches; facet counts come after. Catalogs are tens of thousands of activities, so keeping
//! every candidate's key and selecting the page afterwards costs well under a millisecond.
//!
//! Facets are counted per matching document for small result sets, and for large ones (a visitor's
//! first, filter-free page matches every activity) by intersecting the matches with one bitset per
//! facet value, precomputed per segment ([`FacetBits`]): a few hundred popcounts instead of reading
//! a dozen columns for every document.

use super::schema::facet_field_name;
use crate::model::{distance_km, Facet, GeoPoint, Near, Sort};
use std::cmp::Ordering;
use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{Column, StrColumn};
use tantivy::index::SegmentId;
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

/// Above this many matches in a segment, facets are counted with bitsets.
const BITSET_MIN_MATCHES: usize = 512;

/// A set of documents of one segment.
#[derive(Debug, Clone)]
struct DocBits(Vec<u64>);

impl DocBits {
    fn new(max_doc: u32) -> Self {
        Self(vec![0; (max_doc as usize).div_ceil(64)])
    }
    fn insert(&mut self, doc: DocId) {
        if let Some(word) = self.0.get_mut(doc as usize / 64) {
            *word |= 1 << (doc % 64);
        }
    }
    fn intersection_len(&self, other: &DocBits) -> u64 {
        self.0
            .iter()
            .zip(&other.0)
            .map(|(a, b)| u64::from((a & b).count_ones()))
            .sum()
    }
}

/// For one segment: for each facet (but organization, with a value per organization: thousands),
/// the documents having each value, by term ordinal.
pub struct SegmentFacetBits {
    facets: Vec<(Facet, Vec<DocBits>)>,
    /// Each facet's values by term ordinal: looking them up in the column's dictionary for every
    /// query cost more than counting.
    names: Vec<(Facet, Vec<String>)>,
}

impl SegmentFacetBits {
    fn build(reader: &SegmentReader) -> tantivy::Result<Self> {
        let ff = reader.fast_fields();
        let max_doc = reader.max_doc();
        let mut facets = Vec::new();
        let mut names = Vec::new();
        for facet in Facet::ALL.iter().filter(|f| **f != Facet::Organization) {
            let Some(column) = ff.str(facet_field_name(*facet))? else {
                continue;
            };
            let mut values = Vec::with_capacity(column.num_terms());
            for ord in 0..column.num_terms() as u64 {
                let mut value = String::new();
                column.ord_to_str(ord, &mut value)?;
                values.push(value);
            }
            names.push((*facet, values));
            let mut bits = vec![DocBits::new(max_doc); column.num_terms()];
            for doc in 0..max_doc {
                for ord in column.term_ords(doc) {
                    if let Some(b) = bits.get_mut(ord as usize) {
                        b.insert(doc);
                    }
                }
            }
            facets.push((*facet, bits));
        }
        Ok(Self { facets, names })
    }

    fn names_of(&self, facet: Facet) -> Option<&[String]> {
        self.names
            .iter()
            .find(|(f, _)| *f == facet)
            .map(|(_, n)| n.as_slice())
    }

    fn of(&self, facet: Facet) -> Option<&[DocBits]> {
        self.facets
            .iter()
            .find(|(f, _)| *f == facet)
            .map(|(_, b)| b.as_slice())
    }
}

/// Facet bitsets per segment, built on first use; segments gone after a merge are dropped.
#[derive(Default)]
pub struct FacetBits {
    segments: Mutex<HashMap<SegmentId, Arc<SegmentFacetBits>>>,
}

impl FacetBits {
    /// The segment's bitsets, built now if they are not yet.
    pub fn get(&self, reader: &SegmentReader) -> tantivy::Result<Arc<SegmentFacetBits>> {
        let id = reader.segment_id();
        if let Some(hit) = self.segments.lock().ok().and_then(|m| m.get(&id).cloned()) {
            return Ok(hit);
        }
        // Built outside the lock: two first queries may both build; one result is kept.
        let built = Arc::new(SegmentFacetBits::build(reader)?);
        if let Ok(mut m) = self.segments.lock() {
            m.insert(id, Arc::clone(&built));
        }
        Ok(built)
    }

    /// Keep only the bitsets of these (the searchable) segments.
    pub fn retain(&self, alive: &[SegmentId]) {
        if let Ok(mut m) = self.segments.lock() {
            m.retain(|id, _| alive.contains(id));
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Candidate {
    key: (f64, i64),
    pub segment: SegmentOrdinal,
    pub doc: DocId,
    pub distance_km: Option<f64>,
}

impl Candidate {
    pub fn cmp_key(&self, other: &Self) -> Ordering {
        self.key
            .0
            .total_cmp(&other.key.0)
            .then(self.key.1.cmp(&other.key.1))
            .then(self.segment.cmp(&other.segment))
            .then(self.doc.cmp(&other.doc))
    }
}

pub type FacetCounts = BTreeMap<String, BTreeMap<String, u64>>;

pub struct CatalogCollector {
    pub sort: Sort,
    pub scored: bool,
    pub near: Option<Near>,
    pub facets: Vec<Facet>,
    pub bits: Arc<FacetBits>,
}

pub struct SegmentCatalog {
    segment: SegmentOrdinal,
    sort: Sort,
    scored: bool,
    near: Option<Near>,
    next_start: Column<i64>,
    published_at: Column<i64>,
    lat: Column<f64>,
    lng: Column<f64>,
    /// km per degree of longitude at the asked point, for the bounding box.
    km_per_lng_degree: f64,
    facets: Vec<(Facet, Option<StrColumn>)>,
    /// The segment's facet bitsets, when facets are asked for.
    bits: Option<Arc<SegmentFacetBits>>,
    matched: DocBits,
    out: Vec<Candidate>,
}

impl Collector for CatalogCollector {
    type Fruit = (Vec<Candidate>, FacetCounts);
    type Child = SegmentCatalog;

    fn for_segment(
        &self,
        segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<SegmentCatalog> {
        let ff = reader.fast_fields();
        let mut facets = Vec::new();
        for f in &self.facets {
            facets.push((*f, ff.str(facet_field_name(*f))?));
        }
        let bits = if self.facets.is_empty() {
            None
        } else {
            Some(self.bits.get(reader)?)
        };
        Ok(SegmentCatalog {
            segment,
            sort: self.sort,
            scored: self.scored,
            near: self.near,
            next_start: ff.i64("next_start")?,
            published_at: ff.i64("published_at")?,
            lat: ff.f64("lat")?,
            lng: ff.f64("lng")?,
            km_per_lng_degree: self
                .near
                .map_or(0.0, |n| 111.4 * n.lat.to_radians().cos().abs()),
            facets,
            bits,
            // The set of matches serves facet counting only.
            matched: DocBits::new(if self.facets.is_empty() {
                0
            } else {
                reader.max_doc()
            }),
            out: Vec::with_capacity(1024),
        })
    }

    fn requires_scoring(&self) -> bool {
        self.scored
    }

    fn merge_fruits(
        &self,
        fruits: Vec<(Vec<Candidate>, FacetCounts)>,
    ) -> tantivy::Result<Self::Fruit> {
        let mut all: Vec<Candidate> = Vec::new();
        let mut counts = FacetCounts::new();
        for (candidates, facets) in fruits {
            if all.is_empty() {
                all = candidates; // the usual single segment: no copy
            } else {
                all.extend(candidates);
            }
            for (name, values) in facets {
                let target = counts.entry(name).or_default();
                for (v, n) in values {
                    *target.entry(v).or_default() += n;
                }
            }
        }
        for f in &self.facets {
            counts.entry(f.name().to_string()).or_default();
        }
        Ok((all, counts))
    }
}

impl SegmentCollector for SegmentCatalog {
    type Fruit = (Vec<Candidate>, FacetCounts);

    fn collect(&mut self, doc: DocId, score: Score) {
        let distance = match self.near {
            None => None,
            Some(near) => match (self.lat.first(doc), self.lng.first(doc)) {
                (Some(lat), Some(lng)) => {
                    // A cheap box first (1° of latitude is at least 110 km): no trigonometry for
                    // the far away.
                    if let Some(r) = near.radius_km {
                        let dlat = (lat - near.lat).abs() * 110.0;
                        let dlng = (lng - near.lng).abs() * self.km_per_lng_degree;
                        if dlat > r * 1.01 || dlng > r * 1.01 {
                            return;
                        }
                    }
                    let d = distance_km(
                        GeoPoint {
                            lat: near.lat,
                            lng: near.lng,
                        },
                        GeoPoint { lat, lng },
                    );
                    if near.radius_km.is_some_and(|r| d > r) {
                        return;
                    }
                    Some(d)
                }
                // No place (online activities): outside any radius, last when sorting by distance.
                _ if near.radius_km.is_some() => return,
                _ => None,
            },
        };
        self.matched.insert(doc);
        let next = self.next_start.first(doc).unwrap_or(i64::MAX);
        let key = match self.sort {
            Sort::Relevance if self.scored => (-f64::from(score), next),
            Sort::Relevance | Sort::Soonest => (0.0, next),
            Sort::Nearest => (distance.unwrap_or(f64::MAX), next),
            Sort::Newest => (-(self.published_at.first(doc).unwrap_or(0) as f64), next),
        };
        self.out.push(Candidate {
            key,
            segment: self.segment,
            doc,
            distance_km: distance,
        });
    }

    fn harvest(self) -> Self::Fruit {
        let mut counts = FacetCounts::new();
        for (facet, column) in &self.facets {
            let target = counts.entry(facet.name().to_string()).or_default();
            let Some(column) = column else { continue };
            let bitsets = self.bits.as_ref().and_then(|b| b.of(*facet));
            let ords: Vec<u64> = match bitsets {
                Some(values) if self.out.len() >= BITSET_MIN_MATCHES => values
                    .iter()
                    .map(|v| v.intersection_len(&self.matched))
                    .collect(),
                _ => {
                    let mut ords = vec![0u64; column.num_terms()];
                    for c in &self.out {
                        for ord in column.term_ords(c.doc) {
                            if let Some(n) = ords.get_mut(ord as usize) {
                                *n += 1;
                            }
                        }
                    }
                    ords
                }
            };
            let names = self.bits.as_ref().and_then(|b| b.names_of(*facet));
            let mut value = String::new();
            for (ord, n) in ords.into_iter().enumerate().filter(|(_, n)| *n > 0) {
                if let Some(name) = names.and_then(|names| names.get(ord)) {
                    *target.entry(name.clone()).or_default() += n;
                    continue;
                }
                value.clear();
                if column.ord_to_str(ord as u64, &mut value).unwrap_or(false) {
                    *target.entry(value.clone()).or_default() += n;
                }
            }
        }
        (self.out, counts)
    }
}
