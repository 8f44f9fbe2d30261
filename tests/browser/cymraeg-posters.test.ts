// The topic posters in Welsh, on the shared English-and-Welsh build served under a sub-path: each poster
// at /cy/posters/ is a Welsh page (the topic's Welsh name and introduction, the site's Welsh name, Welsh
// interface words, axe-clean), its key messages are the Welsh guides' titles and summaries where
// content/cy/ or the trust's cy/ has the guide and the English ones marked English where not, and its
// QR code and printed address open the Welsh topic page. tests/browser/cymraeg-app.test.ts checks that
// each Welsh poster still prints on one A4 page.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadSiteConfig } from '../../src/config/site';
import { TOPICS } from '../../src/schemas/common';
import { TOPIC_KEYS } from '../../src/schemas/topics';
import { ROOT } from '../helpers/build';
import { decodeQr } from '../helpers/qr';
import { WELSH_BASE, welshSite, type WelshSite } from '../helpers/welsh-site';
import { ENGLISH_STRINGS, WELSH_STRINGS, expectWelshPage, wordsOf } from '../helpers/welsh-words';

const OVERLAY = 'tests/fixtures/overlays/cymraeg';
const SITE = loadSiteConfig({ root: ROOT, cwd: ROOT, overlay: OVERLAY });
/** content/cy/site.yaml: the site's Welsh name (the test trust has no cy/site.yaml of its own). */
const WELSH_SITE_NAME = (parse(readFileSync(join(ROOT, 'content/cy/site.yaml'), 'utf8')) as { name: string }).name;
const welshWord = (key: string) => String(WELSH_STRINGS[key]);

/** Each English guide's file name (its slug) by its English title. */
const SLUG_BY_TITLE = new Map(
  readdirSync(join(ROOT, 'content/guides'))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => [wordsOf(join(ROOT, 'content/guides', name)).title, name.replace(/\.mdx$/, '')]),
);

/** A guide's Welsh title and summary: the trust's cy/guides/ file over content/cy/guides/; undefined with neither. */
function welshGuide(slug: string): { title: string; summary: string } | undefined {
  const file = [join(ROOT, OVERLAY, 'cy/guides'), join(ROOT, 'content/cy/guides')]
    .map((dir) => join(dir, `${slug}.mdx`))
    .find((path) => existsSync(path));
  return file ? wordsOf(file) : undefined;
}

/** The full address a poster's QR code should open: the topic page, under the base path, in `folder`. */
const topicAddress = (folder: '' | 'cy/', topic: string) =>
  new URL(`${WELSH_BASE}${folder}topics/${topic}/`, SITE.url).href;

/** A poster's key messages as shown: title, summary, and the language each is marked. */
const messagesOn = (page: Page) =>
  page.locator('.app-poster__message').evaluateAll((items) =>
    items.map((item) => ({
      title: item.querySelector('h2')?.textContent?.trim() ?? '',
      summary: item.querySelector('p')?.textContent?.trim() ?? '',
      lang: item.closest('[lang]')?.getAttribute('lang'),
    })),
  );

describe('the posters in Welsh (languages: [en, cy], under a sub-path)', () => {
  const dir = inject('welshSiteDir');
  const topics = TOPICS.filter((topic) => existsSync(join(dir, 'posters', topic, 'index.html')));
  let site: WelshSite;
  welshSite((ready) => {
    site = ready;
  });
  const url = (path: string) => site.server.url(`${WELSH_BASE}${path}`);

  it('lists a Welsh poster for every topic, by its Welsh name, on a Welsh page', async () => {
    const { page } = site;
    expect(topics.length).toBeGreaterThanOrEqual(6);
    await expectWelshPage(page, url('cy/posters/'));
    expect(await page.locator('h1').textContent()).toBe(welshWord('posters.title'));
    const links = await page
      .locator('.app-posters-list a')
      .evaluateAll((all) => all.map((a) => ({ href: a.getAttribute('href'), text: a.textContent?.trim() })));
    expect(links.map((link) => link.href)).toEqual(topics.map((topic) => `${WELSH_BASE}cy/posters/${topic}/`));
    expect(links.map((link) => link.text)).toEqual(
      topics.map((topic) => `${welshWord(TOPIC_KEYS[topic].title)} ${welshWord('posters.linkSuffix')}`),
    );
  });

  it('makes each poster a Welsh page: the topic, its introduction and the site in Welsh, no English words, axe-clean', async () => {
    const { page } = site;
    for (const topic of topics) {
      await expectWelshPage(page, url(`cy/posters/${topic}/`));
      const title = welshWord(TOPIC_KEYS[topic].title);
      expect(await page.locator('h1').textContent(), topic).toContain(title);
      expect(await page.title(), topic).toContain(title);
      expect(await page.locator('.app-poster__intro').textContent(), topic).toBe(welshWord(TOPIC_KEYS[topic].intro));
      expect(await page.locator('.app-poster__brand').textContent(), topic).toContain(WELSH_SITE_NAME);
      expect(await page.locator('.app-poster__call').textContent(), topic).toContain(welshWord('posters.callDesk'));
    }
  });

  it("gives each key message the Welsh guide's title and summary, or the English ones marked en-GB", async () => {
    const { page } = site;
    const seen = { cy: 0, en: 0 };
    for (const topic of topics) {
      // The English poster of the same build says which guides the poster carries, in order.
      await page.goto(url(`posters/${topic}/`));
      const english = await messagesOn(page);
      await page.goto(url(`cy/posters/${topic}/`));
      const welsh = await messagesOn(page);
      expect(welsh, topic).toHaveLength(english.length);
      for (const [i, shown] of welsh.entries()) {
        const slug = SLUG_BY_TITLE.get(english[i].title);
        expect(slug, english[i].title).toBeDefined();
        const words = welshGuide(slug!);
        if (words) {
          expect(shown, `${topic}: ${slug}`).toEqual({ ...words, lang: 'cy' });
          seen.cy += 1;
        } else {
          expect(shown, `${topic}: ${slug} is marked English`).toEqual({ ...english[i], lang: 'en-GB' });
          seen.en += 1;
        }
      }
    }
    // The test trust's copy has both: a poster with no Welsh guide on it would test half of this.
    expect(seen.cy).toBeGreaterThan(0);
    expect(seen.en).toBeGreaterThan(0);
  });

  it('points each Welsh poster’s QR code and printed address at the Welsh topic page, and the English at the English', async () => {
    const { page } = site;
    for (const topic of topics) {
      for (const [folder, label] of [
        ['cy/', welshWord('posters.qrLabel')],
        ['', String(ENGLISH_STRINGS['posters.qrLabel'])],
      ] as const) {
        const address = topicAddress(folder, topic);
        expect(existsSync(join(dir, folder, 'topics', topic, 'index.html')), address).toBe(true);
        await page.goto(url(`${folder}posters/${topic}/`));
        expect(await page.locator('.app-poster__address').textContent(), topic).toBe(address);
        const qr = page.locator('.app-poster svg');
        expect(await qr.getAttribute('aria-label'), topic).toBe(`${label} ${address}`);
        expect(await decodeQr(await qr.screenshot()), topic).toBe(address);
      }
    }
  });
});
