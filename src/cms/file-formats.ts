// How the editor reads and writes our content files. Sveltia's own YAML writer turns every inline
// list ([hacked, virus]) into one item per line; ours writes a list of plain values inline, as our
// files do, so saving a guide changes only what the editor changed. The same `yaml` library as the build.
import { Document, isMap, isScalar, isSeq, parse, parseDocument, visit, type Node } from 'yaml';
import { CONTENT_FORMATS } from './content-formats';
import { isPlainObject } from '../utils/plain-object';

type Data = Record<string, unknown>;

/** YAML as our content files are written: lists of plain values inline, no folding of long lines. */
export function stringifyContentYaml(data: unknown): string {
  const document = new Document(data);
  visit(document, {
    Seq(_, node) {
      if (node.items.length > 0 && node.items.every(isScalar)) node.flow = true;
    },
  });
  return document.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** A guide: the YAML between the first two --- lines, then the MDX body. */
export function parseGuide(text: string): Data {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) return { body: text };
  return { ...(parse(match[1]!) as Data), body: match[2]!.replace(/^\r?\n/, '') };
}

/**
 * A guide back as text: frontmatter, a blank line, the body. `unwritten` holds the switches our files
 * leave out while they are at their default (urgent: false): the form always has a value for a switch.
 */
export function formatGuide(value: Data, unwritten: Record<string, unknown> = {}): string {
  const { body, ...all } = value;
  const fields = Object.fromEntries(
    Object.entries(all).filter(([name, v]) => !(name in unwritten && unwritten[name] === v)),
  );
  return `---\n${stringifyContentYaml(fields)}---\n\n${String(body ?? '').trim()}\n`;
}

/**
 * Where a Welsh file's own text travels with its data through the editor: Sveltia keeps a value no
 * field shows and hands it back on save, and our writer writes the new data over that text.
 */
const OWN_TEXT = '__fileText';

/** Sveltia trims every text it saves: a text that differs only at its ends says the same. */
const same = (before: unknown, after: unknown) =>
  before === after || (typeof before === 'string' && typeof after === 'string' && before.trim() === after.trim());

/** `node` with `value` written into it: unchanged parts keep their comments, quotes and order. */
function writeInto(document: Document, node: unknown, value: unknown): unknown {
  if (isScalar(node) && !isPlainObject(value) && !Array.isArray(value)) {
    if (!same(node.value, value)) node.value = value;
    return node;
  }
  if (isMap(node) && isPlainObject(value)) {
    for (const pair of [...node.items]) {
      const key = isScalar(pair.key) ? pair.key.value : pair.key;
      if (typeof key !== 'string' || !(key in value)) node.delete(pair.key);
      else pair.value = writeInto(document, pair.value, value[key]) as Node;
    }
    for (const [key, item] of Object.entries(value)) if (!node.has(key)) node.set(key, newNode(document, item));
    return node;
  }
  if (isSeq(node) && Array.isArray(value)) {
    node.items.splice(value.length);
    value.forEach((item, index) => {
      node.items[index] =
        index < node.items.length ? writeInto(document, node.items[index], item) : newNode(document, item);
    });
    return node;
  }
  return newNode(document, value);
}

/** A value the file did not have, written as stringifyContentYaml writes it (lists of plain values inline). */
function newNode(document: Document, value: unknown): Node {
  const node = document.createNode(value);
  visit(node, {
    Seq(_, seq) {
      if (seq.items.length > 0 && seq.items.every(isScalar)) seq.flow = true;
    },
  });
  return node;
}

/**
 * `data` written over `text`, the file as it was: a save changes only the values that changed; the
 * comments, blank lines, quotes and order of everything else stay as the file had them.
 */
function writeOver(text: string, data: Data): string {
  const document = parseDocument(text);
  document.contents = writeInto(document, document.contents, data) as typeof document.contents;
  return document.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/**
 * A checklist or scenario file. A Welsh one (it says how far its translation is checked) keeps its
 * own text to be written over: saving the English file saves the Welsh one too, and must not change it.
 */
export function parseContentYaml(text: string): Data {
  const data = parse(text) as Data;
  return isPlainObject(data) && 'translation' in data ? { ...data, [OWN_TEXT]: text } : data;
}
export function formatContentYaml(value: Data): string {
  const { [OWN_TEXT]: text, ...data } = value;
  return typeof text === 'string' ? writeOver(text, data) : stringifyContentYaml(data);
}

/**
 * What a dot in a top-level key (cy/strings.yaml's "nav.home") becomes in the editor: Sveltia reads
 * a dot as a step into an object, and "topic.devices" and "topic.devices.intro" cannot both be one.
 */
export const KEY_DOT = '/';
const renameKeys = (data: Data, from: string, to: string): Data =>
  Object.fromEntries(Object.entries(data).map(([key, value]) => [key.replaceAll(from, to), value]));

/** A Welsh words file (cy/strings.yaml, cy/help.yaml, cy/terms.yaml…), written over its own text. */
export function parseWelshWords(text: string): Data {
  const data: unknown = parse(text);
  return { ...(isPlainObject(data) ? renameKeys(data, '.', KEY_DOT) : {}), [OWN_TEXT]: text };
}
export const formatWelshWords = (value: Data): string => formatContentYaml(renameKeys(value, KEY_DOT, '.'));

/** Our formats as the editor registers them (main.ts): name, extension, reader and writer. */
export const editorFormats = (unwrittenGuideDefaults: Record<string, unknown>) => [
  {
    name: CONTENT_FORMATS.guide,
    extension: 'mdx',
    fromFile: parseGuide,
    toFile: (value: Data) => formatGuide(value, unwrittenGuideDefaults),
  },
  { name: CONTENT_FORMATS.yaml, extension: 'yaml', fromFile: parseContentYaml, toFile: formatContentYaml },
  { name: CONTENT_FORMATS.welshWords, extension: 'yaml', fromFile: parseWelshWords, toFile: formatWelshWords },
];
