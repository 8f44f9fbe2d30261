import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser, onePerKind, pagePaths, watchProblems } from '../helpers/browser';
import { axeViolations } from '../helpers/axe';
import { siteFiles } from '../helpers/site-files';
import { StaticServer } from '../helpers/static-server';

const CSP_RECORDER = () => {
  const seen: string[] = [];
  (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
  document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
};

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
  let context: BrowserContext;

  beforeAll(async () => {
    server = await new StaticServer([{ basePath, dir }]).start();
    browser = await launchBrowser();
    context = await browser.newContext({ serviceWorkers: 'block' });
    await context.addInitScript(CSP_RECORDER);
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
      const page = await context.newPage();
      const problems = watchProblems(page, server.origin);
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
      await page.close();
    },
  );
});
