/**
 * `npm run cms:config`: writes src/cms/cms-config.generated.ts, the browser editor's configuration,
 * from the zod schemas, and deploy/editor/, its hosting headers, from headers.ts. Run it after
 * changing a schema, a component's props or the editor's headers.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveExtensionlessTs } from '../utils/resolve-ts.ts';

resolveExtensionlessTs();
const { GENERATED_CONFIG, generatedConfigSource } = await import('./generated-file.ts');
const { editorDeployFiles } = await import('./deploy-files.ts');
const root = fileURLToPath(new URL('../..', import.meta.url));
for (const file of [{ path: GENERATED_CONFIG, contents: generatedConfigSource(root) }, ...editorDeployFiles()]) {
  mkdirSync(dirname(join(root, file.path)), { recursive: true });
  writeFileSync(join(root, file.path), file.contents);
  console.log(`wrote ${file.path}`);
}
