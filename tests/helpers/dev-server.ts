import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { newBuildFolder, ROOT, withBuildLock } from './build';

export interface DevServer {
  /** The overlay folder the server reads (SITE_OVERLAY): write files in it to edit the content. */
  overlay: string;
  url: string;
  /** The body of a page, read from the running server. */
  get(path: string): Promise<string>;
  /** Writes (or replaces) a file in the overlay, as an editor saving it would. */
  write(file: string, text: string): void;
  /** Everything `astro dev` has printed so far. */
  output(): string;
  stop(): Promise<void>;
}

/** What Vitest puts in its workers' environment, from Vite's import.meta.env and its own. */
const VITEST_ENV = [
  'BASE_URL',
  'MODE',
  'DEV',
  'PROD',
  'SSR',
  'NODE_ENV',
  'VITEST',
  'VITEST_MODE',
  'VITEST_POOL_ID',
  'VITEST_WORKER_ID',
];
const READY = /watching for file changes/;
const START_TIMEOUT_MS = 90_000;

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => done(port));
    });
  });
}

/**
 * Saves a file whole, as most editors do (a new file renamed over the old): written in place, the
 * watcher can fire between emptying the file and filling it, and a loader reads it half written.
 */
function writeInto(folder: string, file: string, text: string): void {
  const path = join(folder, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(`${path}.saving`, text);
  renameSync(`${path}.saving`, path);
}

function waitUntilReady(child: ChildProcess, output: () => string): Promise<void> {
  return new Promise((done, fail) => {
    const timer = setTimeout(
      () => fail(new Error(`astro dev did not start:\n${output().slice(-3000)}`)),
      START_TIMEOUT_MS,
    );
    const check = () => {
      if (!READY.test(output())) return;
      clearTimeout(timer);
      done();
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`astro dev stopped (exit ${code}):\n${output().slice(-3000)}`));
    });
  });
}

/**
 * Starts `npm run dev` (astro dev) on a free port with a new overlay holding `files`, as a trust
 * previews its edits. The overlay sits in the project's own tmp/ (git ignores it): the content
 * loaders glob from the folder holding both layers, so an overlay in the system's temporary folder
 * would have the watcher read all of it. The server holds the build lock while it runs, since it
 * writes the project's .astro/ folder as a build does.
 */
export async function startDevServer(files: Record<string, string>): Promise<DevServer> {
  mkdirSync(join(ROOT, 'tmp'), { recursive: true });
  const overlay = mkdtempSync(join(ROOT, 'tmp', 'dev-overlay-'));
  for (const [file, text] of Object.entries(files)) writeInto(overlay, file, text);
  const port = await freePort();
  let release = () => {};
  const released = new Promise<void>((done) => (release = done));
  let child: ChildProcess | undefined;
  let output = '';
  const started = new Promise<void>((ready, fail) => {
    withBuildLock(async () => {
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        SITE_OVERLAY: overlay,
        SITE_BASE_PATH: '',
        SITE_CACHE_DIR: join(newBuildFolder('cyber-guide-dev-'), 'cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
      };
      // Vitest sets these in its workers for its own Vite; `astro dev` given them serves no pages.
      for (const name of VITEST_ENV) delete env[name];
      const astro = join(ROOT, 'node_modules/astro/bin/astro.mjs');
      child = spawn(process.execPath, [astro, 'dev', '--port', String(port), '--host', '127.0.0.1'], {
        cwd: ROOT,
        env,
      });
      child.stdout?.on('data', (chunk) => (output += chunk));
      child.stderr?.on('data', (chunk) => (output += chunk));
      await waitUntilReady(child, () => output).then(ready, fail);
      await released;
    }).catch(fail);
  });
  const stop = async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((done) => child!.once('exit', done));
      child.kill();
      await exited;
    }
    release();
    rmSync(overlay, { recursive: true, force: true });
  };
  try {
    await started;
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    overlay,
    url: `http://127.0.0.1:${port}`,
    get: async (path) => (await fetch(`http://127.0.0.1:${port}${path}`)).text(),
    write: (file, text) => writeInto(overlay, file, text),
    output: () => output,
    stop,
  };
}
