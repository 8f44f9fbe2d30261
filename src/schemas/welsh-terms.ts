import { z } from 'astro/zod';

const word = (what: string) => z.string({ error: `expected ${what}` }).min(2, { error: `expected ${what}` });

/** One English term and the Welsh word the Welsh pages use for it. */
const welshTermSchema = z
  .strictObject({
    /** The English term, as the English guides write it. @example "password" */
    en: word('the English term, like "password"'),
    /** The Welsh word we use, in its plain (unmutated) form. @example "cyfrinair" */
    cy: word('the Welsh word we use, like "cyfrinair"'),
    /** Its plural, when the guides use one. @example "cyfrineiriau" */
    plural: word('the Welsh plural, like "cyfrineiriau"').optional(),
    /** Forms not to write: `npm run check` warns when a Welsh guide uses one. @example ["pasword"] */
    avoid: z
      .array(word('a form to avoid, like "pasword"'), { error: 'expected a list of forms to avoid, like [pasword]' })
      .default([]),
    /** When to use it, or why not the other forms, for translators. @example "Not 'cyfrinair' for a smartcard passcode." */
    note: z.string().optional(),
  })
  .superRefine((term, context) => {
    const same = term.avoid.find((form) => [term.cy, term.plural].includes(form));
    if (same)
      context.addIssue({
        code: 'custom',
        path: ['avoid'],
        input: term.avoid,
        message: `"${same}" is the word to use for "${term.en}", so it cannot also be a form to avoid; take it out of avoid`,
      });
  });

/** content/cy/terms.yaml: the Welsh words the Welsh pages use, so every page says the same thing the same way. */
export const welshTermsSchema = z.strictObject({
  /** @example [{ en: password, cy: cyfrinair, plural: cyfrineiriau, avoid: [pasword] }] */
  terms: z.array(welshTermSchema, {
    error: 'expected a list of terms, each like { en: password, cy: cyfrinair }',
  }),
});
export type WelshTerm = z.output<typeof welshTermSchema>;
