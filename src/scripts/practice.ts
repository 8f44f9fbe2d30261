// "Spot the scam": choose report / fine / not sure, then see the answer with the red flags marked in
// the mock. Answers stay on this device. Without this script the answer is in an expander.
import { CHOICES, recordAnswer, savedPractice, score, type Choice } from './practice-state';

export interface AnsweredDetail {
  slug: string;
  correct: boolean;
}

/** Marks the red flags in the mock as real <mark> elements, each with its number from the answer list. */
function markFlags(section: HTMLElement): void {
  for (const flag of section.querySelectorAll<HTMLElement>('span.app-flag')) {
    const mark = document.createElement('mark');
    mark.className = 'app-flag';
    mark.append(...flag.childNodes);
    const number = document.createElement('sup');
    number.className = 'app-flag__number';
    number.textContent = flag.dataset.flag ?? '';
    mark.append(number);
    flag.replaceWith(mark);
  }
}

function enhance(section: HTMLElement, words: DOMStringMap): void {
  const slug = section.dataset.scenario ?? '';
  const form = section.querySelector<HTMLFormElement>('[data-scenario-form]')!;
  const answer = section.querySelector<HTMLDetailsElement>('[data-scenario-answer]')!;
  const feedback = section.querySelector<HTMLElement>('[data-scenario-feedback]')!;
  const result = section.querySelector<HTMLElement>('[data-scenario-result]')!;
  const pick = section.querySelector<HTMLElement>('[data-scenario-pick]')!;
  const status = section.querySelector<HTMLElement>('[data-scenario-status]')!;
  form.hidden = false;
  answer.hidden = true;

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = form.querySelector<HTMLInputElement>('input[type="radio"]:checked');
    const choice = chosen?.value as Choice | undefined;
    if (!choice || !CHOICES.includes(choice)) {
      pick.hidden = false;
      form.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
      return;
    }
    pick.hidden = true;
    const correct = choice === section.dataset.verdict;
    recordAnswer(slug, { choice, correct });
    markFlags(section);
    const explanation = answer.querySelector('[data-scenario-explanation]')!;
    feedback.append(...explanation.childNodes);
    answer.remove();
    for (const input of form.querySelectorAll<HTMLInputElement>('input')) input.disabled = true;
    form.querySelector('button')?.remove();
    const verdict = section.querySelector('.app-scenario__feedback strong')?.textContent ?? '';
    result.textContent = correct ? (words.right ?? '') : choice === 'unsure' ? (words.unsure ?? '') : (words.wrong ?? '');
    result.classList.add(correct ? 'app-scenario__result--right' : 'app-scenario__result--wrong');
    feedback.hidden = false;
    result.focus();
    status.textContent = `${result.textContent} ${verdict}`;
    section.dispatchEvent(new CustomEvent<AnsweredDetail>('practice:answered', { bubbles: true, detail: { slug, correct } }));
  });
}

/** "You have tried 4 of 13 examples on this device, and got 3 right." */
function showScore(root: HTMLElement, slugs: string[]): void {
  const line = root.querySelector<HTMLElement>('[data-practice-score]');
  if (!line) return;
  const { answered, right } = score(slugs, savedPractice());
  const words = root.dataset;
  line.textContent =
    answered === 0 ? (words.scoreNone ?? '') : (words.score ?? '').replace('{answered}', String(answered)).replace('{total}', String(slugs.length)).replace('{right}', String(right));
  line.hidden = false;
}

for (const root of document.querySelectorAll<HTMLElement>('[data-practice]')) {
  const sections = [...root.querySelectorAll<HTMLElement>('[data-scenario]')];
  const slugs = sections.map((s) => s.dataset.scenario ?? '');
  for (const section of sections) {
    try {
      enhance(section, root.dataset);
    } catch (error) {
      // The answer expander is still there.
      console.warn('practice could not start', error);
    }
  }
  showScore(root, slugs);
  root.addEventListener('practice:answered', () => showScore(root, slugs));
}
