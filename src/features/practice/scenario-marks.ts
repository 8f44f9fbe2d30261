// Finds each red flag's quote in a scenario's text, so the mock can mark it once the person answers.
// Each flag is marked once, at its first place, wherever it is (sender, subject or message).

export interface Segment {
  text: string;
  /** The red flag's number, from 1, when this part is its quote. */
  flag?: number;
}

/** Splits `text` around the quotes of flags not yet found; adds the ones found here to `found`. */
export function markFlags(text: string, quotes: readonly string[], found: Set<number>): Segment[] {
  const segments: Segment[] = [];
  let rest = text;
  for (;;) {
    let first: { at: number; index: number } | undefined;
    quotes.forEach((quote, index) => {
      if (found.has(index)) return;
      const at = rest.indexOf(quote);
      if (at >= 0 && (!first || at < first.at)) first = { at, index };
    });
    if (!first) break;
    const quote = quotes[first.index];
    if (first.at > 0) segments.push({ text: rest.slice(0, first.at) });
    segments.push({ text: quote, flag: first.index + 1 });
    found.add(first.index);
    rest = rest.slice(first.at + quote.length);
  }
  if (rest) segments.push({ text: rest });
  return segments;
}
