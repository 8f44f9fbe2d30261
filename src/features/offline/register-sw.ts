// Registers the service worker after the page has loaded, offers new versions with the update banner,
// and keeps the footer's offline status true: how far saving has got, and "Available offline" only once
// the worker has counted every file in the cache. Nothing here blocks rendering, and every failure
// leaves the page working online: the worst case is "Not available offline on this device".
import { fill } from '../../utils/fill';
import { CHECK_SAVED, isFromWorker, type SaveProgress, type SaveWords } from '../../service-worker/save-messages';
import { VISITED_PREFIX } from './visited-key';
import { announceCopySaved } from './copy-saved';

type Status =
  | 'ready'
  | 'offline'
  | 'offlineNotSaved'
  | 'unavailable'
  | 'downloading'
  | 'saving'
  | 'coreReady'
  | 'cleared'
  | 'clearedOffline';

const status = document.getElementById('offline-status');
const progressBar = document.getElementById('offline-progress') as HTMLProgressElement | null;
const banner = document.getElementById('update-banner');
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const scope = new URL(base, location.origin).href;
const workerURL = new URL(`${base}sw.js`, location.origin).href;

/** The saving's words, which come with the worker's messages. */
let words: SaveWords = {};

function say(key: Status, values: Record<string, number> = {}): void {
  if (!status) return;
  const template = status.dataset[key] ?? words[key as keyof SaveWords] ?? '';
  const dated = key === 'ready' || key === 'offline';
  const text = template && fill(template, dated ? { date: status.dataset.date ?? '' } : values);
  // The footer is a polite live region: a line set again to the same words is not announced again.
  if (status.textContent !== text) status.textContent = text;
}

/**
 * Whether this copy's own worker controls the page. Another copy of the guide at the root of the same
 * origin may control it until this copy's worker takes over, and must not count.
 */
const ownController = (): ServiceWorker | null => {
  const controller = navigator.serviceWorker?.controller;
  return controller?.scriptURL === workerURL ? controller : null;
};

/**
 * What the worker last counted in the cache: unknown until it answers; first while it saves the copy the
 * first time, adding while it saves a language just chosen, missing when the browser deleted files.
 */
let copy: 'unknown' | 'complete' | 'missing' | 'first' | 'adding' = 'unknown';
let online = navigator.onLine;

/** Asks the worker to count this version's files in the cache (and save what is missing). */
function checkSaved(worker = ownController()): void {
  worker?.postMessage({ type: CHECK_SAVED });
}

/** The footer: saved and online, saved and offline, or what is missing; "saved" only once counted. */
function sayWhereWeAre(isOnline: boolean): void {
  online = isOnline;
  if (ownController()) checkSaved();
  else if (!online) say('offlineNotSaved');
}

/** The last milestone the live region announced, like "saving:2" (half way). */
let milestone = '';

/**
 * How far saving has got. The bar moves with every file; the live region's words change only at a
 * quarter, a half, three quarters, when the urgent core is ready and at the end, so a screen reader
 * hears a few short lines and not one per file.
 */
function showProgress({ saved, total, coreReady }: Pick<SaveProgress, 'saved' | 'total' | 'coreReady'>): void {
  if (progressBar) {
    progressBar.max = total;
    progressBar.value = saved;
    progressBar.hidden = saved >= total;
  }
  const key: Status = copy === 'missing' ? 'cleared' : coreReady ? 'coreReady' : 'saving';
  const step = `${key}:${Math.floor((saved / Math.max(total, 1)) * 4)}`;
  if (step === milestone) return;
  milestone = step;
  say(key, { saved, total });
}

let persistAsked = false;

/** Asks the browser to keep the offline copy under storage pressure (installed apps are usually allowed). */
async function keepCopy(): Promise<void> {
  if (persistAsked || !navigator.storage?.persist) return;
  persistAsked = true;
  try {
    if (!(await navigator.storage.persisted())) await navigator.storage.persist();
  } catch {
    // Not allowed here: the copy is still saved, only less protected.
  }
}

function heardFromWorker(event: MessageEvent): void {
  const data: unknown = event.data;
  if (!isFromWorker(data)) return;
  words = data.words ?? words;
  if (progressBar && words.progressLabel) progressBar.setAttribute('aria-label', words.progressLabel);
  if (data.type === 'SAVE_CHECK') {
    // The page still works online; it is simply not saved.
    if (data.noRoom) {
      if (progressBar) progressBar.hidden = true;
      say('unavailable');
      return;
    }
    copy = data.saved === data.total ? 'complete' : data.adding ? 'adding' : data.firstSave ? 'first' : 'missing';
    if (copy === 'complete') {
      if (progressBar) progressBar.hidden = true;
      say(online ? 'ready' : 'offline');
      announceCopySaved();
      void keepCopy();
    } else if (online) showProgress({ ...data, coreReady: false });
    // A language switched to online and not saved yet: the language already saved still works.
    else say(copy === 'adding' ? 'offline' : copy === 'first' ? 'offlineNotSaved' : 'clearedOffline');
    return;
  }
  // A small update arrives quietly; a first save, a large update or saving again what was cleared shows.
  if (ownController() && !data.large && copy !== 'missing') return;
  if (!online && copy === 'missing') return;
  showProgress(data);
  if (data.saved === data.total) checkSaved();
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
    // (clients.claim runs as it activates), so on a slow phone the footer learns it here. The server
    // served this page and sw.js a moment ago: asking it again would only take one of the connections
    // the first save is using.
    else sayWhereWeAre(online);
  });
}

async function register(): Promise<void> {
  if (!status) return;
  // No service workers here (some private browsing modes): the site works online only.
  if (!('serviceWorker' in navigator)) {
    say('unavailable');
    return;
  }
  if (status.dataset.mode === 'retire') {
    // Only a retire build needs this, so only a retire build downloads it.
    await import('./retire').then(({ retire }) => retire(base, scope)).catch(() => undefined);
    return;
  }
  navigator.serviceWorker.addEventListener('message', heardFromWorker);
  // The worker's messages wait until the page says it listens.
  navigator.serviceWorker.startMessages();
  const alreadySaved = Boolean(ownController());
  if (!alreadySaved) say('downloading');
  // Only a copy in several languages keeps the device's language (the footer lists them, and has no
  // list in an English-only copy), and only it downloads the code: an English-only copy carries none of it.
  const language = status.dataset.languages
    ? import('./device-language').then(
        ({ keepDeviceLanguage }) => keepDeviceLanguage(ownController),
        // Not loaded (offline before it was saved): the page still works, in the language it is in.
        () => null,
      )
    : undefined;
  try {
    // updateViaCache 'none': a host that caches sw.js for a long time cannot hide updates.
    const registration = await navigator.serviceWorker.register(workerURL, { scope: base, updateViaCache: 'none' });
    watchForUpdates(registration);
    // A first install that fails (no room on the device, storage denied) leaves the page working online.
    registration.installing?.addEventListener('statechange', (event) => {
      if ((event.target as ServiceWorker).state === 'redundant' && !ownController()) say('unavailable');
    });
    const ready = await navigator.serviceWorker.ready;
    // Before the check, so the worker counts the files of the device's languages.
    await (await language)?.tellWorker(ready.active, !alreadySaved);
    // A first save starts when the worker hears this: before it has taken the page over (and so before
    // "controllerchange"), and without waiting for the server's answer, which is only for the words.
    checkSaved(ready.active);
    // Only a page served from the saved copy needs to ask whether the server answers: one the worker
    // did not serve came from the server a moment ago, and asking would take a connection from the save.
    if (alreadySaved && !(await serverAnswers())) sayWhereWeAre(false);
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
