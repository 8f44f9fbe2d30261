import { z } from 'astro/zod';
import { slugId } from './common';

export const CHANNELS = ['email', 'text', 'call', 'qr', 'in-person'] as const;
const VERDICTS = ['report', 'fine'] as const;

const quotedFields = ['body', 'subject', 'from', 'fromDetail'] as const;

/** A "spot the phish" scenario in content/scenarios/<slug>.yaml. */
export const scenarioSchema = z
  .strictObject({
    title: z.string({ error: 'expected a title as text' }).min(3).max(90),
    /** @example "email" */
    channel: z.enum(CHANNELS, { error: `expected one of ${CHANNELS.join(', ')}` }),
    /** "report" when it is an attack, "fine" when it is genuine. @example "report" */
    verdict: z.enum(VERDICTS, { error: `expected one of ${VERDICTS.join(', ')}` }),
    /** @example "IT Service Desk" */
    from: z.string({ error: 'expected who the message seems to come from' }).min(1),
    /** @example "it-support@nhs-mail-support.example.com" */
    fromDetail: z.string().optional(),
    /** Email subject line. @example "Your password expires today" */
    subject: z.string().optional(),
    /** The message, call script or poster text; a blank line starts a new paragraph. */
    body: z.string({ error: 'expected the message text' }).min(10),
    /** Each quote must appear exactly in body, subject, from or fromDetail. */
    redFlags: z
      .array(z.strictObject({ quote: z.string().min(1), why: z.string().min(3) }), {
        error: 'expected a list of red flags',
      })
      .min(1, { error: 'expected at least one red flag (or reassuring sign)' }),
    explanation: z.string({ error: 'expected a short explanation' }).min(10),
    related: z.array(slugId).default([]),
  })
  .superRefine((value, ctx) => {
    value.redFlags.forEach((flag, index) => {
      const found = quotedFields.some((field) => value[field]?.includes(flag.quote));
      if (!found) {
        ctx.addIssue({
          code: 'custom',
          path: ['redFlags', index, 'quote'],
          message: `expected text found exactly in body, subject, from or fromDetail, but "${flag.quote}" is not there`,
        });
      }
    });
  });
export type ScenarioData = z.output<typeof scenarioSchema>;
