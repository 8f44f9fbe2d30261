// Turns bench results into the targets of issue #10 (ours, Starlight's, the ratio, PASS/FAIL) and a
// Markdown report.
import type { Phases } from './phases.ts';
import type { PageType, SiteMeasures } from './measure.ts';
import { PAGE_TYPES } from './measure.ts';
import type { OfflineSave } from './offline-save.ts';
import { STARLIGHT, TARGETS } from './targets.ts';

export interface BuildRun {
  seconds: number;
  /** User + system CPU seconds, when /usr/bin/time is there. */
  cpuSeconds?: number;
  /** The machine's 1-minute load average as the build started: how much else was running. */
  loadAverage: number;
  peakRssMiB: number;
  pages: number;
  phases: Phases;
}

export interface SizeResult {
  /** Generated guides (on top of the real content). */
  guides: number;
  /** HTML pages the build made. */
  pages: number;
  runs: BuildRun[];
  median: { seconds: number; cpuSeconds?: number; peakRssMiB: number; perPageMs: number; phases: Phases };
  measures: SiteMeasures;
}

export interface RealContentResult {
  pages: number;
  seconds: number;
  cpuSeconds?: number;
  peakRssMiB: number;
  measures: SiteMeasures;
}

export interface TargetCheck {
  target: string;
  /** "real content" or the number of generated guides. */
  size: string;
  ours: number;
  starlight?: number;
  /** ours ÷ Starlight's, where Starlight has a figure. */
  ratio?: number;
  limit: string;
  result: 'PASS' | 'FAIL' | 'info';
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const round = (value: number, places = 2) => Math.round(value * 10 ** places) / 10 ** places;

/** Median of every phase over the runs. */
export function medianPhases(runs: BuildRun[]): Phases {
  const keys = [...new Set(runs.flatMap((r) => Object.keys(r.phases)))];
  return Object.fromEntries(keys.map((k) => [k, round(median(runs.map((r) => r.phases[k] ?? 0)))]));
}

/** Issue #17's search times: the first search (engine start included) and the warm median, CPU slowed 4×. */
function searchTimeChecks(size: string, measures: SiteMeasures): TargetCheck[] {
  const { firstMs, warmMedianMs } = measures.searchTiming;
  return [
    {
      target: 'first search, Enter to results, CPU 4× (ms)',
      size,
      ours: firstMs,
      limit: `≤ ${TARGETS.searchFirstMs}`,
      result: firstMs <= TARGETS.searchFirstMs ? 'PASS' : 'FAIL',
    },
    {
      target: 'warm search, Enter to results, CPU 4×, median (ms)',
      size,
      ours: warmMedianMs,
      limit: `≤ ${TARGETS.searchWarmMs}`,
      result: warmMedianMs <= TARGETS.searchWarmMs ? 'PASS' : 'FAIL',
    },
  ];
}

/** Issue #28's targets: the offline copy saved down a weak signal, and the first search once saved. */
export function offlineSaveChecks(size: string, save: OfflineSave): TargetCheck[] {
  const check = (target: string, ours: number, limit: number): TargetCheck => ({
    target,
    size,
    ours,
    limit: `≤ ${limit}`,
    result: ours <= limit ? 'PASS' : 'FAIL',
  });
  return [
    check('first visit to everything saved, weak signal (ms)', save.everythingMs, TARGETS.offlineSavedMs),
    check('first visit to the urgent core saved, weak signal (ms)', save.coreMs, TARGETS.offlineCoreMs),
    check('first search once saved, CPU 4× (ms)', save.searchAfterSaved.firstMs, TARGETS.searchFirstSavedMs),
    check('warm search once saved, CPU 4×, median (ms)', save.searchAfterSaved.warmMedianMs, TARGETS.searchWarmSavedMs),
  ];
}

/** The offline save in Markdown: a table of the figures, and what the update downloaded. */
export function offlineSaveSection(label: string, save: OfflineSave): string {
  return [
    table(
      [
        'size',
        'files',
        'everything saved (ms)',
        'urgent core saved (ms)',
        'footer "Available offline" (ms)',
        'first visit on the wire',
        'fetched twice',
        'update, one guide changed',
        'first search once saved (ms)',
        'warm median (ms)',
      ],
      [
        [
          label,
          `${save.precacheFiles} (core ${save.coreFiles})`,
          save.everythingMs,
          save.coreMs,
          save.readyMs,
          `${save.files} files, ${save.kib} KiB`,
          save.fetchedTwice,
          `${save.update.files} files, ${save.update.kib} KiB, ${save.update.ms} ms`,
          save.searchAfterSaved.firstMs,
          save.searchAfterSaved.warmMedianMs,
        ],
      ],
    ),
    '',
    `Update downloads: ${save.update.paths.join(', ')}`,
    '',
  ].join('\n');
}

/** Every target of issue #10 that a size can be checked against. */
export function checkTargets(sizes: SizeResult[], real?: RealContentResult): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const verdict = (ok: boolean): 'PASS' | 'FAIL' => (ok ? 'PASS' : 'FAIL');
  const ratioOf = (ours: number, theirs?: number) => (theirs ? round(ours / theirs) : undefined);
  if (real) {
    const kib = real.measures.precache.kib;
    checks.push({
      target: 'offline precache, real content',
      size: 'real content',
      ours: kib,
      limit: `≤ ${TARGETS.precacheKiB} KiB`,
      result: verdict(kib <= TARGETS.precacheKiB),
    });
    const search = real.measures.firstSearch.kib;
    const budget = TARGETS.firstSearchShare * STARLIGHT[50].firstSearchKiB;
    checks.push({
      target: 'first search (KiB), real content vs Starlight at 50',
      size: 'real content',
      ours: search,
      starlight: STARLIGHT[50].firstSearchKiB,
      ratio: ratioOf(search, STARLIGHT[50].firstSearchKiB),
      limit: `≤ ${TARGETS.firstSearchShare}× (${round(budget, 1)} KiB)`,
      result: verdict(search <= budget),
    });
    checks.push(...searchTimeChecks('real content', real.measures));
    if (real.measures.offlineSave) checks.push(...offlineSaveChecks('real content', real.measures.offlineSave));
    const guide = real.measures.pages.guide;
    checks.push({
      target: 'guide page before load (KiB), every real guide',
      size: 'real content',
      ours: guide.beforeLoadKiB,
      limit: `≤ ${TARGETS.guideBeforeLoadKiB} KiB`,
      result: verdict(guide.beforeLoadKiB <= TARGETS.guideBeforeLoadKiB),
    });
  }
  for (const size of sizes) {
    const theirs = STARLIGHT[size.guides];
    const label = String(size.guides);
    const { pages, firstSearch, lighthouse } = size.measures;
    checks.push(...searchTimeChecks(label, size.measures));
    checks.push({
      target: 'guide page before load (KiB)',
      size: label,
      ours: pages.guide.beforeLoadKiB,
      starlight: theirs?.guideBeforeLoadKiB,
      ratio: ratioOf(pages.guide.beforeLoadKiB, theirs?.guideBeforeLoadKiB),
      limit: `≤ ${TARGETS.guideBeforeLoadKiB} KiB`,
      result: verdict(pages.guide.beforeLoadKiB <= TARGETS.guideBeforeLoadKiB),
    });
    checks.push({
      target: 'JS on a guide page (KiB)',
      size: label,
      ours: pages.guide.jsKiB,
      starlight: theirs?.jsKiB,
      ratio: ratioOf(pages.guide.jsKiB, theirs?.jsKiB),
      limit: `≤ ${TARGETS.guideJsKiB} KiB`,
      result: verdict(pages.guide.jsKiB <= TARGETS.guideJsKiB),
    });
    if (theirs) {
      const budget = TARGETS.firstSearchShare * theirs.firstSearchKiB;
      checks.push({
        target: 'first search (KiB)',
        size: label,
        ours: firstSearch.kib,
        starlight: theirs.firstSearchKiB,
        ratio: ratioOf(firstSearch.kib, theirs.firstSearchKiB),
        limit: `≤ ${TARGETS.firstSearchShare}× (${round(budget, 1)} KiB)`,
        result: verdict(firstSearch.kib <= budget),
      });
      const timeShare = TARGETS.buildTimeShare[size.guides];
      const timeLimit = (timeShare ?? 0) * theirs.buildSeconds;
      checks.push({
        target: 'build time (s)',
        size: label,
        ours: round(size.median.seconds, 1),
        starlight: theirs.buildSeconds,
        ratio: ratioOf(size.median.seconds, theirs.buildSeconds),
        limit: timeShare ? `≤ ${timeShare}× (${round(timeLimit, 1)} s)` : `not a target at ${label}`,
        result: timeShare ? verdict(size.median.seconds <= timeLimit) : 'info',
      });
      const memoryLimit = TARGETS.peakMemoryShare * theirs.peakRssMiB;
      checks.push({
        target: 'peak memory (MiB)',
        size: label,
        ours: Math.round(size.median.peakRssMiB),
        starlight: theirs.peakRssMiB,
        ratio: ratioOf(size.median.peakRssMiB, theirs.peakRssMiB),
        limit: `≤ ${TARGETS.peakMemoryShare}× (${Math.round(memoryLimit)} MiB)`,
        result: verdict(size.median.peakRssMiB <= memoryLimit),
      });
    }
    if (lighthouse) {
      for (const type of PAGE_TYPES) {
        const lowest = Math.min(...Object.values(lighthouse[type].scores));
        checks.push({
          target: `Lighthouse, lowest of 4 categories: ${type}`,
          size: label,
          ours: lowest,
          starlight: type === 'guide' ? theirs?.lighthousePerformance : undefined,
          limit: `= ${TARGETS.lighthouseScore}`,
          result: verdict(lowest >= TARGETS.lighthouseScore),
        });
      }
    }
  }
  const at500 = sizes.find((s) => s.guides === 500);
  const at2000 = sizes.find((s) => s.guides === 2000);
  if (at500 && at2000) {
    const growth = at2000.median.perPageMs / at500.median.perPageMs;
    checks.push({
      target: 'per-page build time, 2000 ÷ 500',
      size: '2000',
      ours: round(growth),
      starlight: 1.27,
      ratio: round(growth / 1.27),
      limit: `≤ ${TARGETS.perPageGrowth}`,
      result: verdict(growth <= TARGETS.perPageGrowth),
    });
  }
  return checks;
}

