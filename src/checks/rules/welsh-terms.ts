import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isMap } from 'yaml';
import { lineOfPath, parsedYaml } from '../../config/yaml-lines';
import { shownPath, splitFrontmatter } from '../../content/files';
import { welshTermsSchema, type WelshTerm } from '../../schemas/welsh-terms';
import { phrasePattern } from './retired-terms';
import type { Check, CheckContext } from '../types';
import type { Problem } from '../../schemas/problem';

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
    .replace(/\b(name|type|href)=("[^"]*"|\{[^}]*\})/g, ' ');

function usesIn(file: string, source: string, terms: WelshTerm[]): Problem[] {
  const skip = searchWordLines(splitFrontmatter(source).frontmatter ?? '');
  const patterns = terms.flatMap((term) =>
    term.avoid.map((form) => ({ term, avoid: phrasePattern(form), use: [term.cy, term.plural] })),
  );
  return source.split(/\r?\n/).flatMap((raw, index): Problem[] => {
    const line = index + 1;
    if (skip.has(line)) return [];
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
 * The Welsh guides use the words of content/cy/terms.yaml: a form it lists to avoid is a warning with its
 * file and line, so every Welsh page calls the same thing by the same name.
 */
function welshTermProblems({ content }: CheckContext): Problem[] {
  if (!content.site.languages.includes('cy')) return [];
  const termsPath = resolve(content.site.contentDir, 'cy', 'terms.yaml');
  if (!existsSync(termsPath)) return [];
  const { terms, problems } = readTerms(termsPath, shownPath(content.root, termsPath));
  if (problems.length > 0) return problems;
  const folder = resolve(content.site.contentDir, 'cy', 'guides');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .flatMap((name) => {
      const path = resolve(folder, name);
      return usesIn(shownPath(content.root, path), readFileSync(path, 'utf8'), terms);
    });
}

/** The Welsh guides use the Welsh words content/cy/terms.yaml lists, not the forms it says to avoid. */
export const welshTermsCheck: Check = { name: CHECK, run: welshTermProblems };
