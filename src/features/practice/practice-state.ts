// Practice answers as saved on the device, under "practice":
// { "answers": { "<scenario-slug>": { "choice": "report" | "fine" | "unsure", "correct": true } } }
// My progress reads the same value.
import { fill, plural } from '../../utils/fill';
import { readSaved, save } from '../../utils/device-store';

export const CHOICES = ['report', 'fine', 'unsure'] as const;
export type Choice = (typeof CHOICES)[number];

export interface PracticeAnswer {
  choice: Choice;
  correct: boolean;
}
export interface SavedPractice {
  answers: Record<string, PracticeAnswer>;
}

export const PRACTICE_NAME = 'practice';

const isAnswer = (value: unknown): value is PracticeAnswer =>
  typeof value === 'object' &&
  value !== null &&
  CHOICES.includes((value as PracticeAnswer).choice) &&
  typeof (value as PracticeAnswer).correct === 'boolean';

/** A scenario's slug, as content file names are ("__proto__" and other odd keys are not). */
const isSlug = (key: string): boolean => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(key);

/** The saved answers we understand; anything else under the key is ignored, answer by answer. */
function acceptPractice(value: unknown): SavedPractice | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const answers = (value as { answers?: unknown }).answers;
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return undefined;
  const understood = Object.entries(answers).filter(([slug, answer]) => isSlug(slug) && isAnswer(answer));
  // Only the two fields we know, so a foreign value's extras are not saved back.
  return {
    answers: Object.fromEntries(
      understood.map(([slug, answer]: [string, PracticeAnswer]) => [
        slug,
        { choice: answer.choice, correct: answer.correct },
      ]),
    ),
  };
}

export function savedPractice(): SavedPractice {
  return readSaved(PRACTICE_NAME, acceptPractice, { answers: {} });
}

/** Saves one answer; false when the browser will not save (the answer still counts for this visit). */
export function recordAnswer(slug: string, answer: PracticeAnswer): boolean {
  const saved = savedPractice();
  saved.answers[slug] = answer;
  return save(PRACTICE_NAME, saved);
}

/** How many of these scenarios have been answered on this device, and how many of those were right. */
function score(slugs: readonly string[], saved = savedPractice()): { answered: number; right: number } {
  const answers = slugs.map((slug) => saved.answers[slug]).filter((a) => a !== undefined);
  return { answered: answers.length, right: answers.filter((a) => a.correct).length };
}

/**
 * The score sentence, the same on the practice and progress pages: "You have tried 4 of 13 examples on
 * this device, and got 3 right" (the `some` words, filled in), or the `none` words before any answer.
 */
export function scoreSentence(
  slugs: readonly string[],
  words: { none?: string; some?: string; lang?: string },
): string {
  const { answered, right } = score(slugs);
  // `some` is the words form by form (plural() in src/utils/fill.ts): the number tried picks the form.
  return answered === 0
    ? (words.none ?? '')
    : fill(plural(words.some, answered, words.lang ?? 'en-GB'), { answered, total: slugs.length, right });
}
