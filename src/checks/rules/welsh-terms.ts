import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isMap } from 'yaml';
import { lineOfPath, parsedYaml } from '../../config/yaml-lines';
import { shownPath, splitFrontmatter } from '../../content/files';
import { welshFiles, welshTipsFiles } from '../../content/welsh-files';
import { welshMdxFiles } from '../../content/welsh-mdx-files';
import { welshAlertsPaths } from '../../features/alerts/welsh-alerts';
import { welshTermsSchema, type WelshTerm } from '../../schemas/welsh-terms';
import { phrasePattern } from './retired-terms';
import type { Check, CheckContext } from '../types';
import type { Problem } from '../../schemas/problem';
import type { SiteConfig } from '../../schemas/site';

const CHECK = 'welsh terms';

/** content/cy/terms.yaml read and checked: its terms, or the problems that stop the check using it. */
function readTerms(path: string, file: string): { terms: WelshTerm[]; problems: Problem[] } {
  const source = readFileSync(path, 'utf8');
  const result = welshTermsSchema.safeParse(parsedYaml(source).doc.toJS());
  if (result.success) return { terms: result.data.terms, problems: [] };
  const problems = result.error.issues.map((issue): Problem => {
    // A misspelt field is named at its own line, not at the start of its term.
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
    return {
      severity: 'error',
      check: CHECK,
      file,
      line: lineOfPath(source, path),
      field: path.join('.'),
      message:
        issue.code === 'unrecognized_keys'
          ? `${issue.keys.map((key) => `"${key}"`).join(', ')} is not a field of a term`
          : issue.message,
      fix: 'each term is { en: <English term>, cy: <the Welsh word we use> }, with optional plural, avoid and note; see "Welsh (Cymraeg)" in content/README.md',
    };
  });
  return { terms: [], problems };
}

/**
 * The lines of a Welsh guide's `urgentPhrases:` (1-based, in the whole file): search words, where any
 * form people type belongs.
 */
function searchWordLines(frontmatter: string): Set<number> {
  const { doc, lineCounter } = parsedYaml(frontmatter);
  const pair = isMap(doc.contents)
    ? doc.contents.items.find((item) => (item.key as { value?: unknown } | null)?.value === 'urgentPhrases')
    : undefined;
  const start = (pair?.key as { range?: number[] } | undefined)?.range?.[0];
  const end = (pair?.value as { range?: number[] } | undefined)?.range?.[1];
  if (start === undefined || end === undefined) return new Set();
  // The file's first line is the opening ---, so frontmatter line n is file line n + 1.
  const [first, last] = [lineCounter.linePos(start).line, lineCounter.linePos(Math.max(start, end - 1)).line];
  return new Set(Array.from({ length: last - first + 1 }, (_, i) => first + i + 1));
}

/** Addresses and component names are not words people read: /cy/guides/public-wifi/ is not "wifi". */
const wordsOnly = (line: string) =>
  line
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/https?:\/\/\S+/g, ' ')
    // Email addresses and web addresses without https (spamreports@nhs.net, nhs-mail-support.example.com/x).
    .replace(/\S*@\S+|\b[\w-]+(?:\.[\w-]+)+(?:\/\S*)?/g, ' ')
    .replace(/\b(name|type|href)=("[^"]*"|\{[^}]*\})/g, ' ');

/**
 * Lines of a Welsh YAML file that are not the site's words: comments (to editors, in English), ids and
 * translationOf, and a practice example's sender (the name a scammer chose, like "Desg Gymorth TG").
 */
const NOT_WORDS = /^\s*(#|-?\s*(id|translationOf|from|fromDetail):)/;

function usesIn(file: string, source: string, terms: WelshTerm[]): Problem[] {
  const skip = searchWordLines(splitFrontmatter(source).frontmatter ?? '');
  const yaml = file.endsWith('.yaml');
  const patterns = terms.flatMap((term) =>
    term.avoid.map((form) => ({ term, avoid: phrasePattern(form), use: [term.cy, term.plural] })),
  );
  return source.split(/\r?\n/).flatMap((raw, index): Problem[] => {
    const line = index + 1;
    if (skip.has(line) || (yaml && NOT_WORDS.test(raw))) return [];
    const text = wordsOnly(raw);
    return patterns.flatMap(({ term, avoid, use }): Problem[] => {
      avoid.lastIndex = 0;
      const found = avoid.exec(text)?.[0];
      // A line that names the word we use too is explaining the other form.
      if (!found || use.some((word) => word && phrasePattern(word).test(text))) return [];
      return [
        {
          severity: 'warning',
          check: CHECK,
          file,
          line,
          message: `"${found}": the Welsh pages write "${term.cy}" for "${term.en}"${term.note ? ` (${term.note.replace(/\.$/, '')})` : ''}`,
          fix: `write "${term.cy}"${term.plural ? ` (plural "${term.plural}")` : ''}, mutated as the sentence needs; content/cy/terms.yaml lists the words the Welsh pages use`,
        },
      ];
    });
  });
}

/**
 * Every Welsh file this copy publishes, central and the trust's (cy/ in its overlay): the guides and site
 * pages, the interface, helper and site words, checklists, tips, practice examples and scam alerts. Not synonyms.yaml
 * or urgentPhrases: what people type, where every form belongs.
 */
function welshWordFiles(site: SiteConfig): string[] {
  const dirs = [site.contentDir, ...(site.overlayDir ? [site.overlayDir] : [])];
  return [
    ...welshMdxFiles(site, 'guides').map((file) => file.path),
    ...welshMdxFiles(site, 'pages').map((file) => file.path),
    ...welshFiles(site, 'checklists'),
    ...welshFiles(site, 'scenarios'),
    ...welshTipsFiles(site),
    ...welshAlertsPaths(site).map((file) => file.path),
    // A trust's help, site and strings files add to the central ones, so both are published.
    ...dirs.flatMap((dir) => YAML_FILES.map((name) => resolve(dir, 'cy', name))).filter((path) => existsSync(path)),
  ];
}

const YAML_FILES = ['help.yaml', 'site.yaml', 'strings.yaml'];

/**
 * The Welsh files use the words of content/cy/terms.yaml: a form it lists to avoid is a warning with its
 * file and line, so every Welsh page and word of the interface calls the same thing by the same name.
 */
function welshTermProblems({ content }: CheckContext): Problem[] {
  if (!content.site.languages.includes('cy')) return [];
  const termsPath = resolve(content.site.contentDir, 'cy', 'terms.yaml');
  if (!existsSync(termsPath)) return [];
  const { terms, problems } = readTerms(termsPath, shownPath(content.root, termsPath));
  if (problems.length > 0) return problems;
  return welshWordFiles(content.site).flatMap((path) =>
    usesIn(shownPath(content.root, path), readFileSync(path, 'utf8'), terms),
  );
}

/** The Welsh files use the Welsh words content/cy/terms.yaml lists, not the forms it says to avoid. */
export const welshTermsCheck: Check = { name: CHECK, run: welshTermProblems };
