import { lineOfPath } from '../../config/yaml-lines';
import { sourcesChangedWithoutReview } from '../review-sources';
import type { Check, CheckContext } from '../types';
import type { Problem } from '../../schemas/problem';

const DAY = 86_400_000;
const iso = (date: Date) => date.toISOString().slice(0, 10);
const startOfDay = (date: Date) => Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());

function reviewProblems(context: CheckContext): Problem[] {
  const { today, strict, reviewSoonDays } = context.settings;
  const entries = [...context.content.guides, ...context.content.checklists];
  return entries.flatMap((entry): Problem[] => {
    if (!entry.data) return [];
    const { title, owner, reviewDue } = entry.data;
    const days = Math.round((startOfDay(reviewDue) - startOfDay(today)) / DAY);
    if (days > reviewSoonDays) return [];
    // Only now: finding a field's line parses the YAML again, which for every page of a big site takes a while.
    const at = {
      check: 'review',
      file: entry.file,
      line: (lineOfPath(entry.yaml, ['reviewDue']) ?? 1) + entry.lineOffset,
    };
    if (days < 0) {
      return [
        {
          ...at,
          severity: strict ? 'error' : 'warning',
          message: `"${title}" was due for review on ${iso(reviewDue)}, ${-days} day${days === -1 ? '' : 's'} ago (owner: ${owner})`,
          fix: `ask ${owner} to check the page, then set reviewed to the day they checked it and reviewDue to the next review date`,
        },
      ];
    }
    return [
      {
        ...at,
        severity: 'notice',
        message: `"${title}" is due for review on ${iso(reviewDue)}, ${days === 0 ? 'today' : `in ${days} day${days === 1 ? '' : 's'}`} (owner: ${owner})`,
        fix: `plan the review with ${owner}`,
      },
    ];
  });
}

/**
 * Every guide and checklist names an owner and a review date; a date that has passed means staff may
 * read stale advice, and sources changed without a new review date mean nobody checked the page against them.
 */
export const reviewDatesCheck: Check = {
  name: 'review',
  run: (context) => [
    ...reviewProblems(context),
    ...sourcesChangedWithoutReview(context.content.guides, context.previous),
  ],
};
