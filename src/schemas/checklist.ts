import { z } from 'astro/zod';
import { owner, review, reviewOrder, slugId, summary, topic } from './common';

const checklistItem = z.strictObject({
  /** Stable id: ticks saved on a phone are kept under it, so never rename a published one. @example "check-sender" */
  id: slugId,
  /** @example "Check the sender's full email address, not just the name." */
  action: z.string({ error: 'expected the action as one short sentence' }).min(3),
  /** @example "Scammers copy names of people you know; the address is harder to fake." */
  why: z.string({ error: 'expected a short "why" for the action' }).min(3),
});

/** A checklist in content/checklists/<slug>.yaml. */
export const checklistSchema = z
  .strictObject({
    title: z.string({ error: 'expected a title as text' }).min(3).max(90),
    summary,
    topic,
    ...review,
    owner,
    items: z
      .array(checklistItem, { error: 'expected a list of items' })
      .min(1, { error: 'expected at least one item' }),
  })
  .superRefine((value, ctx) => {
    reviewOrder(value, ctx);
    const seen = new Set<string>();
    value.items.forEach((item, index) => {
      if (seen.has(item.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['items', index, 'id'],
          message: `expected a unique id, but "${item.id}" is used twice`,
        });
      }
      seen.add(item.id);
    });
  });
export type ChecklistData = z.output<typeof checklistSchema>;
