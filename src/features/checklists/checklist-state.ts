// Checklist ticks as saved on the device: { "ticked": ["check-sender", …] } under "checklist:<slug>".
// Items are kept by id, so a content update that removes or reorders items keeps every tick that still
// means something, and forgets the rest.
import { readSaved } from '../../utils/device-store';

interface SavedTicks {
  ticked: string[];
}

export const ticksName = (slug: string) => `checklist:${slug}`;

/** A saved value we understand, or undefined: wrong types and foreign values are not ours to read. */
function acceptTicks(value: unknown): SavedTicks | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const ticked = (value as { ticked?: unknown }).ticked;
  if (!Array.isArray(ticked)) return undefined;
  return { ticked: ticked.filter((id): id is string => typeof id === 'string') };
}

/** The ticks saved for a checklist, keeping only items it still has. */
export function savedTicks(slug: string, itemIds: readonly string[]): Set<string> {
  const saved = readSaved(ticksName(slug), acceptTicks, { ticked: [] });
  return new Set(saved.ticked.filter((id) => itemIds.includes(id)));
}
