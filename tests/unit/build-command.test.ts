import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCommand } from '../../src/config/build-command';
import { ROOT } from '../helpers/build';

describe("npm run build's command, as the tests and the bench run it", () => {
  it("is the running Node with the build script's flags and Astro, by absolute path", () => {
    const [node, ...args] = buildCommand(ROOT);
    expect(node).toBe(process.execPath);
    expect(args.at(-1)).toBe('build');
    expect(existsSync(args.at(-2)!)).toBe(true);
    expect(args.at(-2)).toBe(join(ROOT, 'node_modules/astro/bin/astro.mjs'));
    // Node's young generation capped at 8 MB a half: at 500 guides the build's peak memory is about
    // 610 MiB instead of 790, as fast (README, "Performance").
    expect(args).toContain('--max-semi-space-size=8');
  });

  it("says what is wrong when package.json's build script is not a node command", () => {
    const root = mkdtempSync(join(tmpdir(), 'build-command-'));
    writeFileSync(join(root, 'package.json'), JSON.stringify({ scripts: { build: 'astro build' } }));
    expect(() => buildCommand(root)).toThrow(
      'package.json: scripts.build must start with "node" (it is "astro build")',
    );
  });
});
