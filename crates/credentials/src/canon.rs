//! JSON-LD document → RDF dataset → RDFC-1.0 canonical N-Quads.
//!
//! `oxjsonld` turns JSON-LD into quads, `rdf-canon` labels the blank nodes (RDFC-1.0, SHA-256)
//! and serializes. Contexts are served from memory only (see [`ContextLoader`]): an unknown
//! context URL is an error, never a network fetch.
//!
//! Speed: processing the large VC 2.0 + OB 3.0 contexts is ~95% of the work for a credential, so
//! each [`Canonicalizer`] keeps a size-capped cache of processed contexts (the vendored oxjsonld,
//! `vendor/oxjsonld/PATCHES.md`); the cache belongs to one loader, as its keys assume.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::error::Error as StdError;
use std::sync::{Arc, Mutex, OnceLock};

use oxjsonld::{JsonLdContextCache, JsonLdParser, JsonLdRemoteDocument};
use oxrdf::Dataset;
use rdf_canon::{CanonicalizationError, CanonicalizationOptions};
use serde_json::Value;

/// Cap on RDFC-1.0 "Hash N-Degree Quads" calls, so a crafted ("poison") graph cannot make
/// verification run for ever. Credentials need a handful; the spec's complete example ~10.
pub const DEFAULT_HNDQ_CALL_LIMIT: usize = 4_000;

/// The work one canonicalization may do, in "Hash N-Degree Quads" calls times quads that touch a
/// blank node (what each call hashes over): a graph of N blank nodes all pointing at each other
/// makes every call cost about N² quads, so a call cap alone lets N = 80 take seconds. With this
/// budget the worst such graph stops in about 0.1 s on one core (BENCHMARKS.md), while real
/// credentials, whose blank nodes hash apart at once, make no such calls at all.
pub const HNDQ_WORK_BUDGET: usize = 50_000;

/// Most quads in one document: credentials have tens to a few hundred (a large transcript a few
/// thousand); beyond this, hashing alone is work no verifier should do for an anonymous caller.
pub const MAX_QUADS: usize = 20_000;

/// Most JSON values (objects, array items, strings…) in one document, checked before JSON-LD
/// processing, which is itself work in proportion: a credential holds a few hundred.
pub const MAX_JSON_VALUES: usize = 20_000;

/// How many JSON values `v` holds, counting up to `cap` (then stopping).
fn json_values(v: &Value, cap: usize) -> usize {
    let mut count = 0;
    let mut stack = vec![v];
    while let Some(v) = stack.pop() {
        count += 1;
        if count > cap {
            break;
        }
        match v {
            Value::Array(items) => stack.extend(items),
            Value::Object(map) => stack.extend(map.values()),
            _ => {}
        }
    }
    count
}

#[derive(Debug, thiserror::Error)]
pub enum CanonError {
    #[error("JSON-LD context {0} is not available offline (only bundled or registered contexts are served)")]
    UnknownContext(String),
    #[error("invalid JSON-LD: {0}")]
    JsonLd(String),
    #[error("RDF canonicalization failed: {0}")]
    Rdfc(#[from] CanonicalizationError),
    #[error("not JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// oxjsonld 0.2 applies only the last of several type-scoped contexts on one node, where
    /// JSON-LD 1.1 (and jsonld.js) applies them all; refused rather than silently different.
    #[error("a node has several types with scoped contexts ({0}); not supported")]
    SeveralScopedTypes(String),
    /// The document needs more work than a verifier does for anyone (see [`HNDQ_WORK_BUDGET`],
    /// [`MAX_QUADS`]).
    #[error("the document is too complex to canonicalize: {0}")]
    TooComplex(String),
    /// From [`Canonicalizer::canonicalize_checked`]: terms JSON-LD would drop.
    #[error("terms not defined by the document's contexts (JSON-LD drops them): {0:?}")]
    UndefinedTerms(Vec<String>),
}

/// Serves JSON-LD context documents from memory: the bundled ones plus any registered.
#[derive(Debug, Clone)]
pub struct ContextLoader {
    extra: HashMap<String, Arc<str>>,
    /// Terms defined with a scoped `@context` in any served context (see `SeveralScopedTypes`).
    scoped_terms: HashSet<String>,
}

impl Default for ContextLoader {
    fn default() -> Self {
        Self::bundled()
    }
}

impl ContextLoader {
    /// A loader that serves the bundled contexts ([`crate::contexts`]).
    pub fn bundled() -> Self {
        static BUNDLED: OnceLock<HashSet<String>> = OnceLock::new();
        let scoped_terms = BUNDLED.get_or_init(|| {
            let mut terms = HashSet::new();
            for url in crate::contexts::urls() {
                collect_scoped_terms(crate::contexts::document(url).unwrap_or("{}"), &mut terms);
            }
            terms
        });
        Self {
            extra: HashMap::new(),
            scoped_terms: scoped_terms.clone(),
        }
    }

