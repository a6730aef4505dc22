// Self-test of verify-dcc.mjs (DCC @digitalcredentials/verifier-core):
// `npm test` (node --test). Uses the local fixture issuer in ../fixtures.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {startFixture} from '../fixtures/issuer-fixture.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DCC = path.join(HERE, '..', 'verify-dcc.mjs');
const OB3 = path.join(HERE, '..', 'verify-ob3.mjs');

function run(script, args) {
  return new Promise(resolve => {
    execFile(process.execPath, [script, ...args], (err, stdout, stderr) => {
      const code = err ? err.code : 0;
      let json = null;
      try {
        json = JSON.parse(stdout);
      } catch{}
      resolve({code, json, stdout, stderr});
    });
  });
}
const dcc = args => run(DCC, args);

let fx;
let tmp;
before(async () => {
  fx = await startFixture();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'verify-dcc-'));
});
after(async () => {
  await fx?.close();
  fs.rmSync(tmp, {recursive: true, force: true});
});

const cred = p => ['--credential', fx.url(p), '--allow-origin', fx.origin];

// Every request the library made was answered offline (context, schema) or
// by the fixture origin; nothing was blocked, nothing left the machine.
function assertLocalOnly(json) {
  for(const r of json.requests) {
    assert.ok(r.served === 'context' || r.served === 'schema' ||
      (r.served === 'origin' && r.url.startsWith(fx.origin + '/')),
    JSON.stringify(r));
  }
}

test('valid credential (key at ISSUER/keys/key-1) -> verified, exit 0',
  async () => {
    const r = await dcc(cred('/credentials/3/ok'));
    assert.equal(r.code, 0, r.stdout);
    const j = r.json;
    assert.deepEqual(
      [j.verified, j.proof, j.revoked, j.expired, j.errors],
      [true, true, false, false, []]);
    // no registries given: reported, not a failure
    assert.equal(j.registryKnown, false);
    assert.deepEqual(j.log.map(e => [e.id, e.valid]), [
      ['valid_signature', true], ['revocation_status', true],
      ['expiration', true], ['registered_issuer', false]]);
    // verifier-core GETs the key URL itself, then the controller (profile)
    const urls = j.requests.map(q => q.url);
    assert.ok(urls.includes(fx.issuers['3'].keyId));
    assert.ok(urls.includes(fx.issuers['3'].issuer));
    assert.ok(urls.includes(fx.url('/status/3')));
    assert.ok(urls.includes('https://w3id.org/security/multikey/v1'));
    assertLocalOnly(j);
  });

test('revoked (status bit set) -> revoked true, exit 1', async () => {
  const r = await dcc(cred('/credentials/3/revoked'));
  assert.equal(r.code, 1, r.stdout);
  assert.deepEqual([r.json.verified, r.json.proof, r.json.revoked,
    r.json.expired], [false, true, true, false]);
  assert.ok(r.json.errors.includes('status: credential is revoked'));
  assertLocalOnly(r.json);
});

test('expired (validUntil in the past) -> expired true, exit 1', async () => {
  const r = await dcc(cred('/credentials/3/expired'));
  assert.equal(r.code, 1, r.stdout);
  assert.deepEqual([r.json.verified, r.json.proof, r.json.revoked,
    r.json.expired], [false, true, false, true]);
  assert.match(r.json.errors.join('\n'), /expired .*2025-06-01/);
});

test('tampered -> proof false, exit 1', async () => {
  const r = await dcc(cred('/credentials/3/tampered'));
  assert.equal(r.code, 1, r.stdout);
  assert.deepEqual([r.json.verified, r.json.proof], [false, false]);
  assert.deepEqual(r.json.libraryErrors.map(e => e.name),
    ['invalid_signature']);
  assert.match(r.json.signatureDiagnostic.join('\n'), /Invalid signature/);
});

test('no credentialStatus -> revoked null, exit 0', async () => {
  const r = await dcc(cred('/credentials/3/nostatus'));
  assert.equal(r.code, 0, r.stdout);
  assert.deepEqual([r.json.revoked, r.json.expired], [null, false]);
});