const cell = (value: number | string | undefined) => (value === undefined ? '—' : String(value));

export function table(head: string[], rows: (string | number | undefined)[][]): string {
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map((h, i) => (i === 0 ? '---' : '---:')).join('|')}|`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n');
}

export interface BenchContext {
  date: string;
  cpus: number;
  loadAverage: { start: number[]; end: number[] };
  minutes: number;
  memoryFrom: string;
  notes: string[];
}

/** The Markdown report: summary like the issue's table, targets, phases, page weights, Lighthouse. */
export function markdown(
  sizes: SizeResult[],
  real: RealContentResult | undefined,
  checks: TargetCheck[],
  context: BenchContext,
): string {
  const out: string[] = [];
  out.push(`# Bench: Cyber Pocket Guide (${context.date})`, '');
  out.push(
    `${context.cpus} CPUs; load average ${context.loadAverage.start.map((l) => l.toFixed(1)).join(' / ')} at the start and ${context.loadAverage.end.map((l) => l.toFixed(1)).join(' / ')} at the end (1/5/15 min); ${context.minutes.toFixed(1)} minutes in all. Peak memory from ${context.memoryFrom}.`,
    '',
  );
  out.push('## Summary', '');
  out.push(
    table(
      [
        'guides',
        'pages built',
        'build (s)',
        'CPU (s)',
        'peak RSS (MiB)',
        'per page (ms)',
        'guide before load (KiB)',
        'whole first load (KiB)',
        'JS (KiB)',
        'first search (KiB)',
        'precache (KiB)',
        'Lighthouse perf (home/guide/checklist/search)',
      ],
      [
        ...(real
          ? [
              [
                'real content',
                real.pages,
                round(real.seconds, 1),
                real.cpuSeconds === undefined ? undefined : round(real.cpuSeconds, 1),
                Math.round(real.peakRssMiB),
                round((real.seconds * 1000) / real.pages, 1),
                real.measures.pages.guide.beforeLoadKiB,
                real.measures.pages.guide.wholeKiB,
                real.measures.pages.guide.jsKiB,
                real.measures.firstSearch.kib,
                real.measures.precache.kib,
                '—',
              ],
            ]
          : []),
        ...sizes.map((s) => [
          s.guides,
          s.pages,
          round(s.median.seconds, 1),
          s.median.cpuSeconds === undefined ? undefined : round(s.median.cpuSeconds, 1),
          Math.round(s.median.peakRssMiB),
          round(s.median.perPageMs, 1),
          s.measures.pages.guide.beforeLoadKiB,
          s.measures.pages.guide.wholeKiB,
          s.measures.pages.guide.jsKiB,
          s.measures.firstSearch.kib,
          s.measures.precache.kib,
          s.measures.lighthouse ? PAGE_TYPES.map((t) => s.measures.lighthouse![t].scores.performance).join('/') : '—',
        ]),
      ],
    ),
    '',
  );
  out.push('## Targets (issues #10, #17, #18)', '');
  out.push(
    table(
      ['target', 'size', 'ours', 'Starlight', 'ratio', 'limit', 'result'],
      checks.map((c) => [c.target, c.size, c.ours, c.starlight, c.ratio, c.limit, c.result]),
    ),
    '',
  );
  out.push('## Build time by phase (median seconds)', '');
  const phaseNames = [...new Set(sizes.flatMap((s) => Object.keys(s.median.phases)))];
  out.push(
    table(
      ['phase', ...sizes.map((s) => `${s.guides} guides`)],
      phaseNames.map((p) => [p, ...sizes.map((s) => s.median.phases[p])]),
    ),
    '',
  );
  out.push(
    `Runs (wall / CPU / peak RSS / load average as it started): ${sizes.map((s) => `${s.guides} guides: ${s.runs.map((r) => `${round(r.seconds, 1)} s / ${r.cpuSeconds === undefined ? '—' : round(r.cpuSeconds, 1)} s / ${Math.round(r.peakRssMiB)} MiB / ${r.loadAverage.toFixed(1)}`).join(', ')}`).join('; ')}.`,
    '',
  );
  out.push('## Page weights by type (KiB on the wire, gzip)', '');
  const weightRows = (label: string, m: SiteMeasures) =>
    PAGE_TYPES.map((t: PageType) => [
      label,
      t,
      m.pages[t].path,
      m.pages[t].weighed,
      m.pages[t].beforeLoadKiB,
      m.pages[t].wholeKiB,
      m.pages[t].jsKiB,
    ]);
  out.push(
    table(
      ['size', 'page type', 'heaviest page weighed', 'pages weighed', 'before load', 'whole first load', 'JS'],
      [
        ...(real ? weightRows('real content', real.measures) : []),
        ...sizes.flatMap((s) => weightRows(String(s.guides), s.measures)),
      ],
    ),
    '',
  );
  out.push('## First search', '');
  for (const [label, m] of [
    ...(real ? [['real content', real.measures] as const] : []),
    ...sizes.map((s) => [String(s.guides), s.measures] as const),
  ]) {
    out.push(
      `- ${label}: "${m.firstSearch.query}" → ${m.firstSearch.status}; ${m.firstSearch.kib} KiB in ${m.firstSearch.files} files: ${Object.entries(
        m.firstSearch.byFile,
      )
        .map(([f, k]) => `${f.replace(/^\/pagefind\//, '')} ${k}`)
        .join(', ')}`,
    );
    for (const other of m.otherSearches) out.push(`  - "${other.query}" → ${other.status}; ${other.kib} KiB`);
    out.push(
      `  - Enter to results, CPU 4× slower: first ${m.searchTiming.firstMs} ms; warm median ${m.searchTiming.warmMedianMs} ms, max ${m.searchTiming.warmMaxMs} ms over ${m.searchTiming.searches} searches`,
    );
  }
  out.push('');
  if (real?.measures.offlineSave) {
    out.push('## Saving the offline copy down a weak signal (issue #28)', '');
    out.push(offlineSaveSection('real content', real.measures.offlineSave));
  }
  if (sizes.some((s) => s.measures.lighthouse)) {
    out.push('## Lighthouse 12.2.3, mobile (performance / accessibility / best practices / SEO)', '');
    out.push(
      table(
        ['guides', ...PAGE_TYPES],
        sizes
          .filter((s) => s.measures.lighthouse)
          .map((s) => [
            s.guides,
            ...PAGE_TYPES.map(
              (t) =>
                `${Object.values(s.measures.lighthouse![t].scores).join(' / ')}${s.measures.lighthouse![t].runs > 1 ? ` (median of ${s.measures.lighthouse![t].runs})` : ''}`,
            ),
          ]),
      ),
      '',
    );
    const lost = sizes.flatMap((s) =>
      s.measures.lighthouse
        ? PAGE_TYPES.flatMap((t) => s.measures.lighthouse![t].lost.map((l) => `${s.guides} ${t}: ${l}`))
        : [],
    );
    if (lost.length) out.push('Points lost:', '', ...lost.map((l) => `- ${l}`), '');
  }
  if (context.notes.length) out.push('## Notes', '', ...context.notes.map((n) => `- ${n}`), '');
  return out.join('\n');
}
