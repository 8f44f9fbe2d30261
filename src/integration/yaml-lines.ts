import { isMap, isNode, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/**
 * The 1-based line of the field at `path` in a YAML text: the line of its key for a field, of the
 * item for a list entry, or of its nearest parent that exists when the field is missing.
 */
export function lineOfPath(source: string, path: readonly PropertyKey[]): number | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter });
  let node: unknown = doc.contents;
  let line = isNode(node) && node.range ? lineCounter.linePos(node.range[0]).line : undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => (isNode(item.key) ? (item.key as { value?: unknown }).value : item.key) === key);
      if (!pair) break;
      const keyNode = pair.key as Node | undefined;
      if (keyNode?.range) line = lineCounter.linePos(keyNode.range[0]).line;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as Node | undefined;
      if (!item) break;
      if (item.range) line = lineCounter.linePos(item.range[0]).line;
      node = item;
    } else break;
  }
  return line;
}
