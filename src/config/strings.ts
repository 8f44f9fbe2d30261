import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { SiteConfig } from '../schemas/site';
import {
  COUNT_KEYS,
  placeholdersOf,
  RETIRED_STRING_KEYS,
  STRING_KEYS,
  stringsOverlaySchema,
  stringsSchema,
  type Strings,
  type UiKey,
} from '../schemas/strings';
import type { Problem } from '../schemas/problem';
import { ContentError, schemaProblems as problemsOfSchema, shapeFinder, suggest } from './errors';
import { readYaml } from './site';
import { lineOfPath } from './yaml-lines';
import { countProblems } from './plural-forms';

export interface LoadedStrings {
  /** Every word of the interface: the central words with the overlay's changes. */
  strings: Strings;
  problems: Problem[];
}

/** What a file holds, read as YAML, and the text it came from (for lines). */
interface StringsFile {
  shown: string;
  data: unknown;
  source: string;
}

const known = new Set<string>(STRING_KEYS);
const FIX_SCHEMA = 'see "The words of the interface" in content/README.md';

/** A schema's complaint about a strings.yaml. */
const schemaProblems = (file: StringsFile, error: Parameters<typeof problemsOfSchema>[1]): Problem[] =>
  problemsOfSchema(file.shown, error, { source: file.source, shapeAt: shapeFinder(stringsSchema), fix: FIX_SCHEMA });

function readStringsFile(file: string, root: string): StringsFile {
  const shown = relative(root, file).replaceAll('\\', '/');
  const { data, source } = readYaml(file, shown);
  return { shown, data: data ?? {}, source };
}

/**
 * A trust's changes: each key must be a word of the interface (an unknown one is most likely a typo,
 * so the nearest real key is named); a key the interface no longer uses is only a warning, so a
 * trust learns its change went stale without its copy failing to build.
 */
function overlayChanges(
  file: StringsFile,
  central: Strings,
  retired: ReadonlySet<string>,
): { changes: Partial<Strings>; problems: Problem[] } {
  if (typeof file.data !== 'object' || Array.isArray(file.data)) {
    return {
      changes: {},
      problems: [
        {
          severity: 'error',
          file: file.shown,
          line: 1,
          message: 'expected "key: words" lines, like "nav.home: Home"',
          fix: FIX_SCHEMA,
        },
      ],
    };
  }
  const problems: Problem[] = [];
  const wanted: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(file.data as Record<string, unknown>)) {
    const line = lineOfPath(file.source, [key]);
    if (retired.has(key)) {
      problems.push({
        severity: 'warning',
        file: file.shown,
        line,
        message: `${key}: the interface no longer shows these words, so your change shows nowhere`,
        fix: 'remove this line from your strings.yaml',
      });
    } else if (!known.has(key)) {
      const near = suggest(key, STRING_KEYS);
      const fix = near
        ? `did you mean "${near}"? Every key is listed in content/strings.yaml`
        : 'use a key from content/strings.yaml';
      problems.push({ severity: 'error', file: file.shown, line, message: `${key}: not a word of the interface`, fix });
    } else wanted[key] = value;
  }
  const result = stringsOverlaySchema.safeParse(wanted, { reportInput: true });
  if (!result.success)
    return {
      changes: {},
      problems: [...problems, ...schemaProblems(file, result.error)].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
    };
  for (const [key, words] of Object.entries(result.data) as [UiKey, string][]) {
    if (key in COUNT_KEYS) {
      const at = { file: file.shown, line: lineOfPath(file.source, [key]) };
      const count = key as keyof typeof COUNT_KEYS;
      problems.push(...countProblems(count, words, central[count], { lang: 'en', at, everyForm: false }));
      continue;
    }
    const expected = placeholdersOf(central[key] as string);
    const found = placeholdersOf(words);
    if (found.join() === expected.join()) continue;
    const line = lineOfPath(file.source, [key]);
    const list = (names: string[]) => names.map((p) => `{${p}}`).join(' and ');
    problems.push(
      expected.length
        ? {
            severity: 'error',
            file: file.shown,
            line,
            message: `${key}: the page fills in ${list(expected)} here, and these words do not have exactly that`,
            fix: `keep ${list(expected)}, as in content/strings.yaml: "${central[key]}"`,
          }
        : {
            severity: 'error',
            file: file.shown,
            line,
            message: `${key}: the page fills in nothing here, so ${list(found)} would show as it is`,
            fix: 'remove the curly brackets and the word between them',
          },
    );
  }
  return { changes: result.data, problems: problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
}

/**
 * Reads content/strings.yaml and the overlay's strings.yaml, if any, and returns the words pages show
 * with every problem found. Nothing is thrown for a mistake in the words: the checks list them all.
 */
export function loadStrings(
  site: Pick<SiteConfig, 'contentDir' | 'overlayDir'>,
  root = process.cwd(),
  retiredKeys: readonly string[] = RETIRED_STRING_KEYS,
): LoadedStrings {
  const centralFile = readStringsFile(resolve(site.contentDir, 'strings.yaml'), root);
  const central = stringsSchema.safeParse(centralFile.data, { reportInput: true });
  if (!central.success)
    return {
      strings: Object.fromEntries(STRING_KEYS.map((k) => [k, k])) as Strings,
      problems: schemaProblems(centralFile, central.error),
    };
  const centralProblems = (Object.keys(COUNT_KEYS) as (keyof typeof COUNT_KEYS)[]).flatMap((key) =>
    countProblems(key, central.data[key], central.data[key], {
      lang: 'en',
      at: { file: centralFile.shown, line: lineOfPath(centralFile.source, [key]) },
      everyForm: false,
    }),
  );
  const overlayPath = site.overlayDir && resolve(site.overlayDir, 'strings.yaml');
  if (!overlayPath || !existsSync(overlayPath)) return { strings: central.data, problems: centralProblems };
  const { changes, problems } = overlayChanges(readStringsFile(overlayPath, root), central.data, new Set(retiredKeys));
  return { strings: { ...central.data, ...changes }, problems: [...centralProblems, ...problems] };
}

/** The words pages show; stops with every error (file:line — key: problem — fix) when there is one. */
export function stringsForPages(site: Pick<SiteConfig, 'contentDir' | 'overlayDir'>, root = process.cwd()): Strings {
  const { strings, problems } = loadStrings(site, root);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new ContentError(errors);
  return strings;
}
