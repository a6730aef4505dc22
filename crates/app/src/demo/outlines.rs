//! Outlines for the demo city's neighbourhoods, which exist only as centres: each neighbourhood
//! is the part of the city nearer its centre than any other (a Voronoi cell), inside a box around
//! all of them. A real city loads its own boundaries; this gives the demo's map without tiles
//! something true to draw.
//!
//! The cells are convex, so each is the box clipped by one half-plane per other centre
//! (Sutherland–Hodgman on a convex polygon), in a local flat projection where a degree of
//! longitude is shortened by the cosine of the latitude.

/// How far the box reaches beyond the outermost centres, in degrees of latitude (about 2 km).
const MARGIN: f64 = 0.02;

/// One GeoJSON Polygon per centre (`(lat, lng)`), in the same order.
pub fn neighbourhood_outlines(centres: &[(f64, f64)]) -> Vec<serde_json::Value> {
    let Some(lat0) = mean(centres.iter().map(|c| c.0)) else {
        return Vec::new();
    };
    let scale = lat0.to_radians().cos();
    let flat: Vec<(f64, f64)> = centres
        .iter()
        .map(|&(lat, lng)| (lng * scale, lat))
        .collect();
    let (x0, x1) = bounds(flat.iter().map(|p| p.0));
    let (y0, y1) = bounds(flat.iter().map(|p| p.1));
    let square = vec![
        (x0 - MARGIN, y0 - MARGIN),
        (x1 + MARGIN, y0 - MARGIN),
        (x1 + MARGIN, y1 + MARGIN),
        (x0 - MARGIN, y1 + MARGIN),
    ];
    flat.iter()
        .enumerate()
        .map(|(i, &p)| {
            let cell = flat
                .iter()
                .enumerate()
                .filter(|&(j, &q)| j != i && q != p)
                .fold(square.clone(), |cell, (_, &q)| nearer_to(&cell, p, q));
            polygon(&cell, scale)
        })
        .collect()
}

/// The part of a convex polygon nearer `p` than `q`.
fn nearer_to(cell: &[(f64, f64)], p: (f64, f64), q: (f64, f64)) -> Vec<(f64, f64)> {
    // Points v with (v - m)·(q - p) <= 0 are on p's side of the bisector through m.
    let m = ((p.0 + q.0) / 2.0, (p.1 + q.1) / 2.0);
    let n = (q.0 - p.0, q.1 - p.1);
    let side = |v: (f64, f64)| (v.0 - m.0) * n.0 + (v.1 - m.1) * n.1;
    let mut out = Vec::with_capacity(cell.len() + 1);
    for (k, &a) in cell.iter().enumerate() {
        let b = cell[(k + 1) % cell.len()];
        let (sa, sb) = (side(a), side(b));
        if sa <= 0.0 {
            out.push(a);
        }
        if (sa < 0.0 && sb > 0.0) || (sa > 0.0 && sb < 0.0) {
            let t = sa / (sa - sb);
            out.push((a.0 + t * (b.0 - a.0), a.1 + t * (b.1 - a.1)));
        }
    }
    out
}

/// A GeoJSON Polygon (a closed ring of `[lng, lat]`, rounded to about a metre).
fn polygon(cell: &[(f64, f64)], scale: f64) -> serde_json::Value {
    let round = |v: f64| (v * 1e5).round() / 1e5;
    let mut ring: Vec<[f64; 2]> = cell
        .iter()
        .map(|&(x, y)| [round(x / scale), round(y)])
        .collect();
    if let Some(&first) = ring.first() {
        ring.push(first);
    }
    serde_json::json!({ "type": "Polygon", "coordinates": [ring] })
}

fn mean(values: impl Iterator<Item = f64>) -> Option<f64> {
    let (sum, n) = values.fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
    (n > 0).then(|| sum / n as f64)
}

fn bounds(values: impl Iterator<Item = f64>) -> (f64, f64) {
    values.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
        (lo.min(v), hi.max(v))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ring(v: &serde_json::Value) -> Vec<(f64, f64)> {
        v["coordinates"][0]
            .as_array()
            .expect("a ring")
            .iter()
            .map(|p| (p[1].as_f64().expect("lat"), p[0].as_f64().expect("lng")))
            .collect()
    }

    /// Even-odd ray casting, in degrees (fine at a city's size).
    fn inside(ring: &[(f64, f64)], (lat, lng): (f64, f64)) -> bool {
        let mut inside = false;
        for w in ring.windows(2) {
            let ((la, ga), (lb, gb)) = (w[0], w[1]);
            if (la > lat) != (lb > lat) && lng < ga + (lat - la) / (lb - la) * (gb - ga) {
                inside = !inside;
            }
        }
        inside
    }

    #[test]
    fn each_outline_holds_its_centre_and_the_points_nearest_it() {
        let centres = [
            (41.8857, -87.6235),
            (41.8822, -87.6518),
            (41.8558, -87.6612),
            (41.8231, -87.6172),
            (41.7948, -87.5967),
        ];
        let outlines = neighbourhood_outlines(&centres);
        assert_eq!(outlines.len(), centres.len());
        let rings: Vec<_> = outlines.iter().map(ring).collect();
        for (i, r) in rings.iter().enumerate() {
            assert_eq!(r.first(), r.last(), "a closed ring");
            assert!(inside(r, centres[i]), "outline {i} holds its centre");
        }
        // A point a little way from a centre, towards another, is in the nearer one's outline only.
        let (a, b) = (centres[0], centres[1]);
        let near_a = (a.0 + (b.0 - a.0) * 0.3, a.1 + (b.1 - a.1) * 0.3);
        let holders: Vec<usize> = (0..rings.len())
            .filter(|&i| inside(&rings[i], near_a))
            .collect();
        assert_eq!(holders, vec![0]);
    }

    #[test]
    fn no_centres_no_outlines_and_one_centre_is_the_box() {
        assert!(neighbourhood_outlines(&[]).is_empty());
        let one = neighbourhood_outlines(&[(45.5, -73.56)]);
        assert_eq!(ring(&one[0]).len(), 5);
    }
}
