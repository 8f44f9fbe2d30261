import { z } from 'astro/zod';
import { suggest } from '../../../config/errors';
import type { PropsSchema } from '../component-props';

/** A checklist from checklists/, by its file name. */
export const checklistProps = (({ checklists, hiddenChecklists }) => {
  const known = `use the file name of a checklist in checklists/, without .yaml: ${checklists.join(', ')}`;
  return z
    .object({
      /** A checklist's file name without .yaml. @example name="end-of-shift" */
      name: z
        .string({ error: known })
        .superRefine((name, context) => {
          if (checklists.includes(name)) return;
          const hint = suggest(name, checklists);
          context.addIssue({
            code: 'custom',
            message: hiddenChecklists?.get(name) ?? (hint ? `did you mean name="${hint}"?` : known),
          });
        })
        .meta({ title: 'Checklist name' }),
    })
    .meta({ title: 'Checklist' });
}) satisfies PropsSchema;
