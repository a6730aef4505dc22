// One journey = one browser context (a fresh profile: cookies, storage) at one locale × viewport.
// `j.visit(path)` / `j.check(label)` check every page the journey reaches: <html lang>, axe-core
// (any violation, of any impact, fails the journey), no script errors; and save a screenshot.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, OUT_DIR, TIMEOUTS } from './config.mjs';

const require = createRequire(import.meta.url);
// Evaluated through the DevTools protocol: the site's Content-Security-Policy (script-src 'self')
// stays on and refuses an injected <script>, which is how it should be.
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export async function launchBrowser() {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true, timeout: 30_000 });
}

/** Every page checked in the run, for the summary at the end. */
export const visited = [];

const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export class Journey {
  static async open(browser, { base, locale, viewport, name, javaScript = true, colorScheme = 'light' }) {
    const context = await browser.newContext({
      baseURL: base,
      locale: locale.acceptLanguage,
      viewport: { width: viewport.width, height: viewport.height },
      deviceScaleFactor: viewport.deviceScaleFactor,
      isMobile: viewport.isMobile,
      hasTouch: viewport.hasTouch,
      colorScheme,
      javaScriptEnabled: javaScript,
      acceptDownloads: true,
      timezoneId: 'America/Chicago',
    });
    context.setDefaultTimeout(TIMEOUTS.action);
    context.setDefaultNavigationTimeout(TIMEOUTS.navigation);
    const page = await context.newPage();
    const j = new Journey({ context, page, base, locale, viewport, name, javaScript });
    j.opts = { base, locale, viewport, javaScript, colorScheme };
    return j;
  }

  constructor({ context, page, base, locale, viewport, name, javaScript }) {
    Object.assign(this, { context, page, base, locale, viewport, name, javaScript });
    this.dir = path.join(OUT_DIR, locale.lang, viewport.name, slug(name));
    fs.rmSync(this.dir, { recursive: true, force: true });
    fs.mkdirSync(this.dir, { recursive: true });
    this.step = 0;
    this.problems = []; // strings; the journey fails if any
    page.on('pageerror', (e) => this.problems.push(`script error on ${page.url()}: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() !== 'error') return;
      // A page answered 4xx on purpose (an error page, a form sent back) logs its own status;
      // failed images, styles and scripts are caught below instead.
      if (m.text().startsWith('Failed to load resource') && m.location().url === page.url()) return;
      // htmx logs an aborted request as an error: by design, a search in flight is replaced
      // by the next one (hx-sync="this:replace" on the search form).
      if (/^htmx:(sendAbort|afterRequest), /.test(m.text()) && m.location().url.endsWith('/htmx.min.js')) return;
      const at = m.location().url ? ` (at ${m.location().url.replace(this.base, '')}:${m.location().lineNumber}:${m.location().columnNumber})` : '';
      this.problems.push(`console error on ${page.url()}${at}: ${m.text()}`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400 && r.request().resourceType() !== 'document' && !r.request().isNavigationRequest()) {
        this.problems.push(`${r.request().resourceType()} ${r.url()} answered ${r.status()} on ${page.url()}`);
      }
    });
    page.on('requestfailed', (r) => {
      // Aborted by design: leaving a page stops its loads; htmx replaces a search in flight.
      if (r.failure()?.errorText === 'net::ERR_ABORTED') return;
      this.problems.push(`request ${r.url()} failed (${r.failure()?.errorText}) on ${page.url()}`);
    });
  }

  /** Open `p` (a path on the server), expect its status, and check the page it lands on. */
  async visit(p, label, { status = 200 } = {}) {
    const resp = await this.page.goto(p, { waitUntil: 'load' });
    if (!resp) throw new Error(`${p}: no response`);
    if (resp.status() !== status) throw new Error(`${p}: HTTP ${resp.status()}, expected ${status}`);
    await this.check(label || p);
    return resp;
  }

  /** Check the page as it is now (after a click, a form post or an htmx swap). */
  async check(label) {
    const page = this.page;
    this.step += 1;
    const where = `${this.locale.lang}/${this.viewport.name} ${this.name} #${this.step} ${label} (${page.url().replace(this.base, '')})`;
    const lang = await page.evaluate(() => document.documentElement.getAttribute('lang'));
    if (lang !== this.locale.lang) this.problems.push(`${where}: <html lang="${lang}">, expected "${this.locale.lang}"`);
    // Reflow (WCAG 1.4.10): nothing makes the page scroll sideways; name the widest culprits.
    const wide = await page.evaluate(() => {
      const limit = document.documentElement.clientWidth;
      if (document.documentElement.scrollWidth <= limit) return null;
      const out = [];
      const clipped = (e) => {
        for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
          if (getComputedStyle(a).overflowX !== 'visible') return true;
        }
        return false;
      };
      for (const e of document.body.querySelectorAll('*')) {
        const r = e.getBoundingClientRect();
        if (r.right > limit + 1 && r.width > 0 && !out.some((o) => o.el.contains(e)) && !clipped(e)) {
          out.push({ el: e, what: `${e.tagName.toLowerCase()}${e.className ? '.' + String(e.className).trim().split(/\s+/).join('.') : ''} (right edge ${Math.round(r.right)} px)` });
        }
      }
      return { scrollWidth: document.documentElement.scrollWidth, limit, culprits: [...new Set(out.map((o) => o.what))].slice(0, 5) };
    });
    if (wide) this.problems.push(`${where}: the page is ${wide.scrollWidth} px wide in a ${wide.limit} px viewport (scrolls sideways): ${wide.culprits.join(', ')}`);
    const file = path.join(this.dir, `${String(this.step).padStart(2, '0')}-${slug(label)}.png`);
    await page.screenshot({ path: file, fullPage: true });
    // axe-core needs the page's JavaScript (its timers); a journey without JavaScript checks
    // what works without it, and the same templates are checked with axe-core in the others.
    const violations = this.javaScript ? await axe(page) : [];
    for (const v of violations) {
      const nodes = v.nodes.map((n) => `      ${n.target.join(' ')}\n        ${(n.failureSummary || '').split('\n').join('\n        ')}`).join('\n');
      this.problems.push(`${where}: axe ${v.id} (${v.impact}): ${v.help}\n      ${v.helpUrl}\n${nodes}`);
    }
    visited.push({ where, violations: violations.map((v) => v.id), screenshot: path.relative(OUT_DIR, file), axe: this.javaScript });
  }

  /** Fail the journey (after closing it) when anything was found along the way. */
  async finish() {
    await this.context.close();
    if (this.problems.length) {
      throw new Error(`${this.problems.length} problem(s):\n  - ${this.problems.join('\n  - ')}`);
    }
  }

  /** Run `body(j)`, always closing the context; problems found along the way fail the test. */
  static async run(browser, opts, body) {
    const j = await Journey.open(browser, opts);
    try {
      await body(j);
    } catch (e) {
      try {
        await j.page.screenshot({ path: path.join(j.dir, 'failure.png'), fullPage: true });
      } catch { /* the page may be gone */ }
      await j.context.close().catch(() => {});
      if (j.problems.length) e.message += `\nalso found:\n  - ${j.problems.join('\n  - ')}`;
      throw e;
    }
    await j.finish();
  }
}

/** axe-core's default rule set (WCAG 2.0–2.2 A and AA, and best practices) on the whole page. */
async function axe(page) {
  const loaded = await page.evaluate(() => typeof window.axe === 'object');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const run = page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
  run.catch(() => {}); // if the time limit wins, the page's later failure is not news
  let timer;
  const limit = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`axe-core did not finish within ${TIMEOUTS.axe} ms on ${page.url()}`)), TIMEOUTS.axe); });
  try {
    return await Promise.race([run, limit]);
  } finally {
    clearTimeout(timer);
  }
}
