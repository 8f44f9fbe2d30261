import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCommand } from '../../src/config/build-command.ts';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export interface BuildOptions {
  /** SITE_OVERLAY for this build. */
  overlay?: string;
  /** SITE_BASE_PATH for this build. */
  basePath?: string;
  /** Extra environment variables. */
  env?: Record<string, string>;
  /** Where the site goes; a new temporary folder by default. */
  outDir?: string;
  /** The project to build: a copy from projectWith(), or this repository by default. */
  root?: string;
}

export interface BuildResult {
  code: number;
  output: string;
  outDir: string;
}

const LOCK = join(tmpdir(), 'cyber-guide-build.lock');

/** The environment variable naming the folder a test run keeps its builds in (set by tests/global-setup.ts). */
export const BUILDS_FOLDER = 'CYBER_GUIDE_TEST_BUILDS';
const STALE_LOCK_MS = 3 * 60_000;

/** A new folder for one test's builds, inside the test run's folder (removed when the run ends). */
export const newBuildFolder = (prefix: string) => mkdtempSync(join(process.env[BUILDS_FOLDER] || tmpdir(), prefix));

/**
 * Astro writes its own .astro/ folder in the project, so builds take turns: from parallel test files
 * and from `npm run bench`. The lock is kept fresh while a long build runs, so nobody takes it for
 * stale halfway through; one left by a crashed process is taken over after a few minutes.
 */
export async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
      } catch {
        // The lock went away between the two calls: try again.
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  const heartbeat = setInterval(() => {
    const now = new Date();
    try {
      utimesSync(LOCK, now, now);
    } catch {
      // Gone: nothing to keep fresh.
    }
  }, 30_000);
  try {
    return await work();
  } finally {
    clearInterval(heartbeat);
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** What a build reads from the project, besides node_modules. */
const BUILD_INPUTS = ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'content'];

/**
 * A copy of this project's build inputs, in the test run's folder, with some of its files changed:
 * for a test that needs central content this repository does not ship (content/alerts.yaml is empty,
 * and a sample alert would read as real). node_modules is linked, not copied; the rest is a few MB.
 * `files` maps paths in the project, such as "content/alerts.yaml", to their new text.
 */
export function projectWith(files: Record<string, string>): string {
  const root = join(newBuildFolder('cyber-guide-project-'), 'project');
  for (const input of BUILD_INPUTS) cpSync(join(ROOT, input), join(root, input), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/**
 * Runs `npm run build`'s command in a child process, into its own folder,
 * with its own Astro cache so builds in parallel test files cannot trip over each other.
 */
export function buildSite(options: BuildOptions = {}): Promise<BuildResult> {
  const work = newBuildFolder('cyber-guide-build-');
  const outDir = options.outDir ?? join(work, 'dist');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SITE_OUT_DIR: outDir,
    SITE_CACHE_DIR: join(work, 'cache'),
    SITE_OVERLAY: options.overlay ?? '',
    SITE_BASE_PATH: options.basePath ?? '',
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    ...options.env,
  };
  return withBuildLock(
    () =>
      new Promise<BuildResult>((done, fail) => {
        const root = options.root ?? ROOT;
        const [node, ...args] = buildCommand(root);
        const child = spawn(node, args, { cwd: root, env });
        let output = '';
        child.stdout.on('data', (chunk) => (output += chunk));
        child.stderr.on('data', (chunk) => (output += chunk));
        child.on('error', fail);
        child.on('close', (code) => done({ code: code ?? 1, output, outDir }));
      }),
  );
}

/** Where buildOrThrow keeps a site's build log: beside the site, so tests can read what editors would see. */
export const buildLogOf = (siteDir: string) => join(siteDir, '..', 'build.log');

/** Builds and fails loudly, with Astro's output, when the build does not succeed. */
export async function buildOrThrow(options: BuildOptions = {}): Promise<string> {
  const result = await buildSite(options);
  if (result.code !== 0) throw new Error(`astro build failed (exit ${result.code}):\n${result.output.slice(-4000)}`);
  if (!options.outDir) writeFileSync(buildLogOf(result.outDir), result.output);
  return result.outDir;
}
