/**
 * Topic posters and the downtime pocket card: the QR code made at build time for the trust's own copy,
 * and paper that comes out right: exactly one A4 page, with no navigation on it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { loadContentSet } from '../../src/content/content-set';
import { topicAddress } from '../../src/features/posters/qr';
import { loadSiteConfig } from '../../src/config/site';
import { toTelUri } from '../../src/schemas/contact';
import { TOPICS } from '../../src/schemas/common';
import { parse } from 'yaml';
import { TOPIC_KEYS } from '../../src/schemas/topics';
import { launchBrowser } from '../helpers/browser';
import { ROOT } from '../helpers/build';
import { StaticServer } from '../helpers/static-server';
import { decodeQr } from '../helpers/qr';

/** 180 mm (A4's 210 mm less two 15 mm margins) at the CSS 96 px to the inch. */
/** The central words: the example trust does not change the topics' names. */
const STRINGS = parse(readFileSync(join(ROOT, 'content/strings.yaml'), 'utf8')) as Record<string, string>;
const A4_PRINTABLE_PX = Math.floor((180 / 25.4) * 96);
const MM = 96 / 25.4;

/** Pages in a PDF that Chromium wrote: one "/Type /Page" object each ("/Pages" is the tree). */
const pdfPageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('the poster address', () => {
  it('is url + basePath + topics/<topic>/, and there is none without a url', () => {
    expect(topicAddress({ url: 'https://cyber.example.org', basePath: '/' }, 'devices')).toBe(
      'https://cyber.example.org/topics/devices/',
    );
    expect(topicAddress({ url: 'https://intranet.example/', basePath: '/trust/cyber/' }, 'downtime')).toBe(
      'https://intranet.example/trust/cyber/topics/downtime/',
    );
    expect(topicAddress({ basePath: '/' }, 'devices')).toBeUndefined();
  });

  it('opens the Welsh topic page, at /cy/ under the base path, from a Welsh poster', () => {
    expect(topicAddress({ url: 'https://intranet.example/', basePath: '/trust/cyber/' }, 'downtime', 'cy')).toBe(
      'https://intranet.example/trust/cyber/cy/topics/downtime/',
    );
    expect(topicAddress({ url: 'https://cyber.example.org', basePath: '/' }, 'devices', 'en')).toBe(
      'https://cyber.example.org/topics/devices/',
    );
    expect(topicAddress({ basePath: '/' }, 'devices', 'cy')).toBeUndefined();
  });
});

