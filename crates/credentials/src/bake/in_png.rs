//! PNG: the payload in an `iTXt` chunk before `IEND`, chunks walked with bounds and CRC checks.

use super::*;
use std::borrow::Cow;
use std::io::Read;

/// One PNG chunk, borrowed from the file. `raw` spans length, type, data and CRC.
pub(super) struct Chunk<'a> {
    pub(super) kind: [u8; 4],
    pub(super) data: &'a [u8],
    pub(super) raw: &'a [u8],
}

/// Walk the whole chunk list, from `IHDR` to `IEND`, checking bounds and every CRC. Only
/// lengths are read from image data chunks: nothing is ever decompressed here.
pub(super) fn read_chunks(png: &[u8]) -> Result<Vec<Chunk<'_>>, BakeError> {
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

pub(super) fn read_chunk(buf: &[u8]) -> Result<(Chunk<'_>, &[u8]), BakeError> {
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

pub(super) fn write_chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
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
pub(super) fn text_keyword(data: &[u8]) -> &[u8] {
    data.split(|&b| b == 0).next().unwrap_or_default()
}

/// Any text chunk that carries Open Badges data of any version, including the legacy
/// OB 1.0 `tEXt:openbadges` URL. These are all dropped when baking.
pub(super) fn is_badge_chunk(chunk: &Chunk<'_>) -> bool {
    matches!(&chunk.kind, b"iTXt" | b"tEXt" | b"zTXt")
        && PngKeyword::from_bytes(text_keyword(chunk.data)).is_some()
}

/// Uncompressed `iTXt` data: keyword, NUL, compression flag 0, method 0, empty language tag,
/// NUL, empty translated keyword, NUL, then the UTF-8 text.
pub(super) fn itxt_data(keyword: PngKeyword, text: &str) -> Vec<u8> {
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

pub(super) fn split_nul(bytes: &[u8]) -> Result<(&[u8], &[u8]), BakeError> {
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
pub(super) fn itxt_text(data: &[u8]) -> Result<String, BakeError> {
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
pub(super) fn inflate_capped(compressed: &[u8]) -> Result<Vec<u8>, BakeError> {
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