    /// Also serve `document` (a JSON-LD context file) for `url`; overrides a bundled one.
    pub fn with_context(mut self, url: impl Into<String>, document: impl Into<Arc<str>>) -> Self {
        let document = document.into();
        collect_scoped_terms(&document, &mut self.scoped_terms);
        self.extra.insert(url.into(), document);
        self
    }

    /// The document served for `url`, if any.
    pub fn get(&self, url: &str) -> Option<&str> {
        self.extra
            .get(url)
            .map(|d| &**d)
            .or_else(|| crate::contexts::document(url))
    }
}

/// Adds the terms of a context file whose definitions carry their own `@context`.
fn collect_scoped_terms(document: &str, terms: &mut HashSet<String>) {
    fn walk(context: &Value, terms: &mut HashSet<String>) {
        match context {
            Value::Array(items) => items.iter().for_each(|c| walk(c, terms)),
            Value::Object(definitions) => {
                for (term, definition) in definitions {
                    if let Some(scoped) = definition.get("@context") {
                        terms.insert(term.clone());
                        walk(scoped, terms);
                    }
                }
            }
            _ => {}
        }
    }
    // Malformed files are reported by the JSON-LD parser when used.
    if let Ok(json) = serde_json::from_str::<Value>(document) {
        walk(&json["@context"], terms);
    }
}

/// The base URL reported for every served context. oxjsonld counts a term definition's base URL
/// when a protected term is redefined, so the identical `DataIntegrityProof` of the VC 2.0 and
/// Data Integrity 2.0 contexts would clash if each kept its own URL; jsonld.js (the reference)
/// accepts it. The bundled contexts hold no relative IRI, so one shared base changes nothing else.
const SERVED_BASE_URL: &str = "https://www.w3.org/ns/credentials/v2";

/// Canonicalizes JSON-LD documents; cheap to share across threads (`Send + Sync`).
#[derive(Clone)]
pub struct Canonicalizer {
    loader: Arc<ContextLoader>,
    contexts: JsonLdContextCache,
    hndq_call_limit: Option<usize>,
}

/// Processed contexts kept per canonicalizer: enough for every bundled context and the scoped
/// contexts they define, small enough that hostile documents cannot grow it without bound.
const CONTEXT_CACHE_ENTRIES: usize = 4_096;

impl std::fmt::Debug for Canonicalizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Canonicalizer")
            .field("loader", &self.loader)
            .field("hndq_call_limit", &self.hndq_call_limit)
            .finish_non_exhaustive()
    }
}

impl Default for Canonicalizer {
    fn default() -> Self {
        Self::new(ContextLoader::bundled())
    }
}

impl Canonicalizer {
    pub fn new(loader: ContextLoader) -> Self {
        Self {
            loader: Arc::new(loader),
            contexts: JsonLdContextCache::new(CONTEXT_CACHE_ENTRIES),
            hndq_call_limit: Some(DEFAULT_HNDQ_CALL_LIMIT),
        }
    }

    /// Changes the RDFC-1.0 work cap (`None`: unlimited; only for trusted input).
    pub fn with_hndq_call_limit(mut self, limit: Option<usize>) -> Self {
        self.hndq_call_limit = limit;
        self
    }

    /// Canonical N-Quads of a JSON-LD document.
    pub fn canonicalize(&self, document: &Value) -> Result<String, CanonError> {
        self.rdfc(&self.to_dataset(document)?)
    }

