import { z } from 'astro/zod';

/**
 * The site pages every copy of the guide has, one file each in content/pages/: about, accessibility
 * and privacy. The footer links to each, so none can be hidden; a trust replaces one by giving its
 * overlay a file of the same name.
 */
export const SITE_PAGES = ['about', 'accessibility', 'privacy'] as const;
export type SitePage = (typeof SITE_PAGES)[number];

/** The fields at the top of content/pages/<page>.mdx. */
export const pageSchema = z.strictObject({
  /** The page's main heading, and its name in the browser tab. @example Privacy notice */
  title: z
    .string({ error: 'expected a title, like "Privacy notice"' })
    .trim()
    .min(3, { error: 'expected a title of at least 3 characters' })
    .max(90, { error: 'expected a title of at most 90 characters' }),
  /** Optional: one sentence for search engines and shared links. @example What the guide keeps on your device, and how to clear it. */
  description: z.string().trim().min(10).max(200).optional(),
});

export type PageData = z.output<typeof pageSchema>;
