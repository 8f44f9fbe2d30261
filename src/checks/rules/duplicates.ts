import { lineOfPath } from '../../config/yaml-lines';
import type { ContentSet } from '../../content/content-set';
import type { Check } from '../types';
import type { Problem } from '../../schemas/problem';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** File names are addresses: lower-case words and hyphens, and never two that differ only in capitals. */
function slugProblems(content: ContentSet): Problem[] {
  const problems: Problem[] = [];
  const collections = { guides: content.guides, checklists: content.checklists, scenarios: content.scenarios } as const;
  for (const [collection, entries] of Object.entries(collections)) {
    const seen = new Map<string, string>();
    for (const entry of entries) {
      const at = { severity: 'error' as const, check: 'duplicates', file: entry.file, line: 1 };
      if (!SLUG.test(entry.slug)) {
        const better = entry.slug
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '');
        problems.push({
          ...at,
          message: `the file name "${entry.slug}" is not an address staff can type`,
          fix: `rename the file to ${better || 'lower-case words joined by hyphens'}${entry.file.slice(entry.file.lastIndexOf('.'))}: lower-case letters, digits and hyphens only`,
        });
      }
      const key = entry.slug.toLowerCase();
      const other = seen.get(key);
      if (other)
        problems.push({
          ...at,
          message: `the ${collection} address "${key}" is also used by ${other}`,
          fix: 'rename one of the two files: some computers cannot keep two names that differ only in capitals',
        });
      else seen.set(key, entry.file);
    }
  }
  return problems;
}

/** Two pages with one title look the same in search results and the A to Z. */
function titleProblems(content: ContentSet): Problem[] {
  const seen = new Map<string, string>();
  const problems: Problem[] = [];
  for (const entry of [...content.guides, ...content.checklists]) {
    if (!entry.data) continue;
    const key = entry.data.title.toLowerCase().replace(/\s+/g, ' ').trim();
    const other = seen.get(key);
    // The line is looked for only for a problem: for every page of a big site, it took a while.
    if (other)
      problems.push({
        severity: 'error',
        check: 'duplicates',
        file: entry.file,
        line: (lineOfPath(entry.yaml, ['title']) ?? 1) + entry.lineOffset,
        message: `the title "${entry.data.title}" is also the title of ${other}`,
        fix: 'give each page its own title, so staff can tell them apart in search',
      });
    else seen.set(key, entry.file);
  }
  return problems;
}

/** Ticks saved on phones and tips are kept under their ids: two entries with one id overwrite each other. */
function idProblems(content: ContentSet): Problem[] {
  const problems: Problem[] = [];
  for (const checklist of content.checklists) {
    const items = Array.isArray((checklist.raw as { items?: unknown })?.items)
      ? (checklist.raw as { items: { id?: unknown }[] }).items
      : [];
    const first = new Map<string, number>();
    items.forEach((item, index) => {
      if (typeof item?.id !== 'string') return;
      const line = lineOfPath(checklist.source, ['items', index, 'id']) ?? 1;
      const earlier = first.get(item.id);
      if (earlier === undefined) first.set(item.id, line);
      else
        problems.push({
          severity: 'error',
          check: 'duplicates',
          file: checklist.file,
          line,
          message: `the item id "${item.id}" is already used on line ${earlier}`,
          fix: 'give this item its own id; never change an id already published, as phones keep ticks under it',
        });
    });
  }
  for (const tips of content.tips) {
    const first = new Map<string, number>();
    for (const entry of tips.entries) {
      if (!entry.id) continue;
      const earlier = first.get(entry.id);
      if (earlier === undefined) first.set(entry.id, entry.line);
      else
        problems.push({
          severity: 'error',
          check: 'duplicates',
          file: tips.file,
          line: entry.line,
          message: `the tip id "${entry.id}" is already used on line ${earlier}, and only one of the two would be shown`,
          fix: 'give this tip its own id',
        });
    }
  }
  return problems;
}

/** No two pages share an address or a title, and no two checklist items or tips share an id. */
export const duplicatesCheck: Check = {
  name: 'duplicates',
  run: (context) => [
    ...slugProblems(context.content),
    ...titleProblems(context.content),
    ...idProblems(context.content),
  ],
};
