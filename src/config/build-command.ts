// `npm run build` as a command line, read from package.json's build script, so the tests, the bench
// and the screenshots build the site exactly as `npm run build` does, Node's flags included.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** [the running Node, ...the build script's arguments], with paths into node_modules made absolute. */
export function buildCommand(root: string): string[] {
  const script = String(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts?.build ?? '');
  const [program, ...args] = script.trim().split(/\s+/);
  if (program !== 'node')
    throw new Error(
      `package.json: scripts.build must start with "node" (it is "${script}"), so tests and the bench can run it as npm does`,
    );
  return [process.execPath, ...args.map((arg) => (arg.startsWith('node_modules/') ? join(root, arg) : arg))];
}
