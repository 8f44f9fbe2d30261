// One search as staff meet it: the results, the urgent guides the words point to, and spelling put
// right. A query that finds nothing is searched again as "Did you mean" suggests, with the closest
// words the guide does use; the page offers the exact words as typed.
import { suggest } from './did-you-mean';
import { buildJSON, find, loadFilters, urgentMatches, warmUp, type Bundle, type Found } from './engine';
import type { UrgentHint } from './search-hints';

export interface Answer {
  /** What the results are for: the query, or its correction. */
  searched: string;
  found: Found;
  urgent: UrgentHint[];
}

export interface Question {
  query: string;
  filters?: Record<string, string>;
  limit?: number;
  /** Search the words exactly as typed, with no correction. */
  exact?: boolean;
}

/**
 * `searchDir` is the search page's folder, holding urgent.json (fetched with every first search, under
 * a kilobyte) and words.json (fetched only when a search finds nothing, to suggest better words).
 * Pagefind finds only pages with every word, so a misspelt word finds nothing: only then is the
 * query put right, each unknown word to the closest word the guide does use.
 */
export async function answer(
  bundle: Bundle,
  searchDir: string,
  { query, filters = {}, limit = 20, exact = false }: Question,
): Promise<Answer> {
  const urgentList = buildJSON<UrgentHint[]>(`${searchDir}urgent.json`, []);
  const found = await find(bundle, query, filters, limit);
  const correction =
    found.total === 0 && !exact ? suggest(query, await buildJSON<string[]>(`${searchDir}words.json`, [])) : undefined;
  if (correction) {
    const corrected = await find(bundle, correction, filters, limit);
    if (corrected.total > 0)
      return {
        searched: correction,
        found: corrected,
        urgent: urgentMatches(`${query} ${correction}`, await urgentList),
      };
  }
  return { searched: query, found, urgent: urgentMatches(query, await urgentList) };
}

/**
 * Starts what a first search waits for: Pagefind, its filter index and urgent.json. Otherwise the search
 * loads the filter index first and only then asks Pagefind for the words, one wait after the other.
 */
export function getReady(bundle: Bundle, searchDir: string): void {
  warmUp(bundle);
  loadFilters(bundle).catch(() => undefined);
  void buildJSON(`${searchDir}urgent.json`, []);
}

/** Answers only the newest question: a slow early search must not overwrite a later one. */
export function latestOnly<A extends unknown[], R>(
  work: (...args: A) => Promise<R>,
): (...args: A) => Promise<R | undefined> {
  let newest = 0;
  return async (...args: A) => {
    const ticket = ++newest;
    const result = await work(...args);
    return ticket === newest ? result : undefined;
  };
}
