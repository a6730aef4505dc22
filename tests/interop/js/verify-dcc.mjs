#!/usr/bin/env node
// Open Badges 3.0 / VC verification with the Digital Credentials Consortium
// verifier, @digitalcredentials/verifier-core (the verifier behind the Learner
// Credential Wallet and VerifierPlus), run exactly through its public API:
//
//   verifyCredential({credential, knownDIDRegistries})
//
// node verify-dcc.mjs --credential <path-or-http-url>
//   [--allow-origin http://127.0.0.1:PORT ...] [--registries registries.json]
//
// Prints one JSON object on stdout:
//   {"verified","proof","revoked","expired","registryKnown","schemaValid",
//    "errors","log","additionalInformation","libraryErrors","requests",
//    "signatureDiagnostic"}
// Exit 0 iff the signature verified, not expired, not revoked (nor
// suspended) and, when credentialStatus is present, the status check
// concluded; 1 otherwise; 2 on usage/setup errors.
//
// verifier-core takes no document loader: it builds one at import time,
// `securityLoader({fetchRemoteContexts: true}).build()` from
// @digitalcredentials/security-document-loader, whose http(s) handler is
// @digitalcredentials/http-client (ky -> globalThis.fetch). Its OB schema
// check and issuer-registry client also call globalThis.fetch. So the one
// hook is `globalThis.fetch`, installed before verifier-core is imported
// (see offlineFetch below). Nothing is rewritten: the credential is passed as
// loaded, and documents from --allow-origin are the server's bytes.
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));

// verifier-core and issuer-registry-client report some failures with
// console.log; stdout is reserved for the single JSON answer.
for(const m of ['log', 'info', 'debug', 'warn']) {
  console[m] = (...a) => console.error(...a);
}

const USAGE = `usage: node verify-dcc.mjs --credential <path-or-http-url>
       [--allow-origin <origin> ...] [--registries <registries.json>]`;

// The OB 3.0 schema verifier-core's schema check fetches for a VC 2.0
// OpenBadgeCredential, served from the repo's copy of 1EdTech's schema.
const OB_SCHEMA_URL = 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/' +
  'ob_v3p0_achievementcredential_schema.json';
const OB_SCHEMA_FILE =
  path.join(HERE, 'ob_v3p0_achievementcredential_schema.json');

class UsageError extends Error {}

function emptyOut() {
  return {
    verified: false, proof: null, revoked: null, expired: null,
    registryKnown: null, schemaValid: null, errors: [], log: null,
    additionalInformation: null, libraryErrors: null, requests: [],
    signatureDiagnostic: null
  };
}

function emit(obj, code) {
  process.stdout.write(JSON.stringify(obj, errorReplacer) + '\n',
    () => process.exit(code));
}

// Error objects in the library's result (stackTrace) -> plain JSON.
function errorReplacer(_key, value) {
  if(value instanceof Error) {
    const o = {name: value.name, message: value.message};
    for(const k of ['requestUrl', 'status', 'code']) {
      if(value[k] !== undefined) {
        o[k] = value[k];
      }
    }
    if(value.cause) {
      o.cause = value.cause;
    }
    if(Array.isArray(value.errors)) {
      o.errors = value.errors;
    }
    return o;
  }
  return value;
}

function parseArgs(argv) {
  const opts = {allowOrigins: []};
  for(let i = 0; i < argv.length; ++i) {
    const a = argv[i];
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const name = eq === -1 ? a : a.slice(0, eq);
    const value = () => {
      if(eq !== -1) {
        return a.slice(eq + 1);
      }
      const v = argv[++i];
      if(v === undefined || v.startsWith('--')) {
        throw new UsageError(`missing value for ${a}`);
      }
      return v;
    };
    switch(name) {
      case '--credential': opts.credential = value(); break;
      case '--allow-origin': opts.allowOrigins.push(value()); break;
      case '--registries': opts.registries = value(); break;
      case '-h': case '--help': throw new UsageError('help');
      default: throw new UsageError(`unknown argument: ${a}`);
    }
  }
  if(!opts.credential) {
    throw new UsageError('--credential is required');
  }
  for(const o of opts.allowOrigins) {
    if(!/^https?:\/\/[^/]+/.test(o)) {
      throw new UsageError(`--allow-origin must be an http(s) URL: ${o}`);
    }
  }
  return opts;
}

// Unreadable file: usage error (exit 2). Not JSON: usage error for option
// files, a plain error (exit 1, like verify-ob3.mjs) for the credential.
function readJsonFile(p, what, {badJsonIsUsage = true} = {}) {
  let text;
  try {
    text = fs.readFileSync(p, 'utf8');
  } catch(e) {
    throw new UsageError(`cannot read ${what} ${p}: ${e.message}`);
  }
  try {
    return JSON.parse(text);
  } catch(e) {
    const msg = `${what} ${p} is not JSON: ${e.message}`;
    throw badJsonIsUsage ? new UsageError(msg) : new Error(msg);
  }
}

