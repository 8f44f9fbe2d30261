// How the worker splits the offline copy into lanes that download side by side, the urgent core first.
// Pure, so the order can be unit-tested; the worker hands each lane to a PrecacheController of its own.

/** One entry of Workbox's precache manifest, as workbox-build writes it into sw.js. */
export type ManifestEntry = string | { url: string; revision: string | null; integrity?: string };

/**
 * How many files are asked for at once. Chromium opens at most 6 connections to one host over HTTP/1.1;
 * two lanes more keep a request waiting for each connection that a lane leaves idle while it checks and
 * stores its last file (weak-signal bench, 3 runs each in turns: everything saved 7.9–8.0 s with 6
 * lanes, 7.7–7.8 s with 8, 7.6–7.7 s with 12). More would gain little and, over HTTP/2, hold more
 * response bodies in memory at once.
 */
export const LANES = 8;

const urlOf = (entry: ManifestEntry): string => (typeof entry === 'string' ? entry : entry.url);

/**
 * Whether a file is part of the urgent core: its path under the base path starts with one of `core`
 * (paths like "index.html", "help/", "guides/clicked-a-link/", "pagefind/wasm.").
 */
export function inUrgentCore(url: string, basePath: string, core: readonly string[]): boolean {
  const path = new URL(url, 'https://x.invalid').pathname;
  if (!path.startsWith(basePath)) return false;
  const relative = path.slice(basePath.length);
  return core.some((prefix) => relative.startsWith(prefix));
}

/** The manifest in the order it is saved: the urgent core first, each part in the build's order. */
export function urgentFirst<T extends ManifestEntry>(entries: readonly T[], isCore: (url: string) => boolean): T[] {
  return [...entries.filter((e) => isCore(urlOf(e))), ...entries.filter((e) => !isCore(urlOf(e)))];
}

/**
 * Deals the entries out to `lanes` lanes in turn, so every lane starts with its share of the urgent
 * core and the lanes carry about the same number of files. Which lane a file lands in does not matter
 * between versions: every lane saves into the same cache, and a file already there is not fetched again.
 */
export function dealIntoLanes<T>(ordered: readonly T[], lanes: number = LANES): T[][] {
  const dealt: T[][] = Array.from({ length: Math.min(lanes, Math.max(ordered.length, 1)) }, () => []);
  ordered.forEach((entry, i) => dealt[i % dealt.length].push(entry));
  return dealt;
}
