import { z } from 'astro/zod';
import { contactSchema, type Contact } from './contact';

/** The four UK nations a copy of the guide can serve (site.yaml `nation:`). */
export const NATIONS = ['england', 'wales', 'scotland', 'northern-ireland'] as const;
export type Nation = (typeof NATIONS)[number];

/** site.yaml `nation:`: which nation's contacts and sentences this copy shows. @example "scotland" */
export const nation = z.enum(NATIONS, {
  error: (issue) =>
    `expected one of ${NATIONS.join(', ')} (the nation this copy serves), but found ${JSON.stringify(issue.input)}`,
});

/** Written instead of a contact or a sentence: this route does not exist in this nation, so nothing is shown. */
export const NOT_IN_NATION = 'none';

const notInNationMessage = `expected a contact or sentence with its source:, or "${NOT_IN_NATION}" when it does not apply in this nation`;
const notInNation = z.literal(NOT_IN_NATION, { error: notInNationMessage });

/** A national contact: every fact in it has a source address a reviewer can open. */
const nationalContact = contactSchema.extend({
  source: z.url({
    protocol: /^https$/,
    error: 'expected the https:// address of the page that publishes this number or route',
  }),
});

/** A sentence that differs by nation, shown by <NationWords name="…" />. */
const nationalSentence = z.strictObject({
  /** The sentence, in plain words. @example "Your information governance team reports it to the ICO." */
  text: z.string({ error: 'expected text: the sentence, in plain words' }).min(3),
  /** The page that says this is true in this nation. @example "https://ico.org.uk/for-organisations/report-a-breach/" */
  source: z.url({ protocol: /^https$/, error: 'expected the https:// address of the page that says this' }),
});

/** A contact or a sentence, or `none`; for a written one, the first thing wrong with it is named, not "Invalid input". */
const orNone = <T extends z.ZodType>(value: T) =>
  z.union([value, notInNation], {
    error: (issue) => {
      const inner = (issue as { errors?: { path: PropertyKey[]; message: string }[][] }).errors?.[0]?.[0];
      return typeof issue.input === 'object' && inner
        ? `${inner.path.length ? `${inner.path.join('.')}: ` : ''}${inner.message}`
        : notInNationMessage;
    },
  });

/**
 * content/nations/<nation>.yaml (and a trust's nations/<nation>.yaml, merged over it): the contacts and
 * sentences that differ between England, Wales, Scotland and Northern Ireland.
 * @example { contacts: { police: { label: "Police Scotland", phone: "101", source: "https://…" }, csoc: none }, words: { breachReporting: { text: "…", source: "https://…" } } }
 */
export const nationFileSchema = z.strictObject({
  /** The nation's name as staff read it. @example "Scotland" */
  name: z.string({ error: 'expected the nation\'s name, like "Scotland"' }).min(3),
  /** Contacts by the name guides use (<ContactCard name="…" />), or none where the route does not apply. */
  contacts: z.record(z.string(), orNone(nationalContact)).default({}),
  /** Sentences by the name guides use (<NationWords name="…" />), or none where nothing needs saying. */
  words: z.record(z.string(), orNone(nationalSentence)).default({}),
});
export type NationFile = z.output<typeof nationFileSchema>;

/** One nation file as read: the file shown to editors, and its text for finding lines. */
export interface NationSource {
  file: string;
  source: string;
}

/** A nation's contacts and sentences, the central file and the overlay's merged. */
export interface NationContent {
  nation: Nation;
  /** The nation's name as staff read it, like "Scotland". */
  name: string;
  /** Contacts with a value, by name. */
  contacts: Record<string, Contact>;
  /** Contacts the nation file says do not apply here (`none`): a guide's card for one shows nothing. */
  absentContacts: string[];
  /** Sentences by name, for <NationWords name="…" />. */
  words: Record<string, string>;
  /** Sentences the nation file says are not needed here (`none`). */
  absentWords: string[];
  /** The central file, then the overlay's when there is one. */
  files: NationSource[];
}
