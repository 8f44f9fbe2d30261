import { z } from 'astro/zod';

/** A six-digit hex colour such as "#005eb8". Short forms are refused so contrast checks are exact. */
export const hexColour = z.string({ error: 'expected a colour in quotes, like "#005eb8"' }).regex(/^#[0-9a-fA-F]{6}$/, {
  error: (issue) =>
    `expected a six-digit hex colour in quotes, like "#005eb8", but found ${JSON.stringify(issue.input)}`,
});
