/**
 * `npm pack` (and `npm publish`) run this first: the package carries what a trust's machine needs and
 * a checkout does not keep in git, all in src/cli/packed/ (postpack.ts removes it again):
 * - the command line and the content checks' worker as JavaScript: Node runs no TypeScript under
 *   node_modules (ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING); Vite-loaded files stay TypeScript;
 * - every released version of each central guide, by hash, for `cyber-pocket-guide diff`;
 * and npm-shrinkwrap.json, the tested package-lock.json, so a trust installs exactly what was tested.
 */
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveExtensionlessTs } from '../../utils/resolve-ts.ts';

resolveExtensionlessTs();
const { compileForPackage } = await import('./compile.ts');
const { currentGuides, guideHistory, taggedReleases, writeGuideHistory } = await import('./history.ts');
const { HISTORY_DIR } = await import('../../content/central-history.ts');

const root = fileURLToPath(new URL('../../..', import.meta.url));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const packed = join(root, 'src/cli/packed');

rmSync(packed, { recursive: true, force: true });
await compileForPackage(root, packed);
const releases = [...taggedReleases(root).filter((r) => r.release !== version), currentGuides(root, version)];
writeGuideHistory(join(root, HISTORY_DIR), guideHistory(releases));
copyFileSync(join(root, 'package-lock.json'), join(root, 'npm-shrinkwrap.json'));
console.log(
  `prepack: src/cli/packed/ (the command line, the checks' worker, central guides of ${releases.length} release(s)) and npm-shrinkwrap.json`,
);
