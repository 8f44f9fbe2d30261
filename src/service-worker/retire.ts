/// <reference lib="webworker" />
// The "retire" worker, for a trust that stops hosting the guide: it replaces the guide's worker at once,
// deletes this copy's caches (and nobody else's), unregisters itself and reloads open pages from the server.
import { isOwnCache } from './cache-names';

declare const self: ServiceWorkerGlobalScope;
/** The start of this copy's cache names (src/service-worker/cache-names.ts). */
declare const CACHE_ID: string;

self.addEventListener('install', () => void self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const scope = self.registration.scope;
      const names = await caches.keys();
      await Promise.all(names.filter((name) => isOwnCache(name, CACHE_ID, scope)).map((name) => caches.delete(name)));
      await self.registration.unregister();
      const pages = await self.clients.matchAll({ type: 'window' });
      await Promise.all(pages.map((page) => page.navigate(page.url).catch(() => undefined)));
    })(),
  );
});
