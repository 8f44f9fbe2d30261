// The names the guide saves under on a device, by what they hold (saved-names.ts gives each as stored).
// Apart from saved-names.ts, so the checks can name them without loading the browser's device store.
export const SAVED_NAME_LIST = ['prefix', 'checklist', 'practice', 'alerts', 'visited', 'language'] as const;

export type SavedName = (typeof SAVED_NAME_LIST)[number];
