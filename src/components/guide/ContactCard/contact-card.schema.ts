import { z } from 'astro/zod';
import { suggest } from '../../../config/errors';
import type { PropsSchema } from '../component-props';

/** A contact from site.yaml, by name. */
export const contactCardProps = (({ contacts: present, absentContacts = [] }) => {
  // A contact the nation file marks `none` is allowed: the card shows nothing in that nation.
  const contacts = [...present, ...absentContacts];
  const known = `use one of the contacts in site.yaml or the nation file: ${contacts.join(', ')}`;
  return z
    .object({
      /** A contact's name in site.yaml. @example name="serviceDesk" */
      name: z
        .string({ error: known })
        .superRefine((name, context) => {
          if (contacts.includes(name)) return;
          const hint = suggest(name, contacts);
          context.addIssue({ code: 'custom', message: hint ? `did you mean name="${hint}"?` : known });
        })
        .meta({ title: 'Contact name' }),
      /** The card's heading level: 3 (the default), or 2 when it comes before any ## heading. @example headingLevel={2} */
      headingLevel: z
        .union([z.literal(2), z.literal(3), z.literal(4)], { error: 'use headingLevel={2}, {3} or {4}' })
        .default(3),
    })
    .meta({ title: 'Contact card' });
}) satisfies PropsSchema;