/**
 * The network hook. Replaces globalThis.fetch for everything verifier-core
 * and its dependencies request:
 *  - a JSON-LD context known to lib.mjs's CONTEXTS (the npm context
 *    packages in package.json) -> 200 application/ld+json with that
 *    context, never fetched (security-document-loader already has most
 *    contexts built in; it fetches only the ones it lacks, e.g.
 *    https://w3id.org/security/multikey/v1 and https://w3id.org/security/v2);
 *  - OB_SCHEMA_URL -> 200 application/json with the repo's copy;
 *  - a URL under an --allow-origin -> a plain GET through the real fetch
 *    (redirects followed only while they stay allowed), response unchanged;
 *  - anything else -> TypeError("blocked: URL"), like a network failure.
 * Every request is recorded in `requests` ({url, served}).
 */
function installFetchHook({contexts, allowOrigins, isAllowed, requests}) {
  const realFetch = globalThis.fetch;
  const json = (body, type) => new Response(body, {
    status: 200, headers: {'content-type': type}
  });
  globalThis.fetch = async function offlineFetch(input, init) {
    const req = new Request(input, init);
    const url = req.url;
    const method = req.method.toUpperCase();
    if(method === 'GET' && contexts.has(url)) {
      requests.push({url, served: 'context'});
      return json(JSON.stringify(contexts.get(url)), 'application/ld+json');
    }
    if(method === 'GET' && url === OB_SCHEMA_URL) {
      requests.push({url, served: 'schema'});
      return json(fs.readFileSync(OB_SCHEMA_FILE), 'application/json');
    }
    if((method === 'GET' || method === 'HEAD') && isAllowed(url, allowOrigins)) {
      let current = url;
      for(let hop = 0; hop < 6; ++hop) {
        if(!isAllowed(current, allowOrigins)) {
          break;
        }
        requests.push({url: current, served: 'origin'});
        const res = await realFetch(current, {
          method, headers: req.headers, redirect: 'manual', signal: req.signal
        });
        const loc = res.headers.get('location');
        if(res.status >= 300 && res.status < 400 && loc) {
          current = new URL(loc, current).href;
          continue;
        }
        return res;
      }
      requests.push({url: current, served: 'blocked'});
      throw new TypeError(`blocked: ${current} (redirect)`);
    }
    requests.push({url, served: 'blocked'});
    throw new TypeError(`blocked: ${url}`);
  };
  return realFetch;
}

const SIGNATURE_ERRORS = new Set([
  'invalid_signature', 'http_error_with_signature_check', 'did_web_unresolved'
]);

function interpret(credential, result, out) {
  out.log = result.log ?? null;
  out.additionalInformation = result.additionalInformation ?? null;
  out.libraryErrors = result.errors ?? null;
  const log = result.log ?? [];
  const step = id => log.find(e => e.id === id);

  for(const e of result.errors ?? []) {
    out.errors.push(`${e.name ?? 'error'}: ${e.message}`);
  }

  const sig = step('valid_signature');
  if(sig && typeof sig.valid === 'boolean') {
    out.proof = sig.valid;
  } else if((result.errors ?? []).some(e => SIGNATURE_ERRORS.has(e.name) ||
    e.name === 'jsonld.ValidationError')) {
    out.proof = false;
  }
  if(out.proof === false && !out.errors.some(e => /signature/.test(e))) {
    out.errors.push('proof: not verified');
  }

  const exp = step('expiration');
  if(exp && typeof exp.valid === 'boolean') {
    out.expired = !exp.valid;
    if(out.expired) {
      out.errors.push('expiration: credential has expired' +
        (credential.validUntil ? ` (validUntil ${credential.validUntil})` :
          credential.expirationDate ?
            ` (expirationDate ${credential.expirationDate})` : ''));
    }
  }

  const hasStatus = credential.credentialStatus !== undefined;
  let statusOk = !hasStatus;
  const rev = step('revocation_status');
  if(rev) {
    if(typeof rev.valid === 'boolean') {
      out.revoked = !rev.valid;
      statusOk = true;
      if(out.revoked) {
        out.errors.push('status: credential is revoked');
      }
    } else if(rev.error) {
      out.errors.push(`status: ${rev.error.name}: ${rev.error.message}`);
    }
  }
  const susp = step('suspension_status');
  const suspended = susp?.valid === false;
  if(susp) {
    statusOk = statusOk || typeof susp.valid === 'boolean';
    if(suspended) {
      out.errors.push('status: credential is suspended');
    }
  }
  if(hasStatus && !statusOk && out.proof === true &&
    !out.errors.some(e => e.startsWith('status: '))) {
    out.errors.push('status: not checked');
  }

  // Registry membership is reported, never a failure (see README).
  const reg = step('registered_issuer');
  if(reg) {
    out.registryKnown = reg.valid === true;
  }

  const schema = (result.additionalInformation ?? [])
    .find(e => e.id === 'schema_check');
  if(schema && Array.isArray(schema.results)) {
    out.schemaValid = schema.results.every(r => r.result?.valid === true);
  }

  out.verified = out.proof === true && out.expired === false &&
    out.revoked !== true && !suspended && statusOk &&
    !(result.errors ?? []).length;
}

