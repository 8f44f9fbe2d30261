// Scam alerts on a built site: a trust's overlay (tests/fixtures/overlays/alerts, its dates written at
// test time) with four current alerts, one still to start and one ended; a second build of it where
// the urgent alert's text has changed plays an update.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations } from '../helpers/axe';
import { launchBrowser } from '../helpers/browser';
import { alertsOverlay, ukDate } from '../helpers/alerts-fixture';
import { buildInTest, visitedThenOffline } from '../helpers/offline';
import { StaticServer } from '../helpers/static-server';
import { KiB, kib, weighVisit } from '../helpers/weigh';
import { TARGETS } from '../bench/targets';
import { ukMoment } from '../../src/schemas/uk-time';
import { deviceKey } from '../../src/utils/device-store';
import { DISMISSED_NAME } from '../../src/features/alerts/alert-state';

const NOW = Date.now();
const CHANGED = 'Callers now say they are from the NHS smartcard team and ask for your passcode. Hang up.';
const strings = readFileSync(join(import.meta.dirname, '../../content/strings.yaml'), 'utf8');
const word = (key: string) => new RegExp(`^${key.replace('.', '\\.')}: (.*)$`, 'm').exec(strings)![1]!;

/** Waits (as long as Playwright waits for an element) until a value from the page matches. */
const settled = <T>(read: () => Promise<T>, options: { message?: string } = {}) =>
  expect.poll(read, { timeout: 30_000, ...options });

/** The titles of the alerts the page shows now, in order. */
const shownTitles = (page: Page, list = '[data-alerts]') =>
  page.locator(`${list} [data-alert]:visible .app-alert__title`).allInnerTexts();

let browser: Browser;
let dir: string;
let updated: string;
let server: StaticServer;

