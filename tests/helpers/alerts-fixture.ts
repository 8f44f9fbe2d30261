import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { newBuildFolder, ROOT } from './build.ts';

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

/**
 * tests/fixtures/overlays/alerts, written out with its dates relative to `now` (fixed dates go
 * stale), into a folder of the test run's own. Returns the overlay's folder.
 */
export function alertsOverlay(now = Date.now(), urgentBody = URGENT_BODY): string {
  const dir = join(newBuildFolder('alerts-overlay-'), 'overlay');
  const fixture = join(ROOT, 'tests/fixtures/overlays/alerts');
  cpSync(fixture, dir, { recursive: true });
  const text = readFileSync(join(fixture, 'alerts.yaml'), 'utf8')
    .replace(/\{day([+-]\d+)\}/g, (_, days: string) => ukDate(now, Number(days)))
    .replaceAll('{urgentBody}', urgentBody);
  writeFileSync(join(dir, 'alerts.yaml'), text);
  return dir;
}
