import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alertSchema } from '../../src/schemas/alert';
import { currentAlerts, loadAlerts, recentlyEnded } from '../../src/features/alerts/load';
import { ukMoment } from '../../src/schemas/uk-time';

const valid = {
  id: 'fake-payslip-email',
  title: 'Fake payslip emails',
  body: 'Do not click the link: report it.',
  from: '2026-12-05',
  until: '2026-12-12',
  level: 'warning',
};

describe('an alert’s dates, read as UK time', () => {
  it('reads a winter date-time as GMT and a summer one as BST', () => {
    expect(new Date(ukMoment('2026-12-05T09:00')).toISOString()).toBe('2026-12-05T09:00:00.000Z');
    expect(new Date(ukMoment('2026-07-01T09:00')).toISOString()).toBe('2026-07-01T08:00:00.000Z');
  });

  it('starts a whole day at UK midnight, and an until day ends at the next UK midnight', () => {
    expect(new Date(ukMoment('2026-06-10')).toISOString()).toBe('2026-06-09T23:00:00.000Z');
    expect(new Date(ukMoment('2026-06-10', true)).toISOString()).toBe('2026-06-10T23:00:00.000Z');
    expect(new Date(ukMoment('2026-12-12', true)).toISOString()).toBe('2026-12-13T00:00:00.000Z');
  });

  it('gets the days the clocks change right (29 March and 25 October 2026)', () => {
    expect(new Date(ukMoment('2026-03-29T03:00')).toISOString()).toBe('2026-03-29T02:00:00.000Z');
    expect(new Date(ukMoment('2026-10-25T00:30')).toISOString()).toBe('2026-10-24T23:30:00.000Z');
    expect(new Date(ukMoment('2026-10-25T03:00')).toISOString()).toBe('2026-10-25T03:00:00.000Z');
  });
});

describe('the alert schema', () => {
  it('accepts a date, a date-time, and a YAML timestamp turned back into its date', () => {
    expect(alertSchema.parse(valid).from).toBe('2026-12-05');
    expect(alertSchema.parse({ ...valid, from: '2026-12-05T09:00' }).from).toBe('2026-12-05T09:00');
    expect(alertSchema.parse({ ...valid, from: new Date('2026-12-05T00:00:00Z') }).from).toBe('2026-12-05');
  });

  it('refuses a date that is not one, an unknown level and an unknown field, saying what it expects', () => {
    const issues = (data: object) =>
      alertSchema.safeParse(data).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues({ ...valid, until: '12/12/2026' })).toEqual([
      'until: expected until as a real date like 2026-12-12, or a date and time like 2026-12-12T09:00 (UK time), but found "12/12/2026"',
    ]);
    expect(issues({ ...valid, level: 'red' })).toEqual(['level: expected level: warning or urgent']);
    expect(issues({ ...valid, colour: 'red' })?.[0]).toMatch(/colour/);
  });
});

describe('which alerts show', () => {
  const day = 24 * 60 * 60 * 1000;
  const now = ukMoment('2026-12-06T12:00');
  const a = { id: 'a', fromMs: now - 2 * day, untilMs: now + day };
  const b = { id: 'b', fromMs: now - day, untilMs: now + 5 * day };
  const later = { id: 'later', fromMs: now + day, untilMs: now + 2 * day };
  const ended = { id: 'ended', fromMs: now - 9 * day, untilMs: now - 2 * day };
  const long = { id: 'long-ago', fromMs: now - 120 * day, untilMs: now - 100 * day };

  it('shows current alerts newest first, and neither those not started nor those ended', () => {
    expect(currentAlerts([a, later, b, ended], now).map((x) => x.id)).toEqual(['b', 'a']);
  });

  it('lists alerts ended in the last 90 days as ended', () => {
    expect(recentlyEnded([a, ended, long], now).map((x) => x.id)).toEqual(['ended']);
  });
});

describe("a trust's alerts.yaml over the central one", () => {
  const alert = (id: string, title: string) =>
    `  - id: ${id}\n    title: ${title}\n    body: Do not click the link. Report it.\n    from: 2026-12-05\n    until: 2026-12-12\n    level: warning\n`;
  /** A central content folder and an overlay, each with only an alerts.yaml. */
  function layers(central: string, overlay: string) {
    const root = mkdtempSync(join(tmpdir(), 'alerts-'));
    const contentDir = join(root, 'content');
    const overlayDir = join(root, 'trust');
    mkdirSync(contentDir);
    mkdirSync(overlayDir);
    writeFileSync(join(contentDir, 'alerts.yaml'), central);
    writeFileSync(join(overlayDir, 'alerts.yaml'), overlay);
    return loadAlerts({ contentDir, overlayDir }, root);
  }

  it('keeps the central alerts, adds its own, replaces one by id and hides one by id', () => {
    const { alerts, problems } = layers(
      `alerts:\n${alert('payslip', 'Fake payslip emails')}${alert('desk-caller', 'Fake service desk calls')}${alert('parcel', 'Fake parcel texts')}`,
      `alerts:\n${alert('car-park', 'QR stickers in the car park')}${alert('desk-caller', 'Fake calls from our service desk')}hide:\n  - parcel\n`,
    );
    expect(problems).toEqual([]);
    expect(alerts.map((a) => [a.id, a.title, a.layer, a.file])).toEqual([
      ['payslip', 'Fake payslip emails', 'central', 'content/alerts.yaml'],
      ['desk-caller', 'Fake calls from our service desk', 'overlay', 'trust/alerts.yaml'],
      ['car-park', 'QR stickers in the car park', 'overlay', 'trust/alerts.yaml'],
    ]);
  });

  it('refuses hide: in the central file, and only warns when a trust hides an alert central no longer has', () => {
    const { problems } = layers(
      `alerts:\n${alert('payslip', 'Fake payslip emails')}hide:\n  - other\n`,
      `alerts: []\nhide:\n  - payslp\n`,
    );
    expect(problems.map((p) => `${p.severity} ${p.file}:${p.line} — ${p.message} — ${p.fix}`)).toEqual([
      "error content/alerts.yaml:8 — hide: is for a trust's own alerts.yaml — remove the alert from alerts: instead",
      'warning trust/alerts.yaml:3 — hide: "payslp" is not an alert in content/alerts.yaml — did you mean "payslip"? Otherwise remove the line: the central alert has gone',
    ]);
  });
});