/**
 * verifier-core turns every non-HTTP, non-JSON-LD signature failure into
 * "invalid_signature" and drops the cause. Only in that case, re-run the
 * library's own inner call (same @digitalcredentials/vc verifyCredential,
 * same suite and the same securityLoader({fetchRemoteContexts: true})
 * loader, through the same fetch hook) to report the underlying error, e.g.
 * 'Unsupported key type "Profile".'. Informational only: it never changes
 * `verified`.
 */
async function diagnoseSignature(credential) {
  const [{securityLoader}, vc, {DataIntegrityProof},
    {cryptosuite}] = await Promise.all([
    import('@digitalcredentials/security-document-loader'),
    import('@digitalcredentials/vc'),
    import('@digitalcredentials/data-integrity'),
    import('@digitalcredentials/eddsa-rdfc-2022-cryptosuite')
  ]);
  const r = await vc.verifyCredential({
    credential: structuredClone(credential),
    suite: [new DataIntegrityProof({cryptosuite})],
    documentLoader: securityLoader({fetchRemoteContexts: true}).build(),
    // signature only: the status is not what is being diagnosed
    checkStatus: async () => ({verified: true, results: []}),
    verifyMatchingIssuers: false
  });
  const msgs = [];
  const walk = e => {
    if(!e) {
      return;
    }
    if(Array.isArray(e.errors) && e.errors.length) {
      e.errors.forEach(walk);
      return;
    }
    let m = `${e.name ?? 'Error'}: ${e.message ?? String(e)}`;
    if(e.cause?.message) {
      m += `; cause: ${e.cause.message}`;
    }
    if(!msgs.includes(m)) {
      msgs.push(m);
    }
  };
  for(const res of r.results ?? []) {
    walk(res.error);
  }
  if(!msgs.length) {
    walk(r.error);
  }
  return msgs;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const knownDIDRegistries = opts.registries ?
    readJsonFile(opts.registries, 'registries') : [];
  if(!Array.isArray(knownDIDRegistries)) {
    throw new UsageError('--registries must be a JSON array of registries');
  }

  let lib;
  try {
    lib = await import('./lib.mjs');
  } catch(e) {
    throw new SetupError(e);
  }
  const out = emptyOut();

  // The credential itself is explicit input: loaded before the hook.
  let credential;
  try {
    credential = /^https?:\/\//i.test(opts.credential) ?
      await lib.fetchJson(opts.credential, {
        accept: 'application/vc+ld+json, application/ld+json'
      }) :
      readJsonFile(opts.credential, 'credential', {badJsonIsUsage: false});
  } catch(e) {
    if(e instanceof UsageError) {
      throw e;
    }
    out.errors.push(`cannot load credential: ${e.message}`);
    return {out, code: 1};
  }
  if(!credential || typeof credential !== 'object' ||
    Array.isArray(credential)) {
    out.errors.push('credential is not a JSON object');
    return {out, code: 1};
  }

  installFetchHook({contexts: lib.CONTEXTS, allowOrigins: opts.allowOrigins,
    isAllowed: lib.isAllowed, requests: out.requests});
  let verifyCredential;
  try {
    ({verifyCredential} = await import('@digitalcredentials/verifier-core'));
  } catch(e) {
    throw new SetupError(e);
  }

  const result = await verifyCredential({
    credential: structuredClone(credential), knownDIDRegistries
  });
  interpret(credential, result, out);
  if(out.proof === false &&
    (result.errors ?? []).some(e => e.name === 'invalid_signature')) {
    try {
      out.signatureDiagnostic = await diagnoseSignature(credential);
    } catch(e) {
      out.signatureDiagnostic = [`diagnostic failed: ${e.message}`];
    }
  }
  return {out, code: out.verified ? 0 : 1};
}

class SetupError extends Error {
  constructor(cause) {
    super(`setup: cannot load dependencies (run \`npm ci\` in ${HERE}): ` +
      cause.message);
  }
}

main().then(({out, code}) => emit(out, code), e => {
  const usage = e instanceof UsageError;
  if(usage) {
    process.stderr.write((e.message === 'help' ? '' : e.message + '\n') +
      USAGE + '\n');
  }
  const out = emptyOut();
  out.errors.push(usage ? `usage: ${e.message}` :
    e instanceof SetupError ? e.message : String(e?.stack ?? e));
  emit(out, usage || e instanceof SetupError ? 2 : 1);
});
