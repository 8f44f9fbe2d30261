/// <reference lib="webworker" />
// The service worker. Bundled at build time by src/build-steps/service-worker/generate.ts, which
// defines the constants below and lets workbox-build fill in self.__WB_MANIFEST.
import { clientsClaim, setCacheNameDetails, type WorkboxPlugin } from 'workbox-core';
import { PrecacheController, PrecacheRoute } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CACHE_KINDS, cacheName } from './cache-names';
import { CHECK_SAVED, type FromWorker, type SaveProgress, type SaveWords } from './save-messages';
import { dealIntoLanes, inUrgentCore, urgentFirst, type ManifestEntry } from './save-plan';
import {
  belowBase,
  CHOSE_LANGUAGE,
  FORGET_LANGUAGE,
  languageOfPath,
  otherLanguagePath,
  partOf,
  SHORTCUT,
  type DeviceLanguages,
  type Language,
} from './languages';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: ManifestEntry[] };
/** The site's base path, like "/" or "/trust/cyber/". */
declare const BASE_PATH: string;
/** The start of this copy's cache names (src/service-worker/cache-names.ts). */
declare const CACHE_ID: string;
/** What a picture that is not on the device says instead, from content/strings.yaml. */
declare const IMAGE_PLACEHOLDER_TEXT: string;
/** The words the footer shows while saving, by language, from content/strings.yaml (content/cy/ in Welsh). */
declare const SAVE_WORDS: Partial<Record<Language, SaveWords>>;
/** The languages this copy is published in (site.yaml `languages`), English first. */
declare const LANGUAGES: Language[];
/** site.yaml `offline.languages: all`: every device saves every language (shared ward devices). */
declare const SAVE_ALL: boolean;
/** Paths under the base path that make up the urgent core, saved first (src/build-steps/service-worker/options.ts). */
declare const URGENT_CORE: string[];

const scope = self.registration.scope;
const PAGES = cacheName(CACHE_ID, CACHE_KINDS.pages, scope);
const PREVIOUS = cacheName(CACHE_ID, CACHE_KINDS.previous, scope);
const LANGUAGE = cacheName(CACHE_ID, CACHE_KINDS.language, scope);
const NOTES = cacheName(CACHE_ID, CACHE_KINDS.notes, scope);
/** Where the device's languages are noted in their cache: a key only, never an address anyone fetches. */
const LANGUAGE_NOTE = `${scope}device-languages.json`;
/**
 * Noted once this device has held the whole offline copy: files missing after that were deleted by the
 * browser, while files missing before it are a first save still under way.
 */
const COMPLETE_NOTE = `${scope}copy-complete.json`;
/** The page the worker shows offline for a page in a language this device has not saved. */
/**
 * An offline page in the frame (menus) of a language, with the shared one for a copy that has none:
 * with Welsh, each language has its own, saved with its pages.
 */
const offlinePage = async (language: Language, page: string): Promise<Response | undefined> =>
  (await copy.matchPrecache(`${BASE_PATH}${language === 'en' ? '' : `${language}/`}${page}`)) ??
  copy.matchPrecache(`${BASE_PATH}${page}`);
/** An update that downloads more files than this shows its progress too; a small one just happens. */
const LARGE_UPDATE = 30;

setCacheNameDetails({ prefix: CACHE_ID, precache: CACHE_KINDS.pages, runtime: CACHE_KINDS.previous, suffix: scope });

// The first install takes the open page at once, so it works offline without a reload. Later versions
// wait (no skipWaiting here) until the page asks for them, so a page someone is reading is never swapped
// under them: see src/features/offline/register-sw.ts.
clientsClaim();

const manifest = self.__WB_MANIFEST as ManifestEntry[];
const urlOf = (entry: ManifestEntry) => new URL(typeof entry === 'string' ? entry : entry.url, self.location.href).href;
/**
 * The files with a revision: they keep their names between versions, so they are fetched past the
 * browser's HTTP cache. The rest are named after their bytes (revision null), and a copy the page has
 * just loaded is the right one: as Workbox's own install does, they may come from that cache.
 */
const REVISIONED = new Set(manifest.filter((entry) => typeof entry !== 'string' && entry.revision).map(urlOf));
const isCore = (url: string) => inUrgentCore(url, BASE_PATH, URGENT_CORE);
/** A URL's path below the base path: "cy/guides/x/index.html". */
const pathOf = (url: string) => belowBase(url, BASE_PATH) ?? '';

