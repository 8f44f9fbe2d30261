import type { Problem } from '../schemas/problem';
import { majorOf } from '../utils/upstream-version';
import { lineOfPath } from './yaml-lines';

/**
 * The overlay's contract (README, "The overlay contract") is this package's public API: renaming a
 * site.yaml field is a major release. The old name keeps working, with a warning, for the rest of
 * the major it was renamed in; from the next major it stops the build. `npx cyber-pocket-guide
 * migrate` rewrites a trust's site.yaml. Add an entry here in the release that renames a field.
 */
export interface RenamedField {
  /** The old dotted path in site.yaml, e.g. "contacts.serviceDesk.tel". */
  from: string;
  /** The new dotted path; only the last part may differ from `from`. */
  to: string;
  /** The release that renamed it, e.g. "2.0.0". */
  renamedIn: string;
}

/** Every rename of a site.yaml field since 1.0.0, oldest first. */
const RENAMED_FIELDS: RenamedField[] = [];

/** One old name found in a trust's site.yaml. */
export interface OldFieldName extends RenamedField {
  line: number;
  /** True while the old name still works (the same major as the rename). */
  stillWorks: boolean;
}

const keysOf = (path: string) => path.split('.');

function holder(data: Record<string, unknown>, keys: string[]): Record<string, unknown> | undefined {
  let current: unknown = data;
  for (const key of keys.slice(0, -1)) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return typeof current === 'object' && current !== null ? (current as Record<string, unknown>) : undefined;
}

/** The renamed fields a site.yaml still uses, with their lines. */
export function oldFieldNames(
  data: Record<string, unknown>,
  source: string,
  version: string,
  renames: RenamedField[] = RENAMED_FIELDS,
): OldFieldName[] {
  return renames.flatMap((rename) => {
    const keys = keysOf(rename.from);
    const parent = holder(data, keys);
    if (!parent || !(keys.at(-1)! in parent)) return [];
    const line = lineOfPath(source, keys) ?? 1;
    return [{ ...rename, line, stillWorks: majorOf(version) <= majorOf(rename.renamedIn) }];
  });
}

/** The data with each old name that still works moved to its new name (the new name wins if both are set). */
export function withNewNames(data: Record<string, unknown>, found: OldFieldName[]): Record<string, unknown> {
  const copy = structuredClone(data);
  for (const old of found.filter((f) => f.stillWorks)) {
    const from = keysOf(old.from);
    const parent = holder(copy, from)!;
    const newKey = keysOf(old.to).at(-1)!;
    if (!(newKey in parent)) parent[newKey] = parent[from.at(-1)!];
    delete parent[from.at(-1)!];
  }
  return copy;
}

/** What a trust reads for one old name: the file, the line, the new name and the command that fixes it. */
export function oldNameProblem(file: string, old: OldFieldName): Problem {
  const until = `${majorOf(old.renamedIn) + 1}.0.0`;
  return {
    severity: old.stillWorks ? 'warning' : 'error',
    file,
    line: old.line,
    field: old.from,
    message: old.stillWorks
      ? `renamed ${old.to} in ${old.renamedIn}; the old name works until ${until}`
      : `renamed ${old.to} in ${old.renamedIn}, and the old name stopped working in ${until}`,
    fix: 'run npx cyber-pocket-guide migrate to rename it',
  };
}
