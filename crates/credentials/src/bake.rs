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

use std::borrow::Cow;
use std::io::Read;
use std::ops::Range;

use quick_xml::events::{BytesRef, BytesStart, Event};
use quick_xml::name::ResolveResult;
use quick_xml::{NsReader, XmlVersion};

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

// ---------------------------------------------------------------------------------------------
// PNG
// ---------------------------------------------------------------------------------------------

/// One PNG chunk, borrowed from the file. `raw` spans length, type, data and CRC.
struct Chunk<'a> {
    kind: [u8; 4],
    data: &'a [u8],
    raw: &'a [u8],
}

/// Walk the whole chunk list, from `IHDR` to `IEND`, checking bounds and every CRC. Only
/// lengths are read from image data chunks: nothing is ever decompressed here.
fn read_chunks(png: &[u8]) -> Result<Vec<Chunk<'_>>, BakeError> {
    let mut rest = png
        .strip_prefix(&PNG_SIGNATURE[..])
        .ok_or(BakeError::NotPng)?;
    let mut chunks: Vec<Chunk<'_>> = Vec::new();
    loop {
        let (chunk, tail) = read_chunk(rest)?;
        if chunks.is_empty() && (&chunk.kind != b"IHDR" || chunk.data.len() != 13) {
            return Err(BakeError::MalformedPng(
                "the first chunk is not a 13-byte IHDR",
            ));
        }
        let last = &chunk.kind == b"IEND";
        chunks.push(chunk);
        if last {
            return Ok(chunks);
        }
        rest = tail;
    }
}

fn read_chunk(buf: &[u8]) -> Result<(Chunk<'_>, &[u8]), BakeError> {
    let truncated = || BakeError::MalformedPng("truncated chunk");
    let (len, after_len) = buf.split_first_chunk::<4>().ok_or_else(truncated)?;
    let len = u32::from_be_bytes(*len) as usize;
    if len > MAX_CHUNK_LEN {
        return Err(BakeError::MalformedPng("chunk length over 2^31-1"));
    }
    let (kind, after_kind) = after_len.split_first_chunk::<4>().ok_or_else(truncated)?;
    if !kind.iter().all(u8::is_ascii_alphabetic) {
        return Err(BakeError::MalformedPng(
            "chunk type is not four ASCII letters",
        ));
    }
    if after_kind.len() < len + 4 {
        return Err(truncated());
    }
    let (data, after_data) = after_kind.split_at(len);
    let (crc, tail) = after_data.split_first_chunk::<4>().ok_or_else(truncated)?;
    if crc32fast::hash(&buf[4..8 + len]) != u32::from_be_bytes(*crc) {
        return Err(BakeError::BadCrc {
            chunk: String::from_utf8_lossy(kind).into_owned(),
        });
    }
    let chunk = Chunk {
        kind: *kind,
        data,
        raw: &buf[..CHUNK_OVERHEAD + len],
    };
    Ok((chunk, tail))
}

fn write_chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    let mut crc = crc32fast::Hasher::new();
    crc.update(kind);
    crc.update(data);
    // Callers keep `data` under MAX_CHUNK_LEN, so the length fits in u32.
    out.extend_from_slice(&(data.len() as u32).to_be_bytes());
    out.extend_from_slice(kind);
    out.extend_from_slice(data);
    out.extend_from_slice(&crc.finalize().to_be_bytes());
}

/// The keyword of a `tEXt`/`zTXt`/`iTXt` chunk: the bytes before the first NUL.
fn text_keyword(data: &[u8]) -> &[u8] {
    data.split(|&b| b == 0).next().unwrap_or_default()
}

/// Any text chunk that carries Open Badges data of any version, including the legacy
/// OB 1.0 `tEXt:openbadges` URL. These are all dropped when baking.
fn is_badge_chunk(chunk: &Chunk<'_>) -> bool {
    matches!(&chunk.kind, b"iTXt" | b"tEXt" | b"zTXt")
        && PngKeyword::from_bytes(text_keyword(chunk.data)).is_some()
}

/// Uncompressed `iTXt` data: keyword, NUL, compression flag 0, method 0, empty language tag,
/// NUL, empty translated keyword, NUL, then the UTF-8 text.
fn itxt_data(keyword: PngKeyword, text: &str) -> Vec<u8> {
    let mut data = Vec::with_capacity(keyword.as_str().len() + 5 + text.len());
    data.extend_from_slice(keyword.as_str().as_bytes());
    data.extend_from_slice(&[0, 0, 0, 0, 0]);
    data.extend_from_slice(text.as_bytes());
    data
}

/// Bake `text` into a PNG as an uncompressed `iTXt` chunk with `keyword`, placed right after
/// `IHDR` so that readers which stop at the first match find it early. Earlier Open Badges
/// chunks of either version are removed; everything else is copied byte for byte, and bytes
/// after `IEND` are dropped.
pub fn bake_png(image: &[u8], keyword: PngKeyword, text: &str) -> Result<Vec<u8>, BakeError> {
    if text.trim().is_empty() {
        return Err(BakeError::InvalidText("the badge text is empty"));
    }
    let data = itxt_data(keyword, text);
    if data.len() > MAX_CHUNK_LEN {
        return Err(BakeError::InvalidText(
            "the badge text is too large for a PNG chunk",
        ));
    }
    let chunks = read_chunks(image)?;
    let mut out = Vec::with_capacity(image.len() + data.len() + CHUNK_OVERHEAD);
    out.extend_from_slice(&PNG_SIGNATURE);
    for (i, chunk) in chunks.iter().enumerate() {
        if !is_badge_chunk(chunk) {
            out.extend_from_slice(chunk.raw);
        }
        if i == 0 {
            write_chunk(&mut out, b"iTXt", &data);
        }
    }
    Ok(out)
}

