import { z } from 'astro/zod';
import type { PropsSchema } from '../component-props';

const sentences = (prop: string, example: string) => {
  const fix = `use a list of sentences in double quotes, like ${prop}={["${example}"]}`;
  return z.array(z.string({ error: fix }), { error: fix });
};

/** Two lists side by side: what to do and what not to do. */
export const doDontProps = (() =>
  z
    .object({
      /** What to do, short sentences. @example do={["Check the sender's full address"]} */
      do: sentences('do', 'Check the sender'),
      /** What not to do, short sentences. @example dont={["Reply with your password"]} */
      dont: sentences('dont', 'Reply with your password').meta({ title: "Don't" }),
    })
    .meta({ title: "Do and don't" })) satisfies PropsSchema;
