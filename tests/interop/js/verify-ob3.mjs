#!/usr/bin/env node
// Independent Open Badges 3.0 verifier (Digital Bazaar stack):
// DataIntegrityProof / eddsa-rdfc-2022 proof, BitstringStatusList revocation,
// OB 3.0 AchievementCredential JSON Schema (draft 2019-09).
//
// node verify-ob3.mjs --credential <path-or-http-url>
//   [--allow-origin http://127.0.0.1:PORT ...] [--docs docs.json]
//   [--schema schema.json] [--lenient-controller]
//
// Prints one JSON object on stdout:
//   {"verified","proof","schemaValid","schemaErrors","revoked","errors"}
// Exit 0 iff proof verified, schema valid and not revoked (and the status
// check, when credentialStatus is present, ran); 1 otherwise; 2 on usage errors.
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));

// Dependencies are imported dynamically so that a missing node_modules gives
// a JSON answer (exit 2) instead of a bare ERR_MODULE_NOT_FOUND stack.
let vc, bslCheckStatus, Ajv2019, addFormats, lib;
try {
  vc = await import('@digitalbazaar/vc');
  ({checkStatus: bslCheckStatus} =
    await import('@digitalbazaar/vc-bitstring-status-list'));
  // ajv and ajv-formats are CommonJS: the default import is the class/plugin
  ({default: Ajv2019} = await import('ajv/dist/2019.js'));
  ({default: addFormats} = await import('ajv-formats'));
  lib = await import('./lib.mjs');
} catch(e) {
  process.stdout.write(JSON.stringify({
    verified: false, proof: false, schemaValid: false, schemaErrors: [],
    revoked: null,
    errors: [`setup: cannot load dependencies (run \`npm ci\` in ${HERE}): ` +
      e.message]
  }) + '\n', () => process.exit(2));
  await new Promise(() => {});
}
const {createDocumentLoader, createVerifySuite, fetchJson} = lib;

const DEFAULT_SCHEMA =
  path.join(HERE, 'ob_v3p0_achievementcredential_schema.json');

const USAGE = `usage: node verify-ob3.mjs --credential <path-or-http-url>
       [--allow-origin <origin> ...] [--docs <docs.json>] [--schema <schema.json>]
       [--lenient-controller]`;

class UsageError extends Error {}

