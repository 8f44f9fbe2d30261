import site from 'virtual:cyber-guide/site';
import { languageFolder, splitLanguage, type Language } from '../utils/language';

/** One page's address in one language, with the language's name in its own words. */
export interface LanguageAddress {
  language: Language;
  href: string;
  /** "English", "Cymraeg": a language's own name, the same in every copy, so not an interface string. */
  name: string;
}

const NAMES: Record<Language, string> = { en: 'English', cy: 'Cymraeg' };

/**
 * The page at `pathname` in each language of this copy (site.yaml `languages:`), for the header's link to
 * the other language and the hreflang alternates. An English-only copy has none: its pages link nowhere.
 */
export function languageAddresses(pathname: string): LanguageAddress[] {
  if (site.languages.length < 2) return [];
  const { path } = splitLanguage(pathname, site.basePath);
  return site.languages.map((language) => ({
    language,
    href: `${site.basePath}${languageFolder(language)}${path}`,
    name: NAMES[language],
  }));
}
