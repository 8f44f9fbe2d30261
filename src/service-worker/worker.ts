/// <reference lib="webworker" />
// The service worker. Bundled at build time by src/build-steps/service-worker/generate.ts, which
// defines the constants below and lets workbox-build fill in self.__WB_MANIFEST.
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import { getCacheKeyForURL, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CACHE_KINDS, cacheName } from './cache-names';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: (string | { url: string; revision: string | null; integrity?: string })[];
};
/** The site's base path, like "/" or "/trust/cyber/". */
declare const BASE_PATH: string;
/** The start of this copy's cache names (src/service-worker/cache-names.ts). */
declare const CACHE_ID: string;
/** What a picture that is not on the device says instead, from content/strings.yaml. */
declare const IMAGE_PLACEHOLDER_TEXT: string;

const scope = self.registration.scope;
const PREVIOUS = cacheName(CACHE_ID, CACHE_KINDS.previous, scope);

setCacheNameDetails({ prefix: CACHE_ID, precache: CACHE_KINDS.pages, runtime: CACHE_KINDS.previous, suffix: scope });

// The first install takes the open page at once, so it works offline without a reload. Later versions
// wait (no skipWaiting here) until the page asks for them, so a page someone is reading is never swapped
// under them: see src/features/offline/register-sw.ts.
clientsClaim();

// Keep the files the new version drops (old script chunks, old search index parts) in a cache of their
// own, so a page opened before the update keeps working until it is reloaded. This runs at install,
// while the old version's files are still there; Workbox deletes them when the new version activates.
self.addEventListener('install', (event) => event.waitUntil(keepPreviousVersionFiles()));

async function keepPreviousVersionFiles(): Promise<void> {
  const current = await caches.open(cacheName(CACHE_ID, CACHE_KINDS.pages, scope));
  const dropped: { url: string; response: Response }[] = [];
  for (const request of await current.keys()) {
    const url = new URL(request.url);
    url.searchParams.delete('__WB_REVISION__');
    if (getCacheKeyForURL(url.href)) continue;
    const response = await current.match(request);
    if (response) dropped.push({ url: url.href, response });
  }
  // Only the version just before this one: the cache never grows beyond one version's leftovers.
  await caches.delete(PREVIOUS);
  if (dropped.length === 0) return;
  const previous = await caches.open(PREVIOUS);
  await Promise.all(dropped.map(({ url, response }) => previous.put(url, response)));
}

precacheAndRoute(self.__WB_MANIFEST, {
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
});

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
    return (await matchPrecache(`${BASE_PATH}offline/index.html`)) ?? Response.error();
  }
  if (request.destination === 'image')
    return new Response(IMAGE_PLACEHOLDER, { headers: { 'Content-Type': 'image/svg+xml' } });
  return Response.error();
});

// The page asks for the new version when the person taps "Reload" (or on a fresh visit).
self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});
