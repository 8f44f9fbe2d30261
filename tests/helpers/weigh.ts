// Weighs what a browser downloads, as a CDN would serve it: the byte-budget tests (tests/budgets/) and
// `npm run bench` (tests/bench/) both measure through this file, so their figures always agree.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';

export const KiB = 1024;

/** gzip level 6: zlib's default, and what CDNs and nginx configs commonly use for text. */
const GZIP_LEVEL = 6;

/**
 * Bytes on the wire for one response body, as a CDN serves it: gzip-compressed where that makes it
 * smaller (HTML, CSS, JS, JSON, SVG), as it is where it does not (PNGs). Headers are left out: they depend on the host, not on the site.
 */
export function servedBytes(body: Uint8Array): number {
  if (body.length === 0) return 0;
  return Math.min(body.length, gzipSync(body, { level: GZIP_LEVEL }).length);
}

/** One response the page received. */
export interface Transfer {
  /** The path after the host, e.g. "/_astro/page.1234.js". */
  path: string;
  /** Playwright's resource type: document, stylesheet, script, image, fetch, … */
  type: string;
  /** Whether it is JavaScript (by content type), whatever asked for it. */
  isScript: boolean;
  /** Requested before the page's load event. */
  beforeLoad: boolean;
  /** Uncompressed bytes. */
  bytes: number;
  /** Bytes on the wire (see servedBytes). */
  served: number;
}

/** What one visit downloaded, in served bytes. */
export interface Visit {
  url: string;
  transfers: Transfer[];
  /** Everything requested before the load event: the page, its CSS, JS and images. */
  beforeLoad: number;
  /** Everything, up to when the network went quiet after load (and after `then`, if given). */
  whole: number;
  /** Everything requested after the load event. */
  afterLoad: number;
  /** JavaScript, before and after load: script files, and scripts written into the page itself. */
  js: number;
  /** Of `js`, scripts written into the HTML (counted in the page's own bytes too). */
  inlineJs: number;
}

/**
 * Left out of every figure: the service worker script. The browser fetches it for the worker, after
 * load, and the precache it downloads in the background is weighed separately (precacheTotal).
 */
const NOT_THE_PAGE = /(^|\/)sw\.js$/;

