import { z } from 'astro/zod';
import { REPLACES, urgentPhrases } from './guide';
import { calendarDate, summary } from './common';

/**
 * Frontmatter of a Welsh guide in content/cy/guides/<slug>.mdx: only words. Its topic, order, sources,
 * owner and review dates are the English guide's (same file name), and it says which version of the
 * English file it translates and how far the translation has been checked.
 */
export const welshGuideSchema = z
  .strictObject({
    /** @example "Rwyf wedi clicio ar ddolen neu agor atodiad" */
    title: z.string({ error: 'expected a title as text' }).min(3).max(90),
    summary,
    /**
     * The English guide this translates and the hash of its file when it was translated, as
     * `replaces:` has it: `<slug>@<12 hex digits>`. @example "clicked-a-link@0123456789ab"
     */
    translationOf: z.string().regex(REPLACES, {
      error: (issue) =>
        `expected the English guide's file name and the 12-letter hash of that file, like "clicked-a-link@0123456789ab", but found ${JSON.stringify(issue.input)}; see "Welsh (Cymraeg)" in content/README.md`,
    }),
    /**
     * For urgent guides: Welsh words and phrases that mean someone needs this guide now, with the same
     * rules as the English guide's urgentPhrases. Keep them specific.
     * @example ["cliciais ar ddolen", "agorais atodiad"]
     */
    urgentPhrases,
    /** draft until a Welsh speaker has checked it; only that reviewer sets reviewed. @example "draft" */
    translation: z.enum(['draft', 'reviewed'], { error: 'expected draft or reviewed' }),
    /** The Welsh speaker who checked it, by name (with reviewed). @example "Cerys Jones, Welsh Language Officer" */
    reviewedBy: z.string({ error: "expected the reviewer's name" }).min(2).optional(),
    /** The day they checked it (with reviewed). @example 2026-12-01 */
    reviewedOn: calendarDate.optional(),
  })
  .superRefine((guide, context) => {
    if (guide.translation === 'reviewed' && (!guide.reviewedBy || !guide.reviewedOn))
      context.addIssue({
        code: 'custom',
        path: ['translation'],
        input: guide.translation,
        message:
          'reviewed needs reviewedBy (the Welsh speaker who checked it) and reviewedOn (the date); until then write draft',
      });
  });
