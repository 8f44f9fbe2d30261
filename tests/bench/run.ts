/**
 * `npm run bench`: builds the site with N generated guides (an overlay in a temporary folder, on top of
 * the real content), cold, several times, and reports build time by phase, peak memory, page weights,
 * the precache, a first search and Lighthouse scores against issue #10's targets and Starlight's figures.
 *
 *   npm run bench                              50 and 500 guides, 3 runs each, plus the real content once
 *   npm run bench -- --sizes 50,500,2000       2000 gets 1 run unless --runs says otherwise
 *   npm run bench -- --runs 1 --no-lighthouse  a quick look
 *   npm run bench -- --out reports/bench.json  where the JSON goes (the Markdown goes beside it)
 *   npm run bench -- --keep                    keep the temporary folder with the built sites
 *   npm run bench -- --offline-save dist       only the offline save, update and first search once saved
 *                                              (issue #28) on a site already built, no build
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCommand } from '../../src/config/build-command.ts';
import { ROOT } from '../helpers/build.ts';
import { writeOverlay } from './generate-guides.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { measureSite } from './measure.ts';
import { measureOfflineSave } from './offline-save.ts';
import { parsePhases } from './phases.ts';
import {
  checkTargets,
  markdown,
  median,
  offlineSaveChecks,
  offlineSaveSection,
  table,
  medianPhases,
  type BuildRun,
  type RealContentResult,
  type SizeResult,
} from './report.ts';
import { TIME, timedBuild } from './timed-build.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '50,500' },
    runs: { type: 'string' },
    out: { type: 'string', default: 'reports/bench.json' },
    'guide-sample': { type: 'string', default: '24' },
    'no-lighthouse': { type: 'boolean', default: false },
    'no-real': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'offline-save': { type: 'string' },
  },
});

if (values['offline-save']) {
  const browser = await launchBrowser();
  try {
    const save = await measureOfflineSave(browser, resolve(values['offline-save']));
    console.log(offlineSaveSection(values['offline-save'], save));
    console.log(
      table(
        ['target', 'ours', 'limit', 'result'],
        offlineSaveChecks(values['offline-save'], save).map((c) => [c.target, c.ours, c.limit, c.result]),
      ),
    );
  } finally {
    await browser.close();
  }
  process.exit(0);
}

const sizes = values.sizes.split(',').map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 1))
  throw new Error(`--sizes expects whole numbers of guides, like 50,500,2000; got ${values.sizes}`);
/** Several cold runs up to 500 guides (medians); one above, unless --runs says otherwise. */
const runsFor = (n: number) => (values.runs ? Number(values.runs) : n <= 500 ? 3 : 1);
const out = resolve(ROOT, values.out);
const started = performance.now();
const loadAtStart = loadavg();
const say = (line: string) => console.log(`[bench ${((performance.now() - started) / 60_000).toFixed(1)} min] ${line}`);
const notes: string[] = [];
if (!existsSync(TIME)) {
  notes.push(
    `${TIME} is missing, so peak memory is sampled from /proc every 100 ms (all the build's processes added up); install it with: sudo apt-get install -y time`,
  );
  say(notes.at(-1)!);
}
const pagesBuilt = (log: string) => Number(/(\d+) page\(s\) built in/.exec(log)?.[1] ?? NaN);
const work = mkdtempSync(join(tmpdir(), 'cyber-guide-bench-'));
say(`working in ${work}`);

async function buildOnce(overlay: string, folder: string) {
  const loadAverage = loadavg()[0];
  const build = await timedBuild({ overlay, outDir: join(folder, 'dist'), cacheDir: join(folder, 'cache') });
  const run: BuildRun = {
    seconds: build.seconds,
    cpuSeconds: build.cpuSeconds,
    loadAverage,
    peakRssMiB: build.peakRssMiB,
    pages: pagesBuilt(build.log),
    phases: parsePhases(build.log, build.seconds),
  };
  return { run, build };
}

