import { describe, expect, it } from 'vitest';
import { alertSchema } from '../../src/schemas/alert';
import { currentAlerts, recentlyEnded } from '../../src/features/alerts/load';
import { ukMoment } from '../../src/utils/uk-time';

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
