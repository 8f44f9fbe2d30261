// A YAML file's data for the editor's build, which makes forms from what the files hold and leaves their
// faults to the build's checks.
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** A YAML file's data; nothing when it is missing or unreadable (the build's checks say why). */
export function dataOf(path: string): unknown {
  try {
    return existsSync(path) ? parse(readFileSync(path, 'utf8')) : undefined;
  } catch {
    return undefined;
  }
}
