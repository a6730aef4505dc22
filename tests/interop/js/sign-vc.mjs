#!/usr/bin/env node
// Generic (non-Open-Badges) VC 2.0 / VC 1.1 test credentials signed by
// Digital Bazaar's libraries, DataIntegrityProof + eddsa-rdfc-2022, did:key
// issuers. Deterministic: fixed key seeds, fixed dates, fixed ids (Ed25519
// and RDFC-1.0 are deterministic), so the output is byte-stable.
//
//   node sign-vc.mjs [--out DIR]     write the files (default:
//                                    ../../../crates/credentials/testdata/vc)
//   node sign-vc.mjs --verify FILE   verify FILE with @digitalbazaar/vc
//
// --verify prints one JSON object {verified, errors, proofs, assertion}:
//   verified/errors/proofs: `vc.verifyCredential` with its default purpose
//     (CredentialIssuancePurpose: each proof's key must be an assertionMethod
//     of its controller AND the controller must be the credential's issuer);
//     jsonld-signatures reports `verified: true` when at least ONE proof
//     verifies; `proofs` lists every proof's own result;
//   assertion: every proof checked with jsonld-signatures'
//     AssertionProofPurpose only (key authorized by its own controller, issuer
//     not compared) — shows whether each signature in a proof set is valid.
// Exit 0 iff `verified`; 1 otherwise; 2 on usage errors.
//
// Offline: contexts come only from the npm context packages (lib.mjs's map +
// did-context's DID v1); did:key DIDs / DID URLs are resolved locally by
// @digitalbazaar/did-method-key; every other URL is refused.
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_OUT =
  path.resolve(HERE, '..', '..', '..', 'crates', 'credentials', 'testdata', 'vc');

let vc, jsigs, Ed25519Multikey, didMethodKey, didContext, lib;
try {
  vc = await import('@digitalbazaar/vc');
  ({default: jsigs} = await import('jsonld-signatures'));
  Ed25519Multikey = await import('@digitalbazaar/ed25519-multikey');
  didMethodKey = await import('@digitalbazaar/did-method-key');
  didContext = await import('did-context');
  lib = await import('./lib.mjs');
} catch(e) {
  process.stdout.write(JSON.stringify({
    verified: false,
    errors: [`setup: cannot load dependencies (run \`npm ci\` in ${HERE}): ` +
      e.message]
  }) + '\n', () => process.exit(2));
  await new Promise(() => {});
}
const {contextLoader, createSignSuite, createVerifySuite, BlockedUrlError} = lib;

// ---------------------------------------------------------------- keys ---
// Fixed 32-byte Ed25519 seeds (hex). Test keys only: never use elsewhere.
export const SEEDS = {
  // issuer of every credential: bytes 0x00..0x1f
  issuer: '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f',
  // second, independent signer (proof set / proof chain): bytes 0x20..0x3f
  second: '202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f'
};

const didKeyDriver = didMethodKey.driver();
didKeyDriver.use({
  multibaseMultikeyHeader: 'z6Mk',
  fromMultibase: Ed25519Multikey.from
});

/** Ed25519 key pair from a hex seed, with its did:key DID and VM id. */
export async function keyFromSeed(hex) {
  const seed = Uint8Array.from(Buffer.from(hex, 'hex'));
  if(seed.length !== 32) {
    throw new Error('seed must be 32 bytes');
  }
  const pub = await Ed25519Multikey.generate({seed});
  // did:key DID document as @digitalbazaar/did-method-key builds it
  const {didDocument} = await didKeyDriver.fromKeyPair({
    verificationKeyPair: pub
  });
  const vmId = didDocument.assertionMethod[0];
  const keyPair = await Ed25519Multikey.generate({
    seed, id: vmId, controller: didDocument.id
  });
  return {did: didDocument.id, vmId, keyPair, didDocument};
}

// ------------------------------------------------------ document loader ---
const DID_CONTEXTS = didContext.contexts;

