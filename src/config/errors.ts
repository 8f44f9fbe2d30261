import type { z } from 'astro/zod';
import { problemLine, type Problem } from '../schemas/problem';
import { lineOfPath, yamlSyntaxError } from './yaml-lines';

/**
 * Problems in files an editor or a trust wrote, thrown to stop the build. It keeps them as data
 * (`problems`, for the checks to list); its message is their lines, each naming the file, the field
 * and the fix, indented under a heading when there is one, and a closing word.
 */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem | readonly Problem[], frame: { heading?: string; footer?: string } = {}) {
    const list = Array.isArray(problems) ? [...(problems as readonly Problem[])] : [problems as Problem];
    const lines = list.map((problem) => (frame.heading ? `  ${problemLine(problem)}` : problemLine(problem)));
    super(
      [frame.heading, ...lines, ...(frame.footer ? ['', frame.footer] : [])].filter((l) => l !== undefined).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = list;
  }
}

/** An error in a file: the usual shape of a build's content problem. */
export const fileError = (file: string, message: string, more: Partial<Problem> = {}): Problem => ({
  severity: 'error',
  file,
  message,
  ...more,
});

/** A YAML syntax error (see yamlSyntaxError) as a problem in `file`, whose YAML starts after `lineOffset` lines. */
export const syntaxErrorProblem = (file: string, error: { line: number; message: string }, lineOffset = 0): Problem =>
  fileError(file, `this is not valid YAML: ${error.message}`, {
    line: error.line + lineOffset,
    fix: 'check the indentation, and put text that holds a colon in quotes',
  });

/** A YAML text's first syntax error as a problem, at the line of the mistake; undefined when it is valid. */
export function yamlSyntaxProblem(source: string, file: string): Problem | undefined {
  const error = yamlSyntaxError(source);
  return error && syntaxErrorProblem(file, error);
}

type PathKey = PropertyKey;

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

/** The closest allowed name to a mistyped one, if it is close enough to be a typo. */
export function suggest(typo: string, allowed: readonly string[]): string | undefined {
  const best = allowed
    .map((name) => ({ name, d: distance(typo.toLowerCase(), name.toLowerCase()) }))
    .sort((a, b) => a.d - b.d)[0];
  return best && best.d <= Math.max(2, Math.floor(typo.length / 3)) ? best.name : undefined;
}

function fieldName(path: readonly PathKey[]): string {
  return path.reduce<string>(
    (name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key)),
    '',
  );
}

function allowedKeysAt(schemaShape: unknown): string[] {
  return schemaShape && typeof schemaShape === 'object' ? Object.keys(schemaShape) : [];
}

function describe(
  issue: z.core.$ZodIssue,
  shapeAt: (path: readonly PathKey[]) => unknown,
): { path: PathKey[]; text: string }[] {
  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeysAt(shapeAt(issue.path));
    return issue.keys.map((key) => {
      const hint = suggest(key, allowed);
      const fix = hint
        ? `did you mean "${hint}"?`
        : allowed.length
          ? `allowed fields here: ${allowed.join(', ')}`
          : 'remove it';
      return { path: [...issue.path, key], text: `unknown field; ${fix}` };
    });
  }
  const missing = issue.code === 'invalid_type' && issue.input === undefined;
  return [{ path: issue.path as PathKey[], text: missing ? `is missing; ${issue.message}` : issue.message }];
}

/**
 * A failed schema check as problems, one for each thing wrong: file, line, field and what is wrong.
 * The source text is used to find the line of each field; pass `lineOffset` for frontmatter.
 */
export function schemaProblems(
  file: string,
  error: Pick<z.ZodError, 'issues'>,
  options: {
    source?: string;
    lineOffset?: number;
    pathPrefix?: PathKey[];
    shapeAt?: (path: readonly PathKey[]) => unknown;
    /** Where the editors' guide explains the file. */
    fix?: string;
  } = {},
): Problem[] {
  const shapeAt = options.shapeAt ?? (() => undefined);
  return error.issues.flatMap((issue) =>
    describe(issue, shapeAt).map(({ path: inner, text }): Problem => {
      const path = [...(options.pathPrefix ?? []), ...inner];
      const line = options.source === undefined ? undefined : lineOfPath(options.source, path);
      return {
        severity: 'error',
        file,
        line: line === undefined ? undefined : line + (options.lineOffset ?? 0),
        field: fieldName(path) || '(top level)',
        message: text,
        fix: options.fix,
      };
    }),
  );
}

type AnySchema = { def?: Record<string, unknown>; shape?: Record<string, unknown> };

function unwrap(schema: AnySchema | undefined): AnySchema | undefined {
  let current = schema;
  for (let guard = 0; current?.def && guard < 20; guard++) {
    const def = current.def;
    if (def.innerType) current = def.innerType as AnySchema;
    else if (def.type === 'pipe') current = def.out as AnySchema;
    else break;
  }
  return current;
}

/** Finds the object shape at a path in a schema, so an unknown field can be matched to the allowed ones. */
export function shapeFinder(schema: unknown): (path: readonly PathKey[]) => unknown {
  return (path) => {
    let current = unwrap(schema as AnySchema);
    for (const key of path) {
      if (!current) return undefined;
      if (typeof key === 'number') current = unwrap(current.def?.element as AnySchema);
      else current = unwrap((current.shape?.[key as string] ?? current.def?.catchall) as AnySchema);
    }
    return current?.shape;
  };
}

/** The build cannot finish for a reason that is no line of content (Pagefind's errors, files too big to work offline). */
export class BuildError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BuildError';
  }
}
