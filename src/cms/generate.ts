/**
 * `npm run cms:config`: writes src/cms/cms-config.generated.ts, the browser editor's configuration,
 * from the zod schemas. Run it after changing a schema or a component's props.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveExtensionlessTs } from '../checks/resolve-ts.ts';

resolveExtensionlessTs();
const { GENERATED_CONFIG, generatedConfigSource } = await import('./generated-file.ts');
const root = fileURLToPath(new URL('../..', import.meta.url));
writeFileSync(join(root, GENERATED_CONFIG), generatedConfigSource(root));
console.log(`wrote ${GENERATED_CONFIG}`);