/** Waits until no request has been in flight for `quietMs` (or `maxMs` has passed). */
async function networkQuiet(inFlight: () => number, quietMs = 500, maxMs = 30_000): Promise<void> {
  const started = Date.now();
  let quietSince = Date.now();
  while (Date.now() - started < maxMs) {
    if (inFlight() > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= quietMs) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

export interface VisitOptions {
  /** Something to do once the page has loaded and gone quiet, e.g. type a search (see weighFirstSearch). */
  then?: (page: Page) => Promise<void>;
}

/**
 * Opens a URL in a new page of `context` (use a fresh context with service workers blocked for a cold
 * first visit), waits for the load event and for the network to go quiet, runs `then`, waits again,
 * and weighs every response. "Before load" is decided on the page's own clock (Resource Timing), so a
 * script a load handler imports counts as after load however fast the machine is.
 */
export async function weighVisit(context: BrowserContext, url: string, options: VisitOptions = {}): Promise<Visit> {
  const page = await context.newPage();
  // Room for every resource of a large first search in the page's timeline.
  await page.addInitScript(() => performance.setResourceTimingBufferSize(100_000));
  let inFlight = 0;
  const requests: Request[] = [];
  const bodies = new Map<Request, Promise<Buffer>>();
  page.on('request', (request) => {
    inFlight += 1;
    requests.push(request);
  });
  page.on('requestfinished', () => (inFlight -= 1));
  page.on('requestfailed', () => (inFlight -= 1));
  page.on('response', (response) => {
    bodies.set(
      response.request(),
      response.status() >= 300 && response.status() < 400
        ? Promise.resolve(Buffer.alloc(0))
        : response.body().catch(() => Buffer.alloc(0)),
    );
  });
  try {
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
    await networkQuiet(() => inFlight);
    const timeline = await page.evaluate(() => {
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return {
        load: navigation.loadEventStart,
        beforeLoad: performance
          .getEntriesByType('resource')
          .filter((e) => e.startTime < navigation.loadEventStart)
          .map((e) => e.name),
      };
    });
    if (!(timeline.load > 0)) throw new Error(`${url}: no load event in the page's timeline`);
    if (options.then) {
      await options.then(page);
      await networkQuiet(() => inFlight);
    }
    // Scripts inside the HTML travel with the page, but are JavaScript all the same.
    const inline = await page.evaluate(() =>
      [...document.querySelectorAll('script:not([src])')]
        .filter((s) =>
          ['', 'module', 'text/javascript', 'application/javascript'].includes(
            (s.getAttribute('type') ?? '').toLowerCase(),
          ),
        )
        .map((s) => s.textContent ?? ''),
    );
    const inlineJs = inline.reduce((sum, text) => sum + servedBytes(Buffer.from(text)), 0);
    const early = new Set(timeline.beforeLoad);
    const documentRequest = response.request();
    const seen = new Set<string>();
    const transfers: Transfer[] = [];
    for (const request of requests) {
      const path = new URL(request.url()).pathname;
      // A file asked for twice is downloaded once (the second answer comes from the HTTP cache).
      if (request.method() !== 'GET' || NOT_THE_PAGE.test(path) || seen.has(request.url()) || !bodies.has(request))
        continue;
      seen.add(request.url());
      const body = await bodies.get(request)!;
      const contentType = (await request.response())?.headers()['content-type'] ?? '';
      transfers.push({
        path,
        type: request.resourceType(),
        isScript: /javascript/.test(contentType),
        beforeLoad: request === documentRequest || early.has(request.url()),
        bytes: body.length,
        served: servedBytes(body),
      });
    }
    return summarise(url, transfers, inlineJs);
  } finally {
    await page.close();
  }
}

const total = (transfers: Transfer[]) => transfers.reduce((sum, t) => sum + t.served, 0);

function summarise(url: string, transfers: Transfer[], inlineJs: number): Visit {
  const early = transfers.filter((t) => t.beforeLoad);
  return {
    url,
    transfers,
    beforeLoad: total(early),
    whole: total(transfers),
    afterLoad: total(transfers) - total(early),
    js: total(transfers.filter((t) => t.isScript)) + inlineJs,
    inlineJs,
  };
}

/** The search page's box, and the status line that says how many results there are. */
const SEARCH_INPUT = '#search-page-q';
const SEARCH_STATUS = '[data-status]';

/**
 * Weighs each URL in a fresh context (a cold cache, service workers blocked), two at a time on a
 * two-core machine. Visits come back in the order they finish.
 */
export async function weighEach(browser: Browser, urls: string[]): Promise<Visit[]> {
  const visits: Visit[] = [];
  const queue = [...urls];
  const worker = async () => {
    for (let url = queue.shift(); url; url = queue.shift()) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      try {
        visits.push(await weighVisit(context, url));
      } finally {
        await context.close();
      }
    }
  };
  await Promise.all([worker(), worker()]);
  return visits;
}

/**
 * A first search, from a cold cache: open the search page, type a query, wait for the results. The
 * figure is everything after the page's load event (the search code, the index's term chunks,
 * each result's page entry, our word lists), since the page itself is weighed as a page.
 */
export async function weighFirstSearch(
  context: BrowserContext,
  searchPageUrl: string,
  query: string,
): Promise<Visit & { status: string }> {
  let status = '';
  const visit = await weighVisit(context, searchPageUrl, {
    then: async (page) => {
      await page.fill(SEARCH_INPUT, query);
      await page.waitForFunction(
        (s) => /\bresults?\b/i.test(document.querySelector(s)?.textContent ?? ''),
        SEARCH_STATUS,
        { timeout: 60_000 },
      );
      status = (await page.locator(SEARCH_STATUS).textContent()) ?? '';
    },
  });
  return { ...visit, status };
}

/** The offline copy: the files the built sw.js precaches, and their total size on disk. */
export interface Precache {
  count: number;
  /** Uncompressed bytes, as Workbox counts them and the build budget checks them. */
  bytes: number;
  /** Bytes on the wire, each file served as a CDN would (see servedBytes). */
  served: number;
  urls: string[];
}

/**
 * Reads the precache manifest that workbox-build wrote into the built sw.js and weighs its files.
 * @throws when sw.js holds no manifest, or names a file the build does not have.
 */
export function precacheTotal(siteDir: string, basePath = '/'): Precache {
  const worker = readFileSync(join(siteDir, 'sw.js'), 'utf8');
  // The manifest is a JSON array of {integrity, revision, url} objects, none holding a bracket.
  const match = /\[\{[^[\]]*?"url":[^[\]]*\}\]/.exec(worker);
  if (!match) throw new Error(`${siteDir}/sw.js holds no precache manifest`);
  const entries = JSON.parse(match[0]) as { url: string }[];
  let bytes = 0;
  let served = 0;
  for (const { url } of entries) {
    const file = join(siteDir, decodeURIComponent(url.slice(basePath.length)));
    if (!existsSync(file) || !statSync(file).isFile())
      throw new Error(`sw.js precaches ${url}, which is not in ${siteDir}`);
    const body = readFileSync(file);
    bytes += body.length;
    served += servedBytes(body);
  }
  return { count: entries.length, bytes, served, urls: entries.map((e) => e.url) };
}

/** Kibibytes with one decimal, for messages and tables. */
export const kib = (bytes: number): string => (bytes / KiB).toFixed(1);
