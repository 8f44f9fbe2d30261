// My progress: what this device has saved (checklist ticks, practice answers), a printable summary,
// and "clear all". It reads the same saved values the checklists and practice write, and nothing else.
import { fill, plural } from '../../utils/fill';
import { forgetAll } from '../../utils/device-store';
import { savedTicks } from '../checklists/checklist-state';
import { scoreSentence } from '../practice/practice-state';
import { confirmStep } from '../../utils/confirm-step';
import { dataList } from '../../utils/page-data';
import { askWorker } from '../offline/ask-worker';
import { FORGET_LANGUAGE } from '../../service-worker/languages';

const root = document.querySelector<HTMLElement>('[data-progress]');

function showSaved(page: HTMLElement): void {
  const words = page.dataset;
  for (const row of page.querySelectorAll<HTMLElement>('[data-progress-checklist]')) {
    const ids = dataList(row.dataset.items);
    const done = savedTicks(row.dataset.progressChecklist ?? '', ids).size;
    row.querySelector('[data-progress-count]')!.textContent =
      done === 0
        ? (words.notStarted ?? '')
        : fill(plural(words.checklistDone, done, words.countLang ?? 'en-GB'), { done, total: ids.length });
  }
  const practice = page.querySelector<HTMLElement>('[data-progress-practice]')!;
  const slugs = dataList(practice.dataset.scenarios);
  const line = scoreSentence(slugs, { none: words.practiceNone, some: words.practiceDone, lang: words.countLang });
  const link = practice.querySelector('a');
  practice.replaceChildren(line, ' ', ...(link ? [link] : []));
}

/**
 * Tells this copy's worker to forget the device's language, so the app opens in the first language again.
 * Another copy of the guide at the root of the same origin may control the page: only ours is told.
 */
function forgetLanguage(): Promise<void> {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const controller = navigator.serviceWorker?.controller;
  const own = controller?.scriptURL === new URL(`${base}sw.js`, location.origin).href ? controller : null;
  return askWorker(own, { type: FORGET_LANGUAGE });
}

if (root) {
  const part = (name: string) => root.querySelector<HTMLElement>(`[data-progress-${name}]`)!;
  const status = part('status');
  showSaved(root);
  part('noscript').hidden = true;
  part('actions').hidden = false;
  const date = part('date');
  date.textContent = fill(root.dataset.printed ?? '', {
    date: new Date().toLocaleDateString(document.documentElement.lang || 'en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }),
  });
  date.hidden = false;

  part('print').addEventListener('click', () => window.print());
  confirmStep(
    {
      trigger: part('clear'),
      panel: part('confirm'),
      question: part('confirm-text'),
      yes: part('clear-yes'),
      no: part('clear-no'),
    },
    () => {
      forgetAll();
      showSaved(root);
      const cleared = () => (status.textContent = root.dataset.cleared ?? '');
      // A copy in several languages (its footer lists them) kept the device's language with the worker
      // too, as the worker cannot read local storage: it forgets it, then the page says "cleared".
      if (document.getElementById('offline-status')?.dataset.languages) void forgetLanguage().then(cleared);
      else cleared();
    },
  );
}