/**
 * A file that is not saved is fetched and saved as it is served (Workbox repairs the copy). On a device
 * with no room the saving fails; the page is still served, straight from the network.
 */
const servedWithNoRoom: WorkboxPlugin = {
  handlerDidError: async ({ request, error }) => (error.name === 'QuotaExceededError' ? fetch(request) : undefined),
};

/**
 * Every language's files, in one cache: it answers requests, and when a new version activates it
 * deletes the files that version dropped. Its own install (one file after another) is never run: the
 * lanes below save the files of this device's languages only.
 */
const copy = new PrecacheController({ cacheName: PAGES, plugins: [servedWithNoRoom] });
copy.addToCacheList(manifest);

const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

/** The note of the device's languages, or undefined when there is none or it is not one we understand. */
async function readNote(): Promise<DeviceLanguages | undefined> {
  try {
    const note = (await (await caches.open(LANGUAGE)).match(LANGUAGE_NOTE))?.json() as Promise<unknown> | undefined;
    const { chosen, saved } = ((await note) ?? {}) as Partial<DeviceLanguages>;
    if (!isLanguage(chosen) || !Array.isArray(saved)) return undefined;
    return { chosen, saved: [...new Set([chosen, ...saved.filter(isLanguage)])] };
  } catch {
    return undefined;
  }
}

async function writeNote(note: DeviceLanguages): Promise<void> {
  const body = new Response(JSON.stringify(note), { headers: { 'Content-Type': 'application/json' } });
  await (await caches.open(LANGUAGE)).put(LANGUAGE_NOTE, body).catch(() => undefined);
}

/**
 * The language of the page that registered this worker: on a first visit it is the only page of this
 * copy open (the most recently used first, when there are more).
 */
async function registeringPageLanguage(): Promise<Language> {
  const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const page = pages.find((client) => client.url.startsWith(scope));
  const language = page ? languageOfPath(pathOf(page.url)) : LANGUAGES[0];
  return isLanguage(language) ? language : LANGUAGES[0];
}

let languages: Promise<DeviceLanguages> | undefined;

/**
 * The device's languages: the note this worker keeps of the page's device key (the page sends it,
 * src/features/offline/device-language.ts), or on a first install the language of the page that
 * registered the worker. A phone whose first page is Welsh saves the shared files and the Welsh pages.
 */
function deviceLanguages(): Promise<DeviceLanguages> {
  // An English-only copy has nothing to choose, and keeps no note.
  if (LANGUAGES.length === 1) return Promise.resolve({ chosen: LANGUAGES[0], saved: [LANGUAGES[0]] });
  languages ??= readNote().then(async (note) => {
    if (note) return note;
    const chosen = await registeringPageLanguage();
    const first = { chosen, saved: [chosen] };
    await writeNote(first);
    return first;
  });
  return languages;
}

/** Whether this device saves a file: the shared ones always, a language's own when it saves that language. */
function savesFile(device: DeviceLanguages, url: string): boolean {
  const part = partOf(pathOf(url));
  return part === 'shared' || SAVE_ALL || device.saved.includes(part);
}

/** What this device saves of this version: the files, the urgent core among them, and the lanes. */
interface SavePlan {
  languages: string;
  urls: Set<string>;
  core: Set<string>;
  lanes: PrecacheController[];
}

let plan: SavePlan | undefined;

/** The files of this version that are in the cache, as far as this run of the worker has seen. */
const saved = new Set<string>();
let large = false;
let telling: ReturnType<typeof setTimeout> | undefined;

/** Sends a message to this copy's open pages, controlled or not yet (a first visit during the install). */
async function tell(message: FromWorker): Promise<void> {
  const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  for (const page of pages) if (page.url.startsWith(scope)) page.postMessage({ ...message, words: wordsFor(page.url) });
}

/** The saving's words in the language of the page that shows them. */
const wordsFor = (url: string): SaveWords => SAVE_WORDS[languageOfPath(pathOf(url))] ?? SAVE_WORDS.en ?? {};

