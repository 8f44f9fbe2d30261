// Registers the service worker after the page has loaded, shows the update banner, and keeps the
// footer's offline status true. Nothing here blocks rendering, and every failure leaves the page working.

const status = document.getElementById('offline-status');
const banner = document.getElementById('update-banner');
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const say = (key: 'ready' | 'offline' | 'unavailable' | 'downloading') => {
  if (!status) return;
  status.textContent = (status.dataset[key] ?? '').replace('{date}', status.dataset.date ?? '');
};

// A fresh visit (opened from the home screen or from elsewhere, and not touched yet) takes a new
// version at once; a page someone is reading gets the banner instead, so nothing they do is lost.
const cameFromThisSite = document.referrer.startsWith(`${location.origin}${base}`);
let touched = false;
for (const type of ['pointerdown', 'keydown', 'scroll']) addEventListener(type, () => (touched = true), { once: true, passive: true });

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

function offerUpdate(worker: ServiceWorker): void {
  waiting = worker;
  if (!cameFromThisSite && !touched && performance.now() < 15_000) applyUpdate();
  else if (banner) banner.hidden = false;
}

function watchForUpdates(registration: ServiceWorkerRegistration, startedControlled: boolean): void {
  if (registration.waiting && startedControlled) offerUpdate(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const incoming = registration.installing;
    incoming?.addEventListener('statechange', () => {
      if (incoming.state === 'installed' && navigator.serviceWorker.controller) offerUpdate(incoming);
    });
  });
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    waiting = undefined;
    if (asked) location.reload();
    // Another tab took the new version: this page keeps working, and a reload will show it.
    else if (startedControlled && banner) banner.hidden = false;
  });
}

async function register(): Promise<void> {
  if (!('serviceWorker' in navigator) || !status) return;
  if (status.dataset.mode === 'retire') {
    const registration = await navigator.serviceWorker.getRegistration(base);
    await registration?.unregister();
    return;
  }
  const startedControlled = Boolean(navigator.serviceWorker.controller);
  if (!startedControlled) say('downloading');
  try {
    // updateViaCache 'none': a host that caches sw.js for a long time cannot hide updates.
    const registration = await navigator.serviceWorker.register(`${base}sw.js`, { scope: base, updateViaCache: 'none' });
    watchForUpdates(registration, startedControlled);
    // A first install that fails (no room on the device) leaves the page working online.
    registration.installing?.addEventListener('statechange', (event) => {
      if ((event.target as ServiceWorker).state === 'redundant' && !navigator.serviceWorker.controller) say('unavailable');
    });
    await navigator.serviceWorker.ready;
    say(navigator.onLine ? 'ready' : 'offline');
    if (startedControlled) void registration.update().catch(() => undefined);
  } catch {
    // No network to check for a new version: the copy on the device still works.
    if (navigator.serviceWorker.controller) say(navigator.onLine ? 'ready' : 'offline');
    // Storage full or denied (private browsing): the site still works online.
    else say('unavailable');
  }
}

banner?.querySelector('button')?.addEventListener('click', applyUpdate);
addEventListener('offline', () => say('offline'));
addEventListener('online', () => say(navigator.serviceWorker?.controller ? 'ready' : 'unavailable'));
if (document.readyState === 'complete') void register();
else addEventListener('load', () => void register(), { once: true });
