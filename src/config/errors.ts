import type { z } from 'astro/zod';
import { lineOfPath } from './yaml-lines';

/** A problem in a file an editor or a trust wrote. Its message names the file, the field and the fix. */
export class ContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentError';
  }
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
 * Turns a failed schema check into one line per problem: `file:line — field: what is wrong`.
 * The source text is used to find the line of each field; pass `lineOffset` for frontmatter.
 */
export function formatIssues(
  file: string,
  error: z.ZodError,
  options: {
    source?: string;
    lineOffset?: number;
    pathPrefix?: PathKey[];
    shapeAt?: (path: readonly PathKey[]) => unknown;
  } = {},
): string {
  const shapeAt = options.shapeAt ?? (() => undefined);
  const lines = error.issues.flatMap((issue) =>
    describe(issue, shapeAt).map(({ path: inner, text }) => {
      const path = [...(options.pathPrefix ?? []), ...inner];
      const line = options.source === undefined ? undefined : lineOfPath(options.source, path);
      const where = line === undefined ? file : `${file}:${line + (options.lineOffset ?? 0)}`;
      return `${where} — ${fieldName(path) || '(top level)'}: ${text}`;
    }),
  );
  return lines.join('\n');
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
