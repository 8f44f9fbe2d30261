import { isMap, isNode, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

// The checks ask for many lines of one file (each checklist item, each field of a guide's
// frontmatter): each text is parsed once. Bounded, for a long-running `npm run dev`.
const parsed = new Map<string, { doc: Document; lineCounter: LineCounter }>();
const KEPT = 2000;

/** A YAML text parsed, with its line counter: kept, so the checks and line lookups share one parse. */
export function parsedYaml(source: string) {
  let found = parsed.get(source);
  if (!found) {
    if (parsed.size >= KEPT) parsed.clear();
    const lineCounter = new LineCounter();
    found = { doc: parseDocument(source, { lineCounter, prettyErrors: false }), lineCounter };
    parsed.set(source, found);
  }
  return found;
}

/**
 * The 1-based line of the field at `path` in a YAML text: the line of its key for a field, of the
 * item for a list entry, or of its nearest parent that exists when the field is missing.
 */
export function lineOfPath(source: string, path: readonly PropertyKey[]): number | undefined {
  const { doc, lineCounter } = parsedYaml(source);
  let node: unknown = doc.contents;
  let line = isNode(node) && node.range ? lineCounter.linePos(node.range[0]).line : undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => (isNode(item.key) ? (item.key as { value?: unknown }).value : item.key) === key,
      );
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
