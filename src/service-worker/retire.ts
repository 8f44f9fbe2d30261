/// <reference lib="webworker" />
// The "retire" worker: replaces the guide's worker, deletes only this copy's caches, and unregisters.
declare const self: ServiceWorkerGlobalScope;
declare const CACHE_PREFIX: string;

self.addEventListener('install', () => void self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((name) => name.startsWith(`${CACHE_PREFIX}-`)).map((name) => caches.delete(name)));
      await self.registration.unregister();
      const pages = await self.clients.matchAll({ type: 'window' });
      await Promise.all(pages.map((page) => (page as WindowClient).navigate(page.url)));
    })(),
  );
});
