// Usage: node jsonld-js-canon.js CONTEXTS_DIR INPUT.json > OUTPUT.nq  (SAFE=1 for safe mode)
// Canonicalizes with jsonld.js (RDFC-1.0) using only the bundled context files.
const fs = require('fs');
const path = require('path');
const jsonld = require('jsonld');
const [dir, input] = process.argv.slice(2);
const files = {
  'https://www.w3.org/ns/credentials/v2': 'credentials-v2.jsonld',
  'https://www.w3.org/2018/credentials/v1': 'credentials-v1.jsonld',
  'https://www.w3.org/ns/credentials/undefined-terms/v2': 'undefined-terms-v2.jsonld',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json': 'ob-context-3.0.3.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json': 'ob-context-3.0.2.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json': 'ob-context-3.0.1.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json': 'ob-extensions.json',
  'https://w3id.org/openbadges/v2': 'openbadges-v2.json',
  'https://w3id.org/security/data-integrity/v2': 'data-integrity-v2.jsonld',
  'https://w3id.org/security/data-integrity/v1': 'data-integrity-v1.jsonld',
  'https://w3id.org/security/multikey/v1': 'multikey-v1.jsonld',
  'https://www.w3.org/ns/did/v1': 'did-v1.jsonld',
};
const documentLoader = async (url) => {
  const file = files[url];
  if (!file) throw new Error(`unknown context ${url}`);
  const document = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  return {contextUrl: null, documentUrl: url, document};
};
(async () => {
  const doc = JSON.parse(fs.readFileSync(input, 'utf8'));
  const nq = await jsonld.canonize(doc, {
    algorithm: 'RDFC-1.0', format: 'application/n-quads', documentLoader, safe: process.env.SAFE === '1',
  });
  process.stdout.write(nq);
})().catch((e) => { console.error(e); process.exit(1); });
