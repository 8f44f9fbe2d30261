import site from 'virtual:cyber-guide/site';
import type { UiKey } from '../schemas/strings';

export type { UiKey };

/**
 * Interface text by key. Every word the interface shows lives in content/strings.yaml, and a trust's
 * overlay may change any of them (its own strings.yaml), so no page or component holds words of its own.
 */
export function t(key: UiKey): string {
  return site.strings[key];
}
