use std::io::{Cursor, Read, Write};
use std::time::{Duration, Instant};

use super::in_png::*;
use super::in_svg::*;
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
