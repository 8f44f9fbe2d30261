// "Did you mean …": the search matches whole words and their beginnings, never misspellings, so a typo
// like "pasword" finds nothing. The build writes the site's own words (most used first) to
// search/words.json; this picks the closest one for each word the search does not know.

/**
 * The words of a text as the search sees them: lower case letters, three or more, in any alphabet, so
 * Welsh "ffôn" and "dŵr" stay whole (composed, as typed: NFC).
 */
export function wordsOf(text: string): string[] {
  return (
    text
      .normalize('NFC')
      .toLowerCase()
      .match(/\p{L}{3,}/gu) ?? []
  );
}

/** Edits (insert, delete, change, swap two neighbours) to turn a into b, giving up above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = Array.from({ length: b.length + 1 }, (_, j) => j);
  let previous: number[] = [];
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(before[j] + 1, row[j - 1] + 1, before[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, previous[j - 2] + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    previous = before;
    before = row;
  }
  return before[b.length];
}

/** Shorter words are never corrected: with so few letters, guesses go wrong. */
export const MIN_CORRECTED_LENGTH = 4;

/** Typos allowed for a word of this length. */
const allowedEdits = (word: string) => (word.length < MIN_CORRECTED_LENGTH ? 0 : word.length < 7 ? 1 : 2);

/**
 * The query with each unknown word replaced by the closest known one (ties go to the more used word,
 * since `vocabulary` lists the most used first), or undefined when there is nothing to correct.
 * A word that starts a known word ("pass" for "password") is known: the search finds it already.
 */
export function suggest(query: string, vocabulary: readonly string[]): string | undefined {
  const known = new Set(vocabulary);
  let changed = false;
  const corrected = query
    .normalize('NFC')
    .toLowerCase()
    .replace(/\p{L}+/gu, (word) => {
      const max = allowedEdits(word);
      if (max === 0 || known.has(word) || vocabulary.some((v) => v.startsWith(word))) return word;
      let best: string | undefined;
      let bestDistance = max + 1;
      for (const candidate of vocabulary) {
        const distance = editDistance(word, candidate, Math.min(max, bestDistance - 1));
        if (distance < bestDistance) {
          best = candidate;
          bestDistance = distance;
          if (distance === 1) break;
        }
      }
      if (!best) return word;
      changed = true;
      return best;
    });
  return changed ? corrected : undefined;
}
