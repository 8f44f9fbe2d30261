// The device's language, for a copy in English and Welsh: the language a phone chose by the pages it
// uses (the first page it opened, and the header's language link), kept under a device key the privacy
// notice names. The worker keeps a note of it (src/service-worker/worker.ts): the installed app and
// the English home then open in Welsh on a phone that chose Cymraeg, and the phone saves that language
// for offline use. Plain English addresses are never sent to Welsh.
import { readSaved, save } from '../../utils/device-store';
import { CHOSE_LANGUAGE, FORGET_LANGUAGE, type Language } from '../../service-worker/languages';

/** The device key's name (src/components/page/saved-names.ts). */
export const LANGUAGE_NAME = 'language';

const LANGUAGES: readonly Language[] = ['en', 'cy'];
const isLanguage = (value: unknown): Language | undefined =>
  LANGUAGES.includes(value as Language) ? (value as Language) : undefined;

/** The language of this page: Welsh for <html lang="cy">, English otherwise. */
const pageLanguage = (): Language => (document.documentElement.lang === 'cy' ? 'cy' : 'en');

/** How long a language switch waits for the worker before it leaves anyway. */
const WORKER_ANSWER_MS = 1000;

/** Tells the worker the device's language (or that it has none), and waits (a little) for it to note it. */
function tell(worker: ServiceWorker | null | undefined, message: { type: string; language?: Language }): Promise<void> {
  if (!worker) return Promise.resolve();
  return new Promise((done) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done();
    setTimeout(done, WORKER_ANSWER_MS);
    worker.postMessage(message, [channel.port2]);
  });
}

/**
 * "Clear my progress" removed the device key (src/features/progress/progress.ts): this copy's worker
 * forgets its copy of it too, or the app would go on opening in the language the key no longer names.
 */
export function forgetDeviceLanguage(): Promise<void> {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const controller = navigator.serviceWorker?.controller;
  // Another copy of the guide at the root of the same origin may control the page: only ours is told.
  const own = controller?.scriptURL === new URL(`${base}sw.js`, location.origin).href ? controller : null;
  return tell(own, { type: FORGET_LANGUAGE });
}

/**
 * Keeps the device's language, in a copy with several languages (register-sw.ts loads this only there:
 * an English-only copy stores nothing). `worker` gives this copy's worker, once there is one.
 */
export function keepDeviceLanguage(worker: () => ServiceWorker | null | undefined): {
  /** Tells `active` (this copy's worker) the device's language; on a first visit, this page's language. */
  tellWorker: (active: ServiceWorker | null | undefined, firstVisit: boolean) => Promise<void>;
} {
  // The header's language link is the person's choice: note it before the other language's page opens.
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('nav.app-nav a[hreflang]');
    const language = isLanguage(link?.hreflang);
    if (!link || !language || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    save(LANGUAGE_NAME, language);
    const own = worker();
    if (!own) return;
    event.preventDefault();
    void tell(own, { type: CHOSE_LANGUAGE, language }).then(() => location.assign(link.href));
  });
  return {
    tellWorker: (active, firstVisit) => {
      let language = readSaved(LANGUAGE_NAME, isLanguage, undefined);
      // No choice yet and the first page of this copy on this phone: its language is the choice.
      if (!language && firstVisit) {
        language = pageLanguage();
        save(LANGUAGE_NAME, language);
      }
      return language ? tell(active, { type: CHOSE_LANGUAGE, language }) : Promise.resolve();
    },
  };
}
