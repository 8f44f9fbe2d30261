// The messages between the worker and the page's script (src/features/offline/register-sw.ts) about
// the offline copy: how far the saving has got, and whether the saved files are really there.

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
}

/** Worker → page: the answer to CHECK_SAVED, counted in the cache, not remembered. */
export interface SaveCheck {
  type: 'SAVE_CHECK';
  saved: number;
  total: number;
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
