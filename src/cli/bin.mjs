#!/usr/bin/env node
// The cyber-pocket-guide command. Node runs no TypeScript under node_modules, so the package carries
// it compiled (npm pack writes src/cli/packed/); in a checkout it runs from the TypeScript.
import { existsSync } from 'node:fs';

const compiled = new URL('./packed/cli.js', import.meta.url);
let cli;
if (existsSync(compiled)) {
  cli = await import(compiled.href);
} else {
  const { resolveExtensionlessTs } = await import('../utils/resolve-ts.ts');
  resolveExtensionlessTs();
  cli = await import('./main.ts');
}
process.exitCode = await cli.runCli(process.argv.slice(2), process.cwd());
