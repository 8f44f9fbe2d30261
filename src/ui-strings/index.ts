import strings from './en.json';

export type UiKey = keyof typeof strings;

/** Interface text by key. Every word the interface shows lives in en.json, so a trust can change it. */
export function t(key: UiKey): string {
  return strings[key];
}
