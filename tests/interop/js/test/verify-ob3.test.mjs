// Self-test of verify-ob3.mjs: `npm test` (node --test). Uses the shared
// 1EdTech vector and the local fixture issuer in ../fixtures.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import {createDocumentLoader, createSignSuite} from '../lib.mjs';
import {
  badgeCredential, sign, startFixture, statusEntry
} from '../fixtures/issuer-fixture.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SCRIPT = path.join(HERE, '..', 'verify-ob3.mjs');
const SHARED = process.env.CITYBADGES_SHARED_INTEROP ??
  path.resolve(HERE, '../../../../../shared/interop');
const VECTOR = path.join(SHARED, 'ob3-vector', 'ob3-vector-signed.json');
const VECTOR_DOCS = path.join(SHARED, 'ob3-vector', 'ob3-vector-docs.json');

function verify(args) {
  return new Promise(resolve => {
    execFile(process.execPath, [SCRIPT, ...args], (err, stdout, stderr) => {
      const code = err ? err.code : 0;
      let json = null;
      try {
        json = JSON.parse(stdout);
      } catch{}
      resolve({code, json, stdout, stderr});
    });
  });
}

let fx;
let tmp;
before(async () => {
  fx = await startFixture();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'verify-ob3-'));
});
after(async () => {
  await fx?.close();
  fs.rmSync(tmp, {recursive: true, force: true});
});

test('1EdTech vector verifies offline with --docs', {
  skip: !fs.existsSync(VECTOR) && `no vector at ${VECTOR}`
}, async () => {
  const r = await verify(['--credential', VECTOR, '--docs', VECTOR_DOCS]);
  assert.equal(r.code, 0, r.stdout);
  assert.equal(r.json.proof, true);
  assert.equal(r.json.schemaValid, true);
  assert.equal(r.json.revoked, null);
  assert.equal(r.json.verified, true);
});

test('tampered vector fails with exit 1', {
  skip: !fs.existsSync(VECTOR) && `no vector at ${VECTOR}`
}, async () => {
  const c = JSON.parse(fs.readFileSync(VECTOR, 'utf8'));
  c.name = 'Teamwork Badge (edited)';
  const p = path.join(tmp, 'tampered.json');
  fs.writeFileSync(p, JSON.stringify(c));
  const r = await verify(['--credential', p, '--docs', VECTOR_DOCS]);
  assert.equal(r.code, 1);
  assert.equal(r.json.proof, false);
  assert.equal(r.json.verified, false);
  assert.match(r.json.errors.join('\n'), /Invalid signature/);
});

test('usage errors exit 2', async () => {
  assert.equal((await verify([])).code, 2);
  assert.equal((await verify(['--credential', VECTOR, '--bogus'])).code, 2);
  assert.equal((await verify(['--credential'])).code, 2);
});

test('loader: ISSUER#key-1 -> Multikey doc, ISSUER -> profile', async () => {
  const {issuer, keyId, profile} = fx.issuers['1'];
  const loader = createDocumentLoader({allowOrigins: [fx.origin]});
  const vm = (await loader(keyId)).document;
  assert.deepEqual(vm, {
    '@context': 'https://w3id.org/security/multikey/v1',
    id: keyId,
    type: 'Multikey',
    controller: issuer,
    publicKeyMultibase: profile.verificationMethod[0].publicKeyMultibase
  });
  assert.deepEqual((await loader(issuer)).document, profile);
  await assert.rejects(loader('https://example.org/x'),
    {message: 'blocked: https://example.org/x'});
});

test('HTTP issuer: not revoked', async () => {
  const r = await verify(['--credential', fx.url('/credentials/1/ok'),
    '--allow-origin', fx.origin]);
  assert.equal(r.code, 0, r.stdout);
  assert.deepEqual([r.json.proof, r.json.schemaValid, r.json.revoked],
    [true, true, false]);
});

test('HTTP issuer: revoked bit set -> revoked, exit 1', async () => {
  const r = await verify(['--credential', fx.url('/credentials/1/revoked'),
    '--allow-origin', fx.origin]);
  assert.equal(r.code, 1, r.stdout);
  assert.deepEqual([r.json.proof, r.json.schemaValid, r.json.revoked],
    [true, true, true]);
});

test('HTTP issuer: no credentialStatus -> revoked null, exit 0', async () => {
  const r = await verify(['--credential', fx.url('/credentials/1/nostatus'),
    '--allow-origin', fx.origin]);
  assert.equal(r.code, 0, r.stdout);
  assert.equal(r.json.revoked, null);
});

test('without --allow-origin the issuer key is blocked', async () => {
  const r = await verify(['--credential', fx.url('/credentials/1/ok')]);
  assert.equal(r.code, 1);
  assert.equal(r.json.proof, false);
  assert.match(r.json.errors.join('\n'), /blocked: http:\/\/127\.0\.0\.1:\d+\/issuers\/1#key-1/);
});

test('profile with only VC v2 + OB contexts needs --lenient-controller', async () => {
  const strict = await verify(['--credential', fx.url('/credentials/2/ok'),
    '--allow-origin', fx.origin]);
  assert.equal(strict.code, 1);
  assert.match(strict.json.errors.join('\n'), /assertionMethod/);
  const lenient = await verify(['--credential', fx.url('/credentials/2/revoked'),
    '--allow-origin', fx.origin, '--lenient-controller']);
  assert.equal(lenient.code, 1, lenient.stdout);
  assert.deepEqual([lenient.json.proof, lenient.json.revoked], [true, true]);
});

test('status list of another issuer is rejected', async () => {
  const {issuer, keyId} = fx.issuers['1'];
  const keyPair = await Ed25519Multikey.generate({
    seed: new Uint8Array(32).fill(7)});
  const signer = keyPair.signer();
  signer.id = keyId;
  const cred = await sign(badgeCredential({
    id: 'urn:uuid:00000000-0000-4000-8000-0000000000ff', issuer,
    statusEntry: statusEntry({statusListCredential: fx.url('/status/2'),
      index: 3})
  }), createSignSuite(signer));
  const p = path.join(tmp, 'mismatch.json');
  fs.writeFileSync(p, JSON.stringify(cred));
  const r = await verify(['--credential', p, '--allow-origin', fx.origin,
    '--lenient-controller']);
  assert.equal(r.code, 1);
  assert.equal(r.json.proof, true);
  assert.equal(r.json.revoked, null);
  assert.match(r.json.errors.join('\n'), /Issuers .* do not match/);
});