try {
  let real: RealContentResult | undefined;
  let memoryFrom = existsSync(TIME) ? 'time -v' : '/proc sampling';
  if (!values['no-real']) {
    say('real content: building');
    const folder = join(work, 'real');
    const { run } = await buildOnce('', folder);
    say(
      `real content: ${run.pages} pages in ${run.seconds.toFixed(1)} s (CPU ${run.cpuSeconds?.toFixed(1) ?? '—'} s), ${Math.round(run.peakRssMiB)} MiB; weighing every guide`,
    );
    const measures = await measureSite(join(folder, 'dist'), {
      guideSample: Number.MAX_SAFE_INTEGER,
      lighthouse: false,
      offlineSave: true,
      say,
    });
    real = { pages: run.pages, seconds: run.seconds, cpuSeconds: run.cpuSeconds, peakRssMiB: run.peakRssMiB, measures };
    if (!values.keep) rmSync(folder, { recursive: true, force: true });
  }
  const results: SizeResult[] = [];
  for (const guides of sizes) {
    const overlay = join(work, `overlay-${guides}`);
    writeOverlay(overlay, guides, join(ROOT, 'content/guides'));
    const runs: BuildRun[] = [];
    const count = runsFor(guides);
    let lastDist = '';
    for (let i = 1; i <= count; i += 1) {
      const folder = join(work, `build-${guides}-${i}`);
      const { run, build } = await buildOnce(overlay, folder);
      memoryFrom = build.memoryFrom;
      runs.push(run);
      say(
        `${guides} guides, run ${i}/${count}: ${run.pages} pages in ${run.seconds.toFixed(1)} s (CPU ${run.cpuSeconds?.toFixed(1) ?? '—'} s, load ${run.loadAverage.toFixed(1)}), peak ${Math.round(run.peakRssMiB)} MiB`,
      );
      if (i < count && !values.keep) rmSync(folder, { recursive: true, force: true });
      lastDist = join(folder, 'dist');
    }
    const seconds = median(runs.map((r) => r.seconds));
    const pages = runs[0].pages;
    say(`${guides} guides: measuring pages, search and precache${values['no-lighthouse'] ? '' : ', then Lighthouse'}`);
    const measures = await measureSite(lastDist, {
      guideSample: Number(values['guide-sample']),
      lighthouse: !values['no-lighthouse'],
      say,
    });
    results.push({
      guides,
      pages,
      runs,
      median: {
        seconds,
        cpuSeconds: runs.every((r) => r.cpuSeconds !== undefined) ? median(runs.map((r) => r.cpuSeconds!)) : undefined,
        peakRssMiB: median(runs.map((r) => r.peakRssMiB)),
        perPageMs: (seconds * 1000) / pages,
        phases: medianPhases(runs),
      },
      measures,
    });
    if (!values.keep) rmSync(dirname(lastDist), { recursive: true, force: true });
  }
  notes.push(
    'Each size is the real content (37 guides, checklists, tips, practice, topics, the helper, posters) plus the generated guides, so every build has more pages than Starlight had for the same number of guides.',
    `Build: a cold \`npm run build\` (its command from package.json: ${buildCommand(ROOT)
      .slice(1)
      .join(' ')
      .replace(
        ROOT + '/',
        '',
      )}) with a fresh SITE_OUT_DIR and SITE_CACHE_DIR each run; wall time, CPU time (user + system, the build and its child processes) and peak RSS from ${memoryFrom}; medians over the runs. Peak RSS is the largest single process (Node). Builds take the tests' build lock, and waiting for it is not counted. On a shared machine wall time grows with the load average (shown per run); CPU time much less so.`,
    'Page weights: Debian Chromium through playwright-core, a fresh context per page (cold cache, service workers blocked), each response gzip-compressed at level 6 where that makes it smaller (tests/helpers/weigh.ts, the same code as the budget tests). "Before load" is what the page requested before its load event; "whole" adds what loads after it (the offline-copy script), not counting sw.js or the precache. Guides: the heaviest of those weighed.',
    'First search: the search page from a cold cache, then the query typed in one go (page.fill), waiting for the result count; every response after the load event counts.',
    'Lighthouse: the CLI with its default mobile settings (simulated slow 4G, 4× CPU slowdown), CHROME_PATH=/usr/bin/chromium, --headless=new --no-sandbox, through a local server that gzips like a CDN. A run under 100 is repeated twice and the median kept, since other work on this shared machine costs points (Total Blocking Time) the page does not cause.',
  );
  const checks = checkTargets(results, real);
  const context = {
    date: new Date().toISOString().slice(0, 16).replace('T', ' '),
    cpus: cpus().length,
    loadAverage: { start: loadAtStart, end: loadavg() },
    minutes: (performance.now() - started) / 60_000,
    memoryFrom,
    notes,
  };
  const report = markdown(results, real, checks, context);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ ...context, real, sizes: results, targets: checks }, null, 2)}\n`);
  const mdFile = out.replace(/\.json$/, '') + '.md';
  writeFileSync(mdFile, report);
  console.log(`\n${report}`);
  say(`wrote ${out} and ${mdFile}`);
  const failed = checks.filter((c) => c.result === 'FAIL');
  if (failed.length)
    say(
      `${failed.length} target${failed.length > 1 ? 's' : ''} missed: ${failed.map((c) => `${c.target} at ${c.size}`).join('; ')}`,
    );
} finally {
  if (values.keep) say(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
