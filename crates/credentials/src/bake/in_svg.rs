//! SVG: the payload in an `openbadges:credential` / `openbadges:assertion` element, found with a
//! namespace-aware XML parser; DTDs refused, script reported.

use super::*;
use quick_xml::events::{BytesRef, BytesStart, Event};
use quick_xml::name::ResolveResult;
use quick_xml::{NsReader, XmlVersion};
use std::ops::Range;

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
pub(super) fn check_xml_text(text: &str) -> Result<(), BakeError> {
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
pub(super) fn cdata(text: &str) -> String {
    format!("<![CDATA[{}]]>", text.replace("]]>", "]]]]><![CDATA[>"))
}

/// Escape an attribute value; whitespace controls become character references so that
/// attribute-value normalisation cannot alter them.
pub(super) fn escape_attr(value: &str) -> String {
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
pub(super) struct RootTag {
    pub(super) span: Range<usize>,
    pub(super) empty: bool,
    pub(super) name: String,
    /// Raw (still escaped) attribute keys and values, in document order.
    pub(super) attrs: Vec<(String, String)>,
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
pub(super) struct Found {
    pub(super) keyword: PngKeyword,
    pub(super) span: Range<usize>,
    pub(super) verify: Option<String>,
    pub(super) body: Option<String>,
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
pub(super) struct OpenElement {
    pub(super) found: Found,
    pub(super) depth: usize,
    /// Body pieces in order; `true` marks CDATA. Adjacent text pieces are merged.
    pub(super) pieces: Vec<(bool, String)>,
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
pub(super) struct SvgScan {
    pub(super) root: RootTag,
    pub(super) found: Vec<Found>,
    pub(super) script: Option<String>,
}

pub(super) fn xml_error(e: impl std::fmt::Display) -> BakeError {
    BakeError::MalformedSvg(e.to_string())
}

/// Parse the whole SVG once: locate the root tag and every Open Badges element, and note
/// the first script-like construct. DTDs are refused, so no entity can ever expand; only
/// the five predefined entities and character references are resolved.
pub(super) fn scan_svg(svg: &str) -> Result<SvgScan, BakeError> {
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

pub(super) fn is_ob_namespace(ns: &ResolveResult<'_>) -> bool {
    match ns {
        ResolveResult::Bound(ns) => KNOWN_NAMESPACES.iter().any(|k| k.as_bytes() == ns.0),
        // Tolerate badges whose baker forgot to declare the prefix.
        ResolveResult::Unknown(prefix) => prefix == OB_PREFIX.as_bytes(),
        ResolveResult::Unbound => false,
    }
}

/// Only `&lt;`-style predefined entities and character references exist without a DTD.
pub(super) fn resolve_reference(r: &BytesRef<'_>) -> Result<String, BakeError> {
    if let Some(c) = r.resolve_char_ref().map_err(xml_error)? {
        return Ok(c.to_string());
    }
    let name = r.decode().map_err(xml_error)?;
    quick_xml::escape::resolve_predefined_entity(&name)
        .map(str::to_owned)
        .ok_or_else(|| BakeError::MalformedSvg(format!("undefined entity &{name};")))
}

#[derive(Default)]
pub(super) struct ScanState {
    pub(super) root: Option<RootTag>,
    pub(super) depth: usize,
    pub(super) found: Vec<Found>,
    pub(super) open: Option<OpenElement>,
    pub(super) script: Option<String>,
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

pub(super) fn root_tag(
    e: &BytesStart<'_>,
    span: Range<usize>,
    empty: bool,
) -> Result<RootTag, BakeError> {
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

pub(super) fn utf8(bytes: &[u8]) -> Result<String, BakeError> {
    std::str::from_utf8(bytes)
        .map(str::to_owned)
        .map_err(xml_error)
}

pub(super) fn payload_keyword(e: &BytesStart<'_>, ob_namespace: bool) -> Option<PngKeyword> {
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
pub(super) fn attribute(e: &BytesStart<'_>, name: &[u8]) -> Result<Option<String>, BakeError> {
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
pub(super) const SCRIPT_ELEMENTS: [&str; 4] = ["script", "iframe", "embed", "object"];

/// Describe the first script-like construct of an element: a script element, an `on*`
/// event-handler attribute, an animation targeting one, or a `javascript:`-style URL.
pub(super) fn script_in(e: &BytesStart<'_>) -> Result<Option<String>, BakeError> {
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
pub(super) fn is_script_url(value: &str) -> bool {
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
