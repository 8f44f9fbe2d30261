// The names each Welsh file of words gives words for (welsh-words.ts), read from the copy the editor
// edits when the editor is built: its contacts, helper pages, tips and alerts, so the form shows a group
// of fields for each, and any name the Welsh file already has besides, so none of its words is hidden.
import { resolve } from 'node:path';
import { isPlainObject } from '../utils/plain-object';
import { englishWords } from './english-words';
import type { WelshNames } from './welsh-words';
import { dataOf } from './yaml-data';

/**
 * The names the Welsh files give words for, in the copy the editor edits and the central content under
 * it: each English entry's (its contacts, helper pages, tips and alerts, with their English words), then
 * any the Welsh files have besides.
 */
export function welshNames(root: string, contentRoot: string): WelshNames {
  const english = englishWords(root, contentRoot);
  const folders = [...new Set([resolve(root, 'content'), resolve(root, contentRoot)])];
  /** The names under `field` in the Welsh file `name` (`tips:` in cy/tips.yaml) of each folder. */
  const welshKeys = (name: string, field: string) =>
    folders.flatMap((folder) => {
      const data = dataOf(resolve(folder, 'cy', name));
      return isPlainObject(data) && isPlainObject(data[field]) ? Object.keys(data[field]) : [];
    });
  const names = (entries: Record<string, unknown>, name: string, field: string) => [
    ...new Set([...Object.keys(entries), ...welshKeys(name, field)]),
  ];
  return {
    contacts: names(english.contacts, 'site.yaml', 'contacts'),
    helpPages: names(english.helpPages, 'help.yaml', 'pages'),
    tips: names(english.tips, 'tips.yaml', 'tips'),
    alerts: names(english.alerts, 'alerts.yaml', 'alerts'),
    english,
  };
}
