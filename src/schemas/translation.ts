import { z } from 'astro/zod';
import { REPLACES } from './guide';
import { calendarDate } from './common';

// What every Welsh file says of its translation: which English file and version it translates, and how
// far a Welsh speaker has checked it. One definition, so each kind of Welsh file reads and fails alike.

/** `<name>@<12 hex digits>`: the English file translated, and its hash when it was. */
export const translationOf = (example: string) =>
  z.string().regex(REPLACES, {
    error: (issue) =>
      `expected the English file's name and the 12-letter hash of that file, like "${example}@0123456789ab", but found ${JSON.stringify(issue.input)}; see "Welsh (Cymraeg)" in content/README.md`,
  });

/**
 * How far a Welsh file's words are checked: draft until a Welsh speaker has checked them; only that
 * reviewer sets reviewed, with their name and the day.
 */
export const translationState = {
  /** draft until a Welsh speaker has checked it. @example "draft" */
  translation: z.enum(['draft', 'reviewed'], { error: 'expected draft or reviewed' }),
  /** The Welsh speaker who checked it, by name (with reviewed). @example "Cerys Jones, Welsh Language Officer" */
  reviewedBy: z.string({ error: "expected the reviewer's name" }).min(2).optional(),
  /** The day they checked it (with reviewed). @example 2026-12-01 */
  reviewedOn: calendarDate.optional(),
};

/** reviewed needs the reviewer's name and the day. */
export function refineReviewed(
  file: { translation: 'draft' | 'reviewed'; reviewedBy?: string; reviewedOn?: unknown },
  context: z.RefinementCtx,
): void {
  if (file.translation === 'reviewed' && (!file.reviewedBy || !file.reviewedOn))
    context.addIssue({
      code: 'custom',
      path: ['translation'],
      input: file.translation,
      message:
        'reviewed needs reviewedBy (the Welsh speaker who checked it) and reviewedOn (the date); until then write draft',
    });
}
