import { z } from 'astro/zod';
import { refineReviewed, translationState } from './translation';
import { synonymsSchema } from './synonyms';

/**
 * content/cy/synonyms.yaml: groups of words that mean the same to someone searching the Welsh pages,
 * English loan words among them ([cyfrinair, password]), as content/synonyms.yaml has them in English.
 * Only words, with how far the translation has been checked.
 */
export const welshSynonymsSchema = z
  .strictObject({
    ...translationState,
    /** @example [[cyfrinair, password, cyfrineiriau]] */
    groups: synonymsSchema.shape.groups,
  })
  .superRefine(refineReviewed);
