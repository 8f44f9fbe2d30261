/**
 * Private by design, checked in a real browser: every page of the built site, served by the shipped
 * nginx config with all its headers, used as staff would (search, tick, answer, walk the helper), with
 * the service worker running. Nothing may break the page's policy, reach another origin, set a cookie,
 * or keep what was searched for.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, onePerKind, pagePaths } from '../helpers/browser';
import { siteFiles } from '../helpers/site-files';
import { startShippedNginx, type ShippedNginx } from '../hosting/nginx';

/** A word nobody would search for, so that finding it anywhere on the device means the search was kept. */
const SEARCH_PROBE = 'qzxprivacyprobe';

const CSP_RECORDER = () => {
  const seen: string[] = [];
  (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
  document.addEventListener('securitypolicyviolation', (e) =>
    seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
  );
};

interface Problems {
  csp: string[];
  console: string[];
  foreign: string[];
}

function watch(page: Page, origin: string, problems: Problems): void {
  page.on('console', (msg) => {
    const text = msg.text();
    // The one error a missing page brings: its own 404 status.
    if (/status of 404/.test(text) && msg.location().url === page.url()) return;
    if (/Content.Security.Policy|Refused to/i.test(text)) problems.csp.push(`${page.url()}: ${text}`);
    else if (msg.type() === 'error' || /Permissions-Policy/.test(text)) problems.console.push(`${page.url()}: ${text}`);
  });
  page.on('pageerror', (error) => problems.console.push(`${page.url()}: ${error}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url)) problems.foreign.push(`${page.url()} → ${url}`);
  });
}

const recorded = (page: Page) =>
  page
    .evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
    .catch(() => [] as string[]);

/** Whether the page carries a feature: then it is used there, and must work. */
const hasFeature = async (page: Page, selector: string) => (await page.locator(selector).count()) > 0;

/** The interactions staff make, each done where its feature is on the page. */
const INTERACTIONS: { name: string; selector: string; run(page: Page): Promise<void> }[] = [
  {
    name: 'search',
    selector: 'site-search',
    async run(page) {
      const input = page.locator('site-search input').first();
      const searched = page.waitForRequest((request) => request.url().includes('/pagefind/'), { timeout: 15_000 });
      await input.fill(`password ${SEARCH_PROBE}`);
      await input.press('Enter');
      await searched;
      await page.waitForFunction(() =>
        /results? for “password qzx/.test(document.querySelector('[data-status]')?.textContent ?? ''),
      );
      await input.fill('password');
      await input.press('Enter');
      await page.waitForFunction(() =>
        /results? for “password”/.test(document.querySelector('[data-status]')?.textContent ?? ''),
      );
      // A filter chip too: it searches again with the filter.
      await page.locator('button.app-chip').first().click();
      await page.waitForFunction(() => /Showing only/.test(document.querySelector('[data-status]')?.textContent ?? ''));
    },
  },
  {
    name: 'search from the header',
    // Once, on the home page (the header is the same on every page): it is the only page with the helper link.
    selector: 'main .app-helper-link',
    async run(page) {
      await page.keyboard.press('/');
      await page.keyboard.type('wifi');
      await page.waitForSelector('#site-search-listbox [role="option"]');
      await page.keyboard.press('Escape');
    },
  },
  {
    name: 'tick a checklist item',
    selector: '.app-checklist--interactive',
    async run(page) {
      const box = page.locator('[data-item] input[type="checkbox"]').first();
      await box.check();
      expect(await box.isChecked()).toBe(true);
    },
  },
  {
    name: 'answer a scenario',
    selector: '[data-scenario-form]:visible',
    async run(page) {
      const form = page.locator('[data-scenario-form]:visible').first();
      await form.locator('input[type="radio"]').first().check();
      await form.locator('button[type="submit"]').click();
      await page.locator('[data-scenario-result]:visible').first().waitFor();
      expect(await page.locator('mark.app-flag').count()).toBeGreaterThan(0);
    },
  },
  {
    name: 'walk the helper',
    selector: '.app-help-answers',
    async run(page) {
      // From the first question only (every other step is visited as a page anyway): always the first
      // answer, to an end page with its steps and a number to call.
      if (!new URL(page.url()).pathname.endsWith('/help/')) return;
      const start = page.url();
      for (let step = 0; step < 4 && (await page.locator('a.app-help-answer').count()) > 0; step++) {
        await page.locator('a.app-help-answer').first().click();
        await page.waitForLoadState('load');
      }
      expect(
        await page.locator('.app-help-steps li').count(),
        `the helper from ${start} ends on steps`,
      ).toBeGreaterThan(0);
      expect(await page.locator('main a[href^="tel:"]').count()).toBeGreaterThan(0);
    },
  },
  {
    name: 'clear my progress',
    selector: '[data-progress-clear]:visible',
    async run(page) {
      await page.locator('[data-progress-clear]').click();
      await page.locator('[data-progress-clear-yes]').click();
    },
  },
];

let shipped: ShippedNginx;
let browser: Browser;

beforeAll(async () => {
  shipped = await startShippedNginx(inject('siteDir'), inject('subPathSiteDir'));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await shipped?.close();
});

describe.each([
  ['at the root', 0, 'siteDir'],
  ['under a sub-path', 1, 'subPathSiteDir'],
] as const)('every page %s, used as staff use it, through the shipped nginx config', (_label, index, key) => {
  let context: BrowserContext;
  const problems: Problems = { csp: [], console: [], foreign: [] };
  const used = new Set<string>();
  const at = () => shipped.served[index];
  const pages = () => {
    const { basePath } = at();
    const all = pagePaths(siteFiles(inject(key)), basePath).map((p) =>
      p.endsWith('/404.html') ? `${basePath}no-such-page/` : p,
    );
    // One page of each kind (the first guide, checklist, helper step, poster …), each feature used where
    // it is. Every page's own policy (a <meta> CSP), console and requests are checked at the root in
    // tests/browser/pages.test.ts; what this walk adds is the shipped nginx config's headers, the same
    // on every page, and the features at work under them.
    return onePerKind(all, basePath);
  };

  beforeAll(async () => {
    context = await browser.newContext();
    await context.addInitScript(CSP_RECORDER);
  });
  afterAll(async () => {
    await context?.close();
  });

  it(
    'visits a page of each kind, searching, ticking, answering and walking the helper where they are, with no CSP violation, console error or request to another origin',
    { timeout: 900_000 },
    async () => {
      const { origin } = at();
      const paths = pages();
      expect(paths.length).toBeGreaterThan(10);
      for (const path of paths) {
        const page = await context.newPage();
        watch(page, origin, problems);
        const response = await page.goto(`${origin}${path}`, { waitUntil: 'load' });
        expect(response!.status(), path).toBe(path.endsWith('no-such-page/') ? 404 : 200);
        for (const interaction of INTERACTIONS) {
          if (!(await hasFeature(page, interaction.selector))) continue;
          await interaction.run(page);
          used.add(interaction.name);
        }
        problems.csp.push(...(await recorded(page)).map((v) => `${path}: ${v}`));
        await page.close();
      }
      // The header form works without any script: it is how search starts on every page.
      const page = await context.newPage();
      watch(page, origin, problems);
      await page.goto(`${origin}${at().basePath}`);
      await page.locator('#site-search-q').fill(SEARCH_PROBE);
      await page.locator('#site-search-q').press('Enter');
      await page.waitForURL(/\/search\/\?q=/);
      await page.waitForLoadState('networkidle');
      problems.csp.push(...(await recorded(page)));
      await page.close();
      expect([...used].sort()).toEqual(INTERACTIONS.map((i) => i.name).sort());
      expect(problems).toEqual({ csp: [], console: [], foreign: [] });
    },
  );

  it('sets no cookie, and keeps nothing of what was searched for on the device', async () => {
    expect(await context.cookies()).toEqual([]);
    const page = await context.newPage();
    await page.goto(`${at().origin}${at().basePath}privacy/`);
    const stored = await page.evaluate(async () => {
      const storage = [localStorage, sessionStorage].flatMap((s) => Object.keys(s).map((k) => `${k}=${s.getItem(k)}`));
      const cached = await Promise.all(
        (await caches.keys()).map(async (name) => (await (await caches.open(name)).keys()).map((r) => r.url)),
      );
      return { cookie: document.cookie, storage, cached: cached.flat() };
    });
    expect(stored.cookie).toBe('');
    expect(stored.storage.filter((entry) => entry.includes(SEARCH_PROBE))).toEqual([]);
    expect(stored.cached.filter((url) => url.includes(SEARCH_PROBE))).toEqual([]);
    await page.close();
  });

  it('keeps on the device, after a tick and an answer, only what the privacy notice names', async () => {
    // Used again here: the walk ends on "clear my progress", which empties what the features kept.
    const { basePath } = at();
    for (const [kind, name] of [
      [/^checklists\/[^/]+\/$/, 'tick a checklist item'],
      [/^practice\/$/, 'answer a scenario'],
    ] as const) {
      const path = pages().find((p) => kind.test(p.slice(basePath.length)))!;
      const used = await context.newPage();
      await used.goto(`${at().origin}${path}`);
      await INTERACTIONS.find((i) => i.name === name)!.run(used);
      await used.close();
    }
    const page = await context.newPage();
    await page.goto(`${at().origin}${at().basePath}privacy/`);
    // The names the notice shows (<DeviceKey>), as the browser stores them.
    const named = await page.locator('main code').allTextContents();
    // The start every local name shares says where the names are, not what one holds: it explains none.
    const shared = named.find((code) => named.filter((other) => other !== code && other.startsWith(code)).length > 2);
    const specific = named.filter((code) => code !== shared);
    const kept = await page.evaluate(() => [localStorage, sessionStorage].flatMap((s) => Object.keys(s)));
    // The tick and the answer were both kept, each under a name the notice shows.
    const explainedBy = kept.map((key) => ({ key, by: specific.find((code) => key === code || key.startsWith(code)) }));
    expect(explainedBy.filter(({ by }) => !by)).toEqual([]);
    expect(new Set(explainedBy.map(({ by }) => by)).size, `kept: ${kept.join(', ')}`).toBeGreaterThanOrEqual(2);
    await page.close();
  });
});

describe('the privacy notice', () => {
  it('says what is kept on the device (ticks, practice scores, hidden alerts, the offline copy) and how to clear it', async () => {
    const { origin, basePath } = shipped.served[0];
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${origin}${basePath}privacy/`);
    // The headings of the section "What is stored on this device", each thing kept (content/pages/privacy.mdx).
    const stored = await page
      .locator('h3')
      .evaluateAll((headings) =>
        headings
          .filter(
            (h) =>
              h.compareDocumentPosition(document.getElementById('what-is-stored-on-this-device')!) &
                Node.DOCUMENT_POSITION_PRECEDING &&
              h.compareDocumentPosition(document.getElementById('how-to-clear-it')!) & Node.DOCUMENT_POSITION_FOLLOWING,
          )
          .map((h) => h.textContent),
      );
    expect(stored).toEqual([
      'Your checklist ticks',
      'Your practice answers and score',
      'Scam alerts you hid',
      'An offline copy of the guide',
    ]);
    expect(await page.locator('#how-to-clear-it').count()).toBe(1);
    const text = await page.locator('main').innerText();
    expect(text).toContain('There are no cookies.');
    expect(text).toContain('What you type in the search box is not stored.');
    await context.close();
  });
});
