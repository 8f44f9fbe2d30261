/**
 * `npm run cms:config`: writes deploy/editor/, the hosting files for a trust that serves the editor
 * itself, from headers.ts. Run it after changing the editor's headers. (The editor's own configuration
 * is made each time the editor is built: see generated-file.ts.)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { editorDeployFiles } from './deploy-files.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
for (const file of editorDeployFiles()) {
  mkdirSync(dirname(join(root, file.path)), { recursive: true });
  writeFileSync(join(root, file.path), file.contents);
  console.log(`wrote ${file.path}`);
}
