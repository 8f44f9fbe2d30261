// The search itself: Pagefind's index in the browser, loaded on first use, online or offline. Pagefind
// does the matching, ranking, filters and excerpts; this turns its answers into what the lists show.
import type { UrgentHint } from './search-hints';
import { HIGHLIGHT_PARAM } from './highlight-param';
import { INDEX_WORDS_ANCHOR } from './index-words-anchor';
import type { Pagefind, PagefindResultData } from './pagefind-api';
import { withoutCommonWords } from './prepare-query';
import { remembered } from './remembered';

export interface Hit {
  /** The page (at the section where the words are), with the highlight parameter so the page marks them. */
  url: string;
  title: string;
  summary: string;
  /** Pagefind's excerpt: HTML-escaped text with <mark> around the words found. */
  excerpt: string;
  type: string;
}

export interface Found {
  hits: Hit[];
  total: number;
  /** For each filter, how many results each value would give with the other filters as they are. */
  filters: Record<string, Record<string, number>>;
}

/** Where the bundle is and what the results' addresses start with, from the page's data- attributes. */
export interface Bundle {
  /** The pagefind/ folder, like "/trust/cyber/pagefind/". */
  path: string;
  /** The site's base path, like "/trust/cyber/". */
  base: string;
  /** Pagefind's version: stands in the entry file's address instead of the time (see src/config/pagefind-version.ts). */
  tag: string;
  /** The index's language: its common words, and in Welsh the unmutated forms searched for. */
  language: 'en' | 'cy';
}

/** The bundle a search element names in its data- attributes (src/features/search/search-strings.ts). */
export const bundleOf = (data: DOMStringMap): Bundle => ({
  path: data.bundle ?? '',
  base: data.base ?? '',
  tag: data.indexTag ?? '',
  language: data.language === 'cy' ? 'cy' : 'en',
});

const instances = new Map<string, Promise<Pagefind>>();

/**
 * Pagefind, set up once. It runs on the page's own thread: the index is small, a worker would be one
 * more file for every device to download, and a worker would need a policy of its own for WebAssembly.
 */
function pagefindAt(bundle: Bundle): Promise<Pagefind> {
  return remembered(instances, bundle.path, async () => {
    const pagefind = (await import(/* @vite-ignore */ `${bundle.path}pagefind.js`)) as Pagefind;
    await pagefind.options({
      basePath: bundle.path,
      baseUrl: bundle.base,
      highlightParam: HIGHLIGHT_PARAM,
      excerptLength: 24,
      metaCacheTag: bundle.tag,
      noWorker: true,
      // A guide that covers its topic fully is long; Pagefind's default (0.75) let short pages that only
      // mention the words rank above it ("report phishing" put the reporting guide fourth).
      ranking: { pageLength: 0.5 },
    });
    await pagefind.init();
    return pagefind;
  });
}

/**
 * Starts Pagefind (its script, WebAssembly and entry file) before the first search: when the header's
 * box is first focused, or once the search page has loaded. A failure (offline before the copy was
 * saved) is left for the search itself to report.
 */
export function warmUp(bundle: Bundle): void {
  pagefindAt(bundle).catch(() => undefined);
}

/** The words Pagefind is asked for: a Welsh index's come from a module only Welsh pages load. */
async function termsFor(bundle: Bundle, query: string): Promise<string> {
  return bundle.language === 'cy' ? (await import('./welsh-query')).welshSearchTerms(query) : withoutCommonWords(query);
}

/** Loads the index chunks for what has been typed so far, while the pause before searching runs. */
export function preload(bundle: Bundle, query: string): void {
  termsFor(bundle, query)
    .then(async (words) => {
      if (words) await (await pagefindAt(bundle)).preload(words);
    })
    .catch(() => undefined);
}

const filtersLoaded = new Map<string, Promise<void>>();

/** Filter counts come with results only once Pagefind has loaded its filter index (a few hundred bytes). */
export function loadFilters(bundle: Bundle): Promise<void> {
  return remembered(filtersLoaded, bundle.path, async () => void (await (await pagefindAt(bundle)).filters()));
}

