/// <reference lib="webworker" />
// The service worker. Bundled at build time by src/build-steps/service-worker/generate.ts, which
// defines the constants below and lets workbox-build fill in self.__WB_MANIFEST.
import { clientsClaim, setCacheNameDetails, type WorkboxPlugin } from 'workbox-core';
import { PrecacheController, PrecacheRoute } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CACHE_KINDS, cacheName } from './cache-names';
import { CHECK_SAVED, type FromWorker, type SaveProgress, type SaveWords } from './save-messages';
import { dealIntoLanes, inUrgentCore, urgentFirst, type ManifestEntry } from './save-plan';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: ManifestEntry[] };
/** The site's base path, like "/" or "/trust/cyber/". */
declare const BASE_PATH: string;
/** The start of this copy's cache names (src/service-worker/cache-names.ts). */
declare const CACHE_ID: string;
/** What a picture that is not on the device says instead, from content/strings.yaml. */
declare const IMAGE_PLACEHOLDER_TEXT: string;
/** The words the footer shows while saving, from content/strings.yaml. */
declare const SAVE_WORDS: SaveWords;
/** Paths under the base path that make up the urgent core, saved first (src/build-steps/service-worker/options.ts). */
declare const URGENT_CORE: string[];

const scope = self.registration.scope;
const PAGES = cacheName(CACHE_ID, CACHE_KINDS.pages, scope);
const PREVIOUS = cacheName(CACHE_ID, CACHE_KINDS.previous, scope);
/** An update that downloads more files than this shows its progress too; a small one just happens. */
const LARGE_UPDATE = 30;

setCacheNameDetails({ prefix: CACHE_ID, precache: CACHE_KINDS.pages, runtime: CACHE_KINDS.previous, suffix: scope });

// The first install takes the open page at once, so it works offline without a reload. Later versions
// wait (no skipWaiting here) until the page asks for them, so a page someone is reading is never swapped
// under them: see src/features/offline/register-sw.ts.
clientsClaim();

const manifest = self.__WB_MANIFEST;
const urlOf = (entry: ManifestEntry) => new URL(typeof entry === 'string' ? entry : entry.url, self.location.href).href;
const isCore = (url: string) => inUrgentCore(url, BASE_PATH, URGENT_CORE);
const coreURLs = new Set(manifest.map(urlOf).filter(isCore));

/**
 * The whole offline copy, in one cache: it answers requests, and when a new version activates it
 * deletes the files that version dropped. Its own install (one file after another) is never run.
 */
const copy = new PrecacheController({ cacheName: PAGES });
copy.addToCacheList(manifest);

/** The files of this version that are in the cache, as far as this run of the worker has seen. */
const saved = new Set<string>();
let large = false;
let telling: ReturnType<typeof setTimeout> | undefined;

/** Sends a message to this copy's open pages, controlled or not yet (a first visit during the install). */
async function tell(message: FromWorker): Promise<void> {
  const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  for (const page of pages) if (page.url.startsWith(scope)) page.postMessage(message);
}

const progress = (): SaveProgress => ({
  type: 'SAVE_PROGRESS',
  saved: saved.size,
  total: manifest.length,
  coreReady: [...coreURLs].every((url) => saved.has(url)),
  large,
  words: SAVE_WORDS,
});

/** At most a few messages a second; the page decides what is worth announcing. */
function markSaved(url: string): void {
  const wasCoreReady = progress().coreReady;
  saved.add(url);
  const now = progress();
  if (now.saved === now.total || (now.coreReady && !wasCoreReady)) {
    clearTimeout(telling);
    telling = undefined;
    void tell(now);
  } else telling ??= setTimeout(() => void tell(progress()).finally(() => (telling = undefined)), 250);
}

/** Counts each file as it is saved (or found already saved, when an interrupted save resumes). */
const countSaved: WorkboxPlugin = {
  handlerDidComplete: async ({ request, error }) => {
    if (!error) markSaved(request.url);
  },
};

/**
 * The same manifest, dealt out to lanes that download side by side, the urgent core first in each.
 * Workbox's precaching saves one file at a time (GoogleChrome/workbox#2528): 183 files on a 150 ms
 * link is half a minute of waiting. Each lane is a PrecacheController of its own over the same cache,
 * so revisions, integrity and "already saved, skip it" are Workbox's, as they were.
 */
const lanes = dealIntoLanes(urgentFirst(manifest, (entry) => isCore(urlOf(entry)))).map((part) => {
  const lane = new PrecacheController({ cacheName: PAGES, plugins: [countSaved] });
  lane.addToCacheList(part);
  return lane;
});

/** The files of this version missing from the cache: counted there, never assumed. */
async function missingURLs(): Promise<string[]> {
  const cache = await caches.open(PAGES);
  const present = new Set((await cache.keys()).map((request) => request.url));
  return [...copy.getURLsToCacheKeys()].filter(([, key]) => !present.has(key)).map(([url]) => url);
}

