// The example of each guide component, from its folder (<name>.example.mdx): the editors' guide shows
// it (a test keeps content/README.md's copy the same) and `npm run screenshots` pictures it.
// For Node scripts and tests; the site itself never reads them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { guideComponentNames, partsOf } from './registry';

const FOLDER = new URL('./', import.meta.url);

/** Where a component's part is on disk. */
export const partFile = (relativePath: string): string => fileURLToPath(new URL(relativePath, FOLDER));

/** Every registered component's example, by name, without the file's last newline. */
export function guideComponentExamples(): Map<string, string> {
  return new Map(
    guideComponentNames.map((name) => [name, readFileSync(partFile(partsOf(name).example), 'utf8').replace(/\n$/, '')]),
  );
}
