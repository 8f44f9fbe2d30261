// The search itself: Pagefind's index in the browser, loaded on first use, online or offline.
import type { UrgentHint } from '../../search-hints';
import { HIGHLIGHT_PARAM } from './highlight-param';

interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  /** One per section (heading with an id) where the words were found, best first. */
  sub_results?: { url: string; excerpt: string }[];
}

/**
 * The excerpt to show: from the best section under a heading, since the top of a guide also holds its
 * hidden search keywords, which read badly as an excerpt; the page's own excerpt otherwise.
 */
const bestExcerpt = (d: PagefindData) => d.sub_results?.find((s) => s.url.includes('#'))?.excerpt ?? d.excerpt;
interface PagefindResponse {
  results: { data(): Promise<PagefindData> }[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<PagefindResponse>;
}

export interface Hit {
  /** The page, with Pagefind's highlight parameter so the page marks the words searched for. */
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

/**
 * One download per key, kept once it succeeds. A failure (offline before the copy was saved) is
 * forgotten, so the next search tries again.
 */
function remembered<T>(cache: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  let loading = cache.get(key);
  if (!loading) {
    loading = make();
    loading.catch(() => cache.delete(key));
    cache.set(key, loading);
  }
  return loading;
}

const pagefinds = new Map<string, Promise<Pagefind>>();

function pagefindAt(bundle: string): Promise<Pagefind> {
  return remembered(pagefinds, bundle, () =>
    import(/* @vite-ignore */ `${bundle}pagefind.js`).then(async (module: Pagefind) => {
      // On the page's own thread: the index is small, and the worker would be another 12 KB to fetch.
      await module.options({ excerptLength: 24, highlightParam: HIGHLIGHT_PARAM, noWorker: true });
      return module;
    }),
  );
}

const filtersLoaded = new Map<string, Promise<void>>();

/** Filter counts come with results only once Pagefind has loaded its filter index (a few hundred bytes). */
export function loadFilters(bundle: string): Promise<void> {
  return remembered(filtersLoaded, bundle, async () => void (await (await pagefindAt(bundle)).filters()));
}

/** Searches and fetches the first `limit` results' details. */
export async function find(bundle: string, query: string, filters: Record<string, string> = {}, limit = 20): Promise<Found> {
  const pagefind = await pagefindAt(bundle);
  const response = await pagefind.search(query, { filters });
  const details = await Promise.all(response.results.slice(0, limit).map((r) => r.data()));
  return {
    total: response.results.length,
    filters: response.filters ?? {},
    hits: details.map((d) => ({ url: d.url, title: d.meta.title ?? d.url, summary: d.meta.summary ?? '', excerpt: bestExcerpt(d), type: d.meta.type ?? '' })),
  };
}

const jsonLoaded = new Map<string, Promise<unknown>>();

/** A JSON file of the build (search/words.json, search/urgent.json), fetched once; `fallback` when unavailable. */
export function buildJSON<T>(url: string, fallback: T): Promise<T> {
  const loading = remembered(jsonLoaded, url, () => fetch(url).then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status))))));
  return (loading as Promise<T>).catch(() => fallback);
}

/** The words of a query that no page uses: only these need "Did you mean". */
export async function unknownWords(bundle: string, words: string[]): Promise<string[]> {
  const pagefind = await pagefindAt(bundle);
  const found = await Promise.all(words.map(async (word) => (await pagefind.search(word)).results.length > 0));
  return words.filter((_, i) => !found[i]);
}

const escapeRegExp = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The urgent guides a query points to: "clicked a link", "hacked", "lost phone", "ransom". */
export function urgentMatches(query: string, urgent: UrgentHint[]): UrgentHint[] {
  const text = query.toLowerCase();
  return urgent.filter((g) => g.words.some((w) => w.length > 2 && new RegExp(`(^|\\W)${escapeRegExp(w)}($|\\W)`).test(text)));
}

/** An excerpt with Pagefind's <mark> kept as real marks and everything else as plain text. */
export function excerptNodes(excerpt: string): Node[] {
  const decode = (s: string) => new DOMParser().parseFromString(`<!doctype html><body>${s}`, 'text/html').body.textContent ?? '';
  return excerpt.split(/(<mark>[\s\S]*?<\/mark>)/).map((part) => {
    const marked = /^<mark>([\s\S]*)<\/mark>$/.exec(part);
    if (!marked) return document.createTextNode(decode(part.replace(/<[^>]*>/g, '')));
    const mark = document.createElement('mark');
    mark.textContent = decode(marked[1].replace(/<[^>]*>/g, ''));
    return mark;
  });
}
