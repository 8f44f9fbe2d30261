import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { loadSiteConfig } from '../../config/site';
import type { CommandContext } from '../main';
import { HOSTS, hostingFiles } from '../hosting';
import { oneOf, optionValue, unknownOptions } from '../options';
import { PACKAGE_ROOT, requireSiteYaml, trustFolders } from '../trust';

/** Runs Astro's own command line and resolves with its exit code. */
function astroBuild(cwd: string, env: NodeJS.ProcessEnv, root: string): Promise<number> {
  const astro = join(
    dirname(createRequire(join(PACKAGE_ROOT, 'package.json')).resolve('astro/package.json')),
    'bin/astro.mjs',
  );
  // Astro reads --config from the root (path.join), so it is given relative to it.
  const config = relative(root, join(PACKAGE_ROOT, 'astro.config.mjs'));
  const args = ['--max-semi-space-size=8', astro, 'build', '--root', root, '--config', config];
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd, env, stdio: 'inherit' });
    child.once('error', fail);
    child.once('exit', (code) => done(code ?? 1));
  });
}

/** Caches of other upstream releases: a build after an update starts clean, and the old ones go. */
function removeOtherCaches(cacheRoot: string): void {
  const parent = dirname(cacheRoot);
  for (const name of readdirSync(parent)) {
    if (join(parent, name) !== cacheRoot) rmSync(join(parent, name), { recursive: true, force: true });
  }
}

/**
 * `build [--hosting <host>]`: the trust's site in dist/, with the host's config for the copy's own base
 * path. The site's code is the installed package, but everything written stays in the trust's
 * repository: dist/, reports/, hosting/ and .cache/cyber-pocket-guide/<release>/ (Astro's project
 * folder, its cache and Vite's), never node_modules.
 */
export async function buildCommand({ args, cwd, print }: CommandContext): Promise<number> {
  const unknown = unknownOptions(args, ['--hosting'], ['--hosting']);
  if (unknown.length) {
    print(`Unknown option ${unknown.join(', ')}. Usage: npx cyber-pocket-guide build [--hosting ${HOSTS.join('|')}]`);
    return 2;
  }
  const missing = requireSiteYaml(cwd);
  if (missing) {
    print(missing);
    return 1;
  }
  const chosen = args.includes('--hosting') ? oneOf(optionValue(args, '--hosting'), HOSTS, '--hosting') : undefined;
  if (chosen && 'problem' in chosen) {
    print(chosen.problem);
    return 2;
  }
  const host = chosen?.value;
  const { outDir, cacheRoot } = trustFolders(cwd);
  mkdirSync(cacheRoot, { recursive: true });
  removeOtherCaches(cacheRoot);
  const env = {
    ...process.env,
    SITE_OVERLAY: cwd,
    SITE_OUT_DIR: outDir,
    SITE_CACHE_DIR: join(cacheRoot, 'astro'),
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const code = await astroBuild(cwd, env, cacheRoot);
  if (code !== 0 || !host) return code;
  const overrides = { basePath: process.env.SITE_BASE_PATH || undefined, cwd };
  const { basePath } = loadSiteConfig({ root: PACKAGE_ROOT, overlay: cwd, ...overrides });
  for (const file of hostingFiles(host, basePath)) {
    mkdirSync(dirname(join(cwd, file.path)), { recursive: true });
    writeFileSync(join(cwd, file.path), file.contents);
    print(`${host}: wrote ${file.path} for ${basePath}`);
  }
  return 0;
}
