import { z } from 'astro/zod';

/**
 * A UK phone number people can dial from a phone: a full number starting 0 or +44 (10 or 11 digits),
 * or a short service number such as 999, 111 or 7726. Spaces, hyphens and brackets are allowed.
 */
export function toTelUri(phone: string): string | undefined {
  const compact = phone.replace(/[\s()-]/g, '');
  if (/^(999|111|112|101|7726|1\d{4})$/.test(compact)) return `tel:${compact}`;
  const national = compact.startsWith('+44') ? `0${compact.slice(3).replace(/^0/, '')}` : compact;
  if (/^0[1-9]\d{8,9}$/.test(national)) return `tel:+44${national.slice(1)}`;
  return undefined;
}

export const ukPhone = z
  .string({ error: 'expected a UK phone number in quotes, like "0306 999 0001"' })
  .refine((value) => toTelUri(value) !== undefined, {
    error: (issue) =>
      `expected a UK number people can dial, like "0306 999 0001", "+44 20 7946 0000" or "7726", but found ${JSON.stringify(issue.input)}`,
  });

const emailAddress = z.email({
  error: (issue) =>
    `expected an email address, like "servicedesk@example.nhs.uk", but found ${JSON.stringify(issue.input)}`,
});

/** One way to get help, shown by <ContactCard name="…" />. */
export const contactSchema = z.strictObject({
  /** @example "IT service desk" */
  label: z.string({ error: 'expected a name for this contact, like "IT service desk"' }).min(2),
  /** @example "0306 999 0001" */
  phone: ukPhone.optional(),
  /** @example "servicedesk@example.nhs.uk" */
  email: emailAddress.optional(),
  /** @example "24 hours a day, 7 days a week" */
  hours: z.string().optional(),
  /** When and how to use this contact, in one or two sentences. */
  how: z.string().optional(),
  /** A web page with more help (https). */
  url: z.url({ protocol: /^https$/, error: 'expected a full https:// address' }).optional(),
  /**
   * Where a national fact (number, remit) is published, so a reviewer can check it; required in
   * content/nations/<nation>.yaml. @example "https://www.scotland.police.uk/contact-us/report-cybercrime/"
   */
  source: z
    .url({ protocol: /^https$/, error: 'expected the full https:// address of the page that says this' })
    .optional(),
});

/** A contact as the site uses it, from site.yaml or a nation file. */
export type Contact = z.output<typeof contactSchema>;
