import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, onePerKind, pagePaths, watchProblems, type PageProblems } from '../helpers/browser';
import { axeViolations, preloadAxe } from '../helpers/axe';
import { siteFiles } from '../helpers/site-files';
import { StaticServer } from '../helpers/static-server';

const CSP_RECORDER = () => {
  const seen: string[] = [];
  (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
  document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
};

/** Playwright's own size for a new tab: a laptop's window. */
const FIRST_SIZE = { width: 1280, height: 720 };

describe.each([
  ['at the root', 'siteDir', '/'],
  ['under a sub-path', 'subPathSiteDir', '/trust/cyber/'],
] as const)('every page %s', (_label, key, basePath) => {
  const dir = inject(key);
  // The 404 page is checked where people meet it: at an address that does not exist.
  const missing = `${basePath}no-such-page/`;
  const all = pagePaths(siteFiles(dir), basePath).map((p) => (p.endsWith('/404.html') ? missing : p));
  // Every page at the root; under the sub-path the same pages differ only in their links, so one page
  // of each kind is checked there (tests/browser/offline.test.ts still opens every one of them).
  const pages = basePath === '/' ? all : onePerKind(all, basePath);
  let server: StaticServer;
  let browser: Browser;
  // One tab for every page, as a reader moves from page to page: a new tab for each cost more than the
  // page itself (about 0.4 s to open, and a slower first load in its new renderer).
  let page: Page;
  let problems: PageProblems;

  beforeAll(async () => {
    server = await new StaticServer([{ basePath, dir }]).start();
    browser = await launchBrowser();
    const context = await browser.newContext({ serviceWorkers: 'block' });
    await context.addInitScript(CSP_RECORDER);
    await preloadAxe(context);
    page = await context.newPage();
    problems = watchProblems(page, server.origin);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  // One load of each page for both checks: a page is most of the cost, and the two never disagree
  // about what was loaded.
  it.each(pages)(
    '%s: no axe violation, console error, CSP violation or foreign request; fits 320 px wide and 200 percent zoom without sideways scrolling',
    async (path) => {
      // Each page starts at the tab's first size, with only its own problems.
      await page.setViewportSize(FIRST_SIZE);
      for (const list of Object.values(problems)) list.length = 0;
      const response = await page.goto(server.url(path), { waitUntil: 'load' });
      expect(response?.status()).toBe(path === missing ? 404 : 200);
      const violations = await axeViolations(page);
      const csp = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
      expect(violations).toEqual([]);
      // The browser logs the 404 status of the missing page itself; that is the point of that page.
      const expected404 =
        path === missing ? ['Failed to load resource: the server responded with a status of 404 (Not Found)'] : [];
      expect(problems.consoleErrors).toEqual(expected404);
      expect([...problems.cspViolations, ...csp]).toEqual([]);
      expect(problems.foreignRequests).toEqual([]);
      // Then narrowed to a small phone, and to a window at 200 percent zoom: the layout is CSS alone,
      // so the page need not load again at each size.
      for (const viewport of [
        { width: 320, height: 640 },
        { width: 640, height: 400 },
      ]) {
        await page.setViewportSize(viewport);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${path} at ${viewport.width}px`).toBeLessThanOrEqual(0);
      }
    },
  );
});
