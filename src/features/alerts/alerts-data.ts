// The alerts as pages read them at build time: which ones a page carries, by the build's clock.
import { getCollection, type CollectionEntry } from 'astro:content';
import site from 'virtual:cyber-guide/site';
import { currentAlerts, recentlyEnded } from './load';

export type AlertEntry = CollectionEntry<'alerts'>;

/** When this build runs: alerts are chosen by it, and the page checks again by the device's clock. */
export const BUILT_AT = Date.parse(site.builtAt);

let read: Promise<AlertEntry[]> | undefined;
/** Every alert, newest first, read once for all the pages of a build (Astro warns of an empty collection). */
const all = (): Promise<AlertEntry[]> =>
  (read ??= site.hasAlerts
    ? getCollection('alerts').then((alerts) => alerts.sort((a, b) => b.data.fromMs - a.data.fromMs))
    : Promise.resolve([]));

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

/** An alert's words a search can match, lower case, each once: its title, text and guide's name. */
export function alertWords(alert: AlertEntry): string {
  const text = [
    alert.data.title,
    alert.data.body.replace(/\]\([^)]*\)/g, ']'),
    alert.data.guide?.replace(/-/g, ' ') ?? '',
  ].join(' ');
  return [...new Set(text.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? [])].join(' ');
}
