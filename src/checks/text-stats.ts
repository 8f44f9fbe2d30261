/**
 * Reading age, as the editors' guide explains it:
 *   Flesch-Kincaid grade = 0.39 × (words ÷ sentences) + 11.8 × (syllables ÷ words) − 15.59
 *   reading age (years)  = Flesch-Kincaid grade + 5
 * A US school grade starts at about age 5 plus the grade, and NHS guidance speaks of reading age,
 * aiming at about 9. Syllables are estimated from groups of vowels, so figures are close, not exact.
 */
export const READING_AGE_FORMULA =
  'reading age = Flesch-Kincaid grade + 5, where grade = 0.39 × (words ÷ sentences) + 11.8 × (syllables ÷ words) − 15.59';

export interface TextStats {
  words: number;
  sentences: number;
  syllables: number;
}

const WORD = /[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*/g;

export const wordsIn = (text: string): string[] => text.match(WORD) ?? [];

/** Syllables in one word, estimated: vowel groups, less a silent final "e", "es" or "ed"; at least one. */
export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return Math.max(1, Math.ceil(word.replace(/\D/g, '').length / 2)); // a number, said aloud
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, (end) => end[0]).replace(/^y/, '');
  return Math.max(1, trimmed.match(/[aeiouy]{1,2}/g)?.length ?? 1);
}

/** Words that end with a full stop without ending a sentence. */
const ABBREVIATIONS = /\b(e\.g|i\.e|etc|Dr|Mr|Mrs|Ms|No|St|vs|approx)\.$/i;

/** Splits prose into sentences at ".", "!" or "?" followed by a space, skipping abbreviations and decimals. */
export function sentencesIn(text: string): { text: string; offset: number }[] {
  const sentences: { text: string; offset: number }[] = [];
  let start = 0;
  const ends = /[.!?…]+["'”’)]*(?=\s+\S)|[.!?…]+["'”’)]*\s*$/g;
  for (const match of text.matchAll(ends)) {
    const end = match.index + match[0].length;
    if (ABBREVIATIONS.test(text.slice(start, match.index + 1))) continue;
    pushSentence(sentences, text, start, end);
    start = end;
  }
  pushSentence(sentences, text, start, text.length);
  return sentences;
}

function pushSentence(into: { text: string; offset: number }[], text: string, start: number, end: number): void {
  const slice = text.slice(start, end);
  const lead = slice.length - slice.trimStart().length;
  if (wordsIn(slice).length > 0) into.push({ text: slice.trim(), offset: start + lead });
}

export function statsOf(sentences: string[]): TextStats {
  const words = sentences.flatMap(wordsIn);
  return {
    words: words.length,
    sentences: sentences.length,
    syllables: words.reduce((sum, w) => sum + syllables(w), 0),
  };
}

/** Reading age in years, to one decimal place; undefined for a page with no prose. */
export function readingAge(stats: TextStats): number | undefined {
  if (stats.words === 0 || stats.sentences === 0) return undefined;
  const grade = 0.39 * (stats.words / stats.sentences) + 11.8 * (stats.syllables / stats.words) - 15.59;
  return Math.round((grade + 5) * 10) / 10;
}
