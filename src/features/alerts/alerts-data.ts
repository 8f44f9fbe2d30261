// The alerts as pages read them at build time: which ones a page carries, by the build's clock.
import { getCollection, type CollectionEntry } from 'astro:content';
import site from 'virtual:cyber-guide/site';
import { HTML_LANG, pageLanguages } from '../../utils/language';
import { currentAlerts, recentlyEnded } from './load';

export type AlertEntry = CollectionEntry<'alerts'>;

/** When this build runs: alerts are chosen by it, and the page checks again by the device's clock. */
export const BUILT_AT = Date.parse(site.builtAt);

let read: Promise<AlertEntry[]> | undefined;
/**
 * Every alert, newest first, read once for all the pages of a build (Astro warns of an empty collection).
 * `astro dev` reads them for each page: an edit to alerts.yaml changes the collection, not this module.
 */
const all = (): Promise<AlertEntry[]> => {
  if (read && !import.meta.env.DEV) return read;
  read = site.hasAlerts
    ? getCollection('alerts').then((alerts) => alerts.sort((a, b) => b.data.fromMs - a.data.fromMs))
    : Promise.resolve([]);
  return read;
};

/**
 * The alerts a page carries: current ones, newest first, then those still to start (hidden until the
 * device's clock reaches them). Ended ones are left out.
 */
export async function alertsToCarry(): Promise<{ current: AlertEntry[]; upcoming: AlertEntry[] }> {
  const alerts = await all();
  const current = currentAlerts(
    alerts.map((a) => ({ ...a.data, entry: a })),
    BUILT_AT,
  ).map((a) => a.entry);
  const upcoming = alerts.filter((a) => a.data.fromMs > BUILT_AT).reverse();
  return { current, upcoming };
}

/** Alerts that ended in the last 90 days, for the alerts page. */
export async function endedAlerts(): Promise<AlertEntry[]> {
  return recentlyEnded(
    (await all()).map((a) => ({ ...a.data, entry: a })),
    BUILT_AT,
  ).map((a) => a.entry);
}

/** An alert's words as a page shows them: its title, its Markdown text and that text as HTML. */
export interface ShownAlertWords {
  title: string;
  body: string;
  html: string;
  /** Set when the words are not in the page's language: English words on a Welsh page. */
  lang?: string;
}

/**
 * An alert's words in the language of the page's words: on a Welsh page its Welsh words, or, until it has
 * them, its English words marked English (an alert is urgent, and never waits for its translation).
 */
export function shownWords(alert: AlertEntry): ShownAlertWords {
  const { title, body, welsh } = alert.data;
  const english = { title, body, html: alert.rendered?.html ?? '' };
  if (pageLanguages().words !== 'cy') return english;
  return welsh ?? { ...english, lang: HTML_LANG.en };
}

/**
 * An alert's words a search can match, lower case, each once: its title and text as shown, and its
 * guide's name. A Welsh alert keeps its English words after its Welsh ones: staff search a Welsh page
 * with English words too (as content/cy/synonyms.yaml has them: cyfrinair, password).
 */
export function alertWords(alert: AlertEntry): string {
  const shown = shownWords(alert);
  const inWelsh = pageLanguages().words === 'cy' && alert.data.welsh !== undefined;
  const english = inWelsh ? [alert.data.title, alert.data.body] : [];
  const text = [shown.title, shown.body, ...english]
    .map((words) => words.replace(/\]\([^)]*\)/g, ']'))
    .concat(alert.data.guide?.replace(/-/g, ' ') ?? '')
    .join(' ');
  return [...new Set(text.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? [])].join(' ');
}
