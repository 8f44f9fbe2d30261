import { z } from 'astro/zod';
import type { PropsSchema } from '../component-props';

/** The kinds of callout, each with its own colour and heading. */
export const CALLOUT_TYPES = ['info', 'warning', 'urgent'] as const;

/** 'type="info", type="warning" or type="urgent"' */
const choices = (() => {
  const all = CALLOUT_TYPES.map((kind) => `type="${kind}"`);
  return `${all.slice(0, -1).join(', ')} or ${all.at(-1)}`;
})();

/** A box that stands out. */
export const calloutProps = (() =>
  z
    .object({
      /** How urgent: "info" (the default), "warning" or "urgent". @example type="urgent" */
      type: z.enum(CALLOUT_TYPES, { error: `use ${choices}` }).default('info'),
      /** The box's heading; without it, the kind's own ("Information", "Important", "Act now"). @example title="Do this now" */
      title: z.string({ error: 'use a short heading in quotes, like title="Do this now"' }).optional(),
    })
    .meta({ title: 'Callout' })) satisfies PropsSchema;
