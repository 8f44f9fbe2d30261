const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Interface words with their placeholders filled in, every occurrence of each:
 * `fill('{done} of {total} done', { done: 2, total: 5 })` → "2 of 5 done". The values must match the
 * words' own placeholders exactly (a trust's strings.yaml is held to the central ones when it is read),
 * so a placeholder left without a value, or a value the words have no place for, is a mistake in the
 * calling code: it throws, naming the placeholder.
 */
export function fill(words: string, values: Readonly<Record<string, string | number>>): string {
  const own = new Set(Array.from(words.matchAll(PLACEHOLDER), (match) => match[1]));
  for (const key of own) if (!(key in values)) throw new Error(`fill: no value for {${key}} in "${words}"`);
  for (const key of Object.keys(values)) if (!own.has(key)) throw new Error(`fill: "${words}" has no {${key}}`);
  return words.replace(PLACEHOLDER, (_, key: string) => String(values[key]));
}
