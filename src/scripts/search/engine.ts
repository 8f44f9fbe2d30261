// The search itself: the site's own index (src/search-index/) in the browser, loaded on first use,
// online or offline. The index files are plain JSON fetched from the search-index/ folder.
import type { UrgentHint } from '../../search-hints';
import { excerpt, type ExcerptPart } from '../../search-index/excerpt';
import { remembered } from '../../search-index/remembered';
import { SearchIndex } from '../../search-index/search';
import { HIGHLIGHT_PARAM } from './highlight-param';

export interface Hit {
  /** The page, with the highlight parameter so the page marks the words searched for. */
  url: string;
  title: string;
  summary: string;
  /** A few words from the page, with the words found marked. */
  excerpt: ExcerptPart[];
  type: string;
}

export interface Found {
  hits: Hit[];
  total: number;
  /** For each filter, how many results each value would give with the other filters as they are. */
  filters: Record<string, Record<string, number>>;
}

/** A JSON file of the build, or a failure naming it. */
const fetchJSON = (url: string): Promise<unknown> => fetch(url).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${url}: ${r.status}`))));

const indexes = new Map<string, SearchIndex>();

/** The index in `bundle` (the search-index/ folder's address). */
function indexAt(bundle: string): SearchIndex {
  let index = indexes.get(bundle);
  if (!index) {
    index = new SearchIndex((path) => fetchJSON(`${bundle}${path}`));
    indexes.set(bundle, index);
  }
  return index;
}

/** Filter counts come with results once the filter lists are loaded (a few hundred bytes). */
export async function loadFilters(bundle: string): Promise<void> {
  await indexAt(bundle).loadFilters();
}

/** The site's root, where the pages' addresses in the index start: the folder above search-index/. */
const siteRoot = (bundle: string) => new URL('../', new URL(bundle, location.href)).pathname;

/** Searches and fetches the first `limit` results' details. */
export async function find(bundle: string, query: string, filters: Record<string, string> = {}, limit = 20): Promise<Found> {
  const index = indexAt(bundle);
  const results = await index.search(query, filters);
  const pages = await Promise.all(results.matches.slice(0, limit).map((m) => index.page(m.page)));
  // The page marks each word as typed and as the index matched it ("phishing" and "phish").
  const marks = [...new Set(results.words.filter((w) => !w.optional).flatMap((w) => [w.word, w.term]))];
  const highlight = marks.map((w) => `${HIGHLIGHT_PARAM}=${encodeURIComponent(w)}`).join('&');
  return {
    total: results.matches.length,
    filters: results.filters,
    hits: pages.map((page) => ({
      url: `${siteRoot(bundle)}${page.url}${highlight ? `?${highlight}` : ''}`,
      title: page.title,
      summary: page.meta.summary ?? '',
      excerpt: excerpt(page.sections, results.words),
      type: page.meta.type ?? '',
    })),
  };
}

const jsonLoaded = new Map<string, Promise<unknown>>();

/** A JSON file of the build (search/words.json, search/urgent.json), fetched once; `fallback` when unavailable. */
export function buildJSON<T>(url: string, fallback: T): Promise<T> {
  const loading = remembered(jsonLoaded, url, () => fetchJSON(url));
  return (loading as Promise<T>).catch(() => fallback);
}

/** The words of a query that no page uses: only these need "Did you mean". */
export async function unknownWords(bundle: string, words: string[]): Promise<string[]> {
  const index = indexAt(bundle);
  const found = await Promise.all(words.map(async (word) => (await index.search(word)).matches.length > 0));
  return words.filter((_, i) => !found[i]);
}

const escapeRegExp = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The urgent guides a query points to: "clicked a link", "hacked", "lost phone", "ransom". */
export function urgentMatches(query: string, urgent: UrgentHint[]): UrgentHint[] {
  const text = query.toLowerCase();
  return urgent.filter((g) => g.words.some((w) => w.length > 2 && new RegExp(`(^|\\W)${escapeRegExp(w)}($|\\W)`).test(text)));
}

/** An excerpt as text, with the words found in real <mark>s. */
export function excerptNodes(parts: ExcerptPart[]): Node[] {
  return parts.map(({ text, mark }) => {
    if (!mark) return document.createTextNode(text);
    const element = document.createElement('mark');
    element.textContent = text;
    return element;
  });
}