/// Read the Open Badges payload of a PNG, if any. Files longer than `max_len` are refused
/// before parsing. The whole chunk structure is validated (bounds, CRCs, `IHDR` first,
/// `IEND` present) but image data is never decompressed. A compressed `iTXt` with an Open
/// Badges keyword is accepted only if it inflates to at most [`MAX_INFLATED_TEXT`] bytes.
/// Two chunks with the same keyword are refused as ambiguous.
pub fn extract_png(bytes: &[u8], max_len: usize) -> Result<Option<Baked>, BakeError> {
    check_len(bytes.len(), max_len)?;
    let chunks = read_chunks(bytes)?;
    let mut found: [Option<&Chunk<'_>>; 2] = [None, None];
    for chunk in chunks.iter().filter(|c| &c.kind == b"iTXt") {
        let Some(keyword) = PngKeyword::from_bytes(text_keyword(chunk.data)) else {
            continue;
        };
        let slot = &mut found[keyword as usize];
        if slot.is_some() {
            return Err(BakeError::Duplicate(keyword.as_str()));
        }
        *slot = Some(chunk);
    }
    let keywords = [PngKeyword::OpenBadgeCredential, PngKeyword::OpenBadges];
    let Some((keyword, chunk)) = keywords
        .into_iter()
        .zip(found)
        .find_map(|(k, c)| Some((k, c?)))
    else {
        return Ok(None);
    };
    Ok(Some(Baked {
        keyword,
        text: itxt_text(chunk.data)?,
        verify: None,
        script: None,
    }))
}

fn split_nul(bytes: &[u8]) -> Result<(&[u8], &[u8]), BakeError> {
    let at = bytes
        .iter()
        .position(|&b| b == 0)
        .ok_or(BakeError::MalformedPng(
            "iTXt field without its NUL separator",
        ))?;
    Ok((&bytes[..at], &bytes[at + 1..]))
}

/// The text of an `iTXt` chunk; the language tag and translated keyword carry no meaning
/// for badges and are skipped.
fn itxt_text(data: &[u8]) -> Result<String, BakeError> {
    let (_keyword, rest) = split_nul(data)?;
    let [flag, method, rest @ ..] = rest else {
        return Err(BakeError::MalformedPng("truncated iTXt header"));
    };
    let (_language, rest) = split_nul(rest)?;
    let (_translated, text) = split_nul(rest)?;
    let text = match (flag, method) {
        (0, _) => Cow::Borrowed(text),
        (1, 0) => Cow::Owned(inflate_capped(text)?),
        _ => return Err(BakeError::MalformedPng("unknown iTXt compression")),
    };
    String::from_utf8(text.into_owned()).map_err(|_| BakeError::NotUtf8)
}

/// Inflate a zlib stream, stopping one byte past the cap so a bomb costs at most 1 MiB.
fn inflate_capped(compressed: &[u8]) -> Result<Vec<u8>, BakeError> {
    let mut out = Vec::new();
    flate2::read::ZlibDecoder::new(compressed)
        .take(MAX_INFLATED_TEXT as u64 + 1)
        .read_to_end(&mut out)
        .map_err(|_| BakeError::MalformedPng("corrupt compressed iTXt"))?;
    if out.len() > MAX_INFLATED_TEXT {
        return Err(BakeError::InflateLimit {
            max: MAX_INFLATED_TEXT,
        });
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// SVG
// ---------------------------------------------------------------------------------------------

/// What to bake into an SVG, in the form each specification prescribes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SvgPayload<'a> {
    /// OB 3.0 credential with an embedded proof: the JSON goes in a CDATA body.
    Credential(&'a str),
    /// OB 3.0 credential signed as VC-JWT: the compact JWS goes in `verify`.
    CredentialJws(&'a str),
    /// OB 2.0 signed assertion: the JWS goes in `verify`, with no body.
    AssertionJws(&'a str),
    /// OB 2.0 hosted assertion: `verify` holds its URL and the body its JSON.
    HostedAssertion { url: &'a str, json: &'a str },
}

impl SvgPayload<'_> {
    fn namespace(self) -> &'static str {
        match self {
            Self::Credential(_) | Self::CredentialJws(_) => OB3_NAMESPACE,
            Self::AssertionJws(_) | Self::HostedAssertion { .. } => OB2_NAMESPACE,
        }
    }

    fn validate(self) -> Result<(), BakeError> {
        match self {
            Self::Credential(text) | Self::CredentialJws(text) | Self::AssertionJws(text) => {
                check_xml_text(text)
            }
            Self::HostedAssertion { url, json } => check_xml_text(url).and(check_xml_text(json)),
        }
    }

    fn element(self) -> String {
        match self {
            Self::Credential(json) => {
                format!(
                    "<openbadges:credential>{}</openbadges:credential>",
                    cdata(json)
                )
            }
            Self::CredentialJws(jws) => format!(
                "<openbadges:credential verify=\"{}\"></openbadges:credential>",
                escape_attr(jws)
            ),
            Self::AssertionJws(jws) => {
                format!("<openbadges:assertion verify=\"{}\"/>", escape_attr(jws))
            }
            Self::HostedAssertion { url, json } => format!(
                "<openbadges:assertion verify=\"{}\">{}</openbadges:assertion>",
                escape_attr(url),
                cdata(json)
            ),
        }
    }
}

/// XML 1.0 cannot carry most control characters, even in CDATA; refuse rather than corrupt.
fn check_xml_text(text: &str) -> Result<(), BakeError> {
    if text.trim().is_empty() {
        return Err(BakeError::InvalidText("the badge text is empty"));
    }
    let allowed = |c: char| {
        matches!(c, '\t' | '\n' | '\r') || (c >= ' ' && !matches!(c, '\u{fffe}' | '\u{ffff}'))
    };
    if !text.chars().all(allowed) {
        return Err(BakeError::InvalidText(
            "the text has characters XML cannot carry",
        ));
    }
    Ok(())
}

/// Wrap text in CDATA, splitting the section at every `]]>` so the text survives intact.
fn cdata(text: &str) -> String {
    format!("<![CDATA[{}]]>", text.replace("]]>", "]]]]><![CDATA[>"))
}

/// Escape an attribute value; whitespace controls become character references so that
/// attribute-value normalisation cannot alter them.
fn escape_attr(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            c => out.push(c),
        }
    }
    out
}

/// The root `<svg>` start tag, kept raw so it can be copied or minimally rewritten.
struct RootTag {
    span: Range<usize>,
    empty: bool,
    name: String,
    /// Raw (still escaped) attribute keys and values, in document order.
    attrs: Vec<(String, String)>,
}

impl RootTag {
    fn declares(&self, namespace: &str) -> bool {
        self.attrs
            .iter()
            .any(|(k, v)| k == "xmlns:openbadges" && v == namespace)
    }

    /// The start tag with `xmlns:openbadges` set to `namespace`, other attributes kept.
    fn rewritten(&self, namespace: &str) -> String {
        let mut tag = format!("<{}", self.name);
        for (key, value) in self.attrs.iter().filter(|(k, _)| k != "xmlns:openbadges") {
            // A single-quoted raw value may hold `"`; it must be escaped once re-quoted.
            tag.push_str(&format!(" {key}=\"{}\"", value.replace('"', "&quot;")));
        }
        tag.push_str(&format!(" xmlns:openbadges=\"{namespace}\">"));
        tag
    }
}

/// An Open Badges element found in an SVG.
struct Found {
    keyword: PngKeyword,
    span: Range<usize>,
    verify: Option<String>,
    body: Option<String>,
}

impl Found {
    fn into_baked(self, script: Option<String>) -> Result<Baked, BakeError> {
        let text = self.body.or_else(|| self.verify.clone()).ok_or_else(|| {
            BakeError::MalformedSvg("Open Badges element with neither body nor verify".into())
        })?;
        Ok(Baked {
            keyword: self.keyword,
            text,
            verify: self.verify,
            script,
        })
    }
}

/// An Open Badges element whose end tag has not been reached yet.
struct OpenElement {
    found: Found,
    depth: usize,
    /// Body pieces in order; `true` marks CDATA. Adjacent text pieces are merged.
    pieces: Vec<(bool, String)>,
}

impl OpenElement {
    fn push(&mut self, cdata: bool, text: &str) {
        match self.pieces.last_mut() {
            Some((false, last)) if !cdata => last.push_str(text),
            _ => self.pieces.push((cdata, text.to_owned())),
        }
    }

    /// With CDATA, the body is the CDATA content byte for byte plus any non-blank text
    /// (the spec's examples indent around the section); without CDATA it is the trimmed text.
    fn finish(mut self, end: usize) -> Found {
        let has_cdata = self.pieces.iter().any(|(cdata, _)| *cdata);
        let body: String = if has_cdata {
            self.pieces
                .iter()
                .filter(|(cdata, text)| *cdata || !text.trim().is_empty())
                .map(|(_, text)| text.as_str())
                .collect()
        } else {
            self.pieces
                .iter()
                .map(|(_, t)| t.as_str())
                .collect::<String>()
                .trim()
                .to_owned()
        };
        self.found.span.end = end;
        self.found.body = (!body.trim().is_empty()).then_some(body);
        self.found
    }
}

/// Everything a single pass over an SVG learns.
struct SvgScan {
    root: RootTag,
    found: Vec<Found>,
    script: Option<String>,
}

fn xml_error(e: impl std::fmt::Display) -> BakeError {
    BakeError::MalformedSvg(e.to_string())
}

/// Parse the whole SVG once: locate the root tag and every Open Badges element, and note
/// the first script-like construct. DTDs are refused, so no entity can ever expand; only
/// the five predefined entities and character references are resolved.
fn scan_svg(svg: &str) -> Result<SvgScan, BakeError> {
    let mut reader = NsReader::from_str(svg);
    let mut state = ScanState::default();
    loop {
        let start = reader.buffer_position() as usize;
        let (ns, event) = reader.read_resolved_event().map_err(xml_error)?;
        let ob_namespace = is_ob_namespace(&ns);
        let end = reader.buffer_position() as usize;
        match event {
            Event::Eof => return state.finish(),
            Event::DocType(_) => return Err(BakeError::Dtd),
            Event::Start(e) => state.element(&e, ob_namespace, start..end, false)?,
            Event::Empty(e) => state.element(&e, ob_namespace, start..end, true)?,
            Event::End(_) => state.end_element(end),
            Event::Text(t) => state.text(false, &t.xml10_content().map_err(xml_error)?),
            // Raw CDATA (no end-of-line normalisation) keeps the round trip byte-exact.
            Event::CData(c) => state.text(true, &c.decode().map_err(xml_error)?),
            Event::GeneralRef(r) => state.text(false, &resolve_reference(&r)?),
            Event::Decl(_) | Event::PI(_) | Event::Comment(_) => {}
        }
    }
}

fn is_ob_namespace(ns: &ResolveResult<'_>) -> bool {
    match ns {
        ResolveResult::Bound(ns) => KNOWN_NAMESPACES.iter().any(|k| k.as_bytes() == ns.0),
        // Tolerate badges whose baker forgot to declare the prefix.
        ResolveResult::Unknown(prefix) => prefix == OB_PREFIX.as_bytes(),
        ResolveResult::Unbound => false,
    }
}

/// Only `&lt;`-style predefined entities and character references exist without a DTD.
fn resolve_reference(r: &BytesRef<'_>) -> Result<String, BakeError> {
    if let Some(c) = r.resolve_char_ref().map_err(xml_error)? {
        return Ok(c.to_string());
    }
    let name = r.decode().map_err(xml_error)?;
    quick_xml::escape::resolve_predefined_entity(&name)
        .map(str::to_owned)
        .ok_or_else(|| BakeError::MalformedSvg(format!("undefined entity &{name};")))
}

#[derive(Default)]
struct ScanState {
    root: Option<RootTag>,
    depth: usize,
    found: Vec<Found>,
    open: Option<OpenElement>,
    script: Option<String>,
}

impl ScanState {
    fn element(
        &mut self,
        e: &BytesStart<'_>,
        ob_namespace: bool,
        span: Range<usize>,
        empty: bool,
    ) -> Result<(), BakeError> {
        if self.script.is_none() {
            self.script = script_in(e)?;
        }
        if self.open.is_some() {
            return Err(xml_error("element inside an Open Badges element"));
        }
        match (&self.root, self.depth) {
            (None, _) => self.root = Some(root_tag(e, span.clone(), empty)?),
            (Some(_), 0) => return Err(xml_error("content after the root element")),
            _ => {}
        }
        if let Some(keyword) = payload_keyword(e, ob_namespace) {
            let verify = attribute(e, b"verify")?;
            let found = Found {
                keyword,
                span,
                verify,
                body: None,
            };
            if empty {
                self.found.push(found);
            } else {
                self.open = Some(OpenElement {
                    found,
                    depth: self.depth,
                    pieces: Vec::new(),
                });
            }
        }
        if !empty {
            self.depth += 1;
        }
        Ok(())
    }

    fn end_element(&mut self, end: usize) {
        // quick-xml has already checked that end tags match their start tags.
        self.depth = self.depth.saturating_sub(1);
        if self.open.as_ref().is_some_and(|o| o.depth == self.depth) {
            if let Some(open) = self.open.take() {
                self.found.push(open.finish(end));
            }
        }
    }

    fn text(&mut self, cdata: bool, text: &str) {
        if let Some(open) = &mut self.open {
            open.push(cdata, text);
        }
    }

    fn finish(self) -> Result<SvgScan, BakeError> {
        let root = self.root.ok_or(BakeError::NotSvg("no root element"))?;
        if self.depth != 0 {
            return Err(xml_error("unclosed element"));
        }
        Ok(SvgScan {
            root,
            found: self.found,
            script: self.script,
        })
    }
}

fn root_tag(e: &BytesStart<'_>, span: Range<usize>, empty: bool) -> Result<RootTag, BakeError> {
    if !e.local_name().as_ref().eq_ignore_ascii_case(b"svg") {
        return Err(BakeError::NotSvg("the root element is not <svg>"));
    }
    let attrs = e
        .attributes()
        .map(|a| {
            let a = a.map_err(xml_error)?;
            Ok((utf8(a.key.as_ref())?, utf8(&a.value)?))
        })
        .collect::<Result<_, BakeError>>()?;
    Ok(RootTag {
        span,
        empty,
        name: utf8(e.name().as_ref())?,
        attrs,
    })
}

fn utf8(bytes: &[u8]) -> Result<String, BakeError> {
    std::str::from_utf8(bytes)
        .map(str::to_owned)
        .map_err(xml_error)
}

fn payload_keyword(e: &BytesStart<'_>, ob_namespace: bool) -> Option<PngKeyword> {
    let (local, prefix) = e.name().decompose();
    let ob_prefix = prefix.is_some_and(|p| p.as_ref() == OB_PREFIX.as_bytes());
    if !(ob_namespace || ob_prefix) {
        return None;
    }
    match local.as_ref() {
        b"credential" => Some(PngKeyword::OpenBadgeCredential),
        b"assertion" => Some(PngKeyword::OpenBadges),
        _ => None,
    }
}

/// The unescaped value of the attribute whose local name is `name`.
fn attribute(e: &BytesStart<'_>, name: &[u8]) -> Result<Option<String>, BakeError> {
    for a in e.attributes() {
        let a = a.map_err(xml_error)?;
        if a.key.local_name().as_ref() == name {
            let value = a
                .normalized_value(XmlVersion::Implicit1_0)
                .map_err(xml_error)?;
            return Ok(Some(value.into_owned()));
        }
    }
    Ok(None)
}

/// Elements that run code or embed a browsing context (via `<foreignObject>` XHTML).
const SCRIPT_ELEMENTS: [&str; 4] = ["script", "iframe", "embed", "object"];

/// Describe the first script-like construct of an element: a script element, an `on*`
/// event-handler attribute, an animation targeting one, or a `javascript:`-style URL.
fn script_in(e: &BytesStart<'_>) -> Result<Option<String>, BakeError> {
    let local = String::from_utf8_lossy(e.local_name().as_ref()).to_ascii_lowercase();
    if SCRIPT_ELEMENTS.contains(&local.as_str()) {
        return Ok(Some(format!("<{local}> element")));
    }
    for a in e.attributes() {
        let a = a.map_err(xml_error)?;
        let key = String::from_utf8_lossy(a.key.local_name().as_ref()).to_ascii_lowercase();
        let value = a
            .normalized_value(XmlVersion::Implicit1_0)
            .map_err(xml_error)?;
        if key.starts_with("on") {
            return Ok(Some(format!("`{key}` event attribute")));
        }
        if key == "attributename" && value.trim().to_ascii_lowercase().starts_with("on") {
            return Ok(Some("animation of an event attribute".into()));
        }
        if is_script_url(&value) {
            return Ok(Some(format!("script URL in `{key}`")));
        }
    }
    Ok(None)
}

/// Browsers ignore whitespace and control characters inside a URL scheme, so compare with
/// them removed; `contains` also catches URL lists such as animation `values`.
fn is_script_url(value: &str) -> bool {
    let squashed: String = value
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .flat_map(char::to_lowercase)
        .collect();
    ["javascript:", "vbscript:", "data:text/html"]
        .iter()
        .any(|scheme| squashed.contains(scheme))
}

/// Bake a payload into an SVG: the `<openbadges:…>` element goes directly after the root
/// `<svg>` start tag, whose `xmlns:openbadges` is set to the matching namespace (the rest of
/// the tag is kept). Earlier Open Badges elements of either version are removed. SVGs with
/// a DTD or any script are refused.
pub fn bake_svg(svg: &str, payload: SvgPayload<'_>) -> Result<String, BakeError> {
    payload.validate()?;
    let scan = scan_svg(svg)?;
    if let Some(script) = scan.script {
        return Err(BakeError::Scripted(script));
    }
    let (root, namespace) = (&scan.root, payload.namespace());
    let mut out = String::with_capacity(svg.len() + 256);
    out.push_str(&svg[..root.span.start]);
    if root.empty || !root.declares(namespace) {
        out.push_str(&root.rewritten(namespace));
    } else {
        out.push_str(&svg[root.span.clone()]);
    }
    out.push_str(&payload.element());
    if root.empty {
        out.push_str(&format!("</{}>", root.name));
    }
    let mut cursor = root.span.end;
    for found in &scan.found {
        out.push_str(&svg[cursor..found.span.start]);
        cursor = found.span.end;
    }
    out.push_str(&svg[cursor..]);
    Ok(out)
}

/// Read the Open Badges payload of an SVG, if any. Documents longer than `max_len` bytes,
/// with a DTD, or not well-formed are refused. Scripts do not prevent extraction but are
/// reported in [`Baked::script`]. Two elements of the same kind are refused as ambiguous.
pub fn extract_svg(svg: &str, max_len: usize) -> Result<Option<Baked>, BakeError> {
    check_len(svg.len(), max_len)?;
    let scan = scan_svg(svg)?;
    let mut found: [Option<Found>; 2] = [None, None];
    for f in scan.found {
        let keyword = f.keyword;
        if found[keyword as usize].replace(f).is_some() {
            return Err(BakeError::Duplicate(match keyword {
                PngKeyword::OpenBadgeCredential => "openbadges:credential",
                PngKeyword::OpenBadges => "openbadges:assertion",
            }));
        }
    }
    let [ob3, ob2] = found;
    ob3.or(ob2).map(|f| f.into_baked(scan.script)).transpose()
}

/// Whether an SVG holds script-like content, and which. Same limits as [`extract_svg`].
pub fn svg_script(svg: &str, max_len: usize) -> Result<Option<String>, BakeError> {
    check_len(svg.len(), max_len)?;
    Ok(scan_svg(svg)?.script)
}

#[cfg(test)]
mod tests {
    use std::io::{Cursor, Write};
    use std::time::{Duration, Instant};

    use super::*;

    const LIMIT: usize = 8 << 20;
    const JSON: &str = r#"{"@context":["https://www.w3.org/ns/credentials/v2"],"type":["VerifiableCredential","OpenBadgeCredential"],"name":"Zürich – 東京 🏅","note":"a ]]> b ]]]]> c"}"#;
    const JWS: &str = "eyJhbGciOiJFZERTQSJ9.eyJpc3MiOiJodHRwczovL2V4YW1wbGUub3JnIn0.c2lnbmF0dXJl";
    const SVG: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"\n     viewBox=\"0 0 10 10\" width='10'>\n  <circle cx=\"5\" cy=\"5\" r=\"4\" fill=\"#c33\"/>\n</svg>\n";

    /// A real 3x2 RGBA PNG with an unrelated tEXt chunk, made by the `png` crate.
    fn tiny_png() -> Vec<u8> {
        let mut out = Vec::new();
        let mut encoder = png::Encoder::new(&mut out, 3, 2);
        encoder.set_color(png::ColorType::Rgba);
        encoder.set_depth(png::BitDepth::Eight);
        encoder
            .add_text_chunk("Title".into(), "badge".into())
            .expect("text");
        let mut writer = encoder.write_header().expect("header");
        writer.write_image_data(&[200; 3 * 2 * 4]).expect("data");
        writer.finish().expect("finish");
        out
    }

    /// Decode with an independent decoder: dimensions and iTXt (keyword, text) pairs.
    fn decode(bytes: &[u8]) -> (u32, u32, Vec<(String, String)>) {
        let mut reader = png::Decoder::new(Cursor::new(bytes))
            .read_info()
            .expect("info");
        let mut buf = vec![0; reader.output_buffer_size().expect("size")];
        let frame = reader.next_frame(&mut buf).expect("frame");
        let texts = reader
            .info()
            .utf8_text
            .iter()
            .map(|t| (t.keyword.clone(), t.get_text().expect("itxt")))
            .collect();
        (frame.width, frame.height, texts)
    }

    fn png_from(chunks: &[(&[u8; 4], Vec<u8>)]) -> Vec<u8> {
        let mut out = PNG_SIGNATURE.to_vec();
        for (kind, data) in chunks {
            write_chunk(&mut out, kind, data);
        }
        out
    }

    fn ihdr(width: u32, height: u32) -> Vec<u8> {
        let mut data = width.to_be_bytes().to_vec();
        data.extend_from_slice(&height.to_be_bytes());
        data.extend_from_slice(&[8, 0, 0, 0, 0]); // 8-bit greyscale
        data
    }

    fn zlib(bytes: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
        e.write_all(bytes).expect("write");
        e.finish().expect("finish")
    }

    fn count_badge_chunks(bytes: &[u8]) -> usize {
        read_chunks(bytes)
            .expect("chunks")
            .iter()
            .filter(|c| is_badge_chunk(c))
            .count()
    }

    #[test]
    fn png_round_trip_is_byte_exact_and_still_decodes() {
        let image = tiny_png();
        let baked = bake_png(&image, PngKeyword::OpenBadgeCredential, JSON).expect("bake");
        let found = extract_png(&baked, LIMIT)
            .expect("extract")
            .expect("payload");
        assert_eq!(found.keyword, PngKeyword::OpenBadgeCredential);
        assert_eq!(found.text, JSON);
        assert_eq!((found.verify, found.script), (None, None));

        let (w, h, texts) = decode(&baked);
        assert_eq!((w, h), (3, 2));
        assert_eq!(texts, vec![("openbadgecredential".into(), JSON.into())]);
        // Only the new chunk was added; the image and its tEXt chunk are untouched.
        assert_eq!(baked.len(), image.len() + CHUNK_OVERHEAD + 24 + JSON.len());
    }

    #[test]
    fn png_ob2_and_jws_round_trip() {
        let image = tiny_png();
        for (keyword, text) in [
            (
                PngKeyword::OpenBadges,
                "https://badges.example/assertions/1",
            ),
            (PngKeyword::OpenBadges, JWS),
            (PngKeyword::OpenBadgeCredential, JWS),
        ] {
            let baked = bake_png(&image, keyword, text).expect("bake");
            let found = extract_png(&baked, LIMIT)
                .expect("extract")
                .expect("payload");
            assert_eq!((found.keyword, found.text.as_str()), (keyword, text));
        }
        assert_eq!(extract_png(&image, LIMIT).expect("plain"), None);
    }

    #[test]
    fn png_rebaking_replaces_every_earlier_payload() {
        let ob2 = bake_png(&tiny_png(), PngKeyword::OpenBadges, "https://x.example/a").expect("2");
        let once = bake_png(&ob2, PngKeyword::OpenBadgeCredential, "{\"v\":1}").expect("3");
        let twice = bake_png(&once, PngKeyword::OpenBadgeCredential, JSON).expect("3 again");
        assert_eq!(count_badge_chunks(&twice), 1);
        let found = extract_png(&twice, LIMIT)
            .expect("extract")
            .expect("payload");
        assert_eq!(found.text, JSON);
        assert_eq!(decode(&twice).2.len(), 1);
    }

    #[test]
    fn png_garbage_truncation_and_bad_crc_are_errors() {
        let baked = bake_png(&tiny_png(), PngKeyword::OpenBadgeCredential, JSON).expect("bake");
        for n in 0..baked.len() {
            assert!(extract_png(&baked[..n], LIMIT).is_err(), "truncated at {n}");
            assert!(bake_png(&baked[..n], PngKeyword::OpenBadges, "x").is_err());
        }
        assert!(matches!(
            extract_png(b"GIF89a....", LIMIT),
            Err(BakeError::NotPng)
        ));

        let mut corrupt = baked.clone();
        let last_data_byte = corrupt.len() - 13; // inside IDAT, before IEND
        corrupt[last_data_byte] ^= 0xff;
        assert!(matches!(
            extract_png(&corrupt, LIMIT),
            Err(BakeError::BadCrc { .. })
        ));
        assert!(matches!(
            bake_png(&corrupt, PngKeyword::OpenBadges, "x"),
            Err(BakeError::BadCrc { .. })
        ));

        let mut huge = png_from(&[(b"IHDR", ihdr(1, 1))]);
        huge.extend_from_slice(&0x8000_0000u32.to_be_bytes());
        huge.extend_from_slice(b"IDAT");
        assert!(matches!(
            extract_png(&huge, LIMIT),
            Err(BakeError::MalformedPng(_))
        ));

        let no_ihdr = png_from(&[(b"IDAT", vec![1, 2]), (b"IEND", vec![])]);
        assert!(matches!(
            extract_png(&no_ihdr, LIMIT),
            Err(BakeError::MalformedPng(_))
        ));
        let bad_type = png_from(&[(b"IHDR", ihdr(1, 1)), (b"1DAT", vec![]), (b"IEND", vec![])]);
        assert!(matches!(
            extract_png(&bad_type, LIMIT),
            Err(BakeError::MalformedPng(_))
        ));
    }

    #[test]
    fn png_over_the_caller_limit_is_refused() {
        let baked = bake_png(&tiny_png(), PngKeyword::OpenBadgeCredential, JSON).expect("bake");
        let err = extract_png(&baked, baked.len() - 1).expect_err("too large");
        assert!(matches!(err, BakeError::TooLarge { .. }));
        assert!(extract_png(&baked, baked.len()).is_ok());
    }

    /// A 20000x20000 greyscale PNG whose IDAT inflates to 400 MB from a few hundred KB:
    /// one sync-flushed deflate block of 100 zero rows, repeated 200 times.
    fn bomb_png() -> (Vec<u8>, Vec<u8>) {
        const SIDE: usize = 20_000;
        const ROWS: usize = 100;
        let block_len = (SIDE + 1) * ROWS;
        let mut deflate = flate2::Compress::new(flate2::Compression::best(), false);
        let mut block = Vec::with_capacity(1 << 16);
        deflate
            .compress_vec(&vec![0; block_len], &mut block, flate2::FlushCompress::Sync)
            .expect("deflate");
        assert_eq!(deflate.total_in() as usize, block_len);
        let mut idat = vec![0x78, 0xda];
        for _ in 0..SIDE / ROWS {
            idat.extend_from_slice(&block);
        }
        idat.extend_from_slice(&[0x03, 0x00]); // final empty block
        let total = ((SIDE + 1) * SIDE) as u64;
        idat.extend_from_slice(&((((total % 65521) << 16) | 1) as u32).to_be_bytes());
        let side = SIDE as u32;
        let file = png_from(&[
            (b"IHDR", ihdr(side, side)),
            (b"IDAT", idat.clone()),
            (b"IEND", vec![]),
        ]);
        (file, idat)
    }

    #[test]
    fn png_decompression_bomb_is_never_inflated() {
        let (bomb, idat) = bomb_png();
        assert!(bomb.len() < 1 << 20, "bomb is {} bytes", bomb.len());
        // It is a live bomb: the stream really inflates to zero rows well past 8 MiB.
        let mut head = Vec::new();
        flate2::read::ZlibDecoder::new(&idat[..])
            .take(8 << 20)
            .read_to_end(&mut head)
            .expect("inflate head");
        assert!(head.len() == 8 << 20 && head.iter().all(|&b| b == 0));

        let started = Instant::now();
        let baked = bake_png(&bomb, PngKeyword::OpenBadgeCredential, JSON).expect("bake");
        let found = extract_png(&baked, LIMIT)
            .expect("extract")
            .expect("payload");
        assert!(
            started.elapsed() < Duration::from_secs(2),
            "{:?}",
            started.elapsed()
        );
        assert_eq!(found.text, JSON);
        let chunks = read_chunks(&baked).expect("chunks");
        assert!(chunks
            .iter()
            .any(|c| &c.kind == b"IDAT" && c.data == &idat[..]));
    }

    fn compressed_itxt(keyword: &str, text: &[u8]) -> Vec<u8> {
        let mut data = keyword.as_bytes().to_vec();
        data.extend_from_slice(&[0, 1, 0, 0, 0]);
        data.extend_from_slice(&zlib(text));
        data
    }

    #[test]
    fn png_compressed_itxt_is_read_only_under_the_cap() {
        let small = png_from(&[
            (b"IHDR", ihdr(1, 1)),
            (b"iTXt", compressed_itxt("openbadges", JSON.as_bytes())),
            (b"IEND", vec![]),
        ]);
        let found = extract_png(&small, LIMIT)
            .expect("extract")
            .expect("payload");
        assert_eq!(
            (found.keyword, found.text.as_str()),
            (PngKeyword::OpenBadges, JSON)
        );

        let bomb_text = vec![b'a'; MAX_INFLATED_TEXT + 1];
        let bomb = png_from(&[
            (b"IHDR", ihdr(1, 1)),
            (b"iTXt", compressed_itxt("openbadgecredential", &bomb_text)),
            (b"IEND", vec![]),
        ]);
        assert!(bomb.len() < 16 << 10);
        assert!(matches!(
            extract_png(&bomb, LIMIT),
            Err(BakeError::InflateLimit { .. })
        ));
        // Baking over it simply drops the old chunk without reading it.
        let rebaked = bake_png(&bomb, PngKeyword::OpenBadgeCredential, "{}").expect("bake");
        assert_eq!(
            extract_png(&rebaked, LIMIT)
                .expect("ok")
                .expect("some")
                .text,
            "{}"
        );
    }

    #[test]
    fn png_duplicate_and_invalid_payloads_are_refused() {
        let itxt = itxt_data(PngKeyword::OpenBadgeCredential, "{}");
        let dup = png_from(&[
            (b"IHDR", ihdr(1, 1)),
            (b"iTXt", itxt.clone()),
            (b"iTXt", itxt),
            (b"IEND", vec![]),
        ]);
        assert!(matches!(
            extract_png(&dup, LIMIT),
            Err(BakeError::Duplicate(_))
        ));

        let mut not_utf8 = b"openbadges\0\0\0\0\0".to_vec();
        not_utf8.extend_from_slice(&[0xff, 0xfe]);
        let bad = png_from(&[
            (b"IHDR", ihdr(1, 1)),
            (b"iTXt", not_utf8),
            (b"IEND", vec![]),
        ]);
        assert!(matches!(extract_png(&bad, LIMIT), Err(BakeError::NotUtf8)));

        let short = png_from(&[
            (b"IHDR", ihdr(1, 1)),
            (b"iTXt", b"openbadges\0".to_vec()),
            (b"IEND", vec![]),
        ]);
        assert!(matches!(
            extract_png(&short, LIMIT),
            Err(BakeError::MalformedPng(_))
        ));
        assert!(bake_png(&tiny_png(), PngKeyword::OpenBadges, "").is_err());
    }

    #[test]
    fn png_with_both_versions_prefers_ob3() {
        let image = png_from(&[
            (b"IHDR", ihdr(1, 1)),
            (
                b"iTXt",
                itxt_data(PngKeyword::OpenBadges, "https://x.example/a"),
            ),
            (b"iTXt", itxt_data(PngKeyword::OpenBadgeCredential, JSON)),
            (b"IEND", vec![]),
        ]);
        let found = extract_png(&image, LIMIT)
            .expect("extract")
            .expect("payload");
        assert_eq!(found.keyword, PngKeyword::OpenBadgeCredential);
    }

    // ----- SVG -----

    fn extract(svg: &str) -> Baked {
        extract_svg(svg, LIMIT).expect("extract").expect("payload")
    }

    #[test]
    fn svg_credential_round_trip_keeps_cdata_terminators_and_unicode() {
        let baked = bake_svg(SVG, SvgPayload::Credential(JSON)).expect("bake");
        assert!(baked.contains(&format!("xmlns:openbadges=\"{OB3_NAMESPACE}\">")));
        assert!(baked.contains("width=\"10\" xmlns:openbadges=\"https://purl.imsglobal.org/ob/v3p0\"><openbadges:credential><![CDATA["));
        assert!(baked.ends_with("<circle cx=\"5\" cy=\"5\" r=\"4\" fill=\"#c33\"/>\n</svg>\n"));
        let found = extract(&baked);
        assert_eq!(found.keyword, PngKeyword::OpenBadgeCredential);
        assert_eq!(found.text, JSON);
        assert_eq!((found.verify, found.script), (None, None));
    }

    #[test]
    fn svg_jws_and_ob2_round_trip() {
        let found = extract(&bake_svg(SVG, SvgPayload::CredentialJws(JWS)).expect("jws"));
        assert_eq!(
            (found.text.as_str(), found.verify.as_deref()),
            (JWS, Some(JWS))
        );

        let baked = bake_svg(SVG, SvgPayload::AssertionJws(JWS)).expect("ob2 jws");
        assert!(baked.contains(&format!("xmlns:openbadges=\"{OB2_NAMESPACE}\"")));
        let found = extract(&baked);
        assert_eq!(
            (found.keyword, found.text.as_str()),
            (PngKeyword::OpenBadges, JWS)
        );

        let url = "https://badges.example/a?x=1&y=\"2\"";
        let hosted = SvgPayload::HostedAssertion { url, json: JSON };
        let found = extract(&bake_svg(SVG, hosted).expect("hosted"));
        assert_eq!(found.keyword, PngKeyword::OpenBadges);
        assert_eq!(
            (found.text.as_str(), found.verify.as_deref()),
            (JSON, Some(url))
        );
    }

    #[test]
    fn svg_rebaking_replaces_and_fixes_the_namespace() {
        let ob2 = bake_svg(SVG, SvgPayload::AssertionJws(JWS)).expect("ob2");
        let once = bake_svg(&ob2, SvgPayload::Credential("{\"v\":1}")).expect("ob3");
        let twice = bake_svg(&once, SvgPayload::Credential(JSON)).expect("ob3 again");
        assert_eq!(twice.matches("<openbadges:").count(), 1);
        assert_eq!(twice.matches("xmlns:openbadges=").count(), 1);
        assert!(!twice.contains(OB2_NAMESPACE));
        assert_eq!(extract(&twice).text, JSON);
        // Baking the same payload twice is stable.
        assert_eq!(
            bake_svg(&twice, SvgPayload::Credential(JSON)).expect("again"),
            twice
        );
    }

    #[test]
    fn svg_self_closing_root_and_prefixed_root_are_baked() {
        let empty = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>";
        let baked = bake_svg(empty, SvgPayload::Credential(JSON)).expect("bake");
        assert!(baked.ends_with("]]></openbadges:credential></svg>"));
        assert_eq!(extract(&baked).text, JSON);

        let prefixed = "<s:svg xmlns:s=\"http://www.w3.org/2000/svg\"><s:g/></s:svg>";
        let baked = bake_svg(prefixed, SvgPayload::CredentialJws(JWS)).expect("bake");
        assert_eq!(extract(&baked).text, JWS);
    }

    #[test]
    fn svg_spec_examples_are_extracted() {
        let embedded = r#"<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg"
  xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"
  viewBox="0 0 512 512">
  <openbadges:credential>
    <![CDATA[
      {"id": "http://example.edu/credentials/3732"}
    ]]>
  </openbadges:credential>
  <!-- rest-of-image -->
</svg>"#;
        let found = extract(embedded);
        assert_eq!(
            found.text.trim(),
            r#"{"id": "http://example.edu/credentials/3732"}"#
        );

        let jwt = r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0" viewBox="0 0 512 512"><openbadges:credential verify="header.payload.signature"></openbadges:credential></svg>"#;
        assert_eq!(extract(jwt).text, "header.payload.signature");

        let hosted = r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="http://openbadges.org"><openbadges:assertion verify="https://example.org/assertion.json">
    <![CDATA[{"uid": "abcdef12345"}]]>
  </openbadges:assertion></svg>"#;
        let found = extract(hosted);
        assert_eq!(found.keyword, PngKeyword::OpenBadges);
        assert_eq!(found.text, r#"{"uid": "abcdef12345"}"#);
        assert_eq!(
            found.verify.as_deref(),
            Some("https://example.org/assertion.json")
        );

        let plain_text = "<svg xmlns:openbadges=\"http://openbadges.org\"><openbadges:assertion> {&quot;a&quot;:&#49;} </openbadges:assertion></svg>";
        assert_eq!(extract(plain_text).text, "{\"a\":1}");
        assert_eq!(extract_svg(SVG, LIMIT).expect("plain"), None);

        // Some bakers forget to declare the prefix; the element is still found.
        let undeclared = "<svg><openbadges:credential verify=\"a.b.c\"/></svg>";
        assert_eq!(extract(undeclared).text, "a.b.c");
    }

    #[test]
    fn svg_baking_keeps_the_prolog_and_raw_payload_bytes() {
        let svg = "<?xml version=\"1.0\"?>\r\n<!-- made by hand -->\r\n<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>";
        let json = "{\r\n  \"a\": \"<&>\"\r\n}";
        let baked = bake_svg(svg, SvgPayload::Credential(json)).expect("bake");
        assert!(baked.starts_with("<?xml version=\"1.0\"?>\r\n<!-- made by hand -->\r\n<svg "));
        assert_eq!(extract(&baked).text, json);
    }

    #[test]
    fn scripted_svgs_are_refused_for_baking_and_flagged_on_extraction() {
        let scripted = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect ONCLICK=\"x()\"/></svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xl=\"http://www.w3.org/1999/xlink\"><a xl:href=\" java&#9;script:alert(1)\"><text>x</text></a></svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><a><set attributeName=\"onmouseover\" to=\"alert(1)\"/></a></svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><foreignObject><iframe xmlns=\"http://www.w3.org/1999/xhtml\" srcdoc=\"x\"/></foreignObject></svg>",
        ];
        for svg in scripted {
            let err = bake_svg(svg, SvgPayload::Credential(JSON)).expect_err(svg);
            assert!(matches!(err, BakeError::Scripted(_)), "{svg}: {err}");
            assert!(svg_script(svg, LIMIT).expect("scan").is_some(), "{svg}");
        }
        // A baked badge that later gained a script still yields its credential, flagged.
        let baked = bake_svg(SVG, SvgPayload::Credential(JSON)).expect("bake");
        let tampered = baked.replace("</svg>", "<script>steal()</script></svg>");
        let found = extract(&tampered);
        assert_eq!(found.text, JSON);
        assert_eq!(found.script.as_deref(), Some("<script> element"));
        assert_eq!(svg_script(SVG, LIMIT).expect("scan"), None);
    }

    #[test]
    fn dtds_entities_and_hostile_svgs_are_refused() {
        let laughs = r#"<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;">]><svg xmlns="http://www.w3.org/2000/svg"><text>&b;</text></svg>"#;
        assert!(matches!(extract_svg(laughs, LIMIT), Err(BakeError::Dtd)));
        assert!(matches!(
            bake_svg(laughs, SvgPayload::Credential("{}")),
            Err(BakeError::Dtd)
        ));
        let doctype = r#"<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd"><svg/>"#;
        assert!(matches!(extract_svg(doctype, LIMIT), Err(BakeError::Dtd)));
        let stray_entity = r#"<svg><!ENTITY x "y"></svg>"#;
        assert!(extract_svg(stray_entity, LIMIT).is_err());
        let undefined = "<svg><openbadges:credential>&x;</openbadges:credential></svg>";
        assert!(matches!(
            extract_svg(undefined, LIMIT),
            Err(BakeError::MalformedSvg(_))
        ));

        assert!(matches!(
            extract_svg(SVG, 20),
            Err(BakeError::TooLarge { .. })
        ));
        assert!(matches!(
            svg_script(SVG, 20),
            Err(BakeError::TooLarge { .. })
        ));
        assert!(matches!(
            extract_svg("<html/>", LIMIT),
            Err(BakeError::NotSvg(_))
        ));
        assert!(matches!(extract_svg("", LIMIT), Err(BakeError::NotSvg(_))));
        for broken in [
            "<svg><g></svg>",
            "<svg a=\"1\" a=\"2\"/>",
            "<svg><g>",
            "<svg/><svg/>",
        ] {
            assert!(extract_svg(broken, LIMIT).is_err(), "{broken}");
            assert!(
                bake_svg(broken, SvgPayload::Credential("{}")).is_err(),
                "{broken}"
            );
        }
        let nested = "<svg xmlns:openbadges=\"https://purl.imsglobal.org/ob/v3p0\"><openbadges:credential><g/></openbadges:credential></svg>";
        assert!(extract_svg(nested, LIMIT).is_err());
        let dup = "<svg xmlns:openbadges=\"https://purl.imsglobal.org/ob/v3p0\"><openbadges:credential verify=\"a\"/><openbadges:credential verify=\"b\"/></svg>";
        assert!(matches!(
            extract_svg(dup, LIMIT),
            Err(BakeError::Duplicate(_))
        ));
    }

    #[test]
    fn unbakeable_text_is_refused() {
        assert!(matches!(
            bake_svg(SVG, SvgPayload::Credential(" \n")),
            Err(BakeError::InvalidText(_))
        ));
        assert!(matches!(
            bake_svg(SVG, SvgPayload::Credential("{\"a\":\"\u{1}\"}")),
            Err(BakeError::InvalidText(_))
        ));
    }
}
