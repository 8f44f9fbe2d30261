// One "spot the scam" scenario: the choice, then the feedback. The answer that the expander holds
// without JavaScript moves into the feedback, below a heading that takes the focus and a live region
// that says the result, so keyboard and screen-reader users land on it.
import { feedbackFor } from './practice-feedback';
import { revealFlags } from './practice-marks';
import { CHOICES, recordAnswer, type Choice } from './practice-state';

/** Sent (bubbling) from the scenario's section once it is answered. */
export interface AnsweredDetail {
  slug: string;
  choice: Choice;
  correct: boolean;
}

const isChoice = (value: string | undefined): value is Choice => CHOICES.includes(value as Choice);

/** Shows the choice and wires it up; throws when the markup is not what this script expects. */
export function enhanceScenario(section: HTMLElement, words: DOMStringMap): void {
  const slug = section.dataset.scenario ?? '';
  const part = <T extends HTMLElement>(name: string): T => {
    const found = section.querySelector<T>(`[data-scenario-${name}]`);
    if (!found) throw new Error(`scenario ${slug} has no [data-scenario-${name}]`);
    return found;
  };
  const form = part<HTMLFormElement>('form');
  const answer = part<HTMLDetailsElement>('answer');
  const explanation = part('explanation');
  const feedback = part('feedback');
  const result = part('result');
  const note = part('note');
  const pick = part('pick');
  const status = part('status');
  form.hidden = false;
  answer.hidden = true;

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const choice = form.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value;
    if (!isChoice(choice)) {
      pick.hidden = false;
      form.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
      return;
    }
    pick.hidden = true;
    const said = feedbackFor(choice, section.dataset.verdict, words);
    // A refused save still shows the answer: it just is not kept.
    recordAnswer(slug, { choice, correct: said.correct });
    revealFlags(section, words.flagNumber ?? '');
    const verdict = explanation.querySelector('strong')?.textContent ?? '';
    feedback.append(...explanation.childNodes);
    answer.remove();
    for (const input of form.querySelectorAll<HTMLInputElement>('input')) input.disabled = true;
    form.querySelector('button')?.remove();
    result.textContent = said.heading;
    result.classList.toggle('app-scenario__result--right', said.correct);
    feedback.classList.toggle('app-scenario__feedback--not-right', !said.correct);
    note.textContent = said.note;
    note.hidden = said.note === '';
    feedback.hidden = false;
    result.focus();
    status.textContent = [said.heading, said.note, verdict].filter(Boolean).join(' ');
    section.dispatchEvent(
      new CustomEvent<AnsweredDetail>('practice:answered', {
        bubbles: true,
        detail: { slug, choice, correct: said.correct },
      }),
    );
  });
}
