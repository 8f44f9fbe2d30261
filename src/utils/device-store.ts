// What the guide keeps on a phone (checklist ticks, practice answers) and nothing else: it stays in
// this browser's localStorage and is never sent anywhere. Every key starts with this copy's prefix, so
// two copies of the guide on one origin keep their own, and "clear all" removes only ours.
//
// Storage is hostile ground: private browsing denies it, a full disk refuses writes, and an old
// version or another script may have left anything under our keys. Every function here fails soft:
// a bad value reads as "nothing saved", a refused write returns false, and no error reaches the page.

/** Bump when the shape of saved values changes; old values are then ignored, never misread. */
export const STORE_VERSION = 1;

/** Values above this are not ours (a guide's ticks are a few hundred bytes): ignore them. */
const MAX_VALUE_CHARS = 50_000;

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const PREFIX = `cyber-guide:v${STORE_VERSION}:${base}:`;

/**
 * Besides what is saved here, register-sw.ts notes in the tab's session storage (forgotten when the tab
 * closes) that a page of this copy was open in it, under this and the copy's address.
 */
export const VISITED_PREFIX = 'cyber-guide-visited:';

/** The full storage key for one thing this copy saves, e.g. deviceKey("checklist:end-of-shift"). */
export function deviceKey(name: string): string {
  return PREFIX + name;
}

function storage(): Storage | undefined {
  try {
    return window.localStorage ?? undefined;
  } catch {
    // Some browsers throw on the mere access when storage is disabled.
    return undefined;
  }
}

/**
 * Reads a saved value and checks its shape with `accept`, which returns the value to use or undefined
 * when the saved value is not one it understands. Anything missing, unreadable or odd gives `fallback`.
 */
export function readSaved<T>(name: string, accept: (value: unknown) => T | undefined, fallback: T): T {
  try {
    const raw = storage()?.getItem(deviceKey(name));
    if (raw == null || raw.length > MAX_VALUE_CHARS) return fallback;
    return accept(JSON.parse(raw)) ?? fallback;
  } catch {
    return fallback;
  }
}

/** Saves a value; false when the browser refuses (storage full, denied or unavailable). */
export function save(name: string, value: unknown): boolean {
  try {
    const store = storage();
    if (!store) return false;
    store.setItem(deviceKey(name), JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/** Removes one saved value. */
export function forget(name: string): void {
  try {
    storage()?.removeItem(deviceKey(name));
  } catch {
    // Nothing saved can be removed: nothing to do.
  }
}

/** Names (without the prefix) of everything this copy has saved on this device. */
function savedNames(): string[] {
  const store = storage();
  if (!store) return [];
  const names: string[] = [];
  try {
    for (let i = 0; i < store.length; i += 1) {
      const key = store.key(i);
      if (key?.startsWith(PREFIX)) names.push(key.slice(PREFIX.length));
    }
  } catch {
    return names;
  }
  return names;
}

/** Removes everything this copy has saved on this device; returns how many values went. */
export function forgetAll(): number {
  const names = savedNames();
  names.forEach(forget);
  return names.length;
}

/** Whether this browser lets the guide save anything at all (false in some private modes). */
export function canSave(): boolean {
  const probe = '__probe__';
  const ok = save(probe, 1);
  forget(probe);
  return ok;
}
