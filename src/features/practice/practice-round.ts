// A practice round on the practice page (?round=5; "Start a practice round" links there): five
// examples one at a time, picked by ./practice-pick.ts, then the score. ./practice.ts handles each
// answer; this only decides what shows when. The page is the same file, so the round works offline,
// and without JavaScript the page simply lists every example.
import { fill, plural } from '../../utils/fill';
import { pickRound } from './practice-pick';
import type { AnsweredDetail } from './practice-scenario';
import { savedPractice } from './practice-state';

function runRound(root: HTMLElement): void {
  const words = root.dataset;
  const part = (name: string) => {
    const found = root.querySelector<HTMLElement>(`[data-${name}]`);
    if (!found) throw new Error(`the practice page has no [data-${name}]`);
    return found;
  };
  const progress = part('round-progress');
  const next = part('round-next');
  const end = part('round-end');
  const score = part('round-score');
  const status = part('round-status');
  const sections = new Map(
    [...root.querySelectorAll<HTMLElement>('[data-scenario]')].map((s) => [s.dataset.scenario ?? '', s]),
  );
  const round = pickRound([...sections.keys()], savedPractice()).map((slug) => sections.get(slug)!);
  if (round.length === 0) return;
  let current = 0;
  let right = 0;

  function show(index: number): void {
    for (const section of sections.values()) section.hidden = section !== round[index];
    progress.textContent = fill(words.questionOf ?? '', { n: index + 1, total: round.length });
    next.hidden = true;
    progress.focus();
  }

  function finish(): void {
    for (const section of sections.values()) section.hidden = true;
    progress.hidden = true;
    next.hidden = true;
    score.textContent = fill(plural(words.roundScoreText, right, words.countLang ?? 'en-GB'), {
      right,
      total: round.length,
    });
    end.hidden = false;
    score.focus();
    status.textContent = score.textContent;
  }

  root.addEventListener('practice:answered', (event) => {
    if ((event as CustomEvent<AnsweredDetail>).detail.correct) right += 1;
    next.textContent = current === round.length - 1 ? (words.finish ?? '') : (words.next ?? '');
    next.hidden = false;
  });
  next.addEventListener('click', () => {
    current += 1;
    if (current < round.length) show(current);
    else finish();
  });
  part('practice-intro').hidden = true;
  progress.hidden = false;
  show(0);
}

const root = document.querySelector<HTMLElement>('[data-practice]');
if (root) {
  root.querySelector<HTMLElement>('[data-round-offer]')?.removeAttribute('hidden');
  if (new URLSearchParams(location.search).has('round')) {
    try {
      runRound(root);
    } catch (error) {
      // The page still lists every example, each answerable in place.
      console.warn('the practice round could not start', error);
    }
  }
}
