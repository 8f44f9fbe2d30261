// One cold `npm run build` (its command, from package.json), timed by /usr/bin/time -v for its wall time and
// peak memory, with the build log kept for the time spent in each phase.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildCommand } from '../../src/config/build-command.ts';
import { ROOT, withBuildLock } from '../helpers/build.ts';

export const TIME = '/usr/bin/time';

export interface TimedBuild {
  /** Wall time of the whole build process, seconds. */
  seconds: number;
  /**
   * CPU time of the build and its child processes (user + system), seconds: less swayed than wall time by
   * other work on a shared machine. Not known when time is missing.
   */
  cpuSeconds?: number;
  /** Peak resident memory, MiB: the largest process of the build (time -v's "Maximum resident set size"). */
  peakRssMiB: number;
  /** How peak memory was measured. */
  memoryFrom: 'time -v' | '/proc sampling';
  /** The build's log (stdout and stderr). */
  log: string;
}

/** Resident memory of a process and all its children, from /proc: the fallback when time is missing. */
function treeRssKiB(pid: number): number {
  let total = 0;
  const visit = (p: number) => {
    try {
      total += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
      for (const child of readFileSync(`/proc/${p}/task/${p}/children`, 'utf8').trim().split(/\s+/).filter(Boolean))
        visit(Number(child));
    } catch {
      // The process ended while we looked.
    }
  };
  visit(pid);
  return total;
}

/** Reads "Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02.34" as seconds. */
function wallSeconds(text: string): number {
  const clock = /Elapsed \(wall clock\) time \([^)]*\):\s*([\d:.]+)/.exec(text)?.[1];
  if (!clock) throw new Error(`no wall time in:\n${text}`);
  return clock.split(':').reduce((sum, part) => sum * 60 + Number(part), 0);
}

export interface BuildPlaces {
  overlay: string;
  outDir: string;
  cacheDir: string;
}

/**
 * Builds the site with the overlay into fresh folders (a cold build: no Astro or Vite cache). Fails
 * with the end of the log when the build fails.
 */
export function timedBuild({ overlay, outDir, cacheDir }: BuildPlaces): Promise<TimedBuild> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SITE_OVERLAY: overlay,
    SITE_OUT_DIR: outDir,
    SITE_CACHE_DIR: cacheDir,
    SITE_BASE_PATH: '',
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
  };
  delete env.BASE_URL;
  const astro = buildCommand(ROOT);
  const useTime = existsSync(TIME);
  const timeFile = `${cacheDir}.time.txt`;
  mkdirSync(dirname(timeFile), { recursive: true });
  const [command, ...args] = useTime ? [TIME, '-v', '-o', timeFile, ...astro] : astro;
  return withBuildLock(
    () =>
      new Promise<TimedBuild>((done, fail) => {
        const started = performance.now();
        const child = spawn(command, args, { cwd: ROOT, env });
        let log = '';
        let peakKiB = 0;
        const sampler = useTime
          ? undefined
          : setInterval(() => (peakKiB = Math.max(peakKiB, treeRssKiB(child.pid!))), 100);
        child.stdout.on('data', (chunk) => (log += chunk));
        child.stderr.on('data', (chunk) => (log += chunk));
        child.on('error', fail);
        child.on('close', (code) => {
          clearInterval(sampler);
          if (code !== 0) {
            fail(new Error(`astro build failed (exit ${code}):\n${log.slice(-4000)}`));
            return;
          }
          if (!useTime) {
            done({
              seconds: (performance.now() - started) / 1000,
              peakRssMiB: peakKiB / 1024,
              memoryFrom: '/proc sampling',
              log,
            });
            return;
          }
          try {
            const timed = readFileSync(timeFile, 'utf8');
            rmSync(timeFile, { force: true });
            const rssKiB = Number(/Maximum resident set size \(kbytes\):\s*(\d+)/.exec(timed)?.[1] ?? NaN);
            const cpu = ['User', 'System'].reduce(
              (sum, kind) =>
                sum + Number(new RegExp(`${kind} time \\(seconds\\):\\s*([\\d.]+)`).exec(timed)?.[1] ?? NaN),
              0,
            );
            done({
              seconds: wallSeconds(timed),
              cpuSeconds: cpu,
              peakRssMiB: rssKiB / 1024,
              memoryFrom: 'time -v',
              log,
            });
          } catch (error) {
            fail(error);
          }
        });
      }),
  );
}
