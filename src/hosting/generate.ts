/**
 * `npm run deploy:configs`: writes the hosting configs in deploy/ from src/hosting/security-headers.ts.
 * Run it after changing a header or a cache rule; tests/hosting/generated-configs.test.ts fails until you do.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deployFiles } from './files.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
for (const file of deployFiles()) {
  const target = join(root, file.path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, file.contents);
  console.log(`wrote ${file.path}`);
}
