// The props of the components a site page (content/pages/*.mdx) uses to show this copy's own values:
// its name, its contacts from site.yaml, the words of its interface and the names it saves on a
// device under. Checked at build like a guide component's props, so a wrong name stops the build with
// the page's file and the fix.
import { z } from 'astro/zod';
import { suggest } from '../../config/errors';
import { STRING_KEYS } from '../../schemas/strings';
import type { SiteConfig } from '../../schemas/site';
import { SAVED_NAME_LIST } from './saved-name-list';

/** `name` must be one of `allowed`; the nearest is suggested. */
const oneOf = (allowed: readonly string[], what: string) =>
  z.string({ error: `use one of ${what}` }).superRefine((name, context) => {
    if (allowed.includes(name)) return;
    const hint = suggest(name, allowed);
    context.addIssue({ code: 'custom', message: hint ? `did you mean name="${hint}"?` : `use one of ${what}` });
  });

/** <Phone name="…" />, <Email name="…" />, <ContactName name="…" />: a contact in site.yaml that has that detail. */
export const contactProps = (site: Pick<SiteConfig, 'contacts'>, detail: 'phone' | 'email' | 'label') => {
  const names = Object.keys(site.contacts).filter((name) => site.contacts[name]?.[detail]);
  return z.object({
    name: oneOf(
      names,
      `the contacts in site.yaml with ${{ label: 'a label', phone: 'a phone number', email: 'an email address' }[detail]}: ${names.join(', ')}`,
    ),
  });
};

/** <Words name="progress.clear" />: a word of the interface, as content/strings.yaml (and the overlay's) has it. */
export const wordsProps = z.object({ name: oneOf(STRING_KEYS, 'the keys in content/strings.yaml') });

/** <DeviceKey name="checklist" example="end-of-shift" />: a name the guide saves on a device under, as stored. */
export const deviceKeyProps = z.object({
  name: oneOf(SAVED_NAME_LIST, SAVED_NAME_LIST.join(', ')),
  /** For a name that takes one (checklist), the example to show, like a checklist's file name. */
  example: z
    .string()
    .regex(/^[a-z0-9-]+$/, { error: 'use a file name, like example="end-of-shift"' })
    .optional(),
});
