/**
 * The words for a count, in the plural form its language gives that number: `forms` is the JSON of a
 * count key's words by form ({"one": …, "other": …}; Welsh has zero, one, two, few, many and other),
 * as pages carry them in a data- attribute. A form the words leave out falls back to `other`.
 */
export function plural(forms: string | undefined, count: number, lang: string): string {
  const byForm = JSON.parse(forms ?? '{}') as Partial<Record<Intl.LDMLPluralRule, string>>;
  return byForm[new Intl.PluralRules(lang).select(count)] ?? byForm.other ?? '';
}
