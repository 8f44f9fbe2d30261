// A retire build replaces a copy that is being taken down: it removes this copy's worker and offline
// copy from the device, and nothing belonging to another copy on the same origin.
import { cacheIdFor, isOwnCache } from '../../service-worker/cache-names';

export async function retire(base: string, scope: string): Promise<void> {
  const registration = await navigator.serviceWorker.getRegistration(base);
  if (registration?.scope === scope) await registration.unregister();
  const names = await caches.keys();
  await Promise.all(
    names.filter((name) => isOwnCache(name, cacheIdFor(base), scope)).map((name) => caches.delete(name)),
  );
}
