// Searching the index (see format.ts): used by the pages' search code and, in Node, by the tests.
// It knows nothing of the page; it is given a way to load the index's files.
import { FILTERS_FILE, MANIFEST_FILE, chunkFile, decodeGaps, decodeScores, pageFile, type FilterLists, type IndexManifest, type PageEntry, type TermChunk } from './format';
import { remembered } from './remembered';
import { MIN_PREFIX, queryWords, type QueryWord } from './terms';

/** Fetches one file of the index by its path inside search-index/, parsed. */
export type LoadFile = (path: string) => Promise<unknown>;

export interface Match {
  page: number;
  score: number;
}

export interface Results {
  /** Best first. */
  matches: Match[];
  /** The query's words, for excerpts and highlighting. */
  words: QueryWord[];
  /** For each filter, how many results each value would give with the other chosen filters as they are. */
  filters: Record<string, Record<string, number>>;
}

/** A typed word may be a longer form of an indexed stem ("authenticat" → "authent") down to this length. */
const MIN_STEM = 4;

/** Filter name → value → the pages that have it. */
type FilterSets = Record<string, Record<string, Set<number>>>;

/** The index of the last item ≤ key in a sorted list, or -1. */
function lastAtOrBefore(sorted: string[], key: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle] <= key) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

export class SearchIndex {
  private readonly files = new Map<string, Promise<unknown>>();
  private readonly load: LoadFile;
  private readonly filterSets = new Map<string, Promise<FilterSets>>();

  constructor(load: LoadFile) {
    this.load = load;
  }

  private file<T>(path: string): Promise<T> {
    return remembered(this.files, path, () => this.load(path)) as Promise<T>;
  }

  private manifest(): Promise<IndexManifest> {
    return this.file<IndexManifest>(MANIFEST_FILE);
  }

  /** Loads the filter lists, so that results come with counts for each filter value. */
  loadFilters(): Promise<FilterSets> {
    return remembered(this.filterSets, FILTERS_FILE, async () => {
      const lists = await this.file<FilterLists>(FILTERS_FILE);
      return Object.fromEntries(Object.entries(lists).map(([name, values]) => [name, Object.fromEntries(Object.entries(values).map(([value, gaps]) => [value, new Set(decodeGaps(gaps))]))]));
    });
  }

  /** The terms from `first` to `last` (inclusive), from the chunks that hold them. */
  private async termsBetween(first: string, last: string): Promise<[string, number[]][]> {
    const { chunks } = await this.manifest();
    const from = Math.max(0, lastAtOrBefore(chunks, first));
    const to = lastAtOrBefore(chunks, last);
    const loaded = await Promise.all(Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => this.file<TermChunk>(chunkFile(from + i))));
    return loaded.flatMap((chunk) => Object.entries(chunk)).filter(([term]) => term >= first && term <= last);
  }

  /**
   * Each page that has the term, or a longer word starting with it, with its score. Longer words
   * count less the more letters they add, so "pass" ranks "pass" above "password".
   */
  async scores(term: string, exactOnly = false): Promise<Map<number, number>> {
    const scores = new Map<number, number>();
    const add = (list: number[], factor: number) => {
      for (const [page, score] of decodeScores(list)) scores.set(page, Math.max(scores.get(page) ?? 0, score * factor));
    };
    const longer = term.length >= MIN_PREFIX && !exactOnly ? `${term}\uffff` : term;
    for (const [found, list] of await this.termsBetween(term, longer)) add(list, term.length / found.length);
    if (scores.size === 0 && !exactOnly) {
      // Half a word typed: "authenticat" is on its way to "authenticator", indexed as "authent".
      for (let length = term.length - 1; length >= MIN_STEM; length -= 1) {
        const shorter = term.slice(0, length);
        for (const [found, list] of await this.termsBetween(shorter, shorter)) add(list, found.length / term.length);
        if (scores.size > 0) break;
      }
    }
    return scores;
  }

  /** The pages that match a query, best first; only those with every chosen filter value. */
  async search(query: string, chosen: Record<string, string> = {}): Promise<Results> {
    const words = queryWords(query);
    if (words.length === 0) return { matches: [], words, filters: {} };
    const perWord = await Promise.all(words.map((w) => this.scores(w.term, w.common)));
    const required = perWord.filter((_, i) => !words[i].optional);
    const candidates = [...required[0].keys()].filter((page) => required.every((scores) => scores.has(page)));
    const wantFilters = Object.keys(chosen).length > 0 || this.filterSets.size > 0;
    const sets = wantFilters ? await this.loadFilters() : {};
    const has = (page: number, name: string, value: string) => sets[name]?.[value]?.has(page) ?? false;
    const passes = (page: number, except?: string) => Object.entries(chosen).every(([name, value]) => name === except || has(page, name, value));

    const filters: Results['filters'] = {};
    for (const [name, values] of Object.entries(sets)) {
      const shown = candidates.filter((page) => passes(page, name));
      filters[name] = Object.fromEntries(Object.keys(values).map((value) => [value, shown.filter((page) => has(page, name, value)).length]));
    }
    const matches = candidates
      .filter((page) => passes(page))
      .map((page) => ({ page, score: perWord.reduce((sum, scores) => sum + (scores.get(page) ?? 0), 0) }))
      .sort((a, b) => b.score - a.score || a.page - b.page);
    return { matches, words, filters };
  }

  /** What a result shows. */
  page(number: number): Promise<PageEntry> {
    return this.file<PageEntry>(pageFile(number));
  }
}
