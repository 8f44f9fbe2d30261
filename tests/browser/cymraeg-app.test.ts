// The app in a copy in English and Welsh: one manifest whose shortcuts open the page in the device's
// language, "Clear my progress" that makes the worker forget the device's language too, and Welsh that
// still fits on paper (the pocket card, the posters) and in buttons on a 320 px phone. The shared Welsh
// build, served under /trust/cyber/, in one browser: one phone for the app, one context for paper.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { parse } from 'yaml';
import { launchBrowser } from '../helpers/browser';
import { StaticServer } from '../helpers/static-server';
import { ROOT } from '../helpers/build';
import { TOPICS } from '../../src/schemas/common';

const BASE = '/trust/cyber/';

/** A strings.yaml's words (the shortcuts' names are plain strings). */
const strings = (file: string) => parse(readFileSync(join(ROOT, file), 'utf8')) as Record<string, string>;

interface Shortcut {
  name: string;
  short_name: string;
  url: string;
}

/** Pages in a PDF that Chromium wrote: one "/Type /Page" object each ("/Pages" is the tree). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;

/** 180 mm (A4's 210 mm less two 15 mm margins) at the CSS 96 px to the inch, as tests/browser/posters.test.ts. */
const A4_PRINTABLE_PX = Math.floor((180 / 25.4) * 96);

/** The narrowest phone the guide is made for. */
const PHONE_PX = 320;

/** Waits until the worker has counted every file this device saves in the cache (src/features/offline/copy-saved.ts). */
async function waitUntilSaved(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.offlineCopy === 'saved', undefined, {
    timeout: 120_000,
  });
}

/** Where an address lands (its path, after any redirect) and the language of the page there. */
async function landing(page: Page, url: string): Promise<[string, string | null]> {
  await page.goto(url);
  return [new URL(page.url()).pathname, await page.locator('html').getAttribute('lang')];
}

