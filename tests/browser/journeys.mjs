// Today's journeys. Each is `async (j, run) => …` where `j` is a Journey (one fresh browser
// context at one locale × viewport) and `run` carries the server and what earlier journeys of the
// same locale × viewport left (the youth who signed up, the credential awarded to them).
//
// Journeys find things by structure — field names, form actions, hrefs, ids — and not by their
// English words, so they run unchanged in every locale; content written by organizations
// (activity titles) stays as it was written, so searching "robtics" works in every language.
import assert from 'node:assert/strict';
import path from 'node:path';
import { DEMO_PASSWORD, TIMEOUTS } from './lib/config.mjs';
import { Journey } from './lib/harness.mjs';

const submit = (form) => `${form} [type=submit]`;

const firstNumber = (text) => {
  const m = text.match(/\d[\d,.\u00a0\u202f ]*/);
  assert.ok(m, `no number in ${JSON.stringify(text)}`);
  return Number(m[0].replace(/[^\d]/g, ''));
};

/** The number of results ("11 activities · page 1"), as shown and as announced: the live
 * region (#search-status, role=status) must say the same after every swap. */
async function resultCount(page) {
  const shown = (await page.locator('#results-count').innerText()).trim();
  const announced = (await page.locator('#search-status[role=status]').textContent()).trim();
  assert.ok(announced.endsWith(shown), `the live region says ${JSON.stringify(announced)}, the page ${JSON.stringify(shown)}`);
  return firstNumber(shown);
}

/** Open the search page's filters (behind "Filters (n)" on a phone; already open on a wide screen). */
async function openFilters(page) {
  const details = page.locator('details#filters');
  if (!(await details.evaluate((d) => d.open))) {
    // An htmx swap still settling may take the first tap; the results must be in first.
    await page.waitForFunction(() => !document.querySelector('.htmx-request'));
    await page.click('details#filters > summary');
  }
  await assert.doesNotReject(page.waitForFunction(() => document.getElementById('filters').open, null, { timeout: 3_000 }), 'the filters open');
}

/** Read the site in the journey's language: a signed-in person's own setting wins over the
 * browser's, so someone whose account says otherwise picks theirs once with the footer switcher. */
async function useLanguage(j) {
  const lang = await j.page.evaluate(() => document.documentElement.lang);
  if (lang === j.locale.lang) return;
  await Promise.all([
    j.page.waitForNavigation({ waitUntil: 'load' }),
    j.page.click(`footer form[action="/language"] button[value=${j.locale.lang}]`),
  ]);
  assert.equal(await j.page.evaluate(() => document.documentElement.lang), j.locale.lang, 'the switcher changes the language');
}

/** The "Filters (n)" count as shown on the button. */
const filterCount = async (page) => firstNumber(await page.locator('#filter-count').innerText());

/** Sign in as a demo account (the form itself is checked by the sign-up journey). */
async function signIn(j, email, password = DEMO_PASSWORD) {
  await j.page.goto('/login');
  await j.page.fill('form[action="/login"] input[name=email]', email);
  await j.page.fill('form[action="/login"] input[name=password]', password);
  await Promise.all([j.page.waitForURL((u) => u.pathname !== '/login'), j.page.click(submit('form[action="/login"]'))]);
  await useLanguage(j);
}

async function signOut(j) {
  await Promise.all([j.page.waitForURL((u) => u.pathname === '/'), j.page.click(submit('form[action="/logout"]'))]);
}

/** The first link in a mail to `to` that starts with `prefix`, read from /dev/mail as the demo
 * platform admin (mail leaves through the outbox worker, so it may take a moment). */
async function mailLink(run, j, to, prefix) {
  const admin = run.server.logins.get('platform admin');
  assert.ok(admin, `the demo printed no platform admin login: ${[...run.server.logins.keys()]}`);
  let link;
  await Journey.run(run.browser, { ...j.opts, name: `${j.name} (mail viewer)` }, async (m) => {
    await signIn(m, admin);
    const deadline = Date.now() + 20_000;
    for (;;) {
      await m.page.goto('/dev/mail');
      const bodies = await m.page.locator('article.mail').evaluateAll((els, to) => els
        .filter((e) => e.textContent.includes(to)).map((e) => e.querySelector('pre')?.textContent || ''), to);
      for (const body of bodies) {
        const found = body.match(/https?:\/\/\S+/g)?.find((u) => new URL(u).pathname.startsWith(prefix));
        if (found) { link = found; break; }
      }
      if (link || Date.now() > deadline) break;
      await m.page.waitForTimeout(300);
    }
    await m.check('mail viewer');
  });
  assert.ok(link, `no mail to ${to} with a ${prefix} link within 20 s`);
  return new URL(link).pathname + new URL(link).search;
}

