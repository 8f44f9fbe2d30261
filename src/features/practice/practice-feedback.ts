// What the feedback says after an answer. "Not sure" is a fair answer: it is never scolded, it does
// not count as right, and it always says that reporting is fine when in doubt.
import type { Choice } from './practice-state';

export interface Feedback {
  /** The feedback heading, e.g. "Right." */
  heading: string;
  /** A kind word on what to take from it; empty when the heading says it all. */
  note: string;
  correct: boolean;
}

/** Words come from the page (data- attributes), so a trust can change them. */
export function feedbackFor(choice: Choice, verdict: string | undefined, words: DOMStringMap): Feedback {
  if (choice === 'unsure') return { heading: words.unsure ?? '', note: words.unsureNote ?? '', correct: false };
  if (choice === verdict) return { heading: words.right ?? '', note: '', correct: true };
  const note = verdict === 'fine' ? words.wrongGenuine : words.wrongScam;
  return { heading: words.wrong ?? '', note: note ?? '', correct: false };
}
