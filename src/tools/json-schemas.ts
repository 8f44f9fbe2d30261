/**
 * `npm run schemas`: writes the JSON schemas in .vscode/schemas/ from the zod schemas in src/schemas/,
 * so VS Code checks content files as editors type. Run it after changing a schema;
 * tests/checks/editor-support.test.ts fails until you do.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveExtensionlessTs } from '../utils/resolve-ts.ts';

resolveExtensionlessTs();
const { jsonSchemaFiles } = await import('./json-schema-files.ts');
const root = fileURLToPath(new URL('../..', import.meta.url));
for (const file of jsonSchemaFiles()) {
  const target = join(root, file.path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, file.contents);
  console.log(`wrote ${file.path}`);
}
