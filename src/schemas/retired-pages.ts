import { z } from 'astro/zod';
import { hideEntry } from './site';

/**
 * content/retired-pages.yaml: central pages that were removed. A trust whose site.yaml still hides
 * one is told to delete the line (a warning), where a `hide:` naming a page that never was is an
 * error (most likely a typo).
 */
export const retiredPagesSchema = z.strictObject({
  /** @example ["guides/old-remote-access", "checklists/paper-forms"] */
  pages: z.array(hideEntry).default([]),
});

export type RetiredPages = z.output<typeof retiredPagesSchema>;
