//! Known-answer tests for canonicalization (RDFC-1.0 N-Quads), byte for byte.

use citybadges_credentials::canon::{self, CanonError, Canonicalizer, ContextLoader};
use serde_json::{json, Value};

fn testdata(name: &str) -> String {
    let path = format!("{}/testdata/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).expect(&path)
}

fn json(name: &str) -> Value {
    serde_json::from_str(&testdata(name)).expect(name)
}

#[test]
fn ob3_vector_document_matches_reference() {
    let mut doc = json("ob3-vector-signed.json");
    doc.as_object_mut().expect("object").remove("proof");
    assert_eq!(
        canon::canonicalize(&doc).expect("canon"),
        testdata("document-canon.txt")
    );
    let unsigned = json("ob3-vector-unsigned.json");
    assert_eq!(
        canon::canonicalize(&unsigned).expect("canon"),
        testdata("document-canon.txt")
    );
}

#[test]
fn complete_example_matches_jsonld_js() {
    let doc = json("full_ex.json");
    assert_eq!(
        canon::canonicalize(&doc).expect("canon"),
        testdata("full_ex.canon.nq")
    );
}

#[test]
fn unknown_context_is_an_error_not_a_fetch() {
    let doc = json!({
        "@context": ["https://www.w3.org/ns/credentials/v2", "https://example.com/ctx.json"],
        "type": "VerifiableCredential"
    });
    match canon::canonicalize(&doc) {
        Err(CanonError::UnknownContext(url)) => assert_eq!(url, "https://example.com/ctx.json"),
        other => panic!("expected UnknownContext, got {other:?}"),
    }
}

#[test]
fn registered_contexts_are_served() {
    let loader = ContextLoader::bundled().with_context(
        "https://example.com/ctx.json",
        r#"{"@context": {"nick": "https://example.com/vocab#nick"}}"#,
    );
    let doc = json!({
        "@context": "https://example.com/ctx.json",
        "@id": "https://example.com/alice",
        "nick": "al"
    });
    let nq = Canonicalizer::new(loader)
        .canonicalize(&doc)
        .expect("canon");
    assert_eq!(
        nq,
        "<https://example.com/alice> <https://example.com/vocab#nick> \"al\" .\n"
    );
}

/// Every `testdata/canon/NAME.json` canonicalizes to `NAME.nq`, produced by jsonld.js.
#[test]
fn fixtures_match_jsonld_js() {
    let dir = format!("{}/testdata/canon", env!("CARGO_MANIFEST_DIR"));
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).expect("canon dir") {
        let path = entry.expect("entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("json") {
            continue;
        }
        let doc: Value =
            serde_json::from_str(&std::fs::read_to_string(&path).expect("read")).expect("json");
        let expected = std::fs::read_to_string(path.with_extension("nq")).expect("nq");
        let actual = canon::canonicalize(&doc).expect("canon");
        assert_eq!(actual, expected, "{}", path.display());
        checked += 1;
    }
    assert!(checked >= 4, "fixtures found: {checked}");
}

/// oxjsonld 0.2 keeps only the last of several type-scoped contexts (jsonld.js keeps all: here
/// it keeps `addressCountry` from `Address` next to `Profile`), so such nodes are refused.
#[test]
fn several_scoped_types_on_one_node_are_refused() {
    let doc = json!({
        "@context": [
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
        ],
        "id": "urn:example:1",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": "https://example.org/i", "type": ["Profile", "Address", "Profile"],
                   "addressCountry": "FR"},
        "credentialSubject": {"type": ["AchievementSubject"]}
    });
    match canon::canonicalize(&doc) {
        Err(CanonError::SeveralScopedTypes(names)) => assert_eq!(names, "Address, Profile"),
        other => panic!("expected SeveralScopedTypes, got {other:?}"),
    }
}

/// `undefined_terms` finds what jsonld.js safe mode reports for the same documents.
#[test]
fn undefined_terms_agree_with_jsonld_js_safe_mode() {
    let expected: &[(&str, &[&str])] = &[
        ("full_ex.json", &[]),
        ("ob3-vector-unsigned.json", &[]),
        ("canon/did-document.json", &[]),
        ("canon/ob2-assertion.json", &[]),
        (
            "canon/ob3-rich.json",
            &["1EdTechJsonSchemaValidator2019", "unknownTopLevelTerm"],
        ),
        (
            "canon/data-integrity-proof.json",
            &["active", "age", "big", "ratio", "score"],
        ),
    ];
    for (name, terms) in expected {
        let found = canon::shared().undefined_terms(&json(name)).expect(name);
        assert_eq!(&found, terms, "{name}");
    }
}

/// Two blank nodes that look alike need RDFC's "Hash N-Degree Quads"; a low cap stops it.
#[test]
fn the_rdfc_work_cap_is_enforced() {
    let doc = json!({
        "@id": "urn:example:s",
        "urn:example:p": [{"urn:example:q": "a"}, {"urn:example:q": "a"}]
    });
    let expected = "<urn:example:s> <urn:example:p> _:c14n0 .\n\
                    <urn:example:s> <urn:example:p> _:c14n1 .\n\
                    _:c14n0 <urn:example:q> \"a\" .\n\
                    _:c14n1 <urn:example:q> \"a\" .\n";
    assert_eq!(canon::canonicalize(&doc).expect("canon"), expected);
    let capped = Canonicalizer::default().with_hndq_call_limit(Some(1));
    assert!(matches!(
        capped.canonicalize(&doc),
        Err(CanonError::TooComplex(_))
    ));
}

/// The checked form reads documents with the undefined-terms context appended: for documents
/// without undefined terms, the output must not change by a byte.
#[test]
fn checked_canonicalization_is_identical_on_clean_documents() {
    let canon = canon::shared();
    let clean = [
        ("full_ex.json", "full_ex.canon.nq"),
        ("ob3-vector-unsigned.json", "document-canon.txt"),
        ("canon/did-document.json", "canon/did-document.nq"),
        ("canon/ob2-assertion.json", "canon/ob2-assertion.nq"),
    ];
    for (doc, nq) in clean {
        let checked = canon.canonicalize_checked(&json(doc)).expect(doc);
        assert_eq!(checked, testdata(nq), "{doc}");
    }
    for doc in ["canon/ob3-rich.json", "canon/data-integrity-proof.json"] {
        assert!(matches!(
            canon.canonicalize_checked(&json(doc)),
            Err(CanonError::UndefinedTerms(_))
        ));
    }
}