describe('the app, the pocket card and the posters in a copy in English and Welsh', () => {
  let dir: string;
  let browser: Browser;
  let server: StaticServer;
  let phone: BrowserContext;
  let app: Page;
  let shortcuts: Shortcut[];
  /** A page with no worker, for paper and the narrow screen. */
  let paper: Page;

  beforeAll(async () => {
    dir = inject('welshSiteDir');
    shortcuts = (JSON.parse(readFileSync(join(dir, 'manifest.webmanifest'), 'utf8')) as { shortcuts: Shortcut[] })
      .shortcuts;
    server = await new StaticServer([{ basePath: BASE, dir }]).start();
    browser = await launchBrowser();
    phone = await browser.newContext();
    app = await phone.newPage();
    paper = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** Each shortcut's address, and the path of the page it opens in each language. */
  const opened = () =>
    shortcuts.map((shortcut) => {
      const english = new URL(shortcut.url, 'https://x.invalid').pathname;
      return { url: server.url(shortcut.url), english, welsh: english.replace(BASE, `${BASE}cy/`) };
    });

  it('names each shortcut in Welsh and English, in one manifest', () => {
    const english = strings('content/strings.yaml');
    const welsh = strings('content/cy/strings.yaml');
    expect(shortcuts.map((s) => s.name)).toEqual(
      ['shortcuts.help', 'shortcuts.alerts', 'shortcuts.report'].map((key) => `${welsh[key]} · ${english[key]}`),
    );
    for (const shortcut of shortcuts) expect(shortcut.short_name).toBe(shortcut.name);
    expect(shortcuts.map((s) => s.url)).toEqual([
      `${BASE}help/?shortcut`,
      `${BASE}alerts/?shortcut`,
      `${BASE}guides/how-to-report/?shortcut`,
    ]);
  });

  it('opens each shortcut in English on a phone whose language is English', async () => {
    await app.goto(server.url(BASE));
    await waitUntilSaved(app);
    for (const { url, english } of opened()) expect(await landing(app, url), url).toEqual([english, 'en-GB']);
  });

  it('opens each shortcut in Welsh once the phone chose Cymraeg, and the plain English address stays English', async () => {
    await app.goto(server.url(`${BASE}help/`));
    await app.getByRole('link', { name: 'Cymraeg', exact: true }).click();
    await app.waitForURL(`**${BASE}cy/help/`);
    // Switching online saves Welsh too; the app opens in Welsh once the Welsh home is saved.
    await waitUntilSaved(app);
    for (const { url, english, welsh } of opened()) {
      expect(await landing(app, url), url).toEqual([welsh, 'cy']);
      // The same page's address without the shortcut's mark (printed, bookmarked) is never redirected.
      expect(await landing(app, server.url(english)), english).toEqual([english, 'en-GB']);
    }
    expect(await landing(app, server.url(BASE))).toEqual([`${BASE}cy/`, 'cy']);
  });

  it('"Clear my progress" makes the worker forget the device\'s language too: the app opens in English again', async () => {
    await app.goto(server.url(`${BASE}cy/progress/`));
    const languageKey = await app.evaluate(() => Object.keys(localStorage).filter((key) => key.endsWith(':language')));
    expect(languageKey).toHaveLength(1);
    await app.locator('[data-progress-clear]').click();
    await app.locator('[data-progress-clear-yes]').click();
    await app.locator('[data-progress-status]').filter({ hasText: /\S/ }).waitFor();
    expect(await app.evaluate((key) => localStorage.getItem(key), languageKey[0])).toBeNull();
    expect(await landing(app, server.url(BASE))).toEqual([BASE, 'en-GB']);
    for (const { url, english } of opened()) expect(await landing(app, url), url).toEqual([english, 'en-GB']);
    // The Welsh pages are still there to read: clearing progress does not delete the offline copy.
    expect(await landing(app, server.url(`${BASE}cy/help/`))).toEqual([`${BASE}cy/help/`, 'cy']);
  });

  /**
   * How a page comes out on A4, as tests/browser/posters.test.ts measures the English: the pages of the
   * PDF Chromium prints, how far the page sticks out sideways at A4's width less its margins, and each
   * part (a poster, a card) that spills past its own edge.
   */
  async function onPaper(path: string, parts: string) {
    await paper.setViewportSize({ width: 1280, height: 800 });
    await paper.emulateMedia({ media: null });
    const response = await paper.goto(server.url(`${BASE}${path}`));
    expect(response?.status(), path).toBe(200);
    const pages = pdfPages(await paper.pdf({ format: 'A4' }));
    await paper.setViewportSize({ width: A4_PRINTABLE_PX, height: 1000 });
    await paper.emulateMedia({ media: 'print' });
    const sideways = await paper.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    const found = paper.locator(parts).filter({ visible: true });
    const sizes = await found.evaluateAll((all) =>
      all.map((part) => ({
        spill: part.scrollHeight - part.clientHeight,
        height: part.getBoundingClientRect().height,
      })),
    );
    await paper.emulateMedia({ media: null });
    return { pages, sideways, spills: sizes.map((size) => size.spill).filter((px) => px > 0), sizes };
  }

  it('prints the Welsh pocket card on as many A4 pages as the English, two whole cards of the same size', async () => {
    const english = await onPaper('pocket-card/', '.app-pocket-card');
    const welsh = await onPaper('cy/pocket-card/', '.app-pocket-card');
    expect(english.pages).toBe(1);
    expect(welsh.pages).toBe(english.pages);
    expect(welsh.sizes).toHaveLength(2);
    expect(welsh.sizes.map((size) => size.height)).toEqual(english.sizes.map((size) => size.height));
    expect(welsh.spills, 'a Welsh card spills over').toEqual([]);
    expect(welsh.sideways).toBeLessThanOrEqual(0);
  });

  it('prints each Welsh poster on one A4 page, as the English, with nothing spilling over', async () => {
    const topics = TOPICS.filter((topic) => existsSync(join(dir, 'cy', 'posters', topic, 'index.html')));
    expect(topics.length).toBeGreaterThanOrEqual(6);
    for (const topic of topics) {
      const english = await onPaper(`posters/${topic}/`, '.app-poster');
      const welsh = await onPaper(`cy/posters/${topic}/`, '.app-poster');
      expect(english.pages, topic).toBe(1);
      expect(welsh.pages, topic).toBe(english.pages);
      expect(welsh.sizes, topic).toHaveLength(1);
      expect(welsh.spills, `the Welsh ${topic} poster spills over`).toEqual([]);
      expect(welsh.sideways, topic).toBeLessThanOrEqual(0);
    }
  });

  it('keeps every Welsh button inside the screen and its words inside the button, on a 320 px phone', async () => {
    await paper.setViewportSize({ width: PHONE_PX, height: 640 });
    // One page of each kind with buttons: the search box and the update banner are on every page.
    const pages = [
      'cy/',
      'cy/search/?q=cyfrinair',
      'cy/checklists/end-of-shift/',
      'cy/guides/clicked-a-link/',
      'cy/help/',
      'cy/help/clicked-a-link/',
      'cy/practice/',
      'cy/practice/?round=5',
      'cy/progress/',
      'cy/alerts/',
      'cy/tips/',
      'cy/pocket-card/',
      'cy/posters/devices/',
      'cy/topics/devices/',
    ];
    const overflows: string[] = [];
    for (const path of pages) {
      const response = await paper.goto(server.url(`${BASE}${path}`));
      expect(response?.status(), path).toBe(200);
      // Buttons that wait to be shown: the update banner, and the progress page's "are you sure?".
      await paper.evaluate(() => {
        document.querySelector<HTMLElement>('#update-banner')?.removeAttribute('hidden');
        document.querySelector<HTMLElement>('[data-progress-clear]')?.click();
      });
      const found = await paper
        .locator('button, .nhsuk-button, [role="button"], input[type="submit"]')
        .filter({ visible: true })
        .evaluateAll((buttons, width) => {
          return buttons.flatMap((button) => {
            const box = button.getBoundingClientRect();
            // The words' own box: a button's shadow and focus ring may reach past it, its words must not.
            // Only the words on screen: those for screen readers alone (an alert's title after "Hide this
            // alert") sit in a 1 px box and are never seen, so they cannot spill.
            const seen = [...button.childNodes].filter(
              (node) => !(node instanceof Element && node.classList.contains('nhsuk-u-visually-hidden')),
            );
            const rects = seen.map((node) => {
              const range = document.createRange();
              range.selectNode(node);
              return range.getBoundingClientRect();
            });
            const shown = rects.filter((rect) => rect.width > 0);
            const words = {
              left: Math.min(...shown.map((rect) => rect.left), box.left),
              right: Math.max(...shown.map((rect) => rect.right), box.left),
            };
            const name = (button as HTMLElement).innerText.trim() || button.getAttribute('aria-label') || '?';
            const problems = [];
            if (box.left < 0 || box.right > width) problems.push(`off the screen (${Math.round(box.right)} px)`);
            if (words.left < box.left - 0.5 || words.right > box.right + 0.5)
              problems.push(
                `words wider than the button (${Math.round(words.right - words.left)} px in ${Math.round(box.width)})`,
              );
            return problems.map((problem) => `"${name}": ${problem}`);
          });
        }, PHONE_PX);
      overflows.push(...found.map((problem) => `${path} ${problem}`));
      const sideways = await paper.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      if (sideways > 0) overflows.push(`${path} scrolls sideways by ${sideways} px`);
    }
    expect(overflows).toEqual([]);
  });
});
