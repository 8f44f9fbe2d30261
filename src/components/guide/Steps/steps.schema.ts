import { z } from 'astro/zod';
import type { PropsSchema } from '../component-props';

/** Numbers the steps of the list inside it; it takes no props. */
export const stepsProps = (() => z.object({}).meta({ title: 'Steps' })) satisfies PropsSchema;
