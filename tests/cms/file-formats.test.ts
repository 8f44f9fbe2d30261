import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatContentYaml, formatGuide, parseContentYaml, parseGuide } from '../../src/cms/file-formats';

const read = (folder: string, extension: string) =>
  readdirSync(join(process.cwd(), folder))
    .filter((f) => f.endsWith(extension))
    .map((name) => ({ name: `${folder}/${name}`, text: readFileSync(join(process.cwd(), folder, name), 'utf8') }));

describe("the editor's file formats", () => {
  it('write every guide back byte for byte when nothing changed (inline lists stay inline)', () => {
    const guides = read('content/guides', '.mdx');
    const changed = guides.filter((g) => formatGuide(parseGuide(g.text)) !== g.text).map((g) => g.name);
    expect(changed).toEqual([]);
    expect(guides.length).toBeGreaterThan(30);
  });

  it('write every checklist back byte for byte', () => {
    const checklists = read('content/checklists', '.yaml');
    expect(checklists.filter((c) => formatContentYaml(parseContentYaml(c.text)) !== c.text).map((c) => c.name)).toEqual(
      [],
    );
  });

  it('write a changed field and keep the rest', () => {
    const source = '---\ntitle: Old\nkeywords: [a, "7726"]\nreviewed: 2026-11-20\n---\n\nText.\n';
    const guide = parseGuide(source);
    expect(guide.keywords).toEqual(['a', '7726']);
    expect(formatGuide({ ...guide, title: 'New: better' })).toBe(
      '---\ntitle: "New: better"\nkeywords: [a, "7726"]\nreviewed: 2026-11-20\n---\n\nText.\n',
    );
  });
});
