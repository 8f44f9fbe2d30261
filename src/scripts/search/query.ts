// One search as staff meet it: the results, the urgent guides the words point to, and spelling put
// right. A word no page uses can only add nothing, so a query with one is searched as "Did you mean"
// suggests, using the closest words the guide does use; the page offers the exact words as typed.
import { suggest } from './did-you-mean';
import { find, hints, urgentMatches, type Found } from './engine';
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

export async function answer(bundle: string, hintsURL: string, { query, filters = {}, limit = 20, exact = false }: Question): Promise<Answer> {
  const known = await hints(hintsURL);
  const correction = exact ? undefined : suggest(query, known.words);
  if (correction) {
    const found = await find(bundle, correction, filters, limit);
    if (found.total > 0) return { searched: correction, found, urgent: urgentMatches(`${query} ${correction}`, known.urgent) };
  }
  return { searched: query, found: await find(bundle, query, filters, limit), urgent: urgentMatches(query, known.urgent) };
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
