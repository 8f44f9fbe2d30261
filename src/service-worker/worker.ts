/// <reference lib="webworker" />
// The service worker. Bundled at build time by src/integration/service-worker/generate.ts, which
// defines the constants below and lets workbox-build fill in self.__WB_MANIFEST.
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { setCatchHandler, setDefaultHandler } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | { url: string; revision: string | null })[] };
/** The site's base path, like "/" or "/trust/cyber/". */
declare const BASE_PATH: string;
/** Unique to this copy of the guide, so two copies on one origin never touch each other's caches. */
declare const CACHE_PREFIX: string;

setCacheNameDetails({ prefix: CACHE_PREFIX, precache: 'pages', runtime: 'runtime' });
// The first install takes the open page at once; later versions wait until the person reloads.
clientsClaim();

precacheAndRoute(self.__WB_MANIFEST, {
  directoryIndex: 'index.html',
  cleanURLs: false,
  // Tracking and highlight parameters do not change the page.
  ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^highlight$/, /^pagefind-highlight$/],
  // "/guides/x" without its slash is the same page as "/guides/x/".
  urlManipulation: ({ url }) => (url.pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(url.pathname) ? [] : [new URL(`${url.pathname}/index.html`, url)]),
});
cleanupOutdatedCaches();

const BLANK_IMAGE = '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>';

// What was never cached and cannot be fetched: the offline page for a page, a blank for an image.
setCatchHandler(async ({ request }) => {
  if (request.mode === 'navigate' || request.destination === 'document') {
    return (await matchPrecache(`${BASE_PATH}offline/index.html`)) ?? Response.error();
  }
  if (request.destination === 'image') return new Response(BLANK_IMAGE, { headers: { 'Content-Type': 'image/svg+xml' } });
  return Response.error();
});

// What the precache does not hold goes to the network; when that fails, the catch handler answers.
setDefaultHandler(({ request }) => fetch(request));

// The page asks for the new version when the person taps "Reload" (or on a fresh visit).
self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});