const progress = (): SaveProgress => ({
  type: 'SAVE_PROGRESS',
  saved: saved.size,
  total: plan?.urls.size ?? manifest.length,
  coreReady: [...(plan?.core ?? [])].every((url) => saved.has(url)),
  large,
  words: {},
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
  // Workbox reports a failed download as no response, not as an error.
  handlerDidComplete: async ({ request, response, error }) => {
    if (response && !error) markSaved(request.url);
  },
};

/**
 * The files this device saves (the shared ones and its languages'), dealt out to lanes that download
 * side by side, the urgent core first in each. Workbox's precaching saves one file at a time
 * (GoogleChrome/workbox#2528): 183 files on a 150 ms link is half a minute of waiting. Each lane is a
 * PrecacheController of its own over the same cache, so revisions, integrity and "already saved, skip
 * it" are Workbox's, as they were. Made again when the device saves another language.
 */
async function savePlan(): Promise<SavePlan> {
  const device = await deviceLanguages();
  const key = SAVE_ALL ? 'all' : [...device.saved].sort().join();
  if (plan?.languages === key) return plan;
  const entries = manifest.filter((entry) => savesFile(device, urlOf(entry)));
  const lanes = dealIntoLanes(urgentFirst(entries, (entry) => isCore(urlOf(entry)))).map((part) => {
    const lane = new PrecacheController({ cacheName: PAGES, plugins: [countSaved] });
    lane.addToCacheList(part);
    return lane;
  });
  const urls = new Set(entries.map(urlOf));
  plan = { languages: key, urls, core: new Set([...urls].filter(isCore)), lanes };
  return plan;
}

/** The files this device saves of this version that are missing from the cache: counted there, never assumed. */
async function missingURLs(wanted: SavePlan): Promise<string[]> {
  const cache = await caches.open(PAGES);
  const present = new Set((await cache.keys()).map((request) => request.url));
  return [...copy.getURLsToCacheKeys()]
    .filter(([url, key]) => wanted.urls.has(url) && !present.has(key))
    .map(([url]) => url);
}

self.addEventListener('install', (event) => {
  saved.clear();
  // The first install saves nothing: Chromium lets a worker that is installing have only 3 requests in
  // flight (ThrottleInstallingServiceWorker), which halves the lanes' speed. It activates at once, and the
  // page's first CHECK_SAVED starts the save (see checkSaved), with every lane downloading. An update
  // saves its files here, before it takes over, so an open page never meets a file the new version lacks.
  if (!self.registration.active) return;
  event.waitUntil(
    (async () => {
      const wanted = await savePlan();
      // A large update shows its progress; a small one just happens.
      large = (await missingURLs(wanted)).length > LARGE_UPDATE;
      await Promise.all([keepPreviousVersionFiles(), ...wanted.lanes.map((lane) => lane.install(event))]);
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

/** Whether this device has held the whole offline copy (of any version) before. */
async function wasComplete(): Promise<boolean> {
  return Boolean(await (await caches.open(NOTES)).match(COMPLETE_NOTE).catch(() => undefined));
}

async function noteComplete(): Promise<void> {
  await (await caches.open(NOTES)).put(COMPLETE_NOTE, new Response('true')).catch(() => undefined);
}

let saving: Promise<void> | undefined;
/** A check came while a save ran: that save may have started before the signal came back. */
let checkedAgain = false;
/** Set when a save found no room on the device: this run of the worker does not download the copy again. */
let noRoom = false;

/**
 * Saves the files of this device's copy that are missing, through the lanes' strategies (revision and
 * integrity as at install; a file already saved is not fetched again), side by side.
 */
async function saveOnce(wanted: SavePlan, missing: Set<string>, event: ExtendableMessageEvent): Promise<void> {
  saved.clear();
  for (const url of wanted.urls) if (!missing.has(url)) saved.add(url);
  large = true;
  await Promise.all(
    wanted.lanes.map(async (lane) => {
      for (const [url, cacheKey] of lane.getURLsToCacheKeys()) {
        // A device with no room stops at once, rather than download files it cannot keep.
        if (noRoom) return;
        if (!missing.has(url)) continue;
        const integrity = lane.getIntegrityForCacheKey(cacheKey);
        const cache = REVISIONED.has(url) ? 'reload' : 'default';
        const request = new Request(url, { credentials: 'same-origin', cache });
        // Offline or a file refused: the rest still go, and the next check saves what is missing.
        await Promise.all(lane.strategy.handleAll({ event, request, params: { cacheKey, integrity } })).catch(
          (error: unknown) => (noRoom ||= (error as Error | undefined)?.name === 'QuotaExceededError'),
        );
      }
    }),
  );
  // Files counted as saved that the cache does not hold: the browser took them back for want of room.
  // Stop here, or every visit would download the copy again.
  const left = await missingURLs(wanted);
  noRoom ||= left.some((url) => saved.has(url));
  if (!noRoom) return;
  clearTimeout(telling);
  telling = undefined;
  await tell({ type: 'SAVE_CHECK', saved: wanted.urls.size - left.length, total: wanted.urls.size, noRoom, words: {} });
}

/**
 * Saves what is missing, one save at a time. A check that comes while one runs waits for it (which also
 * keeps the worker alive for it), and then what that save could not fetch is tried once more.
 */
function saveMissing(event: ExtendableMessageEvent): Promise<void> {
  if (saving) {
    checkedAgain = true;
    return saving;
  }
  saving = (async () => {
    do {
      checkedAgain = false;
      const wanted = await savePlan();
      const missing = new Set(await missingURLs(wanted));
      if (missing.size === 0 || noRoom) return;
      await saveOnce(wanted, missing, event);
    } while (checkedAgain);
  })().finally(() => (saving = undefined));
  return saving;
}

/**
 * The page asks on each visit: answer with what the cache really holds, and save what is missing. That
 * is the first save on a first visit, and on later visits the rest of a save that was cut off, or the
 * files the browser cleared under storage pressure.
 */
async function checkSaved(event: ExtendableMessageEvent): Promise<void> {
  const wanted = await savePlan();
  const missing = new Set(await missingURLs(wanted));
  const total = wanted.urls.size;
  const source = event.source as Client | null;
  if (missing.size === 0) await noteComplete();
  event.source?.postMessage({
    type: 'SAVE_CHECK',
    saved: total - missing.size,
    total,
    // Only files of a language the device has just added are missing: saving it, not repairing.
    adding: added !== undefined && [...missing].every((url) => partOf(pathOf(url)) === added),
    firstSave: missing.size > 0 && !(await wasComplete()),
    noRoom: missing.size > 0 && noRoom,
    words: wordsFor(source?.url ?? scope),
  } satisfies FromWorker);
  if (missing.size > 0 && !noRoom) await saveMissing(event);
}

/** A language this device started saving in this run of the worker (switched to it online). */
let added: Language | undefined;
/** Language changes, one after another; a check of the saved files waits for them. */
let choosing: Promise<void> = Promise.resolve();

/**
 * The page tells the device's language: on the first visit, on every visit after (from its device
 * key), and when the person switches language in the header. The installed app then opens in it, and
 * the device saves that language too, so both work offline once both were used: the first visit stays
 * one language (within the budget), and a person who switches reads both. The page waits for the
 * answer before it leaves, so the next page is already served in the new language.
 */
async function chooseLanguage(event: ExtendableMessageEvent, language: Language): Promise<void> {
  const before = await deviceLanguages();
  if (before.chosen !== language || !before.saved.includes(language)) {
    if (!before.saved.includes(language)) added = language;
    const after = { chosen: language, saved: [...new Set([...before.saved, language])] };
    languages = Promise.resolve(after);
    await writeNote(after);
  }
  event.ports[0]?.postMessage(language);
}

self.addEventListener('message', (event) => {
  // The page asks for the new version when the person taps "Reload" (or on a fresh visit).
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
  if (event.data?.type === CHOSE_LANGUAGE && isLanguage(event.data.language)) {
    const language = event.data.language;
    choosing = choosing.then(() => chooseLanguage(event, language));
    event.waitUntil(choosing);
  }
  // "Clear my progress": the device no longer has a chosen language, so the app opens in the first
  // language, as on a phone that never chose. What is saved stays saved (clearing progress is not
  // deleting the offline copy), and the first language is saved too, so the app it opens works offline.
  if (event.data?.type === FORGET_LANGUAGE && LANGUAGES.length > 1) {
    choosing = choosing.then(() => chooseLanguage(event, LANGUAGES[0]));
    event.waitUntil(choosing);
  }
  if (event.data?.type === CHECK_SAVED) event.waitUntil(choosing.then(() => checkSaved(event)));
});

/** The home page's addresses: where the installed app starts (the manifest's start_url) and the logo goes. */
const HOME = new Set([BASE_PATH, `${BASE_PATH}index.html`]);

/** A language's home page file. */
const homeOf = (language: Language): string =>
  `${BASE_PATH}${language === LANGUAGES[0] ? '' : `${language}/`}index.html`;

/** Whether a page file of this version is in the offline copy on this device. */
async function isSaved(url: string): Promise<boolean> {
  const cacheKey = copy.getCacheKeyForURL(new URL(url, scope).href);
  return Boolean(cacheKey && (await caches.match(cacheKey, { cacheName: PAGES })));
}

/**
 * The language the app opens in: the one the phone chose, if its home is saved. A phone that taps the
 * other language with no signal, before that language is saved, still opens in the one it has.
 */
async function startLanguage(): Promise<Language> {
  const { chosen, saved } = await deviceLanguages();
  for (const language of new Set([chosen, ...saved])) if (await isSaved(homeOf(language))) return language;
  return chosen;
}

/**
 * Whether the installed app opens this address: its start_url (the home) or one of its shortcuts, which
 * carry ?shortcut (src/build-steps/manifest.ts). English pages only: a Welsh address is already Welsh.
 */
function opensApp(url: URL): boolean {
  const path = belowBase(url.href, BASE_PATH);
  if (path === undefined || languageOfPath(path) !== LANGUAGES[0]) return false;
  return HOME.has(url.pathname) || url.searchParams.has(SHORTCUT);
}

// A phone that chose Welsh opens in Welsh: from the home screen (one app, one start_url), its shortcuts and
// the English home. Only these: an English guide's address, bookmarked or printed, always opens in English.
if (LANGUAGES.length > 1)
  registerRoute(
    ({ request, url }) => request.mode === 'navigate' && url.origin === self.location.origin && opensApp(url),
    async ({ request, event, url }) => {
      // "help/" for a shortcut, "" for the home (and "index.html" is the home too).
      const page = pathOf(url.href).replace(/index\.html$/, '');
      const language = await startLanguage();
      if (language !== LANGUAGES[0])
        return Response.redirect(new URL(`${BASE_PATH}${language}/${page}`, scope).href, 302);
      const cacheKey = copy.getCacheKeyForURL(`${BASE_PATH}${page}index.html`);
      return cacheKey ? copy.strategy.handle({ event, request, params: { cacheKey } }) : fetch(request);
    },
  );

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

/**
 * The page for a page in a language this device has not saved, with no signal: in Welsh and English,
 * it links back to the same page in the language that is saved.
 */
async function otherLanguagePage(path: string): Promise<Response | undefined> {
  // The page's file: "guides/x" and "guides/x/" are "guides/x/index.html", the home "" is "index.html".
  const file = /\.[a-z0-9]+$/i.test(path) ? path : `${path.replace(/\/?$/, '/').replace(/^\/$/, '')}index.html`;
  if (LANGUAGES.length < 2 || partOf(file) === 'shared') return undefined;
  const other = otherLanguagePath(file);
  // Only when the same page is saved in the other language: otherwise it is simply not saved.
  if (!(await isSaved(`${BASE_PATH}${other}`))) return undefined;
  const back = `${BASE_PATH}${other.replace(/index\.html$/, '')}`.replace(/[&"<>]/g, '');
  // In the menus of the language that is saved, the one the phone reads.
  const page = await offlinePage(languageOfPath(other), 'offline/other-language/index.html');
  if (!page) return undefined;
  const html = (await page.text()).replace(/href="[^"]*"(?= data-back)/g, `href="${back}"`);
  return new Response(html, { headers: page.headers });
}

// What was never saved and cannot be fetched: the offline page for a page, a placeholder for a picture.
setCatchHandler(async ({ request }) => {
  if (request.mode === 'navigate' || request.destination === 'document') {
    return (
      (await otherLanguagePage(pathOf(request.url))) ??
      (await offlinePage(languageOfPath(pathOf(request.url)), 'offline/index.html')) ??
      Response.error()
    );
  }
  if (request.destination === 'image')
    return new Response(IMAGE_PLACEHOLDER, { headers: { 'Content-Type': 'image/svg+xml' } });
  return Response.error();
});