self.addEventListener('install', (event) => {
  saved.clear();
  event.waitUntil(
    (async () => {
      // A large update shows its progress; a first save always does (the page has nothing yet).
      large = (await missingURLs()).length > LARGE_UPDATE;
      await Promise.all([keepPreviousVersionFiles(), ...lanes.map((lane) => lane.install(event))]);
    })(),
  );
});
self.addEventListener('activate', (event) => {
  void copy.activate(event);
});

// Keep the files the new version drops (old script chunks, old search index parts) in a cache of their
// own, so a page opened before the update keeps working until it is reloaded. This runs at install,
// while the old version's files are still there; the new version deletes them when it activates.
async function keepPreviousVersionFiles(): Promise<void> {
  const current = await caches.open(PAGES);
  const dropped: { url: string; response: Response }[] = [];
  for (const request of await current.keys()) {
    const url = new URL(request.url);
    url.searchParams.delete('__WB_REVISION__');
    if (copy.getCacheKeyForURL(url.href)) continue;
    const response = await current.match(request);
    if (response) dropped.push({ url: url.href, response });
  }
  // Only the version just before this one: the cache never grows beyond one version's leftovers.
  await caches.delete(PREVIOUS);
  if (dropped.length === 0) return;
  const previous = await caches.open(PREVIOUS);
  await Promise.all(dropped.map(({ url, response }) => previous.put(url, response)));
}

let repairing: Promise<void> | undefined;

/**
 * The browser may clear saved files under storage pressure. The page asks on each visit: answer with
 * what the cache really holds, and fetch again what is missing, through the same lanes' strategies
 * (revision and integrity as at install).
 */
async function checkSaved(event: ExtendableMessageEvent): Promise<void> {
  const missing = new Set(await missingURLs());
  const total = manifest.length;
  event.source?.postMessage({
    type: 'SAVE_CHECK',
    saved: total - missing.size,
    total,
    words: SAVE_WORDS,
  } satisfies FromWorker);
  if (missing.size === 0 || repairing) return;
  saved.clear();
  for (const [url] of copy.getURLsToCacheKeys()) if (!missing.has(url)) saved.add(url);
  large = true;
  repairing = Promise.all(
    lanes.map(async (lane) => {
      for (const [url, cacheKey] of lane.getURLsToCacheKeys()) {
        if (!missing.has(url)) continue;
        const integrity = lane.getIntegrityForCacheKey(cacheKey);
        const request = new Request(url, { credentials: 'same-origin', cache: 'no-cache' });
        // Offline or a file refused: the rest still go, and the next visit asks again.
        await lane.strategy.handleAll({ event, request, params: { cacheKey, integrity } })[1].catch(() => undefined);
      }
    }),
  ).then(() => undefined);
  await repairing.finally(() => (repairing = undefined));
}

// The page asks for the new version when the person taps "Reload" (or on a fresh visit).
self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
  if (event.data?.type === CHECK_SAVED) event.waitUntil(checkSaved(event));
});

registerRoute(
  new PrecacheRoute(copy, {
    directoryIndex: 'index.html',
    cleanURLs: false,
    // Every file is static, so no query changes what it is: "?utm_source=…", the search page's "?q=…" and
    // a result's "?highlight=…" all find the saved file.
    ignoreURLParametersMatching: [/.*/],
    // "/guides/x" without its slash is the same page as "/guides/x/".
    urlManipulation: ({ url }) =>
      url.pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(url.pathname)
        ? []
        : [new URL(`${url.pathname}/index.html`, url)],
  }),
);

async function fromPreviousVersion(request: Request): Promise<Response | undefined> {
  return caches.match(request, { cacheName: PREVIOUS, ignoreSearch: true });
}

// What the offline copy does not hold, on this site only (another app on the origin is left alone): the
// network. A file the new version dropped still comes from the previous version for a page opened before
// the update; a page itself never does, so a withdrawn page is not shown again after a reload.
registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname.startsWith(BASE_PATH),
  async ({ request }) => {
    const isPage = request.mode === 'navigate';
    try {
      const response = await fetch(request);
      if (response.status !== 404 || isPage) return response;
      return (await fromPreviousVersion(request)) ?? response;
    } catch (error) {
      const old = isPage ? undefined : await fromPreviousVersion(request);
      if (old) return old;
      throw error;
    }
  },
);

// A picture that is neither saved nor reachable: a grey box that says so, at the size the page gave it.
const IMAGE_PLACEHOLDER = `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="180" viewBox="0 0 320 180" role="img"><title>${IMAGE_PLACEHOLDER_TEXT}</title><rect width="320" height="180" fill="#e8edee"/><text x="160" y="96" font-family="Arial, sans-serif" font-size="16" text-anchor="middle" fill="#4c6272">${IMAGE_PLACEHOLDER_TEXT}</text></svg>`;

// What was never saved and cannot be fetched: the offline page for a page, a placeholder for a picture.
setCatchHandler(async ({ request }) => {
  if (request.mode === 'navigate' || request.destination === 'document') {
    return (await copy.matchPrecache(`${BASE_PATH}offline/index.html`)) ?? Response.error();
  }
  if (request.destination === 'image')
    return new Response(IMAGE_PLACEHOLDER, { headers: { 'Content-Type': 'image/svg+xml' } });
  return Response.error();
});
