// Alert dates are written as staff read them, in UK time: "2026-12-05" or "2026-12-05T09:00". The
// moment they mean depends on the day (GMT in winter, BST in summer), so the offset is asked of the
// time-zone data for that very moment instead of being fixed.

/** Where alerts' dates are read, whatever the build machine's own zone. */
const UK_ZONE = 'Europe/London';

const PARTS = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

const zoneParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: UK_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The UK wall-clock time at a moment, as if it were UTC: the difference is the UK offset then. */
function ukWallClockAsUtc(ms: number): number {
  const p = Object.fromEntries(zoneParts.formatToParts(new Date(ms)).map((part) => [part.type, Number(part.value)]));
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
}

/** Whether a text is a date or date-time alerts accept: YYYY-MM-DD, or YYYY-MM-DDTHH:MM(:SS). */
export const isUkDateText = (text: string): boolean => {
  const m = PARTS.exec(text);
  if (!m) return false;
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = m;
  const utc = new Date(Date.UTC(+y, +mo - 1, +d, +h, +mi, +s));
  return utc.getUTCMonth() === +mo - 1 && utc.getUTCDate() === +d && +h < 24 && +mi < 60 && +s < 60;
};

/**
 * The moment a UK date or date-time names, in ms since 1970. A whole day starts at 00:00 UK time; with
 * `endOfDay`, it ends at 00:00 the next day, so "until: 2026-12-12" shows the alert all of the 12th.
 * In the hour the clocks go back, the first (BST) reading is taken; in the hour they skip, the later.
 */
export function ukMoment(text: string, endOfDay = false): number {
  const m = PARTS.exec(text);
  if (!m) throw new Error(`not a UK date: ${text}`);
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = m;
  const wall = Date.UTC(+y, +mo - 1, +d + (endOfDay && !m[4] ? 1 : 0), +h, +mi, +s);
  // The offset at the wall time read as UTC is right except within an hour of a change; one more
  // step with the offset found settles it.
  let moment = wall - (ukWallClockAsUtc(wall) - wall);
  moment = wall - (ukWallClockAsUtc(moment) - moment);
  return moment;
}

/** A date from YAML as alerts read it: text as written, or a YAML timestamp turned back into its text. */
export function dateText(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
  }
  return value;
}
