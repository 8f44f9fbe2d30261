import { z } from 'astro/zod';
import type { PropsSchema } from '../component-props';

const fix = 'add the text people tap to open it, like summary="Why does this matter?"';

/** An expander. */
export const detailsProps = (() =>
  z
    .object({
      /** Always shown; the rest opens when it is tapped. @example summary="Why does this matter?" */
      summary: z.string({ error: fix }).trim().min(1, { error: fix }),
    })
    .meta({ title: 'Details' })) satisfies PropsSchema;
