// Reads the few facts the helper needs from a guide's MDX text, so a trust that replaces a guide
// with its own procedure gets its own first steps in the helper and on the pocket card too.

/** Markdown inline marks and links as the words people read: "[how to report](/x/)" → "how to report". */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(\*|_)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}


/** The numbered steps of the first <Steps> block, as plain text; [] when there is none. */
export function firstSteps(body: string): string[] {
  const block = /<Steps>([\s\S]*?)<\/Steps>/.exec(body)?.[1];
  if (!block) return [];
  const steps: string[] = [];
  for (const line of block.split(/\r?\n/)) {
    const item = /^\s*\d+[.)]\s+(.*)$/.exec(line);
    if (item) steps.push(item[1]);
    // A wrapped step goes on an indented line under its number.
    else if (steps.length > 0 && /^\s+\S/.test(line)) steps[steps.length - 1] += ` ${line.trim()}`;
  }
  return steps.map(plainText).filter((step) => step.length > 0);
}

/** The text of the first urgent callout ("Do this now"), as plain text. */
export function urgentCallout(body: string): string | undefined {
  const match = /<Callout\b[^>]*\btype=["']urgent["'][^>]*>([\s\S]*?)<\/Callout>/.exec(body);
  const text = match ? plainText(match[1]) : '';
  return text || undefined;
}
