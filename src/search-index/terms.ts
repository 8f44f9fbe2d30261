// How text becomes search terms. The build (indexing pages) and the browser (reading a query) both use
// this module, so a word in a page and the same word typed by someone always meet as the same term.
import { stemmer } from 'stemmer';

/** ASCII, no-break spaces and punctuation such as ’ “ – …: nothing that is or holds a letter or digit beyond a-z and 0-9. */
const PLAIN = /^[\x00-\x7f\u00a0\u2010-\u206f]*$/;

/** Accents off, so "café" and "cafe" are one word. */
const plainLetters = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '');

/**
 * The words of a text, lower case, as the index counts them. "Don't" is "dont" and "NHS's" is "nhs".
 * A hyphenated word counts as its parts and as one word, so "wi-fi" meets both "wifi" and "wi fi".
 */
export function wordsIn(text: string): string[] {
  const words: string[] = [];
  // Most text is plain: no accents to take off, and its letters and digits are a-z and 0-9 once in
  // lower case, which a simple pattern splits much faster than Unicode classes.
  const plain = PLAIN.test(text);
  const lower = plain ? text.toLowerCase() : plainLetters(text.toLowerCase());
  const cleaned = lower.replace(/['’]s\b/g, '').replace(/['’]/g, '');
  for (const token of cleaned.split(plain ? /[^a-z0-9-]+/ : /[^\p{L}\p{N}-]+/u)) {
    if (!token.includes('-')) {
      if (token) words.push(token);
      continue;
    }
    const parts = token.split('-').filter(Boolean);
    words.push(...parts);
    if (parts.length > 1) words.push(parts.join(''));
  }
  return words;
}

const stems = new Map<string, string>();

/** A word's term: its stem ("passwords", "password" → "password"; "phishing" → "phish"). */
export function termOf(word: string): string {
  // Remembered: a site has a few thousand different words, each met many times while indexing.
  let term = stems.get(word);
  if (term === undefined) stems.set(word, (term = /^[a-z]+$/.test(word) ? stemmer(word) : word));
  return term;
}

/** The shortest word start that finds longer words ("pa" finds "password"): one letter would find most of the index. */
export const MIN_PREFIX = 2;

/** A word of a query, and whether a page must have it to be a result. */
export interface QueryWord {
  word: string;
  term: string;
  /** Common words, and "wifi" made from "wi-fi", count when a page has them but do not rule a page out. */
  optional: boolean;
  /** A common word is matched only whole: "do" must not find "document". */
  common: boolean;
}

/** The words of a query, each once. */
export function queryWords(query: string): QueryWord[] {
  const seen = new Map<string, QueryWord>();
  for (const token of query.split(/\s+/)) {
    const words = wordsIn(token);
    const joined = words.length > 1 ? words.at(-1) : undefined;
    for (const word of words) {
      if (seen.has(word)) continue;
      const common = COMMON_WORDS.has(word);
      seen.set(word, { word, term: termOf(word), common, optional: common || word === joined });
    }
  }
  const all = [...seen.values()];
  // A query of only common words ("what") still has to find something.
  return all.every((w) => w.optional) ? all.map((w) => ({ ...w, optional: false })) : all;
}

/**
 * Words too common to narrow a search. A query still finds pages without them ("what do I do if I
 * clicked a link"), but they count when they are there.
 */
export const COMMON_WORDS = new Set(
  'a an and are as at be been but by can could did do does for from had has have how i if im in is it its me my no not of on or our should so that the their them then there this to was we were what when where which who why will with would you your'.split(' '),
);
