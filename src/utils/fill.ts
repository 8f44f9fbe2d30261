// Interface words made ready for the page: placeholders filled in, and the words for a count in its
// plural form. One module, as every count string is filled: page scripts load one small file, not two.
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

/**
 * The words for a count, in the plural form its language gives that number: `forms` is the JSON of a
 * count key's words by form ({"one": …, "other": …}; Welsh has zero, one, two, few, many and other),
 * as pages carry them in a data- attribute. A form the words leave out falls back to `other`.
 */
export function plural(forms: string | undefined, count: number, lang: string): string {
  const byForm = JSON.parse(forms ?? '{}') as Partial<Record<Intl.LDMLPluralRule, string>>;
  return byForm[new Intl.PluralRules(lang).select(count)] ?? byForm.other ?? '';
}
