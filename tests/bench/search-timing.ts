// How long a search takes on a mid-range phone: Debian Chromium with its CPU slowed 4× (as Lighthouse's
// mobile setting does), served from this machine. Times go in the bench, never in a timed test.
import type { Browser, Page } from 'playwright-core';
import { median } from './report.ts';

/** Queries for the warm engine: common, rare, two words, a prefix, a typo the page corrects. */
const WARM_QUERIES = [
  'password',
  'ransom',
  'phishing email',
  'locked out',
  'usb',
  'wifi',
  'pass',
  'report',
  'smartcard',
  'pasword manger',
  'clicked link',
  'backup',
];
/** Each warm query is searched this many times; the median of all is reported. */
const ROUNDS = 3;
/** A mid-range phone, as Lighthouse's mobile emulation has it. */
export const CPU_SLOWDOWN = 4;

export interface SearchTiming {
  /** Enter to results on a page whose search has not started: Pagefind's script, WebAssembly and index load first. */
  firstMs: number;
  /** Enter to results with the engine warm (median over every query and round). */
  warmMedianMs: number;
  warmMaxMs: number;
  searches: number;
}

/**
 * Presses Enter in the search page's box with `query` in it and times, on the page's own clock, until the
 * status line names the results for it. Enter searches at once (the typing pause is for keystrokes).
 */
function enterToResults(page: Page, query: string): Promise<number> {
  return page.evaluate(
    (q) =>
      new Promise<number>((done, fail) => {
        const input = document.querySelector<HTMLInputElement>('#search-page-q')!;
        const status = document.querySelector('[data-status]')!;
        status.textContent = '';
        input.value = q;
        const watching = new MutationObserver(() => {
          if (/\bresults?\b/i.test(status.textContent ?? '') && !/Searching/i.test(status.textContent ?? '')) {
            watching.disconnect();
            done(performance.now() - started);
          }
        });
        watching.observe(status, { childList: true, characterData: true, subtree: true });
        setTimeout(() => fail(new Error(`no results for "${q}" within 30 s`)), 30_000);
        const started = performance.now();
        input.form!.requestSubmit();
      }),
    query,
  );
}

/** The first search on an open page (its CPU already slowed), then the warm ones. */
export async function timeSearchesOn(page: Page): Promise<SearchTiming> {
  const firstMs = await enterToResults(page, 'password');
  const warm: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1)
    for (const query of WARM_QUERIES) warm.push(await enterToResults(page, query));
  return {
    firstMs: Math.round(firstMs),
    warmMedianMs: Math.round(median(warm)),
    warmMaxMs: Math.round(Math.max(...warm)),
    searches: warm.length,
  };
}

/** First search and warm searches on `searchPageUrl`, in a fresh context with the CPU slowed down. */
export async function timeSearches(browser: Browser, searchPageUrl: string): Promise<SearchTiming> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(searchPageUrl, { waitUntil: 'load' });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    return await timeSearchesOn(page);
  } finally {
    await context.close();
  }
}
