// What the round-trip tests ask of the files the editor saved: which lines changed, and whether
// `npm run check` passes with them in place of content/'s own.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { formatProblem } from '../../src/checks/reporter';
import { runChecks, type CheckRun } from '../../src/checks/runner';
import { ROOT } from './build';

/**
 * Line numbers (1-based) where two texts differ. When a save added or removed lines, every line from
 * the first difference on counts as changed, so such churn can never pass for a two-line edit.
 */
export function changedLines(before: string, after: string): number[] {
  const a = before.split('\n');
  const b = after.split('\n');
  if (a.length === b.length) return a.flatMap((line, i) => (line === b[i] ? [] : [i + 1]));
  const first = a.findIndex((line, i) => line !== b[i]);
  const from = first === -1 ? a.length : first;
  return Array.from({ length: Math.max(a.length, b.length) - from }, (_, k) => from + k + 1);
}

/** Runs the content checks on content/ with the saved files written over it. */
export function checksWith(saved: Record<string, string>): CheckRun {
  const root = mkdtempSync(join(tmpdir(), 'cyber-guide-saved-'));
  try {
    cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
    for (const [path, text] of Object.entries(saved)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    return runChecks({ root });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** The errors `npm run check` would print with the saved files in place, as it prints them. */
export const errorsWith = (saved: Record<string, string>): string[] =>
  checksWith(saved)
    .problems.filter((p) => p.severity === 'error')
    .map(formatProblem);
