// The device's language, for a copy in English and Welsh: the language a phone chose by the pages it
// uses (the first page it opened, and the header's language link), kept under a device key the privacy
// notice names. The worker keeps a note of it (src/service-worker/worker.ts): the installed app and
// the English home then open in Welsh on a phone that chose Cymraeg, and the phone saves that language
// for offline use. Plain English addresses are never sent to Welsh.
import { readSaved, save } from '../../utils/device-store';
import { CHOSE_LANGUAGE, type Language } from '../../service-worker/languages';
import { askWorker } from './ask-worker';

/** The device key's name (src/components/page/saved-names.ts). */
export const LANGUAGE_NAME = 'language';

const LANGUAGES: readonly Language[] = ['en', 'cy'];
const isLanguage = (value: unknown): Language | undefined =>
  LANGUAGES.includes(value as Language) ? (value as Language) : undefined;

/** The language of this page: Welsh for <html lang="cy">, English otherwise. */
const pageLanguage = (): Language => (document.documentElement.lang === 'cy' ? 'cy' : 'en');

/** Tells the worker the device's language, and waits (a little) for it to note it. */
const tell = (worker: ServiceWorker | null | undefined, language: Language): Promise<void> =>
  askWorker(worker, { type: CHOSE_LANGUAGE, language });

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
    void tell(own, language).then(() => location.assign(link.href));
  });
  return {
    tellWorker: (active, firstVisit) => {
      let language = readSaved(LANGUAGE_NAME, isLanguage, undefined);
      // No choice yet and the first page of this copy on this phone: its language is the choice.
      if (!language && firstVisit) {
        language = pageLanguage();
        save(LANGUAGE_NAME, language);
      }
      return language ? tell(active, language) : Promise.resolve();
    },
  };
}
