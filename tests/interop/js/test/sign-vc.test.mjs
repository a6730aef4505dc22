// Self-test of sign-vc.mjs: regenerates the Digital Bazaar-signed generic VC
// fixtures into a temp dir, checks they are byte-identical to the committed
// ones in crates/credentials/testdata/vc (deterministic output), and verifies
// them with the `--verify` CLI.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SIGN = path.join(HERE, '..', 'sign-vc.mjs');
const COMMITTED = path.resolve(HERE, '..', '..', '..', '..', 'crates',
  'credentials', 'testdata', 'vc');
const FILES = ['vc2-didkey.json', 'vc2-didkey-tampered.json',
  'vc2-proof-set.json', 'vc11-didkey.json'];
const ISSUER = 'did:key:z6MkehRgf7yJbgaGfYsdoAsKdBPE3dj2CYhowQdcjqSJgvVd';
const SECOND = 'did:key:z6MkhFwXNFWosLeugvSf4wcL9t3uuRXueGSFTRgSvHhWj5G2';
const vm = did => `${did}#${did.slice('did:key:'.length)}`;

function run(args) {
  return new Promise(resolve => {
    execFile(process.execPath, [SIGN, ...args], (err, stdout, stderr) => {
      let json = null;
      try {
        json = JSON.parse(stdout);
      } catch{}
      resolve({code: err ? err.code : 0, json, stdout, stderr});
    });
  });
}

let tmp;
before(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sign-vc-'));
});
after(() => fs.rmSync(tmp, {recursive: true, force: true}));

const committed = name => fs.readFileSync(path.join(COMMITTED, name), 'utf8');

test('regenerated files are byte-identical to the committed ones',
  async () => {
    const r = await run(['--out', tmp]);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.deepEqual(r.json.written.slice().sort(), FILES.slice().sort());
    for(const name of FILES) {
      assert.equal(fs.readFileSync(path.join(tmp, name), 'utf8'),
        committed(name), `${name} differs from ${COMMITTED}/${name}`);
    }
    // and a second run gives the same bytes again
    const tmp2 = fs.mkdtempSync(path.join(os.tmpdir(), 'sign-vc-'));
    try {
      assert.equal((await run(['--out', tmp2])).code, 0);
      for(const name of FILES) {
        assert.equal(fs.readFileSync(path.join(tmp2, name), 'utf8'),
          committed(name));
      }
    } finally {
      fs.rmSync(tmp2, {recursive: true, force: true});
    }
  });

test('shapes: VC 2.0 / 1.1, single proof object, proof set array', () => {
  const v2 = JSON.parse(committed('vc2-didkey.json'));
  assert.deepEqual(v2['@context'], ['https://www.w3.org/ns/credentials/v2']);
  assert.deepEqual(v2.type, ['VerifiableCredential']);
  assert.equal(v2.issuer, ISSUER);
  assert.ok(v2.validFrom);
  assert.ok(!Array.isArray(v2.proof));
  assert.equal(v2.proof.type, 'DataIntegrityProof');
  assert.equal(v2.proof.cryptosuite, 'eddsa-rdfc-2022');
  assert.equal(v2.proof.verificationMethod, vm(ISSUER));

  const set = JSON.parse(committed('vc2-proof-set.json'));
  assert.equal(set.proof.length, 2);
  // first member is exactly the single proof (same key, options, document)
  assert.deepEqual(set.proof[0], v2.proof);
  assert.equal(set.proof[1].verificationMethod, vm(SECOND));
  assert.equal(set.proof[1].previousProof, undefined);

  const v11 = JSON.parse(committed('vc11-didkey.json'));
  assert.deepEqual(v11['@context'], ['https://www.w3.org/2018/credentials/v1',
    'https://w3id.org/security/data-integrity/v2']);
  assert.ok(v11.issuanceDate);
  assert.equal(v11.proof.cryptosuite, 'eddsa-rdfc-2022');
});

test('vc2-didkey.json verifies', async () => {
  const r = await run(['--verify', path.join(COMMITTED, 'vc2-didkey.json')]);
  assert.equal(r.code, 0, r.stdout);
  assert.deepEqual([r.json.verified, r.json.errors], [true, []]);
  assert.equal(r.json.assertion.allVerified, true);
});

test('vc11-didkey.json verifies', async () => {
  const r = await run(['--verify', path.join(COMMITTED, 'vc11-didkey.json')]);
  assert.equal(r.code, 0, r.stdout);
  assert.deepEqual([r.json.verified, r.json.errors], [true, []]);
});

test('vc2-didkey-tampered.json fails (Invalid signature.)', async () => {
  const r = await run(['--verify',
    path.join(COMMITTED, 'vc2-didkey-tampered.json')]);
  assert.equal(r.code, 1, r.stdout);
  assert.equal(r.json.verified, false);
  assert.deepEqual(r.json.errors, ['Invalid signature.']);
});

test('vc2-proof-set.json: both signatures valid; DB issuer purpose ' +
  'rejects only the non-issuer proof', async () => {
  const r = await run(['--verify', path.join(COMMITTED, 'vc2-proof-set.json')]);
  assert.equal(r.code, 0, r.stdout);
  // jsonld-signatures: verified iff at least one proof verifies
  assert.equal(r.json.verified, true);
  assert.deepEqual(r.json.proofs.map(p => [p.verificationMethod, p.verified]),
    [[vm(ISSUER), true], [vm(SECOND), false]]);
  assert.deepEqual(r.json.proofs[1].errors,
    ['Credential issuer must match the verification method controller.']);
  // every signature is valid for its own controller
  assert.equal(r.json.assertion.allVerified, true);
  assert.equal(r.json.assertion.proofs.length, 2);
});

test('proof set: the second proof does not cover the first', async () => {
  const set = JSON.parse(committed('vc2-proof-set.json'));
  const alone = {...set, proof: set.proof[1]};
  const f = path.join(tmp, 'second-alone.json');
  fs.writeFileSync(f, JSON.stringify(alone));
  const r = await run(['--verify', f]);
  assert.deepEqual(r.json.assertion.proofs.map(p => p.verified), [true]);
});

test('usage errors exit 2', async () => {
  assert.equal((await run(['--bogus'])).code, 2);
  assert.equal((await run(['--verify'])).code, 2);
  assert.equal((await run(['--verify', path.join(tmp, 'nope.json')])).code, 2);
});
