import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  appendFileSync,
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './build';

/** The environment for npm and the packed CLI: no npm settings from the test run's own `npm run`, no network. */
export function offlineEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  return {
    ...env,
    npm_config_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    ASTRO_TELEMETRY_DISABLED: '1',
    // As a CI pipeline may set it: the build must take its base path from site.yaml all the same.
    BASE_URL: '/',
  };
}

/** A shell command's exit code and everything it printed. */
export interface Ran {
  code: number;
  output: string;
}

/** Runs one command line as a CI runner would (`sh -c`), in `cwd`. */
export function run(command: string, cwd: string): Ran {
  const result = spawnSync('sh', ['-c', `${command} 2>&1`], {
    cwd,
    env: offlineEnv(),
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  return { code: result.status ?? 1, output: result.stdout };
}

/** Runs a command that must succeed, failing with its output when it does not. */
export function runOrThrow(command: string, cwd: string): string {
  const { code, output } = run(command, cwd);
  if (code !== 0) throw new Error(`${command} exited ${code}:\n${output.slice(-4000)}`);
  return output;
}

/**
 * A copy of this checkout (its files as git sees them, edits included) in its own git repository, with
 * this checkout's node_modules: packing it there leaves the checkout as it is.
 */
function copyOfCheckout(dir: string): string {
  const files = execFileSync('git', ['-C', ROOT, 'ls-files', '-co', '--exclude-standard', '-z'], { encoding: 'utf8' })
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    try {
      cpSync(join(ROOT, file), join(dir, file));
    } catch {
      // Deleted in the working folder but not yet in git: not part of the package.
    }
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  const git = (...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8' });
  git('init', '-q');
  git('-c', 'user.name=test', '-c', 'user.email=test@example.org', 'add', '-A');
  git('-c', 'user.name=test', '-c', 'user.email=test@example.org', 'commit', '-qm', 'copy');
  return dir;
}

/** Commits everything in the copy and tags it as a release, as a maintainer does before `npm publish`. */
function tagRelease(dir: string, version: string): void {
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', dir, '-c', 'user.name=test', '-c', 'user.email=test@example.org', ...args]);
  git('add', '-A');
  git('commit', '-qm', `release ${version}`, '--allow-empty');
  git('tag', `v${version}`);
}

/** `npm pack` in the copy; the tarball's path. */
function pack(dir: string, destination: string): string {
  mkdirSync(destination, { recursive: true });
  const output = runOrThrow(`npm pack --json --pack-destination ${destination}`, dir);
  const [{ filename }] = JSON.parse(output.slice(output.indexOf('[\n'))) as { filename: string }[];
  return join(destination, filename);
}

/** What the next release changes, for the update a trust takes. */
interface NextRelease {
  release: string;
  next: string;
  /** A line added to one central guide: [slug, line]. */
  appendToGuide: [string, string];
  /** A site.yaml field renamed (src/config/renamed-fields.ts). */
  rename: { from: string; to: string; renamedIn: string };
}

/**
 * This checkout packed as `release` (tagged, as a maintainer does before publishing), then changed as
 * `changes` says and packed again as the next release: the two tarballs' paths.
 */
export function packReleases(
  upstream: string,
  destination: string,
  changes: NextRelease,
): { release: string; next: string } {
  copyOfCheckout(upstream);
  tagRelease(upstream, changes.release);
  const release = pack(upstream, destination);
  const [slug, line] = changes.appendToGuide;
  appendFileSync(join(upstream, 'content/guides', `${slug}.mdx`), `\n${line}\n`);
  const pkg = JSON.parse(readFileSync(join(upstream, 'package.json'), 'utf8')) as { version: string };
  writeFileSync(join(upstream, 'package.json'), JSON.stringify({ ...pkg, version: changes.next }, null, 2));
  const renames = join(upstream, 'src/config/renamed-fields.ts');
  const empty = 'RENAMED_FIELDS: RenamedField[] = [];';
  if (!readFileSync(renames, 'utf8').includes(empty)) throw new Error(`${renames}: expected "${empty}"`);
  writeFileSync(
    renames,
    readFileSync(renames, 'utf8').replace(
      empty,
      `RENAMED_FIELDS: RenamedField[] = [${JSON.stringify(changes.rename)}];`,
    ),
  );
  return { release, next: pack(upstream, destination) };
}

const integrity = (file: string) => `sha512-${createHash('sha512').update(readFileSync(file)).digest('base64')}`;

/**
 * The trust's package.json and package-lock.json for the tarball: the lock holds the package's shipped
 * npm-shrinkwrap.json (the packages upstream tested), so `npm ci` installs exactly those from npm's
 * cache. A trust's lock comes from npm install; npm only fetches what the lock does not already say.
 */
export function pinTarball(trust: string, tarball: string): void {
  const inside = JSON.parse(
    execFileSync('tar', ['-xzOf', tarball, 'package/npm-shrinkwrap.json'], { encoding: 'utf8' }),
  ) as {
    packages: Record<string, Record<string, unknown>>;
  };
  const manifest = JSON.parse(
    execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }),
  ) as Record<string, unknown>;
  const spec = `file:${relative(trust, tarball)}`;
  const own = inside.packages[''];
  const packages: Record<string, unknown> = {
    '': { dependencies: { [manifest.name as string]: spec } },
    [`node_modules/${manifest.name}`]: {
      version: manifest.version,
      resolved: spec,
      integrity: integrity(tarball),
      dependencies: own.dependencies,
      bin: own.bin,
      engines: own.engines,
    },
  };
  for (const [path, entry] of Object.entries(inside.packages)) {
    if (!path || entry.dev) continue;
    const { devOptional, ...rest } = entry;
    packages[path] = devOptional ? { ...rest, optional: true } : rest;
  }
  const pkg = { private: true, dependencies: { [manifest.name as string]: spec }, allowScripts: manifest.allowScripts };
  writeFileSync(join(trust, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  writeFileSync(
    join(trust, 'package-lock.json'),
    `${JSON.stringify({ lockfileVersion: 3, requires: true, packages }, null, 2)}\n`,
  );
}

/** Every file and folder under `dir` with its size and modification time, to tell whether anything wrote there. */
export function listing(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      const stat = statSync(full, { throwIfNoEntry: false });
      out.push(`${relative(dir, full)} ${stat?.size} ${stat?.mtimeMs}`);
      if (entry.isDirectory()) walk(full);
    }
  };
  walk(dir);
  return out.sort();
}

/** The trust's own files (not node_modules, not what the build writes), relative to its folder. */
export function trustFiles(dir: string): string[] {
  const built = new Set(['node_modules', 'dist', 'reports', 'hosting', '.cache']);
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (d === dir && built.has(entry.name)) continue;
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(relative(dir, full).replaceAll('\\', '/'));
    }
  };
  walk(dir);
  return out.sort();
}
