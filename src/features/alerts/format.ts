// An alert's dates as staff read them, from the text the editor wrote (already UK time).
import { contentDate } from '../../utils/dates';

/** "2026-12-12" → "12 December 2026"; "2026-12-12T17:30" → "12 December 2026, 17:30". */
export function formatDate(written: string): string {
  const [day, time] = written.split('T');
  const text = contentDate.format(new Date(`${day}T00:00:00Z`));
  return time ? `${text}, ${time.slice(0, 5)}` : text;
}
