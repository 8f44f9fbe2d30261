import { z } from 'astro/zod';
import { refineReviewed, translationOf, translationState } from './translation';

/**
 * Frontmatter of a Welsh site page, content/cy/pages/<page>.mdx (about, accessibility, privacy): only
 * words, with the English page it translates (same file name) and how far it has been checked.
 */
export const welshPageSchema = z
  .strictObject({
    /** @example "Ynglŷn â'r canllaw hwn" */
    title: z.string({ error: 'expected a title as text' }).trim().min(3).max(90),
    /** Optional: one sentence for search engines and shared links. */
    description: z.string().trim().min(10).max(200).optional(),
    /** The English page this translates, and the hash of its file then. @example "about@0123456789ab" */
    translationOf: translationOf('about'),
    ...translationState,
  })
  .superRefine(refineReviewed);
