import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, pagePaths } from '../helpers/browser';
import { ROOT } from '../helpers/build';
import { sharedBuildInTest } from '../helpers/offline';
import { siteFiles } from '../helpers/site-files';
import { StaticServer } from '../helpers/static-server';
import { KiB, kib, weighEach, type Visit } from '../helpers/weigh';
import { TARGETS } from '../bench/targets';

/** What a visit downloaded, file by file, for a message that says where the bytes went. */
const breakdown = (visit: Visit, early: boolean) =>
  visit.transfers
    .filter((t) => !early || t.beforeLoad)
    .map((t) => `${t.path} ${kib(t.served)}`)
    .join(', ');

describe('byte budget of a guide page (every guide, cold cache, served gzip like a CDN)', () => {
  const dir = inject('siteDir');
  const guides = pagePaths(siteFiles(dir), '/').filter((path) => /^\/guides\/[^/]+\/$/.test(path));
  const visits: Visit[] = [];
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await new StaticServer([{ basePath: '/', dir }]).start();
    browser = await launchBrowser();
    visits.push(
      ...(await weighEach(
        browser,
        guides.map((path) => server.url(path)),
      )),
    );
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('weighs every guide page, with its HTML and stylesheet', () => {
    expect(guides.length).toBeGreaterThan(10);
    expect(visits.length).toBe(guides.length);
    for (const visit of visits) {
      const early = visit.transfers.filter((t) => t.beforeLoad).map((t) => t.type);
      expect(early, visit.url).toContain('document');
      expect(early, visit.url).toContain('stylesheet');
    }
  });

  it(`downloads at most ${TARGETS.guideBeforeLoadKiB} KiB before the load event, on the heaviest guide`, () => {
    const heaviest = visits.reduce((a, b) => (b.beforeLoad > a.beforeLoad ? b : a));
    expect(
      heaviest.beforeLoad,
      `the heaviest guide page, ${new URL(heaviest.url).pathname}, is ${kib(heaviest.beforeLoad)} KiB before load; budget ${TARGETS.guideBeforeLoadKiB} KiB (${breakdown(heaviest, true)})`,
    ).toBeLessThanOrEqual(TARGETS.guideBeforeLoadKiB * KiB);
  });

  it(`ships at most ${TARGETS.guideJsKiB} KiB of JavaScript, before and after load, not counting the service worker`, () => {
    const most = visits.reduce((a, b) => (b.js > a.js ? b : a));
    expect(most.js, 'a guide page loads page.ts: no JavaScript at all means the measuring missed it').toBeGreaterThan(
      0,
    );
    expect(
      most.js,
      `the guide page with most JavaScript, ${new URL(most.url).pathname}, has ${kib(most.js)} KiB; budget ${TARGETS.guideJsKiB} KiB (${most.transfers
        .filter((t) => t.isScript)
        .map((t) => `${t.path} ${kib(t.served)}`)
        .join(', ')})`,
    ).toBeLessThanOrEqual(TARGETS.guideJsKiB * KiB);
  });
});

/**
 * What a built page makes the browser fetch as it loads: its stylesheets and module scripts with the
 * modules they import, and whatever is written into the page itself. Text of each, by name. Modules
 * imported with import() (after load, or on first use) are left out: a real visit shows those.
 */
function loadedBy(dir: string, basePath: string, path: string): Map<string, string> {
  const read = (url: string) => readFileSync(join(dir, url.slice(basePath.length)), 'utf8');
  const html = read(`${path}index.html`);
  const inline = [...html.matchAll(/<(style|script)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => m[2]).join('\n');
  const loaded = new Map<string, string>([[`${path} (inline)`, inline]]);
  for (const [, href] of html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)) loaded.set(href, read(href));
  // Static imports ("import{a}from"./x.js"", "import"./x.js""), not import(`./x.js`).
  const imports = /(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g;
  const importedBy = (js: string, from: string) =>
    [...js.matchAll(imports)].map(([, rel]) => new URL(rel, `http://x${from}`).pathname);
  const scripts = [
    ...[...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]),
    ...importedBy(inline, path),
  ];
  for (let src = scripts.shift(); src; src = scripts.shift()) {
    if (loaded.has(src)) continue;
    const js = read(src);
    loaded.set(src, js);
    scripts.push(...importedBy(js, src));
  }
  return loaded;
}

describe('the scripts a page loads before its load event', () => {
  // The load event starts the offline save (src/layouts/page.ts): a script that imports another delays
  // both by a round trip, 150 ms and more on a weak signal. Pages with tools of their own (the search,
  // the checklists, the practice) load those tools' parts too.
  it('are only the one every page shares, importing no other file, on the home page, the helper and every guide', () => {
    const dir = inject('siteDir');
    const pages = pagePaths(siteFiles(dir), '/').filter((path) => /^\/((help|guides)\/.*)?$/.test(path));
    expect(pages.filter((path) => path.startsWith('/guides/')).length).toBeGreaterThan(10);
    expect(pages.filter((path) => path.startsWith('/help/')).length).toBeGreaterThan(10);
    const shared = new Set<string>();
    for (const path of pages) {
      const html = readFileSync(join(dir, `${path}index.html`), 'utf8');
      const named = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]);
      named.forEach((src) => shared.add(src));
      const loaded = [...loadedBy(dir, '/', path).keys()].filter((name) => name.endsWith('.js'));
      expect(loaded, `the scripts ${path} loads before load`).toEqual(named);
    }
    expect(shared.size, `one script for all of them: ${[...shared].join(', ')}`).toBe(1);
  });
});

