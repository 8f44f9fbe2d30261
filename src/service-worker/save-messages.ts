// The messages between the worker and the page's script (src/features/offline/register-sw.ts) about
// the offline copy: how far the saving has got, and whether the saved files are really there.

/**
 * The words for the saving, from content/strings.yaml. The worker carries them (it is not part of the
 * offline copy), so they are not repeated in every page of it.
 */
export interface SaveWords {
  saving?: string;
  coreReady?: string;
  cleared?: string;
  clearedOffline?: string;
  progressLabel?: string;
}

/** The strings.yaml key of each of the saving's words. */
export const SAVE_WORD_KEYS = {
  saving: 'offline.saving',
  coreReady: 'offline.coreReady',
  cleared: 'offline.cleared',
  clearedOffline: 'offline.clearedOffline',
  progressLabel: 'offline.progressLabel',
} as const;

/** Worker → page: how far saving the offline copy has got. */
export interface SaveProgress {
  type: 'SAVE_PROGRESS';
  /** Files of this version in the offline copy so far, of `total`. */
  saved: number;
  total: number;
  /** Whether the urgent core (home, the helper, the pocket card, urgent guides, search) is saved. */
  coreReady: boolean;
  /** Whether the page should show it: a first save, a large update, or saving again what was cleared. */
  large: boolean;
  words: SaveWords;
}

/** Worker → page: the answer to CHECK_SAVED, counted in the cache, not remembered. */
interface SaveCheck {
  type: 'SAVE_CHECK';
  saved: number;
  total: number;
  /** Whether what is missing is a language the device has just switched to, being saved now. */
  adding?: boolean;
  /** Whether the copy has never been complete on this device: what is missing is being saved the first time. */
  firstSave?: boolean;
  /** Whether saving stopped because the device has no room for the copy. */
  noRoom?: boolean;
  words: SaveWords;
}

/** Page → worker: count the saved files, and save again any the browser has cleared. */
export const CHECK_SAVED = 'CHECK_SAVED';

export type FromWorker = SaveProgress | SaveCheck;

/** Whether a message event's data is one of the worker's messages about the offline copy. */
export function isFromWorker(data: unknown): data is FromWorker {
  if (typeof data !== 'object' || data === null) return false;
  const { type, saved, total } = data as Record<string, unknown>;
  return (type === 'SAVE_PROGRESS' || type === 'SAVE_CHECK') && typeof saved === 'number' && typeof total === 'number';
}