    /// RDFC-1.0 (SHA-256) of a dataset, as canonical N-Quads, within the work budget.
    fn rdfc(&self, dataset: &Dataset) -> Result<String, CanonError> {
        if dataset.len() > MAX_QUADS {
            return Err(CanonError::TooComplex(format!(
                "{} statements (at most {MAX_QUADS})",
                dataset.len()
            )));
        }
        let blank_quads = dataset
            .iter()
            .filter(|q| {
                q.subject.is_blank_node()
                    || q.object.is_blank_node()
                    || matches!(q.graph_name, oxrdf::GraphNameRef::BlankNode(_))
            })
            .count()
            .max(1);
        let budget = (HNDQ_WORK_BUDGET / blank_quads).max(16);
        let limit = self.hndq_call_limit.map(|l| l.min(budget));
        let options = CanonicalizationOptions {
            hndq_call_limit: limit,
        };
        rdf_canon::canonicalize_with::<sha2::Sha256>(dataset, &options).map_err(|e| match e {
            CanonicalizationError::HndqCallLimitExceeded(_) => CanonError::TooComplex(format!(
                "its {blank_quads} statements about unnamed nodes are too alike to order"
            )),
            other => CanonError::Rdfc(other),
        })
    }

    /// Like [`Canonicalizer::canonicalize`], but refuses a document with terms that JSON-LD
    /// would drop (jsonld.js "safe mode"), at no extra cost: the document is read with the
    /// VC 2.0 undefined-terms context appended, which maps each such term to
    /// `https://www.w3.org/ns/credentials/undefined-term#TERM` and changes nothing else, so when
    /// no such IRI comes out the dataset is the document's own. Values that are relative IRIs
    /// (also dropped) are not detected.
    pub fn canonicalize_checked(&self, document: &Value) -> Result<String, CanonError> {
        let probe = with_undefined_terms_context(document);
        let dataset = self.to_dataset(probe.as_ref().unwrap_or(document))?;
        let undefined = undefined_terms_in(&dataset);
        if !undefined.is_empty() {
            return Err(CanonError::UndefinedTerms(undefined));
        }
        self.rdfc(&dataset)
    }

    /// The terms of `document` that JSON-LD would drop (see [`Self::canonicalize_checked`]).
    pub fn undefined_terms(&self, document: &Value) -> Result<Vec<String>, CanonError> {
        match with_undefined_terms_context(document) {
            Some(probe) => Ok(undefined_terms_in(&self.to_dataset(&probe)?)),
            None => Ok(Vec::new()),
        }
    }

    /// The RDF dataset of a JSON-LD document (JSON-LD 1.1 "deserialize to RDF").
    pub fn to_dataset(&self, document: &Value) -> Result<Dataset, CanonError> {
        if json_values(document, MAX_JSON_VALUES) > MAX_JSON_VALUES {
            return Err(CanonError::TooComplex(format!(
                "more than {MAX_JSON_VALUES} JSON values"
            )));
        }
        self.check_scoped_types(document)?;
        let json = serde_json::to_vec(document)?;
        let loader = Arc::clone(&self.loader);
        // The callback records the URL it could not serve, to report it as UnknownContext.
        let unknown = Arc::new(Mutex::new(None::<String>));
        let unknown_in_callback = Arc::clone(&unknown);
        let parser = JsonLdParser::new()
            .with_context_cache(self.contexts.clone())
            .for_slice(&json)
            .with_load_document_callback(move |url, _| load(&loader, url, &unknown_in_callback));
        let mut dataset = Dataset::new();
        for quad in parser {
            let quad = quad.map_err(|e| {
                let unknown = unknown.lock().map(|mut u| u.take()).unwrap_or_default();
                unknown.map_or_else(
                    || CanonError::JsonLd(e.to_string()),
                    CanonError::UnknownContext,
                )
            })?;
            dataset.insert(&to_canon_quad(quad));
        }
        Ok(dataset)
    }

    /// Refuses nodes with two or more types that have scoped contexts (`SeveralScopedTypes`).
    fn check_scoped_types(&self, value: &Value) -> Result<(), CanonError> {
        match value {
            Value::Array(items) => items.iter().try_for_each(|v| self.check_scoped_types(v)),
            Value::Object(node) => {
                let scoped: BTreeSet<&str> = ["type", "@type"]
                    .iter()
                    .filter_map(|key| node.get(*key))
                    .flat_map(|types| match types {
                        Value::Array(items) => items.iter().collect(),
                        single => vec![single],
                    })
                    .filter_map(Value::as_str)
                    .filter(|t| self.loader.scoped_terms.contains(*t))
                    .collect();
                if scoped.len() > 1 {
                    let names: Vec<&str> = scoped.into_iter().collect();
                    return Err(CanonError::SeveralScopedTypes(names.join(", ")));
                }
                node.values().try_for_each(|v| self.check_scoped_types(v))
            }
            _ => Ok(()),
        }
    }
}

