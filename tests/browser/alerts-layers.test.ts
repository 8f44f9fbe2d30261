// Central alerts and a trust's together, on a built site in Chromium. This repository ships
// content/alerts.yaml empty (a sample would read as a real warning), so this file's one build is of a
// copy of the project whose central alerts are tests/fixtures/central-alerts, with the trust overlay
// tests/fixtures/overlays/alerts-layers: an alert of the trust's own, the trust's urgent version of a
// central alert (the longest the schema allows), and a central alert hidden. Dates are written at test time.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { parse } from 'yaml';
import { launchBrowser } from '../helpers/browser';
import { layeredAlerts } from '../helpers/alerts-fixture';
import { ROOT } from '../helpers/build';
import { buildInTest } from '../helpers/offline';
import { siteFiles } from '../helpers/site-files';
import { StaticServer } from '../helpers/static-server';

interface FixtureAlert {
  id: string;
  title: string;
  body: string;
}
const fixture = (file: string) =>
  (parse(readFileSync(join(ROOT, 'tests/fixtures', file), 'utf8')) as { alerts: FixtureAlert[] }).alerts;
const central = Object.fromEntries(fixture('central-alerts/alerts.yaml').map((a) => [a.id, a]));
const trust = Object.fromEntries(fixture('overlays/alerts-layers/alerts.yaml').map((a) => [a.id, a]));
const TRUST_URGENT = trust['service-desk-caller']!.title;
/** What this copy shows, newest first: the trust's version of a central alert, a central one, the trust's own. */
const SHOWN = [TRUST_URGENT, central['nhs-login-pages']!.title, trust['staff-parking-fine']!.title];

/** 180 mm (A4's 210 mm less two 15 mm margins) at the CSS 96 px to the inch. */
const A4_PRINTABLE_PX = Math.floor((180 / 25.4) * 96);
/** Pages in a PDF that Chromium wrote: one "/Type /Page" object each ("/Pages" is the tree). */
const pdfPageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;

/** Waits (as long as Playwright waits for an element) until a value from the page matches. */
const settled = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 30_000 });

/** The titles of the alerts a list shows now, in order, once the page's script has checked the clock. */
const shownTitles = (page: Page, list = '[data-alerts]') =>
  page.locator(`${list} [data-alert]:visible .app-alert__title`).allInnerTexts();

let browser: Browser;
let dir: string;
let server: StaticServer;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  const { root, overlay } = layeredAlerts();
  dir = await buildInTest({ root, overlay, basePath: '/' });
  server = await new StaticServer([{ basePath: '/', dir }]).start();
  browser = await launchBrowser();
  context = await browser.newContext({ serviceWorkers: 'block' });
  page = await context.newPage();
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

describe("a trust's alerts over the central ones", () => {
  it("shows the central alerts beside the trust's own on the home page and /alerts/, newest first", async () => {
    await page.goto(server.url('/'));
    await settled(() => shownTitles(page)).toEqual(SHOWN);
    await page.goto(server.url('/alerts/'));
    await settled(() => shownTitles(page)).toEqual(SHOWN);
  });

  it("shows the trust's alert in place of the central one with its id, with the trust's text", async () => {
    await page.goto(server.url('/alerts/'));
    const alert = page.locator('[data-alerts] [data-alert-id="service-desk-caller"]');
    expect(await alert.count()).toBe(1);
    expect(await alert.locator('.app-alert__title').innerText()).toBe(TRUST_URGENT);
    expect(await alert.getAttribute('data-alert-level')).toBe('urgent');
    expect(await alert.locator('.app-alert__body').innerText()).toContain('six-digit code');
  });

  it('shows a central alert above matching search results, and has no hidden one there to match', async () => {
    await page.goto(server.url('/search/?q=login'));
    await settled(() => shownTitles(page, '[data-alerts-search]')).toEqual([central['nhs-login-pages']!.title]);
    const ids = await page
      .locator('[data-alerts-search] [data-alert]')
      .evaluateAll((alerts) => alerts.map((a) => a.getAttribute('data-alert-id')).sort());
    expect(ids).toEqual(['nhs-login-pages', 'service-desk-caller', 'staff-parking-fine']);
  });

  it('leaves the hidden central alert, and the text the trust replaced, out of every page and the feed', () => {
    const files = siteFiles(dir).filter((f) => /\.(html|xml|json)$/.test(f));
    expect(files).toContain('alerts/feed.xml');
    const gone = [
      central['pension-call']!.title,
      'pension-call',
      central['service-desk-caller']!.title,
      central['service-desk-caller']!.body,
    ];
    const found = files.flatMap((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      return gone.filter((words) => text.includes(words)).map((words) => `${file}: ${words}`);
    });
    expect(found).toEqual([]);
    // The central alert the trust kept is in the feed: the check above is not passing on an empty site.
    expect(readFileSync(join(dir, 'alerts/feed.xml'), 'utf8')).toContain(central['nhs-login-pages']!.title);
  });
});

describe('the pocket card with the longest urgent alert', () => {
  beforeAll(async () => {
    await page.emulateMedia({ media: null });
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(server.url('/pocket-card/'));
  });

  it('prints on one A4 page, the alert whole across the top, above both cards', async () => {
    expect(pdfPageCount(await page.pdf({ format: 'A4' }))).toBe(1);
    await page.setViewportSize({ width: A4_PRINTABLE_PX, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    const alert = page.locator('.app-print-sheet .app-alert');
    expect(await alert.count()).toBe(1);
    expect(await alert.locator('.app-alert__title').innerText()).toBe(TRUST_URGENT);
    // Nothing of the longest title and text the schema allows is cut off.
    const cut = await alert
      .locator('.app-alert__title, .app-alert__body')
      .evaluateAll((parts) => parts.map((p) => p.scrollHeight - p.clientHeight));
    expect(cut).toEqual([0, 0]);
    const [strip, ...cards] = await page
      .locator('.app-print-sheet .app-alerts, .app-print-sheet .app-pocket-card')
      .evaluateAll((found) => found.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
    expect(cards).toHaveLength(2);
    for (const card of cards) expect(card.top).toBeGreaterThanOrEqual(strip!.bottom);
    expect(strip!.width).toBeGreaterThanOrEqual(cards[1]!.right - cards[0]!.left);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
  });

  it('still prints on one page when the text is a long Markdown list, cut short rather than running over', async () => {
    // 400 characters of Markdown can be a list of 80 one-letter lines: as the build would make it.
    await page.locator('.app-print-sheet .app-alert__body').evaluate((body) => {
      body.innerHTML = `<ul>${'<li>x</li>'.repeat(80)}</ul>`;
    });
    expect(pdfPageCount(await page.pdf({ format: 'A4' }))).toBe(1);
    await page.emulateMedia({ media: 'print' });
    const cut = await page
      .locator('.app-print-sheet .app-alert__body')
      .evaluate((body) => body.scrollHeight - body.clientHeight);
    expect(cut).toBeGreaterThan(0);
  });
});