beforeAll(async () => {
  dir = await buildInTest({ overlay: alertsOverlay(NOW), basePath: '/' });
  updated = await buildInTest({ overlay: alertsOverlay(NOW, CHANGED), basePath: '/' });
  server = await new StaticServer([{ basePath: '/', dir }]).start();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('an alert from yesterday to next week', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await browser.newContext({ serviceWorkers: 'block' });
    page = await context.newPage();
  });
  afterAll(async () => context?.close());

  it('shows on the home page, at most three, newest first, with a link to the rest', async () => {
    await page.goto(server.url('/'));
    await settled(() => shownTitles(page)).toEqual([
      'Fake payslip emails',
      'Callers pretending to be the IT service desk',
      'QR code stickers on car park machines',
    ]);
    await settled(() => page.locator('[data-alert-dismiss]:visible').count()).toBe(3);
    expect(await page.locator('.app-alerts a', { hasText: word('alerts.seeAll') }).getAttribute('href')).toBe(
      '/alerts/',
    );
    // Above everything but the urgent box: after the helper link, before the topics.
    const order = await page.evaluate(() =>
      [...document.querySelectorAll('main h2')].map((h) => h.textContent?.trim()),
    );
    expect(order.slice(0, 3)).toEqual([word('home.urgentHeading'), word('alerts.title'), word('home.topicsHeading')]);
  });

  it('is in the HTML as built, so a visit without script shows what the build chose', () => {
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    const visible = [...html.matchAll(/<li class="app-alert[^"]*"[^>]*?data-alert-id="([^"]+)"[^>]*>/g)]
      .filter((m) => !/\shidden(\s|>|=)/.test(m[0]))
      .map((m) => m[1]);
    expect(visible).toEqual(['fake-payslip-email', 'service-desk-caller', 'car-park-qr']);
    expect(html).not.toContain('old-invoice-scam');
  });

  it('lists every current alert on /alerts/, and the ended one as ended', async () => {
    await page.goto(server.url('/alerts/'));
    await settled(() => shownTitles(page)).toEqual([
      'Fake payslip emails',
      'Callers pretending to be the IT service desk',
      'QR code stickers on car park machines',
      'Texts about a parcel you missed',
    ]);
    const ended = page.locator('.app-alert--ended');
    expect(await ended.locator('.app-alert__title').allInnerTexts()).toEqual(['Fake invoices from a supplier']);
    expect(await ended.locator('.app-alert__label').innerText()).toBe(word('alerts.ended').toUpperCase());
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows above the search results when its words match, and not otherwise', async () => {
    await page.goto(server.url('/search/?q=payslip'));
    await settled(() => shownTitles(page, '[data-alerts-search]')).toEqual(['Fake payslip emails']);
    expect(await axeViolations(page)).toEqual([]);
    await page.fill('#search-page-q', 'three random words');
    await settled(() => page.locator('[data-alerts-search] [data-alert]:visible').count()).toBe(0);
    expect(await page.locator('.app-alerts:has([data-alerts-search])').isHidden()).toBe(true);
  });

  it('has no accessibility problems on the home page', async () => {
    await page.goto(server.url('/'));
    await settled(() => page.locator('[data-alert-dismiss]:visible').count()).toBe(3);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('prints a current urgent alert at the top of the pocket card', async () => {
    await page.goto(server.url('/pocket-card/'));
    await page.emulateMedia({ media: 'print' });
    const sheet = page.locator('.app-print-sheet');
    expect(await sheet.locator('.app-alert').first().locator('.app-alert__title').innerText()).toBe(
      'Callers pretending to be the IT service desk',
    );
    expect(await sheet.locator('.app-alert').first().isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });
});

describe("by the device's clock, offline", () => {
  let context: BrowserContext;
  let page: Page;
  let offline: StaticServer;
  beforeAll(async () => {
    ({ context, page, server: offline } = await visitedThenOffline(browser, '/', dir));
  });
  afterAll(async () => context?.close());

  /** Sets the device's clock to noon (UK time) `days` after the build day, and opens the home page from the device. */
  const homeOnDay = async (days: number) => {
    await page.clock.setFixedTime(ukMoment(`${ukDate(NOW, days)}T12:00`));
    const response = await page.goto(offline.url('/'));
    expect(response?.fromServiceWorker()).toBe(true);
  };

  it('shows an alert whose from has come, and not one whose until has passed', async () => {
    // Four days on: the car park alert (until three days on) has ended; the gift card one has started.
    await homeOnDay(4);
    await settled(() => shownTitles(page)).toEqual([
      'Requests for gift cards from a director',
      'Fake payslip emails',
      'Callers pretending to be the IT service desk',
    ]);
  });

  it('no longer shows the alert from yesterday to next week once the clock is past its until', async () => {
    await homeOnDay(8);
    await settled(() => shownTitles(page)).toEqual(['Texts about a parcel you missed']);
  });

  it('shows no alert box at all once every alert has ended, and the rest of the page', async () => {
    await homeOnDay(11);
    await settled(() => page.locator('[data-alerts-box]').isHidden()).toBe(true);
    expect(await page.locator('h1').innerText()).not.toBe('');
  });
});

describe('dismissing an alert on the device', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await browser.newContext({ serviceWorkers: 'block' });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    server.mounts = [{ basePath: '/', dir }];
  });

  it('hides it, says where alerts are, and keeps it hidden after a reload', async () => {
    await page.goto(server.url('/'));
    await page.locator('[data-alert-id="fake-payslip-email"] [data-alert-dismiss]').click();
    await page.locator('[data-alert-id="service-desk-caller"] [data-alert-dismiss]').click();
    const note = page.locator('[data-alerts-dismissed]');
    await settled(() => note.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-alerts-dismissed'))).toBe(true);
    // The next alert takes the place of those hidden.
    expect(await shownTitles(page)).toEqual([
      'QR code stickers on car park machines',
      'Texts about a parcel you missed',
    ]);
    await page.reload();
    await settled(() => shownTitles(page)).toEqual([
      'QR code stickers on car park machines',
      'Texts about a parcel you missed',
    ]);
  });

  it('keeps a warning hidden after an update, and shows an urgent one again when it has changed', async () => {
    server.mounts = [{ basePath: '/', dir: updated }];
    await page.reload();
    await settled(() => shownTitles(page)).toEqual([
      'Callers pretending to be the IT service desk',
      'QR code stickers on car park machines',
      'Texts about a parcel you missed',
    ]);
    expect(await page.locator('[data-alert-id="service-desk-caller"] .app-alert__body').innerText()).toBe(CHANGED);
  });

  it('still lists a hidden alert on /alerts/', async () => {
    await page.goto(server.url('/alerts/'));
    await settled(() => shownTitles(page)).toContain('Fake payslip emails');
  });

  it('shows every alert, and the page, when what is saved is corrupt', async () => {
    for (const value of ['{not json', '[1,2]', '{"fake-payslip-email": 7}', 'x'.repeat(60_000)]) {
      await page.evaluate(([key, saved]) => localStorage.setItem(key!, saved!), [deviceKey(DISMISSED_NAME), value]);
      await page.goto(server.url('/'));
      await settled(() => shownTitles(page), { message: value.slice(0, 20) }).toHaveLength(3);
      expect(await page.locator('h1').innerText()).not.toBe('');
    }
  });
});

describe('the feed', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await browser.newContext({ serviceWorkers: 'block' });
    page = await context.newPage();
    await page.goto(server.url('/alerts/'));
  });
  afterAll(async () => context?.close());

  it("is Atom with every required element, listing only current alerts, with full addresses from site.yaml's url", async () => {
    const xml = readFileSync(join(dir, 'alerts/feed.xml'), 'utf8');
    const feed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const ATOM = 'http://www.w3.org/2005/Atom';
      const one = (el: Element | Document, name: string) => el.getElementsByTagNameNS(ATOM, name)[0];
      const root = doc.documentElement;
      return {
        error: doc.getElementsByTagName('parsererror').length,
        root: `${root.namespaceURI} ${root.localName}`,
        id: one(root, 'id')?.textContent,
        title: one(root, 'title')?.textContent,
        updated: one(root, 'updated')?.textContent,
        self: root.querySelector(':scope > link[rel="self"]')?.getAttribute('href'),
        entries: [...root.getElementsByTagNameNS(ATOM, 'entry')].map((entry) => ({
          id: one(entry, 'id')?.textContent,
          title: one(entry, 'title')?.textContent,
          updated: one(entry, 'updated')?.textContent,
          link: one(entry, 'link')?.getAttribute('href'),
          content: one(entry, 'content')?.textContent,
        })),
      };
    }, xml);
    const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
    expect(feed.error).toBe(0);
    expect(feed.root).toBe('http://www.w3.org/2005/Atom feed');
    expect(feed.id).toBe('https://cyber.example.org/alerts/');
    expect(feed.title).toContain(word('alerts.title'));
    expect(feed.updated).toMatch(rfc3339);
    expect(feed.self).toBe('https://cyber.example.org/alerts/feed.xml');
    expect(feed.entries.map((e) => e.title)).toEqual([
      'Fake payslip emails',
      `${word('alerts.urgent')}: Callers pretending to be the IT service desk`,
      'QR code stickers on car park machines',
      'Texts about a parcel you missed',
    ]);
    for (const entry of feed.entries) {
      expect(entry.id).toMatch(/^https:\/\/cyber\.example\.org\/alerts\/#alert-[a-z-]+$/);
      expect(entry.updated).toMatch(rfc3339);
      expect(entry.link).toMatch(/^https:\/\/cyber\.example\.org\//);
    }
    expect(feed.entries[0]!.link).toBe('https://cyber.example.org/guides/reporting-suspicious-messages/');
    expect(feed.entries[0]!.content).toContain('href="https://cyber.example.org/guides/spotting-phishing-emails/"');
  });
});

