// The contacts and sentences that differ by UK nation live once, in content/nations/<nation>.yaml; a
// trust's overlay may change them in its own nations/<nation>.yaml. site.yaml's contacts (the trust's
// own service desk and so on) are merged over the nation's, so a trust can still change a national one.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  NOT_IN_NATION,
  nationFileSchema,
  type Nation,
  type NationContent,
  type NationFile,
  type NationSource,
} from '../schemas/nation';
import type { Contact } from '../schemas/contact';

export type { NationContent };
import { ContentError, fileError, schemaProblems, shapeFinder } from './errors';
import { mergeDeep, readYamlFile } from './site';
import { lineOfPath } from './yaml-lines';

/** The file and line where a nation file names a contact or a sentence (or its section, when it does not). */
export function nationLine(
  content: Pick<NationContent, 'files'>,
  section: 'contacts' | 'words',
  name: string,
): { file: string; line: number } {
  for (const { file, source } of [...content.files].reverse()) {
    const line = lineOfPath(source, [section, name]);
    if (line !== undefined && lineOfPath(source, [section]) !== line) return { file, line };
  }
  const central = content.files[0];
  return { file: central.file, line: lineOfPath(central.source, [section]) ?? 1 };
}

/**
 * Reads content/nations/<nation>.yaml and, with an overlay, its nations/<nation>.yaml over it; a
 * ContentError names the file, the line and the fix.
 */
export function loadNation(
  contentDir: string,
  overlayDir: string | undefined,
  nation: Nation,
  show: (file: string) => string,
): NationContent {
  const central = resolve(contentDir, 'nations', `${nation}.yaml`);
  if (!existsSync(central)) {
    throw new ContentError(
      fileError(show(central), `the file for nation: ${nation} is missing`, {
        fix: 'add it (copy content/nations/england.yaml and give every contact its source:)',
      }),
    );
  }
  const layers = [central, overlayDir && resolve(overlayDir, 'nations', `${nation}.yaml`)].filter(
    (file): file is string => Boolean(file && existsSync(file)),
  );
  const files: NationSource[] = [];
  let merged: Record<PropertyKey, unknown> = {};
  for (const path of layers) {
    const { data, source } = readYamlFile(path, show(path));
    files.push({ file: show(path), source });
    // `none` replaces a contact, and a contact replaces `none`: only two objects merge field by field.
    merged = mergeDeep(merged, data);
  }
  const result = nationFileSchema.safeParse(merged, { reportInput: true });
  if (!result.success) {
    // Each problem names the file that wrote the field: the overlay's when it has it, else the central one.
    const problems = result.error.issues.flatMap((issue) => {
      const owner =
        [...files]
          .reverse()
          .find(({ source }) => lineOfPath(source, issue.path.slice(0, 2)) !== lineOfPath(source, [])) ?? files[0];
      return schemaProblems(
        owner.file,
        { issues: [issue] },
        { source: owner.source, shapeAt: shapeFinder(nationFileSchema) },
      );
    });
    throw new ContentError(problems);
  }
  return { nation, ...split(result.data), files };
}

function split(data: NationFile): Omit<NationContent, 'nation' | 'files'> {
  const contacts: Record<string, Contact> = {};
  const absentContacts: string[] = [];
  for (const [key, value] of Object.entries(data.contacts)) {
    if (value === NOT_IN_NATION) absentContacts.push(key);
    else contacts[key] = value;
  }
  const words: Record<string, string> = {};
  const absentWords: string[] = [];
  for (const [key, value] of Object.entries(data.words)) {
    if (value === NOT_IN_NATION) absentWords.push(key);
    else words[key] = value.text;
  }
  return { name: data.name, contacts, absentContacts, words, absentWords };
}
