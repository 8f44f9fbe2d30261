/** The kinds of <Callout>: drawn by src/mdx/markup.ts, checked by the content checks. */
export const CALLOUT_TYPES = ['info', 'warning', 'urgent'] as const;
