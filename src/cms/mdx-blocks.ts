// Reads and writes a guide component as MDX, for the editor's blocks: the pattern that finds it in a
// guide, its props from the tag (fromBlock), and the tag from the form (toBlock). Written to give back
// what our guides contain byte for byte (tests/cms/mdx-blocks.test.ts reads every guide): a wrapping
// component keeps its layout — on one line, on three, or with blank lines around its text — in a
// hidden field, so a save does not reflow a one-line Callout or close up a <Steps> list.
import type { EditorComponentData } from './editor-components';

type Props = Record<string, unknown>;

/** One prop: name="text" or name={…} (a number, or a list of strings in double quotes). */
const ATTRIBUTE = /([A-Za-z][\w-]*)=(?:"([^"]*)"|\{((?:"(?:[^"\\]|\\.)*"|[^}"])*)\})/g;
const ATTRIBUTES = String.raw`((?:\s+[A-Za-z][\w-]*=(?:"[^"]*"|\{(?:"(?:[^"\\]|\\.)*"|[^}"])*\}))*)`;

/** The regular expression that finds one component in a guide body. */
export function patternOf(component: EditorComponentData): RegExp {
  const open = `<${component.id}${ATTRIBUTES}\\s*`;
  return component.wrapsText
    ? new RegExp(`^${open}>(\\n*)([\\s\\S]*?)(\\n*)</${component.id}>$`, 'm')
    : new RegExp(`^${open}/>$`, 'm');
}

/** The form's values from a match of patternOf(). */
export function fromBlock(component: EditorComponentData, match: RegExpMatchArray): Props {
  const props: Props = {};
  for (const [, name, text, expression] of (match[1] ?? '').matchAll(ATTRIBUTE)) {
    props[name!] = text ?? JSON.parse(expression!);
  }
  if (component.wrapsText) {
    props.children = match[3] ?? '';
    props.layout = layoutOf(match[2] ?? '', match[4] ?? '');
  }
  return props;
}

/** How a wrapping component sits around its text; a new one is written on three lines. */
type Layout = 'one-line' | 'lines' | 'spaced';

const LAYOUTS: Record<Layout, string> = { 'one-line': '', lines: '\n', spaced: '\n\n' };

function layoutOf(before: string, after: string): Layout {
  if (!before && !after) return 'one-line';
  return before.length > 1 && after.length > 1 ? 'spaced' : 'lines';
}

/** A value as MDX writes it: text in quotes, anything else as an expression; lists as ["a", "b"]. */
function attributeOf(name: string, value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string')
    return value.includes('"') ? `${name}={${JSON.stringify(value)}}` : `${name}="${value}"`;
  if (Array.isArray(value)) return `${name}={[${value.map((item) => JSON.stringify(String(item))).join(', ')}]}`;
  return `${name}={${JSON.stringify(value)}}`;
}

/** The MDX for the form's values, props in the schema's order. */
export function toBlock(component: EditorComponentData, props: Props): string {
  const attributes = component.fields
    .filter((field) => field.name !== 'children' && field.name !== 'layout')
    .map((field) => attributeOf(field.name, props[field.name]))
    .filter(Boolean)
    .map((attribute) => ` ${attribute}`)
    .join('');
  if (!component.wrapsText) return `<${component.id}${attributes} />`;
  const text = String(props.children ?? '').trim();
  // A one-line component whose text has grown a second paragraph goes onto lines of its own.
  const layout =
    (props.layout as Layout | undefined) === 'one-line' && text.includes('\n')
      ? 'lines'
      : ((props.layout as Layout | undefined) ?? 'lines');
  const gap = LAYOUTS[layout] ?? LAYOUTS.lines;
  return `<${component.id}${attributes}>${gap}${text}${gap}</${component.id}>`;
}
