import { z } from 'astro/zod';
import { refineReviewed, translationOf, translationState } from './translation';

/**
 * The Welsh words of one helper page, by the fields of content/help.yaml that are words. Its answers,
 * guide, contacts and order are the English helper's; its steps come from the Welsh guide's <Steps>.
 */
const welshHelpPage = z.strictObject({
  /** The words on the link that opens this page. @example "Fe wnes i glicio ar ddolen neu agor atodiad" */
  answer: z.string().min(2).optional(),
  /** A question page's question. @example "Beth ddigwyddodd?" */
  question: z.string().min(2).optional(),
  hint: z.string().min(2).optional(),
  /** An end page's heading. */
  title: z.string().min(2).optional(),
  /** The "Do this now" box; without it, the Welsh guide's urgent <Callout>. */
  now: z.string().min(2).optional(),
  /** The heading of the Welsh guide whose <Steps> to show, where the English page names a section:. */
  section: z.string().min(2).optional(),
  notes: z.array(z.string().min(2)).optional(),
});
export type WelshHelpPage = z.output<typeof welshHelpPage>;

/** content/cy/help.yaml, and a trust's cy/help.yaml over it. */
export const welshHelpSchema = z
  .strictObject({
    /** The English helper this translates, and the hash of content/help.yaml then. @example "help@0123456789ab" */
    translationOf: translationOf('help').optional(),
    ...translationState,
    /** Each page's words by its address, as a trust's help.yaml writes it: "/" or "lost-a-device/work-device". */
    pages: z.record(z.string(), welshHelpPage),
  })
  .superRefine(refineReviewed);
