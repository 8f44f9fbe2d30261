// How the editor reads and writes our content files. Sveltia's own YAML writer turns every inline
// list ([hacked, virus]) into one item per line; ours writes a list of plain values inline, as our
// files do, so saving a guide changes only what the editor changed. The same `yaml` library as the build.
import { Document, isScalar, parse, visit } from 'yaml';

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

/** A checklist or scenario file. */
export const parseContentYaml = (text: string): Data => parse(text) as Data;
export const formatContentYaml = (value: Data): string => stringifyContentYaml(value);
