// Time by phase, read from the build log: Astro's own phase timings and our post-build steps' lines
// ("search index done in 704 ms", written by src/build-steps/index.ts).

/** A duration as Astro and our steps write it: "4.96s", "43ms", "704 ms" or, past a minute, "1m 39s". */
const DURATION = String.raw`((?:\d+m\s*)?[\d.]+\s*(?:ms|s))\b`;

/** Seconds, from a DURATION. */
function seconds(duration: string): number {
  const [, minutes, value, unit] = /^(?:(\d+)m\s*)?([\d.]+)\s*(ms|s)$/.exec(duration.trim())!;
  return Number(minutes ?? 0) * 60 + (unit === 's' ? Number(value) : Number(value) / 1000);
}

/** Phases in the order they run, seconds each. Missing phases are left out. */
export type Phases = Record<string, number>;

// Astro's log: "[types] Generated 3.37s", "[build] ✓ Completed in 4.96s." after "Collecting build info...",
// "[build] ✓ Completed in 15.69s." after "Building static entrypoints...", "✓ Completed in 1.13s." after
// "generating static routes", and "[build] 93 page(s) built in 21.82s".
const COMPLETED = new RegExp(`✓ Completed in ${DURATION}`);

/**
 * Reads the build log into phases: content sync and types, the rest of the set-up (config, content
 * checks), bundling (Vite: MDX, components, CSS, JS), rendering the pages, each post-build step, and
 * what is left (Node and config start-up before Astro's clock, the content report, writing files).
 */
export function parsePhases(log: string, wallSeconds: number): Phases {
  const phases: Phases = {};
  const lines = log.split('\n');
  // Astro's timers nest: "Building static entrypoints" ends after "generating static routes" has.
  const open: string[] = [];
  let astroTotal: number | undefined;
  for (const line of lines) {
    const types = new RegExp(`\\[types\\] Generated ${DURATION}`).exec(line);
    if (types) phases['content sync and types'] = seconds(types[1]);
    if (line.includes('Collecting build info')) open.push('setup');
    else if (line.includes('Building static entrypoints')) open.push('bundle and render');
    else if (line.includes('generating static routes')) open.push('render');
    const completed = COMPLETED.exec(line);
    const timer = completed && open.pop();
    if (completed && timer) phases[timer] = seconds(completed[1]);
    const step = new RegExp(`\\[cyber-pocket-guide\\] (.+?) done in ${DURATION}`).exec(line);
    if (step) phases[step[1]] = seconds(step[2]);
    const built = new RegExp(`page\\(s\\) built in ${DURATION}`).exec(line);
    if (built) astroTotal = seconds(built[1]);
  }
  if (phases['bundle and render'] !== undefined)
    phases.bundle = Math.max(0, phases['bundle and render'] - (phases.render ?? 0));
  // Astro's "Collecting build info" clock includes the content sync and types: show the rest on its own.
  if (phases.setup !== undefined && phases['content sync and types'] !== undefined) {
    phases['config and content checks'] = Math.max(0, phases.setup - phases['content sync and types']);
  }
  const ordered: Phases = {};
  for (const key of ['content sync and types', 'config and content checks', 'bundle', 'render'])
    if (phases[key] !== undefined) ordered[key] = phases[key];
  for (const [key, value] of Object.entries(phases))
    if (!(key in ordered) && key !== 'setup' && key !== 'bundle and render') ordered[key] = value;
  const accounted = Object.values(ordered).reduce((sum, v) => sum + v, 0);
  ordered['other (start-up, content report, writing)'] = Math.max(0, wallSeconds - accounted);
  if (astroTotal === undefined) throw new Error('the build log has no "page(s) built in" line: did the build finish?');
  return ordered;
}
