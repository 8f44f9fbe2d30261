import { z } from 'astro/zod';

/** The fixed set of topics; each has a page at /topics/<topic>/. */
export const TOPICS = [
  'email-and-phishing',
  'passwords-and-accounts',
  'devices',
  'data-and-confidentiality',
  'incidents-and-reporting',
  'downtime',
  'working-safely',
] as const;
export type Topic = (typeof TOPICS)[number];
export const topic = z.enum(TOPICS, {
  error: (issue) => `expected one of ${TOPICS.join(', ')}, but found ${JSON.stringify(issue.input)}`,
});

/** A stable identifier: lower-case letters, digits and single hyphens, e.g. "check-sender". */
export const slugId = z
  .string({ error: 'expected an id of lower-case letters, digits and hyphens, like "check-sender"' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: (issue) =>
      `expected lower-case letters, digits and hyphens, like "check-sender", but found ${JSON.stringify(issue.input)}`,
  });

/** A calendar date written as YYYY-MM-DD. YAML turns unquoted dates into Date objects; strings are accepted too. */
export const calendarDate = z.preprocess(
  (value) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : value),
  z
    .date({ error: 'expected a date written as YYYY-MM-DD, like 2026-11-20' })
    .refine((d) => !Number.isNaN(d.getTime()), {
      error: 'expected a real date written as YYYY-MM-DD, like 2026-11-20',
    }),
);

/** A link to where a fact came from. Only https, so staff never leave on an insecure link. */
export const source = z.object(
  {
    title: z
      .string({ error: 'expected the source title as text' })
      .min(3, { error: 'expected a source title of at least 3 characters' }),
    url: z.url({
      protocol: /^https$/,
      error: 'expected a full https:// address, like https://www.ncsc.gov.uk/guidance/phishing',
    }),
  },
  { error: 'expected a source with a title and a url' },
);

/** One sentence shown in lists and search results. */
export const summary = z
  .string({ error: 'expected a one-sentence summary' })
  .min(10, { error: 'expected a one-sentence summary of at least 10 characters' })
  .max(200, { error: 'expected a one-sentence summary of at most 200 characters' });

export const owner = z
  .string({ error: 'expected the team that keeps this page right, like "Cyber security team"' })
  .min(2);

export const review = {
  reviewed: calendarDate,
  reviewDue: calendarDate,
};

/** Checks that the review date falls before the review-due date. */
export function reviewOrder(value: { reviewed: Date; reviewDue: Date }, ctx: z.RefinementCtx): void {
  if (value.reviewDue <= value.reviewed) {
    ctx.addIssue({ code: 'custom', path: ['reviewDue'], message: 'expected a date after "reviewed"' });
  }
}
