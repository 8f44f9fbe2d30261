import { z } from 'astro/zod';
import { owner, review, reviewOrder, slugId, source, summary, topic } from './common';

/** `replaces:` in a trust's copy of a central guide: `<slug>@<12 hex digits of the central file's hash>`. */
export const REPLACES = /^([a-z0-9]+(?:-[a-z0-9]+)*)@([0-9a-f]{12})$/;

/** Words and phrases that mean someone needs an urgent guide now; the Welsh guide's list has the same rules. */
export const urgentPhrases = z
  .array(z.string().min(3, { error: 'expected a word or phrase of at least 3 letters' }), {
    error: 'expected a list of phrases, like [clicked a link, virus]',
  })
  .default([]);

const AUDIENCES = ['all-staff', 'clinical', 'managers'] as const;

/** Frontmatter of a guide in content/guides/<slug>.mdx. */
export const guideSchema = z
  .strictObject({
    /** @example "I lost a device" */
    title: z.string({ error: 'expected a title as text' }).min(3).max(90),
    /** @example "What to do in the next five minutes if you clicked something suspicious." */
    summary,
    /** @example "email-and-phishing" */
    topic,
    /** @example "all-staff" */
    audience: z.enum(AUDIENCES, { error: `expected one of ${AUDIENCES.join(', ')}` }).default('all-staff'),
    /** Extra words staff type into search. @example ["hacked", "virus", "scam"] */
    // Words as text only: the browser editor cannot open a guide whose list holds a bare number (7726).
    keywords: z
      .array(
        z.string({
          error:
            'expected words as text; write a number in quotes, like "7726", so the browser editor can open the guide',
        }),
        {
          error: 'expected a list of words, like [hacked, virus, scam]',
        },
      )
      .min(1, {
        error: 'expected at least one search keyword',
      }),
    ...review,
    /** @example "Cyber security team" */
    owner,
    /** @example [{ title: "Phishing (NCSC)", url: "https://www.ncsc.gov.uk/guidance/phishing" }] */
    sources: z.array(source, { error: 'expected a list of sources, each with a title and a url' }).min(1, {
      error: 'expected at least one source',
    }),
    /** Position within the topic; 1 comes first. @example 1 */
    order: z.number({ error: 'expected a whole number, like 1' }).int().min(0).default(100),
    /** Shown one tap from the home page. @example true */
    urgent: z.boolean({ error: 'expected true or false' }).default(false),
    /**
     * For urgent guides: words and phrases that mean someone needs this guide now. A search that contains
     * one shows this guide and the service desk's number above the results. Keep them specific.
     * @example ["clicked a link", "opened an attachment"]
     */
    urgentPhrases,
    /**
     * In a trust's overlay only: the central guide this file replaces and the hash of the central file
     * it was copied from, written by `npm run replace-guide`. @example "systems-are-down@0123456789ab"
     */
    replaces: z
      .string()
      .regex(REPLACES, {
        error:
          'expected the guide and the hash of the central file, like "systems-are-down@0123456789ab" (npx cyber-pocket-guide replace writes it)',
      })
      .optional(),
    /** Slugs of related guides. @example ["three-random-words"] */
    related: z.array(slugId).default([]),
  })
  .superRefine((value, ctx) => {
    reviewOrder(value, ctx);
    if (value.urgentPhrases.length > 0 && !value.urgent) {
      ctx.addIssue({
        code: 'custom',
        path: ['urgentPhrases'],
        message: 'urgent phrases only work on an urgent guide: add "urgent: true", or remove urgentPhrases',
      });
    }
  });
export type GuideData = z.output<typeof guideSchema>;
