import { isMap, isNode, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';

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

/** The most common value of a list, when one value is more common than every other. */
function mostCommon(values: number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && (!second || first[1] > second[1]) ? first[0] : undefined;
}

/**
 * The parser takes a map's first key as the column every other key must start at, so one key
 * indented wrongly at the top of a map makes each of its right neighbours an error. The key out of
 * line with most of its neighbours is the mistake: its line, for the map holding `line`.
 */
function misalignedKeyLine(doc: Document, lineCounter: LineCounter, line: number): number | undefined {
  let found: number | undefined;
  visit(doc, {
    Map(_, map) {
      const keys = map.items.flatMap((item) =>
        isNode(item.key) && item.key.range ? [lineCounter.linePos(item.key.range[0])] : [],
      );
      if (found !== undefined || !keys.some((key) => key.line === line)) return;
      const column = mostCommon(keys.map((key) => key.col));
      found = column === undefined ? undefined : keys.find((key) => key.col !== column)?.line;
    },
  });
  return found;
}

/**
 * The first syntax error of a YAML text, at the line where the mistake is, or undefined when the text
 * is valid YAML. Only the first: after one mistake the parser's later complaints are its consequences,
 * often on lines that are right.
 */
export function yamlSyntaxError(source: string): { line: number; message: string } | undefined {
  const { doc, lineCounter } = parsedYaml(source);
  const first = [...doc.errors].sort((a, b) => a.pos[0] - b.pos[0])[0];
  if (!first) return undefined;
  const line = lineCounter.linePos(first.pos[0]).line;
  const real = first.code === 'BAD_INDENT' ? misalignedKeyLine(doc, lineCounter, line) : undefined;
  return { line: real ?? line, message: first.message.split('\n')[0] };
}
