// content/cy/strings.yaml: every word of the interface in Welsh, by the same keys as content/strings.yaml,
// with the state of its translation. A trust's overlay may have its own cy/strings.yaml with only the keys
// it changes, as for English.
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { SiteConfig } from '../schemas/site';
import { COUNT_KEYS, placeholdersOf, STRING_KEYS, type CountKey, type Strings, type UiKey } from '../schemas/strings';
import type { Problem } from '../schemas/problem';
import { ContentError } from './errors';
import { readYaml } from './site';
import { lineOfPath } from './yaml-lines';
import { countProblems } from './plural-forms';

/** The keys a Welsh strings file has besides the words: whose words they are and how far they are checked. */
const TRANSLATION_KEYS = new Set(['translation', 'reviewedBy', 'reviewedOn']);
const FIX = 'see "Welsh (Cymraeg)" in content/README.md';

/** The file's words by key, and where each key is, for problems. */
interface WelshFile {
  shown: string;
  source: string;
  entries: Record<string, unknown>;
}

function readWelshFile(file: string, root: string): WelshFile | undefined {
  if (!existsSync(file)) return undefined;
  const shown = relative(root, file).replaceAll('\\', '/');
  const { data, source } = readYaml(file, shown);
  const entries = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  return { shown, source, entries };
}

/** Problems with one key's Welsh words: not words, or not the placeholders the English words have. */
function wordsProblem(file: WelshFile, key: UiKey, value: unknown, english: string): Problem | undefined {
  const line = lineOfPath(file.source, [key]);
  if (typeof value !== 'string' || value.trim() === '')
    return { severity: 'error', file: file.shown, line, message: `${key}: expected the Welsh words`, fix: FIX };
  const expected = placeholdersOf(english);
  const found = placeholdersOf(value);
  if (found.join() === expected.join()) return undefined;
  const list = (names: string[]) => (names.length ? names.map((p) => `{${p}}`).join(' and ') : 'no {curly brackets}');
  return {
    severity: 'error',
    file: file.shown,
    line,
    message: `${key}: the page fills in ${list(expected)} here, and the Welsh words have ${list(found)}`,
    fix: `keep ${list(expected)} as in content/strings.yaml ("${english}"), in the Welsh word order`,
  };
}

/**
 * Reads content/cy/strings.yaml (and the overlay's cy/strings.yaml over it) against the English words:
 * every key must be there, no other key, and each with the English words' {placeholders}.
 */
export function loadWelshStrings(
  site: Pick<SiteConfig, 'contentDir' | 'overlayDir'>,
  english: Strings,
  root = process.cwd(),
): { strings: Strings; problems: Problem[] } {
  const centralPath = resolve(site.contentDir, 'cy', 'strings.yaml');
  const central = readWelshFile(centralPath, root);
  const shownCentral = relative(root, centralPath).replaceAll('\\', '/');
  if (!central)
    return {
      strings: english,
      problems: [
        {
          severity: 'error',
          file: shownCentral,
          message: 'site.yaml lists cy in languages, and there is no Welsh strings file',
          fix: 'add content/cy/strings.yaml with every key of content/strings.yaml in Welsh',
        },
      ],
    };
  const overlayPath = site.overlayDir && resolve(site.overlayDir, 'cy', 'strings.yaml');
  const files = [central, ...(overlayPath ? [readWelshFile(overlayPath, root)].filter((f) => f !== undefined) : [])];
  const known = new Set<string>(STRING_KEYS);
  const problems: Problem[] = [];
  const strings = { ...english };
  for (const file of files) {
    for (const [key, value] of Object.entries(file.entries)) {
      if (TRANSLATION_KEYS.has(key)) continue;
      if (!known.has(key)) {
        problems.push({
          severity: 'error',
          file: file.shown,
          line: lineOfPath(file.source, [key]),
          message: `${key}: not a word of the interface (content/strings.yaml has no such key)`,
          fix: 'remove this line, or correct the key to one in content/strings.yaml',
        });
        continue;
      }
      if (key in COUNT_KEYS) {
        // Words with a number: Welsh needs all six plural forms, each with the English {placeholders}.
        const count = key as CountKey;
        const at = { file: file.shown, line: lineOfPath(file.source, [key]) };
        const found =
          typeof value === 'string' || (value && typeof value === 'object' && !Array.isArray(value))
            ? countProblems(count, value as Strings[CountKey], english[count], { lang: 'cy', at, everyForm: true })
            : [wordsProblem(file, count, value, '')!];
        problems.push(...found);
        if (found.length === 0) strings[count] = value as Strings[CountKey];
        continue;
      }
      const problem = wordsProblem(file, key as UiKey, value, english[key as UiKey] as string);
      if (problem) problems.push(problem);
      else (strings as Record<UiKey, unknown>)[key as UiKey] = value as string;
    }
  }
  const missing = STRING_KEYS.filter((key) => !(key in central.entries));
  if (missing.length > 0)
    problems.push({
      severity: 'error',
      file: central.shown,
      line: 1,
      message: `missing the Welsh words for ${missing.join(', ')}`,
      fix: 'add each key with its Welsh words; copy the key from content/strings.yaml',
    });
  if (!['draft', 'reviewed'].includes(String(central.entries.translation)))
    problems.push({
      severity: 'error',
      file: central.shown,
      line: lineOfPath(central.source, ['translation']) ?? 1,
      message: 'expected "translation: draft" or "translation: reviewed" at the top',
      fix: 'write "translation: draft"; a Welsh speaker who has checked every line changes it (see content/README.md)',
    });
  return { strings, problems: problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
}

/** The Welsh words pages show; stops with every error when there is one. */
export function welshStringsForPages(
  site: Pick<SiteConfig, 'contentDir' | 'overlayDir'>,
  english: Strings,
  root = process.cwd(),
): Strings {
  const { strings, problems } = loadWelshStrings(site, english, root);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new ContentError(errors);
  return strings;
}
