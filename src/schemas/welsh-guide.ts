import { z } from 'astro/zod';
import { urgentPhrases } from './guide';
import { summary } from './common';
import { refineReviewed, translationOf, translationState } from './translation';

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
    translationOf: translationOf('clicked-a-link'),
    /**
     * For urgent guides: Welsh words and phrases that mean someone needs this guide now, with the same
     * rules as the English guide's urgentPhrases. Keep them specific.
     * @example ["cliciais ar ddolen", "agorais atodiad"]
     */
    urgentPhrases,
    ...translationState,
  })
  .superRefine(refineReviewed);
