// The English words each box of the Welsh word files translates (welsh-words.ts), read from the copy the
// editor edits when the editor is built, and shown as the hint under the box: a translator, or the Welsh
// speaker who reviews the file, sees what the Welsh is meant to say without opening the English file.
import { resolve } from 'node:path';
import { loadHelp } from '../features/helper/load';
import type { HelpNode } from '../features/helper/types';
import { addressOf, flowPages } from '../features/helper/walk';
import { isPlainObject } from '../utils/plain-object';
import { dataOf } from './yaml-data';

/**
 * By the name of an entry (a key, a contact, a helper page's address), then by its field where it has
 * several. Every contact, helper page, tip and alert is here, with or without words: the Welsh forms
 * have a group for each (welsh-names.ts).
 */
export interface EnglishWords {
  /** strings.yaml by key; a count's words as "one: …; other: …". */
  strings: Record<string, string>;
  contacts: Record<string, Record<string, string>>;
  helpPages: Record<string, Record<string, string>>;
  tips: Record<string, string>;
  alerts: Record<string, Record<string, string>>;
}

/** The words of a value as one line: a list's items, or each plural form, one after the other. */
function wordsOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.filter((item) => typeof item === 'string').join(' / ') || undefined;
  if (isPlainObject(value))
    return (
      Object.entries(value)
        .filter(([, words]) => typeof words === 'string')
        .map(([form, words]) => `${form}: ${String(words)}`)
        .join('; ') || undefined
    );
  return undefined;
}

/** The fields of `data` that have words, by name, as one line each. */
const wordsByField = (data: Record<string, unknown>): Record<string, string> =>
  Object.fromEntries(
    Object.entries(data).flatMap(([field, value]) => {
      const words = wordsOf(value);
      return words ? [[field, words]] : [];
    }),
  );

/** A helper page's words by the fields of cy/help.yaml: answer, question, hint, title, now, section, notes. */
function helpPageWords(node: HelpNode, answer: string | undefined): Record<string, string> {
  const own =
    node.kind === 'question'
      ? { question: node.title, hint: node.hint }
      : { title: node.title, now: node.now, section: node.section, notes: node.notes };
  return wordsByField({ answer, ...own });
}

/**
 * The English words of the copy the editor edits: the central files with a trust's over them (its
 * strings.yaml keys, its contacts, its helper with its changes and additions, its tips and alerts). A
 * file that cannot be read gives none: the build's checks say why.
 */
export function englishWords(root: string, contentRoot: string): EnglishWords {
  const central = resolve(root, 'content');
  const overlay = resolve(root, contentRoot);
  /** The entries `pick` finds in each folder's `file`, the trust's over the central ones. */
  const merged = <T>(file: string, pick: (data: unknown) => unknown): Record<string, T> =>
    Object.assign(
      {},
      ...[...new Set([central, overlay])].map((folder) => pick(dataOf(resolve(folder, file)))).filter(isPlainObject),
    );
  /** A list's entries by their `id:` (tips.yaml, alerts.yaml's alerts), each as `words` makes it. */
  const byId = <T>(list: unknown, words: (entry: Record<PropertyKey, unknown>) => T) =>
    Object.fromEntries(
      (Array.isArray(list) ? list : []).flatMap((entry) =>
        isPlainObject(entry) && typeof entry.id === 'string' ? [[entry.id, words(entry)]] : [],
      ),
    );
  const help = loadHelp({ contentDir: central, overlayDir: overlay === central ? undefined : overlay }, root).root;
  return {
    strings: wordsByField(merged('strings.yaml', (data) => data)),
    contacts: Object.fromEntries(
      Object.entries(merged<unknown>('site.yaml', (site) => (isPlainObject(site) ? site.contacts : undefined))).map(
        ([name, contact]) => [name, isPlainObject(contact) ? wordsByField(contact) : {}],
      ),
    ),
    helpPages: Object.fromEntries(
      (help ? flowPages(help) : []).map((page) => [
        addressOf(page.path),
        helpPageWords(page.node, page.answers.at(-1)),
      ]),
    ),
    tips: merged('tips.yaml', (list) => byId(list, (tip) => wordsOf(tip.text) ?? '')),
    alerts: merged('alerts.yaml', (file) => byId(isPlainObject(file) ? file.alerts : undefined, wordsByField)),
  };
}
