/**
 * The example of each component in the editors' guide: the first ```mdx block under its
 * "### <Component>" heading. The screenshots are taken from these, and the tests read them too.
 */
export function componentExamples(readme: string): Map<string, string> {
  const examples = new Map<string, string>();
  for (const section of readme.split(/^### /m).slice(1)) {
    const name = /^<?([A-Z][A-Za-z]+)/.exec(section)?.[1];
    const block = /```mdx\n([\s\S]*?)\n```/.exec(section.split(/^## /m)[0])?.[1];
    if (name && block && !examples.has(name)) examples.set(name, block);
  }
  return examples;
}
