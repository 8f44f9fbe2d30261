import { isNode } from 'yaml';
import { parsedYaml } from '../../config/yaml-lines';
import type { RetiredTerm } from '../../schemas/retired-terms';
import type { ContentSet, GuideFile } from '../../content/content-set';
import type { Check } from '../types';
import type { Problem } from '../../schemas/problem';

/** A file staff read from, and the lines in it that are search words, where an old name helps people find the page. */
interface ReadFile {
  file: string;
  source: string;
  searchWordLines: Set<number>;
}

/** "Two-step verification" is found as "two step verification" and "TWO-STEP verification" too, and only whole. */
export function phrasePattern(phrase: string): RegExp {
  const words = phrase
    .replace(/\s*\([^)]*\)\s*/g, ' ')
    .trim()
    .split(/[\s-]+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[\\s-]+')}(?![\\p{L}\\p{N}])`, 'giu');
}

/** Web addresses are not words staff read, and an old service's address is the links check's business. */
const withoutAddresses = (line: string) => line.replace(/https?:\/\/[^\s)"'\]>]+/g, ' ');

/**
 * "two-step-verification" with hyphens only is a page's address (a link, or `related:`), which
 * stays as it is so bookmarks and saved copies keep working; a name staff read has a space in it.
 */
const isAddress = (found: string, retired: string) => /\s/.test(retired.trim()) && !/\s/.test(found);

/** The lines of a guide's `keywords:` field, counted in the whole file. */
function keywordLines(guide: GuideFile): Set<number> {
  const { doc, lineCounter } = parsedYaml(guide.yaml);
  const pair =
    isNode(doc.contents) && 'items' in doc.contents
      ? (doc.contents.items as { key?: { value?: unknown; range?: number[] }; value?: { range?: number[] } }[]).find(
          (p) => p.key?.value === 'keywords',
        )
      : undefined;
  const start = pair?.key?.range?.[0];
  const end = pair?.value?.range?.[1];
  if (start === undefined || end === undefined) return new Set();
  const [first, last] = [lineCounter.linePos(start).line, lineCounter.linePos(Math.max(start, end - 1)).line];
  return new Set(Array.from({ length: last - first + 1 }, (_, i) => first + i + guide.lineOffset));
}

function filesStaffRead(content: ContentSet): ReadFile[] {
  const plain = (f: { file: string; source: string }): ReadFile => ({
    file: f.file,
    source: f.source,
    searchWordLines: new Set(),
  });
  return [
    ...content.guides.map((g) => ({ file: g.file, source: g.source, searchWordLines: keywordLines(g) })),
    ...content.pages.map(plain),
    ...content.checklists.map(plain),
    ...content.scenarios.map(plain),
    ...content.tips.map(plain),
    ...content.siteFiles.map(plain),
  ];
}

/** The terms from content/retired-terms.yaml, with the overlay's own added. */
function retiredTermsOf(content: ContentSet): RetiredTerm[] {
  return content.retiredTerms.flatMap((f) => (f.data as { terms?: RetiredTerm[] } | undefined)?.terms ?? []);
}

function usesIn(file: ReadFile, terms: { term: RetiredTerm; old: RegExp; replacement: RegExp }[]): Problem[] {
  return file.source.split(/\r?\n/).flatMap((raw, index): Problem[] => {
    const line = index + 1;
    if (file.searchWordLines.has(line)) return [];
    const text = withoutAddresses(raw);
    return terms.flatMap(({ term, old, replacement }): Problem[] => {
      replacement.lastIndex = 0;
      const found = [...text.matchAll(old)].map((m) => m[0]).find((m) => !isAddress(m, term.retired));
      // A line that names the new name too is explaining the change ("Report Fraud, which replaced Action Fraud").
      if (!found || replacement.test(text)) return [];
      return [
        {
          severity: 'error',
          check: 'retired terms',
          file: file.file,
          line,
          message: `"${found}" is a retired name${term.why ? `: ${term.why.replace(/\.$/, '')}` : ''}`,
          fix: `write "${term.use}" instead (content/retired-terms.yaml lists each retired name and its replacement)`,
        },
      ];
    });
  });
}

/**
 * Names that are no longer right (a service renamed, a term replaced) are found wherever staff would
 * read them, central content and overlay alike, so one entry in retired-terms.yaml finds every use.
 */
export const retiredTermsCheck: Check = {
  name: 'retired terms',
  run: ({ content }) => {
    const terms = retiredTermsOf(content).map((term) => ({
      term,
      old: phrasePattern(term.retired),
      replacement: phrasePattern(term.use),
    }));
    if (terms.length === 0) return [];
    return filesStaffRead(content).flatMap((file) => usesIn(file, terms));
  },
};
