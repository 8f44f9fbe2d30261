import { z } from 'astro/zod';
import { alertSchema } from './alert';
import { slugId } from './common';
import { refineReviewed, translationOf, translationState } from './translation';

// content/cy/alerts.yaml (and a trust's cy/alerts.yaml): the Welsh words of scam alerts, by the English
// alert's id. Only words: the dates, level, guide and practice example are the English alert's, so an
// alert starts and ends on the same day in both languages and never waits for its Welsh.

/** The fields of an alert that are words people read; every other field stays in alerts.yaml. */
export const WELSH_ALERT_FIELDS = ['title', 'body'] as const;

/** One alert's Welsh words, held to the English alert's lengths (a title that fits on a phone). */
export const welshAlertSchema = alertSchema.pick({ title: true, body: true });
export type WelshAlertWords = z.output<typeof welshAlertSchema>;

/** The fields of an English alert a Welsh file must not give: they are the same in both languages. */
export const ENGLISH_ONLY_ALERT_FIELDS: readonly string[] = Object.keys(alertSchema.shape).filter(
  (field) => !(WELSH_ALERT_FIELDS as readonly string[]).includes(field),
);

/** content/cy/alerts.yaml, or a trust's cy/alerts.yaml: each alert's Welsh title and body by its id. */
export const welshAlertsSchema = z
  .strictObject({
    /** The English alerts file this translates, and its hash then. @example "alerts@0123456789ab" */
    translationOf: translationOf('alerts'),
    ...translationState,
    /** @example { "fake-payslip-email": { "title": "Negeseuon e-bost slip cyflog ffug", "body": "…" } } */
    alerts: z.record(slugId, welshAlertSchema, {
      error: 'expected each alert as "<id of the English alert>:" with its Welsh title: and body: under it',
    }),
  })
  .superRefine(refineReviewed);
