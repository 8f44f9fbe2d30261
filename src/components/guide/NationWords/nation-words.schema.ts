import { z } from 'astro/zod';
import { suggest } from '../../../config/errors';
import type { PropsSchema } from '../component-props';

/** A sentence that differs by UK nation, from content/nations/<nation>.yaml `words:`, by name. */
export const nationWordsProps = (({ nationWords = [] }) => {
  const known = `use one of the words: in content/nations/<nation>.yaml: ${nationWords.join(', ')}`;
  return z
    .object({
      /** A sentence's name under words: in the nation files. @example name="breachReporting" */
      name: z
        .string({ error: known })
        .superRefine((name, context) => {
          if (nationWords.includes(name)) return;
          const hint = suggest(name, nationWords);
          context.addIssue({ code: 'custom', message: hint ? `did you mean name="${hint}"?` : known });
        })
        .meta({ title: 'Sentence name' }),
    })
    .meta({ title: 'Words for this nation' });
}) satisfies PropsSchema;
