// The search itself: Pagefind's index in the browser, loaded on first use, online or offline.
import type { SearchHints } from '../../search-hints';
import { HIGHLIGHT_PARAM } from './highlight-param';

interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
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


const loaded = new Map<string, Promise<Pagefind>>();

function pagefindAt(bundle: string): Promise<Pagefind> {
  let pagefind = loaded.get(bundle);
  if (!pagefind) {
    pagefind = import(/* @vite-ignore */ `${bundle}pagefind.js`).then(async (module: Pagefind) => {
      await module.options({ excerptLength: 24, highlightParam: HIGHLIGHT_PARAM });
      // Filter counts come with results only once the filter index is loaded (a few hundred bytes).
      await module.filters();
      return module;
    });
    // A failed load (offline before the copy was saved) is tried again on the next search.
    pagefind.catch(() => loaded.delete(bundle));
    loaded.set(bundle, pagefind);
  }
  return pagefind;
}

/** Searches and fetches the first `limit` results' details. */
export async function find(bundle: string, query: string, filters: Record<string, string> = {}, limit = 20): Promise<Found> {
  const pagefind = await pagefindAt(bundle);
  const response = await pagefind.search(query, { filters });
  const details = await Promise.all(response.results.slice(0, limit).map((r) => r.data()));
  return {
    total: response.results.length,
    filters: response.filters ?? {},
    hits: details.map((d) => ({ url: d.url, title: d.meta.title ?? d.url, summary: d.meta.summary ?? '', excerpt: d.excerpt, type: d.meta.type ?? '' })),
  };
}

const hintsLoaded = new Map<string, Promise<SearchHints>>();

/** The site's vocabulary and urgent guides (search/hints.json), fetched once; empty when unavailable. */
export function hints(url: string): Promise<SearchHints> {
  let loading = hintsLoaded.get(url);
  if (!loading) {
    loading = fetch(url)
      .then((r) => (r.ok ? (r.json() as Promise<SearchHints>) : Promise.reject(new Error(String(r.status)))))
      .catch(() => {
        hintsLoaded.delete(url);
        return { words: [], urgent: [] };
      });
    hintsLoaded.set(url, loading);
  }
  return loading;
}

const escapeRegExp = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The urgent guides a query points to: "clicked a link", "hacked", "lost phone", "ransom". */
export function urgentMatches(query: string, urgent: SearchHints['urgent']): SearchHints['urgent'] {
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
