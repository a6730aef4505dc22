// The browser suite: `CITYBADGES_BIN=…/citybadges node run.mjs` (see README.md).
// One demo server for the whole run; every journey of journeys.mjs per locale × viewport, in order
// (later journeys use what earlier ones made); axe-core on every page; screenshots under out/.
import { after, before, describe, test } from 'node:test';
import fs from 'node:fs';
import path from 'node:path';
import { OUT_DIR, TIMEOUTS, journeyFilter, locales, viewports } from './lib/config.mjs';
import { Journey, launchBrowser, visited } from './lib/harness.mjs';
import { startServer } from './lib/server.mjs';
import { JOURNEYS } from './journeys.mjs';

fs.mkdirSync(OUT_DIR, { recursive: true });
let server;
let browser;
const started = Date.now();

before(async () => {
  server = await startServer({ logFile: path.join(OUT_DIR, 'server.log') });
  browser = await launchBrowser();
}, { timeout: TIMEOUTS.serverReady + 30_000 });

after(async () => {
  await browser?.close();
  await server?.stop();
  const pages = visited.length;
  const failing = visited.filter((v) => v.violations.length);
  const noJs = visited.filter((v) => !v.axe).length;
  fs.writeFileSync(path.join(OUT_DIR, 'pages.json'), JSON.stringify(visited, null, 2));
  console.log(`# browser suite: ${pages} page states checked, ${pages - noJs} with axe-core (${noJs} without JavaScript: no axe), `
    + `${failing.length} with violations; ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots in ${OUT_DIR}`);
  for (const v of failing) console.log(`#   ${v.where}: ${v.violations.join(', ')}`);
});

for (const locale of locales()) {
  for (const viewport of viewports()) {
    describe(`${locale.lang} · ${viewport.name} ${viewport.width}×${viewport.height}`, () => {
      const run = {};
      before(() => { run.server = server; run.browser = browser; });
      for (const journey of journeyFilter(JOURNEYS)) {
        test(journey.name, { timeout: TIMEOUTS.journey }, () => Journey.run(
          browser,
          { base: server.base, locale, viewport, name: journey.name, javaScript: journey.javaScript !== false, colorScheme: journey.colorScheme || 'light' },
          (j) => journey.run(j, run),
        ));
      }
    });
  }
}
