// Dates as staff read them ("20 November 2026", "20 Tachwedd 2026"), in the page's language. The
// formatters are made once per language: making one is slow, and every page shows two or three dates.
import { HTML_LANG, pageLanguages, type Language } from './language';

const made = new Map<string, Intl.DateTimeFormat>();

function formatter(language: Language, timeZone: 'UTC' | undefined): Intl.DateTimeFormat {
  const key = `${language}|${timeZone ?? ''}`;
  let format = made.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(HTML_LANG[language], { day: 'numeric', month: 'long', year: 'numeric', timeZone });
    made.set(key, format);
  }
  return format;
}

/** A date from content (review dates), which is a calendar day with no time zone, in the words' language. */
export const contentDate = { format: (date: Date) => formatter(pageLanguages().words, 'UTC').format(date) };

/** A moment on the build machine's clock (when the content was built), as a day there, for the footer. */
export const localDate = { format: (date: Date) => formatter(pageLanguages().menus, undefined).format(date) };
