// Alerts dismissed on this device: { "<alert id>": "<version>" } under "alerts:dismissed". A warning
// stays dismissed by its id; an urgent alert only while its version (what staff read) is the same.
import { readSaved, save } from '../../utils/device-store';

export const DISMISSED_NAME = 'alerts:dismissed';

/** A saved value we understand, or undefined: anything else is not ours to read. */
function acceptDismissed(value: unknown): Record<string, string> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

/** The alerts dismissed on this device, by id. */
export const dismissedAlerts = (): Record<string, string> => readSaved(DISMISSED_NAME, acceptDismissed, {});

/** Notes an alert as dismissed; false when the browser will not keep it. */
export const dismissAlert = (id: string, version: string): boolean =>
  save(DISMISSED_NAME, { ...dismissedAlerts(), [id]: version });

/** Whether a dismissal still holds: for an urgent alert, only while it has not changed. */
export const stillDismissed = (
  saved: string | undefined,
  level: string | undefined,
  version: string | undefined,
): boolean => saved !== undefined && (level !== 'urgent' || saved === version);
