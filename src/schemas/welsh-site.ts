import { z } from 'astro/zod';
import { refineReviewed, translationState } from './translation';

/** A contact's words in Welsh: its number, email and address stay the English site.yaml's. */
const welshContact = z.strictObject({
  /** @example "Desg gwasanaeth TG" */
  label: z.string({ error: 'expected the Welsh name of this contact' }).min(2).optional(),
  /** @example "24 awr y dydd, 7 diwrnod yr wythnos" */
  hours: z.string().optional(),
  /** When and how to use this contact, in Welsh. */
  how: z.string().optional(),
});

/**
 * content/cy/site.yaml (and a trust's cy/site.yaml over it): the site's words in Welsh, and nothing
 * else. Numbers, colours, addresses and every setting stay in site.yaml; a word left out shows in English.
 */
export const welshSiteSchema = z
  .strictObject({
    name: z.string().min(3).max(60).optional(),
    shortName: z.string().min(2).max(30).optional(),
    organisation: z.string().min(2).max(120).optional(),
    description: z.string().min(10).max(200).optional(),
    /** By the names under contacts: in site.yaml (and the nation file). */
    contacts: z.record(z.string(), welshContact).optional(),
    ...translationState,
  })
  .superRefine(refineReviewed);