describe.each([
  ['at the root', 'siteDir', '/', undefined],
  ['for the example trust under /trust/cyber/', 'exampleSiteDir', '/trust/cyber/', 'examples/northshire'],
] as const)('posters and the pocket card %s', (_label, key, basePath, overlay) => {
  const dir = inject(key);
  const site = loadSiteConfig({ root: ROOT, cwd: ROOT, overlay });
  const published = loadContentSet(ROOT, site).guides.flatMap((g) => (g.data ? [g.data.topic] : []));
  const topics = TOPICS.filter((topic) => published.includes(topic));
  let server: StaticServer;
  let context: BrowserContext;

  beforeAll(async () => {
    server = await new StaticServer([{ basePath, dir }]).start();
    context = await browser.newContext({ serviceWorkers: 'block' });
  });
  afterAll(async () => {
    await context?.close();
    await server?.stop();
  });

  async function open(path: string): Promise<Page> {
    const page = await context.newPage();
    const response = await page.goto(server.url(`${basePath}${path}`));
    expect(response?.status(), path).toBe(200);
    return page;
  }

  /**
   * Prints the page as a browser would on A4, and checks that only the sheet is on paper, that nothing
   * sticks out sideways at the width of A4 less 15 mm margins, and that no part (the poster, each card)
   * spills past its own edge.
   */
  async function expectOnePrintedPage(page: Page, sheet: string, parts: string): Promise<void> {
    expect(pdfPageCount(await page.pdf({ format: 'A4' })), page.url()).toBe(1);
    await page.setViewportSize({ width: A4_PRINTABLE_PX, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
      `sideways on ${page.url()}`,
    ).toBeLessThanOrEqual(0);
    for (const chrome of [
      'header',
      'nav',
      'footer',
      '.app-breadcrumb',
      '.nhsuk-back-link',
      '.nhsuk-skip-link',
      '.app-print-hint',
    ]) {
      expect(await page.locator(chrome).filter({ visible: true }).count(), `${chrome} in print on ${page.url()}`).toBe(
        0,
      );
    }
    // Nothing but the sheet: every printed word is inside it.
    const printed = await page.evaluate(
      (selector) => ({
        body: document.body.innerText.trim(),
        sheet: document.querySelector<HTMLElement>(selector)!.innerText.trim(),
      }),
      sheet,
    );
    expect(printed.body).toBe(printed.sheet);
    const spills = await page.locator(parts).evaluateAll((found) => found.map((p) => p.scrollHeight - p.clientHeight));
    expect(spills.length).toBeGreaterThan(0);
    expect(
      spills.filter((px) => px > 0),
      `${parts} spills over on ${page.url()}`,
    ).toEqual([]);
    await page.emulateMedia({ media: null });
  }

  it('lists a poster for every topic that has guides, with no note about a missing url', async () => {
    const page = await open('posters/');
    const links = await page.locator('.app-posters-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(topics.map((topic) => `${basePath}posters/${topic}/`));
    expect(await page.locator('.app-posters-no-url').count()).toBe(0);
    await page.close();
  });

  it.each(topics.map((topic) => [topic]))(
    'posters/%s/: a QR code for the trust copy, made at build time, and one A4 page in print',
    async (topic) => {
      const page = await open(`posters/${topic}/`);
      const address = `${site.url!.replace(/\/$/, '')}${site.basePath}topics/${topic}/`;
      expect(await page.locator('h1').innerText()).toBe(STRINGS[TOPIC_KEYS[topic].title]);
      expect(await page.locator('.app-poster__message').count()).toBe(3);
      expect(await page.locator('.app-poster__address').innerText()).toBe(address);

      // The QR code: an inline SVG with a name, drawn from path data in the built page (no script, no
      // image request), and what a phone's camera reads from the picture on screen is the address.
      const qr = page.locator('.app-poster svg');
      expect(await qr.count()).toBe(1);
      expect(await qr.getAttribute('role')).toBe('img');
      expect(await qr.getAttribute('aria-label')).toContain(address);
      const box = await qr.boundingBox();
      expect(box!.width).toBeGreaterThan(100);
      const built = readFileSync(join(dir, 'posters', topic, 'index.html'), 'utf8').split('<article')[1];
      expect(built).toMatch(/<svg\b[^>]*>[\s\S]*?<path[^>]* d="M[^"]{200,}"[\s\S]*?<\/svg>/);
      // Nothing the CSP would refuse: no style attribute anywhere on the page.
      expect(await page.locator('[style]').count()).toBe(0);

      await expectOnePrintedPage(page, '.app-poster', '.app-poster');
      // Last, as taking a screenshot can leave a style attribute on the page.
      expect(await decodeQr(await qr.screenshot())).toBe(address);
      await page.close();
    },
  );

  it("prints the pocket card on one A4 page, two cards to cut out, with the systems-down steps and this copy's numbers", async () => {
    const page = await open('pocket-card/');
    const card = page.locator('.app-pocket-card');
    expect(await card.filter({ visible: true }).count()).toBe(1);
    expect(await card.first().locator('ol li').count()).toBeGreaterThanOrEqual(4);
    const tel = toTelUri(site.contacts.serviceDesk.phone);
    expect(await card.first().locator(`a[href="${tel}"]`).innerText()).toBe(site.contacts.serviceDesk.phone);
    if (overlay) expect(await card.first().innerText()).toContain('red downtime box');

    await expectOnePrintedPage(page, '.app-pocket-sheet', '.app-pocket-card');
    await page.emulateMedia({ media: 'print' });
    expect(await card.filter({ visible: true }).count()).toBe(2);
    // Two cards side by side, each 85 mm wide and at least A6 tall, the same size to cut out.
    const sizes = await card.evaluateAll((cards) =>
      cards.map((c) => c.getBoundingClientRect()).map((r) => ({ width: r.width, height: r.height, top: r.top })),
    );
    for (const size of sizes) {
      expect(Math.abs(size.width - 85 * MM)).toBeLessThan(2);
      expect(size.height).toBeGreaterThanOrEqual(148 * MM - 1);
    }
    expect(sizes[1].height).toBe(sizes[0].height);
    expect(sizes[1].top).toBe(sizes[0].top);
    await page.close();
  });

  it('links each topic page to its poster', () => {
    for (const topic of topics)
      expect(readFileSync(join(dir, 'topics', topic, 'index.html'), 'utf8'), topic).toContain(
        `href="${basePath}posters/${topic}/"`,
      );
  });
});
