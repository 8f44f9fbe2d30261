import { z } from 'astro/zod';
import { refineReviewed, translationOf, translationState } from './translation';
import { slugId, summary } from './common';

// The Welsh words of checklists (content/cy/checklists/<slug>.yaml), scenarios
// (content/cy/scenarios/<slug>.yaml) and tips (content/cy/tips.yaml). A Welsh file holds only words:
// topic, order, item ids, verdicts, owner and dates are the English file's, by the same name and ids.

const translationFields = {
  /** The English file this translates and its hash when it was translated. @example "end-of-shift@0123456789ab" */
  translationOf: translationOf('end-of-shift'),
  ...translationState,
};

const words = (what: string) => z.string({ error: `expected ${what} in Welsh` }).min(3);

/** content/cy/checklists/<slug>.yaml: the Welsh words of each item, by the English item's id. */
export const welshChecklistSchema = z
  .strictObject({
    /** @example "Diwedd y shifft" */
    title: words('the title').max(90),
    summary,
    ...translationFields,
    items: z
      .array(
        z.strictObject({
          /** The English item's id, as it is: ticks are kept under it in both languages. @example "log-out" */
          id: slugId,
          action: words('the action'),
          why: words('the "why"'),
        }),
        { error: 'expected a list of items, each with the id of an English item' },
      )
      .min(1, { error: 'expected at least one item' }),
  })
  .superRefine(refineReviewed);

const QUOTED = ['body', 'subject', 'from', 'fromDetail'] as const;

/** content/cy/scenarios/<slug>.yaml: the Welsh words of a practice example; its channel and verdict are the English one's. */
export const welshScenarioSchema = z
  .strictObject({
    title: words('the title').max(90),
    from: z.string({ error: 'expected who the message seems to come from, in Welsh' }).min(1),
    fromDetail: z.string().optional(),
    subject: z.string().optional(),
    body: words('the message'),
    /** The English red flags in the same order, each quoting the Welsh text. */
    redFlags: z
      .array(z.strictObject({ quote: z.string().min(1), why: words('why it is a sign') }), {
        error: 'expected a list of red flags, in the order of the English ones',
      })
      .min(1),
    explanation: words('the explanation'),
    ...translationFields,
  })
  .superRefine((value, context) => {
    refineReviewed(value, context);
    value.redFlags.forEach((flag, index) => {
      if (!QUOTED.some((field) => value[field]?.includes(flag.quote)))
        context.addIssue({
          code: 'custom',
          path: ['redFlags', index, 'quote'],
          message: `expected text found exactly in the Welsh body, subject, from or fromDetail, but "${flag.quote}" is not there`,
        });
    });
  });

/** content/cy/tips.yaml: each tip's Welsh words by the English tip's id. */
export const welshTipsSchema = z
  .strictObject({
    ...translationFields,
    /** @example { "three-random-words": "Gwnewch gyfrinair o dri gair ar hap." } */
    tips: z.record(slugId, z.string({ error: 'expected the tip in Welsh' }).min(10).max(300), {
      error: 'expected each tip as "id: Welsh words"',
    }),
  })
  .superRefine(refineReviewed);

/** One Welsh tip as pages read it (the welshTips collection). */
export const welshTipSchema = z.strictObject({ text: z.string() });
