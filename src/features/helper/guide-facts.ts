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
  return steps.map((step) => plainText(withoutSeeAlso(step))).filter((step) => step.length > 0);
}

/**
 * A step without a last "See [another page](…)." sentence: on the helper's end page and the pocket
 * card it would name a page without linking it, and both link the full guide anyway.
 */
const withoutSeeAlso = (step: string) => step.replace(/\s*\bSee (?:\[[^\]]*\]\([^)]*\)(?:,? (?:and|or) )?)+\.\s*$/, '');

/** The text of the first urgent callout ("Do this now"), as plain text. */
export function urgentCallout(body: string): string | undefined {
  const match = /<Callout\b[^>]*\btype=["']urgent["'][^>]*>([\s\S]*?)<\/Callout>/.exec(body);
  const text = match ? plainText(match[1]) : '';
  return text || undefined;
}

/** The guide's section headings (## and below), as plain text, with where each starts and its level. */
export function headingsOf(body: string): { text: string; level: number; start: number; end: number }[] {
  return [...body.matchAll(/^(#{2,6})[ \t]+(.+?)[ \t]*#*[ \t]*$/gm)].map((m) => ({
    text: plainText(m[2]),
    level: m[1].length,
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/**
 * The numbered steps of the first <Steps> under a heading (up to the next heading at its level or
 * above), matched without regard to case; undefined when the guide has no such heading.
 */
export function sectionSteps(body: string, heading: string): string[] | undefined {
  const headings = headingsOf(body);
  const wanted = plainText(heading).toLowerCase();
  const index = headings.findIndex((h) => h.text.toLowerCase() === wanted);
  if (index < 0) return undefined;
  const own = headings[index];
  const next = headings.slice(index + 1).find((h) => h.level <= own.level);
  return firstSteps(body.slice(own.end, next?.start));
}
