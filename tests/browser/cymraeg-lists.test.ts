// The Welsh lists (checklists, progress, topics, the A to Z), the offline pages, the search count and
// the fallback pages' links, on the shared English-and-Welsh build served under a sub-path: no English
// interface words, each guide's or checklist's Welsh title where it has one and its English title
// marked English where it has not, Welsh order, and axe.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { ROOT } from '../helpers/build';
import { StaticServer } from '../helpers/static-server';
import { ENGLISH_STRINGS, ENTRIES, WELSH_STRINGS, expectWelshPage } from '../helpers/welsh-words';

const BASE = '/trust/cyber/';

const LIST_PAGES = ['checklists/', 'progress/', 'topics/', 'a-z/'];
const TOPIC_NAMES = Object.entries(WELSH_STRINGS)
  .filter(([key]) => /^topic\.\w+$/.test(key))
  .map(([, words]) => String(words));

describe('Welsh lists, offline pages and search count (languages: [en, cy], under a sub-path)', () => {
  let browser: Browser;
  let server: StaticServer;
  let page: Page;
  let topicPages: string[];
  beforeAll(async () => {
    server = await new StaticServer([{ basePath: BASE, dir: inject('welshSiteDir') }]).start();
    browser = await launchBrowser();
    page = await browser.newPage();
    await page.goto(server.url(`${BASE}cy/topics/`));
    topicPages = await page
      .locator('main h2 a')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** Opens a Welsh page and checks what every Welsh page here must be (tests/helpers/welsh-words.ts). */
  const openWelsh = (path: string, options?: { bilingualTitle?: boolean }) =>
    expectWelshPage(page, server.url(path), options);

  /** Each link in <main> to a guide or checklist: its address below the base, its words, and the language they are marked. */
  const listed = () =>
    page.locator('main a[href*="/guides/"], main a[href*="/checklists/"]').evaluateAll((links) =>
      links.map((a) => ({
        href: new URL((a as HTMLAnchorElement).href).pathname,
        text: a.textContent ?? '',
        ownLang: (a.querySelector('[lang]') ?? a.closest('[lang]'))?.getAttribute('lang'),
      })),
    );

  it('shows every list in Welsh: Welsh titles where there are Welsh files, English ones marked en-GB', async () => {
    expect(topicPages.length).toBeGreaterThan(3);
    for (const path of [...LIST_PAGES.map((p) => `${BASE}cy/${p}`), ...topicPages]) {
      await openWelsh(path);
      const links = await listed();
      expect(links.length, path).toBeGreaterThan(0);
      for (const link of links) {
        expect(link.href.startsWith(`${BASE}cy/`), `${path}: ${link.href} stays in Welsh`).toBe(true);
        const entry = ENTRIES.get(link.href.slice(`${BASE}cy/`.length));
        if (!entry) continue; // the topics' poster links and the like
        if (entry.welsh) {
          expect(link.text, path).toContain(entry.welsh);
          expect(link.ownLang, `${path}: ${entry.welsh}`).toBe('cy');
        } else {
          expect(link.text, path).toContain(entry.english);
          expect(link.ownLang, `${path}: ${entry.english} is marked English`).toBe('en-GB');
        }
      }
    }
  });

  it('names the topics in Welsh, on the topics page and each topic’s own page', async () => {
    await page.goto(server.url(`${BASE}cy/topics/`));
    const names = await page.locator('main h2').allTextContents();
    expect(names.map((n) => n.trim())).toEqual(names.map((n) => n.trim()).filter((n) => TOPIC_NAMES.includes(n)));
    for (const [i, path] of topicPages.entries()) {
      await page.goto(server.url(path));
      expect((await page.locator('h1').textContent())?.trim()).toBe(names[i].trim());
      expect(await page.title()).toContain(names[i].trim());
    }
  });

  it('sorts the A to Z in Welsh order by the titles it shows, under Welsh letters', async () => {
    await page.goto(server.url(`${BASE}cy/a-z/`));
    const titles = (await page.locator('main section li a').allTextContents()).map((t) => t.trim());
    expect(titles.length).toBe(ENTRIES.size);
    expect(titles).toEqual([...titles].sort(new Intl.Collator('cy').compare));
    // Welsh titles are there, and a checklist says so in Welsh.
    expect(titles).toContain(ENTRIES.get('guides/clicked-a-link/')?.welsh);
    expect(titles.some((t) => t.endsWith('(rhestr wirio)'))).toBe(true);
    // Each title sits under its letter, Welsh's two-character letters (ch, ll, rh...) as one.
    const sections = await page.locator('main section').evaluateAll((all) =>
      all.map((s) => ({
        letter: s.querySelector('h2')?.textContent?.trim() ?? '',
        titles: [...s.querySelectorAll('li a')].map((a) => a.textContent?.trim() ?? ''),
      })),
    );
    for (const { letter, titles: under } of sections)
      for (const title of under) {
        const two = /^(ch|dd|ff|ll|ph|rh|th)/i.exec(title)?.[0];
        expect(letter, title).toBe(two ? `${two[0].toUpperCase()}${two[1]}` : title[0].toUpperCase());
      }
  });

  it('makes the offline pages in Welsh, linking to Welsh pages', async () => {
    await openWelsh(`${BASE}cy/offline/`);
    expect(await page.locator('h1').textContent()).toBe(WELSH_STRINGS['offlinePage.title']);
    const links = await page.locator('main a').evaluateAll((all) => all.map((a) => (a as HTMLAnchorElement).pathname));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link.startsWith(`${BASE}cy/`), link).toBe(true);

    // The page for a language not saved: Welsh menus, its English half marked English.
    await openWelsh(`${BASE}cy/offline/other-language/`, { bilingualTitle: true });
    expect(await page.locator('h1').textContent()).toBe(WELSH_STRINGS['language.notSaved']);
    expect(await page.title()).toContain(
      `${String(WELSH_STRINGS['language.notSaved'])} / ${String(ENGLISH_STRINGS['language.notSaved'])}`,
    );
    expect(await page.locator('main h2').getAttribute('lang')).toBe('en-GB');
  });

  it('counts search results in the Welsh plural form the number takes', async () => {
    const forms = WELSH_STRINGS['search.results'] as Record<string, string>;
    const rules = new Intl.PluralRules('cy');
    // Welsh words in two or three Welsh files, until one finds a number whose words differ from the `other`
    // form ("2 ganlyniad", "3 chanlyniad", "6 chanlyniad"): there a count with one set of words would be wrong.
    const counted: number[] = [];
    const queries = ['cyfrinair', 'ffreutur', 'cyflogres', 'ymwelwyr', 'cyfarchiad', 'wardiau', 'datgloi', 'llythyr'];
    for (const query of [...queries, 'allgofnodwch', 'cyfryngau', 'annisgwyl', 'perffaith', 'clinigol', 'nodiadau']) {
      await page.goto(server.url(`${BASE}cy/search/?q=${encodeURIComponent(query)}`));
      const status = page.locator('[data-status]');
      await page.waitForFunction((q) => document.querySelector('[data-status]')?.textContent?.includes(q), query, {
        timeout: 30_000,
      });
      const sentence = (await status.textContent())?.trim() ?? '';
      const count = Number(/\d+/.exec(sentence)?.[0] ?? 0);
      if (count < 2) continue;
      counted.push(count);
      const form = forms[rules.select(count)];
      expect(sentence, query).toContain(form.replace('{count}', String(count)).replace('{query}', query));
      if (form !== forms.other) break;
    }
    expect(
      counted.some((n) => forms[rules.select(n)] !== forms.other),
      `counts found: ${counted.join(', ')}`,
    ).toBe(true);
  });

  it('sends a fallback page’s link to an English heading to the Welsh heading in the same place', async () => {
    // what-a-cyber-attack-looks-like has no Welsh version; it links to "The Advanced attack" in two-step-verification.
    const english = readFileSync(join(ROOT, 'content/guides/what-a-cyber-attack-looks-like.mdx'), 'utf8');
    expect(existsSync(join(ROOT, 'content/cy/guides/what-a-cyber-attack-looks-like.mdx'))).toBe(false);
    expect(english).toContain('/guides/two-step-verification/#the-advanced-attack');
    await page.goto(server.url(`${BASE}cy/guides/what-a-cyber-attack-looks-like/`));
    const link = page.locator(`main a[href^="${BASE}cy/guides/two-step-verification/"]`).first();
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toBe(`${BASE}cy/guides/two-step-verification/#yr-ymosodiad-ar-advanced`);
    await page.goto(server.url(href));
    expect(await page.locator('#yr-ymosodiad-ar-advanced').textContent()).toBe('Yr ymosodiad ar Advanced');
  });

  // Last: it stops the server.
  it('shows a phone that chose Cymraeg the Welsh offline page for a page it never saved, with no signal', async () => {
    const phone = await browser.newContext();
    const welsh = await phone.newPage();
    await welsh.goto(server.url(`${BASE}cy/`));
    await welsh.waitForFunction(() => document.documentElement.dataset.offlineCopy === 'saved', undefined, {
      timeout: 120_000,
    });
    await server.stop();
    await welsh.goto(server.url(`${BASE}cy/guides/not-a-guide/`));
    expect(await welsh.locator('html').getAttribute('lang')).toBe('cy');
    expect(await welsh.locator('h1').textContent()).toBe(WELSH_STRINGS['offlinePage.title']);
    await phone.close();
  });
});
