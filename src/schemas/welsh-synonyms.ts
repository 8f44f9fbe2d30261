import { z } from 'astro/zod';
import { calendarDate } from './common';
import { synonymsSchema } from './synonyms';

/**
 * content/cy/synonyms.yaml: groups of words that mean the same to someone searching the Welsh pages,
 * English loan words among them ([cyfrinair, password]), as content/synonyms.yaml has them in English.
 * Only words, with how far the translation has been checked.
 */
export const welshSynonymsSchema = z
  .strictObject({
    /** draft until a Welsh speaker has checked it; only that reviewer sets reviewed. @example "draft" */
    translation: z.enum(['draft', 'reviewed'], { error: 'expected draft or reviewed' }),
    /** The Welsh speaker who checked it, by name (with reviewed). @example "Cerys Jones, Welsh Language Officer" */
    reviewedBy: z.string({ error: "expected the reviewer's name" }).min(2).optional(),
    /** The day they checked it (with reviewed). @example 2026-12-01 */
    reviewedOn: calendarDate.optional(),
    /** @example [[cyfrinair, password, cyfrineiriau]] */
    groups: synonymsSchema.shape.groups,
  })
  .superRefine((file, context) => {
    if (file.translation === 'reviewed' && (!file.reviewedBy || !file.reviewedOn))
      context.addIssue({
        code: 'custom',
        path: ['translation'],
        input: file.translation,
        message:
          'reviewed needs reviewedBy (the Welsh speaker who checked it) and reviewedOn (the date); until then write draft',
      });
  });