describe('the home screen shortcuts', () => {
  it('are in the manifest, named from strings.yaml with the site’s own icon, and each opens its page offline', async () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.webmanifest'), 'utf8'));
    const shortcuts = manifest.shortcuts as { name: string; url: string; icons: { src: string }[] }[];
    expect(shortcuts.map((s) => [s.name, s.url])).toEqual([
      [word('shortcuts.help'), '/help/'],
      [word('shortcuts.alerts'), '/alerts/'],
      [word('shortcuts.report'), '/guides/how-to-report/'],
    ]);
    for (const shortcut of shortcuts) expect(shortcut.icons.map((i) => i.src)).toEqual(['/icons/icon-192.png']);
    const { context, page, server: offline } = await visitedThenOffline(browser, '/', dir);
    try {
      for (const shortcut of shortcuts) {
        const response = await page.goto(offline.url(shortcut.url));
        expect(response?.fromServiceWorker(), shortcut.url).toBe(true);
        expect(await page.locator('h1').innerText(), shortcut.url).not.toBe('');
      }
      expect(await page.locator('h1').innerText()).toBe(
        /^title: (.*)$/m.exec(
          readFileSync(join(import.meta.dirname, '../../content/guides/how-to-report.mdx'), 'utf8'),
        )![1],
      );
    } finally {
      await context.close();
    }
  });
});

describe('the home page with three alerts', () => {
  it(`stays within ${TARGETS.guideBeforeLoadKiB} KiB before load and ${TARGETS.guideJsKiB} KiB of JavaScript`, async () => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    try {
      const visit = await weighVisit(context, server.url('/'));
      expect(visit.beforeLoad, `home page: ${kib(visit.beforeLoad)} KiB before load`).toBeLessThanOrEqual(
        TARGETS.guideBeforeLoadKiB * KiB,
      );
      expect(visit.js, `home page: ${kib(visit.js)} KiB of JavaScript`).toBeLessThanOrEqual(TARGETS.guideJsKiB * KiB);
      expect(visit.js).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });
});
