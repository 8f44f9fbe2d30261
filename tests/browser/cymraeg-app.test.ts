// The app in a copy in English and Welsh: one manifest whose shortcuts open the page in the device's
// language, "Clear my progress" that makes the worker forget the device's language too, and Welsh that
// still fits on paper (the pocket card, the posters) and in buttons on a 320 px phone. The shared Welsh
// build, served under /trust/cyber/, in one browser: one phone for the app, one context for paper.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { parse } from 'yaml';
import { launchBrowser } from '../helpers/browser';
import { StaticServer } from '../helpers/static-server';
import { ROOT } from '../helpers/build';

const BASE = '/trust/cyber/';

/** A strings.yaml's words (the shortcuts' names are plain strings). */
const strings = (file: string) => parse(readFileSync(join(ROOT, file), 'utf8')) as Record<string, string>;

interface Shortcut {
  name: string;
  short_name: string;
  url: string;
}

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

  beforeAll(async () => {
    dir = inject('welshSiteDir');
    shortcuts = (JSON.parse(readFileSync(join(dir, 'manifest.webmanifest'), 'utf8')) as { shortcuts: Shortcut[] })
      .shortcuts;
    server = await new StaticServer([{ basePath: BASE, dir }]).start();
    browser = await launchBrowser();
    phone = await browser.newContext();
    app = await phone.newPage();
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
});
