// Words with a count (COUNT_KEYS in src/schemas/strings.ts) in each language's plural forms. English
// needs one and other; Welsh needs six (Intl.PluralRules('cy'): zero, one, two, few, many, other), so
// "2 gam" and "3 cham" can each be right. One set of words serves every form where the language allows it.
import { COUNT_KEYS, placeholdersOf, type CountKey, type PluralForms } from '../schemas/strings';
import type { Problem } from '../schemas/problem';

/** The plural forms a language's words need, as Intl names them. */
const formsNeeded = (lang: 'en' | 'cy'): Intl.LDMLPluralRule[] =>
  new Intl.PluralRules(lang === 'cy' ? 'cy' : 'en-GB').resolvedOptions().pluralCategories;

/** Words as a form-by-form record: one set of words is the same in every form. */
const formsOf = (words: string | PluralForms): PluralForms => (typeof words === 'string' ? { other: words } : words);

/** Where a problem is: the file and the key's line. */
interface At {
  file: string;
  line: number | undefined;
}

const list = (names: string[]) => (names.length ? names.map((p) => `{${p}}`).join(' and ') : 'no {curly brackets}');

/**
 * Problems with the words of a count key in one language: a form the language needs that is missing
 * (only when the words are given form by form, unless `everyForm`: Welsh words must be), a form the
 * language has not got, and a form without the {placeholders} the English words have.
 */
export function countProblems(
  key: CountKey,
  words: string | PluralForms,
  english: string | PluralForms,
  { lang, at, everyForm }: { lang: 'en' | 'cy'; at: At; everyForm: boolean },
): Problem[] {
  const needed = formsNeeded(lang);
  const forms = formsOf(words);
  const given = Object.keys(forms) as Intl.LDMLPluralRule[];
  const problems: Problem[] = [];
  const counted = COUNT_KEYS[key];
  const language = lang === 'cy' ? 'Welsh' : 'English';
  const missing = typeof words === 'string' && !everyForm ? [] : needed.filter((form) => !given.includes(form));
  if (missing.length > 0)
    problems.push({
      severity: 'error',
      ...at,
      message: `${key}: the number {${counted}} picks the words, and ${language} needs words for ${missing.join(', ')}`,
      fix: `write the words under each form: ${needed.map((form) => `${form}: …`).join(', ')} (see "Words with a number" in content/README.md)`,
    });
  const extra = given.filter((form) => !needed.includes(form));
  if (extra.length > 0)
    problems.push({
      severity: 'error',
      ...at,
      message: `${key}: ${language} has no plural form ${extra.join(', ')}`,
      fix: `use only ${needed.join(', ')}`,
    });
  const expected = placeholdersOf(formsOf(english).other);
  for (const [form, text] of Object.entries(forms)) {
    const found = placeholdersOf(String(text ?? ''));
    if (found.join() !== expected.join())
      problems.push({
        severity: 'error',
        ...at,
        message: `${key}${typeof words === 'string' ? '' : `.${form}`}: the page fills in ${list(expected)} here, and these words have ${list(found)}`,
        fix: `keep ${list(expected)} in every form, as in content/strings.yaml`,
      });
  }
  return problems;
}