export function createLoader() {
  return async function documentLoader(url) {
    const ctx = contextLoader(url);
    if(ctx) {
      return ctx;
    }
    if(DID_CONTEXTS.has(url)) {
      return {contextUrl: null, documentUrl: url,
        document: structuredClone(DID_CONTEXTS.get(url))};
    }
    if(url.startsWith('did:key:')) {
      // DID -> DID document; DID#fragment -> the verification method node
      // with the Multikey context (did-method-key's own shapes)
      const document = await didKeyDriver.get({url});
      return {contextUrl: null, documentUrl: url, document};
    }
    throw new BlockedUrlError(url);
  };
}

// ---------------------------------------------------------- credentials ---
const VC2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
const VC1_CONTEXT = 'https://www.w3.org/2018/credentials/v1';
const DI2_CONTEXT = 'https://w3id.org/security/data-integrity/v2';

export const SUBJECT_ID = 'did:example:ebfeb1f712ebc6f1c276e12ec21';
export const CREATED = {
  first: '2025-01-01T00:00:00Z',
  second: '2025-01-02T00:00:00Z'
};

function vc2Credential(issuer) {
  return {
    '@context': [VC2_CONTEXT],
    id: 'urn:uuid:3f2d5a3e-6a8b-4c1e-9f0d-2b7c8e1a4d50',
    type: ['VerifiableCredential'],
    issuer,
    validFrom: '2025-01-01T00:00:00Z',
    name: 'Example Library Card',
    credentialSubject: {
      id: SUBJECT_ID,
      // `name` is defined by the VC 2.0 context (https://schema.org/name);
      // that context has no @vocab (credentials-context 3.2.0), so only
      // defined terms pass safe-mode canonicalization
      name: 'Alice Example'
    }
  };
}

function vc11Credential(issuer) {
  return {
    '@context': [VC1_CONTEXT, DI2_CONTEXT],
    id: 'urn:uuid:7c1e0b9a-2d4f-4e8a-b6c3-5a9d0f1e2b34',
    type: ['VerifiableCredential'],
    issuer,
    issuanceDate: '2025-01-01T00:00:00Z',
    credentialSubject: {
      id: SUBJECT_ID,
      // neither VC v1 nor data-integrity v2 defines a claim term (no @vocab);
      // an absolute IRI as key needs no definition
      'https://schema.org/name': 'Alice Example'
    }
  };
}

function suiteFor(key, created) {
  const suite = createSignSuite(key.keyPair.signer());
  suite.date = created;
  return suite;
}

/** All files, name -> document (JSON-serializable). */
export async function buildAll() {
  const documentLoader = createLoader();
  const issuer = await keyFromSeed(SEEDS.issuer);
  const second = await keyFromSeed(SEEDS.second);
  const out = {};

  // VC 2.0, one proof (a single object, as jsonld-signatures emits it)
  const signed = await vc.issue({
    credential: vc2Credential(issuer.did),
    suite: suiteFor(issuer, CREATED.first),
    documentLoader
  });
  out['vc2-didkey.json'] = signed;

  // tampered after signing
  const tampered = structuredClone(signed);
  tampered.credentialSubject.name = 'Mallory Example';
  out['vc2-didkey-tampered.json'] = tampered;

  // proof set: vc.issue on the already-signed credential; jsonld-signatures'
  // ProofSet.add removes the existing proof(s) from the signed input, so the
  // second proof does not cover the first, then appends -> "proof": [a, b]
  const proofSet = await vc.issue({
    credential: structuredClone(signed),
    suite: suiteFor(second, CREATED.second),
    documentLoader
  });
  out['vc2-proof-set.json'] = proofSet;

  // VC 1.1 (issuanceDate; data-integrity/v2 context for the proof terms)
  out['vc11-didkey.json'] = await vc.issue({
    credential: vc11Credential(issuer.did),
    suite: suiteFor(issuer, CREATED.first),
    documentLoader
  });

  // vc2-proof-chain.json: not produced; jsonld-signatures 11.6.0 /
  // data-integrity 2.5.0 have no previousProof support (see README.md).
  return out;
}

