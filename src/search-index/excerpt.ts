// The few words shown under a result: from the section of the page that has most of the words
// searched for, with those words marked.
import type { Section } from './format';
import { MIN_PREFIX, termOf, wordsIn, type QueryWord } from './terms';

export interface ExcerptPart {
  text: string;
  /** One of the words searched for. */
  mark: boolean;
}

/** About as many words as fit in two lines of a phone's results list. */
const EXCERPT_WORDS = 24;
/** Words shown before the first match, so it does not start the excerpt cold. */
const LEAD_IN = 3;

/** Whether a word of a page is one of `marked`, as the index would match it. */
function matches(word: string, marked: QueryWord[]): boolean {
  return wordsIn(word).some((w) => {
    const term = termOf(w);
    return marked.some((q) => term === q.term || (q.term.length >= MIN_PREFIX && (term.startsWith(q.term) || w.startsWith(q.word))));
  });
}

interface Token {
  start: number;
  end: number;
  match: boolean;
}

const tokensOf = (text: string, marked: QueryWord[]): Token[] =>
  [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length, match: matches(m[0], marked) }));

/** The window of `size` tokens with most matches, starting a little before its first one. */
function bestWindow(tokens: Token[], size: number): [number, number] {
  let best = 0;
  let bestCount = -1;
  tokens.forEach((token, i) => {
    if (!token.match) return;
    const start = Math.max(0, i - LEAD_IN);
    const count = tokens.slice(start, start + size).filter((t) => t.match).length;
    if (count > bestCount) [best, bestCount] = [start, count];
  });
  return [best, Math.min(tokens.length, best + size)];
}

export function excerpt(sections: Section[], query: QueryWord[], size = EXCERPT_WORDS): ExcerptPart[] {
  // Common words ("a", "do") would mark half the excerpt, so only the words that chose the page are marked.
  const marked = query.filter((q) => !q.optional);
  const scored = sections
    .filter((s) => s.text)
    .map((section) => {
      const tokens = tokensOf(section.text, marked);
      const matched = tokens.filter((t) => t.match);
      const distinct = new Set(matched.map((t) => section.text.slice(t.start, t.end).toLowerCase())).size;
      return { section, tokens, distinct, count: matched.length };
    });
  if (scored.length === 0) return [];
  const chosen = scored.reduce((best, s) => (s.distinct > best.distinct || (s.distinct === best.distinct && s.count > best.count) ? s : best));
  const { section, tokens } = chosen;
  if (tokens.length === 0) return [{ text: section.text, mark: false }];
  const [from, to] = bestWindow(tokens, size);
  const parts: ExcerptPart[] = [];
  let at = tokens[from].start;
  const plain = (text: string) => text && parts.push({ text, mark: false });
  if (from > 0) plain('… ');
  for (const token of tokens.slice(from, to)) {
    if (!token.match) continue;
    plain(section.text.slice(at, token.start));
    parts.push({ text: section.text.slice(token.start, token.end), mark: true });
    at = token.end;
  }
  plain(section.text.slice(at, tokens[to - 1].end));
  if (to < tokens.length) plain(' …');
  return parts;
}
