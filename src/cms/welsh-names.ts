// The names each Welsh file of words gives words for (welsh-words.ts), read from the copy the editor
// edits when the editor is built: its contacts, helper pages, tips and alerts, so the form shows a group
// of fields for each, and any name the Welsh file already has besides, so none of its words is hidden.
import { resolve } from 'node:path';
import { plainAddress } from '../features/helper/walk';
import { isPlainObject } from '../utils/plain-object';
import { englishWords } from './english-words';
import type { WelshNames } from './welsh-words';
import { dataOf } from './yaml-data';

/** The keys of a map in the file (`tips:` in cy/tips.yaml). */
const keysOf = (data: unknown, field: string) =>
  isPlainObject(data) && isPlainObject(data[field]) ? Object.keys(data[field]) : [];
/** The ids of a list of entries with an `id:` (tips.yaml, alerts.yaml's alerts). */
const idsOf = (list: unknown) =>
  Array.isArray(list)
    ? list.flatMap((item) => (isPlainObject(item) && typeof item.id === 'string' ? [item.id] : []))
    : [];

/** The address of each page of help.yaml ("/", "lost-a-device", "lost-a-device/work-device"), and of a trust's added pages. */
function helpAddresses(help: unknown): string[] {
  const under = (parent: string, page: unknown): string[] => {
    if (!isPlainObject(page) || typeof page.slug !== 'string') return [];
    const address = parent === '/' ? page.slug : `${parent}/${page.slug}`;
    return [address, ...(Array.isArray(page.answers) ? page.answers.flatMap((answer) => under(address, answer)) : [])];
  };
  if (!isPlainObject(help)) return [];
  const central = Array.isArray(help.answers) ? ['/', ...help.answers.flatMap((answer) => under('/', answer))] : [];
  const added = Array.isArray(help.add)
    ? help.add.flatMap((item) =>
        isPlainObject(item) && typeof item.to === 'string' ? under(plainAddress(item.to) || '/', item) : [],
      )
    : [];
  return [...central, ...added];
}

/**
 * The names the Welsh files give words for, in the copy the editor edits and the central content under
 * it: each English file's (its contacts, helper pages, tips and alerts), then any the Welsh file has besides.
 */
export function welshNames(root: string, contentRoot: string): WelshNames {
  const folders = [...new Set([resolve(root, 'content'), resolve(root, contentRoot)])];
  const each = (read: (folder: string) => string[]) => [...new Set(folders.flatMap(read))];
  const cy = (folder: string, name: string) => dataOf(resolve(folder, 'cy', name));
  const site = (folder: string) => dataOf(resolve(folder, 'site.yaml'));
  return {
    contacts: each((f) => [...keysOf(site(f), 'contacts'), ...keysOf(cy(f, 'site.yaml'), 'contacts')]),
    helpPages: each((f) => [...helpAddresses(dataOf(resolve(f, 'help.yaml'))), ...keysOf(cy(f, 'help.yaml'), 'pages')]),
    tips: each((f) => [...idsOf(dataOf(resolve(f, 'tips.yaml'))), ...keysOf(cy(f, 'tips.yaml'), 'tips')]),
    alerts: each((f) => {
      const alerts = dataOf(resolve(f, 'alerts.yaml'));
      return [...idsOf(isPlainObject(alerts) ? alerts.alerts : undefined), ...keysOf(cy(f, 'alerts.yaml'), 'alerts')];
    }),
    english: englishWords(root, contentRoot),
  };
}
