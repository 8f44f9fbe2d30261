import { z } from 'astro/zod';

/** One name that is no longer right, and what to write instead. */
const retiredTermSchema = z.strictObject({
  /** The old name, as staff and editors write it; matched whole, in any capitals, a space or hyphen alike. @example "Action Fraud" */
  retired: z.string({ error: 'expected the old name, like "Action Fraud"' }).min(2),
  /** What to write instead. @example "Report Fraud" */
  use: z.string({ error: 'expected the name to use instead, like "Report Fraud"' }).min(2),
  /** Why, in one sentence: shown with each use `npm run check` finds. @example "Report Fraud replaced Action Fraud on 4 December 2025." */
  why: z.string().optional(),
  /** Where the change is announced (https). @example "https://www.reportfraud.police.uk/" */
  source: z.url({ protocol: /^https$/, error: 'expected a full https:// address' }).optional(),
});
export type RetiredTerm = z.output<typeof retiredTermSchema>;

/** content/retired-terms.yaml (and an overlay's own): names that must no longer appear in what staff read. */
export const retiredTermsSchema = z.strictObject({
  /** @example [{ retired: "Action Fraud", use: "Report Fraud" }] */
  terms: z
    .array(retiredTermSchema, {
      error: 'expected a list of terms, each like { retired: Action Fraud, use: Report Fraud }',
    })
    .default([]),
});
