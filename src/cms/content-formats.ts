/** Names of our file formats, registered in the browser (main.ts) and named by the collections (config.ts). */
export const CONTENT_FORMATS = { guide: 'guide-mdx', yaml: 'content-yaml', welshWords: 'welsh-words-yaml' } as const;
