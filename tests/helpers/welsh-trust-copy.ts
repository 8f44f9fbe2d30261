// A project to run the content checks on: a copy of content/ with the Welsh test trust
// (tests/fixtures/overlays/cymraeg) as its overlay folder, trust/, for a test to change.
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './build';

/** The Welsh test trust, as site.yaml's overlay path names it from the project's root. */
export const WELSH_TRUST = 'tests/fixtures/overlays/cymraeg';

/** A copy of content/ with the Welsh test trust as `trust/`, changed by `change`; returns its root. */
export function welshTrustCopy(prefix: string, change: (root: string) => void = () => {}): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
  cpSync(join(ROOT, WELSH_TRUST), join(root, 'trust'), { recursive: true });
  change(root);
  return root;
}

/** The line (1-based) of a file in the copy that starts with `start`: where a check should point. */
export const lineStarting = (root: string, file: string, start: string): number =>
  readFileSync(join(root, file), 'utf8')
    .split('\n')
    .findIndex((line) => line.startsWith(start)) + 1;
