// The practice page: every scenario answerable in place, and the score so far on this device.
// Answers stay on this device (./practice-state.ts). Without this script each answer is in an
// expander; if it fails for one scenario, that scenario keeps its expander and the rest still work.
import { canSave } from '../../utils/device-store';
import { enhanceScenario } from './practice-scenario';
import { scoreSentence } from './practice-state';

/** "You have tried 4 of 13 examples on this device, and got 3 right." */
function showScore(root: HTMLElement, slugs: string[]): void {
  const line = root.querySelector<HTMLElement>('[data-practice-score]');
  if (!line) return;
  const words = root.dataset;
  const sum = scoreSentence(slugs, { none: words.scoreNone, some: words.score, lang: words.countLang });
  line.textContent = canSave() ? sum : `${sum} ${words.notSaved ?? ''}`;
  line.hidden = false;
}

for (const root of document.querySelectorAll<HTMLElement>('[data-practice]')) {
  const sections = [...root.querySelectorAll<HTMLElement>('[data-scenario]')];
  const slugs = sections.map((s) => s.dataset.scenario ?? '');
  for (const section of sections) {
    try {
      enhanceScenario(section, root.dataset);
    } catch (error) {
      console.warn('practice could not start for one scenario; its answer stays in the expander', error);
    }
  }
  showScore(root, slugs);
  root.addEventListener('practice:answered', () => showScore(root, slugs));
}
