// "The offline copy is on this device, checked": said once by register-sw.ts, heard by whatever waits to
// use the saved files (the search starts Pagefind early only then, never on a first visit's signal).

const EVENT = 'cyber-guide:offline-copy-saved';

/** Marks the page: the worker has counted every file of this version in the cache. */
export function announceCopySaved(): void {
  if (document.documentElement.dataset.offlineCopy === 'saved') return;
  document.documentElement.dataset.offlineCopy = 'saved';
  document.dispatchEvent(new Event(EVENT));
}

/** Runs `then` once the offline copy is known to be complete (at once if it already is). */
export function whenCopySaved(then: () => void): void {
  if (document.documentElement.dataset.offlineCopy === 'saved') then();
  else document.addEventListener(EVENT, then, { once: true });
}