test('OLD shape (ISSUER#key-1, GET returns the Profile) fails in ' +
  'verifier-core but passes verify-ob3.mjs', async () => {
  // This is why the server moved keys to ISSUER/keys/KEY_ID: verifier-core
  // dereferences the verificationMethod with a plain GET (the fragment is
  // not resolved), gets the whole Profile and hands it to
  // Ed25519Multikey.from.
  const r = await dcc(cred('/credentials/1/ok'));
  assert.equal(r.code, 1, r.stdout);
  assert.deepEqual([r.json.verified, r.json.proof], [false, false]);
  assert.deepEqual(r.json.libraryErrors.map(e => e.name),
    ['invalid_signature']);
  assert.match(r.json.signatureDiagnostic.join('\n'),
    /Unsupported key type "Profile"/);
  assert.ok(r.json.requests.some(q => q.url === fx.issuers['1'].keyId));
  // The Digital Bazaar harness resolves the fragment itself (lib.mjs), so it
  // accepts the same credential.
  const ob3 = await run(OB3, cred('/credentials/1/ok'));
  assert.equal(ob3.code, 0, ob3.stdout);
});

test('new shape also verifies with verify-ob3.mjs', async () => {
  const ok = await run(OB3, cred('/credentials/3/ok'));
  assert.equal(ok.code, 0, ok.stdout);
  assert.deepEqual([ok.json.proof, ok.json.schemaValid, ok.json.revoked],
    [true, true, false]);
  const revoked = await run(OB3, cred('/credentials/3/revoked'));
  assert.equal(revoked.code, 1, revoked.stdout);
  assert.equal(revoked.json.revoked, true);
});

test('profile without security/v2 context -> not authorized by controller',
  async () => {
    // verifier-core frames the profile with https://w3id.org/security/v2;
    // with only VC v2 + OB contexts assertionMethod is dropped.
    const r = await dcc(cred('/credentials/4/nostatus'));
    assert.equal(r.code, 1, r.stdout);
    assert.equal(r.json.proof, false);
    assert.match(r.json.signatureDiagnostic.join('\n'),
      /not authorized by controller for proof purpose "assertionMethod"/);
  });

test('--registries: issuer listed in a local dcc-legacy registry',
  async () => {
    const p = path.join(tmp, 'registries.json');
    fs.writeFileSync(p, JSON.stringify([{name: 'Fixture Registry',
      type: 'dcc-legacy', url: fx.url('/registry.json')}]));
    const r = await dcc([...cred('/credentials/3/ok'), '--registries', p]);
    assert.equal(r.code, 0, r.stdout);
    assert.equal(r.json.registryKnown, true);
    assertLocalOnly(r.json);
  });

test('registry outside --allow-origin is blocked -> unchecked, not a ' +
  'failure', async () => {
  const p = path.join(tmp, 'remote-registries.json');
  const remote = 'https://digitalcredentials.github.io/sandbox-registry/' +
    'registry.json';
  fs.writeFileSync(p, JSON.stringify([{name: 'DCC Sandbox Registry',
    type: 'dcc-legacy', url: remote}]));
  const r = await dcc([...cred('/credentials/3/ok'), '--registries', p]);
  assert.equal(r.code, 0, r.stdout);
  assert.equal(r.json.registryKnown, false);
  const reg = r.json.log.find(e => e.id === 'registered_issuer');
  assert.equal(reg.uncheckedRegistries.length, 1);
  assert.ok(r.json.requests.some(q => q.url === remote &&
    q.served === 'blocked'));
});

test('without --allow-origin the key URL is blocked', async () => {
  const r = await dcc(['--credential', fx.url('/credentials/3/ok')]);
  assert.equal(r.code, 1, r.stdout);
  assert.equal(r.json.proof, false);
  assert.ok(r.json.requests.some(q => q.url === fx.issuers['3'].keyId &&
    q.served === 'blocked'));
  assert.ok(!r.json.requests.some(q => q.served === 'origin'));
});

test('usage errors exit 2', async () => {
  assert.equal((await dcc([])).code, 2);
  assert.equal((await dcc(['--credential', 'x.json', '--bogus'])).code, 2);
  assert.equal((await dcc(['--credential'])).code, 2);
  assert.equal((await dcc(['--credential', path.join(tmp, 'missing.json')]))
    .code, 2);
});
