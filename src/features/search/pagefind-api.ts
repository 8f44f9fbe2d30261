// The part of Pagefind's browser API (pagefind/pagefind.js in the built site) that the search uses.
// Pagefind ships no types for its browser bundle, so these describe what it documents.

/** One section of a page (a heading with an id) where the words were found. */
interface PagefindSubResult {
  title: string;
  url: string;
  /** HTML-escaped text with <mark> around the words found. */
  excerpt: string;
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: PagefindSubResult[];
}

interface PagefindResponse {
  results: { id: string; score: number; data(): Promise<PagefindResultData> }[];
  /** For each filter, how many results each value would give with the filters as they are. */
  filters: Record<string, Record<string, number>>;
}

interface PagefindOptions {
  /** Where the bundle is (pagefind/ under the base path). */
  basePath: string;
  /** Put in front of every result's URL: the pages were indexed without the base path. */
  baseUrl: string;
  highlightParam: string;
  excerptLength: number;
  /** Added to pagefind-entry.json's address instead of the time, so the offline copy can answer. */
  metaCacheTag: string;
  noWorker: boolean;
  ranking: Partial<Record<'termFrequency' | 'pageLength' | 'termSaturation' | 'termSimilarity', number>>;
}

export interface Pagefind {
  options(options: Partial<PagefindOptions>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  /** Loads the index chunks a search for `term` will need, without searching. */
  preload(term: string): Promise<void>;
  search(term: string, options?: { filters?: Record<string, string> }): Promise<PagefindResponse | null>;
}
