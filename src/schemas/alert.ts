import { z } from 'astro/zod';
import { slugId } from './common';
import { dateText, isUkDateText } from './uk-time';

const ALERT_LEVELS = ['warning', 'urgent'] as const;

/** The longest an alert may run: older warnings stop being read, and a forgotten one would stay for good. */
export const MAX_ALERT_DAYS = 90;

/** The date fields, which the editors' JSON schema shows as the text they type. */
export const UK_DATE_FIELDS = new Set<unknown>();

/** A date or date-time in UK time, kept as written. */
const ukDate = (field: string, example: string) => {
  const schema = z.preprocess(
    dateText,
    z
      .string({
        error: `expected ${field} as a date like ${example}, or a date and time like ${example}T09:00 (UK time)`,
      })
      .refine(isUkDateText, {
        error: (issue) =>
          `expected ${field} as a real date like ${example}, or a date and time like ${example}T09:00 (UK time), but found ${JSON.stringify(issue.input)}`,
      }),
  );
  UK_DATE_FIELDS.add(schema);
  return schema;
};

/** One alert in content/alerts.yaml: a warning about a scam going round now, shown until it ends. */
export const alertSchema = z
  .strictObject({
    /** Stays the same while the alert runs: phones remember dismissed alerts by it. @example "fake-payslip-email" */
    id: slugId,
    /** @example "Fake payslip emails" */
    title: z
      .string({ error: 'expected a short title as text' })
      .min(5, { error: 'expected a title of at least 5 characters' })
      .max(80, { error: 'expected a title of at most 80 characters, so it fits on a phone' }),
    /** What is happening and what to do, in one or two sentences of Markdown; links to guides are allowed. @example "Emails that say your payslip is ready ask you to sign in. Do not click the link: report the email." */
    body: z
      .string({ error: 'expected the alert text as one or two sentences' })
      .min(10, { error: 'expected the alert text of at least 10 characters' })
      .max(400, {
        error: 'expected the alert text of at most 400 characters: say more in a guide and name it in guide:',
      }),
    /** The first day (or moment) it shows, UK time. @example "2026-12-05" */
    from: ukDate('from', '2026-12-05'),
    /** The last day it shows (all of that day), or the moment it ends, UK time. @example "2026-12-12" */
    until: ukDate('until', '2026-12-12'),
    /** "urgent" is for an attack under way: it prints on the pocket card and comes back when changed. @example "warning" */
    level: z.enum(ALERT_LEVELS, { error: `expected level: ${ALERT_LEVELS.join(' or ')}` }),
    /** The guide to read, by its file name. @example "suspicious-email" */
    guide: slugId.optional(),
    /** A practice example of this scam, by its file name. @example "payslip-phish" */
    scenario: slugId.optional(),
  })
  .meta({ title: 'Alert' });
export type AlertData = z.output<typeof alertSchema>;

/** content/alerts.yaml, or a trust's: its alerts, and (a trust's only) the central alerts it leaves out. */
export const alertsFileSchema = z.strictObject({
  /** Alerts to show; a trust's alert with a central alert's id replaces it. */
  alerts: z.array(z.unknown(), { error: 'expected a list of alerts, each starting with "- id: …", or alerts: []' }),
  /** A trust's overlay only: ids of central alerts this copy does not show. @example ["fake-payslip-email"] */
  hide: z.array(slugId, { error: 'expected a list of central alert ids' }).optional(),
});

/** content/alerts.yaml as editors write it, every alert's fields included: for VS Code and the browser editor. */
export const alertsEditorSchema = alertsFileSchema.extend({ alerts: z.array(alertSchema) });