export function serialize(doc) {
  return JSON.stringify(doc, null, 2) + '\n';
}

// --------------------------------------------------------------- verify ---
function errorStrings(err, out = []) {
  if(!err) {
    return out;
  }
  if(Array.isArray(err)) {
    for(const e of err) {
      errorStrings(e, out);
    }
    return out;
  }
  if(Array.isArray(err.errors) && err.errors.length) {
    return errorStrings(err.errors, out);
  }
  let msg = err.message || String(err);
  const ev = err.details?.event;
  if(ev) {
    msg += ` (${ev.code}: ${ev.message})`;
  }
  if(!out.includes(msg)) {
    out.push(msg);
  }
  return out;
}

function proofResults(results) {
  return (results ?? []).map(r => ({
    verificationMethod: r.proof?.verificationMethod ?? null,
    ...(r.proof?.id ? {id: r.proof.id} : {}),
    verified: r.verified === true,
    errors: errorStrings(r.error)
  }));
}

export async function verifyDocument(credential) {
  const documentLoader = createLoader();
  const result = await vc.verifyCredential({
    credential: structuredClone(credential),
    suite: createVerifySuite(),
    documentLoader
  });
  const proofs = proofResults(result.results);
  const errors = [];
  errorStrings(result.error, errors);
  for(const p of proofs) {
    for(const e of p.errors) {
      if(!errors.includes(e)) {
        errors.push(e);
      }
    }
  }
  const a = await jsigs.verify(structuredClone(credential), {
    suite: createVerifySuite(),
    purpose: new jsigs.purposes.AssertionProofPurpose(),
    documentLoader
  });
  const assertionProofs = proofResults(a.results);
  return {
    verified: result.verified === true,
    errors,
    proofs,
    assertion: {
      allVerified: assertionProofs.length > 0 &&
        assertionProofs.every(p => p.verified),
      proofs: assertionProofs,
      ...(a.results ? {} : {errors: errorStrings(a.error)})
    }
  };
}

// ------------------------------------------------------------------ CLI ---
const USAGE = 'usage: node sign-vc.mjs [--out DIR] | --verify FILE';

async function main(argv) {
  let outDir = DEFAULT_OUT;
  let verifyFile = null;
  for(let i = 0; i < argv.length; ++i) {
    const a = argv[i];
    if(a === '--out' || a === '--verify') {
      const v = argv[++i];
      if(v === undefined) {
        throw new Error(`usage: missing value for ${a}`);
      }
      if(a === '--out') {
        outDir = v;
      } else {
        verifyFile = v;
      }
    } else {
      throw new Error(`usage: unknown argument: ${a}`);
    }
  }
  if(verifyFile) {
    let doc;
    try {
      doc = JSON.parse(fs.readFileSync(verifyFile, 'utf8'));
    } catch(e) {
      throw new Error(`usage: cannot read ${verifyFile}: ${e.message}`);
    }
    const r = await verifyDocument(doc);
    return {out: r, code: r.verified ? 0 : 1};
  }
  fs.mkdirSync(outDir, {recursive: true});
  const files = await buildAll();
  for(const [name, doc] of Object.entries(files)) {
    fs.writeFileSync(path.join(outDir, name), serialize(doc));
  }
  return {out: {written: Object.keys(files), dir: path.resolve(outDir)},
    code: 0};
}

if(process.argv[1] && path.resolve(process.argv[1]) ===
  fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(({out, code}) => {
    process.stdout.write(JSON.stringify(out) + '\n', () => process.exit(code));
  }, e => {
    const usage = String(e?.message).startsWith('usage:');
    if(usage) {
      process.stderr.write(USAGE + '\n');
    }
    process.stdout.write(JSON.stringify({
      verified: false, errors: [usage ? e.message : String(e?.stack ?? e)]
    }) + '\n', () => process.exit(usage ? 2 : 1));
  });
}
