import site from 'virtual:cyber-guide/site';
import type { CountKey, UiKey } from '../schemas/strings';
import { HTML_LANG } from './language';
import { pageLanguages, type Language } from './language';

export type { UiKey };

const wordsIn = (language: Language) => (language === 'cy' && site.welsh ? site.welsh.strings : site.strings);

/**
 * Interface text by key, in the language of the words in <main>. Every word the interface shows lives in
 * content/strings.yaml (content/cy/strings.yaml in Welsh), and a trust's overlay may change any of them
 * (its own strings.yaml), so no page or component holds words of its own.
 */
export function t(key: Exclude<UiKey, CountKey>): string {
  return wordsIn(pageLanguages().words)[key];
}

/**
 * Words with a count, form by form, as JSON for a page script's plural() (src/utils/fill.ts), in the
 * language of the words in <main> (or `language`: the frame's, for the header's search); `lang` is that
 * language, for Intl.PluralRules. `single` is the words when they are one set for every number.
 */
export function tCount(
  key: CountKey,
  language: Language = pageLanguages().words,
): { forms: string; lang: string; single?: string } {
  const words = wordsIn(language)[key];
  const single = typeof words === 'string' ? words : undefined;
  return { forms: JSON.stringify(single === undefined ? words : { other: words }), lang: HTML_LANG[language], single };
}

/**
 * Interface text for the page's frame (header, menus, footer, the skip link), in the page's language:
 * Welsh on every /cy/ page, also one that shows English words in <main> for want of a Welsh version.
 */
export function tMenu(key: Exclude<UiKey, CountKey>): string {
  return wordsIn(pageLanguages().menus)[key];
}
