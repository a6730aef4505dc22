//! Badge images for baking when a badge has no uploaded image: a rosette in a colour derived from
//! the badge, drawn as a PNG (baked credentials must be PNG or SVG files).

use sha2::{Digest, Sha256};

const SIZE: u32 = 256;
const PALETTE: [[u8; 3]; 8] = [
    [0x1f, 0x6f, 0xeb],
    [0x0e, 0x8a, 0x5f],
    [0xc2, 0x41, 0x0c],
    [0x8b, 0x3d, 0xc8],
    [0xb4, 0x23, 0x4d],
    [0x0b, 0x7a, 0x99],
    [0x9a, 0x67, 0x00],
    [0x33, 0x41, 0x55],
];

fn colour(seed: &str) -> [u8; 3] {
    let digest = Sha256::digest(seed.as_bytes());
    PALETTE[usize::from(digest[0]) % PALETTE.len()]
}

/// Coverage of one pixel (0..=4 sub-samples) by a shape given as "is this point inside".
fn coverage(x: u32, y: u32, inside: impl Fn(f32, f32) -> bool) -> u8 {
    let mut n = 0;
    for (dx, dy) in [(0.25, 0.25), (0.75, 0.25), (0.25, 0.75), (0.75, 0.75)] {
        let c = SIZE as f32 / 2.0;
        if inside(x as f32 + dx - c, y as f32 + dy - c) {
            n += 1;
        }
    }
    n
}

fn rosette(px: f32, py: f32) -> bool {
    let r = (px * px + py * py).sqrt();
    let theta = py.atan2(px);
    r <= 112.0 + 10.0 * (16.0 * theta).cos()
}

fn ring(px: f32, py: f32, outer: f32, inner: f32) -> bool {
    let r = (px * px + py * py).sqrt();
    r <= outer && r > inner
}

/// A 256×256 PNG for the badge identified by `seed`.
pub fn badge_png(seed: &str) -> Vec<u8> {
    let [r, g, b] = colour(seed);
    let mut pixels = Vec::with_capacity((SIZE * SIZE * 4) as usize);
    for y in 0..SIZE {
        for x in 0..SIZE {
            let shape = coverage(x, y, rosette);
            let hole = coverage(x, y, |px, py| ring(px, py, 70.0, -1.0));
            let inner = coverage(x, y, |px, py| ring(px, py, 52.0, 40.0));
            // Colour where the rosette or the inner ring is, white in the disc, clear outside.
            let (rgb, alpha) = if inner > 0 {
                let w = inner as u16;
                let mix = |c: u8| ((c as u16 * w + 255 * (4 - w)) / 4) as u8;
                ([mix(r), mix(g), mix(b)], 255)
            } else if hole > 0 {
                let w = hole as u16;
                let mix = |c: u8| ((255 * w + c as u16 * (4 - w)) / 4) as u8;
                ([mix(r), mix(g), mix(b)], 255)
            } else {
                ([r, g, b], (shape as u16 * 255 / 4) as u8)
            };
            pixels.extend_from_slice(&[rgb[0], rgb[1], rgb[2], alpha]);
        }
    }
    encode(&pixels)
}

fn encode(pixels: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, SIZE, SIZE);
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    let written = encoder
        .write_header()
        .and_then(|mut w| w.write_image_data(pixels));
    // Writing a well-formed RGBA buffer into memory cannot fail.
    debug_assert!(written.is_ok());
    out
}

/// The SVG badge (the platform's badge mark, recoloured for the badge).
pub fn badge_svg(seed: &str) -> String {
    let [r, g, b] = colour(seed);
    include_str!("../../../../frontend/static/img/badge.svg")
        .replace("#1f6feb", &format!("#{r:02x}{g:02x}{b:02x}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn images_decode_and_differ_by_badge() {
        let a = badge_png("badge-a");
        let decoder = png::Decoder::new(std::io::Cursor::new(&a));
        let reader = decoder.read_info().expect("a PNG");
        assert_eq!(reader.info().width, SIZE);
        assert!(badge_svg("badge-a").starts_with("<svg"));
        let distinct: std::collections::HashSet<_> =
            (0..20).map(|i| colour(&format!("badge-{i}"))).collect();
        assert!(distinct.len() > 1);
    }
}
