import type { PageFacts } from './page-facts';
import type { CheckRun } from './runner';
import { READING_AGE_FORMULA } from './text-stats';
import { problemLine, type Problem, type Severity } from '../schemas/problem';

/** One problem as one line: `file:line — field: what is wrong — how to fix it`. */
export const formatProblem = problemLine;

/** One problem for an editor or CI to pick up: `severity file:line — message — fix`, always with a line. */
export function formatEditorLine(problem: Problem): string {
  return `${problem.severity} ${formatProblem({ ...problem, line: problem.line ?? 1 })}`;
}

const HEADINGS: Record<Severity, [string, string]> = {
  error: ['error', 'errors (these stop the build)'],
  warning: ['warning', 'warnings'],
  notice: ['notice', 'notices'],
};

const plural = (count: number, severity: Severity) =>
  `${count} ${count === 1 ? HEADINGS[severity][0] : HEADINGS[severity][0] + 's'}`;

/** The problems of one severity under a heading, or nothing when there are none. */
function formatSection(problems: Problem[], severity: Severity): string[] {
  const these = problems.filter((p) => p.severity === severity);
  if (these.length === 0) return [];
  return [
    '',
    `${these.length} ${these.length === 1 ? HEADINGS[severity][0] : HEADINGS[severity][1]}:`,
    ...these.map(formatProblem),
  ];
}

/** A one-line tally, e.g. "2 errors, 1 warning, 0 notices". */
export function tally(problems: Problem[]): string {
  return (['error', 'warning', 'notice'] as const)
    .map((s) => plural(problems.filter((p) => p.severity === s).length, s))
    .join(', ');
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0
    ? undefined
    : sorted.length % 2
      ? sorted[(sorted.length - 1) / 2]
      : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
};

/** The reading age of every page, hardest first, with the formula that gives it. */
function formatReadability(pages: PageFacts[], readingAgeMax: number): string[] {
  const measured = pages
    .filter((p) => p.readingAge !== undefined)
    .sort((a, b) => b.readingAge! - a.readingAge! || a.file.localeCompare(b.file));
  if (measured.length === 0) return [];
  const mid = median(measured.map((p) => p.readingAge!));
  return [
    '',
    `Reading age of each page (${READING_AGE_FORMULA}; above ${readingAgeMax} gets a warning; median ${mid?.toFixed(1)}):`,
    ...measured.map((p) => `${p.readingAge!.toFixed(1).padStart(5)}  ${String(p.words).padStart(5)} words  ${p.file}`),
  ];
}

/** Everything `npm run check` prints: what was checked, each problem by severity, the reading ages and a tally. */
export function formatRun(run: CheckRun, options: { readability?: boolean } = {}): string {
  const content = run.content;
  const overlay = content?.site.overlayDir
    ? ` with the overlay ${content.site.overlayDir.replace(`${content.root}/`, '')}`
    : '';
  const scope = content
    ? `Checked ${content.guides.length} guides, ${content.checklists.length} checklists, ${new Set(content.tips.flatMap((t) => t.entries.map((e) => e.id ?? e.index))).size} tips and ${content.scenarios.length} scenarios${overlay}.`
    : 'Could not read site.yaml, so nothing else was checked.';
  const lines = [
    scope,
    ...(options.readability === false || !run.settings ? [] : formatReadability(run.pages, run.settings.readingAgeMax)),
    ...formatSection(run.problems, 'notice'),
    ...formatSection(run.problems, 'warning'),
    ...formatSection(run.problems, 'error'),
    '',
    `${tally(run.problems)}. The editors' guide (content/README.md, "Content checks") explains each one.`,
  ];
  return lines.join('\n');
}
