// Which five scenarios a practice round asks: ones not tried on this device first, then ones got
// wrong (or "not sure"), then the rest, each group in a random order.
import type { SavedPractice } from './practice-state';

const ROUND_SIZE = 5;

function shuffled<T>(items: T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/** Up to `size` of `slugs`, in the order to ask them. */
export function pickRound(
  slugs: readonly string[],
  saved: SavedPractice,
  size = ROUND_SIZE,
  random = Math.random,
): string[] {
  const untried = slugs.filter((s) => !saved.answers[s]);
  const missed = slugs.filter((s) => saved.answers[s] && !saved.answers[s].correct);
  const right = slugs.filter((s) => saved.answers[s]?.correct);
  return [untried, missed, right].flatMap((group) => shuffled(group, random)).slice(0, size);
}