function parseArgs(argv) {
  const opts = {allowOrigins: [], lenientController: false};
  for(let i = 0; i < argv.length; ++i) {
    const a = argv[i];
    const value = () => {
      const eq = a.indexOf('=');
      if(a.startsWith('--') && eq !== -1) {
        return a.slice(eq + 1);
      }
      const v = argv[++i];
      if(v === undefined || v.startsWith('--')) {
        throw new UsageError(`missing value for ${a}`);
      }
      return v;
    };
    const name = a.startsWith('--') && a.includes('=') ?
      a.slice(0, a.indexOf('=')) : a;
    switch(name) {
      case '--credential': opts.credential = value(); break;
      case '--allow-origin': opts.allowOrigins.push(value()); break;
      case '--docs': opts.docs = value(); break;
      case '--schema': opts.schema = value(); break;
      case '--lenient-controller': opts.lenientController = true; break;
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

function readJsonFile(p, what) {
  let text;
  try {
    text = fs.readFileSync(p, 'utf8');
  } catch(e) {
    throw new UsageError(`cannot read ${what} ${p}: ${e.message}`);
  }
  try {
    return JSON.parse(text);
  } catch(e) {
    throw new Error(`${what} ${p} is not JSON: ${e.message}`);
  }
}

async function loadCredential(src) {
  if(/^https?:\/\//i.test(src)) {
    return fetchJson(src, {
      accept: 'application/vc+ld+json, application/ld+json'
    });
  }
  return readJsonFile(src, 'credential');
}

// Flatten an error (jsonld-signatures VerificationError has .errors,
// jsonld safe-mode errors carry .details.event) into readable strings.
function errorStrings(err, out = [], prefix = '') {
  if(!err) {
    return out;
  }
  if(Array.isArray(err.errors) && err.errors.length) {
    for(const e of err.errors) {
      errorStrings(e, out, prefix);
    }
    return out;
  }
  let msg = prefix + (err.message || String(err));
  const ev = err.details?.event;
  if(ev) {
    msg += ` (${ev.code}: ${ev.message} ${JSON.stringify(ev.details ?? {})})`;
  }
  if(err.cause && err.cause !== err) {
    const inner = errorStrings(err.cause, []);
    if(inner.length) {
      msg += `; cause: ${inner.join('; ')}`;
    }
  }
  if(!out.includes(msg)) {
    out.push(msg);
  }
  return out;
}

// JSON-LD compaction turns one-element arrays into single values (e.g.
// "proof": {...}); 1EdTech's schema wants arrays (1EdTech
// openbadges-specification#473, digital-credentials-public-validator#11).
// Like 1EdTech's validator, wrap a single value into an array wherever the
// schema says "type": "array", then validate. Returns the wrapped paths.
function uncompactArrays(schema, root) {
  const wrapped = [];
  const resolve = node => {
    let n = node;
    for(let i = 0; n && typeof n.$ref === 'string' && i < 32; ++i) {
      if(!n.$ref.startsWith('#/')) {
        break;
      }
      n = n.$ref.slice(2).split('/').reduce((o, k) => o?.[
        k.replace(/~1/g, '/').replace(/~0/g, '~')], schema);
    }
    return n;
  };
  const jsType = v => Array.isArray(v) ? 'array' : v === null ? 'null' :
    typeof v === 'number' ? 'number' : typeof v;
  const typeFits = (t, v) => {
    const types = [].concat(t);
    const vt = jsType(v);
    return types.includes(vt) ||
      (vt === 'number' && types.includes('integer'));
  };
  function walk(value, node, ptr, depth) {
    node = resolve(node);
    if(!node || typeof node !== 'object' || depth > 64) {
      return value;
    }
    if(node.type === 'array' && value !== undefined && !Array.isArray(value)) {
      value = [value];
      wrapped.push(ptr || '/');
    }
    for(const sub of node.allOf ?? []) {
      value = walk(value, sub, ptr, depth + 1);
    }
    for(const key of ['anyOf', 'oneOf']) {
      if(Array.isArray(node[key])) {
        const branch = node[key].map(resolve).find(
          b => b && b.type !== undefined && typeFits(b.type, value));
        if(branch) {
          value = walk(value, branch, ptr, depth + 1);
        }
      }
    }
    if(Array.isArray(value) && node.items && !Array.isArray(node.items)) {
      value = value.map((v, i) => walk(v, node.items, `${ptr}/${i}`,
        depth + 1));
    }
    if(value && typeof value === 'object' && !Array.isArray(value) &&
      node.properties) {
      for(const [k, sub] of Object.entries(node.properties)) {
        if(value[k] !== undefined) {
          value[k] = walk(value[k], sub, `${ptr}/${k}`, depth + 1);
        }
      }
    }
    return value;
  }
  const value = walk(root, schema, '', 0);
  return {value, wrapped};
}

function validateSchema(schema, credential) {
  const ajv = new Ajv2019({allErrors: true, strict: false});
  addFormats(ajv);
  const validate = ajv.compile(schema);
  const {value, wrapped} = uncompactArrays(schema, credential);
  const ok = validate(value);
  const errs = (validate.errors ?? []).map(e => ({
    instancePath: e.instancePath,
    schemaPath: e.schemaPath,
    keyword: e.keyword,
    message: e.message,
    params: e.params
  }));
  return {ok: !!ok, errs, wrapped};
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const schema = readJsonFile(opts.schema ?? DEFAULT_SCHEMA, 'schema');
  const docs = opts.docs ? readJsonFile(opts.docs, 'docs') : {};
  if(!docs || typeof docs !== 'object' || Array.isArray(docs)) {
    throw new UsageError('--docs must be a JSON object mapping URL -> document');
  }

  const out = {
    verified: false, proof: false, schemaValid: false, schemaErrors: [],
    revoked: null, errors: [], schemaArrayWrapped: []
  };

  let credential;
  try {
    credential = await loadCredential(opts.credential);
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

  // 1. JSON Schema (on a pristine copy; verification must not see mutations)
  try {
    const {ok, errs, wrapped} =
      validateSchema(schema, structuredClone(credential));
    out.schemaValid = ok;
    out.schemaErrors = errs;
    out.schemaArrayWrapped = wrapped;
  } catch(e) {
    out.errors.push(`schema: ${e.message}`);
  }

  // 2. proof (+ status when credentialStatus is present)
  const documentLoader = createDocumentLoader({
    docs, allowOrigins: opts.allowOrigins,
    lenientController: opts.lenientController
  });
  const suite = createVerifySuite();
  const hasStatus = credential.credentialStatus !== undefined;
  let statusOk = !hasStatus;
  let suspended = false;
  try {
    const result = await vc.verifyCredential({
      credential: structuredClone(credential),
      suite,
      documentLoader,
      checkStatus: async () => bslCheckStatus({
        credential: structuredClone(credential), documentLoader, suite,
        verifyBitstringStatusListCredential: true,
        verifyMatchingIssuers: true
      })
    });
    const proofResults = result.results ?? [];
    out.proof = proofResults.length > 0 &&
      proofResults.every(r => r.verified === true) &&
      !(result.error && !result.statusResult);
    if(!out.proof) {
      const failed = proofResults.filter(r => !r.verified && r.error);
      if(failed.length) {
        for(const r of failed) {
          errorStrings(r.error, out.errors, 'proof: ');
        }
      } else {
        errorStrings(result.error, out.errors, 'proof: ');
      }
      if(!out.errors.some(e => e.startsWith('proof: '))) {
        out.errors.push('proof: not verified');
      }
    }
    const sr = result.statusResult;
    if(sr) {
      if(sr.verified) {
        statusOk = true;
        const rev = sr.results.filter(
          r => r.credentialStatus?.statusPurpose === 'revocation');
        out.revoked = rev.length ? rev.some(r => r.status === true) : null;
        suspended = sr.results.some(
          r => r.credentialStatus?.statusPurpose === 'suspension' &&
            r.status === true);
        if(out.revoked) {
          out.errors.push('status: credential is revoked');
        }
        if(suspended) {
          out.errors.push('status: credential is suspended');
        }
      } else {
        errorStrings(sr.error, out.errors, 'status: ');
        if(!sr.error) {
          out.errors.push('status: not verified');
        }
      }
    } else if(hasStatus && out.proof) {
      out.errors.push('status: not checked');
    }
  } catch(e) {
    errorStrings(e, out.errors, 'verify: ');
  }
  if(!out.schemaValid && !out.errors.some(e => e.startsWith('schema'))) {
    out.errors.push(`schema: ${out.schemaErrors.length} error(s)`);
  }

  out.verified = out.proof && out.schemaValid && statusOk &&
    out.revoked !== true && !suspended;
  return {out, code: out.verified ? 0 : 1};
}

function emit(obj, code) {
  process.stdout.write(JSON.stringify(obj) + '\n', () => process.exit(code));
}

main().then(({out, code}) => emit(out, code), e => {
  const usage = e instanceof UsageError;
  if(usage) {
    process.stderr.write((e.message === 'help' ? '' : e.message + '\n') +
      USAGE + '\n');
  }
  emit({
    verified: false, proof: false, schemaValid: false, schemaErrors: [],
    revoked: null, errors: [usage ? `usage: ${e.message}` : String(e?.stack ?? e)]
  }, usage ? 2 : 1);
});