/** Every focusable element reached by Tab shows a focus indicator (outline or box-shadow). */
async function tabThrough(j, presses) {
  const unseen = [];
  for (let i = 0; i < presses; i++) {
    await j.page.keyboard.press('Tab');
    const f = await j.page.evaluate(() => {
      const e = document.activeElement;
      if (!e || e === document.body) return null;
      const s = getComputedStyle(e);
      const visible = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || (s.boxShadow && s.boxShadow !== 'none');
      return { visible, what: `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.name ? `[name=${e.name}]` : ''} ${(e.textContent || '').trim().slice(0, 30)}` };
    });
    if (f && !f.visible) unseen.push(f.what);
  }
  return unseen;
}

export const JOURNEYS = [
  {
    name: 'home',
    async run(j) {
      await j.visit('/', 'home');
      // The home page's quick search: a topic, an age, free only.
      const form = 'main form[action="/activities"]';
      await j.page.selectOption(`${form} select[name=topic]`, { index: 1 });
      await j.page.fill(`${form} input[name=age]`, '15');
      await j.page.check(`${form} input[name=free]`);
      await Promise.all([j.page.waitForURL((u) => u.pathname === '/activities'), j.page.click(submit(form))]);
      const u = new URL(j.page.url());
      assert.equal(u.searchParams.get('age'), '15');
      assert.equal(u.searchParams.get('free'), '1');
      await j.check('search from home');
    },
  },
  {
    name: 'keyboard',
    async run(j) {
      await j.visit('/', 'home');
      // The first Tab reaches the skip link, shown on focus; Enter moves to the main content.
      await j.page.keyboard.press('Tab');
      const skip = await j.page.evaluate(() => {
        const e = document.activeElement;
        const r = e.getBoundingClientRect();
        return { href: e.getAttribute('href'), onScreen: r.width > 0 && r.height > 0 && r.left >= 0 && r.top >= 0 && r.right <= innerWidth };
      });
      assert.equal(skip.href, '#main', 'the first Tab stop is the skip link');
      assert.ok(skip.onScreen, 'the skip link is visible when focused');
      await j.check('skip link focused');
      await j.page.keyboard.press('Enter');
      await j.page.waitForURL(/#main$/);
      for (const p of ['/', '/activities', '/signup', '/verify']) {
        await j.page.goto(p);
        const unseen = await tabThrough(j, 25);
        assert.deepEqual(unseen, [], `${p}: focused elements without a visible focus indicator`);
      }
    },
  },
  {
    name: 'search with a typo and filters',
    async run(j) {
      await j.visit('/activities', 'search');
      const before = await resultCount(j.page);
      // The first result is on screen without scrolling past the filters (they wait behind
      // "Filters (n)" on a phone and sit beside the results on a wide screen).
      const first = await j.page.locator('#results article.card').first().boundingBox();
      assert.ok(first && first.y < j.viewport.height - 40, `the first result starts at ${first?.y} px in a ${j.viewport.height} px viewport`);
      assert.equal(await filterCount(j.page), 0, 'no filter chosen yet');
      // Touch targets: every control of the search form is at least 44 px tall.
      const small = await j.page.locator('form#search :is(button, select, input[type=search], summary)').evaluateAll((els) => els
        .filter((e) => e.offsetParent !== null && e.getBoundingClientRect().height < 43.5)
        .map((e) => `${e.tagName.toLowerCase()}[name=${e.name || ''}] ${Math.round(e.getBoundingClientRect().height)} px`));
      assert.deepEqual(small, [], 'controls shorter than 44 px');
      // Typed as a person would: htmx searches as they type (input, 250 ms).
      await j.page.locator('#q').pressSequentially('robtics', { delay: 40 });
      await j.page.waitForURL((u) => u.searchParams.get('q') === 'robtics', { timeout: TIMEOUTS.action });
      const firstTitle = j.page.locator('#results article h3 a').first();
      await assert.doesNotReject(firstTitle.waitFor());
      assert.match(await firstTitle.innerText(), /robot/i, 'the misspelt "robtics" finds robotics');
      const typo = await resultCount(j.page);
      assert.ok(typo > 0 && typo < before, `a search narrows the list (${typo} of ${before})`);
      await j.check('typo results');
      // Tick a filter: results and facet counts are swapped in place.
      await openFilters(j.page);
      await j.check('filters open');
      await j.page.check('input[type=checkbox][name=format][value=in_person]');
      await j.page.waitForURL((u) => u.searchParams.getAll('format').includes('in_person'));
      await j.page.waitForFunction(() => !document.querySelector('.htmx-request'));
      const filtered = await resultCount(j.page);
      assert.ok(filtered > 0 && filtered <= typo, `a filter narrows the results (${filtered} of ${typo})`);
      assert.ok(await j.page.isChecked('input[type=checkbox][name=format][value=in_person]'), 'the ticked filter stays ticked after the swap');
      assert.equal(await filterCount(j.page), 1, '"Filters (n)" counts the ticked filter after the swap');
      await j.check('typo and filter');
      // A second filter from the keyboard: Space ticks it, and focus stays on it after the swap.
      const box = 'input[type=checkbox][name=language][value=en]';
      await j.page.focus(box);
      await j.page.keyboard.press('Space');
      await j.page.waitForURL((u) => u.searchParams.getAll('language').includes('en'));
      await j.page.waitForFunction(() => !document.querySelector('.htmx-request'));
      assert.ok(await j.page.isChecked(box), 'the box ticked from the keyboard stays ticked');
      const focused = await j.page.evaluate(() => {
        const e = document.activeElement;
        return e && `${e.name}=${e.value}`;
      });
      assert.equal(focused, 'language=en', 'keyboard focus is kept on the ticked box across the swap');
      const both = await resultCount(j.page);
      assert.ok(both > 0 && both <= filtered, `two filters narrow further (${both} of ${filtered})`);
      await j.check('two filters');
      // The pushed URL is a real page: reloading shows the same search.
      await j.page.reload();
      assert.equal(await resultCount(j.page), both);
      await j.check('search reloaded');
    },
  },
  {
    name: 'search without JavaScript',
    javaScript: false,
    async run(j) {
      await j.visit('/activities', 'search (no JS)');
      await j.page.fill('#q', 'robtics');
      await Promise.all([j.page.waitForURL((u) => u.searchParams.get('q') === 'robtics'), j.page.click(submit('form#search'))]);
      assert.match(await j.page.locator('#results article h3 a').first().innerText(), /robot/i);
      // Without JavaScript the filters open with their <details> button on every screen.
      await openFilters(j.page);
      await j.page.check('input[type=checkbox][name=format][value=in_person]');
      await Promise.all([j.page.waitForURL((u) => u.searchParams.getAll('format').includes('in_person')), j.page.click(submit('form#search'))]);
      assert.ok((await resultCount(j.page)) > 0);
      assert.equal(await filterCount(j.page), 1);
      await j.check('typo and filter (no JS)');
      // The map needs JavaScript: without it the list is the whole page.
      assert.ok(await j.page.locator('#map-panel').isHidden(), 'no map panel without JavaScript');
    },
  },
  {
    name: 'map of the results',
    async run(j) {
      await j.visit('/activities', 'search with the map');
      // Open beside the list on a wide screen; behind its own button on a phone.
      const panel = j.page.locator('details#map-panel');
      if (!(await panel.evaluate((d) => d.open))) await j.page.click('details#map-panel > summary');
      const pinsMatchCards = async () => {
        await j.page.waitForFunction(() => {
          const shown = document.getElementById('map').dataset.pins;
          return shown !== undefined && Number(shown) === document.querySelectorAll('#results .card[data-lat]').length;
        }, null, { timeout: TIMEOUTS.action });
        return j.page.locator('#map .leaflet-marker-icon').count();
      };
      const pins = await pinsMatchCards();
      assert.ok(pins > 0, 'the results with a place are pinned');
      // No tiles are configured (the default): the neighbourhoods are drawn, outlines and names.
      const areas = await j.page.locator('.map-areas li').count();
      assert.equal(await j.page.locator('#map path.map-area').count(), areas, 'every neighbourhood outline drawn');
      assert.equal(await j.page.locator('#map .map-area-name').count(), areas, 'every neighbourhood named');
      assert.equal(await j.page.locator('#map img.leaflet-tile').count(), 0, 'no tiles requested');
      await j.check('map');
      // A search redraws the pins for the new results.
      await j.page.locator('#q').fill('robotics');
      await j.page.waitForURL((u) => u.searchParams.get('q') === 'robotics', { timeout: TIMEOUTS.action });
      await j.page.waitForFunction(() => !document.querySelector('.htmx-request'));
      const after = await pinsMatchCards();
      assert.ok(after > 0, `the new results are pinned (${after} pins)`);
      await j.check('map after a search');
      // A pin opens its activity: from the keyboard (Enter on the focused pin) and by a click on
      // one that nothing covers. A pin that several activities share opens their list instead.
      const single = j.page.locator('#map .leaflet-marker-icon[data-href]');
      const open = async (how) => {
        let pin = single.first();
        if (how === 'click') {
          const free = await single.evaluateAll((els) => els.findIndex((e) => {
            const r = e.getBoundingClientRect();
            return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 3) === e;
          }));
          assert.ok(free >= 0, 'a pin nothing covers');
          pin = single.nth(free);
        }
        const [title, href] = [await pin.getAttribute('title'), await pin.getAttribute('data-href')];
        const card = await j.page.locator(`#results .card[data-lat] h3 a[href="${href}"]`).innerText();
        assert.equal(card.trim(), title, 'the pin is named after the card it opens');
        if (how === 'keyboard') {
          await pin.focus();
          await Promise.all([j.page.waitForURL((u) => u.pathname === href), j.page.keyboard.press('Enter')]);
        } else {
          await Promise.all([j.page.waitForURL((u) => u.pathname === href), pin.click()]);
        }
        await j.check(`activity from a pin (${how})`);
        await j.page.goBack();
        if (!(await panel.evaluate((d) => d.open))) await j.page.click('details#map-panel > summary');
        await pinsMatchCards();
      };
      await open('keyboard');
      await open('click');
      const shared = j.page.locator('#map .leaflet-marker-icon:not([data-href])');
      if (await shared.count()) {
        const n = Number(await shared.first().getAttribute('data-activities'));
        await shared.first().focus();
        await j.page.keyboard.press('Enter');
        const links = j.page.locator('#map .leaflet-popup .map-pin-list a');
        await links.first().waitFor();
        assert.equal(await links.count(), n, 'the shared pin lists each of its activities');
        for (const href of await links.evaluateAll((els) => els.map((e) => e.getAttribute('href')))) {
          assert.equal(await j.page.locator(`#results .card h3 a[href="${href}"]`).count(), 1, `${href} is a result`);
        }
        await j.check('a shared pin\'s list');
      }
    },
  },
  {
    name: 'dark mode',
    colorScheme: 'dark',
    async run(j) {
      // The same pages in the dark palette: axe-core checks its contrast too.
      await j.visit('/', 'home (dark)');
      const bg = await j.page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      assert.notEqual(bg, 'rgb(255, 255, 255)', 'the dark palette applies');
      await j.visit('/activities?q=robotics&free=1', 'search (dark)');
      await openFilters(j.page);
      await j.check('filters (dark)');
      await j.visit('/signup', 'sign-up (dark)');
      await j.visit('/verify', 'verify (dark)');
    },
  },
  {
    name: 'activity, organization and badge pages',
    async run(j) {
      await j.visit('/activities?q=robotics', 'search');
      // A card that offers a badge, so its organization has one to show.
      const card = j.page.locator('#results article.card', { has: j.page.locator('.badges a') }).first();
      await Promise.all([j.page.waitForURL(/\/orgs\/[^/]+\/activities\//), card.locator('h3 a').click()]);
      await j.check('activity');
      await Promise.all([j.page.waitForURL(/\/orgs\/[^/]+$/), j.page.click('article.detail > p.org a')]);
      await j.check('organization');
      await Promise.all([j.page.waitForURL(/\/orgs\/[^/]+\/badges\//), j.page.locator('article.card.badge h3 a').first().click()]);
      await j.check('badge');
      await j.visit('/orgs', 'organizations');
      await j.page.selectOption('form[action="/orgs"] select[name=kind]', { index: 1 });
      await Promise.all([j.page.waitForURL(/kind=/), j.page.click(submit('form[action="/orgs"]'))]);
      await j.check('organizations of a kind');
      await j.visit('/orgs/no-such-organization', 'error page', { status: 404 });
    },
  },
  {
    name: 'sign up and sign in',
    async run(j, run) {
      const email = `youth-${j.locale.lang}-${j.viewport.name}@example.org`;
      const password = 'a long enough password';
      await j.visit('/signup', 'sign-up form');
      // Sent empty first (the form has novalidate): every field says what is wrong, tied to it.
      await Promise.all([j.page.waitForNavigation({ waitUntil: 'load' }), j.page.click(submit('form[action="/signup"]'))]);
      const invalid = await j.page.locator('form[action="/signup"] [aria-invalid=true]').evaluateAll((els) => els.map((e) => ({
        name: e.name,
        described: (e.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean)
          .map((id) => document.getElementById(id)?.textContent.trim() || '').join(' '),
      })));
      assert.ok(invalid.length >= 3, `the empty form marks its fields invalid: ${JSON.stringify(invalid)}`);
      for (const f of invalid) assert.ok(f.described, `${f.name}: its error message is tied to it (aria-describedby)`);
      await j.check('sign-up errors');
      await j.page.fill('input[name=display_name]', `Browser ${j.viewport.name}`);
      await j.page.fill('input[name=email]', email);
      await j.page.fill('input[name=password]', password);
      await j.page.fill('input[name=birth_date]', '2009-04-15');
      await Promise.all([j.page.waitForNavigation({ waitUntil: 'load' }), j.page.click(submit('form[action="/signup"]'))]);
      await j.check('check your email');
      // The emailed link signs them in and welcomes them.
      const link = await mailLink(run, j, email, '/verify-email');
      await j.page.goto(link);
      await j.page.waitForURL((u) => u.pathname === '/me');
      await j.check('welcome');
      await signOut(j);
      // A wrong password, then the right one.
      await j.visit('/login', 'sign-in form');
      await j.page.fill('input[name=email]', email);
      await j.page.fill('input[name=password]', 'not the password');
      await Promise.all([j.page.waitForNavigation({ waitUntil: 'load' }), j.page.click(submit('form[action="/login"]'))]);
      assert.equal(new URL(j.page.url()).pathname, '/login');
      assert.equal(await j.page.locator('main [role=alert]').count(), 1, 'a failed sign-in says so');
      await j.check('sign-in refused');
      await j.page.fill('input[name=password]', password);
      await Promise.all([j.page.waitForURL((u) => u.pathname !== '/login'), j.page.click(submit('form[action="/login"]'))]);
      await j.visit('/me', 'account');
      assert.ok((await j.page.locator('main').innerText()).includes(email), 'the account page shows the address');
      // Mail settings: untick reminders and save; the page says so and keeps the choice.
      await Promise.all([j.page.waitForURL((u) => u.pathname === '/me/mail'), j.page.click('main a[href="/me/mail"]')]);
      await j.check('mail settings');
      await j.page.uncheck('form[action="/me/mail"] input[name=session_reminder]');
      await Promise.all([j.page.waitForURL((u) => u.searchParams.get('saved') === '1'), j.page.click(submit('form[action="/me/mail"]'))]);
      assert.equal(await j.page.locator('form[action="/me/mail"] input[name=session_reminder]').isChecked(), false, 'the choice is kept');
      assert.equal(await j.page.locator('main .notice[role=status]').count(), 1, 'the page says it saved');
      await j.check('mail settings saved');
      run.youthEmail = email;
      run.youthPassword = password;
    },
  },
  {
    name: 'a child and their guardian',
    async run(j, run) {
      const child = `child-${j.locale.lang}-${j.viewport.name}@example.org`;
      const guardian = `guardian-${j.locale.lang}-${j.viewport.name}@example.org`;
      const tenYearsAgo = new Date(Date.now() - 10 * 365.25 * 864e5).toISOString().slice(0, 10);
      await j.visit('/signup', 'sign-up form');
      await j.page.fill('input[name=display_name]', `Child ${j.viewport.name}`);
      await j.page.fill('input[name=email]', child);
      await j.page.fill('input[name=password]', 'a long child password');
      await j.page.fill('input[name=birth_date]', tenYearsAgo);
      // Under 13 without a guardian's address: the field says so.
      await Promise.all([j.page.waitForNavigation({ waitUntil: 'load' }), j.page.click(submit('form[action="/signup"]'))]);
      const field = j.page.locator('form[action="/signup"] input[name=guardian_email]');
      assert.equal(await field.getAttribute('aria-invalid'), 'true', 'the guardian field is marked');
      await j.check('a guardian is needed');
      await j.page.fill('input[name=password]', 'a long child password');
      await field.fill(guardian);
      await Promise.all([j.page.waitForNavigation({ waitUntil: 'load' }), j.page.click(submit('form[action="/signup"]'))]);
      await j.page.goto(await mailLink(run, j, child, '/verify-email'));
      await j.page.waitForURL((u) => u.pathname === '/me');
      assert.equal(await j.page.locator('#guardian form[action="/me/guardian"]').count(), 1, 'the child waits, and can ask again');
      await j.check('waiting for a guardian');
      // Browsing and saving work; enrolling is refused until the guardian approves.
      await j.visit('/activities?age=10', 'activities for a ten-year-old');
      await Promise.all([j.page.waitForURL(/\/orgs\/[^/]+\/activities\//), j.page.locator('#results article.card h3 a').first().click()]);
      const activity = new URL(j.page.url()).pathname;
      await Promise.all([j.page.waitForURL((u) => u.searchParams.get('done') === 'saved'), j.page.click(submit('form.save'))]);
      await j.check('saved for later');
      const enroll = 'form[action="/enrollments"]';
      assert.equal(await j.page.locator(enroll).count(), 0, 'no enroll button before the guardian approves');
      assert.equal(await j.page.locator('main .notice a[href="/me#guardian"]').count(), 1, 'the page says why');
      await signOut(j);
      // The guardian opens the emailed link, makes an account, approves, and sees the child.
      const link = await mailLink(run, j, guardian, '/consent/');
      await j.visit(link, 'consent request');
      const make = `form[action="${link}/account"]`;
      await j.page.fill(`${make} input[name=display_name]`, `Guardian ${j.viewport.name}`);
      await j.page.fill(`${make} input[name=password]`, 'a long guardian password');
      // Back to the same address, now signed in: wait for the navigation, not the URL.
      await Promise.all([j.page.waitForNavigation({ waitUntil: 'load' }), j.page.click(submit(make))]);
      assert.equal(new URL(j.page.url()).pathname, link);
      await j.check('consent, signed in');
      await Promise.all([
        j.page.waitForURL((u) => u.pathname === '/guardian'),
        j.page.click(`form[action="${link}"] button[value=approve]`),
      ]);
      assert.equal(await j.page.locator('main article.child').count(), 1, 'the guardian sees their child');
      await j.check('my children');
      // Approved, the child enrolls.
      await signOut(j);
      await signIn(j, child, 'a long child password');
      await j.visit(activity, 'the saved activity');
      assert.ok(await j.page.locator(enroll).count() > 0, 'approved, the child is offered the sessions');
      await Promise.all([
        j.page.waitForURL((u) => /^(enrolled|waitlisted)$/.test(u.searchParams.get('done') || '')),
        j.page.locator(submit(enroll)).first().click(),
      ]);
      await j.check('enrolled once approved');
      await signOut(j);
      await signIn(j, guardian, 'a long guardian password');
      await j.visit('/guardian', 'my children again');
      // The child's data downloads as a zip; deleting the account needs the guardian's password.
      const exportPath = await j.page.locator('main article.child a[href$="/export"]').getAttribute('href');
      const zip = await j.page.request.get(exportPath);
      assert.equal(zip.headers()['content-type'], 'application/zip');
      await j.page.click('main article.child details summary');
      const del = 'main article.child form[action$="/delete"]';
      await j.page.fill(`${del} input[name=password]`, 'not my password');
      await Promise.all([j.page.waitForNavigation({ waitUntil: 'load' }), j.page.click(submit(del))]);
      assert.equal(await j.page.locator(`${del} input[name=password][aria-invalid=true]`).count(), 1, 'a wrong password is said at the field');
      await j.check('delete refused');
      await j.page.fill(`${del} input[name=password]`, 'a long guardian password');
      await Promise.all([j.page.waitForURL((u) => u.searchParams.get('done') === 'deleted'), j.page.click(submit(del))]);
      assert.equal(await j.page.locator('main article.child').count(), 0, 'the child\'s account is gone');
      await j.check('child deleted');
      await signOut(j);
    },
  },
  {
    name: 'change and reset a password',
    async run(j, run) {
      assert.ok(run.youthEmail, 'needs the youth of the sign-up journey');
      const [email, password] = [run.youthEmail, run.youthPassword];
      await signIn(j, email, password);
      // A wrong current password: the message is tied to the field.
      await j.visit('/me', 'account');
      const form = 'form[action="/me/password"]';
      await j.page.fill(`${form} input[name=current_password]`, 'not the password');
      await j.page.fill(`${form} input[name=new_password]`, 'another long password');
      await Promise.all([j.page.waitForNavigation({ waitUntil: 'load' }), j.page.click(submit(form))]);
      const tied = await j.page.locator(`${form} input[name=current_password]`).evaluate((e) => ({
        invalid: e.getAttribute('aria-invalid'),
        described: document.getElementById(e.getAttribute('aria-describedby') || '')?.textContent.trim() || '',
      }));
      assert.deepEqual([tied.invalid, Boolean(tied.described)], ['true', true], `the error is tied to the field: ${JSON.stringify(tied)}`);
      await j.check('password change refused');
      await signOut(j);
      // Forgotten: the emailed link opens the reset form; the new password signs in.
      await j.visit('/forgot-password', 'forgot password');
      await j.page.fill('form[action="/forgot-password"] input[name=email]', email);
      await Promise.all([j.page.waitForNavigation({ waitUntil: 'load' }), j.page.click(submit('form[action="/forgot-password"]'))]);
      await j.check('reset link sent');
      const link = await mailLink(run, j, email, '/reset-password');
      await j.visit(link, 'choose a new password');
      const renewed = 'a renewed long password';
      await j.page.fill('form[action="/reset-password"] input[name=password]', renewed);
      await Promise.all([j.page.waitForNavigation({ waitUntil: 'load' }), j.page.click(submit('form[action="/reset-password"]'))]);
      await j.check('password changed');
      await Promise.all([j.page.waitForURL((u) => u.pathname === '/login'), j.page.click('main a.button[href="/login"]')]);
      await j.page.fill('input[name=email]', email);
      await j.page.fill('input[name=password]', renewed);
      await Promise.all([j.page.waitForURL((u) => u.pathname === '/me'), j.page.click(submit('form[action="/login"]'))]);
      run.youthPassword = renewed;
    },
  },
  {
    name: 'enroll in a session',
    async run(j, run) {
      assert.ok(run.youthEmail, 'needs the youth of the sign-up journey (17 years old)');
      await signIn(j, run.youthEmail, run.youthPassword);
      // Activities for a 17-year-old, soonest first: the first has a session to come.
      await j.visit('/activities?age=17', 'activities for my age');
      const card = j.page.locator('#results article.card').first();
      await Promise.all([j.page.waitForURL(/\/orgs\/[^/]+\/activities\//), card.locator('h3 a').click()]);
      const activityPath = new URL(j.page.url()).pathname;
      await j.check('activity with sessions');
      const enroll = 'form[action="/enrollments"]';
      assert.ok(await j.page.locator(enroll).count() > 0, 'a youth is offered its sessions');
      // Other locales and viewports may have taken the places: a place or the waitlist, either way.
      await Promise.all([
        j.page.waitForURL((u) => /^(enrolled|waitlisted)$/.test(u.searchParams.get('done') || '')),
        j.page.locator(submit(enroll)).first().click(),
      ]);
      assert.equal(await j.page.locator('main .notice[role=status]').count(), 1, 'the page says what happened');
      assert.ok(await j.page.locator('.enrolled-status').count() >= 1, 'the session shows the youth is in it');
      await j.check('enrolled');
      await Promise.all([j.page.waitForURL((u) => u.pathname === '/me/schedule'), j.page.click('main .notice a[href="/me/schedule"]')]);
      const item = j.page.locator(`ul.schedule li.enrollment:has(a[href="${activityPath}"])`);
      assert.equal(await item.count(), 1, 'the schedule lists the session');
      await j.check('my schedule');
      // A private calendar address, shown once, that a calendar app can read.
      await Promise.all([j.page.waitForNavigation({ waitUntil: 'load' }), j.page.click(submit('form[action="/me/calendar"]'))]);
      const feed = await j.page.locator('#feed-url').inputValue();
      assert.match(feed, /\/calendar\/[^/]+\.ics$/);
      const ics = await j.page.request.get(new URL(feed).pathname);
      assert.equal(ics.status(), 200);
      assert.ok((await ics.text()).startsWith('BEGIN:VCALENDAR'), 'the address serves a calendar');
      await j.check('calendar address');
      // Cancel from the schedule: the page says so and the session moves out of "coming up".
      await Promise.all([
        j.page.waitForURL((u) => u.searchParams.get('done') === 'cancelled'),
        item.locator('form[action^="/me/enrollments/"] [type=submit]').click(),
      ]);
      assert.equal(await j.page.locator(`ul.schedule li.enrollment:has(a[href="${activityPath}"]) form`).count(), 0, 'nothing left to cancel');
      await j.check('cancelled');
    },
  },
  {
    name: 'city coordinator',
    async run(j, run) {
      const email = run.server.logins.get('city coordinator');
      assert.ok(email, 'the demo printed a city coordinator login');
      await signIn(j, email);
      await j.visit('/me', 'account (coordinator)');
      await Promise.all([j.page.waitForURL(/\/city\/organizations/), j.page.click('main a[href="/city/organizations"]')]);
      await j.check('organizations to review');
      await Promise.all([j.page.waitForURL(/status=active/), j.page.click('main nav a[href$="status=active"]')]);
      assert.ok(await j.page.locator('main table tbody tr').count() > 0, 'the active organizations are listed');
      await j.check('active organizations');
    },
  },
  {
    name: 'organization dashboard',
    async run(j, run) {
      const [who, email] = [...run.server.logins].find(([w]) => w.endsWith(' administrator')) || [];
      assert.ok(email, 'the demo printed an organization administrator login');
      run.orgSlug = who.replace(/ administrator$/, '');
      await signIn(j, email);
      await j.visit('/me', 'account (staff)');
      await Promise.all([j.page.waitForURL(/\/manage\/orgs\//), j.page.click(`main a[href="/manage/orgs/${run.orgSlug}"]`)]);
      await j.check('dashboard');
      await Promise.all([j.page.waitForURL(/\/issuers\//), j.page.click(`main a[href="/issuers/${run.orgSlug}"]`)]);
      await j.check('issuer profile');
    },
  },
  {
    name: 'award a badge',
    async run(j, run) {
      const email = run.server.logins.get(`${run.orgSlug} administrator`);
      assert.ok(email, 'needs the organization dashboard journey (organization and its administrator)');
      const recipient = run.youthEmail || `recipient-${j.locale.lang}-${j.viewport.name}@example.org`;
      await signIn(j, email);
      await j.visit(`/manage/orgs/${run.orgSlug}/awards`, 'awards');
      const form = `form[action="/manage/orgs/${run.orgSlug}/awards"]`;
      await j.page.selectOption(`${form} select[name=achievement]`, { index: 0 });
      await j.page.fill(`${form} input[name=recipient_email]`, recipient);
      await j.page.fill(`${form} textarea[name=narrative]`, 'Built and programmed a line-following robot.');
      await Promise.all([j.page.waitForNavigation({ waitUntil: 'load' }), j.page.click(submit(form))]);
      await j.check('badge awarded');
      const row = j.page.locator('main table tbody tr', { hasText: recipient }).first();
      await Promise.all([j.page.waitForURL(/\/credentials\/[^/.]+$/), row.locator('a[href*="/credentials/"]').first().click()]);
      await j.check('credential');
      const [download] = await Promise.all([j.page.waitForEvent('download'), j.page.click('main a[href$=".json"][download]')]);
      const file = path.join(j.dir, 'credential.json');
      await download.saveAs(file);
      run.credentialFile = file;
    },
  },
  {
    name: 'backpack',
    async run(j, run) {
      assert.ok(run.youthEmail && run.credentialFile, 'needs the youth of the sign-up journey and the badge the award journey gave them');
      await signIn(j, run.youthEmail, run.youthPassword);
      await Promise.all([j.page.waitForURL((u) => u.pathname === '/me/backpack'), j.page.click('header nav a[href="/me/backpack"]')]);
      const held = j.page.locator('ul.backpack li.held');
      assert.ok(await held.count() >= 1, 'the badge awarded to the youth is in their backpack');
      assert.equal(await held.first().locator('a[download][href$=".png"]').count(), 1, 'with its baked image to download');
      assert.equal(await held.first().locator('a[href^="https://www.linkedin.com/profile/add?"]').count(), 1, 'with LinkedIn\'s add-to-profile link');
      await j.check('backpack');
      // The public page: off until turned on; then it shows the badge and not the youth's name.
      await j.page.check('form[action="/me/profile"] input[name=public]');
      await Promise.all([j.page.waitForURL((u) => u.searchParams.get('shared') === 'on'), j.page.click(submit('form[action="/me/profile"]'))]);
      const publicPage = await j.page.locator('main a[href^="/u/"]').getAttribute('href');
      await j.visit(publicPage, 'public page of badges');
      assert.ok(await j.page.locator('ul.backpack li.held').count() >= 1, 'the public page shows the badge');
      assert.ok(!(await j.page.locator('main').innerText()).includes(run.youthEmail), 'and not the email');
      await j.page.goto('/me/backpack');
      await Promise.all([j.page.waitForURL(/\/credentials\/[^/.]+$/), held.first().locator('h2 a').click()]);
      await j.check('credential from the backpack');
    },
  },
  {
    name: 'verify a credential by upload',
    async run(j, run) {
      assert.ok(run.credentialFile, 'needs the credential the award journey downloaded');
      await j.visit('/verify', 'verify form');
      await j.page.setInputFiles('form[action="/verify"] input[type=file][name=file]', run.credentialFile);
      await Promise.all([j.page.waitForNavigation({ waitUntil: 'load' }), j.page.click(submit('form[action="/verify"]'))]);
      const result = j.page.locator('.verify-result');
      await result.waitFor();
      assert.equal(await result.locator('.notice').count(), 1, 'the uploaded credential verifies');
      assert.equal(await j.page.locator('.verify-result .check.failed').count(), 0, 'no check failed');
      await j.check('verified');
    },
  },
];
