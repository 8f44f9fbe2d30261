// Weighs a built site by page type and runs Lighthouse on it, through the same helper as the budget tests.
import type { Browser } from 'playwright-core';
import { launchBrowser, pagePaths } from '../helpers/browser.ts';
import { siteFiles } from '../helpers/site-files.ts';
import { StaticServer } from '../helpers/static-server.ts';
import { precacheTotal, weighEach, weighFirstSearch, type Precache, type Visit } from '../helpers/weigh.ts';
import { GzipServer } from './gzip-server.ts';
import { lighthouse, type LighthouseResult } from './lighthouse.ts';
import { FIRST_SEARCH_QUERY } from './targets.ts';
import { measureOfflineSave, type OfflineSave } from './offline-save.ts';
import { timeSearches, type SearchTiming } from './search-timing.ts';

/** Besides FIRST_SEARCH_QUERY (a word most guides use): a word few use, and two words. */
const OTHER_QUERIES = ['ransom', 'phishing email'];

export const PAGE_TYPES = ['home', 'guide', 'checklist', 'search'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

export interface PageWeight {
  /** The page weighed: for guides and checklists, the heaviest of those weighed. */
  path: string;
  /** How many pages of this type were weighed to find the heaviest. */
  weighed: number;
  /** KiB on the wire before the load event. */
  beforeLoadKiB: number;
  /** KiB on the wire for the whole first load, with the scripts that run after load. */
  wholeKiB: number;
  /** KiB of JavaScript, before and after load (not the service worker). */
  jsKiB: number;
}

export interface SiteMeasures {
  pages: Record<PageType, PageWeight>;
  precache: { files: number; kib: number; servedKiB: number };
  firstSearch: { query: string; kib: number; files: number; status: string; byFile: Record<string, number> };
  /** The same, for other queries: a rare word and two words, since which index chunk a word falls in matters. */
  otherSearches: { query: string; kib: number; status: string }[];
  /** Enter to results with the CPU slowed 4×: the first search (engine start included) and warm ones. */
  searchTiming: SearchTiming;
  lighthouse?: Record<PageType, LighthouseResult & { url: string; runs: number }>;
  /** Saving the offline copy down a weak signal, an update, and the first search once saved (issue #28). */
  offlineSave?: OfflineSave;
}

const toKiB = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/** Up to `count` items spread evenly over a list, keeping `always` in. */
function spread<T>(list: T[], count: number, always: T[] = []): T[] {
  if (list.length <= count) return list;
  const step = list.length / count;
  return [...new Set([...always, ...Array.from({ length: count }, (_, i) => list[Math.floor(i * step)])])];
}

/** Weighs pages of the served site by path. */
const weighPaths = (browser: Browser, server: StaticServer, paths: string[]) =>
  weighEach(
    browser,
    paths.map((path) => server.url(path)),
  );

function heaviest(visits: Visit[]): PageWeight {
  const top = visits.reduce((a, b) => (b.beforeLoad > a.beforeLoad ? b : a));
  return {
    path: new URL(top.url).pathname,
    weighed: visits.length,
    beforeLoadKiB: toKiB(top.beforeLoad),
    wholeKiB: toKiB(Math.max(...visits.map((v) => v.whole))),
    jsKiB: toKiB(Math.max(...visits.map((v) => v.js))),
  };
}

/** The guide Lighthouse opens: a generated one from the middle of the set, or the first guide. */
export function sampleGuide(paths: string[]): string {
  const generated = paths.filter((p) => p.startsWith('/guides/sample-guide-'));
  return generated[Math.floor(generated.length / 2)] ?? paths.find((p) => /^\/guides\/[^/]+\/$/.test(p))!;
}

export interface MeasureOptions {
  /** How many guide pages to weigh (spread over all of them); every guide when there are fewer. */
  guideSample: number;
  /** Run Lighthouse on home, a guide, a checklist and search. */
  lighthouse: boolean;
  /** Progress lines. */
  say: (line: string) => void;
  /** Time the offline save down a weak signal (tests/bench/offline-save.ts). */
  offlineSave?: boolean;
}

/** Weighs home, guides, checklists and search, a first search and the precache; then Lighthouse. */
export async function measureSite(dir: string, options: MeasureOptions): Promise<SiteMeasures> {
  const paths = pagePaths(siteFiles(dir), '/');
  const guides = paths.filter((p) => /^\/guides\/[^/]+\/$/.test(p));
  const checklists = paths.filter((p) => /^\/checklists\/[^/]+\/$/.test(p));
  const guide = sampleGuide(paths);
  const server = await new StaticServer([{ basePath: '/', dir }]).start();
  const browser = await launchBrowser();
  let pages: Record<PageType, PageWeight>;
  let search: Awaited<ReturnType<typeof weighFirstSearch>>;
  const others: SiteMeasures['otherSearches'] = [];
  let searchTiming: SearchTiming;
  let offlineSave: OfflineSave | undefined;
  try {
    const guideVisits = await weighPaths(browser, server, spread(guides, options.guideSample, [guide]));
    options.say(`  weighed ${guideVisits.length} of ${guides.length} guide pages`);
    pages = {
      home: heaviest(await weighPaths(browser, server, ['/'])),
      guide: heaviest(guideVisits),
      checklist: heaviest(await weighPaths(browser, server, checklists)),
      search: heaviest(await weighPaths(browser, server, ['/search/'])),
    };
    const searchFor = async (query: string) => {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      try {
        return await weighFirstSearch(context, server.url('/search/'), query);
      } finally {
        await context.close();
      }
    };
    search = await searchFor(FIRST_SEARCH_QUERY);
    for (const query of OTHER_QUERIES) {
      const other = await searchFor(query);
      others.push({ query, kib: toKiB(other.afterLoad), status: other.status });
    }
    searchTiming = await timeSearches(browser, server.url('/search/'));
    if (options.offlineSave) {
      offlineSave = await measureOfflineSave(browser, dir);
      options.say(
        `  offline save, weak signal: everything ${offlineSave.everythingMs} ms, urgent core ${offlineSave.coreMs} ms; first search once saved ${offlineSave.searchAfterSaved.firstMs} ms`,
      );
    }
    options.say(
      `  search, CPU 4× slower: first ${searchTiming.firstMs} ms, warm median ${searchTiming.warmMedianMs} ms (max ${searchTiming.warmMaxMs} ms, ${searchTiming.searches} searches)`,
    );
  } finally {
    await browser.close();
    await server.stop();
  }
  const after = search.transfers.filter((t) => !t.beforeLoad);
  const precache: Precache = precacheTotal(dir);
  const measures: SiteMeasures = {
    pages,
    precache: { files: precache.count, kib: toKiB(precache.bytes), servedKiB: toKiB(precache.served) },
    firstSearch: {
      query: FIRST_SEARCH_QUERY,
      kib: toKiB(search.afterLoad),
      files: after.length,
      status: search.status,
      byFile: Object.fromEntries(after.map((t) => [t.path, toKiB(t.served)])),
    },
    otherSearches: others,
    searchTiming,
    offlineSave,
  };
  if (options.lighthouse) {
    const gzip = await new GzipServer(dir).start();
    try {
      const targets: Record<PageType, string> = { home: '/', guide, checklist: checklists[0], search: '/search/' };
      const results = {} as NonNullable<SiteMeasures['lighthouse']>;
      for (const type of PAGE_TYPES) {
        results[type] = { url: targets[type], ...(await steadyLighthouse(gzip.url(targets[type]))) };
        options.say(
          `  lighthouse ${type} ${targets[type]}: ${JSON.stringify(results[type].scores)} (${results[type].runs} run${results[type].runs > 1 ? 's' : ''})`,
        );
      }
      measures.lighthouse = results;
    } finally {
      await gzip.stop();
    }
  }
  return measures;
}

/**
 * Lighthouse once, and when a score is under 100, twice more, keeping the median of each score: on a
 * shared machine another process's work can cost a run points (Total Blocking Time) that the page did
 * not cause. A first run at 100 everywhere stands: load never makes a page faster.
 */
async function steadyLighthouse(url: string): Promise<LighthouseResult & { runs: number }> {
  const runs = [await lighthouse(url)];
  if (Object.values(runs[0].scores).every((s) => s === 100)) return { ...runs[0], runs: 1 };
  runs.push(await lighthouse(url), await lighthouse(url));
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[1];
  const scores = Object.fromEntries(
    Object.keys(runs[0].scores).map((k) => [k, median(runs.map((r) => r.scores[k as keyof typeof r.scores]))]),
  ) as LighthouseResult['scores'];
  const middle = runs.find((r) => r.scores.performance === scores.performance) ?? runs[0];
  return { scores, lost: middle.lost, runs: runs.length };
}
