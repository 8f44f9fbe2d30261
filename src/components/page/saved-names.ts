// Every name the guide keeps something on a device under, as the browser stores it, by what it holds.
// The privacy notice shows them with <DeviceKey name="…" />, and tests/build/privacy-notice.test.ts
// checks that the scripts keep nothing under any other name, so the notice stays true to the code.
import { ticksName } from '../../features/checklists/checklist-state';
import { deviceKey } from '../../utils/device-store';
import { VISITED_PREFIX } from '../../features/offline/visited-key';
import { PRACTICE_NAME } from '../../features/practice/practice-state';
import type { SavedName } from './saved-name-list';
import { DISMISSED_NAME } from '../../features/alerts/alert-state';
import { LANGUAGE_NAME } from '../../features/offline/device-language';

export const SAVED_NAMES = {
  /** The start every name in local storage shares. */
  prefix: () => deviceKey(''),
  /** One checklist's ticks; the argument is the checklist's file name (empty for the start of the name). */
  checklist: (slug: string) => deviceKey(ticksName(slug)),
  /** The practice answers and score. */
  practice: () => deviceKey(PRACTICE_NAME),
  /** The scam alerts hidden on this device, each with the version hidden. */
  alerts: () => deviceKey(DISMISSED_NAME),
  /** In the tab's session storage, followed by the copy's address: a page of this copy was open in the tab. */
  visited: () => VISITED_PREFIX,
  /** In a copy with Welsh pages: the language the phone chose, which the installed app opens in. */
  language: () => deviceKey(LANGUAGE_NAME),
} as const satisfies Record<SavedName, (example: string) => string>;
