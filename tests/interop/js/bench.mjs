#!/usr/bin/env node
// Single-threaded throughput of eddsa-rdfc-2022 signing and verification of
// OB 3.0 credentials with the Digital Bazaar stack used by verify-ob3.mjs.
//   node bench.mjs [--n 300] [--warmup 20]
// Prints one JSON object. Verification resolves the issuer key through the
// same restricted document loader, fed from memory (no network).
import os from 'node:os';
import * as vc from '@digitalbazaar/vc';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import {
  contextLoader, createDocumentLoader, createSignSuite, createVerifySuite
} from './lib.mjs';
import {issuerProfile} from './fixtures/issuer-fixture.mjs';

function arg(name, dflt) {
  const i = process.argv.indexOf(name);
  return i === -1 ? dflt : Number(process.argv[i + 1]);
}
const N = arg('--n', 300);
const WARMUP = arg('--warmup', 20);
if(!(Number.isInteger(N) && N > 0 && Number.isInteger(WARMUP) && WARMUP >= 0)) {
  process.stderr.write('usage: node bench.mjs [--n 300] [--warmup 20]\n');
  process.exit(2);
}

const ISSUER = 'https://badges.example.city/issuers/1';
const KEY_ID = `${ISSUER}#key-1`;

function credential(i) {
  const hex = (i + 1).toString(16).padStart(12, '0');
  return {
    '@context': [
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'
    ],
    id: `urn:uuid:00000000-0000-4000-8000-${hex}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: {id: ISSUER, type: ['Profile'], name: 'City Library'},
    validFrom: '2025-03-01T10:00:00Z',
    name: 'Reading Marathon',
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [{
        type: 'IdentityObject',
        identityHash: 'sha256$00..',
        identityType: 'emailAddress',
        hashed: true,
        salt: 'pepper'
      }],
      achievement: {
        id: 'https://badges.example.city/achievements/42',
        type: ['Achievement'],
        name: 'Reading Marathon',
        description: 'Read 20 books in a summer.',
        criteria: {narrative: 'Log 20 books.'}
      }
    }
  };
}

async function contextsOnly(url) {
  const r = contextLoader(url);
  if(!r) {
    throw new Error(`blocked: ${url}`);
  }
  return r;
}

const keyPair = await Ed25519Multikey.generate({controller: ISSUER, id: KEY_ID});
const signer = keyPair.signer();
signer.id = KEY_ID;
const signSuite = createSignSuite(signer);
const verifySuite = createVerifySuite();
const documentLoader = createDocumentLoader({docs: {
  [ISSUER]: issuerProfile({issuer: ISSUER, keyId: KEY_ID,
    publicKeyMultibase: keyPair.publicKeyMultibase})
}});

const signOne = i => vc.issue({
  credential: credential(i), suite: signSuite, documentLoader: contextsOnly
});
const verifyOne = c => vc.verifyCredential({
  credential: c, suite: verifySuite, documentLoader
});

// warm-up (JIT, context processing caches), not timed
for(let i = 0; i < WARMUP; ++i) {
  const r = await verifyOne(await signOne(N + i));
  if(!r.verified) {
    throw r.error;
  }
}

const signed = [];
let t0 = process.hrtime.bigint();
for(let i = 0; i < N; ++i) {
  signed.push(await signOne(i));
}
const signNs = Number(process.hrtime.bigint() - t0);

let ok = 0;
t0 = process.hrtime.bigint();
for(const c of signed) {
  const r = await verifyOne(c);
  if(r.verified) {
    ++ok;
  }
}
const verifyNs = Number(process.hrtime.bigint() - t0);
if(ok !== N) {
  process.stderr.write(`only ${ok}/${N} credentials verified\n`);
}

const round = x => Math.round(x * 10) / 10;
console.log(JSON.stringify({
  n: N,
  warmup: WARMUP,
  signsPerSec: round(N / (signNs / 1e9)),
  verifiesPerSec: round(N / (verifyNs / 1e9)),
  signMsPerOp: Math.round(signNs / 1e4 / N) / 100,
  verifyMsPerOp: Math.round(verifyNs / 1e4 / N) / 100,
  verifiedAll: ok === N,
  node: process.version,
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model ?? null
}));
process.exitCode = ok === N ? 0 : 1;
