import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { newBuildFolder, projectWith, ROOT } from './build.ts';
import { centralHash } from '../../src/content/replaces.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const ukDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The UK date `days` after `now`, as YYYY-MM-DD. */
export const ukDate = (now: number, days: number): string => ukDay.format(new Date(now + days * DAY_MS));

/** The urgent test alert's text as first published. */
export const URGENT_BODY =
  'Callers say they are from the IT service desk and ask for the code sent to your phone. Hang up.';

/** A fixture's alerts.yaml with {day±N} written as the UK date N days after `now`. */
const dated = (file: string, now: number): string =>
  readFileSync(resolve(ROOT, file), 'utf8').replace(/\{day([+-]\d+)\}/g, (_, days: string) =>
    ukDate(now, Number(days)),
  );

/**
 * tests/fixtures/overlays/alerts, written out with its dates relative to `now` (fixed dates go
 * stale), into a folder of the test run's own. Returns the overlay's folder.
 */
export function alertsOverlay(now = Date.now(), urgentBody = URGENT_BODY): string {
  const dir = join(newBuildFolder('alerts-overlay-'), 'overlay');
  const fixture = join(ROOT, 'tests/fixtures/overlays/alerts');
  cpSync(fixture, dir, { recursive: true });
  writeFileSync(
    join(dir, 'alerts.yaml'),
    dated(join(fixture, 'alerts.yaml'), now).replaceAll('{urgentBody}', urgentBody),
  );
  return dir;
}

/**
 * Central and trust alerts together: a copy of the project whose content/alerts.yaml is
 * tests/fixtures/central-alerts, and the trust overlay tests/fixtures/overlays/alerts-layers, both
 * dated from `now`. Returns what buildSite needs: the project's root and the overlay's folder.
 */
export function layeredAlerts(now = Date.now()): { root: string; overlay: string } {
  const root = projectWith({ 'content/alerts.yaml': dated('tests/fixtures/central-alerts/alerts.yaml', now) });
  const overlay = join(newBuildFolder('alerts-overlay-'), 'overlay');
  mkdirSync(overlay);
  writeFileSync(join(overlay, 'alerts.yaml'), dated('tests/fixtures/overlays/alerts-layers/alerts.yaml', now));
  return { root, overlay };
}

/**
 * A copy of an overlay whose alerts run from yesterday to a week from `now`, UK time, whatever dates its
 * alerts.yaml gives: the fixture stays a valid overlay for the tests that read it as it is, and its alerts
 * are current in a build. Its cy/alerts.yaml still translates the current English (translationOf names
 * the new file's hash). Returns the copy's folder.
 */
export function currentAlertsOverlay(fixture: string, now = Date.now()): string {
  const dir = join(newBuildFolder('alerts-overlay-'), 'overlay');
  cpSync(resolve(ROOT, fixture), dir, { recursive: true });
  const english = join(dir, 'alerts.yaml');
  const written = readFileSync(english, 'utf8');
  const current = written
    .replace(/^(\s+from: ).*$/gm, `$1"${ukDate(now, -1)}"`)
    .replace(/^(\s+until: ).*$/gm, `$1"${ukDate(now, 7)}"`);
  writeFileSync(english, current);
  const welsh = join(dir, 'cy', 'alerts.yaml');
  if (existsSync(welsh))
    writeFileSync(welsh, readFileSync(welsh, 'utf8').replace(`@${centralHash(written)}`, `@${centralHash(current)}`));
  return dir;
}
