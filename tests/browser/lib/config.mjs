// What the suite runs over, in one place: every journey runs once per locale × viewport.
// Later work adds locales (i18n: `es`, `fr`), viewports and colour schemes here; journeys should
// not name a language's words (select by names, actions and hrefs; assert structure).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const SUITE_DIR = path.resolve(here, '..');

/** Locales the pages are tested in. `lang` is what `<html lang>` must say; `acceptLanguage` is
 * sent by the browser (Playwright's `locale`), which is how the server picks the language. */
export const LOCALES = [
  { lang: 'en', acceptLanguage: 'en-US' },
  { lang: 'es', acceptLanguage: 'es-US' },
  { lang: 'fr', acceptLanguage: 'fr-CA' },
];

/** Viewports: a common phone and a laptop. CSS pixels are what layout and axe-core see; the
 * phone's device scale factor stays 1 so full-page screenshots are quick to encode. */
export const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844, isMobile: true, hasTouch: true, deviceScaleFactor: 1 },
  { name: 'desktop', width: 1280, height: 800, isMobile: false, hasTouch: false, deviceScaleFactor: 1 },
];

/** Narrow the run by environment: BROWSER_LOCALES=en,fr BROWSER_VIEWPORTS=phone (a comma list). */
function pick(list, env, key) {
  const wanted = (process.env[env] || '').split(',').map((s) => s.trim()).filter(Boolean);
  if (wanted.length === 0) return list;
  const out = list.filter((x) => wanted.includes(x[key]));
  const unknown = wanted.filter((w) => !list.some((x) => x[key] === w));
  if (unknown.length) throw new Error(`${env}: unknown ${unknown.join(', ')} (known: ${list.map((x) => x[key]).join(', ')})`);
  return out;
}
export const locales = () => pick(LOCALES, 'BROWSER_LOCALES', 'lang');
export const viewports = () => pick(VIEWPORTS, 'BROWSER_VIEWPORTS', 'name');
/** BROWSER_JOURNEYS=home,keyboard: only those journeys (by name; later ones may need earlier ones). */
export const journeyFilter = (list) => pick(list, 'BROWSER_JOURNEYS', 'name');

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Screenshots, downloaded credentials, the server's log. Git-ignored. */
export const OUT_DIR = path.resolve(process.env.BROWSER_TEST_OUT || path.join(SUITE_DIR, 'out'));

/** Bounds, in milliseconds. */
export const TIMEOUTS = {
  serverReady: 90_000, // migrations + seeding the demo city + building the search index
  action: 10_000, // one click, fill or wait for an element
  navigation: 20_000,
  axe: 30_000, // one axe-core run on one page
  journey: 90_000, // one test
};

/** The demo city's shared password (crates/app/src/demo/mod.rs: DEMO_PASSWORD). */
export const DEMO_PASSWORD = 'citybadges-demo';
