//! One pass over the matching documents: the exact distance filter, facet counts and the sort
//! keys. Catalogs are tens of thousands of activities, so keeping every candidate's key and
//! selecting the page afterwards costs a few milliseconds at most.

use super::schema::facet_field_name;
use crate::model::{distance_km, Facet, GeoPoint, Near, Sort};
use std::cmp::Ordering;
use std::collections::BTreeMap;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{Column, StrColumn};
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

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
    facets: Vec<(Facet, Option<StrColumn>, Vec<u64>)>,
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
            let column = ff.str(facet_field_name(*f))?;
            let n = column.as_ref().map_or(0, |c| c.num_terms());
            facets.push((*f, column, vec![0u64; n]));
        }
        Ok(SegmentCatalog {
            segment,
            sort: self.sort,
            scored: self.scored,
            near: self.near,
            next_start: ff.i64("next_start")?,
            published_at: ff.i64("published_at")?,
            lat: ff.f64("lat")?,
            lng: ff.f64("lng")?,
            facets,
            out: Vec::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        self.scored
    }

    fn merge_fruits(
        &self,
        fruits: Vec<(Vec<Candidate>, FacetCounts)>,
    ) -> tantivy::Result<Self::Fruit> {
        let mut all = Vec::new();
        let mut counts = FacetCounts::new();
        for (candidates, facets) in fruits {
            all.extend(candidates);
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
                        let dlng =
                            (lng - near.lng).abs() * 111.4 * near.lat.to_radians().cos().abs();
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
        for (_, column, counts) in &mut self.facets {
            if let Some(c) = column {
                for ord in c.term_ords(doc) {
                    if let Some(n) = counts.get_mut(ord as usize) {
                        *n += 1;
                    }
                }
            }
        }
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
        for (facet, column, ords) in self.facets {
            let target = counts.entry(facet.name().to_string()).or_default();
            let Some(column) = column else { continue };
            let mut value = String::new();
            for (ord, n) in ords.into_iter().enumerate().filter(|(_, n)| *n > 0) {
                value.clear();
                if column.ord_to_str(ord as u64, &mut value).unwrap_or(false) {
                    *target.entry(value.clone()).or_default() += n;
                }
            }
        }
        (self.out, counts)
    }
}
