// Interactive checklists: a tick box per action, progress, and "clear my ticks" with a confirmation.
// Ticks stay on this device (src/features/checklists/checklist-state.ts). If the browser will not save them, ticking
// still works for this visit and the page says so. Nothing here can blank the list: it is in the HTML.
import { fill, plural } from '../../utils/fill';
import { canSave, forget, save } from '../../utils/device-store';
import { savedTicks, ticksName } from './checklist-state';
import { confirmStep } from '../../utils/confirm-step';

function enhance(root: HTMLElement, index: number): void {
  const slug = root.dataset.checklist ?? '';
  const part = <T extends HTMLElement>(name: string) => root.querySelector<T>(`[data-checklist-${name}]`)!;
  const items = [...root.querySelectorAll<HTMLElement>('[data-item]')];
  const ids = items.map((item) => item.dataset.item ?? '');
  const ticked = savedTicks(slug, ids);
  const status = part('status');
  const saving = canSave();
  part('note').hidden = saving;
  part('device').hidden = !saving;

  const boxes = items.map((item, n) => {
    const id = ids[n];
    const action = item.querySelector<HTMLElement>('[data-action]')!;
    const wrapper = document.createElement('div');
    wrapper.className = 'nhsuk-checkboxes__item app-checklist__tick';
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.className = 'nhsuk-checkboxes__input';
    box.id = `tick-${index}-${slug}-${id}`;
    box.checked = ticked.has(id);
    const label = document.createElement('label');
    label.className = 'nhsuk-checkboxes__label app-checklist__label';
    label.htmlFor = box.id;
    label.textContent = action.textContent;
    wrapper.append(box, label);
    action.replaceWith(wrapper);
    return box;
  });

  const count = () => boxes.filter((b) => b.checked).length;
  const progressText = () =>
    // The page's language picks the form. On a Welsh page still in English, Welsh rules pick from the
    // English words right too: Welsh says "one" for 1 alone, as English does, and every other form falls
    // back to English's "other".
    fill(plural(root.dataset.progress, count(), document.documentElement.lang), {
      done: count(),
      total: boxes.length,
    });
  function showProgress(): void {
    part<HTMLProgressElement>('bar').value = count();
    part('count').textContent = progressText();
    root.classList.toggle('app-checklist--done', count() === boxes.length);
  }
  /** Saves the ticks; when the browser first refuses, shows the note and returns its words to announce. */
  function keep(): string {
    const done = boxes.flatMap((b, n) => (b.checked ? [ids[n]] : []));
    if (done.length === 0) forget(ticksName(slug));
    else if (!save(ticksName(slug), { ticked: done }) && part('note').hidden) {
      part('note').hidden = false;
      return ` ${part('note').textContent}`;
    }
    return '';
  }

  for (const box of boxes) {
    box.addEventListener('change', () => {
      const refused = keep();
      showProgress();
      // Announced only when someone ticks, never on load: the count is on screen for everyone.
      status.textContent = progressText() + refused;
    });
  }

  confirmStep(
    {
      trigger: part('reset'),
      panel: part('confirm'),
      question: part('confirm-text'),
      yes: part('reset-yes'),
      no: part('reset-no'),
    },
    () => {
      for (const box of boxes) box.checked = false;
      forget(ticksName(slug));
      showProgress();
      status.textContent = `${root.dataset.cleared ?? ''} ${progressText()}`;
    },
  );

  showProgress();
  part('progress').hidden = false;
  part('controls').hidden = false;
  root.classList.add('app-checklist--interactive');
}

document.querySelectorAll<HTMLElement>('[data-checklist]').forEach((root, index) => {
  // A page may load this module from more than one place (a checklist page, a guide showing one):
  // each list gets its tick boxes once.
  if (root.hasAttribute('data-checklist-started')) return;
  root.setAttribute('data-checklist-started', '');
  try {
    enhance(root, index);
  } catch (error) {
    // The plain list is still there and readable; give back the room kept for the tick boxes.
    root.classList.add('app-checklist--static');
    console.warn('checklist could not start', error);
  }
});