fn load(
    loader: &ContextLoader,
    url: &str,
    unknown: &Mutex<Option<String>>,
) -> Result<JsonLdRemoteDocument, Box<dyn StdError + Send + Sync>> {
    let Some(document) = loader.get(url) else {
        if let Ok(mut slot) = unknown.lock() {
            slot.get_or_insert_with(|| url.to_owned());
        }
        return Err(format!("no bundled or registered context for {url}").into());
    };
    Ok(JsonLdRemoteDocument {
        document: document.as_bytes().to_vec(),
        document_url: SERVED_BASE_URL.to_owned(),
    })
}

const UNDEFINED_TERM_PREFIX: &str = "https://www.w3.org/ns/credentials/undefined-term#";

/// `document` with the undefined-terms context appended to its `@context`; `None` when it has
/// no `@context` or already uses that context (its undefined terms are then mapped and signed).
fn with_undefined_terms_context(document: &Value) -> Option<Value> {
    let mut contexts = match document.get("@context")? {
        Value::Array(items) => items.clone(),
        single => vec![single.clone()],
    };
    let undefined_terms = Value::from(crate::contexts::UNDEFINED_TERMS_V2);
    if contexts.contains(&undefined_terms) {
        return None;
    }
    contexts.push(undefined_terms);
    let mut probe = document.clone();
    probe["@context"] = Value::Array(contexts);
    Some(probe)
}

/// The local names of the undefined-term IRIs used as predicates or objects.
fn undefined_terms_in(dataset: &Dataset) -> Vec<String> {
    let mut terms = BTreeSet::new();
    for quad in dataset.iter() {
        let object = match quad.object {
            oxrdf::TermRef::NamedNode(n) => Some(n.as_str()),
            _ => None,
        };
        for iri in [Some(quad.predicate.as_str()), object]
            .into_iter()
            .flatten()
        {
            if let Some(term) = iri.strip_prefix(UNDEFINED_TERM_PREFIX) {
                terms.insert(term.to_owned());
            }
        }
    }
    terms.into_iter().collect()
}

/// oxjsonld's quad (oxrdf 0.3) as rdf-canon's (oxrdf 0.2); both keep terms as plain strings.
fn to_canon_quad(q: oxrdf03::Quad) -> oxrdf::Quad {
    let subject: oxrdf::Subject = match q.subject {
        oxrdf03::NamedOrBlankNode::NamedNode(n) => named(n).into(),
        oxrdf03::NamedOrBlankNode::BlankNode(b) => blank(b).into(),
    };
    let object: oxrdf::Term = match q.object {
        oxrdf03::Term::NamedNode(n) => named(n).into(),
        oxrdf03::Term::BlankNode(b) => blank(b).into(),
        oxrdf03::Term::Literal(l) => literal(l.as_ref()).into(),
    };
    let graph = match q.graph_name {
        oxrdf03::GraphName::NamedNode(n) => named(n).into(),
        oxrdf03::GraphName::BlankNode(b) => blank(b).into(),
        oxrdf03::GraphName::DefaultGraph => oxrdf::GraphName::DefaultGraph,
    };
    oxrdf::Quad::new(subject, named(q.predicate), object, graph)
}

fn named(n: oxrdf03::NamedNode) -> oxrdf::NamedNode {
    oxrdf::NamedNode::new_unchecked(n.into_string())
}

fn blank(b: oxrdf03::BlankNode) -> oxrdf::BlankNode {
    oxrdf::BlankNode::new_unchecked(b.into_string())
}

fn literal(l: oxrdf03::LiteralRef<'_>) -> oxrdf::Literal {
    if let Some(language) = l.language() {
        oxrdf::Literal::new_language_tagged_literal_unchecked(l.value(), language)
    } else {
        let datatype = oxrdf::NamedNode::new_unchecked(l.datatype().as_str());
        oxrdf::Literal::new_typed_literal(l.value(), datatype)
    }
}

/// A process-wide canonicalizer over the bundled contexts.
pub fn shared() -> &'static Canonicalizer {
    static SHARED: OnceLock<Canonicalizer> = OnceLock::new();
    SHARED.get_or_init(Canonicalizer::default)
}

/// Canonical N-Quads of `document`, with the bundled contexts only.
pub fn canonicalize(document: &Value) -> Result<String, CanonError> {
    shared().canonicalize(document)
}
