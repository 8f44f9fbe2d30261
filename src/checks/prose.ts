import { lineOfPath } from '../config/yaml-lines';
import type { ChecklistFile, GuideFile } from '../content/content-set';
import { attribute, isJsx, lineOf, stringsInExpression, walk, type MdNode } from '../content/mdx-tree';

/** A run of prose staff read (a paragraph, a list item, a callout's title) and where it starts. */
export interface ProseBlock {
  text: string;
  /** The line of each character offset in `text`. */
  lineAt(offset: number): number;
}

interface Piece {
  start: number;
  line: number;
  value: string;
}

function blockFromPieces(pieces: Piece[]): ProseBlock {
  const text = pieces.map((p) => p.value).join('');
  return {
    text,
    lineAt(offset) {
      const piece = [...pieces].reverse().find((p) => p.start <= offset) ?? pieces[0];
      return piece.line + (piece.value.slice(0, offset - piece.start).match(/\n/g)?.length ?? 0);
    },
  };
}

const single = (text: string, line: number): ProseBlock => blockFromPieces([{ start: 0, line, value: text }]);

/** Text and inline code under a node, each piece with the line it starts on. */
function piecesOf(node: MdNode): Piece[] {
  const pieces: Piece[] = [];
  let length = 0;
  walk(node, (n) => {
    const value = n.type === 'text' || n.type === 'inlineCode' ? String(n.value ?? '') : n.type === 'break' ? ' ' : '';
    if (!value) return;
    pieces.push({ start: length, line: lineOf(n), value });
    length += value.length;
  });
  return pieces;
}

/** Component props that staff read as text. */
const TEXT_PROPS: Record<string, string[]> = { Callout: ['title'], Details: ['summary'], DoDont: ['do', 'dont'] };

/** The prose of a guide's body: paragraphs, list items, table cells and the text props of components. Headings and code are left out. */
export function guideProse(guide: GuideFile): ProseBlock[] {
  if (!guide.tree) return [];
  const blocks: ProseBlock[] = [];
  walk(guide.tree, (node) => {
    if (node.type === 'paragraph' || node.type === 'tableCell') {
      const pieces = piecesOf(node);
      if (pieces.length) blocks.push(blockFromPieces(pieces));
    } else if (isJsx(node) && node.name && TEXT_PROPS[node.name]) {
      for (const prop of TEXT_PROPS[node.name]) {
        const value = attribute(node, prop);
        const texts =
          typeof value === 'string' ? [value] : value && value !== true ? stringsInExpression(value.expression) : [];
        for (const text of texts) blocks.push(single(text, lineOf(node)));
      }
    }
  });
  return blocks;
}

/** The prose of a checklist: each item's action and its "why". */
export function checklistProse(checklist: ChecklistFile): ProseBlock[] {
  return (checklist.data?.items ?? []).flatMap((item, index) =>
    (['action', 'why'] as const).map((field) =>
      single(item[field], lineOfPath(checklist.source, ['items', index, field]) ?? 1),
    ),
  );
}
