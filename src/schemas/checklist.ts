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
    /**
     * The guide whose steps this checklist follows (its file name in guides/, without .mdx): its first
     * item must be the same action as the guide's first step, so staff get one answer. @example "someone-knows-my-password"
     */
    guide: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
        error: 'expected a guide\'s file name without .mdx, like "systems-are-down"',
      })
      .optional(),
    /** With guide:, a heading of the guide whose <Steps> to compare instead of its first. @example "If you can't log in" */
    section: z.string({ error: 'expected a heading of the guide, as written' }).min(2).optional(),
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
