// Besides what src/utils/device-store.ts saves, register-sw.ts notes in the tab's session storage
// (forgotten when the tab closes) that a page of this copy was open in it, under this and the copy's
// address. Its own module, so the offline script does not carry the device store to every page.

export const VISITED_PREFIX = 'cyber-guide-visited:';
