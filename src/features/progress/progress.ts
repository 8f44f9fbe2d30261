// My progress: what this device has saved (checklist ticks, practice answers), a printable summary,
// and "clear all". It reads the same saved values the checklists and practice write, and nothing else.
import { forgetAll } from '../../utils/device-store';
import { savedTicks } from '../checklists/checklist-state';
import { savedPractice, score } from '../practice/practice-state';
import { confirmStep } from '../../utils/confirm-step';
import { dataList } from '../../utils/page-data';

const root = document.querySelector<HTMLElement>('[data-progress]');

function fill(page: HTMLElement): void {
  const words = page.dataset;
  for (const row of page.querySelectorAll<HTMLElement>('[data-progress-checklist]')) {
    const ids = dataList(row.dataset.items);
    const done = savedTicks(row.dataset.progressChecklist ?? '', ids).size;
    row.querySelector('[data-progress-count]')!.textContent =
      done === 0
        ? (words.notStarted ?? '')
        : (words.checklistDone ?? '').replace('{done}', String(done)).replace('{total}', String(ids.length));
  }
  const practice = page.querySelector<HTMLElement>('[data-progress-practice]')!;
  const slugs = dataList(practice.dataset.scenarios);
  const { answered, right } = score(slugs, savedPractice());
  const line =
    answered === 0
      ? (words.practiceNone ?? '')
      : (words.practiceDone ?? '')
          .replace('{answered}', String(answered))
          .replace('{total}', String(slugs.length))
          .replace('{right}', String(right));
  const link = practice.querySelector('a');
  practice.replaceChildren(line, ' ', ...(link ? [link] : []));
}

if (root) {
  const part = (name: string) => root.querySelector<HTMLElement>(`[data-progress-${name}]`)!;
  const status = part('status');
  fill(root);
  part('noscript').hidden = true;
  part('actions').hidden = false;
  const date = part('date');
  date.textContent = (root.dataset.printed ?? '').replace(
    '{date}',
    new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }),
  );
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
      fill(root);
      status.textContent = root.dataset.cleared ?? '';
    },
  );
}
