import { z } from 'astro/zod';
import { slugId } from './common';

export const TIP_CATEGORIES = ['passwords', 'email', 'devices', 'data', 'reporting', 'working-safely'] as const;

/** One tip in content/tips.yaml. */
export const tipSchema = z.strictObject({
  /** @example "three-words" */
  id: slugId,
  /** @example "passwords" */
  category: z.enum(TIP_CATEGORIES, { error: `expected one of ${TIP_CATEGORIES.join(', ')}` }),
  /** @example "Make a password from three random words." */
  text: z.string({ error: 'expected the tip as one or two sentences' }).min(10).max(300),
});
export type TipData = z.output<typeof tipSchema>;