/** Marks of the checklist's own stylesheet (src/features/checklists/_checklists-parts.scss; the print rules every page has do not style the count) and script. */
const CHECKLIST_CSS = '.app-checklist__count{';
const CHECKLIST_JS = 'checklist could not start';
const guidesOf = (dir: string) => pagePaths(siteFiles(dir), '/').filter((path) => /^\/guides\/[^/]+\/$/.test(path));
const carrying = (loaded: Map<string, string>, mark: string) =>
  [...loaded].filter(([, text]) => text.includes(mark)).map(([name]) => name);

describe('the checklist stylesheet and script load only on pages that show a checklist', () => {
  const GUIDE = '/guides/before-you-go-home/';
  let site: string;
  let server: StaticServer;
  let browser: Browser;
  let visit: Visit;
  /** Guides of the same site without a checklist, visited as the one with it is. */
  let plainVisits: Visit[];

  /**
   * The files a visit fetched that hold `mark`. Every page's script decides at run time whether to
   * import the tick boxes' script, so which pages fetch it is read off real visits, not the files.
   */
  const fetched = (dir: string, { transfers }: Visit, mark: string) =>
    transfers.filter((t) => t.isScript && readFileSync(join(dir, t.path), 'utf8').includes(mark)).map((t) => t.path);

  beforeAll(async () => {
    // tests/fixtures/overlays/checklist-item-removed adds a guide that shows the end of shift checklist.
    site = await sharedBuildInTest(join(ROOT, 'tests/fixtures/overlays/checklist-item-removed'), '/');
    server = await new StaticServer([{ basePath: '/', dir: site }]).start();
    browser = await launchBrowser();
    const plain = guidesOf(site)
      .filter((path) => path !== GUIDE)
      .slice(0, 3);
    // weighEach visits two at a time, and lists the visits as they end.
    const visits = await weighEach(
      browser,
      [GUIDE, ...plain].map((path) => server.url(path)),
    );
    visit = visits.find((v) => new URL(v.url).pathname === GUIDE)!;
    plainVisits = visits.filter((v) => v !== visit);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('guides without a checklist carry neither', () => {
    const dir = inject('siteDir');
    const guides = guidesOf(dir);
    expect(guides.length).toBeGreaterThan(10);
    for (const [at, paths] of [
      [dir, guides],
      [site, guides.filter((path) => path !== GUIDE)],
    ] as const) {
      for (const path of paths) {
        expect(readFileSync(join(at, `${path}index.html`), 'utf8'), `${path} shows no checklist`).not.toContain(
          'data-checklist=',
        );
        expect(carrying(loadedBy(at, '/', path), CHECKLIST_CSS), `checklist stylesheet on ${path}`).toEqual([]);
      }
    }
    expect(plainVisits).toHaveLength(3);
    for (const plain of plainVisits) {
      expect(plain.js, `${plain.url}: its JavaScript was measured`).toBeGreaterThan(0);
      expect(fetched(site, plain, CHECKLIST_JS), `checklist script fetched by ${plain.url}`).toEqual([]);
    }
  });

  it('a guide that shows a checklist, and every checklist page, carries both', () => {
    const checklists = pagePaths(siteFiles(site), '/').filter((path) => /^\/checklists\/[^/]+\/$/.test(path));
    expect(checklists.length).toBeGreaterThan(3);
    for (const path of checklists) {
      const loaded = loadedBy(site, '/', path);
      expect(carrying(loaded, CHECKLIST_CSS), `checklist stylesheet on ${path}`).toHaveLength(1);
      expect(carrying(loaded, CHECKLIST_JS), `checklist script on ${path}`).toHaveLength(1);
    }
    expect(carrying(loadedBy(site, '/', GUIDE), CHECKLIST_CSS), `checklist stylesheet on ${GUIDE}`).toHaveLength(1);
    expect(fetched(site, visit, CHECKLIST_JS), `checklist script fetched by ${GUIDE}`).toHaveLength(1);
    expect(readFileSync(join(site, `${GUIDE}index.html`), 'utf8')).toContain('data-checklist="end-of-shift"');
  });

  it(`keeps a guide that shows a checklist within ${TARGETS.guideBeforeLoadKiB} KiB before load, its tick boxes' script after load, all its JavaScript within ${TARGETS.guideWithChecklistJsKiB} KiB`, () => {
    const plain = new Set(
      loadedBy(
        site,
        '/',
        guidesOf(site).find((path) => path !== GUIDE)!,
      ).keys(),
    );
    const extra = [...loadedBy(site, '/', GUIDE)].filter(([name]) => !name.endsWith('(inline)') && !plain.has(name));
    expect(
      extra.filter(([name]) => name.endsWith('.css')).map(([, css]) => css.includes(CHECKLIST_CSS)),
      "one extra stylesheet, the checklist's",
    ).toEqual([true]);
    const script = fetched(site, visit, CHECKLIST_JS);
    expect(script, 'the checklist script').toHaveLength(1);
    expect(
      visit.transfers.filter((t) => t.path === script[0]).map((t) => t.beforeLoad),
      'the checklist script, fetched after load',
    ).toEqual([false]);
    expect(
      visit.beforeLoad,
      `${GUIDE} is ${kib(visit.beforeLoad)} KiB before load (${breakdown(visit, true)})`,
    ).toBeLessThanOrEqual(TARGETS.guideBeforeLoadKiB * KiB);
    expect(visit.js, `${GUIDE} has ${kib(visit.js)} KiB of JavaScript`).toBeLessThanOrEqual(
      TARGETS.guideWithChecklistJsKiB * KiB,
    );
  });
});
