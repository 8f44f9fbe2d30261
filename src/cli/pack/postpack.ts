// After `npm pack`: the checkout goes back to what git keeps (prepack.ts says what it wrote).
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));
rmSync(`${root}src/cli/packed`, { recursive: true, force: true });
rmSync(`${root}npm-shrinkwrap.json`, { force: true });
