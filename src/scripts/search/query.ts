// One search as staff meet it: the results, the urgent guides the words point to, and spelling put
// right. A word no page uses can only add nothing, so a query with one is searched as "Did you mean"
// suggests, using the closest words the guide does use; the page offers the exact words as typed.
import { MIN_CORRECTED_LENGTH, suggest, wordsOf } from './did-you-mean';
import { buildJSON, find, unknownWords, urgentMatches, type Bundle, type Found } from './engine';
import { withoutCommonWords } from './prepare-query';
import type { UrgentHint } from '../../search-hints';

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
 * a kilobyte) and words.json (fetched only when a word finds nothing, to suggest a better one).
 */
export async function answer(bundle: Bundle, searchDir: string, { query, filters = {}, limit = 20, exact = false }: Question): Promise<Answer> {
  const urgentList = buildJSON<UrgentHint[]>(`${searchDir}urgent.json`, []);
  const longWords = [...new Set(wordsOf(query).filter((w) => w.length >= MIN_CORRECTED_LENGTH))];
  const unknown = exact || longWords.length === 0 ? [] : await unknownWords(bundle, longWords);
  const correction = unknown.length > 0 ? suggest(query, await buildJSON<string[]>(`${searchDir}words.json`, [])) : undefined;
  if (correction) {
    const found = await find(bundle, withoutCommonWords(correction), filters, limit);
    if (found.total > 0) return { searched: correction, found, urgent: urgentMatches(`${query} ${correction}`, await urgentList) };
  }
  return { searched: query, found: await find(bundle, withoutCommonWords(query), filters, limit), urgent: urgentMatches(query, await urgentList) };
}

/** Answers only the newest question: a slow early search must not overwrite a later one. */
export function latestOnly<A extends unknown[], R>(work: (...args: A) => Promise<R>): (...args: A) => Promise<R | undefined> {
  let newest = 0;
  return async (...args: A) => {
    const ticket = ++newest;
    const result = await work(...args);
    return ticket === newest ? result : undefined;
  };
}
