// Registers the service worker after the page has loaded, offers new versions with the update banner,
// and keeps the footer's offline status true. Nothing here blocks rendering, and every failure leaves
// the page working online: the worst case is "Not available offline on this device".
import { fill } from '../../utils/fill';
import { cacheIdFor, isOwnCache } from '../../service-worker/cache-names';
import { VISITED_PREFIX } from '../../utils/device-store';

type Status = 'ready' | 'offline' | 'offlineNotSaved' | 'unavailable' | 'downloading';

const status = document.getElementById('offline-status');
const banner = document.getElementById('update-banner');
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const scope = new URL(base, location.origin).href;
const workerURL = new URL(`${base}sw.js`, location.origin).href;

function say(key: Status): void {
  if (!status) return;
  const dated = key === 'ready' || key === 'offline';
  status.textContent = fill(status.dataset[key] ?? '', dated ? { date: status.dataset.date ?? '' } : {});
}

/**
 * Whether this copy's own worker controls the page. Another copy of the guide at the root of the same
 * origin may control it until this copy's worker takes over, and must not count.
 */
const ownController = (): ServiceWorker | null => {
  const controller = navigator.serviceWorker?.controller;
  return controller?.scriptURL === workerURL ? controller : null;
};

/** The footer: saved and online, saved and offline, or what is missing. */
function sayWhereWeAre(online: boolean): void {
  if (ownController()) say(online ? 'ready' : 'offline');
  else if (!online) say('offlineNotSaved');
}

/** Whether the server answers: navigator.onLine says "online" behind a dead Wi-Fi or a down server. */
async function serverAnswers(): Promise<boolean> {
  if (!navigator.onLine) return false;
  try {
    // HEAD is never answered from the offline copy (the worker routes only GET), so this asks the server.
    await fetch(workerURL, { method: 'HEAD', cache: 'no-store' });
    return true;
  } catch {
    return false;
  }
}

// A fresh visit (opened from the home screen or a link, and not touched yet) takes a new version at
// once; a page someone is reading, or reached from another page of the guide, gets the banner instead.
// Not document.referrer: the hosting configs send Referrer-Policy no-referrer, which empties it.
// A tab's session storage remembers that an earlier page of this copy was open in it.
const visitedKey = `${VISITED_PREFIX}${scope}`;
const cameFromThisSite = (() => {
  try {
    const seen = sessionStorage.getItem(visitedKey) === '1';
    sessionStorage.setItem(visitedKey, '1');
    return seen;
  } catch {
    return document.referrer.startsWith(scope);
  }
})();
let touched = false;
for (const type of ['pointerdown', 'keydown', 'scroll'])
  addEventListener(type, () => (touched = true), { once: true, passive: true });
const FRESH_VISIT_MS = 15_000;

/** The new version waiting to take over, if any. */
let waiting: ServiceWorker | undefined;
/** Only the page that asked for the new version reloads; other open pages keep working until reloaded. */
let asked = false;

function applyUpdate(): void {
  if (!waiting) {
    location.reload();
    return;
  }
  asked = true;
  waiting.postMessage({ type: 'SKIP_WAITING' });
}

function showBanner(): void {
  if (banner) banner.hidden = false;
}

function offerUpdate(worker: ServiceWorker): void {
  waiting = worker;
  if (!cameFromThisSite && !touched && performance.now() < FRESH_VISIT_MS) applyUpdate();
  else showBanner();
}

function watchForUpdates(registration: ServiceWorkerRegistration): void {
  // A version that finished installing while no page of the guide was open.
  if (registration.waiting && registration.active) offerUpdate(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const incoming = registration.installing;
    incoming?.addEventListener('statechange', () => {
      // "installed" with an active worker already there is an update; without one it is the first install.
      if (incoming.state === 'installed' && registration.active) offerUpdate(incoming);
    });
  });
  // Which of this copy's versions runs this page; null until the first install takes it over.
  let controlledBy = ownController();
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    const wasUpdate = controlledBy !== null;
    controlledBy = ownController();
    waiting = undefined;
    if (asked) location.reload();
    // Another tab took the new version: this page keeps working, and a reload will show it.
    else if (wasUpdate) showBanner();
    // The first install: navigator.serviceWorker.ready resolves before the worker takes the page
    // (clients.claim runs as it activates), so on a slow phone the footer learns it here.
    else void serverAnswers().then(sayWhereWeAre);
  });
}

/** A retire build: remove this copy's worker and offline copy, and nothing belonging to anyone else. */
async function retire(): Promise<void> {
  const registration = await navigator.serviceWorker.getRegistration(base);
  if (registration?.scope === scope) await registration.unregister();
  const names = await caches.keys();
  await Promise.all(
    names.filter((name) => isOwnCache(name, cacheIdFor(base), scope)).map((name) => caches.delete(name)),
  );
}

async function register(): Promise<void> {
  if (!status) return;
  // No service workers here (some private browsing modes): the site works online only.
  if (!('serviceWorker' in navigator)) {
    say('unavailable');
    return;
  }
  if (status.dataset.mode === 'retire') {
    await retire().catch(() => undefined);
    return;
  }
  const alreadySaved = Boolean(ownController());
  if (!alreadySaved) say('downloading');
  try {
    // updateViaCache 'none': a host that caches sw.js for a long time cannot hide updates.
    const registration = await navigator.serviceWorker.register(workerURL, { scope: base, updateViaCache: 'none' });
    watchForUpdates(registration);
    // A first install that fails (no room on the device, storage denied) leaves the page working online.
    registration.installing?.addEventListener('statechange', (event) => {
      if ((event.target as ServiceWorker).state === 'redundant' && !ownController()) say('unavailable');
    });
    await navigator.serviceWorker.ready;
    sayWhereWeAre(await serverAnswers());
  } catch {
    // Storage denied (private browsing), or sw.js unreachable before anything was saved.
    if (ownController()) sayWhereWeAre(await serverAnswers());
    else say((await serverAnswers()) ? 'unavailable' : 'offlineNotSaved');
  }
}

banner?.querySelector('button')?.addEventListener('click', applyUpdate);
addEventListener('offline', () => sayWhereWeAre(false));
addEventListener('online', () => void serverAnswers().then(sayWhereWeAre));
// A guide left open on a phone for hours: look for a new version when it comes back into view.
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState !== 'visible' || !('serviceWorker' in navigator)) return;
  void navigator.serviceWorker.getRegistration(base).then((registration) => {
    if (registration?.scope !== scope) return undefined;
    return registration.update().then(
      () => sayWhereWeAre(true),
      () => void serverAnswers().then(sayWhereWeAre),
    );
  });
});
if (document.readyState === 'complete') void register();
else addEventListener('load', () => void register(), { once: true });
