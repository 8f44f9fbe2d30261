// A copy with Welsh pages (site.yaml languages: [en, cy]), built once under a sub-path: the language
// links, the Welsh pages' language, a translated guide, a page with no Welsh version yet, and search in Welsh. The root
// build (languages: [en], the default) has no Welsh page and no language link.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from '../helpers/axe';
import type { StaticServer } from '../helpers/static-server';
import { welshSite, WELSH_BASE } from '../helpers/welsh-site';
import { ROOT } from '../helpers/build';
import { loadSiteConfig } from '../../src/config/site';
import { welshGuidesOutOfDate } from '../../src/content/translation-state';

const BASE = WELSH_BASE;
const OVERLAY = 'tests/fixtures/overlays/cymraeg';
/** A guide whose Welsh version (the overlay's) was translated from an older English version. */
const STALE_GUIDE = 'locking-your-screen';
/** A guide that has no Welsh version: its /cy/ page shows the English words. */
const FALLBACK_GUIDE = 'guides/public-wifi/';

/** Every HTML file under a folder, as paths relative to it. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => relative(dir, join(dir, file)));
}

describe('an English-only copy (languages: [en], the default)', () => {
  it('builds no Welsh page, no Welsh search index and no language link', () => {
    const dir = inject('siteDir');
    expect(existsSync(join(dir, 'cy'))).toBe(false);
    const guide = readFileSync(join(dir, 'guides/clicked-a-link/index.html'), 'utf8');
    expect(guide).toContain('<html lang="en-GB">');
    expect(guide).not.toContain('hreflang');
    expect(guide).not.toContain('Cymraeg');
    expect(guide).toContain('<h1 data-pagefind-weight="10">I clicked a link or opened an attachment</h1>');
    expect(readFileSync(join(dir, 'sitemap.xml'), 'utf8')).not.toContain('/cy/');
    // The offline copy lists no Welsh file.
    expect(readFileSync(join(dir, 'sw.js'), 'utf8')).not.toContain('/cy/');
  });
});

describe('a copy in English and Welsh (languages: [en, cy]), under a sub-path', () => {
  let browser: Browser;
  let server: StaticServer;
  let dir: string;
  let page: Page;
  welshSite((site) => ({ dir, browser, server, page } = site));

  it('goes from an English guide to its Welsh page by "Cymraeg", and back by "English", without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(server.url(`${BASE}guides/clicked-a-link/`));
    const cymraeg = plain.getByRole('link', { name: 'Cymraeg', exact: true });
    expect(await cymraeg.getAttribute('lang')).toBe('cy');
    expect(await cymraeg.getAttribute('hreflang')).toBe('cy');
    await cymraeg.click();
    expect(new URL(plain.url()).pathname).toBe(`${BASE}cy/guides/clicked-a-link/`);
    expect(await plain.locator('html').getAttribute('lang')).toBe('cy');
    // Its Welsh words (content/cy/guides/clicked-a-link.mdx), not the English ones with a notice.
    expect(await plain.locator('h1').textContent()).toBe('Rydw i wedi clicio ar ddolen neu agor atodiad');
    expect(await plain.locator('main').getAttribute('lang')).toBeNull();
    expect(await plain.getByText('Agor y dudalen Saesneg').count()).toBe(0);
    await expect(plain.locator('main').getByText('Ffoniwch y ddesg gwasanaeth TG ar unwaith.').count()).resolves.toBe(
      1,
    );
    const english = plain.getByRole('link', { name: 'English', exact: true });
    expect(await english.getAttribute('lang')).toBe('en');
    expect(await english.getAttribute('hreflang')).toBe('en');
    await english.click();
    expect(new URL(plain.url()).pathname).toBe(`${BASE}guides/clicked-a-link/`);
    expect(await plain.locator('html').getAttribute('lang')).toBe('en-GB');
    await context.close();
  });

  it('says "updated in English" on the Welsh guides whose English guide changed since, and on no other', () => {
    const site = loadSiteConfig({ root: ROOT, cwd: ROOT, overlay: OVERLAY });
    const outOfDate = welshGuidesOutOfDate(site);
    // The overlay's Welsh copy of this guide was translated from an older English guide; no central one was.
    expect(outOfDate).toEqual([STALE_GUIDE]);
    const slugs = [join(ROOT, 'content/cy/guides'), join(ROOT, OVERLAY, 'cy/guides')].flatMap((folder) =>
      readdirSync(folder).map((file) => file.replace(/\.mdx$/, '')),
    );
    expect(slugs.length).toBeGreaterThan(1);
    for (const slug of slugs) {
      const html = readFileSync(join(dir, 'cy/guides', slug, 'index.html'), 'utf8');
      expect(html.includes('>Darllen y dudalen Saesneg<'), slug).toBe(outOfDate.includes(slug));
    }
  });

  it('shows the "updated in English" notice on a stale Welsh guide, with a link that opens its English page', async () => {
    await page.goto(server.url(`${BASE}cy/guides/${STALE_GUIDE}/`));
    const notice = page.locator('main .app-callout', { hasText: "Mae'r dudalen Saesneg wedi newid" });
    expect(await notice.isVisible()).toBe(true);
    // The Welsh words are still shown, not the English fallback.
    expect(await page.locator('h1').textContent()).toBe('Cloi eich sgrin');
    const link = notice.getByRole('link', { name: 'Darllen y dudalen Saesneg' });
    expect(await link.getAttribute('hreflang')).toBe('en');
    await link.click();
    expect(new URL(page.url()).pathname).toBe(`${BASE}guides/${STALE_GUIDE}/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en-GB');
    expect(await page.locator('h1').textContent()).toBe('Locking your screen');
    // A Welsh guide translated from the English as it is has no such notice.
    await page.goto(server.url(`${BASE}cy/guides/clicked-a-link/`));
    expect(await page.getByText("Mae'r dudalen Saesneg wedi newid").count()).toBe(0);
  });

  it('lists the Welsh pages in the sitemap after the English ones', () => {
    const sitemap = readFileSync(join(dir, 'sitemap.xml'), 'utf8');
    const english = sitemap.indexOf('<loc>https://cyber.example.org/trust/cyber/guides/clicked-a-link/</loc>');
    const welsh = sitemap.indexOf('<loc>https://cyber.example.org/trust/cyber/cy/guides/clicked-a-link/</loc>');
    expect(english).toBeGreaterThan(0);
    expect(welsh).toBeGreaterThan(english);
  });

  it('makes every Welsh page lang="cy", linking to an English page that exists', () => {
    const welsh = htmlFiles(join(dir, 'cy'));
    expect(welsh.length).toBeGreaterThan(50);
    for (const file of welsh) {
      const html = readFileSync(join(dir, 'cy', file), 'utf8');
      expect(html, file).toContain('<html lang="cy">');
      // The offline pages stand in for a page that could not open, so they link to no other language.
      if (file.startsWith('offline/')) continue;
      const back = /<a class="app-nav__link" href="([^"]+)" lang="en" hreflang="en">English<\/a>/.exec(html);
      expect(back, file).not.toBeNull();
      const target = back![1].slice(BASE.length);
      expect(existsSync(join(dir, target, 'index.html')), `${file} → ${back![1]}`).toBe(true);
    }
  });

  it('shows a page with no Welsh version in Welsh menus, with a Welsh notice and the English words marked as English', async () => {
    await page.goto(server.url(`${BASE}cy/${FALLBACK_GUIDE}`));
    await expect(page.locator('nav.app-nav').getByRole('link', { name: 'Pynciau' }).count()).resolves.toBe(1);
    expect(await page.locator('main').getAttribute('lang')).toBe('en-GB');
    const notice = page.locator('main .app-callout[lang="cy"]');
    expect(await notice.textContent()).toContain("Dydy'r dudalen hon ddim ar gael yn Gymraeg eto");
    await notice.getByRole('link', { name: 'Agor y dudalen Saesneg' }).click();
    expect(new URL(page.url()).pathname).toBe(`${BASE}${FALLBACK_GUIDE}`);
    expect(await page.locator('main .app-callout[lang="cy"]').count()).toBe(0);
  });

  it('has no accessibility violations on a Welsh page and the Welsh search page', async () => {
    for (const path of [`cy/${FALLBACK_GUIDE}`, 'cy/guides/clicked-a-link/', 'cy/search/']) {
      await page.goto(server.url(`${BASE}${path}`));
      expect(await axeViolations(page), path).toEqual([]);
    }
  });

  it('searches the Welsh pages from /cy/search/, loading only the Welsh index', async () => {
    const index: string[] = [];
    const watch = (request: { url(): string }) => {
      const path = new URL(request.url()).pathname;
      if (path.includes('/pagefind/')) index.push(path);
    };
    page.on('request', watch);
    await page.goto(server.url(`${BASE}cy/search/?q=${encodeURIComponent('public wifi')}`));
    await page.waitForFunction(
      () => /[cg]h?anlyniad/.test(document.querySelector('[data-status]')?.textContent ?? ''),
      {
        timeout: 30_000,
      },
    );
    page.off('request', watch);
    const results = await page
      .locator('#search-results [role="option"]')
      .evaluateAll((options) => options.map((o) => new URL((o as HTMLElement).dataset.href!, location.href).pathname));
    expect(results).toContain(`${BASE}cy/${FALLBACK_GUIDE}`);
    expect(results.every((path) => path.startsWith(`${BASE}cy/`))).toBe(true);
    expect(index.length).toBeGreaterThan(0);
    expect(index.filter((path) => !path.startsWith(`${BASE}cy/pagefind/`))).toEqual([]);
    expect(index).toContain(`${BASE}cy/pagefind/wasm.unknown.pagefind`);
  });
});
