//! Badge baking: embed an Open Badges credential in a PNG or SVG image and read it back.
//!
//! Follows the "Baked Badges" section of Open Badges 3.0 and the Open Badges 2.0 baking
//! specification. Images arrive from strangers, so extraction treats every input as hostile:
//! PNG chunks are walked with bounds and CRC checks and image data is never inflated; SVG is
//! parsed with a real XML parser, documents with a DTD are refused (so no entity can expand),
//! and script content is reported. Baking refuses scripted SVGs outright.
//!
//! An image carries one credential: baking removes every earlier Open Badges payload, of
//! either version, before inserting the new one.

mod in_png;
mod in_svg;
#[cfg(test)]
mod tests;

pub use in_png::{bake_png, extract_png};
pub use in_svg::{bake_svg, extract_svg, svg_script, SvgPayload};

/// The eight bytes every PNG starts with.
const PNG_SIGNATURE: [u8; 8] = [0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a];
/// PNG forbids chunk lengths above 2^31-1; a larger one is corrupt or hostile.
const MAX_CHUNK_LEN: usize = 0x7fff_ffff;
/// Length, type and CRC fields around each chunk's data.
const CHUNK_OVERHEAD: usize = 12;
/// Hard cap on the inflated size of a compressed `iTXt` payload we agree to read.
pub const MAX_INFLATED_TEXT: usize = 1 << 20;
/// Namespace of `<openbadges:credential>` (Open Badges 3.0).
pub const OB3_NAMESPACE: &str = "https://purl.imsglobal.org/ob/v3p0";
/// Namespace of `<openbadges:assertion>` (Open Badges 2.0).
pub const OB2_NAMESPACE: &str = "http://openbadges.org";
/// Namespaces that published tools have used for the OB 3.0 element; accepted when reading.
const KNOWN_NAMESPACES: [&str; 3] = [
    OB3_NAMESPACE,
    OB2_NAMESPACE,
    "https://purl.imsglobal.org/spec/ob/v3p0",
];
const OB_PREFIX: &str = "openbadges";

/// Why baking or extraction failed. Every variant is safe to show to the user.
#[derive(Debug, thiserror::Error)]
pub enum BakeError {
    #[error("the image is {len} bytes, over the {max}-byte limit")]
    TooLarge { len: usize, max: usize },
    #[error("not a PNG file (bad signature)")]
    NotPng,
    #[error("malformed PNG: {0}")]
    MalformedPng(&'static str),
    #[error("PNG chunk {chunk} has a bad CRC (file corrupt or tampered)")]
    BadCrc { chunk: String },
    #[error("compressed badge text inflates beyond {max} bytes; refused")]
    InflateLimit { max: usize },
    #[error("the baked badge text is not valid UTF-8")]
    NotUtf8,
    #[error("the image holds more than one `{0}` payload; refusing an ambiguous badge")]
    Duplicate(&'static str),
    #[error("not an SVG image: {0}")]
    NotSvg(&'static str),
    #[error("malformed SVG: {0}")]
    MalformedSvg(String),
    #[error("SVG with a DOCTYPE or ENTITY declaration is refused")]
    Dtd,
    #[error("the SVG contains script ({0}); badges are never baked into scripted images")]
    Scripted(String),
    #[error("cannot bake this text: {0}")]
    InvalidText(&'static str),
}

/// The Open Badges payload kind. In a PNG these are the `iTXt` keywords; in an SVG,
/// `OpenBadgeCredential` is `<openbadges:credential>` and `OpenBadges` is
/// `<openbadges:assertion>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PngKeyword {
    /// Open Badges 3.0: the credential JSON or its compact JWS.
    OpenBadgeCredential,
    /// Open Badges 2.0: the hosted assertion URL, assertion JSON or signed JWS.
    OpenBadges,
}

impl PngKeyword {
    /// The keyword as written in the PNG `iTXt` chunk.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::OpenBadgeCredential => "openbadgecredential",
            Self::OpenBadges => "openbadges",
        }
    }

    fn from_bytes(keyword: &[u8]) -> Option<Self> {
        [Self::OpenBadgeCredential, Self::OpenBadges]
            .into_iter()
            .find(|k| k.as_str().as_bytes() == keyword)
    }
}

/// A payload found in an image.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Baked {
    /// Which Open Badges version carried it. When an image holds both, the OB 3.0 one wins.
    pub keyword: PngKeyword,
    /// The payload exactly as baked: JSON, a compact JWS or (OB 2.0) an assertion URL. For an
    /// SVG element with a body this is the body; otherwise it is the `verify` attribute.
    pub text: String,
    /// SVG only: the `verify` attribute (a JWS, or the hosted assertion URL in OB 2.0).
    pub verify: Option<String>,
    /// SVG only: what script-like content the image holds, if any. A caller must not render
    /// such an image inline; the credential itself may still be verified.
    pub script: Option<String>,
}

fn check_len(len: usize, max: usize) -> Result<(), BakeError> {
    if len > max {
        return Err(BakeError::TooLarge { len, max });
    }
    Ok(())
}