/** How many of the words found an excerpt marks. */
const marksIn = (excerpt: string) => new Set(excerpt.match(/<mark>[^<]*<\/mark>/g)?.map((m) => m.toLowerCase())).size;

/**
 * Where a result opens and what it shows: the section under a heading that marks the most words searched
 * for, at that heading (Pagefind's sub_results carry its anchor, and the highlight parameter). The top of
 * a guide also holds its hidden keywords line, which reads badly as an excerpt; the page's own excerpt
 * and address only when no section under a heading has the words.
 */
export function bestSection(data: PagefindResultData): { url: string; excerpt: string } {
  const marked = (data.sub_results ?? []).filter((s) => s.url.includes('#') && marksIn(s.excerpt) > 0);
  const sections = marked.filter((s) => !s.url.endsWith(`#${INDEX_WORDS_ANCHOR}`));
  // Found only in a Welsh guide's hidden index lines: no excerpt, as the summary says more than a word list.
  if (sections.length === 0) return { url: data.url, excerpt: marked.length > 0 ? '' : data.excerpt };
  const best = sections.reduce((top, s) => (marksIn(s.excerpt) > marksIn(top.excerpt) ? s : top));
  return { url: best.url, excerpt: best.excerpt };
}

/** Searches (without the query's common words) and fetches the first `limit` results' details. */
export async function find(
  bundle: Bundle,
  query: string,
  filters: Record<string, string> = {},
  limit = 20,
): Promise<Found> {
  const pagefind = await pagefindAt(bundle);
  const response = await pagefind.search(await termsFor(bundle, query), { filters });
  if (!response) return { hits: [], total: 0, filters: {} };
  const details = await Promise.all(response.results.slice(0, limit).map((r) => r.data()));
  return {
    total: response.results.length,
    filters: response.filters ?? {},
    hits: details.map((d) => {
      const section = bestSection(d);
      return {
        url: section.url,
        title: d.meta.title ?? d.url,
        summary: d.meta.summary ?? '',
        excerpt: section.excerpt,
        type: d.meta.type ?? '',
      };
    }),
  };
}

const jsonLoaded = new Map<string, Promise<unknown>>();

/** A JSON file of the build (search/words.json, search/urgent.json), fetched once; `fallback` when unavailable. */
export function buildJSON<T>(url: string, fallback: T): Promise<T> {
  const loading = remembered(jsonLoaded, url, () =>
    fetch(url).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${url}: ${r.status}`)))),
  );
  return (loading as Promise<T>).catch(() => fallback);
}

/** Everything between words: letters and digits of any alphabet (and "_") make words. */
const BETWEEN_WORDS = /[^\p{L}\p{N}_]+/gu;
/** A text as its words with one space around each, so a phrase is found whole: " clicked a link ". */
const spaced = (text: string) => ` ${text.toLowerCase().replace(BETWEEN_WORDS, ' ').trim()} `;

/**
 * The urgent guides a query points to: "clicked a link", "hacked", "lost phone", "ransom". One pattern
 * for every phrase: a pattern per phrase (85 of them, with Unicode classes) took 0.4 s to compile on a
 * phone's first search.
 */
export function urgentMatches(query: string, urgent: UrgentHint[]): UrgentHint[] {
  const text = spaced(query);
  return urgent.filter((g) => g.words.some((w) => w.length > 2 && text.includes(spaced(w))));
}

/** An excerpt with Pagefind's <mark> kept as real marks and everything else as plain text: nothing is parsed as HTML into the page. */
export function excerptNodes(excerpt: string): Node[] {
  const decode = (s: string) =>
    new DOMParser().parseFromString(`<!doctype html><body>${s}`, 'text/html').body.textContent ?? '';
  return excerpt.split(/(<mark>[\s\S]*?<\/mark>)/).map((part) => {
    const marked = /^<mark>([\s\S]*)<\/mark>$/.exec(part);
    if (!marked) return document.createTextNode(decode(part.replace(/<[^>]*>/g, '')));
    const mark = document.createElement('mark');
    mark.textContent = decode(marked[1].replace(/<[^>]*>/g, ''));
    return mark;
  });
}
