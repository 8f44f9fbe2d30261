// A practice round on the practice page (?round=5): five examples one at a time, those not yet tried
// on this device first, then the score. Each answer is handled by ./practice.ts; this only decides
// what shows when. Without JavaScript the page simply lists every example.
import type { AnsweredDetail } from './practice';
import { savedPractice } from './practice-state';

const ROUND = 5;

function shuffled<T>(items: T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

function runRound(root: HTMLElement): void {
  const words = root.dataset;
  const all = [...root.querySelectorAll<HTMLElement>('[data-scenario]')];
  const answers = savedPractice().answers;
  const tried = (s: HTMLElement) => Boolean(answers[s.dataset.scenario ?? '']);
  const round = [...shuffled(all.filter((s) => !tried(s))), ...shuffled(all.filter(tried))].slice(0, ROUND);
  const part = (name: string) => root.querySelector<HTMLElement>(`[data-${name}]`)!;
  const progress = part('round-progress');
  const next = part('round-next');
  let current = 0;
  let right = 0;

  function show(index: number): void {
    all.forEach((s) => (s.hidden = s !== round[index]));
    progress.textContent = (words.questionOf ?? '').replace('{n}', String(index + 1)).replace('{total}', String(round.length));
    next.hidden = true;
    progress.focus();
  }

  root.addEventListener('practice:answered', (event) => {
    if ((event as CustomEvent<AnsweredDetail>).detail.correct) right += 1;
    next.textContent = current === round.length - 1 ? (words.finish ?? '') : (words.next ?? '');
    next.hidden = false;
  });
  next.addEventListener('click', () => {
    current += 1;
    if (current < round.length) {
      show(current);
      return;
    }
    all.forEach((s) => (s.hidden = true));
    progress.hidden = true;
    next.hidden = true;
    const score = part('round-score');
    score.textContent = (words.roundScoreText ?? '').replace('{right}', String(right)).replace('{total}', String(round.length));
    part('round-end').hidden = false;
    score.focus();
  });
  part('practice-intro').hidden = true;
  progress.hidden = false;
  show(0);
}

const root = document.querySelector<HTMLElement>('[data-practice]');
if (root) {
  root.querySelector<HTMLElement>('[data-round-offer]')!.hidden = false;
  if (new URLSearchParams(location.search).has('round')) runRound(root);
}
