// My progress: what this device has saved (checklist ticks, practice answers), a printable summary,
// and "clear all". It reads the same saved values the checklists and practice write, and nothing else.
import { forgetAll } from './device-store';
import { savedTicks } from './checklist-state';
import { savedPractice, score } from './practice-state';

const root = document.querySelector<HTMLElement>('[data-progress]');

function fill(page: HTMLElement): void {
  const words = page.dataset;
  for (const row of page.querySelectorAll<HTMLElement>('[data-progress-checklist]')) {
    const ids: string[] = JSON.parse(row.dataset.items ?? '[]');
    const done = savedTicks(row.dataset.progressChecklist ?? '', ids).size;
    row.querySelector('[data-progress-count]')!.textContent =
      done === 0 ? (words.notStarted ?? '') : (words.checklistDone ?? '').replace('{done}', String(done)).replace('{total}', String(ids.length));
  }
  const practice = page.querySelector<HTMLElement>('[data-progress-practice]')!;
  const slugs: string[] = JSON.parse(practice.dataset.scenarios ?? '[]');
  const { answered, right } = score(slugs, savedPractice());
  const line = answered === 0 ? (words.practiceNone ?? '') : (words.practiceDone ?? '').replace('{answered}', String(answered)).replace('{total}', String(slugs.length)).replace('{right}', String(right));
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
  date.textContent = (root.dataset.printed ?? '').replace('{date}', new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }));
  date.hidden = false;

  const clear = part('clear');
  const confirm = part('confirm');
  const ask = (open: boolean) => {
    confirm.hidden = !open;
    clear.hidden = open;
  };
  part('print').addEventListener('click', () => window.print());
  clear.addEventListener('click', () => {
    ask(true);
    part('confirm-text').focus();
  });
  part('clear-no').addEventListener('click', () => {
    ask(false);
    clear.focus();
  });
  part('clear-yes').addEventListener('click', () => {
    forgetAll();
    fill(root);
    ask(false);
    clear.focus();
    status.textContent = root.dataset.cleared ?? '';
  });
}
